#include "core/journal.hpp"

#include <algorithm>
#include <bit>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/entry_json.hpp"
#include "core/journal_entry_text.hpp"
#include "core/journal_layout.hpp"
#include "core/journal_schema.hpp"
#include "core/slug.hpp"
#include "core/user_text.hpp"

namespace footprint::core {
namespace {

std::vector<Diagnostic> locate(std::string_view text, const std::string& source,
                               const std::vector<Problem>& problems) {
  // Ask for every ancestor too: a missing member is reported at the object that lacks it.
  std::set<std::string> pointers;
  for (const Problem& p : problems) {
    for (std::string q = p.pointer;; q.erase(q.rfind('/'))) {
      pointers.insert(q);
      if (q.empty()) break;
    }
  }
  const auto offsets = locate_pointers(text, pointers);
  std::vector<Diagnostic> out;
  for (const Problem& p : problems) {
    Diagnostic d{source, 0, 0, p.pointer, p.entry, p.message};
    // A missing member has no position: point at the object that lacks it.
    std::string pointer = p.pointer;
    auto it = offsets.find(pointer);
    while (it == offsets.end() && !pointer.empty()) {
      pointer.erase(pointer.rfind('/'));
      it = offsets.find(pointer);
    }
    if (it != offsets.end()) {
      const TextPosition pos = position_at(text, it->second);
      d.line = pos.line;
      d.column = pos.column;
    }
    out.push_back(std::move(d));
  }
  return out;
}

std::string summary(const std::vector<Diagnostic>& diagnostics) {
  std::string s =
      diagnostics.empty() ? std::string("invalid journal") : diagnostics.front().to_string();
  if (diagnostics.size() > 1) {
    s += " (and " + std::to_string(diagnostics.size() - 1) + " more problem" +
         (diagnostics.size() > 2 ? "s" : "") + ")";
  }
  return s;
}

// Whether strings are all distinct: an open-addressing table of views of them, which a journal of
// 100,000 entries fills several times faster than an unordered_set (a node allocated per id).
class DistinctIds {
 public:
  explicit DistinctIds(std::size_t count) : slots_(std::bit_ceil(2 * count + 2)) {}
  /// Adds `id`, which must outlive the table; false when it is there already.
  bool insert(std::string_view id) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = std::hash<std::string_view>{}(id)&mask;; i = (i + 1) & mask) {
      if (slots_[i].data() == nullptr) {
        slots_[i] = id;
        return true;
      }
      if (slots_[i] == id) return false;
    }
  }

 private:
  std::vector<std::string_view> slots_;  // an empty slot's view has no data
};

// The id a new entry starts from: "DATE-PLACE" (the day, not the time), or "DATE-entry".
std::string id_base(const Entry& entry) {
  std::string base = slugify(!entry.place.empty() ? entry.place : entry.title);
  if (base.empty()) base = "entry";
  if (entry.date) base = entry.date->text().substr(0, 10) + "-" + base;
  return base;
}

}  // namespace

std::string Diagnostic::to_string() const {
  std::string s;
  if (!file.empty()) s += file + ":";
  if (line != 0) s += std::to_string(line) + ":" + std::to_string(column) + ":";
  if (!s.empty()) s += " ";
  if (!pointer.empty()) s += pointer + (entry.empty() ? ": " : " ");
  if (!entry.empty()) s += "(entry " + entry + "): ";
  return printable_text(s + message);
}

InvalidJournal::InvalidJournal(std::vector<Diagnostic> diagnostics)
    : JournalError(summary(diagnostics), diagnostics.empty() ? "" : diagnostics.front().file,
                   diagnostics.empty() ? 0 : diagnostics.front().line,
                   diagnostics.empty() ? 0 : diagnostics.front().column),
      diagnostics_(std::move(diagnostics)) {}

Journal Journal::create() {
  Journal j;
  j.doc_["type"] = "FeatureCollection";
  j.doc_[kSettingsMember] = Json{{"version", kJournalFormatVersion}};
  j.doc_["features"] = Json::array();
  j.modified_ = true;
  return j;
}

// Reads a journal one entry at a time: the top-level members are parsed and validated as a
// document whose features are left out, then each feature is parsed from its own text, validated
// and kept as that text and its Entry (in `features`; without it, only checked and counted). A
// large journal is then never one value in memory. Any problem, and anything the layout scan does
// not take, returns false: the caller reads the text whole, which reports every problem with its
// line and column.
bool Journal::read_by_entry(std::string_view text, const std::string& source, Json& doc,
                            std::vector<Feature>* features, std::size_t& count) {
  const auto layout = scan_journal_layout(text);
  if (!layout || !layout->features) return false;
  const auto part = [&](const TextSpan& span) { return text.substr(span.begin, span.size); };
  try {
    doc = Json::object();
    auto& members = doc.get_ref<Json::object_t&>();
    for (const auto& member : layout->members) {
      Json name = parse_json_strict(part(member.name), source);
      // A name spelled "features" in another way, or twice, is left to the whole reading.
      if (!name.is_string() || doc.contains(name.get_ref<const std::string&>())) return false;
      const bool is_features = part(member.name) == "\"features\"";
      if (!is_features && name.get_ref<const std::string&>() == "features") return false;
      if (member.value.depth + 1 > kMaxJsonDepth) return false;
      members.emplace_back(
          name.get<std::string>(),
          is_features ? Json::array() : parse_json_strict(part(member.value), source));
    }
    if (!doc.contains("features") || !doc["features"].is_array() || !doc["features"].empty() ||
        !validate_journal(doc).empty()) {
      return false;
    }
    const std::size_t n = layout->features->size();
    if (features != nullptr) {
      features->clear();
      // Room for a few more: an `add` then moves no entry to a new array, which held two copies
      // of the array at once (a sixth of the peak memory of an add to 100,000 entries).
      features->reserve(n + 16);
    }
    Entry scratch;                  // the entry being read when they are not kept
    std::vector<std::string> kept;  // then their ids, which `ids` views (reserved: never moved)
    if (features == nullptr) kept.reserve(n);
    DistinctIds ids(n);
    for (count = 0; count < n; ++count) {
      const TextSpan& span = (*layout->features)[count];
      if (span.depth + 2 > kMaxJsonDepth) return false;
      Entry& entry = features != nullptr
                         ? features->emplace_back(Feature{span.begin, span.size, {}, {}}).entry
                         : scratch;
      // Most entries are read straight from their text (journal_entry_text.hpp); the others are
      // parsed and validated as values.
      if (!read_entry_text(part(span), entry)) {
        const Json feature = parse_json_strict(part(span), source);
        if (!validate_feature(feature, "/features/" + std::to_string(count)).empty()) {
          return false;
        }
        entry = entry_from_feature(feature);
      }
      if (!ids.insert(features != nullptr ? entry.id : kept.emplace_back(entry.id))) return false;
    }
  } catch (const JournalError&) {
    return false;
  }
  return true;
}

// Reads the text as one value: the way that finds and places every problem.
void Journal::read_whole(const std::string& source) {
  try {
    doc_ = parse_json_strict(original_, source);
  } catch (const JournalError& e) {
    throw InvalidJournal({Diagnostic{e.file(), e.line(), e.column(), "", "", e.what()}});
  }
  if (auto problems = validate_journal(doc_); !problems.empty()) {
    throw InvalidJournal(locate(original_, source, problems));
  }
  // Valid, though not in a shape read_by_entry takes: the entries are kept as values.
  features_.clear();
  for (Json& feature : doc_["features"]) {
    Feature f;
    f.entry = entry_from_feature(feature);
    f.value = std::move(feature);
    features_.push_back(std::move(f));
  }
  doc_["features"] = Json::array();
}

std::vector<Diagnostic> Journal::check(std::string_view text, const std::string& source,
                                       std::size_t* entries) {
  Json doc;
  std::size_t count = 0;
  if (read_by_entry(text, source, doc, nullptr, count)) {
    if (entries != nullptr) *entries = count;
    return {};
  }
  try {
    doc = parse_json_strict(text, source);
  } catch (const JournalError& e) {
    return {Diagnostic{e.file(), e.line(), e.column(), "", "", e.what()}};
  }
  auto diagnostics = locate(text, source, validate_journal(doc));
  if (diagnostics.empty() && entries != nullptr) *entries = doc["features"].size();
  return diagnostics;
}

Journal Journal::parse(std::string text, const std::string& source) {
  Journal j;
  j.original_ = std::move(text);
  std::size_t count = 0;
  if (!read_by_entry(j.original_, source, j.doc_, &j.features_, count)) j.read_whole(source);
  return j;
}

const Json& Journal::value_of(const Feature& f) const {
  // Text read and validated by read_by_entry: parsing it again cannot fail.
  if (!f.value)
    f.value = parse_json_strict(std::string_view(original_).substr(f.begin, f.size), "");
  return *f.value;
}

std::vector<Entry> Journal::entries() const {
  std::vector<Entry> out;
  out.reserve(features_.size());
  for (const Feature& f : features_) out.push_back(f.entry);
  return out;
}

std::size_t Journal::index_of(std::string_view id) const {
  for (std::size_t i = 0; i < features_.size(); ++i) {
    if (features_[i].entry.id == id) return i;
  }
  throw NotFound("no entry with id \"" + std::string(id) + "\" (footprint list shows the ids)");
}

std::string Journal::resolve_id(std::string_view id_or_prefix) const {
  std::vector<std::string> matches;
  for (const Feature& f : features_) {
    const std::string& id = f.entry.id;
    if (id == id_or_prefix) return id;
    if (id.starts_with(id_or_prefix)) matches.push_back(id);
  }
  if (matches.size() == 1 && !id_or_prefix.empty()) return matches.front();
  if (matches.empty() || id_or_prefix.empty()) {
    throw NotFound("no entry with id \"" + std::string(id_or_prefix) +
                   "\" (footprint list shows the ids)");
  }
  std::string message = "\"" + std::string(id_or_prefix) + "\" matches " +
                        std::to_string(matches.size()) + " entries:";
  for (const auto& m : matches) message += "\n  " + m;
  throw Ambiguous(message);
}

Entry Journal::get(std::string_view id) const {
  return features_[index_of(id)].entry;
}

const Json& Journal::feature(std::string_view id) const {
  return value_of(features_[index_of(id)]);
}

std::string Journal::unique_id(const Entry& entry) const {
  const std::string base = id_base(entry);
  std::unordered_set<std::string_view> taken;
  for (const Feature& f : features_) {
    if (f.entry.id.starts_with(base)) taken.insert(f.entry.id);
  }
  std::string id = base;
  for (int n = 2; taken.contains(id); ++n) id = base + "-" + std::to_string(n);
  return id;
}

std::string Journal::add(Entry entry) {
  if (entry.coordinates.empty()) throw UsageError("an entry needs a position");
  if (entry.id.empty()) {
    entry.id = unique_id(entry);
  } else {
    for (const Feature& f : features_) {
      if (f.entry.id == entry.id)
        throw UsageError("an entry with id \"" + entry.id + "\" exists already");
    }
  }
  Json feature = feature_from_entry(entry);
  if (auto problems = validate_feature(feature, "/features/-"); !problems.empty()) {
    throw UsageError(problems.front().message);
  }
  // Keep a journal in date order: insert before the first entry that starts later.
  auto pos = features_.end();
  if (entry.date) {
    pos = std::find_if(features_.begin(), features_.end(), [&](const Feature& f) {
      return f.entry.date && *entry.date < *f.entry.date;
    });
  }
  Feature added;
  added.entry = entry_from_feature(feature);
  added.value = std::move(feature);
  features_.insert(pos, std::move(added));
  modified_ = true;
  return entry.id;
}

std::vector<std::string> Journal::add_all(const std::vector<Entry>& entries,
                                          const std::vector<Json>& extra_properties) {
  std::unordered_set<std::string> taken;
  for (const Feature& f : features_) taken.insert(f.entry.id);
  // Where each new entry goes: before the first entry of the journal that starts later, as add()
  // puts it. A journal in date order is searched by halves.
  std::vector<std::pair<Date, std::size_t>> dated;
  for (std::size_t i = 0; i < features_.size(); ++i) {
    if (features_[i].entry.date) dated.emplace_back(*features_[i].entry.date, i);
  }
  const auto by_date = [](const auto& a, const auto& b) { return a.first < b.first; };
  const bool in_order = std::is_sorted(dated.begin(), dated.end(), by_date);
  const auto gap_of = [&](const std::optional<Date>& date) {
    if (!date) return features_.size();
    if (in_order) {
      auto it =
          std::upper_bound(dated.begin(), dated.end(), std::pair(*date, std::size_t{0}), by_date);
      return it == dated.end() ? features_.size() : it->second;
    }
    for (const auto& [d, i] : dated) {
      if (*date < d) return i;
    }
    return features_.size();
  };
  struct New {
    std::size_t gap;
    std::optional<Date> date;
    Feature feature;
  };
  std::vector<New> news;
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    Entry entry = entries[i];
    if (entry.coordinates.empty()) throw UsageError("an entry needs a position");
    if (entry.id.empty()) {
      const std::string base = id_base(entry);
      entry.id = base;
      for (int n = 2; taken.contains(entry.id); ++n) entry.id = base + "-" + std::to_string(n);
    } else if (taken.contains(entry.id)) {
      throw UsageError("an entry with id \"" + entry.id + "\" exists already");
    }
    taken.insert(entry.id);
    Json value = feature_from_entry(entry);
    if (i < extra_properties.size()) value["properties"].update(extra_properties[i]);
    if (auto problems = validate_feature(value, "/features/-"); !problems.empty()) {
      throw UsageError(problems.front().message);
    }
    ids.push_back(entry.id);
    Feature added;
    added.entry = entry_from_feature(value);
    added.value = std::move(value);
    news.push_back({gap_of(entry.date), entry.date, std::move(added)});
  }
  // Within one gap the new entries are in date order, undated ones last, else as given.
  std::stable_sort(news.begin(), news.end(), [](const New& a, const New& b) {
    if (a.gap != b.gap) return a.gap < b.gap;
    if (a.date && b.date) return *a.date < *b.date;
    return a.date.has_value() && !b.date.has_value();
  });
  std::vector<Feature> merged;
  merged.reserve(features_.size() + news.size());
  std::size_t next = 0;
  for (std::size_t i = 0; i <= features_.size(); ++i) {
    for (; next < news.size() && news[next].gap == i; ++next) {
      merged.push_back(std::move(news[next].feature));
    }
    if (i < features_.size()) merged.push_back(std::move(features_[i]));
  }
  features_ = std::move(merged);
  if (!entries.empty()) modified_ = true;
  return ids;
}

void Journal::update(const Entry& entry) {
  const std::size_t index = index_of(entry.id);
  Feature& f = features_[index];
  Json updated = value_of(f);
  update_feature(updated, entry);
  if (auto problems = validate_feature(updated, "/features/" + std::to_string(index));
      !problems.empty()) {
    throw UsageError(problems.front().message);
  }
  if (updated != value_of(f)) {
    f.entry = entry_from_feature(updated);
    f.value = std::move(updated);
    f.begin = Feature::kChanged;
    modified_ = true;
  }
}

bool Journal::replace_feature(std::string_view id, std::string_view text,
                              const std::string& source) {
  const std::size_t index = index_of(id);
  Json feature;
  try {
    feature = parse_json_strict(text, source);
  } catch (const JournalError& e) {
    throw InvalidEdit({Diagnostic{e.file(), e.line(), e.column(), "", "", e.what()}});
  }
  // Pointers relative to the edited text, so that they and the positions name the same thing.
  std::vector<Problem> problems = validate_feature(feature, "");
  if (feature.is_object() && feature.contains("id") && feature["id"].is_string() &&
      feature["id"] != std::string(id)) {
    for (const Feature& f : features_) {
      if (f.entry.id == feature["id"].get_ref<const std::string&>()) {
        problems.push_back(Problem{"/id", "", "another entry has the id " + feature["id"].dump()});
      }
    }
  }
  if (!problems.empty()) throw InvalidEdit(locate(text, source, problems));
  Feature& f = features_[index];
  if (value_of(f) == feature) return false;
  f.entry = entry_from_feature(feature);
  f.value = std::move(feature);
  f.begin = Feature::kChanged;
  modified_ = true;
  return true;
}

void Journal::remove(std::string_view id) {
  features_.erase(features_.begin() + static_cast<std::ptrdiff_t>(index_of(id)));
  modified_ = true;
}

void Journal::set_setting(const std::string& name, Json value) {
  if (!doc_.contains(kSettingsMember)) {
    doc_[kSettingsMember] = Json{{"version", kJournalFormatVersion}};
  }
  Json& settings = doc_[kSettingsMember];
  if (value.is_null()) {
    if (settings.erase(name) == 0) return;
  } else {
    if (settings.contains(name) && settings[name] == value) return;
    settings[name] = std::move(value);
  }
  modified_ = true;
}

const Json& Journal::settings() const {
  static const Json empty = Json::object();
  auto it = doc_.find(kSettingsMember);
  return it == doc_.end() ? empty : *it;
}

Json Journal::document() const {
  Json doc = doc_;
  Json& features = doc["features"];
  for (const Feature& f : features_) {
    features.push_back(
        f.value ? *f.value
                : parse_json_strict(std::string_view(original_).substr(f.begin, f.size), ""));
  }
  return doc;
}

std::vector<Problem> Journal::problems() const {
  std::vector<Problem> out = validate_journal(doc_);
  // The entries read by read_by_entry had distinct ids: two entries can share one only when one
  // of them changed (or was read whole).
  std::unordered_set<std::string_view> changed;
  for (const Feature& f : features_) {
    if (f.begin == Feature::kChanged) changed.insert(f.entry.id);
  }
  std::unordered_map<std::string_view, std::size_t> first_index;
  for (std::size_t i = 0; i < features_.size(); ++i) {
    const Feature& f = features_[i];
    const auto pointer = [i] { return "/features/" + std::to_string(i); };
    if (f.begin == Feature::kChanged) {
      auto problems = validate_feature(*f.value, pointer());
      out.insert(out.end(), problems.begin(), problems.end());
    }
    if (!changed.contains(f.entry.id)) continue;
    const auto [it, fresh] = first_index.emplace(f.entry.id, i);
    if (!fresh) {
      out.push_back(Problem{pointer() + "/id", f.entry.id,
                            "duplicate id \"" + f.entry.id + "\" (also at /features/" +
                                std::to_string(it->second) + ")"});
    }
  }
  return out;
}

namespace {

// Canonical text of a value standing at `indent` in the document: to_canonical_json's text with
// each line break followed by the indentation (canonical text has raw line breaks only between
// lines: inside strings they are escaped).
std::string indented_canonical(const Json& value, std::size_t indent) {
  std::string text = to_canonical_json(value);
  text.pop_back();  // its final newline
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    out += c;
    if (c == '\n') out.append(indent, ' ');
  }
  return out;
}

}  // namespace

bool Journal::write(const std::function<bool(std::string_view)>& sink) const {
  if (!modified_ && !original_.empty()) return sink(original_);
  // The canonical layout (json_text.hpp), written member by member; the features array element
  // by element, where runs of unchanged entries that were written canonically are one piece.
  constexpr std::string_view kSeparator = ",\n    ";
  const std::string_view original(original_);
  bool first_member = true;
  if (!sink("{")) return false;
  for (const auto& [name, value] : doc_.items()) {
    std::string head = first_member ? "\n  " : ",\n  ";
    first_member = false;
    head += Json(name).dump() + ": ";
    if (!sink(head)) return false;
    if (name != "features") {
      if (!sink(indented_canonical(value, 2))) return false;
      continue;
    }
    if (features_.empty()) {
      if (!sink("[]")) return false;
      continue;
    }
    if (!sink("[\n    ")) return false;
    std::size_t run_begin = 0, run_end = 0;  // unchanged text not yet handed over
    for (std::size_t i = 0; i < features_.size(); ++i) {
      const Feature& f = features_[i];
      const bool extends = run_end > run_begin && f.begin != Feature::kChanged &&
                           f.begin == run_end + kSeparator.size() &&
                           original.substr(run_end, kSeparator.size()) == kSeparator;
      if (extends) {
        run_end = f.begin + f.size;
        continue;
      }
      if (run_end > run_begin && !sink(original.substr(run_begin, run_end - run_begin))) {
        return false;
      }
      run_begin = run_end = 0;
      if (i > 0 && !sink(kSeparator)) return false;
      if (f.begin != Feature::kChanged) {
        run_begin = f.begin;
        run_end = f.begin + f.size;
      } else if (!sink(indented_canonical(*f.value, 4))) {
        return false;
      }
    }
    if (run_end > run_begin && !sink(original.substr(run_begin, run_end - run_begin))) {
      return false;
    }
    if (!sink("\n  ]")) return false;
  }
  return sink(first_member ? "}\n" : "\n}\n");
}

std::string Journal::serialize() const {
  std::string out;
  write([&](std::string_view piece) {
    out += piece;
    return true;
  });
  return out;
}

}  // namespace footprint::core
