// Text a person gives for the journal (titles, places, notes, tags): it must be valid UTF-8, as a
// JSON journal is, and free of control characters, which would garble listings and terminals.
// Ids are stricter: no character that is not seen as what it is (spaces, format characters).
// And text footprint shows in a message is made printable first.
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

/// What is wrong with `id` as an entry's id, as a sentence ("an id must not hold …"), or nothing.
/// An id is non-empty UTF-8 without any character of the Unicode general categories Zs, Zl, Zp
/// (spaces and separators: U+0020, U+00A0, U+3000, U+2028 …), Cc (controls) or Cf (format
/// characters: U+200B zero-width space, U+FEFF, bidi controls such as U+202E …); the message
/// names the code point.
std::optional<std::string> id_problem(std::string_view id);

/// The general category ("Zs", "Zl", "Zp", "Cc" or "Cf") of a code point in one of those
/// categories, or nothing (core/invisible_characters.inc, made by scripts/make-invisible-table).
std::optional<std::string_view> invisible_category(char32_t code_point);

/// `text` as a message may show it: well-formed UTF-8 as it is, but every byte that is not part
/// of it as \xFF, control characters other than line breaks and tabs as \x1B (C1: \u0085), and
/// format characters (bidi controls, zero-width spaces) as \u202E, so that a message never
/// sends a terminal raw bytes or reorders itself.
std::string printable_text(std::string_view text);

/// Length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, nothing
/// above U+10FFFF) starting at `text[i]`, or 0 when there is none.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

}  // namespace footprint::core
