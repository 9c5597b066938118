// Fuzz target: reading an entry straight from its text (core/journal_entry_text.hpp). Any bytes
// the fast path reads as an entry, the strict path (parse_json_strict, validate_feature,
// entry_from_feature) reads as the same entry; bytes the strict path refuses, the fast path
// refuses too.
#include <cstdint>
#include <optional>
#include <string>

#include "core/entry_json.hpp"
#include "core/error.hpp"
#include "core/journal_entry_text.hpp"
#include "core/journal_schema.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace footprint::core;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::optional<Entry> fast = read_entry_text(text);
  std::optional<Json> strict;
  try {
    Json feature = parse_json_strict(text, "fuzz");
    if (validate_feature(feature, "/features/0").empty()) strict = std::move(feature);
  } catch (const footprint::JournalError&) {
  }
  FUZZ_CHECK(!fast || strict, "what the fast path reads, the strict path reads");
  if (fast) {
    FUZZ_CHECK(feature_from_entry(*fast) == feature_from_entry(entry_from_feature(*strict)),
               "the same entry either way");
  }
  return 0;
}
