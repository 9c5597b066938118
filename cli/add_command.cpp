#include <iostream>
#include <optional>

#include "cli/commands.hpp"
#include "cli/entry_options.hpp"
#include "cli/journal_update.hpp"
#include "cli/place_lookup.hpp"
#include "core/journal_file.hpp"
#include "core/user_text.hpp"

namespace footprint::cli {

void register_add_command(CLI::App& app, Globals& globals) {
  struct Options {
    std::string place;
    std::optional<std::string> id;  ///< --id given, even as ""
    EntryOptions entry;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* c = app.add_subcommand("add", "Add an entry; prints its id");
  c->add_option(
      "place", opts->place,
      "Name of the place, looked up offline unless --at is given: Banff, \"Amherst, MA\"");
  c->add_option("--id", opts->id,
                "Id to use instead of DATE-PLACE (no spaces, control or format characters)");
  opts->entry.declare(*c, false);
  c->footer(
      "Examples:\n"
      "  footprint add Banff --at 51.1784,-115.5708 --date 2024-10-12 --title \"洞穴之旅 Cave "
      "tour\"\n"
      "  footprint add Vancouver --at 49.2888,-123.1111 --date 2024-12-10 --end 2024-12-15 \\\n"
      "      --tag conference --trip neurips-2024\n"
      "  footprint add Vienna --at 48.2082,16.3738 --date 2025-04 --status planned\n"
      "  footprint add Canmore --date 2024-10-13      (looked up offline: Canmore, Alberta, "
      "Canada)\n"
      "  footprint add \"Amherst, MA\" --date 2024-08-05");
  c->callback([opts, &globals] {
    require_user_text(opts->place, "the place name");
    // An empty --id is refused like any other id (an empty id is not an id), not taken as
    // "make one": leaving --id out makes one.
    if (opts->id) {
      if (const auto problem = core::id_problem(*opts->id)) throw UsageError("--id: " + *problem);
    }
    if (opts->place.empty() && !opts->entry.at) {
      throw UsageError(
          "add needs a place: footprint add NAME, or footprint add [NAME] --at LAT,LON");
    }
    core::Entry entry;
    entry.id = opts->id.value_or("");
    entry.place = opts->place;
    EntryOptions with_defaults = opts->entry;
    // An empty value removes a field in `edit`; a new entry has no field to remove, and its
    // help promises today when no date is given.
    if (with_defaults.date && with_defaults.date->empty()) {
      throw UsageError("--date needs a date (without --date, add uses today's)");
    }
    if (!with_defaults.date) with_defaults.date = core::today_iso();
    with_defaults.apply(entry);
    // A position given by hand is named by reverse lookup; a name is looked up (place_lookup.hpp).
    std::optional<core::PositionNames> names;
    if (opts->entry.at) names = describe_position(entry.anchor());
    const core::JournalFile file(journal_path(globals));
    std::string id;
    std::optional<core::Place> resolved;
    const bool created = create_or_update_journal(file, [&](core::Journal& j) {
      if (names) name_entry_by_position(entry, *names, opts->entry);
      if (!opts->entry.at) resolved = resolve_entry_place(entry, j, opts->entry);
      id = j.add(entry);
    });
    if (created) std::cerr << "footprint: created " << file.path().string() << "\n";
    if (resolved) {
      std::cerr << "footprint: " << resolved->label() << " (" << format_lat_lon(resolved->position)
                << ")\n";
    }
    std::cout << id << "\n";
  });
}

}  // namespace footprint::cli
