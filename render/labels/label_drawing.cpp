#include "render/labels/label_drawing.hpp"

namespace footprint::render {

TextAlign align_for(Anchor anchor) {
  switch (anchor) {
    case Anchor::top_left:
    case Anchor::bottom_left:
    case Anchor::left:
      return TextAlign::right;
    case Anchor::top:
    case Anchor::bottom:
      return TextAlign::center;
    case Anchor::top_right:
    case Anchor::bottom_right:
    case Anchor::right:
      break;
  }
  return TextAlign::left;
}

void draw_label(cairo_t* cr, std::string_view utf8, const TextStyle& style,
                const std::vector<double>& sizes_pt, const Placement& placement,
                double max_width_pt) {
  if (!placement.placed) return;
  TextStyle step = style;
  if (placement.size_index < sizes_pt.size()) step.size_pt = sizes_pt[placement.size_index];
  step.align = align_for(placement.anchor);
  // Shaped again rather than kept from measuring: the same text, style and width give the
  // same extents, so the block fills the placed box exactly.
  const TextBlock block(cr, utf8, step, max_width_pt);
  block.draw(cr, placement.box.x0, placement.box.y0);
}

void draw_leader(cairo_t* cr, const Placement& placement, const LeaderStyle& style) {
  if (!placement.placed || !placement.leader) return;
  cairo_save(cr);
  cairo_new_path(cr);
  cairo_move_to(cr, placement.leader_x0, placement.leader_y0);
  cairo_line_to(cr, placement.leader_x1, placement.leader_y1);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  if (style.halo_pt > 0 && style.halo.a > 0) {
    cairo_set_source_rgba(cr, style.halo.r, style.halo.g, style.halo.b, style.halo.a);
    cairo_set_line_width(cr, style.width_pt + 2 * style.halo_pt);
    cairo_stroke_preserve(cr);
  }
  cairo_set_source_rgba(cr, style.color.r, style.color.g, style.color.b, style.color.a);
  cairo_set_line_width(cr, style.width_pt);
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace footprint::render
