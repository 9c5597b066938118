#include "core/place_folding.hpp"

#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "core/geodesy.hpp"
#include "core/text_fold.hpp"

namespace footprint::core {
namespace {

// Unnamed places by band of latitude about 1 km high, so a position is compared only with the
// places of its band and the two beside it, not with every place.
class UnnamedPlaces {
 public:
  std::size_t find_or_add(LonLat p, std::size_t next_id) {
    const long band = std::lround(std::floor(p.lat / kBandDegrees));
    for (long b = band - 1; b <= band + 1; ++b) {
      auto [begin, end] = bands_.equal_range(b);
      for (auto it = begin; it != end; ++it) {
        if (haversine_km(it->second.position, p) <= kSamePlaceKm) return it->second.id;
      }
    }
    bands_.emplace(band, Place{p, next_id});
    return next_id;
  }

 private:
  static constexpr double kBandDegrees = 0.01;  // 1.1 km of latitude
  struct Place {
    LonLat position;
    std::size_t id;
  };
  std::multimap<long, Place> bands_;
};

}  // namespace

std::vector<std::size_t> fold_places(const std::vector<const Entry*>& entries) {
  std::vector<std::size_t> ids;
  ids.reserve(entries.size());
  std::unordered_map<std::string, std::size_t> named;
  UnnamedPlaces unnamed;
  std::size_t next = 0;
  for (const Entry* e : entries) {
    std::size_t id = next;
    if (!e->place.empty()) {
      const std::string key =
          fold_key(e->place) + '\x1f' + fold_key(e->region) + '\x1f' + fold_key(e->country);
      id = named.emplace(key, next).first->second;
    } else {
      id = unnamed.find_or_add(e->anchor(), next);
    }
    if (id == next) ++next;
    ids.push_back(id);
  }
  return ids;
}

std::string place_label(const Entry& entry) {
  if (!entry.place.empty()) return entry.place;
  if (!entry.title.empty()) return entry.title;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.4f,%.4f", entry.anchor().lat, entry.anchor().lon);
  return buf;
}

std::string region_label(const Entry& entry) {
  if (entry.region.empty()) return {};
  return entry.country.empty() ? entry.region : entry.region + ", " + entry.country;
}

}  // namespace footprint::core
