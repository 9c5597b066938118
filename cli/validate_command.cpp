#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "core/journal.hpp"
#include "core/journal_file.hpp"

namespace footprint::cli {

void register_validate_command(CLI::App& app, Globals& globals) {
  auto file_arg = std::make_shared<std::string>();
  CLI::App* c = app.add_subcommand("validate", "Check a journal and list every problem in it");
  c->add_option("file", *file_arg, "Journal to check (default: the journal)");
  c->footer(
      "Prints one line per problem: FILE:LINE:COLUMN: JSON-POINTER (entry ID): what is wrong.\n"
      "Exit code 0 when the journal is valid, 1 when it has problems.\n"
      "Examples:\n"
      "  footprint validate\n"
      "  footprint validate samples/2024.geojson");
  c->callback([file_arg, &globals] {
    const std::filesystem::path path =
        file_arg->empty() ? journal_path(globals) : std::filesystem::path(*file_arg);
    const core::JournalFile file(path);
    // check() says what load() would refuse, without keeping the entries it reads.
    std::size_t entries = 0;
    const auto diagnostics = core::Journal::check(file.read_text(), path.string(), &entries);
    if (diagnostics.empty()) {
      std::cout << path.string() << ": valid, " << entries << (entries == 1 ? " entry" : " entries")
                << "\n";
      return;
    }
    for (const auto& d : diagnostics) std::cout << d.to_string() << "\n";
    const auto n = diagnostics.size();
    std::cout << path.string() << ": " << n << (n == 1 ? " problem" : " problems") << "\n";
    throw CLI::RuntimeError(kDataError);
  });
}

}  // namespace footprint::cli
