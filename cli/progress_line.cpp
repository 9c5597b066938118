#include "cli/progress_line.hpp"

#include <unistd.h>

#include <iostream>

#include "cli/text_table.hpp"

namespace footprint::cli {

ProgressLine::ProgressLine(std::string what, bool enabled)
    : what_(std::move(what)),
      shown_(enabled && ::isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()) {}

ProgressLine::~ProgressLine() {
  finish();
}

void ProgressLine::update(std::size_t files, std::size_t items) {
  if (!shown_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const auto rate =
      static_cast<std::int64_t>(seconds > 0 ? static_cast<double>(items) / seconds : 0);
  std::cerr << "\r\033[K" << what_ << ": " << group_thousands(static_cast<std::int64_t>(files))
            << (files == 1 ? " file, " : " files, ")
            << group_thousands(static_cast<std::int64_t>(items))
            << (items == 1 ? " entry, " : " entries, ") << group_thousands(rate) << " entries/s"
            << std::flush;
  drawn_ = true;
}

void ProgressLine::finish() {
  if (drawn_) std::cerr << "\r\033[K" << std::flush;
  drawn_ = false;
}

}  // namespace footprint::cli
