// The journal: a GeoJSON FeatureCollection of entries, with its settings, validated as a whole.
// Members the program does not know are kept exactly as they were.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/entry.hpp"
#include "core/error.hpp"
#include "core/json_text.hpp"

namespace footprint::core {

/// One problem found in a journal text, with everything needed to find it.
struct Diagnostic {
  std::string file;
  std::size_t line = 0;    ///< 1-based; 0 when unknown
  std::size_t column = 0;  ///< 1-based; 0 when unknown
  std::string pointer;     ///< JSON pointer of the value, when the JSON itself parsed
  std::string entry;       ///< id (or "#index") of the entry concerned, if any
  std::string message;

  /// "FILE:LINE:COL: POINTER (entry ID): MESSAGE", leaving out what is unknown.
  std::string to_string() const;
};

/// A journal that does not parse or validate; carries every problem found.
class InvalidJournal : public JournalError {
 public:
  explicit InvalidJournal(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

/// An entry edited by hand (`footprint edit` in $EDITOR) that does not parse or validate; its
/// diagnostics name the edited file, with line and column in it.
class InvalidEdit : public InvalidJournal {
 public:
  using InvalidJournal::InvalidJournal;
};

class Journal {
 public:
  /// An empty journal in the current format version.
  static Journal create();
  /// Parses and validates a journal text; throws InvalidJournal listing every problem.
  static Journal parse(std::string text, const std::string& source);
  /// Every problem of a journal text (empty when it is valid); never throws for bad input.
  static std::vector<Diagnostic> check(std::string_view text, const std::string& source);

  /// The entries in file order.
  std::vector<Entry> entries() const;
  std::size_t size() const { return features().size(); }

  /// The id an exact id or a unique id prefix names; throws NotFound or Ambiguous.
  std::string resolve_id(std::string_view id_or_prefix) const;
  /// The entry with this exact id; throws NotFound.
  Entry get(std::string_view id) const;
  /// The entry's feature as stored, unknown members included; throws NotFound.
  const Json& feature(std::string_view id) const;

  /// Adds an entry in date order and returns its id: `entry.id` when given (it must be free),
  /// else one made from the date and place ("2024-10-12-banff", "-2" … on collision).
  std::string add(Entry entry);
  /// Changes the entry with `entry.id`; members the program does not know stay as they were.
  void update(const Entry& entry);
  /// Replaces an entry's whole feature with `text`, the feature edited by hand in the file
  /// `source`. Throws InvalidEdit, whose problems give lines and columns of `text` and JSON
  /// pointers within it, when it does not parse or validate. Returns true when it changed.
  bool replace_feature(std::string_view id, std::string_view text, const std::string& source);
  /// Removes an entry; throws NotFound.
  void remove(std::string_view id);

  /// The top-level "footprint" member: format version, home, and other settings.
  const Json& settings() const;
  /// Sets one setting (a member of "footprint"); a null value removes it.
  void set_setting(const std::string& name, Json value);
  const Json& document() const { return doc_; }

  /// The text to write: the original bytes when nothing changed, else the canonical layout.
  std::string serialize() const;
  bool modified() const { return modified_; }

 private:
  Json& features();
  const Json& features() const;
  std::size_t index_of(std::string_view id) const;
  std::string unique_id(const Entry& entry) const;

  Json doc_;
  std::string original_;
  bool modified_ = false;
};

}  // namespace footprint::core
