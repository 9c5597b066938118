// What a map will show, decided before anything is drawn: its places in order, its extent,
// projection and viewport inside a frame. Keeping this apart from drawing lets a poster lay
// out many maps and lets tests check where things go without rasterising.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/entry.hpp"
#include "render/basemap/vector_source.hpp"
#include "render/geo/geo_extent.hpp"
#include "render/geo/projection.hpp"
#include "render/geo/projection_choice.hpp"
#include "render/geo/viewport.hpp"

namespace footprint::render {

enum class DistanceUnit { km, mi };

/// What the caller asks for; everything optional has a sensible default.
struct MapRequest {
  std::vector<core::Entry> entries;
  std::optional<LonLatBox> bbox;          ///< --bbox W,S,E,N
  std::optional<core::LonLat> centre;     ///< --center LON,LAT (with radius_km)
  double radius_km = 0;                   ///< --radius
  std::optional<std::string> projection;  ///< --projection EPSG:… or "+proj=…"
  OutlierPolicy outliers = OutlierPolicy::drop;
  double padding = 0.12;                   ///< fraction of the places' extent added each side
  bool routes = true;                      ///< great circles between consecutive places
  std::vector<VectorSource> extra_layers;  ///< --layer FILE[:LAYER]
  DistanceUnit units = DistanceUnit::km;
  /// The number of each entry (same order as `entries`) when it is part of a larger numbering,
  /// as a poster's insets are; empty: 1, 2, … in date order.
  std::vector<int> numbers;
};

/// One entry as the map shows it.
struct MapPlace {
  core::Entry entry;
  int number = 0;        ///< 1-based, in date order
  bool in_frame = true;  ///< false for outliers left out of the frame (listed in the legend)
};

struct MapPlan {
  std::vector<MapPlace> places;  ///< date order, undated last
  LonLatBox extent;              ///< what the frame was fitted to
  ProjectionChoice choice;       ///< scale class and PROJ string
  Projection projection;
  Viewport viewport;
  /// The lon/lat box visible in the frame, relative to the central meridian, grown a little:
  /// geometry outside it is dropped before projection. Empty for world and hemisphere maps.
  std::optional<LonLatBox> clip;
  /// The same box in absolute longitudes, for spatial filters when reading data.
  LonLatBox read_filter;
  std::vector<VectorSource> extra_layers;  ///< drawn over the basemap
  DistanceUnit units = DistanceUnit::km;
  /// True when the extent was fitted to the places (no --bbox or --center).
  bool fitted_to_places = true;
};

/// Orders entries by date (undated last, otherwise the journal's order) and numbers them 1, 2, …
/// or with `numbers` (one per entry) when given.
std::vector<MapPlace> order_places(const std::vector<core::Entry>& entries,
                                   const std::vector<int>& numbers = {});

/// Decides extent, projection and viewport for a map drawn in `frame`.
MapPlan plan_map(const MapRequest& request, const Frame& frame);

}  // namespace footprint::render
