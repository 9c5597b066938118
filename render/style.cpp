#include "render/style.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/error.hpp"

namespace footprint::render {
namespace {

using nlohmann::json;
constexpr double kPtPerMm = 72.0 / 25.4;

// Walks one JSON object, remembering its JSON pointer so that every complaint says where.
// Keys it was asked about are recorded; any other key is refused (a typo must not pass).
class Reader {
 public:
  Reader(const json& node, std::string pointer) : node_(node), pointer_(std::move(pointer)) {
    if (!node_.is_object()) fail(pointer_, "expected an object");
  }
  ~Reader() = default;
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  [[noreturn]] static void fail(const std::string& pointer, const std::string& what) {
    throw StyleError((pointer.empty() ? "/" : pointer) + ": " + what, pointer.empty() ? "/" : pointer);
  }
  std::string at(const std::string& key) const { return pointer_ + "/" + key; }
  const json* find(const std::string& key) {
    known_.insert(key);
    const auto it = node_.find(key);
    return it == node_.end() ? nullptr : &*it;
  }
  std::string text(const std::string& key, std::string fallback) {
    const json* v = find(key);
    if (v == nullptr) return fallback;
    if (!v->is_string()) fail(at(key), "expected a string");
    return v->get<std::string>();
  }
  Rgba color(const std::string& key, Rgba fallback) {
    const json* v = find(key);
    if (v == nullptr) return fallback;
    if (!v->is_string()) fail(at(key), "expected a colour \"#rrggbb[aa]\"");
    try {
      return parse_color(v->get<std::string>());
    } catch (const Error& error) {
      fail(at(key), error.what());
    }
  }
  double number(const std::string& key, double fallback, double min, double max) {
    const json* v = find(key);
    if (v == nullptr) return fallback;
    return checked_number(*v, at(key), min, max);
  }
  /// A length given as `<key>_pt` or `<key>_mm`, returned in points.
  double length(const std::string& key, double fallback_pt, double max_pt = 500) {
    const json* pt = find(key + "_pt");
    const json* mm = find(key + "_mm");
    if (pt != nullptr && mm != nullptr) fail(at(key + "_mm"), "give " + key + " in pt or mm, not both");
    if (pt != nullptr) return checked_number(*pt, at(key + "_pt"), 0, max_pt);
    if (mm != nullptr) return checked_number(*mm, at(key + "_mm"), 0, max_pt / kPtPerMm) * kPtPerMm;
    return fallback_pt;
  }
  std::vector<double> lengths(const std::string& key, std::vector<double> fallback) {
    const json* v = find(key + "_pt");
    if (v == nullptr) return fallback;
    if (!v->is_array()) fail(at(key + "_pt"), "expected an array of lengths in points");
    std::vector<double> out;
    for (std::size_t i = 0; i < v->size(); ++i) {
      out.push_back(checked_number((*v)[i], at(key + "_pt") + "/" + std::to_string(i), 0, 500));
    }
    return out;
  }
  /// A nested object, or nullptr when absent.
  const json* object(const std::string& key) { return find(key); }
  void reject_unknown() const {
    for (const auto& [key, value] : node_.items()) {
      if (!known_.contains(key)) fail(at(key), "unknown key \"" + key + "\"");
    }
  }

 private:
  static double checked_number(const json& v, const std::string& pointer, double min, double max) {
    if (!v.is_number()) fail(pointer, "expected a number");
    const double value = v.get<double>();
    if (value < min || value > max) {
      std::ostringstream what;
      what << "must be between " << min << " and " << max;
      fail(pointer, what.str());
    }
    return value;
  }
  const json& node_;
  std::string pointer_;
  std::set<std::string> known_;
};

LineStyle read_line(Reader& parent, const std::string& key, LineStyle line) {
  const json* node = parent.object(key);
  if (node == nullptr) return line;
  Reader r(*node, parent.at(key));
  line.color = r.color("color", line.color);
  line.width_pt = r.length("width", line.width_pt, 50);
  line.dash_pt = r.lengths("dash", line.dash_pt);
  r.reject_unknown();
  return line;
}

FontStyle read_font(Reader& parent, const std::string& key, FontStyle font) {
  const json* node = parent.object(key);
  if (node == nullptr) return font;
  Reader r(*node, parent.at(key));
  font.family = r.text("family", font.family);
  font.size_pt = r.length("size", font.size_pt, 200);
  if (font.size_pt <= 0) Reader::fail(r.at("size_pt"), "must be positive");
  font.weight = static_cast<int>(r.number("weight", font.weight, 100, 1000));
  if (const json* italic = r.find("italic")) {
    if (!italic->is_boolean()) Reader::fail(r.at("italic"), "expected true or false");
    font.italic = italic->get<bool>();
  }
  font.color = r.color("color", font.color);
  font.halo = r.color("halo", font.halo);
  font.halo_pt = r.length("halo", font.halo_pt, 10);
  r.reject_unknown();
  return font;
}

MarkerStyle read_markers(Reader& parent, MarkerStyle markers) {
  const json* node = parent.object("markers");
  if (node == nullptr) return markers;
  Reader r(*node, parent.at("markers"));
  markers.radius_pt = r.length("radius", markers.radius_pt, 50);
  markers.range_radius_pt = r.length("range_radius", markers.range_radius_pt, 50);
  markers.outline = read_line(r, "outline", markers.outline);
  markers.undated_color = r.color("undated_color", markers.undated_color);
  markers.number = read_font(r, "number", markers.number);
  if (const json* colors = r.find("month_colors")) {
    if (!colors->is_array() || colors->size() != 12) {
      Reader::fail(r.at("month_colors"), "expected an array of 12 colours, January first");
    }
    for (std::size_t i = 0; i < 12; ++i) {
      const std::string pointer = r.at("month_colors") + "/" + std::to_string(i);
      if (!(*colors)[i].is_string()) Reader::fail(pointer, "expected a colour \"#rrggbb[aa]\"");
      try {
        markers.month_colors[i] = parse_color((*colors)[i].get<std::string>());
      } catch (const Error& error) {
        Reader::fail(pointer, error.what());
      }
    }
  }
  r.reject_unknown();
  return markers;
}

Style default_style() {
  Style s;
  s.name = "default";
  s.background = {1, 1, 1, 1};
  s.ocean = parse_color("#d4e6f1");
  s.land = parse_color("#f7f3e8");
  s.lakes = s.ocean;
  s.coast = {parse_color("#8fb3c9"), 0.5, {}};
  s.borders = {parse_color("#b9a98c"), 0.6, {}};
  s.states = {parse_color("#cfc2a8"), 0.35, {2, 1.5}};
  s.graticule = {parse_color("#ffffff99"), 0.4, {}};
  s.frame = {parse_color("#444444"), 0.75, {}};
  s.route = {parse_color("#c0392bcc"), 1.2, {}};
  s.track = {parse_color("#8e44adcc"), 1.5, {}};
  s.extra_layer = {parse_color("#2e7d32"), 0.8, {}};
  s.markers.outline = {parse_color("#ffffff"), 1.0, {}};
  s.markers.month_colors.fill(parse_color("#c0392b"));
  s.markers.undated_color = parse_color("#7f8c8d");
  s.markers.number = {"Noto Sans", 6, 700, false, parse_color("#ffffff"), parse_color("#00000000"), 0};
  s.label = {"Noto Sans", 9, 600, false, parse_color("#222222"), parse_color("#ffffffdd"), 1.5};
  s.label_sizes_pt = {9, 8, 7};
  s.title = {"Noto Serif", 20, 700, false, parse_color("#222222"), parse_color("#00000000"), 0};
  s.subtitle = {"Noto Sans", 11, 400, false, parse_color("#555555"), parse_color("#00000000"), 0};
  s.legend = {"Noto Sans", 8, 400, false, parse_color("#333333"), parse_color("#00000000"), 0};
  s.credits = {"Noto Sans", 6, 400, false, parse_color("#666666"), parse_color("#ffffffcc"), 1};
  s.scale_text = {"Noto Sans", 7, 400, false, parse_color("#333333"), parse_color("#ffffffcc"), 1.2};
  s.scale_bar = {parse_color("#333333"), 1.0, {}};
  return s;
}

}  // namespace

Style parse_style(const std::string& json_text) {
  json document;
  try {
    document = json::parse(json_text);
  } catch (const json::parse_error& error) {
    throw StyleError(std::string("not valid JSON: ") + error.what(), "");
  }
  Style s = default_style();
  Reader r(document, "");
  s.name = r.text("name", s.name);
  s.description = r.text("description", s.description);
  s.background = r.color("background", s.background);
  s.margin_mm = r.length("margin", s.margin_mm * kPtPerMm, 200) / kPtPerMm;
  s.ocean = r.color("ocean", s.ocean);
  s.land = r.color("land", s.land);
  s.lakes = r.color("lakes", s.lakes);
  s.coast = read_line(r, "coast", s.coast);
  s.borders = read_line(r, "borders", s.borders);
  s.states = read_line(r, "states", s.states);
  s.graticule = read_line(r, "graticule", s.graticule);
  s.frame = read_line(r, "frame", s.frame);
  s.route = read_line(r, "route", s.route);
  s.track = read_line(r, "track", s.track);
  s.extra_layer = read_line(r, "extra_layer", s.extra_layer);
  s.markers = read_markers(r, s.markers);
  s.label = read_font(r, "label", s.label);
  s.label_sizes_pt = r.lengths("label_sizes", s.label_sizes_pt);
  if (s.label_sizes_pt.empty()) Reader::fail("/label_sizes_pt", "give at least one size");
  s.title = read_font(r, "title", s.title);
  s.subtitle = read_font(r, "subtitle", s.subtitle);
  s.legend = read_font(r, "legend", s.legend);
  s.credits = read_font(r, "credits", s.credits);
  s.scale_text = read_font(r, "scale_text", s.scale_text);
  s.scale_bar = read_line(r, "scale_bar", s.scale_bar);
  r.reject_unknown();
  return s;
}

std::filesystem::path styles_dir() {
  if (const char* env = std::getenv("FOOTPRINT_STYLES_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  return FOOTPRINT_STYLES_DIR;
}

Style load_style(const std::string& name_or_path) {
  const bool is_path = name_or_path.find('/') != std::string::npos ||
                       (name_or_path.size() > 5 && name_or_path.ends_with(".json"));
  const std::filesystem::path path =
      is_path ? std::filesystem::path(name_or_path) : styles_dir() / (name_or_path + ".json");
  std::ifstream in(path);
  if (!in) {
    if (is_path) throw IoError("cannot read style file " + path.string());
    std::string known;
    for (const auto& [name, description] : list_styles()) known += (known.empty() ? "" : ", ") + name;
    throw UsageError("unknown style \"" + name_or_path + "\" (styles: " + known + ")");
  }
  std::stringstream text;
  text << in.rdbuf();
  try {
    return parse_style(text.str());
  } catch (const StyleError& error) {
    throw StyleError(path.string() + ": " + error.what(), error.pointer());
  }
}

std::vector<std::pair<std::string, std::string>> list_styles() {
  std::vector<std::pair<std::string, std::string>> out;
  std::error_code ec;
  for (const auto& file : std::filesystem::directory_iterator(styles_dir(), ec)) {
    if (file.path().extension() != ".json") continue;
    std::string description;
    try {
      description = load_style(file.path().string()).description;
    } catch (const Error& error) {
      description = std::string("(invalid: ") + error.what() + ")";
    }
    out.emplace_back(file.path().stem().string(), description);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace footprint::render
