#include "core/export/ogr_write.hpp"

#include "core/error.hpp"
#include "core/gdal_module.hpp"

namespace footprint::core::exporting {

void write_ogr(const OgrWriteRequest& request) {
  std::string error;
  if (!gdal_module_function<OgrWriteFunction>(kOgrWriteSymbol)(request, error)) {
    throw IoError("cannot write " + request.path + ": " + error);
  }
}

}  // namespace footprint::core::exporting
