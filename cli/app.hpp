// The command line of footprint, shared by its two programs: `footprint` (the journal and places,
// which starts fast) and `footprint-render` (maps, which links GDAL, Cairo and Pango).
#pragma once

#include "cli/commands.hpp"

namespace footprint::cli {

/// Registers the renderer's commands (map, styles) on the app.
using RegisterCommands = void (*)(CLI::App& app, Globals& globals);

/// Parses the command line, runs one subcommand and returns the exit code. Without
/// `renderer_commands`, `map` and `styles` are only listed in the help.
int run_app(int argc, char** argv, RegisterCommands renderer_commands);

}  // namespace footprint::cli
