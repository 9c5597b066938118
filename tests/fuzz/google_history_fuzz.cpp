// Fuzz target: the Google location history reader. Any bytes give entries the journal accepts
// (each, given an id, passes the journal's own validation) and problems that say where, never a
// crash, a hang or an exception other than the documented ones.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

#include "core/entry_json.hpp"
#include "core/import/google_history.hpp"
#include "core/journal_schema.hpp"
#include "fuzz_check.hpp"

namespace {

// One file per process, rewritten for each input: the reader streams from a file.
const std::filesystem::path& input_file() {
  static const std::filesystem::path path = [] {
    std::string name = (std::filesystem::temp_directory_path() / "history-fuzz-XXXXXX").string();
    const int fd = ::mkstemp(name.data());
    if (fd >= 0) ::close(fd);
    return std::filesystem::path(name);
  }();
  return path;
}

void check_batch(const footprint::core::import::ImportBatch& batch) {
  for (const auto& item : batch.items) {
    footprint::core::Entry e = item.entry;
    e.id = "fuzz";
    const auto problems =
        footprint::core::validate_feature(footprint::core::feature_from_entry(e), "/features/0");
    FUZZ_CHECK(problems.empty(), "every entry read is one the journal accepts");
    FUZZ_CHECK(!item.origin.empty(), "every entry says where it came from");
  }
  for (const auto& p : batch.problems) {
    FUZZ_CHECK(!p.message.empty(), "a problem says what is wrong");
    FUZZ_CHECK(p.where.empty() || p.where.rfind("line ", 0) == 0, "a problem says where");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& path = input_file();
  if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data, 1, size, f);
    std::fclose(f);
  }
  footprint::core::import::HistoryOptions options;
  options.home = footprint::core::LonLat{11.5755, 48.1374};
  check_batch(footprint::core::import::read_google_history(path, options));
  options.tracks = true;
  options.include_home = true;
  options.min_stay_minutes = 0;
  check_batch(footprint::core::import::read_google_history(path, options));
  footprint::core::import::looks_like_google_history(path);
  return 0;
}
