#include "render/geo_painter.hpp"

#include <cmath>

#include "render/sphere_cut.hpp"

namespace footprint::render {

GeoPainter::GeoPainter(cairo_t* cr, const Projection& projection, const Viewport& viewport,
                       std::optional<LonLatBox> clip, double densify_deg, double tolerance_pt)
    : cr_(cr),
      projection_(projection),
      viewport_(viewport),
      clip_(clip),
      densify_deg_(densify_deg),
      tolerance_pt_(tolerance_pt) {}

std::optional<XY> GeoPainter::to_page(double lon, double lat) const {
  const auto metres = projection_.forward({lon, lat});
  if (!metres) return std::nullopt;
  return viewport_.to_page(*metres);
}

Path GeoPainter::project_relative(const Path& piece, bool closed) const {
  Path page;
  page.reserve(piece.size());
  const double lon_0 = projection_.central_meridian();
  const double tolerance2 = tolerance_pt_ * tolerance_pt_;
  for (const XY& p : densify(piece, densify_deg_)) {
    const auto xy = to_page(p.x + lon_0, p.y);
    if (!xy) continue;
    // Radial thinning: a vertex closer than the tolerance to the last one kept adds nothing
    // visible at this resolution.
    if (!page.empty()) {
      const double dx = xy->x - page.back().x, dy = xy->y - page.back().y;
      if (dx * dx + dy * dy < tolerance2) continue;
    }
    page.push_back(*xy);
  }
  if (!closed && !piece.empty() && page.size() == 1) {
    if (const auto last = to_page(piece.back().x + lon_0, piece.back().y)) page.push_back(*last);
  }
  return page;
}

void GeoPainter::emit(const Path& page_points, bool closed) {
  if (page_points.size() < 2) return;
  cairo_move_to(cr_, page_points.front().x, page_points.front().y);
  for (std::size_t i = 1; i < page_points.size(); ++i) {
    cairo_line_to(cr_, page_points[i].x, page_points[i].y);
  }
  if (closed) cairo_close_path(cr_);
}

void GeoPainter::add_polygon(const std::vector<Path>& rings) {
  for (const Path& ring : rings) {
    for (Path& piece : cut_ring(ring, projection_.central_meridian())) {
      if (clip_) piece = clip_ring(piece, clip_->west, clip_->south, clip_->east, clip_->north);
      if (piece.size() < 3) continue;
      const Path page = project_relative(piece, true);
      if (page.size() >= 3) emit(page, true);
    }
  }
}

void GeoPainter::add_line(const Path& line) {
  for (const Path& piece : cut_line(line, projection_.central_meridian())) {
    if (clip_) {
      // Lines are only dropped when wholly outside; Cairo clips the rest at the frame.
      bool inside = false;
      for (const XY& p : piece) {
        inside = inside || (p.x >= clip_->west && p.x <= clip_->east && p.y >= clip_->south &&
                            p.y <= clip_->north);
      }
      if (!inside) continue;
    }
    emit(project_relative(piece, false), false);
  }
}

}  // namespace footprint::render
