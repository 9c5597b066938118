#include "render/style/style.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "core/json_text.hpp"
#include "core/user_text.hpp"
#include "render/style/installed_fonts.hpp"

namespace footprint::render {
namespace {

using core::Json;
constexpr double kPtPerMm = 72.0 / 25.4;
constexpr std::uintmax_t kMaxStyleBytes = 1 << 20;

// Text for a message: control characters and bytes that are not UTF-8 (a member name can hold
// either) are written as escapes, so that an error is one readable line on any terminal.
std::string printable(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = core::utf8_sequence_length(text, i);
    const auto c = static_cast<unsigned char>(text[i]);
    if (n == 0) {
      out += std::string("\\x") + kHex[c >> 4] + kHex[c & 15];
      ++i;
      continue;
    }
    // C0 controls and DEL, and the C1 controls U+0080..U+009F (0xC2 0x80..0x9F in UTF-8).
    const bool c1 = n == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0;
    if (c < 0x20 || c == 0x7F || c1) {
      const unsigned cp = c1 ? static_cast<unsigned char>(text[i + 1]) : c;
      out += std::string("\\u00") + kHex[cp >> 4] + kHex[cp & 15];
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

// Walks one JSON object, remembering its JSON pointer so that every complaint says where.
// Keys it was asked about are recorded; any other key is refused (a typo must not pass).
class Reader {
 public:
  Reader(const Json& node, std::string pointer) : node_(node), pointer_(std::move(pointer)) {
    if (!node_.is_object()) fail(pointer_, "expected an object");
  }
  ~Reader() = default;
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  /// Throws StyleError "POINTER: WHAT"; the document itself is "/".
  [[noreturn]] static void fail(const std::string& pointer, const std::string& what) {
    const std::string where = pointer.empty() ? "/" : pointer;
    throw StyleError(printable(where) + ": " + printable(what), where);
  }
  std::string at(const std::string& key) const { return pointer_ + "/" + core::pointer_token(key); }
  const Json* find(const std::string& key) {
    known_.insert(key);
    const auto it = node_.find(key);
    return it == node_.end() ? nullptr : &*it;
  }
  /// One line of text, without control characters (it is printed by `footprint styles`).
  std::string text(const std::string& key, std::string fallback) {
    const Json* v = find(key);
    if (v == nullptr) return fallback;
    if (!v->is_string()) fail(at(key), "expected a string");
    std::string value = v->get<std::string>();
    if (const auto problem = core::user_text_problem(value, core::TextLines::single)) {
      fail(at(key), "the text " + problem->substr(0, problem->find("; ")));  // no hint on notes
    }
    return value;
  }
  Rgba color(const std::string& key, Rgba fallback) {
    const Json* v = find(key);
    if (v == nullptr) return fallback;
    if (!v->is_string()) fail(at(key), "expected a colour \"#rrggbb[aa]\"");
    try {
      return parse_color(v->get<std::string>());
    } catch (const Error& error) {
      fail(at(key), error.what());
    }
  }
  double number(const std::string& key, double fallback, double min, double max) {
    const Json* v = find(key);
    if (v == nullptr) return fallback;
    return checked_number(*v, at(key), min, max);
  }
  /// A length given as `<key>_pt` or `<key>_mm`, returned in points. With `positive`, 0 is
  /// refused too.
  double length(const std::string& key, double fallback_pt, double max_pt = 500,
                bool positive = false) {
    const Json* pt = find(key + "_pt");
    const Json* mm = find(key + "_mm");
    if (pt != nullptr && mm != nullptr)
      fail(at(key + "_mm"), "give " + key + " in pt or mm, not both");
    if (pt == nullptr && mm == nullptr) return fallback_pt;
    const std::string pointer = at(key + (pt != nullptr ? "_pt" : "_mm"));
    const double value = pt != nullptr
                             ? checked_number(*pt, pointer, 0, max_pt)
                             : checked_number(*mm, pointer, 0, max_pt / kPtPerMm) * kPtPerMm;
    if (positive && !(value > 0)) fail(pointer, "must be more than 0");
    return value;
  }
  /// An array `<key>_pt` of lengths in points; with `positive`, each must be more than 0.
  std::vector<double> lengths(const std::string& key, std::vector<double> fallback,
                              bool positive = false) {
    const Json* v = find(key + "_pt");
    if (v == nullptr) return fallback;
    if (!v->is_array()) fail(at(key + "_pt"), "expected an array of lengths in points");
    std::vector<double> out;
    for (std::size_t i = 0; i < v->size(); ++i) {
      const std::string pointer = at(key + "_pt") + "/" + std::to_string(i);
      out.push_back(checked_number((*v)[i], pointer, 0, 500));
      if (positive && !(out.back() > 0)) fail(pointer, "must be more than 0");
    }
    return out;
  }
  /// A nested object, or nullptr when absent.
  const Json* object(const std::string& key) { return find(key); }
  void reject_unknown() const {
    for (const auto& [key, value] : node_.items()) {
      if (!known_.contains(key)) fail(at(key), "unknown key " + Json(key).dump());
    }
  }

 private:
  static double checked_number(const Json& v, const std::string& pointer, double min, double max) {
    if (!v.is_number()) fail(pointer, "expected a number");
    const double value = v.get<double>();
    if (!(value >= min && value <= max)) {
      std::ostringstream what;
      what << "must be between " << min << " and " << max;
      fail(pointer, what.str());
    }
    return value;
  }
  const Json& node_;
  std::string pointer_;
  std::set<std::string> known_;
};

LineStyle read_line(Reader& parent, const std::string& key, LineStyle line) {
  const Json* node = parent.object(key);
  if (node == nullptr) return line;
  Reader r(*node, parent.at(key));
  line.color = r.color("color", line.color);
  line.width_pt = r.length("width", line.width_pt, 50);
  line.dash_pt = r.lengths("dash", line.dash_pt);
  double dash_total = 0;
  for (double d : line.dash_pt) dash_total += d;
  if (!line.dash_pt.empty() && !(dash_total > 0)) {
    Reader::fail(r.at("dash_pt"), "a dash pattern needs a length more than 0 (or [] for solid)");
  }
  r.reject_unknown();
  return line;
}

FontStyle read_font(Reader& parent, const std::string& key, FontStyle font) {
  const Json* node = parent.object(key);
  if (node == nullptr) return font;
  Reader r(*node, parent.at(key));
  font.family = r.text("family", font.family);
  if (font.family.find_first_not_of(" ,") == std::string::npos) {
    Reader::fail(r.at("family"), "expected the name of a font family");
  }
  font.size_pt = r.length("size", font.size_pt, 200, true);
  font.weight = static_cast<int>(r.number("weight", font.weight, 100, 1000));
  if (const Json* italic = r.find("italic")) {
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
  const Json* node = parent.object("markers");
  if (node == nullptr) return markers;
  Reader r(*node, parent.at("markers"));
  markers.radius_pt = r.length("radius", markers.radius_pt, 50);
  markers.range_radius_pt = r.length("range_radius", markers.range_radius_pt, 50);
  markers.outline = read_line(r, "outline", markers.outline);
  markers.undated_color = r.color("undated_color", markers.undated_color);
  markers.number = read_font(r, "number", markers.number);
  if (const Json* colors = r.find("month_colors")) {
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

PosterStyle read_poster(Reader& parent, PosterStyle poster) {
  const Json* node = parent.object("poster");
  if (node == nullptr) return poster;
  Reader r(*node, parent.at("poster"));
  poster.paper = r.color("paper", poster.paper);
  poster.ink = r.color("ink", poster.ink);
  poster.muted = r.color("muted", poster.muted);
  poster.accent = r.color("accent", poster.accent);
  poster.rule = read_line(r, "rule", poster.rule);
  const auto family = [&r](const char* key, const std::string& fallback) {
    std::string value = r.text(key, fallback);
    if (value.find_first_not_of(" ,") == std::string::npos) {
      Reader::fail(r.at(key), "expected the name of a font family");
    }
    return value;
  };
  poster.display_family = family("display_family", poster.display_family);
  poster.display_weight =
      static_cast<int>(r.number("display_weight", poster.display_weight, 100, 1000));
  poster.text_family = family("text_family", poster.text_family);
  if (const Json* caps = r.find("title_caps")) {
    if (!caps->is_boolean()) Reader::fail(r.at("title_caps"), "expected true or false");
    poster.title_caps = caps->get<bool>();
  }
  r.reject_unknown();
  return poster;
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
  s.markers.number = {
      "Noto Sans", 6, 700, false, parse_color("#ffffff"), parse_color("#00000000"), 0};
  s.label = {"Noto Sans", 9, 600, false, parse_color("#222222"), parse_color("#ffffffdd"), 1.5};
  s.label_sizes_pt = {9, 8, 7};
  s.reference = {"Noto Sans", 6.5, 400, false, parse_color("#77705f"), parse_color("#f7f3e8cc"), 1};
  s.title = {"Noto Serif", 20, 700, false, parse_color("#222222"), parse_color("#00000000"), 0};
  s.subtitle = {"Noto Sans", 11, 400, false, parse_color("#555555"), parse_color("#00000000"), 0};
  s.legend = {"Noto Sans", 8, 400, false, parse_color("#333333"), parse_color("#00000000"), 0};
  s.credits = {"Noto Sans", 6, 400, false, parse_color("#666666"), parse_color("#ffffffcc"), 1};
  s.scale_text = {"Noto Sans", 7, 400, false, parse_color("#333333"), parse_color("#ffffffcc"),
                  1.2};
  s.scale_bar = {parse_color("#333333"), 1.0, {}};
  s.poster.paper = parse_color("#fbf9f4");
  s.poster.ink = parse_color("#1d1d1d");
  s.poster.muted = parse_color("#6b6b6b");
  s.poster.accent = parse_color("#b03a2e");
  s.poster.rule = {parse_color("#1d1d1d"), 0.4, {}};
  return s;
}

}  // namespace

Style parse_style(const std::string& json_text) {
  Json document;
  try {
    document = core::parse_json_strict(json_text, "style");
  } catch (const JournalError& error) {
    throw StyleError(std::to_string(error.line()) + ":" + std::to_string(error.column()) + ": " +
                         printable(error.what()),
                     "");
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
  s.label_sizes_pt = r.lengths("label_sizes", s.label_sizes_pt, true);
  if (s.label_sizes_pt.empty()) Reader::fail("/label_sizes_pt", "give at least one size");
  s.reference = read_font(r, "reference", s.reference);
  s.title = read_font(r, "title", s.title);
  s.subtitle = read_font(r, "subtitle", s.subtitle);
  s.legend = read_font(r, "legend", s.legend);
  s.credits = read_font(r, "credits", s.credits);
  s.scale_text = read_font(r, "scale_text", s.scale_text);
  s.scale_bar = read_line(r, "scale_bar", s.scale_bar);
  s.poster = read_poster(r, s.poster);
  r.reject_unknown();
  return s;
}

std::filesystem::path styles_dir() {
  return core::styles_dir();
}

namespace {

// Reads a style file whole; a style is a few kilobytes, so anything over kMaxStyleBytes (say
// --style /dev/zero) is refused rather than read into memory without end.
std::string read_style_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw IoError("cannot read style file " + path.string() + ": it is a folder");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read style file " + path.string());
  std::string text;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxStyleBytes) {
      throw StyleError(path.string() + ": a style file is at most 1 MiB; this one is larger", "");
    }
  }
  if (in.bad()) throw IoError("cannot read style file " + path.string());
  return text;
}

// The names in a family list ("Noto Sans, DejaVu Sans": Pango tries them in order).
std::vector<std::string> family_names(const std::string& families) {
  std::vector<std::string> names;
  std::stringstream list(families);
  for (std::string name; std::getline(list, name, ',');) {
    const auto first = name.find_first_not_of(' ');
    if (first == std::string::npos) continue;
    names.push_back(name.substr(first, name.find_last_not_of(' ') - first + 1));
  }
  return names;
}

// A font that is not installed would be drawn in whatever fontconfig substitutes, which is not
// what the style asked for: refused, naming the font. In a family list one installed is enough.
void require_installed_fonts(const Style& s, const std::filesystem::path& path) {
  const std::pair<const char*, const FontStyle*> fonts[] = {{"/markers/number", &s.markers.number},
                                                            {"/label", &s.label},
                                                            {"/reference", &s.reference},
                                                            {"/title", &s.title},
                                                            {"/subtitle", &s.subtitle},
                                                            {"/legend", &s.legend},
                                                            {"/credits", &s.credits},
                                                            {"/scale_text", &s.scale_text}};
  std::vector<std::pair<std::string, std::string>> families;  // pointer, family list
  for (const auto& [pointer, font] : fonts) families.emplace_back(pointer, font->family);
  families.emplace_back("/poster/display_family", s.poster.display_family);
  families.emplace_back("/poster/text_family", s.poster.text_family);
  for (const auto& [pointer, family] : families) {
    const auto names = family_names(family);
    if (std::any_of(names.begin(), names.end(),
                    [](const std::string& name) { return font_family_installed(name); })) {
      continue;
    }
    const std::string where = pointer.ends_with("_family") ? pointer : pointer + "/family";
    throw StyleError(
        path.string() + ": " + where + ": " +
            (names.size() == 1 ? "the font \"" + printable(family) + "\" is not installed"
                               : "none of the fonts \"" + printable(family) + "\" is installed") +
            " (fc-list : family lists the installed fonts)",
        where);
  }
}

}  // namespace

Style load_style(const std::string& name_or_path) {
  const bool is_path = name_or_path.find('/') != std::string::npos ||
                       (name_or_path.size() > 5 && name_or_path.ends_with(".json"));
  const std::filesystem::path path =
      is_path ? std::filesystem::path(name_or_path) : styles_dir() / (name_or_path + ".json");
  std::error_code ec;
  if (!is_path && !std::filesystem::exists(path, ec)) {
    std::string known;
    for (const auto& [name, description] : list_styles())
      known += (known.empty() ? "" : ", ") + name;
    throw UsageError("unknown style \"" + name_or_path + "\" (styles: " + known + ")");
  }
  const std::string text = read_style_file(path);
  Style style;
  try {
    style = parse_style(text);
  } catch (const StyleError& error) {
    // "FILE:LINE:COLUMN: …" for JSON syntax, "FILE: /POINTER: …" for values.
    throw StyleError(path.string() + (error.pointer().empty() ? ":" : ": ") + error.what(),
                     error.pointer());
  }
  require_installed_fonts(style, path);
  return style;
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
