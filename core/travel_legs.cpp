#include "core/travel_legs.hpp"

#include "core/geodesy.hpp"

namespace footprint::core {

double track_length_km(const Entry& entry) {
  double km = 0;
  for (std::size_t i = 1; i < entry.coordinates.size(); ++i) {
    km += geodesic_distance_km(entry.coordinates[i - 1], entry.coordinates[i]);
  }
  return km;
}

std::vector<Leg> travel_legs(const std::vector<const Entry*>& visited,
                             const std::optional<LonLat>& home, const Period& period) {
  std::vector<Leg> legs;
  std::optional<LonLat> here = home;
  for (const Entry* e : visited) {
    if (e->coordinates.empty()) continue;
    const Period days = intersection(entry_period(*e).value_or(period), period);
    if (here) legs.push_back({days.first_day, geodesic_distance_km(*here, e->coordinates.front())});
    if (e->is_track()) legs.push_back({days.first_day, track_length_km(*e)});
    here = e->coordinates.back();
  }
  if (home && here && !visited.empty()) {
    const Period last = intersection(entry_period(*visited.back()).value_or(period), period);
    legs.push_back({last.last_day, geodesic_distance_km(*here, *home)});
  }
  return legs;
}

}  // namespace footprint::core
