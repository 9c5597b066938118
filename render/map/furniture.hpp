// The furniture inside a map frame: the scale bar (bottom left) and the data credits (bottom
// right), each on a translucent panel. Laid out first so labels can avoid them.
#pragma once

#include <cairo.h>

#include <optional>
#include <string>

#include "render/basemap/basemap.hpp"
#include "render/geo/box.hpp"
#include "render/map/map_plan.hpp"
#include "render/map/scale_bar.hpp"
#include "render/style/style.hpp"

namespace footprint::render {

/// The credits the data on the map asks for, in one line.
std::string credits_text(const DataUsed& data, bool geonames);

struct Furniture {
  std::optional<ScaleBar> scale_bar;
  Box scale_box{};  ///< panel of the scale bar (empty when there is none)
  std::string credits;
  Box credits_box{};
};

/// Sizes and places the scale bar and credits inside the plan's frame.
Furniture layout_furniture(cairo_t* cr, const MapPlan& plan, const Style& style,
                           const std::string& credits);

void draw_furniture(cairo_t* cr, const Furniture& furniture, const Style& style);

}  // namespace footprint::render
