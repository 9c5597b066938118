#include "render/poster/poster_grid.hpp"

#include <algorithm>
#include <cmath>

namespace footprint::render {
namespace {

constexpr double kPtPerMm = 72.0 / 25.4;
constexpr double kA3ShortPt = 297 * kPtPerMm;

// Between the header, the blocks and the footer.
double band_gap(const PosterGrid& grid) {
  return grid.margin_pt * 0.6;
}

// The title band on top and the footer at the foot, each with a hairline towards the middle.
PosterBlocks header_and_footer(const PosterGrid& grid, double header_pt, double footer_pt) {
  const Frame& in = grid.inner;
  const double gap = band_gap(grid);
  PosterBlocks b;
  b.header = {in.x, in.y, in.width, header_pt};
  b.footer = {in.x, in.bottom() - footer_pt, in.width, footer_pt};
  b.rules_y = {b.header.bottom() + gap / 2, b.footer.y - gap / 2};
  return b;
}

}  // namespace

PosterGrid::PosterGrid(const PageSize& trim) {
  page = {0, 0, trim.width_pt, trim.height_pt};
  margin_pt = std::min(trim.width_pt, trim.height_pt) / 20;
  gutter_pt = margin_pt / 4;
  const double bottom = margin_pt * 1.5;
  inner = {margin_pt, margin_pt, trim.width_pt - 2 * margin_pt,
           trim.height_pt - margin_pt - bottom};
}

double PosterGrid::column_width() const {
  return (inner.width - (columns - 1) * gutter_pt) / columns;
}

Frame PosterGrid::columns_frame(int first, int span, double y, double h) const {
  const double x = inner.x + first * (column_width() + gutter_pt);
  return {x, y, span * column_width() + (span - 1) * gutter_pt, h};
}

std::vector<Frame> PosterGrid::split_across(const Frame& room, int n) const {
  std::vector<Frame> out;
  out.reserve(static_cast<std::size_t>(std::max(n, 0)));
  const double w = (room.width - (n - 1) * gutter_pt * 2) / n;
  for (int i = 0; i < n; ++i)
    out.push_back({room.x + i * (w + gutter_pt * 2), room.y, w, room.height});
  return out;
}

TypeScale::TypeScale(const PageSize& trim) {
  // The square root keeps small pages legible (Letter 5.5 pt) and big ones calm (A1 9.2 pt).
  const double short_side = std::min(trim.width_pt, trim.height_pt);
  base_pt = std::max(5.0, 6.5 * std::sqrt(short_side / kA3ShortPt));
}

double TypeScale::step(double n) const {
  return base_pt * std::pow(ratio, n);
}

PosterBlocks layout_classic(const PosterGrid& grid, double header_pt, double footer_pt, int insets,
                            double timeline_need_pt, bool landscape) {
  const Frame& in = grid.inner;
  const double gap = band_gap(grid);
  PosterBlocks b = header_and_footer(grid, header_pt, footer_pt);
  const double top = b.header.bottom() + gap;
  const double room = b.footer.y - gap - top;
  if (!landscape) {
    const double timeline = std::clamp(timeline_need_pt, 0.14 * room, 0.34 * room);
    const double middle = 0.22 * room;
    const double map = room - timeline - middle - 2 * gap;
    b.map = {in.x, top, in.width, map};
    const double y = b.map.bottom() + gap;
    if (insets > 0) {
      b.stats = grid.columns_frame(8, 4, y, middle);
      // One inset takes half the row, not a strip of it.
      const Frame row = grid.columns_frame(0, insets == 1 ? 4 : 8, y, middle);
      b.insets = grid.split_across(row, insets);
    } else {
      b.stats = {in.x, y, in.width, middle};
    }
    b.timeline = {in.x, y + middle + gap, in.width, timeline};
    return b;
  }
  const Frame left = grid.columns_frame(0, 8, top, room);
  const Frame right = grid.columns_frame(8, 4, top, room);
  const double inset_h = insets > 0 ? 0.3 * room : 0;
  b.map = {left.x, left.y, left.width, room - inset_h - (insets > 0 ? gap : 0)};
  if (insets > 0) {
    const Frame row = grid.columns_frame(0, insets == 1 ? 4 : 8, b.map.bottom() + gap, inset_h);
    b.insets = grid.split_across(row, insets);
  }
  const double stats = 0.26 * room;
  b.stats = {right.x, right.y, right.width, stats};
  b.timeline = {right.x, right.y + stats + gap, right.width, room - stats - gap};
  return b;
}

PosterBlocks layout_month_grid(const PosterGrid& grid, double header_pt, double footer_pt,
                               bool landscape) {
  const Frame& in = grid.inner;
  const double gap = band_gap(grid);
  PosterBlocks b = header_and_footer(grid, header_pt, footer_pt);
  const double top = b.header.bottom() + gap;
  const double room = b.footer.y - gap - top;
  const double stats = (landscape ? 0.24 : 0.18) * room;
  b.stats = {in.x, b.footer.y - gap - stats, in.width, stats};
  const int cols = landscape ? 4 : 3, rows = 12 / cols;
  const double cell_gap = grid.gutter_pt * 2;
  const double w = (in.width - (cols - 1) * cell_gap) / cols;
  const double h = (room - stats - gap - (rows - 1) * cell_gap) / rows;
  for (int i = 0; i < 12; ++i) {
    const int column = i % cols, row = i / cols;
    b.months.push_back({in.x + column * (w + cell_gap), top + row * (h + cell_gap), w, h});
  }
  b.map = {in.x, top, in.width, room - stats - gap};
  return b;
}

}  // namespace footprint::render
