// Folding of place names into search keys: case, accents and punctuation removed, so that
// "zurich" finds Zürich and "st johns" finds St. John's.
#pragma once

#include <string>
#include <string_view>

namespace footprint::core {

/// The search key of a name: lower case, Latin letters without diacritics ("Zürich" -> "zurich",
/// "Łódź" -> "lodz", "Straße" -> "strasse"), apostrophes and dots dropped, hyphens and runs of
/// spaces turned into one space, no leading or trailing space. Other scripts keep their letters
/// (Greek and Cyrillic in lower case), and Chinese is written in Simplified characters ("溫哥華"
/// -> "温哥华", with OpenCC). Middle dots and full-width spaces, commas and hyphens are spaces.
/// Control characters and invalid UTF-8 (bytes, overlong forms, surrogates) are skipped: a key
/// is always valid UTF-8 without control characters.
std::string fold_key(std::string_view utf8);

}  // namespace footprint::core
