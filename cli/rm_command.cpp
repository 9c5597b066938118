#include <algorithm>
#include <iostream>

#include "cli/commands.hpp"
#include "core/journal_file.hpp"

namespace footprint::cli {

void register_rm_command(CLI::App& app, Globals& globals) {
  auto ids = std::make_shared<std::vector<std::string>>();
  CLI::App* c = app.add_subcommand("rm", "Remove entries (all or none); prints the removed ids");
  c->add_option("id", *ids, "Entry ids or unique id prefixes")->required();
  c->footer(
      "Examples:\n"
      "  footprint rm 2024-10-12-banff\n"
      "  footprint rm 2024-10-12-ba 2024-10-13-canmore\n"
      "The previous version of the journal is kept as JOURNAL.bak.");
  c->callback([ids, &globals] {
    const core::JournalFile file(journal_path(globals));
    std::vector<std::string> removed;
    core::update_journal(file, false, [&](core::Journal& j) {
      // Every id is resolved before anything is removed: an id given twice, or an id and a
      // prefix of it, names one entry, removed once.
      for (const auto& given : *ids) {
        const std::string id = j.resolve_id(given);
        if (std::find(removed.begin(), removed.end(), id) == removed.end()) removed.push_back(id);
      }
      for (const auto& id : removed) j.remove(id);
    });
    for (const auto& id : removed) std::cout << id << "\n";
  });
}

}  // namespace footprint::cli
