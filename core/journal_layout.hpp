// The top-level layout of a journal text, found without building its values: where each member of
// the top-level object and each element of its "features" array lies in the text. It lets a
// journal be read (and validated) one entry at a time, and its unchanged entries be written back
// as the bytes they were.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace footprint::core {

/// A stretch of the text, by byte offset, and how deeply nested the value in it is (1 for an
/// object or array without any inside, 0 for a scalar).
struct TextSpan {
  std::size_t begin = 0;
  std::size_t size = 0;
  std::size_t depth = 0;
};

struct JournalLayout {
  struct Member {
    TextSpan name;   ///< the member name with its quotes, as written
    TextSpan value;  ///< the value; for "features", the whole array
  };
  std::vector<Member> members;  ///< the top-level members in file order
  /// The elements of the top-level member named exactly "features", when it is an array.
  std::optional<std::vector<TextSpan>> features;
};

/// The layout of `text` when it is shaped like a journal: an object whose member names are strings,
/// with only JSON whitespace, commas and colons between the spans. The spans themselves are not
/// checked (a string is not decoded, a number not read): a caller parses each one. Returns nullopt
/// for anything else, and then the text must be parsed whole, which says what is wrong with it.
std::optional<JournalLayout> scan_journal_layout(std::string_view text);

}  // namespace footprint::core
