#include "core/import/photo_history_dispatch.hpp"

#include "core/import/google_history.hpp"
#include "core/import/photos.hpp"

namespace footprint::core::import {

bool is_photo_file(const std::filesystem::path& file) {
  return is_photo_path(file);
}

bool looks_like_location_history(const std::filesystem::path& file) {
  return looks_like_google_history(file);
}

ImportBatch read_photo_files(const std::vector<std::filesystem::path>& files,
                             const ImportOptions& options) {
  PhotoOptions photo;
  photo.relative_to = options.journal_folder;
  return read_photos(files, photo);
}

ImportBatch read_location_history(const std::filesystem::path& file, const ImportOptions& options) {
  HistoryOptions history;
  if (options.min_stay_minutes) history.min_stay_minutes = *options.min_stay_minutes;
  history.include_home = options.include_home;
  history.home = options.home;
  history.tracks = options.tracks;
  return read_google_history(file, history);
}

}  // namespace footprint::core::import
