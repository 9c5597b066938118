// The basemap under the journal: ocean, land, lakes, state and country borders, coastlines,
// graticule and any extra vector layers, chosen by the map's scale.
#pragma once

#include <optional>

#include "render/geo/box.hpp"

#include <cairo.h>

#include <filesystem>

#include "render/map/map_plan.hpp"
#include "render/style/style.hpp"

namespace footprint::render {

/// Which data sources ended up on the map, so the credits name exactly those.
struct DataUsed {
  bool natural_earth = false;
  bool openstreetmap = false;
};

/// The data sources draw_basemap() will use for this plan (for the credits, before drawing).
DataUsed basemap_data_used(const MapPlan& plan, const std::filesystem::path& data_dir);

/// Draws the basemap inside the plan's frame (clipped to it). `data_dir` is where the setup
/// step put basemap/ (core::data_dir()). Throws IoError when the basemap data is missing.
DataUsed draw_basemap(cairo_t* cr, const MapPlan& plan, const Style& style,
                      const std::filesystem::path& data_dir);

/// Where the map's drawing ends on the page when it is smaller than the frame: the projected
/// globe of a world map, the disc of an azimuthal map; nothing for maps that fill their frame.
std::optional<Box> content_extent(cairo_t* cr, const MapPlan& plan);

/// Strokes the outline of the projected globe (world maps) or nothing.
void draw_globe_outline(cairo_t* cr, const MapPlan& plan, const Style& style);

}  // namespace footprint::render
