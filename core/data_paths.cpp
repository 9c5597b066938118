#include "core/data_paths.hpp"

#include <cstdlib>

namespace footprint::core {

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("FOOTPRINT_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  return FOOTPRINT_DEFAULT_DATA_DIR;
}

}  // namespace footprint::core
