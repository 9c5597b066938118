// `footprint poster`: the year on one printed page (render/poster/), one file per year.
#include <algorithm>
#include <iostream>
#include <set>

#include "cli/commands.hpp"
#include "cli/entry_options.hpp"
#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "core/home.hpp"
#include "core/journal_file.hpp"
#include "core/period.hpp"
#include "core/query.hpp"
#include "core/stats.hpp"
#include "render/page/canvas.hpp"
#include "render/poster/poster.hpp"

namespace footprint::cli {
namespace {

struct PosterOptions {
  std::string output;
  std::vector<int> years;
  bool every_year = false;
  std::string paper = "A3";
  bool landscape = false;
  double dpi = 300;
  std::string style = "atlas";
  std::string lang = "en";
  std::string title, subtitle;
  bool no_insets = false;
  bool no_routes = false;
  std::string layout = "classic";
  double bleed_mm = 0;
};

constexpr std::string_view kYearField = "{year}";

// The years that have entries, from their dates (a range counts for every year it touches).
std::set<int> years_with_entries(const std::vector<core::Entry>& entries) {
  std::set<int> years;
  for (const core::Entry& e : entries) {
    if (!e.date) continue;
    const int last = e.end ? e.end->year() : e.date->year();
    for (int y = e.date->year(); y <= last; ++y) years.insert(y);
  }
  return years;
}

std::vector<int> chosen_years(const PosterOptions& o, const std::set<int>& have,
                              const std::string& journal) {
  if (have.empty()) throw Error("no dated entries in " + journal + "; nothing was written");
  std::vector<int> years;
  if (o.every_year) {
    years.assign(have.begin(), have.end());
  } else if (o.years.empty()) {
    years.push_back(*have.rbegin());  // the latest year that has entries
  } else {
    for (int y : o.years) {
      if (std::find(years.begin(), years.end(), y) == years.end()) years.push_back(y);
    }
  }
  for (int y : years) {
    if (!have.contains(y)) {
      std::string list;
      for (int h : have) list += (list.empty() ? "" : ", ") + std::to_string(h);
      throw Error("no entries in " + std::to_string(y) + " (the journal has entries in " + list +
                  "); nothing was written");
    }
  }
  return years;
}

std::filesystem::path output_for(const std::string& pattern, int year) {
  std::string out = pattern;
  for (std::size_t at; (at = out.find(kYearField)) != std::string::npos;) {
    out.replace(at, kYearField.size(), std::to_string(year));
  }
  return out;
}

// Everything that can be refused is refused before anything is drawn.
void check_options(const PosterOptions& o, std::size_t years) {
  if (o.every_year && !o.years.empty()) throw UsageError("give --year or --every-year, not both");
  require_user_text(o.title, "--title");
  require_user_text(o.subtitle, "--subtitle");
  if (o.output.empty()) throw UsageError("--output must name a file");
  if (years > 1 && o.output.find(kYearField) == std::string::npos) {
    throw UsageError("--output \"" + o.output +
                     "\" must contain {year} to write one poster per year");
  }
  render::format_for(o.output);  // the extension
}

std::string journal_owner(const core::Journal& journal) {
  const core::Json& s = journal.settings();
  if (s.is_object() && s.contains("owner") && s["owner"].is_string())
    return s["owner"].get<std::string>();
  return "";
}

render::PosterRequest make_request(const PosterOptions& o, const core::Journal& journal,
                                   const std::vector<core::Entry>& all, int year) {
  render::PosterRequest r;
  r.year = year;
  core::Query query;
  query.year = year;
  r.map.entries = core::select(all, query);
  r.map.routes = !o.no_routes;
  const auto home = core::journal_home(journal);
  r.stats = core::compute_stats(all, home, core::year_period(year));
  r.home = home ? home->place : "";
  r.owner = journal_owner(journal);
  r.title = o.title;
  r.subtitle = o.subtitle;
  r.language = render::parse_language(o.lang);
  r.insets = !o.no_insets;
  r.layout = o.layout == "grid" ? render::PosterLayout::grid : render::PosterLayout::classic;
  for (const auto& e : r.map.entries) r.credit_geonames = r.credit_geonames || !e.region.empty();
  return r;
}

void add_options(CLI::App* c, PosterOptions& o) {
  c->add_option("--output,-o", o.output, "Output file: .pdf, .svg or .png; {year} is replaced")
      ->required();
  c->add_option("--year,-y", o.years,
                "The year (default: the latest with entries); repeat for more")
      ->check(CLI::Range(1, 9999))
      ->allow_extra_args(false);
  c->add_flag("--every-year", o.every_year, "One poster for each year that has entries");
  c->add_option("--paper", o.paper,
                "A4, A3 (default), A2, A1, Letter, Tabloid, 18x24in, 24x36in, WxHmm, WxHin");
  c->add_flag("--landscape", o.landscape, "The long side across");
  c->add_option("--dpi", o.dpi, "Pixels per inch for PNG (default 300)");
  c->add_option("--style", o.style, "Style name (see `footprint styles`) or a style .json file");
  c->add_option("--lang", o.lang, "Language of headings, months and captions: en or zh")
      ->check(CLI::IsMember({"en", "zh"}));
  c->add_option("--title", o.title, "Title (default: the year)");
  c->add_option("--subtitle", o.subtitle, "A line under the title");
  c->add_flag("--no-insets", o.no_insets, "No inset maps where places crowd");
  c->add_flag("--no-routes", o.no_routes, "Do not join consecutive places");
  c->add_option("--layout", o.layout, "classic: one map and a timeline; grid: a map per month")
      ->check(CLI::IsMember({"classic", "grid"}));
  c->add_option("--bleed", o.bleed_mm,
                "Bleed in mm on each side, with crop marks (for print shops)")
      ->check(CLI::Range(0.0, 25.0));
}

}  // namespace

void register_poster_command(CLI::App& app, Globals& globals) {
  auto o = std::make_shared<PosterOptions>();
  CLI::App* c = app.add_subcommand("poster", "Draw a year on one printed page (PDF, SVG or PNG)");
  add_options(c, *o);
  c->footer(
      "Examples:\n"
      "  footprint poster -o 2024.pdf\n"
      "  footprint poster --year 2024 --paper Letter --landscape --lang zh -o 2024.png\n"
      "  footprint poster --every-year -o 'posters/{year}.pdf'\n"
      "  footprint poster --layout grid --paper A2 --bleed 3 -o 2024-print.pdf");
  c->callback([o, &globals] {
    const render::PageSize trim = render::parse_paper(o->paper, o->dpi, o->landscape);
    render::check_poster_paper(trim);
    const render::Style style = render::load_style(o->style);
    render::parse_language(o->lang);
    check_options(*o, o->every_year ? 2 : o->years.size());
    const std::filesystem::path path = journal_path(globals);
    const core::Journal journal = core::JournalFile(path).load();
    const std::vector<core::Entry> all = journal.entries();
    const std::vector<int> years = chosen_years(*o, years_with_entries(all), path.string());
    check_options(*o, years.size());
    for (int year : years) {
      const render::PosterRequest request = make_request(*o, journal, all, year);
      const std::filesystem::path out = output_for(o->output, year);
      const render::PosterDrawing d =
          render::render_poster_file(out, trim, {o->bleed_mm}, request, style, core::data_dir());
      std::cerr << "footprint: " << out.string() << ": " << year << ", "
                << request.map.entries.size()
                << (request.map.entries.size() == 1 ? " entry, " : " entries, ") << d.insets.size()
                << " insets";
      if (d.timeline_more > 0)
        std::cerr << ", " << d.timeline_more << " counted in the timeline's last line";
      std::cerr << "\n";
    }
  });
}

}  // namespace footprint::cli
