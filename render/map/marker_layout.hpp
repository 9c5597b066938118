// Where each place's marker goes on the page. Places that share a spot (ten evenings in one
// city) or lie close together would hide each other's markers, so overlapping markers are
// pushed apart, but only a little, never past a neighbour, and never out of the frame or under
// the frame's furniture. Where a crowd is too dense for that, its places share one group
// marker (a count, "12") at their centre, and the legend lists them.
//
// The rules the layout keeps (tests/render/map/marker_layout_test.cpp asserts each):
// - a marker is drawn at most max_marker_shift() from where its place lies (a group marker from
//   the centre of its places): 12 pt in the styles that come with footprint;
// - no two markers overlap (they keep kMarkerGapPt between them);
// - two markers keep the order their places have along the line between them: a place east of
//   another has its marker east of the other's;
// - a marker lies wholly inside the frame, and outside the obstacles it is given (the scale bar
//   and credits) unless the frame is too small for that;
// - every place inside the frame is drawn, alone or in one group.
#pragma once

#include <vector>

#include "render/geo/box.hpp"
#include "render/map/map_plan.hpp"
#include "render/style/style.hpp"

namespace footprint::render {

/// The furthest a marker is drawn from its place, in points, in styles with markers of the usual
/// size: also room enough to bring a group marker at the frame's edge inside it.
constexpr double kMaxMarkerShiftPt = 12;
/// The gap kept between neighbouring discs, in points.
constexpr double kMarkerGapPt = 1;

/// Where a place's marker (or a group of places' marker) landed on the page.
struct MarkerSpot {
  std::size_t place_index = 0;  ///< into MapPlan::places: the place, or the group's first place
  /// A group marker's places, two or more, in the places' order; empty for a single place.
  std::vector<std::size_t> members;
  XY page;    ///< the marker's centre
  XY anchor;  ///< where the place is (for a group, the centre of its places)
  double radius_pt = 0;
  bool is_group() const { return !members.empty(); }
  /// How many places the marker stands for.
  std::size_t count() const { return members.empty() ? 1 : members.size(); }
  bool displaced() const { return page.x != anchor.x || page.y != anchor.y; }
};

/// The radius of a group marker in `style`.
double group_radius(const Style& style);

/// The furthest a marker is drawn from its place in `style`: kMaxMarkerShiftPt, or for styles
/// with larger markers a group marker's radius and 1.5 pt (what it takes to bring a marker at the
/// frame's edge inside the frame).
double max_marker_shift(const Style& style);

/// Markers of every place inside the frame, ordered by their (first) place, by the rules above.
/// `obstacles` are boxes inside the frame that markers keep clear of where they can.
std::vector<MarkerSpot> layout_markers(const MapPlan& plan, const Style& style,
                                       const std::vector<Box>& obstacles = {});

/// Per place of the plan, the index of the marker that shows it, or npos when none does.
std::vector<std::size_t> marker_of_places(const std::vector<MarkerSpot>& markers,
                                          std::size_t places);

}  // namespace footprint::render
