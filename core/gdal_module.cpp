#include "core/gdal_module.hpp"

#include <dlfcn.h>

#include <mutex>
#include <string>

#include "core/data_paths.hpp"
#include "core/error.hpp"

namespace footprint::core {
namespace {

// Loaded once per process and never unloaded: GDAL keeps global state (drivers, caches).
void* module_handle() {
  static void* handle = nullptr;
  static std::string failure;
  static std::once_flag once;
  std::call_once(once, [] {
    // Installed under <prefix>/lib/footprint/modules, else where the build put it.
    const auto layout = installed_layout();
    const std::string path = layout ? (layout->modules / FOOTPRINT_GDAL_MODULE_NAME).string()
                                    : std::string(FOOTPRINT_GDAL_MODULE);
    handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) failure = std::string("cannot load the GDAL module: ") + dlerror();
  });
  if (handle == nullptr) throw IoError(failure);
  return handle;
}

}  // namespace

void* gdal_module_symbol(const char* name) {
  static std::mutex mutex;
  std::lock_guard lock(mutex);  // dlerror() is per thread, but keep lookups simple and ordered
  void* symbol = dlsym(module_handle(), name);
  if (symbol == nullptr) throw IoError(std::string("the GDAL module has no ") + name);
  return symbol;
}

}  // namespace footprint::core
