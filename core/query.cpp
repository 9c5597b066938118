#include "core/query.hpp"

#include <algorithm>
#include <limits>

#include "core/text_fold.hpp"

namespace footprint::core {
namespace {

// The days an entry covers: its date, through its end when it has one.
bool overlaps(const Entry& e, long first_day, long last_day) {
  if (!e.date) return false;
  const long start = e.date->first_day();
  const long end = e.end ? e.end->last_day() : e.date->last_day();
  return start <= last_day && end >= first_day;
}

bool contains_text(const Entry& e, const std::string& folded_needle) {
  auto has = [&](const std::string& field) {
    return fold_key(field).find(folded_needle) != std::string::npos;
  };
  return has(e.id) || has(e.title) || has(e.place) || has(e.region) || has(e.country) ||
         has(e.notes) || has(e.trip) || std::any_of(e.tags.begin(), e.tags.end(), has);
}

}  // namespace

bool Query::matches(const Entry& e) const {
  if (year && !overlaps(e, days_from_civil(*year, 1, 1), days_from_civil(*year, 12, 31)))
    return false;
  if ((from || to) && !overlaps(e, from ? from->first_day() : std::numeric_limits<long>::min(),
                                to ? to->last_day() : std::numeric_limits<long>::max())) {
    return false;
  }
  for (const auto& tag : tags) {
    if (std::find(e.tags.begin(), e.tags.end(), tag) == e.tags.end()) return false;
  }
  if (!trip.empty() && e.trip != trip) return false;
  if (status && e.status != *status) return false;
  if (!text.empty() && !contains_text(e, fold_key(text))) return false;
  return true;
}

std::vector<Entry> select(std::vector<Entry> entries, const Query& query) {
  std::erase_if(entries, [&](const Entry& e) { return !query.matches(e); });
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (!a.date || !b.date) return a.date.has_value() && !b.date.has_value();
    return *a.date < *b.date;
  });
  return entries;
}

}  // namespace footprint::core
