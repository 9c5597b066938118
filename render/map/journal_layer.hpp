// The journal drawn over the basemap: routes between consecutive places, tracks, and numbered
// markers coloured by month.
#pragma once

#include <cairo.h>

#include <vector>

#include "render/map/map_plan.hpp"
#include "render/map/marker_layout.hpp"
#include "render/style/style.hpp"

namespace footprint::render {

/// The journal's lines in page points: great circles between consecutive places in date
/// order (cancelled ones skipped) and the LineString entries as tracks. Legs between the same
/// two spots of the page (places within kRouteLinkPt of each other, transitively, are one
/// spot; either way round) are one line, drawn wider the more often it was travelled.
struct JournalPaths {
  std::vector<Path> routes;
  std::vector<int> route_counts;  ///< per piece of `routes`: how many legs it stands for
  std::vector<Path> tracks;
  /// 1, or less where the routes are a dense network (hundreds of legs across a world map):
  /// their lines are drawn thinner (to half) and fainter (to 0.3 of the style's opacity).
  double weight = 1;
};

/// Places closer than this on the page are one spot for routes.
constexpr double kRouteLinkPt = 20;

/// Points of a route drawn on the page are this far apart at most (at the frame's centre).
constexpr double kRouteStepPt = 4;

/// Projects the routes (when `routes`) and tracks; `cr` is only used to build paths. Routes end
/// at the `markers` as drawn (a displaced marker bends its routes' ends a little); legs between
/// places of one group marker are left out. Routes have a point every `route_step_pt` of the
/// page (at least every 50 km).
JournalPaths journal_paths(cairo_t* cr, const MapPlan& plan, const std::vector<MarkerSpot>& markers,
                           bool routes, double route_step_pt = kRouteStepPt);

void draw_journal_paths(cairo_t* cr, const JournalPaths& paths, const Style& style);

/// The markers laid out by layout_markers(): filled by month, larger for date ranges, hollow
/// when planned, dashed when cancelled; spread groups get spokes to their true spot.
void draw_markers(cairo_t* cr, const std::vector<MarkerSpot>& spots, const MapPlan& plan,
                  const Style& style);

/// One marker: filled in `fill` when visited, a ring in it when planned, a dashed ring when
/// cancelled (with the style's outline), as on the map; also for keys and lists.
void draw_marker_symbol(cairo_t* cr, XY centre, double radius, const Rgba& fill,
                        core::Status status, const Style& style);

/// A group marker: a disc in the labels' ink with a ring of the page's colour and the count of
/// its places; on maps and in the legend.
void draw_group_marker(cairo_t* cr, XY centre, double radius, std::size_t count,
                       const Style& style);

/// A marker's number, centred on it, at the style's number font scaled to `size_pt` (three
/// digits a little smaller); hollow and dashed markers are light inside, so their number takes
/// the marker's colour.
void draw_marker_number(cairo_t* cr, XY centre, int number, core::Status status, const Rgba& fill,
                        double size_pt, const Style& style);

/// The fill colour of a place's marker.
Rgba marker_color(const core::Entry& entry, const Style& style);

}  // namespace footprint::render
