// A progress line on standard error for long commands (import): counts and a rate, redrawn in
// place at most ten times a second, only when standard error is a terminal and not --quiet.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace footprint::cli {

class ProgressLine {
 public:
  /// `what` names the work ("import"); shown only when `enabled` and stderr is a terminal.
  ProgressLine(std::string what, bool enabled);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  /// "import: 12 files, 3,402 entries, 850 entries/s".
  void update(std::size_t files, std::size_t items);
  /// Clears the line (also done by the destructor).
  void finish();

 private:
  std::string what_;
  bool shown_ = false;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace footprint::cli
