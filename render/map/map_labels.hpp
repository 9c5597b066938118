// The labels of one map frame: a request per marker (its title at the style's sizes), placed
// by the LabelPlacer around markers, routes and the frame's furniture, then drawn.
#pragma once

#include <cairo.h>

#include <string>
#include <vector>

#include "render/geo/box.hpp"
#include "render/labels/label.hpp"
#include "render/labels/label_placer.hpp"
#include "render/map/map_plan.hpp"
#include "render/map/marker_layout.hpp"
#include "render/style/style.hpp"
#include "render/text/text.hpp"

namespace footprint::render {

/// A style font as the text code takes it.
TextStyle text_style(const FontStyle& font);

/// What a place is called on the map: its title, else its place name, else its id.
std::string label_text(const core::Entry& entry);

/// What a marker is called: its place's label_text(), or for a group the place most of its
/// entries are at, with how many are elsewhere ("Menlo Park +3").
std::string marker_label_text(const MapPlan& plan, const MarkerSpot& marker);

/// The widest a label may be before it wraps (a long bilingual title takes two lines).
constexpr double kLabelMaxWidthPt = 120;

struct MapLabels {
  std::vector<LabelRequest> requests;  ///< id = index into the markers (the first one named)
  /// Per request, the markers its label names: one, or the markers of one spot with one name.
  std::vector<std::vector<std::size_t>> named;
  std::vector<Placement> placements;  ///< in request order
  PlacementStats stats;               ///< what the placer achieved
};

/// Places the labels of `markers` inside the plan's frame, avoiding `obstacles` (furniture)
/// and `routes` (page polylines). Deterministic. With `label_places` (one flag per place of the
/// plan), places flagged false get no label request.
MapLabels place_labels(cairo_t* cr, const MapPlan& plan, const std::vector<MarkerSpot>& markers,
                       const std::vector<Path>& routes, const std::vector<Box>& obstacles,
                       const Style& style, const std::vector<bool>& label_places = {});

/// Labels that read together are set at one size: the smallest any of them needed. Two labels
/// read together when their markers are less than kMarkerClusterGapLines lines apart or their
/// boxes less than kLabelClusterGapLines (a line: the lower of the two labels at its smallest
/// size), and in chains of such pairs. Each larger one shrinks against the side facing its
/// marker, inside the box it was placed in, so nothing new is covered; one whose smaller text
/// would wrap wider, or whose leader would have to move, keeps its size.
constexpr double kMarkerClusterGapLines = 2.0;
constexpr double kLabelClusterGapLines = 1.0;
void harmonise_label_sizes(const std::vector<LabelRequest>& requests,
                           std::vector<Placement>& placements);

/// Draws the leader lines of labels moved away from their marker (before the markers).
void draw_leaders(cairo_t* cr, const MapLabels& labels, const Style& style);

/// Draws the placed labels, each aligned towards its marker.
void draw_labels(cairo_t* cr, const MapPlan& plan, const std::vector<MarkerSpot>& markers,
                 const MapLabels& labels, const Style& style);

/// Writes each marker's date-order number inside it.
void draw_marker_numbers(cairo_t* cr, const MapPlan& plan, const std::vector<MarkerSpot>& markers,
                         const Style& style);

}  // namespace footprint::render
