#include <cstdlib>

#include "cli/commands.hpp"
#include "core/error.hpp"

namespace footprint::cli {

std::filesystem::path journal_path(const Globals& globals) {
  if (!globals.journal.empty()) return globals.journal;
  if (const char* env = std::getenv("FOOTPRINT_JOURNAL"); env != nullptr && *env != '\0')
    return env;
  std::filesystem::path data_home;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg == '/') {
    data_home = xdg;  // the XDG spec says to ignore relative paths
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    data_home = std::filesystem::path(home) / ".local" / "share";
  } else {
    throw UsageError("cannot find a place for the journal: HOME is not set; use --journal PATH");
  }
  return data_home / "footprint" / "journal.geojson";
}

}  // namespace footprint::cli
