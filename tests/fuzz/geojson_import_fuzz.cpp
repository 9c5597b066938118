// Fuzz target: the GeoJSON importer's mapping of features to entries
// (import_mapping.hpp); geopackage_import_fuzz.cpp does the same for GeoPackage.
#include "import_mapping.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return footprint::fuzz::run_import_mapping(footprint::core::import::VectorFormat::geojson, data,
                                             size);
}
