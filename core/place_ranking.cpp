#include "core/place_ranking.hpp"

#include <algorithm>

#include "core/geodesy.hpp"

namespace footprint::core {
namespace {

// A namesake with a fifth of the weight or less does not compete: Vienna, Virginia (16,522) is
// not what "Vienna" means next to Vienna, Austria (1.7 million).
constexpr double kClearRatio = 5;
// Cities this large are known by name alone, so twice a namesake's weight is enough: Vancouver,
// British Columbia (600,000) over Vancouver, Washington (172,860, a county seat). Below it the
// full ratio holds: Amherst, New York (122,366) against Amherst, Massachusetts (39,833) is a
// question to ask.
constexpr double kMajorCityPopulation = 250'000;
constexpr double kMajorCityRatio = 2;
// Someone who lives in Edmonton and writes "Banff" means the Banff 300 km away, not the one in
// Scotland: places near the journal's other places weigh this much more.
constexpr double kNearBoost = 20;
// Places GeoNames lists without a population still need a weight to be compared.
constexpr double kMinimumPopulation = 500;

double feature_bonus(const std::string& code) {
  if (code == "PPLC") return 5;
  if (code == "PPLA") return 3;
  if (code == "PPLA2") return 1.5;
  if (code == "PPLX") return 0.5;  // a section of a larger place, rarely what is meant
  return 1;
}

bool is_near(LonLat position, std::span<const LonLat> near) {
  return std::any_of(near.begin(), near.end(), [&](LonLat p) {
    return geodesic_distance_km(position, p) <= kNearRadiusKm;
  });
}

}  // namespace

double place_score(const Place& place, std::span<const LonLat> near) {
  const double population = std::max(static_cast<double>(place.population), kMinimumPopulation);
  return population * feature_bonus(place.feature_code) *
         (is_near(place.position, near) ? kNearBoost : 1);
}

void rank_places(std::vector<Place>& places, std::span<const LonLat> near) {
  std::vector<std::pair<double, Place>> scored;
  scored.reserve(places.size());
  for (Place& p : places) scored.emplace_back(place_score(p, near), std::move(p));
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second.geonames_id < b.second.geonames_id;
  });
  places.clear();
  for (auto& [score, p] : scored) places.push_back(std::move(p));
}

bool is_clear_best(const Place& best, const Place& runner_up, std::span<const LonLat> near) {
  const double ratio = place_score(best, near) / place_score(runner_up, near);
  if (ratio >= kClearRatio) return true;
  return static_cast<double>(best.population) >= kMajorCityPopulation && ratio >= kMajorCityRatio;
}

}  // namespace footprint::core
