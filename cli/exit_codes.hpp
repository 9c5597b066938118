// Exit codes of `footprint`, documented in README.md ("Exit codes").
#pragma once

namespace footprint::cli {

enum ExitCode : int {
  kOk = 0,
  kDataError = 1,   ///< the journal (or another input file) is invalid
  kUsageError = 2,  ///< bad arguments or option values
  kNotFound = 3,    ///< no entry or place answers to the name given
  kAmbiguous = 4,   ///< the name given matches several entries or places
  kIoError = 5,     ///< a file could not be read, written or locked
  kSkipped = 6,     ///< import: files, rows or features were skipped (each is reported)
  kInternal = 70,   ///< a bug: please report it
};

}  // namespace footprint::cli
