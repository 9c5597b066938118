#include "core/journal.hpp"

#include <algorithm>
#include <set>

#include "core/entry_json.hpp"
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

std::optional<Date> date_of(const Json& feature) {
  auto props = feature.find("properties");
  if (props == feature.end() || !props->is_object()) return std::nullopt;
  auto date = props->find("date");
  if (date == props->end() || !date->is_string()) return std::nullopt;
  return Date::parse(date->get<std::string>());
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
  std::string base = slugify(!entry.place.empty() ? entry.place : entry.title);
  if (base.empty()) base = "entry";
  if (entry.date) base = entry.date->text().substr(0, 10) + "-" + base;  // the day, not the time
  std::set<std::string> taken;
  for (const Json& f : features()) taken.insert(f["id"].get<std::string>());
  std::string id = base;
  for (int n = 2; taken.count(id) != 0; ++n) id = base + "-" + std::to_string(n);
  return id;
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
  if (feature.is_object() && feature.contains("id") && feature["id"] != std::string(id)) {
    for (const Json& f : features()) {
      if (f["id"] == feature["id"]) {
        problems.push_back(Problem{"/id", "", "another entry has the id " + feature["id"].dump()});
      }
    }
  }
  if (!problems.empty()) throw InvalidEdit(locate(text, source, problems));
  if (features()[index] == feature) return false;
  features()[index] = std::move(feature);
  modified_ = true;
  return true;
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
