// Fuzz target: the journal loader. Any bytes give a journal or a list of problems, never a crash;
// check() and parse() agree, reading by entry gives what reading whole gives; an accepted journal
// is written back byte for byte when unchanged, after a change it loads back the same, and its
// canonical text (what a save writes after a change) loads back to the same journal.
#include <cstdint>
#include <optional>
#include <string>

#include "core/journal.hpp"
#include "fuzz_check.hpp"

namespace {

using footprint::core::Journal;

std::optional<Journal> parse_or_none(const std::string& text, const char* source) {
  try {
    return Journal::parse(text, source);
  } catch (const footprint::core::InvalidJournal&) {
    return std::nullopt;
  }
}

void check_round_trip(const Journal& j, const std::string& text) {
  FUZZ_CHECK(j.serialize() == text, "an unchanged journal is written back byte for byte");
  // A journal is read one entry at a time when it can be (core/journal_layout.hpp): the same
  // document as reading the text whole.
  FUZZ_CHECK(j.document() == footprint::core::parse_json_strict(text, "whole"),
             "read by entry == read whole");
  const std::string canonical = footprint::core::to_canonical_json(j.document());
  const auto again = parse_or_none(canonical, "canonical");
  FUZZ_CHECK(again.has_value(), "the canonical text of a valid journal is valid");
  FUZZ_CHECK(again->document() == j.document(), "parse(serialize(journal)) == journal");
  FUZZ_CHECK(again->serialize() == canonical, "the canonical text is stable");
}

// What the commands do with a loaded journal: read every entry, resolve ids, add one.
void check_use(Journal j) {
  const auto entries = j.entries();
  for (const auto& e : entries) FUZZ_CHECK(j.resolve_id(e.id) == e.id, "an exact id resolves");
  footprint::core::Entry added;
  added.place = "Fuzz";
  added.date = footprint::core::Date::parse("2024-06-01");
  added.coordinates = {{1.5, -2.25}};
  const std::string id = j.add(added);
  const auto saved = parse_or_none(j.serialize(), "saved");
  FUZZ_CHECK(saved.has_value(), "a journal with an added entry is valid");
  FUZZ_CHECK(saved->size() == entries.size() + 1 && saved->get(id).place == "Fuzz",
             "an added entry is saved");
  FUZZ_CHECK(saved->document() == j.document(),
             "unchanged entries written as they were read load back to the same values");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto problems = Journal::check(text, "fuzz");
  const auto journal = parse_or_none(text, "fuzz");
  FUZZ_CHECK(problems.empty() == journal.has_value(), "check() and parse() agree");
  for (const auto& p : problems) {
    FUZZ_CHECK(!p.message.empty() && (p.line == 0) == (p.column == 0),
               "problems say what and where");
  }
  if (!journal) return 0;
  check_round_trip(*journal, text);
  check_use(*journal);
  return 0;
}
