// Builds footprint's basemap store (render/basemap/basemap_store.hpp) from the files the other data
// scripts fetched, reading them once through GDAL/OGR:
//   world_50m.gpkg, world_10m.gpkg (world-atlas: land, countries), world_map.gpkg (Natural
//   Earth states_provinces), lakes.geojson and lakes_1km.geojson (OpenStreetMap lakes at 10 km and
//   1 km detail).
// Besides the land and lake polygons it derives the lines a map strokes:
//   coast_*   : the land rings as lines, without the edges the data adds along the antimeridian
//               or a pole;
//   borders_* : each edge that two countries share, once;
//   states_10m: each edge that two provinces of the same country share, once.
// Lines are cut into pieces of at most kMaxLinePoints points so that a map's spatial filter
// reads only the pieces near it.
// Usage: basemap_store_builder BASEMAP_DIR OUTPUT_FILE   (prints what it made)
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"
#include "render/basemap/basemap_store.hpp"

namespace fr = footprint::render;
using fr::Path;
using fr::XY;

namespace {

constexpr std::size_t kMaxLinePoints = 256;

struct Ring {
  Path points;    // as stored (closed: first point not repeated)
  int group = 0;  // which country a province belongs to (states only)
};
struct Source {
  std::vector<std::vector<Ring>> polygons;  // each polygon's rings, raw (not unwrapped)
};

Path raw_ring(const OGRLinearRing& ring) {
  Path out;
  const int n = ring.getNumPoints();
  out.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out.push_back({ring.getX(i), ring.getY(i)});
  if (out.size() > 1 && out.front().x == out.back().x && out.front().y == out.back().y)
    out.pop_back();
  return out;
}

void collect(const OGRGeometry& geometry, int group, Source& out) {
  switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon: {
      std::vector<Ring> rings;
      for (const OGRLinearRing* ring : *geometry.toPolygon())
        rings.push_back({raw_ring(*ring), group});
      if (!rings.empty() && rings.front().points.size() >= 3)
        out.polygons.push_back(std::move(rings));
      break;
    }
    case wkbMultiPolygon:
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *geometry.toGeometryCollection()) collect(*part, group, out);
      break;
    default:
      break;
  }
}

// Reads every polygon of a layer; `group_field` (may be empty) names the attribute that groups
// features (a province's country).
Source read(const std::string& file, const std::string& layer_name,
            const std::string& group_field = "") {
  GDALDatasetUniquePtr dataset(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!dataset) throw footprint::IoError("cannot open " + file);
  OGRLayer* layer =
      layer_name.empty() ? dataset->GetLayer(0) : dataset->GetLayerByName(layer_name.c_str());
  if (layer == nullptr) throw footprint::IoError("no layer " + layer_name + " in " + file);
  std::unordered_map<std::string, int> groups;
  Source out;
  for (const auto& feature : *layer) {
    const OGRGeometry* geometry = feature->GetGeometryRef();
    if (geometry == nullptr) continue;
    int group = 0;
    if (!group_field.empty()) {
      const std::string key = feature->GetFieldAsString(group_field.c_str());
      group = groups.emplace(key, static_cast<int>(groups.size()) + 1).first->second;
    }
    collect(*geometry, group, out);
  }
  return out;
}

// Edges the data adds rather than the world has: jumps across the antimeridian, runs along it
// (polygons cut there) and along a pole.
bool artificial(const XY& a, const XY& b) {
  if (std::abs(b.x - a.x) > 180) return true;
  if (a.x == b.x && std::abs(a.x) >= 179.99999) return true;
  if (a.y == b.y && std::abs(a.y) >= 89.999) return true;
  return false;
}

struct EdgeKey {
  double ax, ay, bx, by;
  bool operator==(const EdgeKey&) const = default;
};
struct EdgeHash {
  std::size_t operator()(const EdgeKey& k) const {
    std::size_t h = 1469598103934665603ull;
    for (const double v : {k.ax, k.ay, k.bx, k.by}) {
      std::uint64_t bits;
      std::memcpy(&bits, &v, sizeof bits);
      h = (h ^ bits) * 1099511628211ull;
      h ^= h >> 29;
    }
    return h;
  }
};
EdgeKey key_of(const XY& a, const XY& b) {
  if (std::tie(a.x, a.y) < std::tie(b.x, b.y)) return {a.x, a.y, b.x, b.y};
  return {b.x, b.y, a.x, a.y};
}

struct EdgeUse {
  int count = 0;
  int group = 0;       // the group of the first ring that used it
  bool mixed = false;  // used by rings of different groups
  bool emitted = false;
};

// Appends the maximal runs of consecutive wanted edges of a closed ring as lines, each cut into
// pieces of at most kMaxLinePoints points. `wanted(i)` says whether the edge i → i+1 belongs.
template <typename Wanted>
void runs_of(const Path& ring, Wanted wanted, std::vector<std::vector<Path>>& lines) {
  const std::size_t n = ring.size();
  if (n < 2) return;
  // Start after an unwanted edge so that no run is split at the ring's first point.
  std::size_t start = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!wanted(i)) {
      start = (i + 1) % n;
      break;
    }
  }
  Path run;
  const auto flush = [&] {
    if (run.size() >= 2) lines.push_back({run});
    run.clear();
  };
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t i = (start + k) % n;
    if (!wanted(i)) {
      flush();
      continue;
    }
    if (run.empty()) run.push_back(ring[i]);
    run.push_back(ring[(i + 1) % n]);
    if (run.size() >= kMaxLinePoints) {
      const XY last = run.back();
      flush();
      run.push_back(last);
    }
  }
  flush();
}

std::vector<std::vector<Path>> coast_lines(const Source& land) {
  std::vector<std::vector<Path>> lines;
  for (const auto& polygon : land.polygons) {
    for (const Ring& ring : polygon) {
      const Path& p = ring.points;
      runs_of(
          p, [&](std::size_t i) { return !artificial(p[i], p[(i + 1) % p.size()]); }, lines);
    }
  }
  return lines;
}

// Edges two rings share. With `same_group_only`, only those whose rings are of one group
// (provinces of one country: the country's own border is drawn from the country layer).
std::vector<std::vector<Path>> shared_edges(const Source& source, bool same_group_only) {
  std::unordered_map<EdgeKey, EdgeUse, EdgeHash> uses;
  for (const auto& polygon : source.polygons) {
    for (const Ring& ring : polygon) {
      const Path& p = ring.points;
      for (std::size_t i = 0; i < p.size(); ++i) {
        const XY& a = p[i];
        const XY& b = p[(i + 1) % p.size()];
        if (artificial(a, b) || (a.x == b.x && a.y == b.y)) continue;
        EdgeUse& use = uses[key_of(a, b)];
        if (use.count == 0)
          use.group = ring.group;
        else if (use.group != ring.group)
          use.mixed = true;
        ++use.count;
      }
    }
  }
  std::vector<std::vector<Path>> lines;
  for (const auto& polygon : source.polygons) {
    for (const Ring& ring : polygon) {
      const Path& p = ring.points;
      const std::size_t n = p.size();
      // Decide each edge first (and claim it), then cut the ring into runs.
      std::vector<char> wanted(n, 0);
      for (std::size_t i = 0; i < n; ++i) {
        const XY& a = p[i];
        const XY& b = p[(i + 1) % n];
        if (artificial(a, b) || (a.x == b.x && a.y == b.y)) continue;
        EdgeUse& use = uses[key_of(a, b)];
        if (use.count < 2 || use.emitted || (same_group_only && use.mixed)) continue;
        use.emitted = true;
        wanted[i] = 1;
      }
      runs_of(
          p, [&](std::size_t i) { return wanted[i] != 0; }, lines);
    }
  }
  return lines;
}

// A hole that runs round a pole within a kilometre of it (world-atlas's 1:50m Antarctica has
// one at 89.999°S, left from a polar edge on the sphere) encloses nothing but a pinhole at the
// pole.
bool hugs_pole(const Path& ring) {
  return std::ranges::none_of(ring, [](const XY& p) { return std::abs(p.y) < 89.99; });
}

std::vector<std::vector<Path>> polygons_of(const Source& source) {
  std::vector<std::vector<Path>> out;
  for (const auto& polygon : source.polygons) {
    std::vector<Path> rings;
    for (const Ring& ring : polygon) {
      if (!rings.empty() && hugs_pole(ring.points)) continue;
      Path p = ring.points;
      fr::unwrap_lon(p);
      fr::close_around_pole(p);
      rings.push_back(std::move(p));
    }
    out.push_back(std::move(rings));
  }
  return out;
}

std::size_t points_in(const std::vector<std::vector<Path>>& features) {
  std::size_t n = 0;
  for (const auto& f : features) {
    for (const Path& p : f) n += p.size();
  }
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: basemap_store_builder BASEMAP_DIR OUTPUT_FILE\n";
    return 2;
  }
  const std::string dir = argv[1];
  try {
    GDALAllRegister();
    std::vector<fr::StoreLayer> layers;
    const auto add = [&](const std::string& name, fr::StoreLayerKind kind,
                         std::vector<std::vector<Path>> features) {
      std::cout << "  " << name << ": " << features.size() << " features, " << points_in(features)
                << " points\n";
      layers.push_back({name, kind, std::move(features)});
    };
    for (const std::string res : {"50m", "10m"}) {
      const std::string file = dir + "/world_" + res + ".gpkg";
      const Source land = read(file, "land");
      const Source countries = read(file, "countries", "name");
      add("land_" + res, fr::StoreLayerKind::polygons, polygons_of(land));
      add("coast_" + res, fr::StoreLayerKind::lines, coast_lines(land));
      add("borders_" + res, fr::StoreLayerKind::lines, shared_edges(countries, false));
    }
    const Source states = read(dir + "/world_map.gpkg", "states_provinces", "iso_a2");
    add("states_10m", fr::StoreLayerKind::lines, shared_edges(states, true));
    add("lakes", fr::StoreLayerKind::polygons, polygons_of(read(dir + "/lakes.geojson", "")));
    add("lakes_1km", fr::StoreLayerKind::polygons,
        polygons_of(read(dir + "/lakes_1km.geojson", "")));
    fr::write_basemap_store(argv[2], layers);
  } catch (const std::exception& e) {
    std::cerr << "basemap_store_builder: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
