#include "render/poster/placed_text.hpp"

namespace footprint::render {

void draw_text(cairo_t* cr, const TextBlock& block, double x, double y, const std::string& name,
               const std::string& text, TextLog& log) {
  block.draw(cr, x, y);
  log.push_back({name, {x, y, x + block.width(), y + block.height()}, text});
}

}  // namespace footprint::render
