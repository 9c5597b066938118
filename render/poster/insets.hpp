// A poster's insets: where places crowd at the main map's scale (a summer in the Bay Area on a
// map that also reaches Amherst), a framed inset at a larger scale shows them, keyed by a letter
// on the main map. Crowds are found by clustering the markers in page space, not by hand.
#pragma once

#include <vector>

#include "render/geo/box.hpp"
#include "render/map/map_frame.hpp"
#include "render/map/map_plan.hpp"
#include "render/style/style.hpp"

namespace footprint::render {

struct InsetSpec {
  char letter = 'A';
  std::vector<std::size_t> places;  ///< indices into the main plan's places, in date order
  Box key_box;                      ///< on the main map: round the group's markers
  Box letter_box;                   ///< the letter's tag on the main map, clear of every marker
};

/// The rule: markers whose true spots lie closer than kCrowdEm marker diameters are linked;
/// a linked group is crowded when at least two of its places are at different spots whose
/// markers would touch, and it is worth an inset when its spread is under kMaxInsetShare of the
/// frame's shorter side (else zooming in shows little more). The largest groups first, at most
/// `max_insets`; groups whose keys would overlap keep only the larger.
constexpr double kCrowdEm = 1.5;
constexpr double kMaxInsetShare = 0.2;

std::vector<InsetSpec> find_insets(const MapPlan& main, const MapLayout& layout, const Style& style,
                                   int max_insets);

/// The request for an inset's own map: its places with the main map's numbers.
MapRequest inset_request(const MapPlan& main, const InsetSpec& inset, const MapRequest& base);

/// The tag of an inset's letter: a small square of the style's frame colour, its letter in the
/// paper colour; `size_pt` is its side.
void draw_inset_letter(cairo_t* cr, const Box& box, char letter, const Style& style);
/// The key's outline on the main map.
void draw_inset_key(cairo_t* cr, const InsetSpec& inset, const Style& style);

/// The side of a letter tag for a map whose markers have this radius.
double letter_tag_size(const Style& style);

}  // namespace footprint::render
