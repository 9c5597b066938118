// `footprint map`: draws the journal (or the entries a filter selects) over the offline basemap
// into a PNG, SVG or PDF file.
#include <iostream>
#include <regex>

#include "cli/commands.hpp"
#include "cli/query_options.hpp"
#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "core/journal_file.hpp"
#include "core/number_text.hpp"
#include "core/query.hpp"
#include "render/page/map_page.hpp"
#include "render/page/map_report.hpp"

namespace footprint::cli {
namespace {

struct MapOptions {
  std::string output;
  std::string size, paper;
  double dpi = 0;
  bool landscape = false;
  std::string style = "atlas";
  std::string bbox, centre, projection, outliers = "drop", units = "km";
  double radius_km = 0;
  std::vector<std::string> layers;
  std::string title, subtitle;
  bool no_title = false, no_key = false;
  std::string report;
  std::string lang = "en";
  bool no_routes = false;
  // Filters, as `footprint list` takes them.
  std::optional<int> year;
  std::string from, to, trip, status, text;
  std::vector<std::string> tags;
};

std::vector<double> parse_numbers(const std::string& text, std::size_t count,
                                  const std::string& what) {
  static const std::regex number(R"(\s*(-?[0-9]+(?:\.[0-9]+)?)\s*)");
  std::vector<double> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = text.find(',', start);
    const std::string part =
        text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    std::smatch m;
    if (!std::regex_match(part, m, number)) break;
    const auto value = core::parse_decimal(m[1].str());
    if (!value) break;  // too many digits for a double
    out.push_back(*value);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  if (out.size() != count) throw UsageError("invalid " + what + " \"" + text + "\"");
  return out;
}

render::LonLatBox parse_bbox(const std::string& text) {
  if (text == "world") return {-180, -90, 180, 90};
  const auto v =
      parse_numbers(text, 4, "--bbox (expected WEST,SOUTH,EAST,NORTH in degrees, or world)");
  if (v[1] >= v[3] || v[1] < -90 || v[3] > 90 || std::abs(v[0]) > 180 || std::abs(v[2]) > 180) {
    throw UsageError("invalid --bbox \"" + text + "\": south must be below north, within ±90/±180");
  }
  // WEST > EAST is a box across the antimeridian (e.g. 160,-25,-170,10 for Fiji).
  return {v[0], v[1], v[2], v[3]};
}

render::PageSize page_size(const MapOptions& o) {
  if (!o.size.empty() && !o.paper.empty()) throw UsageError("give --size or --paper, not both");
  if (!o.paper.empty()) return render::parse_paper(o.paper, o.dpi > 0 ? o.dpi : 300, o.landscape);
  return render::parse_pixel_size(o.size.empty() ? "2000x1200" : o.size, o.dpi > 0 ? o.dpi : 144);
}

render::MapRequest make_request(const MapOptions& o, std::vector<core::Entry> entries) {
  render::MapRequest r;
  r.entries = std::move(entries);
  if (!o.bbox.empty()) r.bbox = parse_bbox(o.bbox);
  if (!o.centre.empty()) {
    if (r.bbox) throw UsageError("give --bbox or --center, not both");
    const auto v = parse_numbers(o.centre, 2, "--center (expected LON,LAT in degrees)");
    if (std::abs(v[0]) > 180 || std::abs(v[1]) > 90)
      throw UsageError("invalid --center \"" + o.centre + "\"");
    if (o.radius_km <= 0) throw UsageError("--center needs --radius KM");
    r.centre = core::LonLat{v[0], v[1]};
    r.radius_km = o.radius_km;
  }
  if (!o.projection.empty()) r.projection = o.projection;
  r.outliers = o.outliers == "keep" ? render::OutlierPolicy::keep : render::OutlierPolicy::drop;
  r.routes = !o.no_routes;
  for (const auto& spec : o.layers) r.extra_layers.push_back(render::VectorSource::parse(spec));
  r.units = o.units == "mi" ? render::DistanceUnit::mi : render::DistanceUnit::km;
  return r;
}

void add_filter_options(CLI::App* c, MapOptions& o) {
  c->add_option("--year,-y", o.year, "Entries in this year")->check(CLI::Range(1, 9999));
  c->add_option("--from", o.from, "Entries on or after this date");
  c->add_option("--to", o.to, "Entries on or before this date");
  c->add_option("--tag", o.tags, "Entries with this tag (repeat: all must match)")
      ->allow_extra_args(false);
  c->add_option("--trip", o.trip, "Entries of this trip");
  c->add_option("--status,-s", o.status, "visited, planned or cancelled");
  c->add_option("--search,-q", o.text, "Text in id, title, place, notes, tags or trip");
}

void add_map_options(CLI::App* c, MapOptions& o) {
  c->add_option("--output,-o", o.output, "Output file: .png, .svg or .pdf")->required();
  c->add_option("--size", o.size, "Size in pixels, WIDTHxHEIGHT (default 2000x1200)");
  c->add_option("--paper", o.paper, "Paper size: A4, A3, Letter, 300x200mm, 11x8.5in");
  c->add_flag("--landscape", o.landscape, "Paper with the long side across");
  c->add_option("--dpi", o.dpi,
                "Pixels per inch for PNG (default 144 with --size, 300 with --paper)");
  c->add_option("--style", o.style, "Style name (see `footprint styles`) or a style .json file");
  c->add_option("--bbox", o.bbox, "Extent WEST,SOUTH,EAST,NORTH in degrees, or world");
  c->add_option("--center", o.centre, "Centre LON,LAT of the map (with --radius)");
  c->add_option("--radius", o.radius_km, "Radius in km around --center")
      ->check(CLI::Range(1.0, 20000.0));
  c->add_option("--projection", o.projection,
                "EPSG code or PROJ string (default: chosen for the extent)");
  c->add_option("--outliers", o.outliers,
                "keep: frame every place; drop: leave far-away ones out of the frame")
      ->check(CLI::IsMember({"keep", "drop"}));
  c->add_option("--layer", o.layers, "Extra vector layer FILE[:LAYER] (any format GDAL reads)")
      ->allow_extra_args(false);
  c->add_option("--title", o.title,
                "Title above the map (default: the year or dates, and the trip)");
  c->add_flag("--no-title", o.no_title, "No title");
  c->add_flag("--no-key", o.no_key, "No symbol key under the map");
  c->add_option("--report", o.report,
                "Also write what the map drew as JSON: markers, labels, legend, furniture");
  c->add_option("--lang", o.lang, "Language of the key and counts: en or zh")
      ->check(CLI::IsMember({"en", "zh"}));
  c->add_option("--subtitle", o.subtitle, "Subtitle under the title");
  c->add_option("--units", o.units, "Scale bar units: km or mi")
      ->check(CLI::IsMember({"km", "mi"}));
  c->add_flag("--no-routes", o.no_routes, "Do not join consecutive places with great circles");
}

// Pages lower than this (400x300 pixels is 150 pt) get no default title.
constexpr double kSmallPagePt = 300;

// The year of the entries, or their span of years or the dates asked for, and the trip.
std::string default_title(const MapOptions& o, const std::vector<core::Entry>& entries) {
  std::string when;
  if (o.year) {
    when = std::to_string(*o.year);
  } else if (!o.from.empty() || !o.to.empty()) {
    when = (o.from.empty() ? "…" : o.from) + " – " + (o.to.empty() ? "…" : o.to);
  } else {
    int first = 0, last = 0;
    for (const core::Entry& e : entries) {
      if (!e.date) continue;
      const int end = e.end ? e.end->year() : e.date->year();
      first = first == 0 ? e.date->year() : std::min(first, e.date->year());
      last = std::max(last, end);
    }
    if (first > 0)
      when = first == last ? std::to_string(first)
                           : std::to_string(first) + " – " + std::to_string(last);
  }
  if (o.trip.empty()) return when;
  return when.empty() ? o.trip : o.trip + " · " + when;
}

// What became of the entries: drawn (alone or in group markers), labelled, listed in the
// legend, left off the frame.
void report_counts(const std::string& output, std::size_t entries, const render::MapDrawing& d) {
  std::size_t labelled = 0, off = 0, grouped = 0, groups = 0, listed = 0;
  for (std::size_t k = 0; k < d.layout.labels.placements.size(); ++k) {
    if (!d.layout.labels.placements[k].placed) continue;
    for (std::size_t i : d.layout.labels.named[k])
      labelled += d.layout.markers[i].is_group() ? 0 : 1;
  }
  for (const render::MapPlace& p : d.plan.places) off += p.in_frame ? 0 : 1;
  for (const render::MarkerSpot& m : d.layout.markers) {
    if (!m.is_group()) continue;
    ++groups;
    grouped += m.count();
  }
  for (const render::LegendItem& item : d.legend_items) listed += item.group_count == 0 ? 1 : 0;
  std::cerr << "footprint: " << output << ": " << entries
            << (entries == 1 ? " entry: " : " entries: ") << d.layout.places_drawn() << " drawn";
  if (groups > 0) {
    std::cerr << " (" << grouped << " of them in " << groups
              << (groups == 1 ? " group marker)" : " group markers)");
  }
  std::cerr << ", " << labelled << " labelled, " << listed << " in the legend";
  if (d.legend.more > 0) std::cerr << " (" << d.legend.more << " of them counted in its last line)";
  std::cerr << ", " << off << " off the map\n";
}

}  // namespace

void register_map_command(CLI::App& app, Globals& globals) {
  auto o = std::make_shared<MapOptions>();
  CLI::App* c = app.add_subcommand("map", "Draw the journal on an offline map (PNG, SVG or PDF)");
  add_map_options(c, *o);
  add_filter_options(c, *o);
  c->footer(
      "Examples:\n"
      "  footprint map --year 2024 -o 2024.png --title \"2024\"\n"
      "  footprint map --trip bay-area-2024 --style night -o bay.svg\n"
      "  footprint map --paper A4 --landscape --bbox world -o world.pdf");
  c->callback([o, &globals] {
    const render::PageSize size = page_size(*o);
    const render::Style style = render::load_style(o->style);
    const core::Journal journal = core::JournalFile(journal_path(globals)).load();
    const auto entries =
        core::select(journal.entries(),
                     make_query(o->year, o->from, o->to, o->tags, o->trip, o->status, o->text));
    const render::MapRequest request = make_request(*o, entries);
    render::PageOptions page;
    // A page under kSmallPagePt high keeps its room for the map: no title unless one is asked for.
    const bool room_for_title = size.height_pt >= kSmallPagePt;
    page.title = o->no_title         ? ""
                 : !o->title.empty() ? o->title
                 : room_for_title    ? default_title(*o, entries)
                                     : "";
    page.key = !o->no_key;
    page.language = render::parse_language(o->lang);
    page.subtitle = o->subtitle;
    page.routes = request.routes;
    // Entries named after a gazetteer place carry its region: credit GeoNames for them.
    for (const auto& e : entries) page.credit_geonames = page.credit_geonames || !e.region.empty();
    const render::MapDrawing drawing =
        render::render_map_file(o->output, size, request, style, page, core::data_dir());
    if (!o->report.empty()) render::write_map_report(drawing, o->report);
    report_counts(o->output, entries.size(), drawing);
  });
}

void register_styles_command(CLI::App& app, Globals&) {
  CLI::App* c = app.add_subcommand("styles", "List the map styles");
  c->callback([] {
    for (const auto& [name, description] : render::list_styles()) {
      std::cout << name << (name.size() < 10 ? std::string(10 - name.size(), ' ') : " ")
                << description << "\n";
    }
  });
}

}  // namespace footprint::cli
