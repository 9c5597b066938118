#include "core/place_ranking.hpp"

#include <algorithm>

#include "core/geodesy.hpp"

namespace footprint::core {
namespace {

// A namesake with a fifth of the weight or less does not compete: Vienna, Virginia (16,522) is
// not what "Vienna" means next to Vienna, Austria (1.7 million).
constexpr double kClearRatio = 5;
// Cities this large are known by name alone, so twice a namesake's weight is enough: Vancouver,
// British Columbia (600,000) over Vancouver, Washington (172,860, a county seat).
constexpr double kMajorCityPopulation = 250'000;
constexpr double kMajorCityRatio = 2;
// Someone who lives in Edmonton and writes "Jasper" means the Jasper 300 km away (3,948 people),
// not the county seat in Alabama (14,071): places near the journal's other places weigh this
// much more.
constexpr double kNearBoost = 100;
// A place is known by its own name: one that merely lists the name among its alternate names
// needs this many times the weight to win. Cologne -> Köln (963,395 people, 88 names) over
// Cologne, Lombardy (7,032, 3 names), but Monterey stays in California (28,338, 26 names) rather
// than going to Monterrey, Mexico (1.1 million, 44 names), which lists "Monterey".
constexpr double kOtherNameDivisor = 4000;
// Places GeoNames lists without a population still need a weight to be compared.
constexpr double kMinimumPopulation = 500;

double feature_bonus(const std::string& code) {
  if (code == "PPLC") return 5;
  if (code == "PPLA") return 3;
  if (code == "PPLA2") return 1.5;
  if (code == "PPLX") return 0.5;  // a section of a larger place, rarely what is meant
  return 1;
}

const char* feature_reason(const std::string& code) {
  if (code == "PPLC") return "capital x5";
  if (code == "PPLA") return "regional seat x3";
  if (code == "PPLA2") return "county seat x1.5";
  if (code == "PPLX") return "part of a city x0.5";
  return nullptr;
}

// How widely a place is known: Köln has 88 alternate names, Banff, Alberta 19, Banff, Scotland 9.
double fame(const Place& place) {
  const double names = 1 + static_cast<double>(std::max<std::int64_t>(place.alternate_names, 0));
  return names * names;
}

}  // namespace

bool is_near_any(LonLat position, std::span<const LonLat> near) {
  // Haversine: a journal may hold thousands of positions, and 500 km need no ellipsoid.
  return std::any_of(near.begin(), near.end(),
                     [&](LonLat p) { return haversine_km(position, p) <= kNearRadiusKm; });
}

double place_score(const Place& place, std::span<const LonLat> near) {
  const double population = std::max(static_cast<double>(place.population), kMinimumPopulation);
  return population * feature_bonus(place.feature_code) * fame(place) *
         (is_near_any(place.position, near) ? kNearBoost : 1) /
         (place.by_other_name ? kOtherNameDivisor : 1);
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

double score_ratio(const Place& best, const Place& runner_up, std::span<const LonLat> near) {
  return place_score(best, near) / place_score(runner_up, near);
}

bool is_clear_margin(const Place& best, double margin) {
  if (margin >= kClearRatio) return true;
  return static_cast<double>(best.population) >= kMajorCityPopulation && margin >= kMajorCityRatio;
}

bool is_clear_best(const Place& best, const Place& runner_up, std::span<const LonLat> near) {
  return is_clear_margin(best, score_ratio(best, runner_up, near));
}

std::string score_reasons(const Place& place, std::span<const LonLat> near) {
  std::vector<std::string> reasons;
  if (const char* feature = feature_reason(place.feature_code)) reasons.emplace_back(feature);
  if (place.alternate_names > 0) {
    reasons.push_back(std::to_string(place.alternate_names) +
                      (place.alternate_names == 1 ? " name" : " names"));
  }
  if (is_near_any(place.position, near)) reasons.emplace_back("near your places x100");
  if (place.by_other_name) reasons.emplace_back("by another name /4000");
  std::string out;
  for (const std::string& r : reasons) out += (out.empty() ? "" : ", ") + r;
  return out;
}

std::string clear_rule() {
  return "5 times, or 2 times for a city of 250,000 or more";
}

}  // namespace footprint::core
