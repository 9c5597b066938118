#include "core/stats.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_set>

#include "core/geodesy.hpp"
#include "core/place_folding.hpp"
#include "core/query.hpp"
#include "core/stats_months.hpp"
#include "core/text_fold.hpp"
#include "core/travel_legs.hpp"
#include "core/whereabouts.hpp"

namespace footprint::core {
namespace {

// Where distances are measured from: home, else the period's first visited place.
struct Origin {
  LonLat position;
  std::string name;
};

// A visited entry whose days overlap the period.
struct Visit {
  const Entry* entry = nullptr;
  Period days;        // clipped to the period
  double far_km = 0;  // its position (of a track: the one) furthest from the origin
  LonLat far_position;
  bool away = true;  // more than kAwayFromHomeKm from home; always without a home
};

Visit make_visit(const Entry& e, const Period& period, const Origin& origin, bool has_home) {
  Visit v{&e, intersection(*entry_period(e), period), 0, e.anchor(), true};
  for (const LonLat& p : e.coordinates) {
    const double km = geodesic_distance_km(origin.position, p);
    if (km > v.far_km) {
      v.far_km = km;
      v.far_position = p;
    }
  }
  v.away = !has_home || v.far_km > kAwayFromHomeKm;
  return v;
}

std::vector<Visit> make_visits(const std::vector<const Entry*>& in_period, const Period& period,
                               const std::optional<Home>& home, Origin& origin) {
  std::optional<Origin> from;
  if (home) from = Origin{home->position, home->place};
  std::vector<Visit> visits;
  for (const Entry* e : in_period) {
    if (e->status != Status::visited) continue;
    if (!from) from = Origin{e->anchor(), place_label(*e)};
    visits.push_back(make_visit(*e, period, *from, home.has_value()));
  }
  if (from) origin = *from;
  return visits;
}

// Entries by status, and by the month their days in the period start in.
void count_entries(TravelStats& s, MonthTable& months, const std::vector<const Entry*>& in_period) {
  for (const Entry* e : in_period) {
    if (e->status == Status::visited) ++s.visited;
    if (e->status == Status::planned) ++s.planned;
    if (e->status == Status::cancelled) ++s.cancelled;
    ++months.at(intersection(*entry_period(*e), s.period).first_day).entries;
  }
}

// Appends `name` unless a name with the same key is already there.
void add_distinct(std::vector<std::string>& names, std::unordered_set<std::string>& keys,
                  const std::string& name) {
  if (!name.empty() && keys.insert(fold_key(name)).second) names.push_back(name);
}

void add_countries_and_regions(TravelStats& s, const std::vector<Visit>& visits) {
  std::unordered_set<std::string> countries, regions;
  for (const Visit& v : visits) {
    add_distinct(s.countries, countries, v.entry->country);
    add_distinct(s.regions, regions, region_label(*v.entry));
  }
}

// Distinct places of the period, and those that no visit before the period had.
void add_places(TravelStats& s, const std::vector<Entry>& sorted, const Period& period) {
  std::vector<const Entry*> visited;
  for (const Entry& e : sorted) {
    if (e.date && e.status == Status::visited) visited.push_back(&e);
  }
  const std::vector<std::size_t> ids = fold_places(visited);
  std::set<std::size_t> seen_before, seen_in;
  for (std::size_t i = 0; i < visited.size(); ++i) {
    const Period days = *entry_period(*visited[i]);
    if (days.first_day < period.first_day) seen_before.insert(ids[i]);
  }
  for (std::size_t i = 0; i < visited.size(); ++i) {
    if (intersection(*entry_period(*visited[i]), period).empty()) continue;
    if (!seen_in.insert(ids[i]).second) continue;
    ++s.distinct_places;
    if (!seen_before.contains(ids[i])) s.new_places.push_back(place_label(*visited[i]));
  }
}

void add_distance(TravelStats& s, MonthTable& months, const std::vector<Visit>& visits,
                  const std::optional<Home>& home) {
  std::vector<const Entry*> route;
  route.reserve(visits.size());
  for (const Visit& v : visits) route.push_back(v.entry);
  std::optional<LonLat> from;
  if (home) from = home->position;
  for (const Leg& leg : travel_legs(route, from, s.period)) {
    s.distance_km += leg.km;
    months.at(leg.arrival_day).km += leg.km;
  }
}

// Nights per country (or region, by `name_of`) over the days spent away.
std::vector<PlaceNights> count_nights(const std::vector<DayRun>& runs,
                                      const std::vector<Visit>& visits,
                                      const std::function<std::string(const Entry&)>& name_of) {
  std::map<std::string, PlaceNights> by_key;
  const DayRun* previous = nullptr;
  std::string previous_key;
  for (const DayRun& r : runs) {
    const Visit& v = visits[r.stay];
    const std::string name = v.away ? name_of(*v.entry) : std::string();
    const std::string key = fold_key(name);
    if (!name.empty()) {
      PlaceNights& n = by_key.try_emplace(key, PlaceNights{name, 0, 0}).first->second;
      n.days += static_cast<int>(r.days());
      n.nights += static_cast<int>(r.days() - 1);
      // The night between two runs in a row at the same country (a move within it).
      if (previous && previous->last_day + 1 == r.first_day && previous_key == key) ++n.nights;
    }
    previous = &r;
    previous_key = name.empty() ? std::string() : key;
  }
  std::vector<PlaceNights> out;
  out.reserve(by_key.size());
  for (auto& [key, n] : by_key) out.push_back(std::move(n));
  std::stable_sort(out.begin(), out.end(), [](const PlaceNights& a, const PlaceNights& b) {
    return a.nights != b.nights ? a.nights > b.nights : a.name < b.name;
  });
  return out;
}

void add_days(TravelStats& s, MonthTable& months, const std::vector<Visit>& visits) {
  std::vector<Stay> stays;
  stays.reserve(visits.size());
  for (const Visit& v : visits) stays.push_back({*entry_period(*v.entry), v.away});
  const std::vector<DayRun> runs = whereabouts(stays, s.period);
  if (s.has_home) {
    s.days_away = 0;
    for (const DayRun& r : runs) {
      if (!visits[r.stay].away) continue;
      *s.days_away += static_cast<int>(r.days());
      months.add_days_away(r.first_day, r.last_day);
    }
  }
  s.nights_by_country = count_nights(runs, visits, [](const Entry& e) { return e.country; });
  s.nights_by_region = count_nights(runs, visits, region_label);
}

void add_records(TravelStats& s, const std::vector<Visit>& visits, const Origin& origin) {
  for (const Visit& v : visits) {
    if (v.far_km > (s.furthest ? s.furthest->km : 0.0)) {
      s.furthest =
          Furthest{v.entry->id, place_label(*v.entry), v.far_position, v.far_km, origin.name};
    }
    if (v.away && (!s.longest_stay || v.days.days() > s.longest_stay->days)) {
      s.longest_stay = LongestStay{v.entry->id, v.entry->title, place_label(*v.entry),
                                   static_cast<int>(v.days.days())};
    }
  }
}

}  // namespace

TravelStats compute_stats(const std::vector<Entry>& all_entries, const std::optional<Home>& home,
                          const Period& period) {
  TravelStats s;
  s.period = period;
  s.has_home = home.has_value();
  const std::vector<Entry> sorted = select(all_entries, Query{});  // date order, undated last
  std::vector<const Entry*> in_period;
  for (const Entry& e : sorted) {
    if (!e.date) ++s.undated;
    if (e.date && !intersection(*entry_period(e), period).empty()) in_period.push_back(&e);
  }
  MonthTable months(period);
  count_entries(s, months, in_period);
  Origin origin;
  const std::vector<Visit> visits = make_visits(in_period, period, home, origin);
  add_places(s, sorted, period);
  add_countries_and_regions(s, visits);
  add_distance(s, months, visits, home);
  add_days(s, months, visits);
  add_records(s, visits, origin);
  s.months = months.take();
  s.busiest_month = busiest_month(s.months);
  return s;
}

}  // namespace footprint::core
