#include "core/import/ogr_features.hpp"

#include "core/gdal_module.hpp"

namespace footprint::core::import {

bool read_ogr_features(const OgrReadRequest& request, OgrFeatureSink& sink, std::string& error) {
  return gdal_module_function<OgrReadFunction>(kOgrReadSymbol)(request, sink, error);
}

}  // namespace footprint::core::import
