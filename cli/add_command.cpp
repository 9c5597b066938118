#include <iostream>

#include "cli/commands.hpp"
#include "cli/entry_options.hpp"
#include "core/journal_file.hpp"

namespace footprint::cli {

void register_add_command(CLI::App& app, Globals& globals) {
  struct Options {
    std::string place;
    std::string id;
    EntryOptions entry;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* c = app.add_subcommand("add", "Add an entry; prints its id");
  c->add_option("place", opts->place, "Name of the place, e.g. Banff");
  c->add_option("--id", opts->id, "Id to use instead of DATE-PLACE");
  opts->entry.declare(*c, false);
  c->footer(
      "Examples:\n"
      "  footprint add Banff --at 51.1784,-115.5708 --date 2024-10-12 --title \"洞穴之旅 Cave tour\"\n"
      "  footprint add Vancouver --at 49.2888,-123.1111 --date 2024-12-10 --end 2024-12-15 \\\n"
      "      --tag conference --trip neurips-2024\n"
      "  footprint add Vienna --at 48.2082,16.3738 --date 2025-04 --status planned");
  c->callback([opts, &globals] {
    if (opts->place.empty() && !opts->entry.at) {
      throw UsageError("add needs a place name and its position: footprint add NAME --at LAT,LON");
    }
    if (!opts->entry.at) {
      throw UsageError("give the position of \"" + opts->place +
                       "\" with --at LAT,LON (offline place lookup is not built yet)");
    }
    core::Entry entry;
    entry.id = opts->id;
    entry.place = opts->place;
    EntryOptions with_defaults = opts->entry;
    if (!with_defaults.date) with_defaults.date = core::today_iso();
    with_defaults.apply(entry);
    const core::JournalFile file(journal_path(globals));
    std::string id;
    const bool created = core::update_journal(file, true, [&](core::Journal& j) { id = j.add(entry); });
    if (created) std::cerr << "footprint: created " << file.path().string() << "\n";
    std::cout << id << "\n";
  });
}

}  // namespace footprint::cli
