// The furniture inside a map frame: the scale bar and the data credits, each on a translucent
// panel in a corner of the frame. They go where they cover the fewest places (bottom left and
// bottom right when those are free), the credits on one line (shrinking to kMinCreditsPt before
// they wrap). Laid out before the markers and labels, which keep clear of them.
#pragma once

#include <cairo.h>

#include <optional>
#include <string>
#include <vector>

#include "render/basemap/basemap.hpp"
#include "render/geo/box.hpp"
#include "render/map/map_plan.hpp"
#include "render/map/scale_bar.hpp"
#include "render/style/style.hpp"

namespace footprint::render {

/// The credits the data on the map asks for, in one line.
std::string credits_text(const DataUsed& data, bool geonames);
/// The same credits in as few words as they may take, for frames too narrow for the others.
std::string short_credits_text(const DataUsed& data, bool geonames);

/// The smallest credits text, in points.
constexpr double kMinCreditsPt = 4.5;

struct Furniture {
  std::optional<ScaleBar> scale_bar;
  Box scale_box{};  ///< panel of the scale bar (empty when there is none)
  std::string credits;
  Box credits_box{};
  double credits_pt = 0;  ///< the credits' text size
  /// The panels there are, for markers and labels to keep clear of.
  std::vector<Box> boxes() const;
};

/// Sizes and places the scale bar and credits inside the plan's frame, in the corners where
/// they cover the fewest of `places` (page points of the journal's places).
/// `short_credits` (when not empty) is used where `credits` would not fit on one line.
Furniture layout_furniture(cairo_t* cr, const MapPlan& plan, const Style& style,
                           const std::string& credits, const std::vector<XY>& places = {},
                           const std::string& short_credits = "");

void draw_furniture(cairo_t* cr, const Furniture& furniture, const Style& style);

}  // namespace footprint::render
