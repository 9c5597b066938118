#include "core/admin_areas.hpp"

#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "core/gpkg_geometry.hpp"

namespace footprint::core {

std::filesystem::path AdminAreas::default_path() {
  return data_dir() / "basemap" / "world_map.gpkg";
}

AdminAreas AdminAreas::open(const std::filesystem::path& path) {
  if (!std::filesystem::exists(path)) {
    throw MissingData("the basemap " + path.string() + " is missing: run data/build");
  }
  return AdminAreas(sqlite::Database::open(path));
}

// The GeoPackage's own R-tree (rtree_<table>_geom) narrows to bounding boxes; the polygons
// decide. The columns are Natural Earth's.
std::string_view admin_areas_query(bool countries) {
  return countries ? R"(
    SELECT t.iso_a2, t.NAME, '', '', t.geom, t.fid FROM countries t
    JOIN rtree_countries_geom r ON r.id = t.fid
    WHERE r.minx <= ?1 AND r.maxx >= ?1 AND r.miny <= ?2 AND r.maxy >= ?2)"
                   : R"(
    SELECT t.iso_a2, t.name, t.fips, t.gn_name, t.geom, t.fid FROM states_provinces t
    JOIN rtree_states_provinces_geom r ON r.id = t.fid
    WHERE r.minx <= ?1 AND r.maxx >= ?1 AND r.miny <= ?2 AND r.maxy >= ?2)";
}

std::optional<AdminArea> AdminAreas::find(bool countries, LonLat position) const {
  sqlite::Statement s(db_, admin_areas_query(countries));
  s.bind(1, position.lon).bind(2, position.lat);
  while (s.step()) {
    if (gpkg_polygon_contains(s.blob(4), position)) {
      return AdminArea{s.text(0), s.text(1), s.text(2), s.text(3)};
    }
  }
  return std::nullopt;
}

AdminAreasAt AdminAreas::at(LonLat position) const {
  return {find(true, position), find(false, position)};
}

}  // namespace footprint::core
