// Every piece of text on the command line is checked in one place, before any command runs:
// text must be UTF-8 without control characters (notes may hold line breaks and tabs), and a
// file name must not be empty. A refusal names the option and exits with 2 (usage).
#pragma once

#include <CLI/CLI.hpp>

namespace footprint::cli {

/// Adds the check to every option and argument of `app` and of all its subcommands; call it
/// after every option is declared.
void check_command_line_text(CLI::App& app);

}  // namespace footprint::cli
