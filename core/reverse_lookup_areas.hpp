// The basemap's countries and regions for many point-in-polygon lookups: the same queries as
// AdminAreas, prepared once, with each polygon read from its blob once and kept.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <unordered_map>

#include "core/admin_areas.hpp"
#include "core/gpkg_geometry.hpp"
#include "core/sqlite.hpp"

namespace footprint::core {

/// AdminAreas' answers (the first polygon in its query's order that holds the point) at a
/// fraction of the cost per position, for a process that asks for thousands.
class AreaLookup {
 public:
  /// Throws NotFound when the basemap is missing, IoError when it cannot be opened.
  explicit AreaLookup(const std::filesystem::path& basemap = AdminAreas::default_path());

  AdminAreasAt at(LonLat position) const;

 private:
  struct Layer {
    sqlite::Statement query;
    std::unordered_map<std::int64_t, GpkgArea> shapes;  // by fid, read when first a candidate
  };
  static std::optional<AdminArea> find(Layer& layer, LonLat position);

  sqlite::Database db_;
  // Lookups change nothing a caller sees; the prepared queries and the shapes read are caches.
  mutable Layer countries_, regions_;
};

}  // namespace footprint::core
