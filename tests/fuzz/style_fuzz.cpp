// Fuzz target: the style loader. Any bytes give a Style or a StyleError, never another exception
// or a crash. A value error names a JSON pointer that exists in the document and starts its
// message; a syntax error (empty pointer) says LINE:COLUMN as the strict JSON parser does. Every
// message is one line of printable UTF-8. An accepted style holds only values the renderer can
// draw with: finite lengths in range, positive font sizes, colours in 0..1, dash patterns that
// are solid or have a length.
#include <cmath>
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "core/json_text.hpp"
#include "core/user_text.hpp"
#include "fuzz_check.hpp"
#include "render/style/style.hpp"

namespace {

using footprint::render::FontStyle;
using footprint::render::LineStyle;
using footprint::render::Rgba;
using footprint::render::Style;

bool in_range(double v, double min, double max) {
  return v >= min && v <= max;
}

void check_color(const Rgba& c) {
  FUZZ_CHECK(
      in_range(c.r, 0, 1) && in_range(c.g, 0, 1) && in_range(c.b, 0, 1) && in_range(c.a, 0, 1),
      "colour channels are in 0..1");
}

void check_line(const LineStyle& line) {
  check_color(line.color);
  FUZZ_CHECK(in_range(line.width_pt, 0, 50), "a line width is in 0..50 pt");
  double total = 0;
  for (double d : line.dash_pt) {
    FUZZ_CHECK(in_range(d, 0, 500), "a dash length is in 0..500 pt");
    total += d;
  }
  FUZZ_CHECK(line.dash_pt.empty() || total > 0, "a dash pattern has a length");
}

void check_font(const FontStyle& font) {
  FUZZ_CHECK(font.family.find_first_not_of(" ,") != std::string::npos, "a font has a family");
  FUZZ_CHECK(!footprint::core::user_text_problem(font.family, footprint::core::TextLines::single),
             "a family name is printable text");
  FUZZ_CHECK(font.size_pt > 0 && font.size_pt <= 200, "a font size is in (0, 200] pt");
  FUZZ_CHECK(font.weight >= 100 && font.weight <= 1000, "a font weight is in 100..1000");
  FUZZ_CHECK(in_range(font.halo_pt, 0, 10), "a halo is in 0..10 pt");
  check_color(font.color);
  check_color(font.halo);
}

void check_style(const Style& s) {
  for (const std::string* text : {&s.name, &s.description}) {
    FUZZ_CHECK(!footprint::core::user_text_problem(*text, footprint::core::TextLines::single),
               "name and description are printable text");
  }
  FUZZ_CHECK(in_range(s.margin_mm, 0, 200 * 25.4 / 72 + 1e-9), "the margin is in range");
  for (const Rgba* c : {&s.background, &s.ocean, &s.land, &s.lakes}) check_color(*c);
  for (const LineStyle* l : {&s.coast, &s.borders, &s.states, &s.graticule, &s.frame, &s.route,
                             &s.track, &s.extra_layer, &s.scale_bar, &s.markers.outline}) {
    check_line(*l);
  }
  FUZZ_CHECK(in_range(s.markers.radius_pt, 0, 50) && in_range(s.markers.range_radius_pt, 0, 50),
             "marker radii are in 0..50 pt");
  for (const Rgba& c : s.markers.month_colors) check_color(c);
  check_color(s.markers.undated_color);
  for (const FontStyle* f : {&s.markers.number, &s.label, &s.reference, &s.title, &s.subtitle,
                             &s.legend, &s.credits, &s.scale_text}) {
    check_font(*f);
  }
  FUZZ_CHECK(!s.label_sizes_pt.empty(), "there is a label size");
  for (double size : s.label_sizes_pt) {
    FUZZ_CHECK(size > 0 && size <= 500, "label sizes are in (0, 500] pt");
  }
}

void check_error(const std::string& text, const footprint::StyleError& error) {
  const std::string message = error.what();
  FUZZ_CHECK(!message.empty(), "an error says something");
  FUZZ_CHECK(!footprint::core::user_text_problem(message, footprint::core::TextLines::single),
             "an error message is one line of printable UTF-8");
  const std::string& pointer = error.pointer();
  footprint::core::Json document;
  try {
    document = footprint::core::parse_json_strict(text, "fuzz");
  } catch (const footprint::JournalError& syntax) {
    FUZZ_CHECK(pointer.empty(), "a syntax error has no JSON pointer");
    const std::string where =
        std::to_string(syntax.line()) + ":" + std::to_string(syntax.column()) + ": ";
    FUZZ_CHECK(message.starts_with(where), "a syntax error starts with LINE:COLUMN");
    return;
  }
  FUZZ_CHECK(!pointer.empty() && pointer.front() == '/', "a value error has a JSON pointer");
  if (pointer != "/") {
    bool exists = false;
    try {
      exists = document.contains(footprint::core::Json::json_pointer(pointer));
    } catch (const footprint::core::Json::exception&) {
      FUZZ_CHECK(false, "the JSON pointer of an error is well-formed");
    }
    FUZZ_CHECK(exists, "the JSON pointer of an error names a value of the document");
  }
  const bool printable_pointer =
      !footprint::core::user_text_problem(pointer, footprint::core::TextLines::single);
  FUZZ_CHECK(!printable_pointer || message.starts_with(pointer + ": "),
             "an error message starts with its JSON pointer");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    check_style(footprint::render::parse_style(text));
  } catch (const footprint::StyleError& error) {
    check_error(text, error);
  } catch (const std::exception&) {
    FUZZ_CHECK(false, "the style loader throws StyleError and nothing else");
  }
  return 0;
}
