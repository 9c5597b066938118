// Chinese in either script as one: Traditional characters folded to Simplified with OpenCC, so
// that 溫哥華 and 温哥华 are one name to the gazetteer.
#pragma once

#include <string>
#include <string_view>

namespace footprint::core {

/// True for a code point of the CJK Unified Ideographs (with extensions A to F) or the CJK
/// Compatibility Ideographs: the Han characters of Chinese (and Japanese) names.
bool is_han(char32_t cp);

/// True for valid UTF-8 written only in Han characters: a Chinese (or Japanese kanji) name.
bool is_all_han(std::string_view utf8);

/// Valid UTF-8 in which Traditional Chinese is written in Simplified characters (OpenCC's t2s:
/// "溫哥華" -> "温哥华", "舊金山" -> "旧金山"); other text is returned as it is. OpenCC is loaded
/// only the first time a Han character is met. Throws IoError when OpenCC's data is missing.
std::string to_simplified_chinese(std::string_view utf8);

/// The other way (OpenCC's s2t: "温哥华" -> "溫哥華"), for telling which script a name is in.
std::string to_traditional_chinese(std::string_view utf8);

/// Without a trailing 市 ("city"), when something is left: "溫哥華市" and "温哥华" are one name.
std::string_view without_city_suffix(std::string_view key);

}  // namespace footprint::core
