// Every piece of text a poster draws, with its block and box, so that tests can check that no
// two overlap, none leaves its block and none leaves the page.
#pragma once

#include <cairo.h>

#include <string>
#include <vector>

#include "render/geo/box.hpp"
#include "render/text/text.hpp"

namespace footprint::render {

struct PlacedText {
  std::string block;  ///< "header", "stats", "timeline", "footer", "inset A", …
  Box box;
  std::string text;
};

using TextLog = std::vector<PlacedText>;

/// Draws `block` with its top-left at (x, y) and records it.
void draw_text(cairo_t* cr, const TextBlock& block, double x, double y, const std::string& name,
               const std::string& text, TextLog& log);

}  // namespace footprint::render
