// Reading what `footprint import` is given: files and folders (walked recursively), each file
// handed to the reader its kind asks for, everything collected into one batch.
#pragma once

#include <filesystem>
#include <functional>
#include <vector>

#include "core/import/file_kind.hpp"
#include "core/import/import_item.hpp"
#include "core/import/import_options.hpp"

namespace footprint::core::import {

/// Called after each file: files read so far, items read so far.
using ReadProgress = std::function<void(std::size_t files, std::size_t items)>;

/// Reads one GPX, KML, KMZ, GeoJSON, GeoPackage or CSV file through the GDAL module.
/// A file GDAL cannot open is one problem of the batch, never an exception.
ImportBatch read_vector_file(const std::filesystem::path& file, FileKind kind,
                             const ImportOptions& options);

/// Reads every input: a file by its kind, a folder by every file under it (in name order; files
/// of no known kind inside folders are counted, not reported). A missing or unreadable input is a
/// problem of the batch; the others are still read.
ImportBatch read_inputs(const std::vector<std::filesystem::path>& inputs,
                        const ImportOptions& options, const ReadProgress& progress = {});

}  // namespace footprint::core::import
