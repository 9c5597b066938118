// A whole output page holding one map: background, title, the map frame, legend, scale bar and
// credits, laid out from the page size and the style's margins. A poster composes many maps
// with draw_map(); this is the page of `footprint map`.
#pragma once

#include <cairo.h>

#include <filesystem>
#include <string>

#include "render/map/legend.hpp"
#include "render/map/map_frame.hpp"
#include "render/map/map_plan.hpp"
#include "render/map/symbol_key.hpp"
#include "render/page/page_size.hpp"
#include "render/style/style.hpp"
#include "render/text/wording.hpp"

namespace footprint::render {

struct PageOptions {
  std::string title;
  std::string subtitle;
  bool routes = true;
  bool credit_geonames = false;  ///< places were looked up in the GeoNames gazetteer
  bool key = true;               ///< the symbol key under the map
  Language language = Language::en;
};

/// Where things go on the page; computed before drawing.
struct PageLayout {
  Frame page;
  Frame map;
  Frame title;   ///< empty height when there is no title
  Frame legend;  ///< empty width (right) or height (below) when there is no legend
  Frame key;     ///< the symbol key's band at the foot of the page (empty height: none)
};

/// The smallest page a map is drawn on, in points (300 × 200 px at the default 144 dpi): below
/// it the legend's "… and N more" line and a readable map do not both fit.
constexpr double kMinMapPageWidthPt = 150;
constexpr double kMinMapPageHeightPt = 100;

/// The page's margin: the style's, but never more than a twentieth of the page's short side.
double page_margin(const PageSize& size, const Style& style);

/// Splits the page: margins (page_margin()), a title band on top when there is a title, and a
/// legend `legend_extent_pt` wide on the right or high below the map (0: none).
PageLayout layout_page(const PageSize& size, const Style& style, double title_height_pt,
                       LegendSide legend_side = LegendSide::right, double legend_extent_pt = 0,
                       double key_height_pt = 0);

/// What a page drew, for tests and for callers that want to report unlabelled places.
struct MapDrawing {
  MapPlan plan;
  MapLayout layout;
  PageLayout page;
  std::vector<LegendItem> legend_items;
  LegendLayout legend;
  SymbolKey key;
  Language language = Language::en;  ///< of the legend's and the key's words
};

/// Draws the page on `cr` (whose user units are points) and returns what the map drew.
MapDrawing draw_map_page(cairo_t* cr, const PageSize& size, const MapRequest& request,
                         const Style& style, const PageOptions& options,
                         const std::filesystem::path& data_dir);

/// Draws the page into a PNG, SVG or PDF file (by extension). Throws IoError, UsageError (also
/// for a page smaller than kMinMapPageWidthPt × kMinMapPageHeightPt).
MapDrawing render_map_file(const std::filesystem::path& output, const PageSize& size,
                           const MapRequest& request, const Style& style,
                           const PageOptions& options, const std::filesystem::path& data_dir);

}  // namespace footprint::render
