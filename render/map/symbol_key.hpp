// The symbol key of a map: what a marker's colour (month), size (a stay of several days), hollow
// ring (planned), dashed ring (cancelled) and the route line mean, in the reader's language.
// Laid out as a line of items that wraps inside its frame, measured before it is drawn.
#pragma once

#include <cairo.h>

#include <vector>

#include "render/geo/box.hpp"
#include "render/geo/geo_types.hpp"
#include "render/style/style.hpp"
#include "render/text/text.hpp"
#include "render/text/wording.hpp"

namespace footprint::render {

struct KeyItem {
  enum class Symbol { months, range, planned, cancelled, route, track } symbol;
  std::string text;
  Box box;              ///< symbol and text together
  double symbol_w = 0;  ///< width of the symbol part
};

struct SymbolKey {
  Frame frame;
  TextStyle font;
  std::vector<KeyItem> items;  ///< those that fit, in order
  double bottom() const;
};

/// Which symbols the key shows: the month colours always, the others when the map uses them.
struct KeyContent {
  bool ranges = true;
  bool planned = true;
  bool cancelled = true;
  bool routes = true;
  bool tracks = false;
};

/// What a map of these entries shows: ranges, planned and cancelled markers, routes, tracks.
KeyContent key_content(const std::vector<core::Entry>& entries, bool routes);

/// Lays the key out at `font` in `frame`, wrapping items onto further lines; items that do not
/// fit are left out (the caller sizes the frame from key_height()).
SymbolKey layout_symbol_key(cairo_t* cr, const Style& style, const TextStyle& font,
                            Language language, const KeyContent& content, const Frame& frame);

void draw_symbol_key(cairo_t* cr, const SymbolKey& key, const Style& style, Language language);

}  // namespace footprint::render
