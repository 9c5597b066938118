// Where footprint finds its files at run time: the offline data (gazetteer index, basemap), the
// bundled map styles and the GDAL module. An installed footprint finds them relative to its own
// program (<prefix>/bin/footprint, <prefix>/share/footprint/…); one run from its build folder
// uses the folders chosen at build time (the source tree's data/out and styles).
#pragma once

#include <filesystem>
#include <optional>

namespace footprint::core {

/// The folders of an installed footprint, all under one prefix.
struct InstalledLayout {
  std::filesystem::path prefix;   ///< e.g. ~/.local or /usr
  std::filesystem::path share;    ///< <prefix>/share/footprint: data folders and styles/
  std::filesystem::path modules;  ///< <prefix>/lib/footprint/modules: modules loaded on demand
};

/// The layout of the installed footprint the running program belongs to: found from where the
/// program lies (/proc/self/exe), when <prefix>/share/footprint is there beside its bin/ folder;
/// nullopt for a program run from its build folder.
std::optional<InstalledLayout> installed_layout();

/// The offline data folder: $FOOTPRINT_DATA_DIR, else the installed share/footprint, else the
/// folder chosen at build time (scripts/setup fills it).
std::filesystem::path data_dir();

/// The bundled map styles: $FOOTPRINT_STYLES_DIR, else the installed share/footprint/styles, else
/// the source tree's styles/.
std::filesystem::path styles_dir();

}  // namespace footprint::core
