// Numbers typed on the command line (positions, boxes, paper sizes), read in one place with
// std::from_chars: no locale, no exceptions, and a number too large or too small for a double
// is refused rather than thrown past the caller (it was exit 70).
#pragma once

#include <optional>
#include <string_view>

namespace footprint::core {

/// The finite decimal number `text` spells ("51.1784", "-0.5", " +3 "; spaces around it and a
/// leading '+' allowed), or nothing: not a number, trailing characters, out of range, NaN, inf.
std::optional<double> parse_decimal(std::string_view text);

}  // namespace footprint::core
