// A map style: colours, line widths, fonts and sizes, every length in points or millimetres so
// a map looks the same at any resolution. Loaded from the JSON files in styles/.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include "render/style/color.hpp"

namespace footprint::render {

/// How a line is stroked.
struct LineStyle {
  Rgba color;
  double width_pt = 0.5;
  std::vector<double> dash_pt;  ///< empty: solid
};

/// A font as the style names it; the labels code turns it into a Pango description.
struct FontStyle {
  std::string family = "Noto Sans";
  double size_pt = 9;
  int weight = 400;
  bool italic = false;
  Rgba color;
  Rgba halo{1, 1, 1, 1};
  double halo_pt = 1.5;
};

struct MarkerStyle {
  double radius_pt = 5;
  double range_radius_pt = 7.5;  ///< entries spanning several days
  LineStyle outline;
  std::array<Rgba, 12> month_colors;  ///< fill by month of the entry's date, January first
  Rgba undated_color;
  FontStyle number;  ///< the order number inside the marker
};

/// The look of a yearly poster (`footprint poster`): its sizes come from the page (a modular
/// type scale), its families, colours and rules from here.
struct PosterStyle {
  Rgba paper;      ///< the page
  Rgba ink;        ///< headline and body text
  Rgba muted;      ///< captions, dates, credits
  Rgba accent;     ///< month headings, the chart's bars
  LineStyle rule;  ///< hairlines between blocks
  std::string display_family = "Noto Serif, Noto Serif CJK SC";  ///< title, big figures
  int display_weight = 700;
  std::string text_family = "Noto Sans, Noto Sans CJK SC";  ///< everything else
  bool title_caps = false;  ///< Latin title letters in spaced capitals
};

struct Style {
  std::string name;
  std::string description;
  Rgba background;
  double margin_mm = 8;
  Rgba ocean;
  Rgba land;
  Rgba lakes;
  LineStyle coast;
  LineStyle borders;
  LineStyle states;
  LineStyle graticule;
  LineStyle frame;
  LineStyle route;
  LineStyle track;
  LineStyle extra_layer;  ///< layers given with --layer
  MarkerStyle markers;
  FontStyle label;
  std::vector<double> label_sizes_pt;  ///< tried largest first when a label does not fit
  /// Towns of the gazetteer named for reference on local and regional maps ("reference"): a
  /// quiet font, smaller and greyer than `label`; their dots take its colour. Optional.
  FontStyle reference;
  FontStyle title;
  FontStyle subtitle;
  FontStyle legend;
  FontStyle credits;
  FontStyle scale_text;
  LineStyle scale_bar;
  PosterStyle poster;
};

/// Parses a style document (strict JSON, as journals are: no duplicate member names, no
/// comments). Throws StyleError, and nothing else: for a value, with the JSON pointer of the first
/// problem, the message starting with it ("/markers/month_colors/3: not a colour: …"; the
/// document itself is "/"); for JSON syntax, with an empty pointer and a message starting
/// "LINE:COLUMN: ". Messages are one line of printable UTF-8, whatever bytes the document holds.
/// Fonts are not looked up here.
Style parse_style(const std::string& json_text);

/// Loads a style by name from the styles folder ("atlas" → styles/atlas.json) or from a file
/// path (anything containing '/' or ending in .json), and checks that every font it names is
/// installed. Throws StyleError ("FILE: /POINTER: …" or "FILE:LINE:COLUMN: …"), IoError, or
/// UsageError for an unknown style name.
Style load_style(const std::string& name_or_path);

/// The folder holding the bundled styles (core::styles_dir(): $FOOTPRINT_STYLES_DIR, else the
/// installed or the source tree's styles/).
std::filesystem::path styles_dir();

/// Names and descriptions of the bundled styles, sorted by name.
std::vector<std::pair<std::string, std::string>> list_styles();

}  // namespace footprint::render
