// The read-modify-write of the commands that may create the journal (init, add, place add).
#pragma once

#include <functional>

#include "core/journal_file.hpp"

namespace footprint::cli {

/// core::update_journal(file, true, change), saying on standard error when it had to create the
/// journal's folder (a --journal into a folder that did not exist), so that a typo in a path
/// does not pass unnoticed. Returns true when the journal was created.
bool create_or_update_journal(const core::JournalFile& file,
                              const std::function<void(core::Journal&)>& change);

}  // namespace footprint::cli
