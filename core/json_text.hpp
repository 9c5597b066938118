// Strict JSON text handling for the journal: parsing with positions and limits, finding where a
// JSON pointer sits in the text, and the canonical layout the journal is written in.
#pragma once

#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>

namespace footprint::core {

/// The JSON value type of journals and styles: objects keep their members in file order.
using Json = nlohmann::ordered_json;

/// Deepest nesting accepted; a GeoJSON journal needs 5 levels, a style a few more.
inline constexpr std::size_t kMaxJsonDepth = 64;

/// 1-based line and column (in characters) of a byte offset in a UTF-8 text.
struct TextPosition {
  std::size_t line = 0;
  std::size_t column = 0;
};
TextPosition position_at(std::string_view text, std::size_t byte_offset);

/// Parses one JSON text as RFC 8259 says, and more strictly than most parsers: no byte order
/// mark, no duplicate member names, no numbers outside the range of a double, no nesting deeper
/// than kMaxJsonDepth. Throws JournalError naming `source`, line and column.
Json parse_json_strict(std::string_view text, const std::string& source);

/// Byte offsets where the values at the given JSON pointers start in `text` (a text that
/// parse_json_strict accepted). Pointers that name nothing are left out.
std::map<std::string, std::size_t> locate_pointers(std::string_view text,
                                                   const std::set<std::string>& pointers);

/// The layout footprint writes: two-space indentation, one member per line, arrays of scalars on
/// one line ("[-113.49, 53.54]"), UTF-8 unescaped, numbers in their shortest round-trip form, a
/// final newline. Parsing this text and writing it again gives the same bytes.
std::string to_canonical_json(const Json& value);

/// Escapes a member name or index for use in a JSON pointer (RFC 6901: ~ → ~0, / → ~1).
std::string pointer_token(std::string_view name);

}  // namespace footprint::core
