#include <sys/ioctl.h>
#include <unistd.h>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/entry_format.hpp"
#include "cli/entry_options.hpp"
#include "cli/query_options.hpp"
#include "cli/text_table.hpp"
#include "core/journal_file.hpp"
#include "core/query.hpp"

namespace footprint::cli {
namespace {

struct ListOptions {
  std::optional<int> year;
  std::string from, to, trip, status, text;
  std::vector<std::string> tags;
  bool json = false;
};

std::size_t terminal_width() {
  winsize ws{};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0) return ws.ws_col;
  return 0;  // not a terminal: never cut
}

// A FeatureCollection of the selected entries' features as stored, for scripts and GIS tools.
core::Json selected_features(const core::Journal& journal,
                             const std::vector<core::Entry>& entries) {
  core::Json out;
  out["type"] = "FeatureCollection";
  out["features"] = core::Json::array();
  for (const auto& e : entries) out["features"].push_back(journal.feature(e.id));
  return out;
}

}  // namespace

void register_list_command(CLI::App& app, Globals& globals) {
  auto o = std::make_shared<ListOptions>();
  CLI::App* c = app.add_subcommand("list", "List entries in date order, optionally filtered");
  c->add_option("--year,-y", o->year, "Entries in this year (ranges that overlap it count)")
      ->check(CLI::Range(1, 9999));
  c->add_option("--from", o->from, "Entries on or after this date (2024-06, 2024-06-15 …)");
  c->add_option("--to", o->to, "Entries on or before this date");
  c->add_option("--tag", o->tags, "Entries with this tag (repeat: all must match)")
      ->allow_extra_args(false);
  c->add_option("--trip", o->trip, "Entries of this trip");
  c->add_option("--status,-s", o->status, "visited, planned or cancelled");
  c->add_option("--search,-q", o->text,
                "Text in id, title, place, notes, tags or trip (any case, accents ignored)");
  c->add_flag("--json", o->json, "Print a GeoJSON FeatureCollection of the entries instead");
  c->footer(
      "Examples:\n"
      "  footprint list --year 2024\n"
      "  footprint list --trip bay-area-2024 --from 2024-07\n"
      "  footprint list --search zurich --json | jq '.features[].id'");
  c->callback([o, &globals] {
    const core::Query query =
        make_query(o->year, o->from, o->to, o->tags, o->trip, o->status, o->text);
    const core::Journal journal = core::JournalFile(journal_path(globals)).load();
    const auto entries = core::select(journal.entries(), query);
    if (o->json) {
      std::cout << core::to_canonical_json(selected_features(journal, entries));
      return;
    }
    std::vector<std::vector<std::string>> rows{{"ID", "DATE", "STATUS", "PLACE", "TITLE"}};
    for (const auto& e : entries) {
      rows.push_back(
          {e.id, format_dates(e), std::string(core::to_string(e.status)),
           e.place.empty() ? format_place(e) : e.place + (e.region.empty() ? "" : ", " + e.region),
           e.title});
    }
    if (entries.empty()) {
      std::cout << "No entries" << (journal.size() == 0 ? " yet" : " match") << ".\n";
      return;
    }
    std::cout << format_table(rows, terminal_width());
  });
}

void register_show_command(CLI::App& app, Globals& globals) {
  auto id = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  CLI::App* c = app.add_subcommand("show", "Show one entry in full");
  c->add_option("id", *id, "Entry id or a unique prefix of it")->required();
  c->add_flag("--json", *json, "Print the entry's GeoJSON Feature as stored");
  c->footer(
      "Examples:\n"
      "  footprint show 2024-10-12-banff\n"
      "  footprint show 2024-10-1 --json");
  c->callback([id, json, &globals] {
    const core::Journal journal = core::JournalFile(journal_path(globals)).load();
    const std::string full = journal.resolve_id(*id);
    if (*json) {
      std::cout << core::to_canonical_json(journal.feature(full));
    } else {
      std::cout << format_details(journal.get(full));
    }
  });
}

}  // namespace footprint::cli
