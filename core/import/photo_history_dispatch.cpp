#include "core/import/photo_history_dispatch.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <string>

namespace footprint::core::import {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

ImportProblem not_supported_yet(const std::filesystem::path& file, const char* what) {
  return {file.string(), "", std::string(what) + " are not supported yet"};
}

}  // namespace

bool is_photo_file(const std::filesystem::path& file) {
  const std::string ext = lower(file.extension().string());
  return ext == ".jpg" || ext == ".jpeg" || ext == ".heic" || ext == ".heif";
}

// ---- Replaced when the location-history reader is merged (google_history.hpp). ----
// Until then, the member names of Takeout's Semantic Location History, Records.json and the
// on-device Timeline export, near the start of the file, tell it from GeoJSON.
bool looks_like_location_history(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  for (const char* key : {"\"timelineObjects\"", "\"semanticSegments\"", "\"locations\"",
                          "\"rawSignals\"", "\"userLocationProfile\""}) {
    if (head.find(key) != std::string::npos) return true;
  }
  return false;
}

// ---- Replaced when the photo reader is merged (photos.hpp). ----
ImportBatch read_photo_files(const std::vector<std::filesystem::path>& files,
                             const ImportOptions&) {
  ImportBatch batch;
  for (const auto& file : files) batch.problems.push_back(not_supported_yet(file, "photos"));
  return batch;
}

// ---- Replaced when the location-history reader is merged (google_history.hpp). ----
ImportBatch read_location_history(const std::filesystem::path& file, const ImportOptions&) {
  ImportBatch batch;
  batch.problems.push_back(not_supported_yet(file, "Google location history files"));
  return batch;
}

}  // namespace footprint::core::import
