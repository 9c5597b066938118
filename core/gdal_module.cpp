#include "core/gdal_module.hpp"

#include <dlfcn.h>

#include <mutex>
#include <string>

#include "core/error.hpp"

namespace footprint::core {
namespace {

// Loaded once per process and never unloaded: GDAL keeps global state (drivers, caches).
void* module_handle() {
  static void* handle = nullptr;
  static std::string failure;
  static std::once_flag once;
  std::call_once(once, [] {
    handle = dlopen(FOOTPRINT_GDAL_MODULE, RTLD_NOW | RTLD_LOCAL);
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
