// Towns of the offline gazetteer named on local and regional maps, so that a weekend in one
// place is not a marker on empty land: quiet labels with a dot, ranked by population, placed
// after the journal's labels and never over them, markers, leaders, routes or furniture.
#pragma once

#include <cairo.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "render/geo/box.hpp"
#include "render/labels/label.hpp"
#include "render/map/area_labels.hpp"
#include "render/map/map_labels.hpp"
#include "render/map/map_plan.hpp"
#include "render/map/marker_layout.hpp"
#include "render/map/water_labels.hpp"
#include "render/style/style.hpp"

namespace footprint::render {

/// A town that may be named on the map.
struct ReferencePlace {
  std::string name;
  XY page;  ///< where it is in the frame
  std::int64_t population = 0;
};

/// The reference towns of one frame and where their labels went.
struct ReferenceLabels {
  std::vector<ReferencePlace> places;  ///< most populous first
  std::vector<LabelRequest> requests;  ///< id = index into places
  std::vector<Placement> placements;   ///< placed ones are drawn, with their dot
  std::vector<AreaLabel> areas;        ///< region and country names, placed after the towns
  std::vector<AreaLabel> water;        ///< names of oceans, seas and lakes, placed last
  double dot_radius_pt = 0;
  /// How many of the placed labels count (the rest was dropped: see place_reference_labels).
  std::size_t placed() const;
};

/// True for maps that get reference towns and area names: local and regional maps (at most
/// 2,500 km across) in a style whose reference colour is not transparent.
bool shows_reference(const MapPlan& plan, const Style& style);

/// The most populous gazetteer towns inside the plan's frame, at most one per area a label
/// needs, far enough from the journal's markers not to name them twice; empty for world and
/// hemisphere maps, frames wider than a region, or when <data_dir>/gazetteer is missing. With
/// `chinese`, each is named by its Chinese name where GeoNames has one (Place::chinese_name).
std::vector<ReferencePlace> reference_places(const MapPlan& plan,
                                             const std::vector<MarkerSpot>& markers,
                                             const Style& style,
                                             const std::filesystem::path& data_dir,
                                             bool chinese = false);

/// Places labels for `places` in a pass of their own after the journal's: the journal's labels,
/// leaders, markers and spokes, `routes` and furniture `obstacles` are hard obstacles, so the
/// journal's placements are never changed. A town whose label would need a leader or would
/// cross a route keeps no label (and no dot). Then the areas' names (area_labels.hpp) go where
/// all of that leaves room, on maps that shows_reference(), and last the names of the waters
/// (water_labels.hpp), on maps of any scale, in Chinese with `chinese`.
ReferenceLabels place_reference_labels(cairo_t* cr, const MapPlan& plan,
                                       std::vector<ReferencePlace> places,
                                       const std::vector<MarkerSpot>& markers,
                                       const MapLabels& journal, const std::vector<Path>& routes,
                                       const std::vector<Box>& obstacles, const Style& style,
                                       const std::filesystem::path& data_dir, bool chinese = false);

/// Draws the area names and the placed towns' dots and names (under the journal's routes and
/// markers).
void draw_reference_labels(cairo_t* cr, const ReferenceLabels& labels, const Style& style);

}  // namespace footprint::render
