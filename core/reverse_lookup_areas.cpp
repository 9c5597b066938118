#include "core/reverse_lookup_areas.hpp"

#include "core/error.hpp"

namespace footprint::core {
namespace {

sqlite::Database open_basemap(const std::filesystem::path& path) {
  if (!std::filesystem::exists(path)) {
    throw MissingData("the basemap " + path.string() + " is missing: run data/build");
  }
  return sqlite::Database::open(path);
}

}  // namespace

AreaLookup::AreaLookup(const std::filesystem::path& basemap)
    : db_(open_basemap(basemap)),
      countries_{sqlite::Statement(db_, admin_areas_query(true)), {}},
      regions_{sqlite::Statement(db_, admin_areas_query(false)), {}} {}

std::optional<AdminArea> AreaLookup::find(Layer& layer, LonLat position) {
  sqlite::Statement& s = layer.query;
  s.reset();
  s.bind(1, position.lon).bind(2, position.lat);
  while (s.step()) {
    const std::int64_t fid = s.integer(5);
    auto shape = layer.shapes.find(fid);
    if (shape == layer.shapes.end())
      shape = layer.shapes.emplace(fid, GpkgArea::parse(s.blob(4))).first;
    if (shape->second.contains(position)) {
      AdminArea area{s.text(0), s.text(1), s.text(2), s.text(3)};
      s.reset();
      return area;
    }
  }
  return std::nullopt;
}

AdminAreasAt AreaLookup::at(LonLat position) const {
  return {find(countries_, position), find(regions_, position)};
}

}  // namespace footprint::core
