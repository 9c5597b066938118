// The yearly poster (`footprint poster`): a person's year on one printed page. A title, the main
// map of the year with its route in date order and numbered markers, insets where places crowd,
// the year in numbers, a timeline of every entry, the symbol key and the credits, each block on
// one grid (poster_grid.hpp). `--layout grid` draws twelve month maps instead of one.
//
// The maps are the maps of `footprint map` (render/map/), drawn into the poster's frames.
#pragma once

#include <cairo.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/stats.hpp"
#include "render/map/map_frame.hpp"
#include "render/map/map_plan.hpp"
#include "render/page/page_size.hpp"
#include "render/poster/insets.hpp"
#include "render/poster/placed_text.hpp"
#include "render/poster/poster_grid.hpp"
#include "render/style/style.hpp"
#include "render/text/wording.hpp"

namespace footprint::render {

enum class PosterLayout { classic, grid };

struct PosterRequest {
  int year = 0;
  MapRequest map;           ///< the year's entries, routes, units, extra layers
  core::TravelStats stats;  ///< of the year
  std::string title;        ///< empty: the year
  std::string subtitle;
  std::string owner;  ///< the journal's owner, when it names one
  std::string home;   ///< the home's place name
  Language language = Language::en;
  bool insets = true;
  PosterLayout layout = PosterLayout::classic;
  bool credit_geonames = false;
};

/// At most this many insets.
constexpr int kMaxInsets = 3;

/// A map of the poster as planned and laid out.
struct PosterMap {
  MapPlan plan;
  MapLayout layout;
};

/// What a poster drew, for tests: blocks, every text box, the maps and the timeline's count.
struct PosterDrawing {
  PageSize trim;
  PosterBlocks blocks;
  TextLog texts;
  std::optional<PosterMap> main;  ///< classic layout
  std::vector<InsetSpec> insets;
  std::vector<PosterMap> inset_maps;
  std::vector<std::optional<PosterMap>> month_maps;  ///< grid layout: twelve, none for empty months
  std::size_t timeline_entries = 0;                  ///< entries the timeline lists
  std::size_t timeline_more = 0;                     ///< entries counted in its "… and N more"
};

/// The smallest poster is A5 (a short side of at least kMinPosterShortMm) and no side more than
/// kMaxPosterAspect times the other: below that the blocks have no room to be read. Throws
/// UsageError naming the paper.
constexpr double kMinPosterShortMm = 140;
constexpr double kMaxPosterAspect = 3;
void check_poster_paper(const PageSize& trim);

/// Draws the poster on `cr`, whose user units are points with the trimmed page at the origin.
PosterDrawing draw_poster(cairo_t* cr, const PageSize& trim, const PosterRequest& request,
                          const Style& style, const std::filesystem::path& data_dir);

/// Print options: a bleed on each side (the paper colour runs into it) with crop marks beyond it.
struct PrintOptions {
  double bleed_mm = 0;
};

/// The whole output page for a trimmed page and its print options.
PageSize output_page(const PageSize& trim, const PrintOptions& print);

/// Draws the poster into a PNG, SVG or PDF file (by extension), written whole or not at all.
PosterDrawing render_poster_file(const std::filesystem::path& output, const PageSize& trim,
                                 const PrintOptions& print, const PosterRequest& request,
                                 const Style& style, const std::filesystem::path& data_dir);

}  // namespace footprint::render
