// Slugs: the readable, typable part of entry ids made from place names.
#pragma once

#include <string>
#include <string_view>

namespace footprint::core {

/// A slug for ids: the name folded as search keys are (lower case, no accents; see
/// text_fold.hpp), with every run of characters other than a-z and 0-9 turned into one '-', no
/// '-' at either end, at most `max_length` bytes, cut at a '-' when it is too long.
/// "Half Moon Bay" → "half-moon-bay"; "Zürich" → "zurich"; "滑冰" → "".
std::string slugify(std::string_view utf8, std::size_t max_length = 40);

}  // namespace footprint::core
