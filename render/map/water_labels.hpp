// Names of the oceans, seas, bays and lakes a map shows ("Pacific Ocean" on a world map, "Strait
// of Georgia" by Vancouver, "Lake Minnewanka" by Banff), from the hand-written table
// data/water_names/water_names.tsv: italic, in a darker shade of the water, each named only at
// the spans of map it suits, placed after everything else and never over it.
#pragma once

#include <cairo.h>

#include <filesystem>
#include <string>
#include <vector>

#include "render/geo/box.hpp"
#include "render/map/area_labels.hpp"
#include "render/map/map_plan.hpp"
#include "render/style/style.hpp"

namespace footprint::render {

/// One label point of the table.
struct WaterName {
  enum class Kind { ocean, sea, lake };
  Kind kind = Kind::sea;
  double min_span_km = 0, max_span_km = 0;  ///< the frame spans it is named at
  core::LonLat at;                          ///< inside the water
  std::string name, name_zh;
};

/// Reads <data_dir>/water/water_names.tsv; empty when it is missing. Throws Error naming the
/// file and line for a malformed line.
std::vector<WaterName> read_water_names(const std::filesystem::path& data_dir);

/// The span of the frame in km: its diagonal at the scale of its centre (a world map: the
/// Earth's circumference).
double frame_span_km(const MapPlan& plan);

/// Names the waters whose point lies in the frame and whose span range holds the frame's, each
/// once, centred on its point (or a line above or below it), inside the frame, clear of `taken`
/// and `lines` by a few points; an ocean's or a sea's whole name lies off the land. At most a
/// handful per map. Deterministic.
std::vector<AreaLabel> place_water_labels(cairo_t* cr, const MapPlan& plan,
                                          const std::vector<Box>& taken,
                                          const std::vector<Path>& lines, const Style& style,
                                          bool chinese, const std::filesystem::path& data_dir);

/// The font of water names: the style's reference font, italic, in a darker shade of its ocean.
FontStyle water_font(const Style& style);

void draw_water_labels(cairo_t* cr, const std::vector<AreaLabel>& labels, const Style& style);

}  // namespace footprint::render
