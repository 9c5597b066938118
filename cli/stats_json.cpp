#include "cli/stats_json.hpp"

#include <array>
#include <cmath>
#include <cstdio>

namespace footprint::cli {
namespace {

double km(double value) {
  return std::round(value * 10.0) / 10.0;
}

std::string month_text(const core::YearMonth& m) {
  std::array<char, 16> buf{};
  std::snprintf(buf.data(), buf.size(), "%04d-%02d", m.year, m.month);
  return buf.data();
}

core::Json position(const core::LonLat& p) {
  return core::Json::array({p.lon, p.lat});
}

core::Json nights_json(const std::vector<core::PlaceNights>& nights) {
  core::Json out = core::Json::array();
  for (const auto& n : nights)
    out.push_back({{"name", n.name}, {"days", n.days}, {"nights", n.nights}});
  return out;
}

void add_records(const core::TravelStats& s, core::Json& out) {
  out["furthest"] = nullptr;
  if (s.furthest) {
    out["furthest"] = {{"entry", s.furthest->entry_id},
                       {"place", s.furthest->place},
                       {"coordinates", position(s.furthest->position)},
                       {"km", km(s.furthest->km)},
                       {"from", s.furthest->from}};
  }
  out["longest_stay"] = nullptr;
  if (s.longest_stay) {
    out["longest_stay"] = {{"entry", s.longest_stay->entry_id},
                           {"title", s.longest_stay->title},
                           {"place", s.longest_stay->place},
                           {"days", s.longest_stay->days}};
  }
  out["busiest_month"] = nullptr;
  if (s.busiest_month) out["busiest_month"] = month_text(*s.busiest_month);
}

core::Json months_json(const core::TravelStats& s) {
  core::Json out = core::Json::array();
  for (const auto& m : s.months) {
    core::Json month = {{"month", month_text(m.month)}, {"entries", m.entries}};
    month["days_away"] = s.has_home ? core::Json(m.days_away) : core::Json(nullptr);
    month["km"] = km(m.km);
    out.push_back(std::move(month));
  }
  return out;
}

}  // namespace

core::Json stats_json(const core::TravelStats& s, const std::optional<core::Home>& home) {
  core::Json out = core::Json::object();
  out["period"] = nullptr;
  if (!s.period.empty()) {
    out["period"] = {{"from", core::iso_date(s.period.first_day)},
                     {"to", core::iso_date(s.period.last_day)},
                     {"days", s.period.days()}};
  }
  out["home"] = nullptr;
  if (home) out["home"] = {{"place", home->place}, {"coordinates", position(home->position)}};
  out["entries"] = s.entries();
  out["visited"] = s.visited;
  out["planned"] = s.planned;
  out["cancelled"] = s.cancelled;
  out["undated"] = s.undated;
  out["distinct_places"] = s.distinct_places;
  out["new_places"] = s.new_places;
  out["countries"] = s.countries;
  out["regions"] = s.regions;
  out["distance_km"] = km(s.distance_km);
  out["days_away"] = s.days_away ? core::Json(*s.days_away) : core::Json(nullptr);
  out["nights_by_country"] = nights_json(s.nights_by_country);
  out["nights_by_region"] = nights_json(s.nights_by_region);
  add_records(s, out);
  out["months"] = months_json(s);
  return out;
}

}  // namespace footprint::cli
