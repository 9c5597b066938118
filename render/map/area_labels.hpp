// Names of the provinces, states and countries a local or regional map shows ("ALBERTA",
// "BRITISH COLUMBIA" either side of the border near Banff), from the basemap's Natural Earth
// polygons: quiet capitals inside their area, in the room the journal and the towns leave.
#pragma once

#include <cairo.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/admin_areas.hpp"
#include "render/geo/box.hpp"
#include "render/map/map_plan.hpp"
#include "render/style/style.hpp"

namespace footprint::render {

/// One area's name where it is drawn.
struct AreaLabel {
  std::string text;  ///< as drawn (capitals)
  Box box;
};

/// Names the areas seen in a grid over the frame: first-level regions, and countries when more
/// than one shows. Each goes at the most interior free spot of its area whose box lies wholly
/// inside it and clear of `taken` (boxes of everything drawn already) and of `lines`. Empty when
/// <data_dir>/basemap/world_map.gpkg is missing. Deterministic.
std::vector<AreaLabel> place_area_labels(cairo_t* cr, const MapPlan& plan,
                                         const std::vector<Box>& taken,
                                         const std::vector<Path>& lines, const Style& style,
                                         const std::filesystem::path& data_dir);

/// The admin areas of <data_dir>/basemap/world_map.gpkg, or nothing when it is missing or
/// cannot be opened.
std::unique_ptr<core::AdminAreas> open_admin_areas(const std::filesystem::path& data_dir);

/// True when `box`, grown by the clearance names keep (6 pt), meets none of `taken` and crosses
/// none of `lines`.
bool area_is_free(const Box& box, const std::vector<Box>& taken, const std::vector<Path>& lines);

/// The font of area names: the style's reference font, larger and lighter.
FontStyle area_font(const Style& style);

void draw_area_labels(cairo_t* cr, const std::vector<AreaLabel>& labels, const Style& style);

/// Draws placed names (areas', waters') in `font`, each at its box.
void draw_names(cairo_t* cr, const std::vector<AreaLabel>& labels, const FontStyle& font);

}  // namespace footprint::render
