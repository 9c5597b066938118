// Folding text to lower-case ASCII for matching and ids: "Zürich" → "zurich", "Montréal" →
// "montreal". Letters outside Latin-1 and Latin Extended-A (e.g. Chinese) are kept as they are.
#pragma once

#include <string>
#include <string_view>

namespace footprint::core {

/// Lower-cases ASCII and replaces accented Latin letters by their base letters. Invalid UTF-8
/// bytes are dropped.
std::string fold_ascii(std::string_view utf8);

/// A slug for ids: folded, with every run of other characters turned into one '-', no '-' at
/// either end, at most `max_length` bytes. "Half Moon Bay" → "half-moon-bay"; "滑冰" → "".
std::string slugify(std::string_view utf8, std::size_t max_length = 40);

}  // namespace footprint::core
