// The subcommands of `footprint`. Each lives in its own cli/<name>_command.cpp and registers
// itself on the app; running it may throw footprint::Error, which main() turns into a message.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>

namespace footprint::cli {

/// Options every subcommand sees (given before or after the subcommand name).
struct Globals {
  std::string journal;  ///< --journal PATH; empty means FOOTPRINT_JOURNAL or the default
};

/// The journal file to use: --journal, else $FOOTPRINT_JOURNAL, else
/// $XDG_DATA_HOME/footprint/journal.geojson (~/.local/share/footprint/journal.geojson).
std::filesystem::path journal_path(const Globals& globals);

void register_init_command(CLI::App& app, Globals& globals);
void register_add_command(CLI::App& app, Globals& globals);
void register_list_command(CLI::App& app, Globals& globals);
void register_show_command(CLI::App& app, Globals& globals);
void register_edit_command(CLI::App& app, Globals& globals);
void register_rm_command(CLI::App& app, Globals& globals);
void register_validate_command(CLI::App& app, Globals& globals);
void register_config_command(CLI::App& app, Globals& globals);
void register_stats_command(CLI::App& app, Globals& globals);
void register_import_command(CLI::App& app, Globals& globals);
void register_export_command(CLI::App& app, Globals& globals);
void register_place_command(CLI::App& app, Globals& globals);   // place [add rm list]
void register_map_command(CLI::App& app, Globals& globals);     // map (renderer)
void register_styles_command(CLI::App& app, Globals& globals);  // styles (renderer)
void register_poster_command(CLI::App& app, Globals& globals);  // poster (renderer)

}  // namespace footprint::cli
