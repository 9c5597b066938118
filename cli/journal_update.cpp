#include "cli/journal_update.hpp"

#include <filesystem>
#include <iostream>

namespace footprint::cli {

bool create_or_update_journal(const core::JournalFile& file,
                              const std::function<void(core::Journal&)>& change) {
  const std::filesystem::path folder = file.target().parent_path();
  std::error_code ec;
  const bool folder_missing = !folder.empty() && !std::filesystem::exists(folder, ec);
  const bool created = core::update_journal(file, true, change);
  if (folder_missing) std::cerr << "footprint: created the folder " << folder.string() << "\n";
  return created;
}

}  // namespace footprint::cli
