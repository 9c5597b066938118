// The one way footprint reaches GDAL: a shared module (footprint_gdal, built in render/) loaded
// with dlopen the first time a command needs it (a map's --layer, import, export), so that the
// journal commands never pay for loading GDAL's libraries (about 0.4 s).
#pragma once

namespace footprint::core {

/// The address of `name` in the GDAL module, loading the module on first use.
/// Throws IoError when the module cannot be loaded or lacks the symbol.
void* gdal_module_symbol(const char* name);

/// A function of the GDAL module, typed: gdal_module_function<ReadFunction>("footprint_x").
template <typename Function>
Function gdal_module_function(const char* name) {
  return reinterpret_cast<Function>(gdal_module_symbol(name));
}

}  // namespace footprint::core
