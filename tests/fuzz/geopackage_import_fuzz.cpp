// Fuzz target: the GeoPackage importer's mapping of features to entries (import_mapping.hpp),
// where problems are named by layer and feature as GeoPackage files have them.
#include "import_mapping.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return footprint::fuzz::run_import_mapping(footprint::core::import::VectorFormat::geopackage,
                                             data, size);
}
