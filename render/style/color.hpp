// A colour with alpha, as Cairo takes it, and its parsing from the "#rrggbb[aa]" text of styles.
#pragma once

#include <string_view>

namespace footprint::render {

/// Red, green, blue and alpha, each in 0..1 (Cairo's convention).
struct Rgba {
  double r = 0;
  double g = 0;
  double b = 0;
  double a = 1.0;
  bool operator==(const Rgba&) const = default;
};

/// Parses "#rrggbb" or "#rrggbbaa" (hex digits in either case); throws UsageError on other text.
Rgba parse_color(std::string_view text);

}  // namespace footprint::render
