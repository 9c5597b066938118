#include "render/text/text.hpp"

#include <pango/pangocairo.h>

#include <algorithm>

#include "core/error.hpp"

namespace footprint::render {
namespace {

// Unhinted outlines and fractional metrics: a label measures the same at any resolution and in
// PNG, SVG and PDF alike, and its width scales linearly with its size.
void set_resolution_independent(PangoContext* context) {
  CairoFontOptionsPtr options(cairo_font_options_create());
  cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias(options.get(), CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(context, options.get());
  // Pango rounds glyph positions to whole device units by default, which makes widths step
  // with the resolution.
  pango_context_set_round_glyph_positions(context, FALSE);
}

PangoFontDescriptionPtr font_description(const TextStyle& style) {
  PangoFontDescriptionPtr desc(pango_font_description_new());
  pango_font_description_set_family(desc.get(), style.family.c_str());
  // Absolute size is in user units, which are points here; a plain size would be scaled by
  // Pango's 96 dpi default resolution.
  pango_font_description_set_absolute_size(desc.get(), style.size_pt * PANGO_SCALE);
  pango_font_description_set_weight(desc.get(), static_cast<PangoWeight>(style.weight));
  pango_font_description_set_style(desc.get(),
                                   style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  return desc;
}

PangoAlignment pango_alignment(TextAlign align) {
  switch (align) {
    case TextAlign::center:
      return PANGO_ALIGN_CENTER;
    case TextAlign::right:
      return PANGO_ALIGN_RIGHT;
    case TextAlign::left:
      break;
  }
  return PANGO_ALIGN_LEFT;
}

void set_source(cairo_t* cr, const Rgba& c) {
  cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

}  // namespace

TextBlock::TextBlock(cairo_t* cr, std::string_view utf8, const TextStyle& style,
                     double max_width_pt)
    : style_(style) {
  if (!(style.size_pt > 0)) throw UsageError("text size must be positive");
  PangoContextPtr context(pango_cairo_create_context(cr));
  set_resolution_independent(context.get());
  pango_context_set_language(context.get(), pango_language_from_string(style.language.c_str()));
  layout_.reset(pango_layout_new(context.get()));  // the layout keeps its own reference

  const auto desc = font_description(style);
  pango_layout_set_font_description(layout_.get(), desc.get());
  pango_layout_set_text(layout_.get(), utf8.data(), static_cast<int>(utf8.size()));
  pango_layout_set_line_spacing(layout_.get(), static_cast<float>(style.line_spacing));
  pango_layout_set_alignment(layout_.get(), pango_alignment(style.align));
  if (max_width_pt > 0) {
    pango_layout_set_width(layout_.get(), static_cast<int>(max_width_pt * PANGO_SCALE));
    // Chinese has no spaces: break between characters when a word does not fit.
    pango_layout_set_wrap(layout_.get(), PANGO_WRAP_WORD_CHAR);
    if (style.max_lines > 0) {
      pango_layout_set_ellipsize(layout_.get(), PANGO_ELLIPSIZE_END);
      pango_layout_set_height(layout_.get(), -style.max_lines);
    }
  }
  if (style.letter_spacing_pt != 0 || style.tabular_figures) {
    PangoAttrListPtr attrs(pango_attr_list_new());
    if (style.letter_spacing_pt != 0) {
      pango_attr_list_insert(
          attrs.get(),
          pango_attr_letter_spacing_new(static_cast<int>(style.letter_spacing_pt * PANGO_SCALE)));
    }
    if (style.tabular_figures)
      pango_attr_list_insert(attrs.get(), pango_attr_font_features_new("tnum"));
    pango_layout_set_attributes(layout_.get(), attrs.get());
  }

  // Ink can stick out of the logical box (italic overhang, accents), and the logical box holds
  // the line's ascent and descent: the union is what must not collide with anything.
  PangoRectangle ink, logical;
  pango_layout_get_extents(layout_.get(), &ink, &logical);
  const double x0 = std::min(ink.x, logical.x) / double(PANGO_SCALE);
  const double y0 = std::min(ink.y, logical.y) / double(PANGO_SCALE);
  const double x1 = std::max(ink.x + ink.width, logical.x + logical.width) / double(PANGO_SCALE);
  const double y1 = std::max(ink.y + ink.height, logical.y + logical.height) / double(PANGO_SCALE);
  origin_dx_ = -x0;
  origin_dy_ = -y0;
  width_ = x1 - x0;
  height_ = y1 - y0;
}

int TextBlock::unknown_glyphs() const {
  return pango_layout_get_unknown_glyphs_count(layout_.get());
}

bool TextBlock::ellipsized() const {
  return pango_layout_is_ellipsized(layout_.get()) != 0;
}

void TextBlock::draw(cairo_t* cr, double x, double y) const {
  // The block may have been shaped for another context (measured once, drawn into PNG and PDF):
  // follow this one's transformation and surface.
  PangoLayout* layout = layout_.get();
  pango_cairo_update_layout(cr, layout);
  cairo_save(cr);
  cairo_new_path(cr);
  if (style_.halo_pt > 0 && style_.halo.a > 0) {
    // One stroke over the outlines of all glyphs: a translucent halo does not darken where two
    // glyphs' halos overlap, and the fill below never gets covered by a neighbour's halo.
    cairo_move_to(cr, x + origin_dx_, y + origin_dy_);
    pango_cairo_layout_path(cr, layout);
    cairo_set_line_width(cr, 2 * style_.halo_pt);
    // The halo's outer edge is round and soft: flattening its curves to half a device pixel
    // (Cairo's default is a tenth) cannot be seen and roughly halves the cost of the stroke.
    cairo_set_tolerance(cr, 0.5);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    set_source(cr, style_.halo);
    cairo_stroke(cr);
  }
  // show_layout rather than filling the path: PDF and SVG keep the text as text.
  cairo_move_to(cr, x + origin_dx_, y + origin_dy_);
  set_source(cr, style_.color);
  pango_cairo_show_layout(cr, layout);
  cairo_restore(cr);
  // The path is not part of the saved state: leave no current point behind, or the caller's
  // next cairo_arc would start with a line from here.
  cairo_new_path(cr);
}

std::vector<std::pair<double, double>> measure_sizes(cairo_t* cr, std::string_view utf8,
                                                     const TextStyle& style,
                                                     const std::vector<double>& sizes_pt,
                                                     double max_width_pt) {
  std::vector<std::pair<double, double>> sizes;
  sizes.reserve(sizes_pt.size());
  TextStyle step = style;
  for (double size : sizes_pt) {
    step.size_pt = size;
    const TextBlock block(cr, utf8, step, max_width_pt);
    sizes.emplace_back(block.width(), block.height());
  }
  return sizes;
}

}  // namespace footprint::render
