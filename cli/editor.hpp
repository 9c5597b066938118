// Running the user's text editor on a file, without a shell.
#pragma once

#include <filesystem>

namespace footprint::cli {

/// Runs $VISUAL, else $EDITOR, else "vi" on `file` and waits for it. The variable is split at
/// spaces into a program and its arguments ("code --wait") and started directly, never through
/// a shell. Throws UsageError when it cannot start or exits with an error.
void run_editor(const std::filesystem::path& file);

}  // namespace footprint::cli
