// `footprint stats`: travel statistics of a year, a range of dates or the whole journal.
#include <algorithm>
#include <charconv>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/entry_format.hpp"
#include "cli/stats_json.hpp"
#include "cli/stats_text.hpp"
#include "core/error.hpp"
#include "core/journal_file.hpp"
#include "core/stats.hpp"

namespace footprint::cli {
namespace {

struct StatsOptions {
  std::string year, from, to;
  bool json = false;
};

// The year and the dates of --from and --to, checked before the journal is read.
struct Bounds {
  std::optional<int> year;
  std::optional<core::Date> from, to;
};

std::optional<int> parse_year(const std::string& text) {
  if (text.empty()) return std::nullopt;
  int year = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (ec != std::errc() || end != text.data() + text.size() || year < 1 || year > 9999) {
    throw UsageError("--year: \"" + text + "\" is not a year (expected 1 to 9999, as in 2024)");
  }
  return year;
}

std::optional<core::Date> parse_bound(const std::string& text, const char* option) {
  if (text.empty()) return std::nullopt;
  try {
    return core::Date::parse(text);
  } catch (const UsageError& e) {
    throw UsageError(std::string(option) + ": " + e.what());
  }
}

Bounds parse_bounds(const StatsOptions& o) {
  Bounds b{parse_year(o.year), parse_bound(o.from, "--from"), parse_bound(o.to, "--to")};
  if (b.from && b.to && b.to->last_day() < b.from->first_day()) {
    throw UsageError("--to " + b.to->text() + " is before --from " + b.from->text());
  }
  return b;
}

// The period asked for; an open end stops where the journal's entries do.
core::Period resolve_period(const Bounds& b, const std::vector<core::Entry>& entries,
                            PeriodName& name) {
  if (b.year) {
    name = {"for " + std::to_string(*b.year), "in " + std::to_string(*b.year)};
    return core::year_period(*b.year);
  }
  const core::Period span = core::journal_span(entries);
  if (!b.from && !b.to) {
    name = {"for the whole journal", "in the journal"};
    return span;
  }
  // An open end reaches the journal's first or last day, but never stops short of the bound.
  core::Period p{b.from ? b.from->first_day() : b.to->first_day(),
                 b.to ? b.to->last_day() : b.from->last_day()};
  if (!span.empty() && !b.from) p.first_day = std::min(span.first_day, p.first_day);
  if (!span.empty() && !b.to) p.last_day = std::max(span.last_day, p.last_day);
  if (b.from && b.to) {
    name.title = name.in = "from " + b.from->text() + " to " + b.to->text();
  } else if (b.from) {
    name = {"from " + b.from->text(), "from " + b.from->text() + " on"};
  } else {
    name = {"up to " + b.to->text(), "up to " + b.to->text()};
  }
  return p;
}

std::string home_label(const std::optional<core::Home>& home) {
  if (!home) return {};
  if (!home->place.empty()) return home->place;
  return format_position(home->position) + " (lat, lon)";
}

}  // namespace

void register_stats_command(CLI::App& app, Globals& globals) {
  auto o = std::make_shared<StatsOptions>();
  CLI::App* c = app.add_subcommand(
      "stats", "Travel statistics: places, countries, distance, days away, months");
  CLI::Option* year = c->add_option("--year,-y", o->year, "Statistics of this year (1 to 9999)");
  c->add_option("--from", o->from, "From this date (2024-06, 2024-06-15 …); alone: to the end")
      ->excludes(year);
  c->add_option("--to", o->to, "To this date; alone: from the journal's first entry")
      ->excludes(year);
  c->add_flag("--json", o->json, "Print the statistics as one JSON object");
  c->footer(
      "Without --year, --from or --to: the whole journal. Definitions: README.md, \"Statistics\".\n"
      "Examples:\n"
      "  footprint stats --year 2024\n"
      "  footprint stats --from 2024-06 --to 2024-08\n"
      "  footprint stats --year 2024 --json | jq .distance_km");
  c->callback([o, &globals] {
    const Bounds bounds = parse_bounds(*o);
    const core::Journal journal = core::JournalFile(journal_path(globals)).load();
    const std::vector<core::Entry> entries = journal.entries();
    const std::optional<core::Home> home = core::journal_home(journal);
    PeriodName name;
    const core::Period period = resolve_period(bounds, entries, name);
    const core::TravelStats stats = core::compute_stats(entries, home, period);
    if (o->json) {
      std::cout << core::to_canonical_json(stats_json(stats, home));
    } else {
      std::cout << format_stats_text(stats, name, home_label(home));
    }
  });
}

}  // namespace footprint::cli
