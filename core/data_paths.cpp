#include "core/data_paths.hpp"

#include <cstdlib>
#include <system_error>

namespace footprint::core {
namespace {

namespace fs = std::filesystem;

std::optional<fs::path> from_environment(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return std::nullopt;
  return fs::path(value);
}

std::optional<InstalledLayout> find_installed_layout() {
  std::error_code ec;
  const fs::path program = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return std::nullopt;
  // The paths below are relative to the prefix, as CMake's install rules place them
  // (CMakeLists.txt, "Install"): the layout moves with the prefix, even after installation.
  const fs::path prefix = (program.parent_path() / FOOTPRINT_BIN_TO_PREFIX).lexically_normal();
  InstalledLayout layout{prefix, prefix / FOOTPRINT_INSTALL_SHARE_DIR,
                         prefix / FOOTPRINT_INSTALL_MODULE_DIR};
  if (!fs::is_directory(layout.share, ec)) return std::nullopt;
  return layout;
}

}  // namespace

std::optional<InstalledLayout> installed_layout() {
  static const std::optional<InstalledLayout> layout = find_installed_layout();
  return layout;
}

fs::path data_dir() {
  if (auto dir = from_environment("FOOTPRINT_DATA_DIR")) return *dir;
  if (const auto layout = installed_layout()) return layout->share;
  return FOOTPRINT_DEFAULT_DATA_DIR;
}

fs::path styles_dir() {
  if (auto dir = from_environment("FOOTPRINT_STYLES_DIR")) return *dir;
  if (const auto layout = installed_layout()) return layout->share / "styles";
  return FOOTPRINT_DEFAULT_STYLES_DIR;
}

}  // namespace footprint::core
