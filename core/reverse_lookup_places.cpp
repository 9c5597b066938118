#include "core/reverse_lookup_places.hpp"

#include <boost/geometry.hpp>
#include <cmath>
#include <limits>
#include <numbers>
#include <utility>

#include "core/geodesy.hpp"

namespace footprint::core {
namespace {

namespace bgi = boost::geometry::index;

// Straight-line (chord) distance between points on the unit sphere grows with the angle between
// them, so the chord-nearest places are the nearest on the sphere.
template <typename Point>
Point on_unit_sphere(LonLat p) {
  constexpr double kRad = std::numbers::pi / 180;
  const double lon = p.lon * kRad, lat = p.lat * kRad;
  return Point(std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat));
}

// Chord and haversine distances round differently: the final choice is made by haversine among
// this many chord-nearest candidates, far more than places can share one distance.
constexpr unsigned kCandidates = 16;

}  // namespace

NearestPlaces::NearestPlaces(std::vector<std::pair<std::int64_t, LonLat>> places)
    : places_(std::move(places)) {
  std::vector<Value> values;
  values.reserve(places_.size());
  for (std::uint32_t i = 0; i < places_.size(); ++i) {
    values.emplace_back(on_unit_sphere<Point>(places_[i].second), i);
  }
  tree_ = decltype(tree_)(values.begin(), values.end());  // bulk loading: packed, fast
}

std::optional<std::int64_t> NearestPlaces::nearest_id(LonLat position) const {
  std::optional<std::int64_t> best;
  double best_km = std::numeric_limits<double>::infinity();
  for (auto it = tree_.qbegin(bgi::nearest(on_unit_sphere<Point>(position), kCandidates));
       it != tree_.qend(); ++it) {
    const auto& [id, place] = places_[it->second];
    const double km = haversine_km(position, place);
    if (km < best_km || (km == best_km && id < *best)) best_km = km, best = id;
  }
  return best;
}

}  // namespace footprint::core
