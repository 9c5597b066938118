#include "render/page/page_size.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <regex>

#include "core/error.hpp"
#include "core/number_text.hpp"

namespace footprint::render {
namespace {

constexpr double kPtPerMm = 72.0 / 25.4;
constexpr double kPtPerInch = 72.0;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

void check_dpi(double dpi) {
  if (!(dpi >= 10 && dpi <= 2400)) throw UsageError("dpi must be between 10 and 2400");
}

}  // namespace

int PageSize::width_px() const {
  return static_cast<int>(std::lround(width_pt / 72.0 * dpi));
}
int PageSize::height_px() const {
  return static_cast<int>(std::lround(height_pt / 72.0 * dpi));
}

PageSize parse_pixel_size(const std::string& text, double dpi) {
  check_dpi(dpi);
  static const std::regex pattern(R"(([0-9]{2,5})x([0-9]{2,5}))");
  std::smatch match;
  if (!std::regex_match(text, match, pattern)) {
    throw UsageError("invalid size \"" + text +
                     "\": expected WIDTHxHEIGHT in pixels, e.g. 2000x1200");
  }
  const double w = core::parse_decimal(match[1].str()).value_or(0);
  const double h = core::parse_decimal(match[2].str()).value_or(0);
  if (w < 100 || h < 100 || w > 20000 || h > 20000) {
    throw UsageError("invalid size \"" + text + "\": each side must be 100 to 20000 pixels");
  }
  return {w * 72.0 / dpi, h * 72.0 / dpi, dpi};
}

PageSize parse_paper(const std::string& text, double dpi, bool landscape) {
  check_dpi(dpi);
  static const std::map<std::string, std::pair<double, double>> named_mm = {
      {"a5", {148, 210}},         {"a4", {210, 297}},        {"a3", {297, 420}},
      {"a2", {420, 594}},         {"a1", {594, 841}},        {"a0", {841, 1189}},
      {"letter", {215.9, 279.4}}, {"legal", {215.9, 355.6}}, {"tabloid", {279.4, 431.8}}};
  const std::string key = lower(text);
  double w = 0, h = 0;
  if (const auto it = named_mm.find(key); it != named_mm.end()) {
    w = it->second.first * kPtPerMm;
    h = it->second.second * kPtPerMm;
  } else {
    static const std::regex pattern(R"(([0-9]+(?:\.[0-9]+)?)x([0-9]+(?:\.[0-9]+)?)(mm|in))");
    std::smatch match;
    if (!std::regex_match(key, match, pattern)) {
      throw UsageError("invalid paper \"" + text +
                       "\": expected A5…A0, Letter, Legal, Tabloid, or WxHmm / WxHin");
    }
    const double unit = match[3].str() == "mm" ? kPtPerMm : kPtPerInch;
    // A side too long for a double is out of range like any other too long side.
    w = core::parse_decimal(match[1].str()).value_or(1e300) * unit;
    h = core::parse_decimal(match[2].str()).value_or(1e300) * unit;
    if (w < 36 || h < 36 || w > 14400 || h > 14400) {
      throw UsageError("invalid paper \"" + text + "\": each side must be 0.5 to 200 inches");
    }
  }
  if (landscape != (w > h)) std::swap(w, h);
  return {w, h, dpi};
}

}  // namespace footprint::render
