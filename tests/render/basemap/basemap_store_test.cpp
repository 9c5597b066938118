// The basemap store: what the renderer reads instead of the GeoPackages. Round trip, spatial
// filter (antimeridian included), refusal of damaged files, and the real builder deriving
// coastlines and shared borders from small GeoPackages made with ogr2ogr.
#include "render/basemap/basemap_store.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "core/error.hpp"

namespace footprint::render {
namespace {

namespace fs = std::filesystem;

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::path(FOOTPRINT_TEST_OUTPUT_DIR) / "basemap_store" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

Path square(double west, double south, double east, double north) {
  return {{west, south}, {east, south}, {east, north}, {west, north}};
}

std::string error_of(const fs::path& file) {
  try {
    BasemapStore store(file);
  } catch (const IoError& e) {
    return e.what();
  }
  return "";
}

TEST(BasemapStore, RoundTripsPolygonsAndLines) {
  const fs::path file = fresh_dir("round_trip") / "basemap.fpb";
  write_basemap_store(
      file, {{"land", StoreLayerKind::polygons, {{square(0, 0, 10, 10), square(2, 2, 4, 4)}}},
             {"coast", StoreLayerKind::lines, {{{{1.5, 2.25}, {3, 4}, {5.125, 6}}}}}});
  const BasemapStore store(file);
  EXPECT_EQ(store.layer_names(), (std::vector<std::string>{"coast", "land"}));
  const VectorData land = store.read("land", {});
  ASSERT_EQ(land.polygons.size(), 1u);
  ASSERT_EQ(land.polygons[0].size(), 2u);  // outer ring and hole stay one polygon
  EXPECT_EQ(land.polygons[0][1][2].x, 4);
  EXPECT_EQ(land.polygons[0][1][2].y, 4);
  EXPECT_TRUE(land.lines.empty());
  const VectorData coast = store.read("coast", {});
  ASSERT_EQ(coast.lines.size(), 1u);
  ASSERT_EQ(coast.lines[0].size(), 3u);
  EXPECT_EQ(coast.lines[0][0].x, 1.5);
  EXPECT_EQ(coast.lines[0][2].x, 5.125);
  EXPECT_EQ(store.read("coast", {}).vertex_count(), 3u);
}

TEST(BasemapStore, FiltersByBoxAcrossTheAntimeridian) {
  const fs::path file = fresh_dir("filter") / "basemap.fpb";
  // Alberta-ish, Fiji stored unwrapped past +180, and Chukotka west of -170.
  write_basemap_store(file, {{"land",
                              StoreLayerKind::polygons,
                              {{square(-120, 49, -110, 60)},
                               {square(177, -19, 182, -16)},
                               {square(-179, 64, -170, 70)}}}});
  const BasemapStore store(file);
  EXPECT_EQ(store.read("land", {-125, 45, -105, 65}).polygons.size(), 1u);
  // A box from 170°E to 170°W crosses the antimeridian: Fiji (by its part past 180) and Chukotka.
  const VectorData pacific = store.read("land", {170, -30, -170, 75});
  ASSERT_EQ(pacific.polygons.size(), 2u);
  // Only the western side: 178°W..175°W meets Fiji's stored 180..182 (= 180..178°W) and Chukotka.
  EXPECT_EQ(store.read("land", {-178.5, -20, -175, 65}).polygons.size(), 2u);
  EXPECT_EQ(store.read("land", {0, 0, 10, 10}).polygons.size(), 0u);
  EXPECT_EQ(store.read("land", {-180, -90, 180, 90}).polygons.size(), 3u);
}

TEST(BasemapStore, RefusesDamagedFilesNamingThem) {
  const fs::path dir = fresh_dir("damaged");
  const fs::path good = dir / "good.fpb";
  write_basemap_store(good, {{"land", StoreLayerKind::polygons, {{square(0, 0, 1, 1)}}}});
  std::ifstream in(good, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

  const auto write = [&](const std::string& name, const std::string& content) {
    std::ofstream(dir / name, std::ios::binary) << content;
    return dir / name;
  };
  const fs::path missing = dir / "missing.fpb";
  EXPECT_EQ(error_of(missing), "basemap store " + missing.string() +
                                   ": No such file or directory (run scripts/setup or data/build)");
  const fs::path truncated = write("truncated.fpb", bytes.substr(0, bytes.size() - 12));
  EXPECT_EQ(error_of(truncated), "basemap store " + truncated.string() +
                                     ": layer land is truncated (run scripts/setup or data/build)");
  std::string other = bytes;
  other[0] = 'X';
  const fs::path not_store = write("other.fpb", other);
  EXPECT_EQ(error_of(not_store), "basemap store " + not_store.string() +
                                     ": not a basemap store (run scripts/setup or data/build)");
  std::string newer = bytes;
  newer[8] = 99;
  const fs::path version = write("newer.fpb", newer);
  EXPECT_EQ(error_of(version),
            "basemap store " + version.string() +
                ": version 99, this footprint reads version 1 (run scripts/setup or data/build)");
  // A part that points past the points table.
  std::string bad_index = bytes;
  const std::size_t part_table =
      16 + 40 + 16 + 24;            // header, one layer entry, section header, one feature
  bad_index[part_table + 4] = 100;  // point count 4 → 100
  const fs::path inconsistent = write("inconsistent.fpb", bad_index);
  EXPECT_EQ(error_of(inconsistent),
            "basemap store " + inconsistent.string() +
                ": layer land is inconsistent (run scripts/setup or data/build)");
  EXPECT_EQ(error_of(good), "");

  const BasemapStore store(good);
  try {
    (void)store.read("rivers", {});
    FAIL() << "an unknown layer was read";
  } catch (const IoError& e) {
    EXPECT_EQ(std::string(e.what()),
              "basemap store " + good.string() + " has no layer \"rivers\" (run data/build)");
  }
}

// --- the builder, on GeoPackages made from small GeoJSON with ogr2ogr -------------------

std::string feature(const std::string& properties, const std::vector<Path>& rings) {
  std::ostringstream out;
  out << R"({"type":"Feature","properties":)" << properties
      << R"(,"geometry":{"type":"Polygon","coordinates":[)";
  for (std::size_t r = 0; r < rings.size(); ++r) {
    out << (r ? "," : "") << '[';
    for (std::size_t i = 0; i <= rings[r].size(); ++i) {
      const XY& p = rings[r][i % rings[r].size()];
      out << (i ? "," : "") << '[' << p.x << ',' << p.y << ']';
    }
    out << ']';
  }
  out << "]}}";
  return out.str();
}

void write_layer(const fs::path& gpkg, const std::string& layer,
                 const std::vector<std::string>& features) {
  const fs::path json = gpkg.parent_path() / (layer + "_" + gpkg.stem().string() + ".geojson");
  std::ofstream out(json);
  out << R"({"type":"FeatureCollection","features":[)";
  for (std::size_t i = 0; i < features.size(); ++i) out << (i ? "," : "") << features[i];
  out << "]}";
  out.close();
  const std::string command =
      "ogr2ogr -q -f GPKG " + std::string(fs::exists(gpkg) ? "-append " : "") + "'" +
      gpkg.string() + "' '" + json.string() + "' -nln " + layer + " -a_srs EPSG:4326";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
}

std::set<std::pair<double, double>> points_of(const std::vector<Path>& lines) {
  std::set<std::pair<double, double>> points;
  for (const Path& line : lines) {
    for (const XY& p : line) points.insert({p.x, p.y});
  }
  return points;
}

TEST(BasemapStoreBuilder, DerivesCoastsAndSharedBordersOnce) {
  const fs::path dir = fresh_dir("builder");
  // Two countries side by side on one island (they share the edge x = 10), and an island
  // country cut at the antimeridian into two parts whose cut edges are not coast.
  const Path west = square(0, 0, 10, 10), east = square(10, 0, 20, 10);
  const Path left = square(170, 0, 180, 5), right = square(-180, 0, -170, 5);
  for (const std::string res : {"50m", "10m"}) {
    const fs::path gpkg = dir / ("world_" + res + ".gpkg");
    write_layer(
        gpkg, "land",
        {feature("{}", {square(0, 0, 20, 10)}), feature("{}", {left}), feature("{}", {right})});
    write_layer(gpkg, "countries",
                {feature(R"({"name":"West"})", {west}), feature(R"({"name":"East"})", {east}),
                 feature(R"({"name":"Isle"})", {left}), feature(R"({"name":"Isle"})", {right})});
  }
  // Provinces: two of country AA share x = 5; AA's east province meets BB's at x = 10, which is
  // the international border (drawn from the countries), not a province line.
  write_layer(dir / "world_map.gpkg", "states_provinces",
              {feature(R"({"iso_a2":"AA"})", {square(0, 0, 5, 10)}),
               feature(R"({"iso_a2":"AA"})", {square(5, 0, 10, 10)}),
               feature(R"({"iso_a2":"BB"})", {square(10, 0, 20, 10)})});
  std::ofstream(dir / "lakes.geojson") << R"({"type":"FeatureCollection","features":[)"
                                       << feature("{}", {square(2, 2, 3, 3)}) << "]}";
  // The 1 km lakes: that lake and a smaller one beside it.
  std::ofstream(dir / "lakes_1km.geojson")
      << R"({"type":"FeatureCollection","features":[)" << feature("{}", {square(2, 2, 3, 3)}) << ","
      << feature("{}", {square(6, 6, 6.5, 6.5)}) << "]}";

  const fs::path store_file = dir / "basemap.fpb";
  const std::string command = std::string(FOOTPRINT_STORE_BUILDER) + " '" + dir.string() + "' '" +
                              store_file.string() + "' > '" + (dir / "log.txt").string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  const BasemapStore store(store_file);

  const VectorData borders = store.read("borders_10m", {});
  ASSERT_EQ(borders.lines.size(), 1u);  // the shared edge, once (not once per country)
  EXPECT_EQ(points_of(borders.lines), (std::set<std::pair<double, double>>{{10, 0}, {10, 10}}));

  // The coast is every land edge but the two along the antimeridian.
  const VectorData coast = store.read("coast_10m", {});
  std::size_t segments = 0;
  for (const Path& line : coast.lines) {
    segments += line.size() - 1;
    for (std::size_t i = 1; i < line.size(); ++i) {
      EXPECT_FALSE(line[i - 1].x == line[i].x && std::abs(line[i].x) == 180)
          << "coast along the antimeridian";
    }
  }
  EXPECT_EQ(segments, 4u + 3u + 3u);

  const VectorData states = store.read("states_10m", {});
  ASSERT_EQ(states.lines.size(), 1u);
  EXPECT_EQ(points_of(states.lines), (std::set<std::pair<double, double>>{{5, 0}, {5, 10}}));
  EXPECT_EQ(store.read("lakes", {}).polygons.size(), 1u);
  EXPECT_EQ(store.read("lakes_1km", {}).polygons.size(), 2u);
  EXPECT_EQ(store.read("land_50m", {}).polygons.size(), 3u);
}

// Winding number (counter-clockwise positive) of a closed ring about q, in the plane.
int winding(const Path& ring, XY q) {
  int w = 0;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    const XY a = ring[i], b = ring[(i + 1) % ring.size()];
    const double side = (b.x - a.x) * (q.y - a.y) - (q.x - a.x) * (b.y - a.y);
    if (a.y <= q.y) {
      if (b.y > q.y && side > 0) ++w;
    } else if (b.y <= q.y && side < 0) {
      --w;
    }
  }
  return w;
}

// Antarctica as world-atlas has it: a coast round the pole from 180°W to 179.62°E, closed by a
// step across the antimeridian, and a hole round the pole at 89.999°S. The store keeps it as
// land right up to the pole and along 180°: closed along the antimeridian and the pole, the
// pinhole dropped. Its coast is the coast only.
TEST(BasemapStoreBuilder, StoresAntarcticaClosedAlongTheAntimeridianAndThePole) {
  const fs::path dir = fresh_dir("antarctica");
  const Path coast{{-180, -84.35}, {-90, -73}, {0, -70}, {90, -67}, {179.62, -84.27}};
  const Path pinhole{{-180, -89.999}, {90, -89.999}, {0, -89.999}, {-90, -89.999}};
  for (const std::string res : {"50m", "10m"}) {
    const fs::path gpkg = dir / ("world_" + res + ".gpkg");
    write_layer(gpkg, "land", {feature("{}", {coast, pinhole})});
    write_layer(gpkg, "countries", {feature(R"({"name":"Antarctica"})", {coast})});
  }
  write_layer(dir / "world_map.gpkg", "states_provinces", {feature(R"({"iso_a2":"AQ"})", {coast})});
  std::ofstream(dir / "lakes.geojson") << R"({"type":"FeatureCollection","features":[)"
                                       << feature("{}", {square(2, 2, 3, 3)}) << "]}";
  std::ofstream(dir / "lakes_1km.geojson") << R"({"type":"FeatureCollection","features":[)"
                                           << feature("{}", {square(2, 2, 3, 3)}) << "]}";
  const fs::path store_file = dir / "basemap.fpb";
  const std::string command = std::string(FOOTPRINT_STORE_BUILDER) + " '" + dir.string() + "' '" +
                              store_file.string() + "' > '" + (dir / "log.txt").string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  const BasemapStore store(store_file);
  for (const char* layer : {"land_50m", "land_10m"}) {
    const VectorData land = store.read(layer, {});
    ASSERT_EQ(land.polygons.size(), 1u) << layer;
    ASSERT_EQ(land.polygons[0].size(), 1u) << layer << ": the pinhole at the pole is dropped";
    const Path& ring = land.polygons[0][0];
    for (const XY q :
         {XY{0, -89.9999}, XY{0, -85}, XY{179.81, -87}, XY{179.99, -89.5}, XY{-179.9, -89}}) {
      EXPECT_EQ(std::abs(winding(ring, q)), 1) << layer << " at " << q.x << "," << q.y;
    }
    EXPECT_EQ(winding(ring, {0, -60}), 0) << layer;
  }
  std::size_t segments = 0;
  for (const Path& line : store.read("coast_10m", {}).lines) segments += line.size() - 1;
  EXPECT_EQ(segments, 4u) << "the coast, without the steps across 180° and round the pole";
}

}  // namespace
}  // namespace footprint::render
