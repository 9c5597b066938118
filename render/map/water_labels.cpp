#include "render/map/water_labels.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <set>

#include "core/error.hpp"
#include "render/map/map_labels.hpp"
#include "render/text/text.hpp"

namespace footprint::render {
namespace {

// A few names are context; more would compete with the journal.
constexpr std::size_t kMaxWaterLabels = 5;
constexpr double kEarthCircumferenceKm = 40075;
// Where a name may stand round its point, in its own widths and heights: centred, then a line
// above or below, then half its width to either side.
constexpr std::pair<double, double> kTries[] = {{0, 0},    {0, -1.2},    {0, 1.2},
                                                {-0.5, 0}, {0.5, 0},     {0, -2.4},
                                                {0, 2.4},  {-0.5, -1.2}, {0.5, 1.2}};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

bool parse_double(const std::string& text, double& out) {
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc() && ptr == end && std::isfinite(out);
}

WaterName::Kind parse_kind(const std::string& text, bool& ok) {
  ok = true;
  if (text == "ocean") return WaterName::Kind::ocean;
  if (text == "sea") return WaterName::Kind::sea;
  ok = text == "lake";
  return WaterName::Kind::lake;
}

// A deeper shade of the water it names on light water, a paler one on dark water (the night
// styles): readable on it, quieter than the journal's ink.
Rgba water_ink(const Rgba& water) {
  const double luminance = 0.2126 * water.r + 0.7152 * water.g + 0.0722 * water.b;
  if (luminance > 0.5) return {water.r * 0.45, water.g * 0.55, water.b * 0.7, 0.9};
  return {water.r + (1 - water.r) * 0.45, water.g + (1 - water.g) * 0.5,
          water.b + (1 - water.b) * 0.6, 0.8};
}

}  // namespace

std::vector<WaterName> read_water_names(const std::filesystem::path& data_dir) {
  const std::filesystem::path path = data_dir / "water" / "water_names.tsv";
  std::ifstream in(path);
  if (!in) return {};
  std::vector<WaterName> out;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string> f = split_tabs(line);
    WaterName w;
    bool kind_ok = false;
    if (f.size() == 7) w.kind = parse_kind(f[0], kind_ok);
    if (!kind_ok || !parse_double(f[1], w.min_span_km) || !parse_double(f[2], w.max_span_km) ||
        !parse_double(f[3], w.at.lon) || !parse_double(f[4], w.at.lat) || f[5].empty()) {
      throw Error(path.string() + ":" + std::to_string(number) +
                  ": expected kind, min_span_km, max_span_km, lon, lat, name and name_zh "
                  "separated by tabs");
    }
    w.name = f[5];
    w.name_zh = f[6];
    out.push_back(std::move(w));
  }
  return out;
}

double frame_span_km(const MapPlan& plan) {
  if (plan.choice.scale == MapScale::world) return kEarthCircumferenceKm;
  const Frame& f = plan.viewport.frame();
  return std::hypot(f.width, f.height) / plan.viewport.scale() / 1000;
}

FontStyle water_font(const Style& style) {
  FontStyle f = style.reference;
  f.italic = true;
  f.weight = 400;
  f.size_pt = style.reference.size_pt * 1.1;
  f.color = water_ink(style.ocean);
  f.halo = style.ocean;
  f.halo.a = 0;
  f.halo_pt = 0;
  return f;
}

std::vector<AreaLabel> place_water_labels(cairo_t* cr, const MapPlan& plan,
                                          const std::vector<Box>& taken_before,
                                          const std::vector<Path>& lines, const Style& style,
                                          bool chinese, const std::filesystem::path& data_dir) {
  if (style.reference.color.a <= 0 || style.ocean.a <= 0) return {};
  const std::vector<WaterName> names = read_water_names(data_dir);
  if (names.empty()) return {};
  const std::unique_ptr<core::AdminAreas> areas = open_admin_areas(data_dir);
  const double span = frame_span_km(plan);
  const Frame& f = plan.viewport.frame();
  const Box inside = Box{f.x, f.y, f.right(), f.bottom()}.inflated(-6);
  const auto& cap = plan.projection.visible_cap();
  const auto off_land = [&](XY page) {
    if (!areas) return true;
    const auto lonlat = plan.projection.inverse(plan.viewport.to_metres(page));
    return lonlat && !areas->region_at(*lonlat);
  };
  const TextStyle font = text_style(water_font(style));
  std::vector<Box> taken = taken_before;
  std::set<std::string> named;
  std::vector<AreaLabel> out;
  for (const WaterName& w : names) {
    if (out.size() >= kMaxWaterLabels) break;
    if (span < w.min_span_km || span > w.max_span_km) continue;
    const std::string& text = chinese && !w.name_zh.empty() ? w.name_zh : w.name;
    if (named.contains(text)) continue;
    if (cap && !cap_contains(*cap, w.at)) continue;
    const auto metres = plan.projection.forward(w.at);
    if (!metres) continue;
    const XY c = plan.viewport.to_page(*metres);
    if (inside.distance2_to(c.x, c.y) > 0) continue;
    const TextBlock block(cr, text, font);
    for (const auto& [dx, dy] : kTries) {
      const double x = c.x + dx * block.width(), y = c.y + dy * block.height();
      const Box box{x - block.width() / 2, y - block.height() / 2, x + block.width() / 2,
                    y + block.height() / 2};
      if (!box.inside(inside) || !area_is_free(box, taken, lines)) continue;
      // An ocean's or a sea's name lies on the water: no corner of it on land.
      if (w.kind != WaterName::Kind::lake &&
          !(off_land({box.x0, box.y0}) && off_land({box.x1, box.y0}) &&
            off_land({box.x0, box.y1}) && off_land({box.x1, box.y1}))) {
        continue;
      }
      out.push_back({text, box});
      taken.push_back(box);
      named.insert(text);
      break;
    }
  }
  return out;
}

void draw_water_labels(cairo_t* cr, const std::vector<AreaLabel>& labels, const Style& style) {
  draw_names(cr, labels, water_font(style));
}

}  // namespace footprint::render
