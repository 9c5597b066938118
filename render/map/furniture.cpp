#include "render/map/furniture.hpp"

#include <algorithm>
#include <optional>

#include "render/map/map_labels.hpp"
#include "render/style/cairo_style.hpp"
#include "render/text/text.hpp"

namespace footprint::render {
namespace {

constexpr double kInsetPt = 6;   // from the frame's edge
constexpr double kPanelPad = 3;  // inside a panel
constexpr double kBarHeightPt = 3;

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

std::string short_credits_text(const DataUsed& data, bool geonames) {
  std::string out;
  const auto add = [&](const std::string& part) { out += (out.empty() ? "" : " · ") + part; };
  if (data.natural_earth) add("Natural Earth");
  if (data.openstreetmap) add("© OSM (ODbL)");
  if (geonames) add("GeoNames (CC BY)");
  return out;
}

std::vector<Box> Furniture::boxes() const {
  std::vector<Box> out;
  if (scale_bar) out.push_back(scale_box);
  if (!credits.empty()) out.push_back(credits_box);
  return out;
}

namespace {

enum class Corner { bottom_left, bottom_right, top_left, top_right };

// A box of `w` × `h` in a corner of the frame, `inset` from its edges.
Box in_corner(const Frame& frame, Corner c, double w, double h, double inset) {
  const bool left = c == Corner::bottom_left || c == Corner::top_left;
  const bool top = c == Corner::top_left || c == Corner::top_right;
  const double x0 = left ? frame.x + inset : frame.right() - inset - w;
  const double y0 = top ? frame.y + inset : frame.bottom() - inset - h;
  return {x0, y0, x0 + w, y0 + h};
}

bool same_edge(Corner a, Corner b) {
  const auto top = [](Corner c) { return c == Corner::top_left || c == Corner::top_right; };
  return top(a) == top(b);
}

// The credits as set: their size and extent.
struct CreditsText {
  double width = 0, height = 0, size_pt = 0;
};

// The credits set on one line at the largest size from the style's down to kMinCreditsPt that
// fits `width`; nothing when none does.
std::optional<CreditsText> credits_on_one_line(cairo_t* cr, const std::string& credits,
                                               const Style& style, double width) {
  TextStyle font = text_style(style.credits);
  const double smallest = std::min(kMinCreditsPt, font.size_pt);
  for (double size = font.size_pt; size >= smallest - 1e-9; size -= 0.5) {
    font.size_pt = size;
    const TextBlock block(cr, credits, font);
    if (block.width() <= width) return CreditsText{block.width(), block.height(), size};
  }
  return std::nullopt;
}

}  // namespace

Furniture layout_furniture(cairo_t* cr, const MapPlan& plan, const Style& style,
                           const std::string& long_credits, const std::vector<XY>& places,
                           const std::string& short_credits) {
  const Frame& frame = plan.viewport.frame();
  const TextStyle scale_text = text_style(style.scale_text);
  const double max_bar = std::min(140.0, frame.width / 5);
  const double marker = std::max(style.markers.radius_pt, style.markers.range_radius_pt);
  // How many places a box would cover (with their markers' size).
  const auto covered = [&](const Box& box) {
    const Box grown = box.inflated(marker);
    return static_cast<int>(std::count_if(places.begin(), places.end(), [&](const XY& p) {
      return p.x > grown.x0 && p.x < grown.x1 && p.y > grown.y0 && p.y < grown.y1;
    }));
  };
  struct Bar {
    std::optional<ScaleBar> bar;
    double width = 0, height = 0;
  };
  // The bar in a corner, measured where it would stand.
  const auto bar_in = [&](Corner c) {
    Bar out;
    const Box guess = in_corner(frame, c, max_bar, 10, kInsetPt);
    out.bar = choose_scale_bar(plan, max_bar, {guess.center_x(), guess.center_y()});
    if (!out.bar) return out;
    const TextBlock zero(cr, "0", scale_text);
    const TextBlock label(cr, out.bar->label, scale_text);
    out.width = zero.width() / 2 + out.bar->length_pt + label.width() + 2 * kPanelPad;
    out.height = label.height() + 1 + kBarHeightPt + 2 * kPanelPad;
    return out;
  };
  const double credit_inset = kInsetPt / 2;
  const auto credits_box_for = [&](Corner c, const CreditsText& text) {
    return in_corner(frame, c, text.width + 2 * kPanelPad, text.height + 2 * kPanelPad,
                     credit_inset);
  };
  // The credits across the whole frame: one line if any size fits (the short wording if the
  // long does not), else wrapped at the least.
  const double full_width = frame.width - 2 * credit_inset - 2 * kPanelPad;
  std::string credits = long_credits;
  std::optional<CreditsText> full;
  if (!credits.empty()) {
    full = credits_on_one_line(cr, credits, style, full_width);
    if (!full && !short_credits.empty()) {
      credits = short_credits;
      full = credits_on_one_line(cr, credits, style, full_width);
    }
    if (!full) {
      TextStyle font = text_style(style.credits);
      font.size_pt = std::min(kMinCreditsPt, font.size_pt);
      const TextBlock wrapped(cr, credits, font, std::max(1.0, full_width));
      full = CreditsText{wrapped.width(), wrapped.height(), font.size_pt};
    }
  }

  struct Choice {
    Furniture f;
    int cost = 0;
  };
  std::optional<Choice> best;
  const auto consider = [&](Furniture f, int order) {
    const Box inside{frame.x, frame.y, frame.right(), frame.bottom()};
    for (const Box& b : f.boxes()) {
      if (!b.inside(inside.inflated(0.01))) return;
    }
    if (f.scale_bar && !f.credits.empty() && f.scale_box.intersects(f.credits_box)) return;
    int cost = order;
    for (const Box& b : f.boxes()) cost += 100 * covered(b);
    if (!best || cost < best->cost) best = Choice{std::move(f), cost};
  };
  const Corner corners[] = {Corner::bottom_left, Corner::bottom_right, Corner::top_left,
                            Corner::top_right};
  // The scale bar's corner first, then the credits' corner: bottom left and bottom right first.
  int order = 0;
  for (Corner sc : corners) {
    const Bar bar = bar_in(sc);
    Furniture f;
    f.credits = credits;
    if (bar.bar) {
      f.scale_bar = bar.bar;
      f.scale_box = in_corner(frame, sc, bar.width, bar.height, kInsetPt);
    }
    if (credits.empty()) {
      consider(f, order++);
      continue;
    }
    for (Corner cc : corners) {
      if (bar.bar && cc == sc) continue;
      const double room = bar.bar && same_edge(sc, cc) ? frame.width - bar.width - kInsetPt -
                                                             1.5 * credit_inset - 2 * kPanelPad
                                                       : full_width;
      const std::optional<CreditsText> text =
          room >= full_width ? full : credits_on_one_line(cr, credits, style, room);
      ++order;
      if (!text) continue;
      f.credits_box = credits_box_for(cc, *text);
      f.credits_pt = text->size_pt;
      consider(f, order);
    }
    if (!bar.bar) break;  // without a bar, the corners for the credits alone were all tried
  }
  if (best) return std::move(best->f);
  // A frame too small for both side by side: the credits across the foot, the bar above them.
  Furniture f;
  f.credits = credits;
  if (full) {
    f.credits_box = credits_box_for(Corner::bottom_right, *full);
    f.credits_pt = full->size_pt;
  }
  const Bar bar = bar_in(Corner::bottom_left);
  if (bar.bar) {
    const double bottom = full ? f.credits_box.y0 - credit_inset : frame.bottom() - kInsetPt;
    const Box box{frame.x + kInsetPt, bottom - bar.height, frame.x + kInsetPt + bar.width, bottom};
    if (box.y0 >= frame.y && box.x1 <= frame.right()) {
      f.scale_bar = bar.bar;
      f.scale_box = box;
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
    TextStyle font = text_style(style.credits);
    font.size_pt = f.credits_pt;
    const TextBlock text(cr, f.credits, font, f.credits_box.width() - 2 * kPanelPad + 1);
    text.draw(cr, f.credits_box.x0 + kPanelPad, f.credits_box.y0 + kPanelPad);
  }
}

}  // namespace footprint::render
