#include "core/import/read_inputs.hpp"
#include "core/import/csv_separator.hpp"

#include <algorithm>
#include <string>

#include "core/error.hpp"
#include "core/import/feature_mapper.hpp"
#include "core/import/ogr_features.hpp"
#include "core/import/photo_history_dispatch.hpp"

namespace footprint::core::import {
namespace {

namespace fs = std::filesystem;

VectorFormat vector_format(FileKind kind) {
  switch (kind) {
    case FileKind::gpx:
      return VectorFormat::gpx;
    case FileKind::kml:
    case FileKind::kmz:
      return VectorFormat::kml;
    case FileKind::geopackage:
      return VectorFormat::geopackage;
    case FileKind::csv:
      return VectorFormat::csv;
    default:
      return VectorFormat::geojson;
  }
}

// CSV: every column as text (footprint reads numbers and dates itself, to say what is wrong
// with a bad one); a WKT column, when there is one, parsed by GDAL.
std::vector<std::string> csv_open_options(const ImportOptions& options) {
  std::string wkt = "WKT,wkt,Wkt,geometry,Geometry,GEOMETRY,geom,the_geom";
  if (auto it = options.columns.find(Role::wkt); it != options.columns.end()) wkt = it->second;
  return {"AUTODETECT_TYPE=NO", "KEEP_GEOM_COLUMNS=YES", "HEADERS=YES",
          "GEOM_POSSIBLE_NAMES=" + wkt};
}

OgrReadRequest read_request(const fs::path& file, FileKind kind, const ImportOptions& options) {
  OgrReadRequest request;
  request.path = file.string();
  switch (kind) {
    case FileKind::gpx:
      request.drivers = {"GPX"};
      break;
    case FileKind::kml:
      request.drivers = {"LIBKML", "KML"};
      break;
    case FileKind::kmz:
      request.drivers = {"LIBKML"};
      break;
    case FileKind::geojson:
      request.drivers = {"GeoJSON"};
      request.open_options = {"DATE_AS_STRING=YES"};  // "2024-05" stays a month
      break;
    case FileKind::geopackage:
      request.drivers = {"GPKG"};
      break;
    case FileKind::csv:
      request.drivers = {"CSV"};
      request.open_options = csv_open_options(options);
      request.csv_separator = csv_file_separator(file);
      // GDAL's CSV driver takes only .csv, .tsv and .txt names unless told.
      if (file.extension() != ".csv" && file.extension() != ".tsv") {
        request.path = "CSV:" + request.path;
      }
      break;
    default:
      break;
  }
  return request;
}

struct Walk {
  std::vector<fs::path> files;
  std::vector<fs::path> photos;
  std::size_t other_files = 0;
};

void collect(const fs::path& input, Walk& walk, ImportBatch& batch) {
  std::error_code ec;
  const auto status = fs::status(input, ec);
  if (ec || !fs::exists(status)) {
    batch.problems.push_back({input.string(), "", "no such file or folder"});
    return;
  }
  if (!fs::is_directory(status)) {
    walk.files.push_back(input);
    return;
  }
  std::vector<fs::path> found;
  fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec)) found.push_back(it->path());
  }
  if (ec) batch.problems.push_back({input.string(), "", "cannot read the folder: " + ec.message()});
  std::sort(found.begin(), found.end());
  for (const fs::path& file : found) {
    FileKind kind = FileKind::unknown;
    try {
      kind = detect_file_kind(file);
    } catch (const IoError&) {
    }
    if (kind == FileKind::unknown) {
      ++walk.other_files;
    } else {
      walk.files.push_back(file);
    }
  }
}

void append(ImportBatch& to, ImportBatch&& from) {
  for (auto& item : from.items) to.items.push_back(std::move(item));
  for (auto& problem : from.problems) to.problems.push_back(std::move(problem));
  for (auto& skipped : from.skipped) {
    auto it = std::find_if(to.skipped.begin(), to.skipped.end(),
                           [&](const auto& s) { return s.first == skipped.first; });
    if (it == to.skipped.end()) {
      to.skipped.push_back(std::move(skipped));
    } else {
      it->second += skipped.second;
    }
  }
}

ImportBatch read_one(const fs::path& file, const ImportOptions& options, Walk& walk) {
  ImportBatch batch;
  FileKind kind = FileKind::unknown;
  try {
    kind = detect_file_kind(file);
  } catch (const IoError&) {
    batch.problems.push_back({file.string(), "", "cannot read it"});
    return batch;
  }
  switch (kind) {
    case FileKind::photo:
      walk.photos.push_back(file);
      return batch;
    case FileKind::google_history:
      return read_location_history(file, options);
    case FileKind::unknown:
      batch.problems.push_back({file.string(), "",
                                "not a kind of file footprint imports (GPX, KML, KMZ, GeoJSON, "
                                "GeoPackage, CSV, photos, Google location history)"});
      return batch;
    default:
      return read_vector_file(file, kind, options);
  }
}

}  // namespace

ImportBatch read_vector_file(const fs::path& file, FileKind kind, const ImportOptions& options) {
  std::error_code error_code;
  if (fs::file_size(file, error_code) == 0 && !error_code) {
    ImportBatch batch;
    batch.problems.push_back(
        {file.string(), "", "cannot be read as " + std::string(kind_name(kind)) + ": it is empty"});
    return batch;
  }
  if (kind == FileKind::csv && csv_file_is_utf16(file)) {
    ImportBatch batch;
    batch.problems.push_back({file.string(), "",
                              "cannot be read as CSV: it is UTF-16 text (a spreadsheet's \"Unicode "
                              "text\"); save it as \"CSV UTF-8\""});
    return batch;
  }
  FeatureMapper mapper(vector_format(kind), file.string(), options.columns);
  std::string error;
  if (!read_ogr_features(read_request(file, kind, options), mapper, error)) {
    ImportBatch batch = mapper.finish();
    batch.problems.push_back(
        {file.string(), "", "cannot be read as " + std::string(kind_name(kind)) + ": " + error});
    return batch;
  }
  return mapper.finish();
}

ImportBatch read_inputs(const std::vector<fs::path>& inputs, const ImportOptions& options,
                        const ReadProgress& progress) {
  ImportBatch all;
  Walk walk;
  for (const fs::path& input : inputs) collect(input, walk, all);
  std::size_t done = 0;
  for (const fs::path& file : walk.files) {
    append(all, read_one(file, options, walk));
    if (progress) progress(++done, all.items.size());
  }
  if (!walk.photos.empty()) {
    append(all, read_photo_files(walk.photos, options));
    if (progress) progress(done + walk.photos.size(), all.items.size());
  }
  if (walk.other_files > 0)
    all.skipped.emplace_back("files of other kinds in folders", walk.other_files);
  return all;
}

}  // namespace footprint::core::import
