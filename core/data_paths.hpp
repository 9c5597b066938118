// Where footprint finds its offline data (gazetteer index, basemap) at run time.
#pragma once

#include <filesystem>

namespace footprint::core {

/// The offline data folder: $FOOTPRINT_DATA_DIR, else the folder chosen at build time
/// (scripts/setup fills it).
std::filesystem::path data_dir();

}  // namespace footprint::core
