// The journal: a GeoJSON FeatureCollection of entries, with its settings, validated as a whole.
// Members the program does not know are kept exactly as they were.
#pragma once

#include <functional>
#include <optional>
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

/// One problem of a value, as the journal's validator reports it (core/journal_schema.hpp).
struct Problem;

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
  /// Every problem of a journal text (empty when it is valid); never throws for bad input. When
  /// the text is valid, `entries` (if given) gets the number of its entries. Faster than parse():
  /// it keeps no entry.
  static std::vector<Diagnostic> check(std::string_view text, const std::string& source,
                                       std::size_t* entries = nullptr);

  /// The entries in file order.
  std::vector<Entry> entries() const;
  std::size_t size() const { return features_.size(); }

  /// The id an exact id or a unique id prefix names; throws NotFound or Ambiguous.
  std::string resolve_id(std::string_view id_or_prefix) const;
  /// The entry with this exact id; throws NotFound.
  Entry get(std::string_view id) const;
  /// The entry's feature as stored, unknown members included; throws NotFound.
  const Json& feature(std::string_view id) const;

  /// Adds an entry in date order and returns its id: `entry.id` when given (it must be free),
  /// else one made from the date and place ("2024-10-12-banff", "-2" … on collision).
  std::string add(Entry entry);
  /// Adds many entries at once, as add() would one after the other, in time linear in the
  /// journal's size (add() is, per entry); `extra_properties[i]`, when given, are more members of
  /// entry i's properties (an imported track's "length_km"). All or none: throws UsageError for
  /// the first entry add() would refuse. Returns the ids in the order of `entries`.
  std::vector<std::string> add_all(const std::vector<Entry>& entries,
                                   const std::vector<Json>& extra_properties = {});
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
  /// The whole document as one value (built on each call: the journal keeps the entries it has
  /// not changed as text).
  Json document() const;

  /// What `validate` would say of the journal as it is now: the checks of the whole document,
  /// made on what changed since it was read (the rest was checked then). Every save runs it.
  std::vector<Problem> problems() const;

  /// The text to write: the original bytes when nothing changed, else the canonical layout, in
  /// which entries that were not changed keep the bytes they were read as.
  std::string serialize() const;
  /// Hands serialize()'s text to `sink` piece by piece, without building it; stops and returns
  /// false as soon as `sink` returns false.
  bool write(const std::function<bool(std::string_view)>& sink) const;
  bool modified() const { return modified_; }

 private:
  // One entry: its text in original_ (when unchanged since it was read) or its value.
  struct Feature {
    static constexpr std::size_t kChanged = std::string::npos;
    std::size_t begin = kChanged;  ///< where its text starts in original_; kChanged if changed
    std::size_t size = 0;
    mutable std::optional<Json> value;  ///< the parsed feature, once asked for (always if changed)
    Entry entry;
  };

  static bool read_by_entry(std::string_view text, const std::string& source, Json& doc,
                            std::vector<Feature>* features, std::size_t& count);
  void read_whole(const std::string& source);
  const Json& value_of(const Feature& f) const;
  std::size_t index_of(std::string_view id) const;
  std::string unique_id(const Entry& entry) const;

  Json doc_;  ///< the top-level members; "features" is an empty array standing for features_
  std::vector<Feature> features_;
  std::string original_;
  bool modified_ = false;
};

}  // namespace footprint::core
