// Checks inside fuzz targets: a failed check prints what was expected and aborts, which libFuzzer
// reports as a crash with the input that caused it (and the corpus replay test as a failure).
#pragma once

#include <cstdio>
#include <cstdlib>

namespace footprint::fuzz {

[[noreturn]] inline void fail(const char* what, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
  std::abort();
}

}  // namespace footprint::fuzz

#define FUZZ_CHECK(condition, what)                                        \
  do {                                                                     \
    if (!(condition)) ::footprint::fuzz::fail((what), __FILE__, __LINE__); \
  } while (false)
