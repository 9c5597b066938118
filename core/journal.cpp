#include "core/journal.hpp"

#include <algorithm>
#include <set>

#include "core/slug.hpp"
#include "core/entry_json.hpp"
#include "core/journal_schema.hpp"

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

std::optional<Date> date_of(const Json& feature) {
  auto props = feature.find("properties");
  if (props == feature.end() || !props->is_object()) return std::nullopt;
  auto date = props->find("date");
  if (date == props->end() || !date->is_string()) return std::nullopt;
  return Date::parse(date->get<std::string>());
}

// The id "DATE-PLACE" (or "-2", "-3" … when taken) of a new entry.
std::string free_id(const Entry& entry, const std::set<std::string>& taken) {
  std::string base = slugify(!entry.place.empty() ? entry.place : entry.title);
  if (base.empty()) base = "entry";
  if (entry.date) base = entry.date->text().substr(0, 10) + "-" + base;  // the day, not the time
  std::string id = base;
  for (int n = 2; taken.count(id) != 0; ++n) id = base + "-" + std::to_string(n);
  return id;
}

}  // namespace

std::string Diagnostic::to_string() const {
  std::string s;
  if (!file.empty()) s += file + ":";
  if (line != 0) s += std::to_string(line) + ":" + std::to_string(column) + ":";
  if (!s.empty()) s += " ";
  if (!pointer.empty()) s += pointer + (entry.empty() ? ": " : " ");
  if (!entry.empty()) s += "(entry " + entry + "): ";
  return s + message;
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

std::vector<Diagnostic> Journal::check(std::string_view text, const std::string& source) {
  Json doc;
  try {
    doc = parse_json_strict(text, source);
  } catch (const JournalError& e) {
    return {Diagnostic{e.file(), e.line(), e.column(), "", "", e.what()}};
  }
  return locate(text, source, validate_journal(doc));
}

Journal Journal::parse(std::string text, const std::string& source) {
  Journal j;
  try {
    j.doc_ = parse_json_strict(text, source);
  } catch (const JournalError& e) {
    throw InvalidJournal({Diagnostic{e.file(), e.line(), e.column(), "", "", e.what()}});
  }
  if (auto problems = validate_journal(j.doc_); !problems.empty()) {
    throw InvalidJournal(locate(text, source, problems));
  }
  j.original_ = std::move(text);
  return j;
}

Json& Journal::features() {
  return doc_["features"];
}
const Json& Journal::features() const {
  return doc_["features"];
}

std::vector<Entry> Journal::entries() const {
  std::vector<Entry> out;
  out.reserve(features().size());
  for (const Json& f : features()) out.push_back(entry_from_feature(f));
  return out;
}

std::size_t Journal::index_of(std::string_view id) const {
  const Json& fs = features();
  for (std::size_t i = 0; i < fs.size(); ++i) {
    if (fs[i]["id"].get_ref<const std::string&>() == id) return i;
  }
  throw NotFound("no entry with id \"" + std::string(id) + "\" (footprint list shows the ids)");
}

std::string Journal::resolve_id(std::string_view id_or_prefix) const {
  std::vector<std::string> matches;
  for (const Json& f : features()) {
    const auto& id = f["id"].get_ref<const std::string&>();
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
  return entry_from_feature(features()[index_of(id)]);
}

const Json& Journal::feature(std::string_view id) const {
  return features()[index_of(id)];
}

std::string Journal::unique_id(const Entry& entry) const {
  std::set<std::string> taken;
  for (const Json& f : features()) taken.insert(f["id"].get<std::string>());
  return free_id(entry, taken);
}

std::string Journal::add(Entry entry) {
  if (entry.coordinates.empty()) throw UsageError("an entry needs a position");
  if (entry.id.empty()) {
    entry.id = unique_id(entry);
  } else {
    for (const Json& f : features()) {
      if (f["id"] == entry.id)
        throw UsageError("an entry with id \"" + entry.id + "\" exists already");
    }
  }
  Json feature = feature_from_entry(entry);
  if (auto problems = validate_feature(feature, "/features/-"); !problems.empty()) {
    throw UsageError(problems.front().message);
  }
  // Keep a journal in date order: insert before the first entry that starts later.
  Json& fs = features();
  auto pos = fs.end();
  if (entry.date) {
    pos = std::find_if(fs.begin(), fs.end(), [&](const Json& f) {
      const auto d = date_of(f);
      return d && *entry.date < *d;
    });
  }
  fs.insert(pos, std::move(feature));
  modified_ = true;
  return entry.id;
}

std::vector<std::string> Journal::add_all(const std::vector<Entry>& entries,
                                          const std::vector<Json>& extra_properties) {
  std::set<std::string> taken;
  for (const Json& f : features()) taken.insert(f["id"].get<std::string>());
  // Where each new entry goes: before the first entry of the journal that starts later, as add()
  // puts it. The journal's dates are read once (a journal in date order is searched by halves).
  std::vector<std::pair<Date, std::size_t>> dated;
  for (std::size_t i = 0; i < features().size(); ++i) {
    if (auto d = date_of(features()[i])) dated.emplace_back(*d, i);
  }
  const auto by_date = [](const auto& a, const auto& b) { return a.first < b.first; };
  const bool in_order = std::is_sorted(dated.begin(), dated.end(), by_date);
  auto gap_of = [&](const std::optional<Date>& date) {
    if (!date) return features().size();
    if (in_order) {
      auto it =
          std::upper_bound(dated.begin(), dated.end(), std::pair(*date, std::size_t{0}), by_date);
      return it == dated.end() ? features().size() : it->second;
    }
    for (const auto& [d, i] : dated) {
      if (*date < d) return i;
    }
    return features().size();
  };
  struct New {
    std::size_t gap;
    std::optional<Date> date;
    Json feature;
  };
  std::vector<New> news;
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    Entry entry = entries[i];
    if (entry.coordinates.empty()) throw UsageError("an entry needs a position");
    if (entry.id.empty()) {
      entry.id = free_id(entry, taken);
    } else if (taken.count(entry.id) != 0) {
      throw UsageError("an entry with id \"" + entry.id + "\" exists already");
    }
    taken.insert(entry.id);
    Json feature = feature_from_entry(entry);
    if (i < extra_properties.size()) feature["properties"].update(extra_properties[i]);
    if (auto problems = validate_feature(feature, "/features/-"); !problems.empty()) {
      throw UsageError(problems.front().message);
    }
    ids.push_back(entry.id);
    news.push_back({gap_of(entry.date), entry.date, std::move(feature)});
  }
  // Within one gap the new entries are in date order, undated ones last, else as given.
  std::stable_sort(news.begin(), news.end(), [](const New& a, const New& b) {
    if (a.gap != b.gap) return a.gap < b.gap;
    if (a.date && b.date) return *a.date < *b.date;
    return a.date.has_value() && !b.date.has_value();
  });
  Json merged = Json::array();
  std::size_t next = 0;
  for (std::size_t i = 0; i <= features().size(); ++i) {
    for (; next < news.size() && news[next].gap == i; ++next) {
      merged.push_back(std::move(news[next].feature));
    }
    if (i < features().size()) merged.push_back(std::move(features()[i]));
  }
  features() = std::move(merged);
  if (!entries.empty()) modified_ = true;
  return ids;
}

void Journal::update(const Entry& entry) {
  Json& feature = features()[index_of(entry.id)];
  Json updated = feature;
  update_feature(updated, entry);
  if (auto problems = validate_feature(updated, "/features/" + std::to_string(index_of(entry.id)));
      !problems.empty()) {
    throw UsageError(problems.front().message);
  }
  if (updated != feature) {
    feature = std::move(updated);
    modified_ = true;
  }
}

void Journal::replace_feature(std::string_view id, Json feature, const std::string& source) {
  const std::size_t index = index_of(id);
  const std::string pointer = "/features/" + std::to_string(index);
  std::vector<Diagnostic> diagnostics;
  for (const Problem& p : validate_feature(feature, pointer)) {
    diagnostics.push_back(Diagnostic{source, 0, 0, p.pointer, p.entry, p.message});
  }
  if (feature.is_object() && feature.contains("id") && feature["id"] != std::string(id)) {
    for (const Json& f : features()) {
      if (f["id"] == feature["id"]) {
        diagnostics.push_back(Diagnostic{source, 0, 0, pointer + "/id", "",
                                         "another entry has the id " + feature["id"].dump()});
      }
    }
  }
  if (!diagnostics.empty()) throw InvalidJournal(std::move(diagnostics));
  if (features()[index] != feature) {
    features()[index] = std::move(feature);
    modified_ = true;
  }
}

void Journal::remove(std::string_view id) {
  Json& fs = features();
  fs.erase(fs.begin() + static_cast<std::ptrdiff_t>(index_of(id)));
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

std::string Journal::serialize() const {
  if (!modified_ && !original_.empty()) return original_;
  return to_canonical_json(doc_);
}

}  // namespace footprint::core
