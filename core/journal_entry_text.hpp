// Reading one journal entry straight from its text, without building JSON values: the fast way a
// journal is read (a journal of 100,000 entries spent half its reading time building values that
// only served to make each Entry). It takes the plain entries footprint writes and most others;
// anything else is left to parse_json_strict and validate_feature, which say what is wrong.
#pragma once

#include <optional>
#include <string_view>

#include "core/entry.hpp"

namespace footprint::core {

/// The Entry of one feature's JSON text, when the text is a valid entry: JSON that
/// parse_json_strict accepts (strict UTF-8, no duplicate member names, numbers within a double's
/// range) and a feature that validate_feature finds no problem in; the Entry is then the one
/// entry_from_feature gives for it. Returns nullopt for every text that is not, and also for
/// valid ones in forms it does not read (member names with escapes, nesting deeper than 16
/// levels, objects of more than 64 members): the caller then takes the strict path.
std::optional<Entry> read_entry_text(std::string_view text);

/// As read_entry_text, into `entry`, which it empties first and whose buffers it reuses (reading
/// many entries into one allocates little); false where read_entry_text returns nullopt, and
/// `entry` then holds nothing of use.
bool read_entry_text(std::string_view text, Entry& entry);

}  // namespace footprint::core
