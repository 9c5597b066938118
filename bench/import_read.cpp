// Runs one of the photo and Google history readers of `footprint import` over real files and
// prints what it got, so that hyperfine and /usr/bin/time can time the reader alone (until the
// import command wires them in). Usage:
//   import_read photos DIR            every photo in DIR (not recursive), journal folder DIR
//   import_read history FILE [--tracks]
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/import/google_history.hpp"
#include "core/import/photos.hpp"

namespace {

namespace fs = std::filesystem;
namespace import = footprint::core::import;

void print(const import::ImportBatch& batch) {
  std::size_t positions = 0;
  for (const auto& item : batch.items) positions += item.entry.coordinates.size();
  std::printf("%zu entries (%zu positions), %zu problems\n", batch.items.size(), positions,
              batch.problems.size());
  for (const auto& [what, count] : batch.skipped)
    std::printf("skipped: %zu %s\n", count, what.c_str());
  for (std::size_t i = 0; i < std::min<std::size_t>(batch.problems.size(), 5); ++i) {
    const auto& p = batch.problems[i];
    std::printf("problem: %s: %s: %s\n", p.file.c_str(), p.where.c_str(), p.message.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() >= 2 && args[0] == "photos") {
    std::vector<fs::path> photos;
    for (const auto& f : fs::directory_iterator(args[1])) {
      if (import::is_photo_path(f.path())) photos.push_back(f.path());
    }
    std::sort(photos.begin(), photos.end());
    print(import::read_photos(photos, import::PhotoOptions{args[1], {}}));
    return 0;
  }
  if (args.size() >= 2 && args[0] == "history") {
    import::HistoryOptions options;
    options.tracks = args.size() > 2 && args[2] == "--tracks";
    print(import::read_google_history(args[1], options));
    return 0;
  }
  std::fprintf(stderr, "usage: import_read photos DIR | import_read history FILE [--tracks]\n");
  return 2;
}
