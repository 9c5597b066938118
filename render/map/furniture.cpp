#include "render/map/furniture.hpp"

#include "render/style/cairo_style.hpp"
#include "render/map/map_labels.hpp"
#include "render/text/text.hpp"

namespace footprint::render {
namespace {

constexpr double kInsetPt = 6;   // from the frame's edge
constexpr double kPanelPad = 3;  // inside a panel
constexpr double kBarHeightPt = 3;
constexpr double kNarrowestCreditsPt = 70;  // credits wrapped narrower than this read badly

void draw_panel(cairo_t* cr, const Box& box, const Style& style) {
  Rgba panel = style.background;
  panel.a = 0.72;
  set_color(cr, panel);
  cairo_rectangle(cr, box.x0, box.y0, box.width(), box.height());
  cairo_fill(cr);
}

void draw_scale_bar(cairo_t* cr, const Furniture& f, const Style& style) {
  const ScaleBar& bar = *f.scale_bar;
  const TextStyle text_style_ = text_style(style.scale_text);
  const TextBlock zero(cr, "0", text_style_);
  const TextBlock label(cr, bar.label, text_style_);
  const double x0 = f.scale_box.x0 + kPanelPad + zero.width() / 2;
  const double y = f.scale_box.y1 - kPanelPad - kBarHeightPt;
  // Two halves, dark then light, as printed atlases draw them.
  set_color(cr, style.scale_bar.color);
  cairo_rectangle(cr, x0, y, bar.length_pt / 2, kBarHeightPt);
  cairo_fill(cr);
  set_color(cr, style.background);
  cairo_rectangle(cr, x0 + bar.length_pt / 2, y, bar.length_pt / 2, kBarHeightPt);
  cairo_fill(cr);
  LineStyle outline = style.scale_bar;
  outline.width_pt = std::min(outline.width_pt, 0.6);
  set_line(cr, outline);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
  cairo_rectangle(cr, x0, y, bar.length_pt, kBarHeightPt);
  cairo_stroke(cr);
  const double text_y = y - 1 - label.height();
  zero.draw(cr, x0 - zero.width() / 2, text_y);
  label.draw(cr, x0 + bar.length_pt - zero.width() / 2, text_y);
}

}  // namespace

std::string credits_text(const DataUsed& data, bool geonames) {
  std::string out;
  const auto add = [&](const std::string& part) { out += (out.empty() ? "" : " · ") + part; };
  if (data.natural_earth) add("Basemap: Natural Earth");
  if (data.openstreetmap) add("Lakes © OpenStreetMap contributors (ODbL)");
  if (geonames) add("Places: GeoNames (CC BY 4.0)");
  return out;
}

Furniture layout_furniture(cairo_t* cr, const MapPlan& plan, const Style& style,
                           const std::string& credits) {
  Furniture f;
  const Frame& frame = plan.viewport.frame();
  const TextStyle scale_text = text_style(style.scale_text);
  f.scale_bar = choose_scale_bar(plan, std::min(140.0, frame.width / 5));
  if (f.scale_bar) {
    const TextBlock zero(cr, "0", scale_text);
    const TextBlock label(cr, f.scale_bar->label, scale_text);
    const double width = zero.width() / 2 + f.scale_bar->length_pt + label.width() + 2 * kPanelPad;
    const double height = label.height() + 1 + kBarHeightPt + 2 * kPanelPad;
    const double x0 = frame.x + kInsetPt, y1 = frame.bottom() - kInsetPt;
    f.scale_box = {x0, y1 - height, x0 + width, y1};
  }
  f.credits = credits;
  if (!credits.empty()) {
    const double x1 = frame.right() - kInsetPt / 2, y1 = frame.bottom() - kInsetPt / 2;
    const auto place_credits = [&](double wrap_pt) {
      const TextBlock text(cr, credits, text_style(style.credits), wrap_pt);
      f.credits_box = {x1 - text.width() - 2 * kPanelPad, y1 - text.height() - 2 * kPanelPad, x1, y1};
    };
    place_credits(frame.width * 0.6);
    if (f.scale_bar && f.credits_box.intersects(f.scale_box)) {
      // A narrow frame: the credits wrap into the room right of the scale bar or, when that is
      // too narrow to read, the scale bar stands above them.
      const double room = x1 - (f.scale_box.x1 + kInsetPt / 2) - 2 * kPanelPad;
      if (room >= kNarrowestCreditsPt) place_credits(room);
      if (f.credits_box.intersects(f.scale_box)) {
        place_credits(frame.width - kInsetPt - 2 * kPanelPad);
        const double up = f.scale_box.y1 - (f.credits_box.y0 - kInsetPt / 2);
        f.scale_box.y0 -= up;
        f.scale_box.y1 -= up;
      }
    }
  }
  return f;
}

void draw_furniture(cairo_t* cr, const Furniture& f, const Style& style) {
  if (f.scale_bar) {
    draw_panel(cr, f.scale_box, style);
    draw_scale_bar(cr, f, style);
  }
  if (!f.credits.empty()) {
    draw_panel(cr, f.credits_box, style);
    const TextBlock text(cr, f.credits, text_style(style.credits), (f.credits_box.width()) + 1);
    text.draw(cr, f.credits_box.x0 + kPanelPad, f.credits_box.y0 + kPanelPad);
  }
}

}  // namespace footprint::render
