#include "render/style/color.hpp"

#include <string>

#include "core/error.hpp"

namespace footprint::render {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

Rgba parse_color(std::string_view text) {
  const auto fail = [&] {
    return UsageError("not a colour: \"" + std::string(text) +
                      "\" (expected #rrggbb or #rrggbbaa)");
  };
  if ((text.size() != 7 && text.size() != 9) || text.front() != '#') throw fail();
  double channels[4] = {0, 0, 0, 1.0};
  for (std::size_t i = 1, k = 0; i < text.size(); i += 2, ++k) {
    const int hi = hex_digit(text[i]);
    const int lo = hex_digit(text[i + 1]);
    if (hi < 0 || lo < 0) throw fail();
    channels[k] = (hi * 16 + lo) / 255.0;
  }
  return {channels[0], channels[1], channels[2], channels[3]};
}

}  // namespace footprint::render
