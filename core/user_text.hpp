// Text a person gives for the journal (titles, places, notes, tags): it must be valid UTF-8, as a
// JSON journal is, and free of control characters, which would garble listings and terminals.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace footprint::core {

enum class TextLines { single, multiple };

/// What is wrong with `text` as a journal field, to be put after the field's name ("is not valid
/// UTF-8 (byte 0xFF at offset 3)"), or nothing when it is fine. Multi-line text (notes) may hold
/// line feeds and tabs; no text may hold other control characters (C0, DEL, C1).
std::optional<std::string> user_text_problem(std::string_view text, TextLines lines);

/// Length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, nothing
/// above U+10FFFF) starting at `text[i]`, or 0 when there is none.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

}  // namespace footprint::core
