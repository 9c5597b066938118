// The grid and type scale every block of a poster snaps to (../shared/POSTER.md): margins of
// 1/20 of the short side (half again at the bottom), twelve columns with gutters of a quarter
// margin, and sizes from one modular scale whose smallest step is the smallest legible size,
// 6.5 pt on A3 and scaled with the page.
#pragma once

#include <vector>

#include "render/geo/geo_types.hpp"
#include "render/page/page_size.hpp"

namespace footprint::render {

struct PosterGrid {
  Frame page;   ///< the trimmed page
  Frame inner;  ///< inside the margins
  double margin_pt = 0;
  double gutter_pt = 0;
  int columns = 12;

  explicit PosterGrid(const PageSize& trim);
  double column_width() const;
  /// The frame of `span` columns from column `first` (0-based), from y with height h.
  Frame columns_frame(int first, int span, double y, double h) const;
  /// Splits `room` across into `n` equal frames separated by gutters.
  std::vector<Frame> split_across(const Frame& room, int n) const;
};

/// Sizes from one modular scale: step(0) is the smallest legible size, each step 4/3 larger.
struct TypeScale {
  double base_pt = 6.5;
  double ratio = 4.0 / 3.0;
  explicit TypeScale(const PageSize& trim);
  double step(double n) const;
};

/// Where the blocks of a poster go on the trimmed page.
struct PosterBlocks {
  Frame header;
  Frame map;
  std::vector<Frame> insets;  ///< each with its caption line on top
  Frame stats;
  Frame timeline;  ///< empty for the month grid
  Frame footer;
  std::vector<Frame> months;    ///< the twelve month maps of the grid layout
  std::vector<double> rules_y;  ///< hairlines across the page between bands
};

/// The classic poster (../shared/POSTER.md): header, main map, insets beside the statistics,
/// timeline, footer; landscape pages put the map and insets left, statistics and timeline right.
/// `timeline_need_pt` is the height the timeline would like at its body size.
PosterBlocks layout_classic(const PosterGrid& grid, double header_pt, double footer_pt, int insets,
                            double timeline_need_pt, bool landscape);

/// Twelve small maps, one per month, and the statistics.
PosterBlocks layout_month_grid(const PosterGrid& grid, double header_pt, double footer_pt,
                               bool landscape);

}  // namespace footprint::render
