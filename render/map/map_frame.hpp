// Draws one map into a frame of a page: basemap, routes, markers, labels, scale bar and
// credits. It draws onto any Cairo context (PNG, SVG, PDF, or a poster's page) and never owns
// the output file. Layout (where markers, labels and furniture go) is computed first and can
// be inspected without drawing.
#pragma once

#include <cairo.h>

#include <filesystem>
#include <vector>

#include "render/basemap/basemap.hpp"
#include "render/map/furniture.hpp"
#include "render/map/journal_layer.hpp"
#include "render/map/map_labels.hpp"
#include "render/map/map_plan.hpp"
#include "render/map/reference_labels.hpp"
#include "render/style/style.hpp"

namespace footprint::render {

struct MapOptions {
  bool routes = true;
  /// Routes have a point every this many points of the page: coarser steps serve a layout made
  /// only to learn which places find room for a label (journal_paths()).
  double route_step_pt = kRouteStepPt;
  bool credit_geonames = false;  ///< places came from the GeoNames gazetteer
  bool credits = true;           ///< credits inside the frame (a poster prints them in its footer)
  /// Gazetteer towns named for reference on local and regional maps (after the journal's labels).
  bool reference_places = true;
  /// --lang zh: those towns by their Chinese names where GeoNames has one.
  bool chinese_reference_names = false;
  /// Boxes inside the frame that labels keep clear of (a poster's inset keys).
  std::vector<Box> obstacles;
  /// Per place of the plan, whether it gets a label here (a place an inset shows is labelled
  /// there); empty: every place.
  std::vector<bool> label_places;
};

/// Where everything of one map frame goes.
struct MapLayout {
  std::vector<MarkerSpot> markers;  ///< one per place, or per group of crowded places
  JournalPaths paths;
  Furniture furniture;
  MapLabels labels;
  ReferenceLabels reference;  ///< towns named for reference, placed after `labels`
  DataUsed data;
  /// Places that have no label on the map (not placed, or left outside a frame fitted to the
  /// places), in date order: indices into MapPlan::places, for the legend.
  std::vector<std::size_t> unlabelled;
  /// The furthest a marker may be from its place here (max_marker_shift() of the style).
  double max_marker_shift_pt = 0;
  /// How many places the markers show (a group marker shows several).
  std::size_t places_drawn() const;
};

/// Lays out markers, routes, furniture and labels. `cr` is used to measure text only.
MapLayout layout_map(cairo_t* cr, const MapPlan& plan, const Style& style,
                     const std::filesystem::path& data_dir, const MapOptions& options);

/// Draws a laid-out map inside its frame.
void draw_map(cairo_t* cr, const MapPlan& plan, const MapLayout& layout, const Style& style,
              const std::filesystem::path& data_dir);

}  // namespace footprint::render
