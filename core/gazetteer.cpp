#include "core/gazetteer.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <map>
#include <span>

#include "core/data_paths.hpp"
#include "core/edit_distance.hpp"
#include "core/gazetteer_format.hpp"
#include "core/geodesy.hpp"
#include "core/place_query.hpp"
#include "core/place_ranking.hpp"
#include "core/text_fold.hpp"

namespace footprint::core {
namespace {

constexpr std::size_t kSuggestions = 5;
// An ambiguous name lists at most this many places (San Francisco has 49).
constexpr std::size_t kCandidates = 10;

bool picks(const std::vector<Place>& ranked, const Place& place) {
  return !ranked.empty() && ranked.front().geonames_id == place.geonames_id &&
         (ranked.size() == 1 || is_clear_best(ranked[0], ranked[1], {}));
}

std::vector<Place> own_matches(const LookupContext& context, std::string_view key, bool prefix) {
  std::vector<Place> found;
  for (const Place& p : context.own_places) {
    const std::string own_key = place_key(p.name);
    if (own_key == key || (prefix && own_key.starts_with(key))) found.push_back(p);
  }
  return found;
}

// A misspelling may be this many edits away: one in a short name, up to three in a long one.
std::size_t edit_allowance(std::size_t length) {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

}  // namespace

std::filesystem::path Gazetteer::default_path() {
  return data_dir() / "gazetteer" / kGazetteerFile;
}

Gazetteer Gazetteer::open(const std::filesystem::path& path) {
  return Gazetteer(GazetteerIndex::open(path));
}

std::string_view Gazetteer::attribution() {
  return "Places: GeoNames (geonames.org), CC BY 4.0";
}

// Every place with this key among its names, ranked without context.
std::vector<Place> Gazetteer::named(std::string_view key) const {
  std::vector<Place> places = index_.places_with_key(key);
  rank_places(places, {});
  return places;
}

// Keeps the places inside every area the qualifiers name ("Banff, CA": Canada or California).
std::vector<Place> Gazetteer::in_areas(std::vector<Place> places,
                                       const std::vector<std::string>& qualifier_keys) const {
  for (const std::string& key : qualifier_keys) {
    auto cached = area_cache_.find(key);
    if (cached == area_cache_.end())
      cached = area_cache_.emplace(key, index_.areas_named(key)).first;
    const std::vector<Area>& areas = cached->second;
    std::erase_if(places, [&](const Place& p) {
      return std::none_of(areas.begin(), areas.end(), [&](const Area& a) { return a.contains(p); });
    });
  }
  return places;
}

// The shortest query by its own name that picks `place`: the bare name when it is clearly the
// best, else with a postal abbreviation ("Amherst, MA"), region, country, or region and country.
void Gazetteer::assign_qualifier(Place& place) const {
  // Namesakes of one name are asked for once: San Francisco's 49 each need all 49.
  const std::string key = place_key(place.name);
  auto cached = namesake_cache_.find(key);
  if (cached == namesake_cache_.end()) cached = namesake_cache_.emplace(key, named(key)).first;
  const std::vector<Place>& namesakes = cached->second;
  if (picks(namesakes, place)) {
    place.qualifier = place.name;
    return;
  }
  std::vector<std::vector<std::string>> forms;
  if (!place.region_abbreviation.empty()) forms.push_back({place.region_abbreviation});
  if (!place.region.empty()) forms.push_back({place.region});
  forms.push_back({place.country});
  if (!place.region.empty()) forms.push_back({place.region, place.country});
  for (const auto& form : forms) {
    std::vector<std::string> keys;
    keys.reserve(form.size());
    for (const std::string& part : form) keys.push_back(fold_key(part));
    if (picks(in_areas(namesakes, keys), place)) {
      place.qualifier = place.name;
      for (const std::string& part : form) place.qualifier += ", " + part;
      return;
    }
  }
  place.qualifier.clear();  // only coordinates tell it apart
}

Resolution Gazetteer::resolve(std::string_view query, const LookupContext& context) const {
  const PlaceQuery q = PlaceQuery::parse(query);
  Resolution r;
  r.query = std::string(query);
  std::vector<Place> matches = exact_matches(q, context, kCandidates);
  if (matches.empty()) {
    r.outcome = Resolution::Outcome::not_found;
    const std::vector<Place> namesakes = named(q.name_key);
    if (namesakes.empty()) {
      r.suggestions = spelled_like(q.name_key, kSuggestions, &context);
    } else {  // the qualifiers ruled every namesake out: they are what was meant
      r.suggestions.assign(namesakes.begin(),
                           namesakes.begin() + static_cast<std::ptrdiff_t>(
                                                   std::min(namesakes.size(), kSuggestions)));
      for (Place& p : r.suggestions) assign_qualifier(p);
    }
    return r;
  }
  r.margin = matches.size() == 1 ? std::numeric_limits<double>::infinity()
             : matches[0].own    ? 1
                                 : score_ratio(matches[0], matches[1], context.near);
  const bool clear =
      matches.size() == 1 || (!matches[0].own && is_clear_margin(matches[0], r.margin));
  r.outcome = clear ? Resolution::Outcome::found : Resolution::Outcome::ambiguous;
  r.candidates = std::move(matches);
  return r;
}

// The places answering to the query's name exactly: the person's own places when any has the
// name (and the query has no qualifier), else every GeoNames place with the name among its
// names, inside the qualifiers' areas, ranked; the first `limit`, each with the qualifier that
// picks it.
std::vector<Place> Gazetteer::exact_matches(const PlaceQuery& q, const LookupContext& context,
                                            std::size_t limit) const {
  if (std::vector<Place> own = own_matches(context, q.name_key, false);
      !own.empty() && q.qualifier_keys.empty()) {
    if (own.size() > limit) own.resize(limit);
    for (Place& p : own) p.qualifier = p.name;
    return own;
  }
  std::vector<Place> matches = in_areas(named(q.name_key), q.qualifier_keys);
  rank_places(matches, context.near);
  if (matches.size() > limit) matches.resize(limit);
  for (Place& p : matches) assign_qualifier(p);
  return matches;
}

std::vector<Place> Gazetteer::search(std::string_view query, std::size_t limit,
                                     const LookupContext& context) const {
  const PlaceQuery q = PlaceQuery::parse(query);
  std::vector<Place> found = exact_matches(q, context, limit);
  if (found.size() >= limit) return found;
  // Then names that start with the query ("san fran" -> San Francisco): never before an exact
  // match, own places first, then GeoNames places ranked by the same rule.
  std::vector<Place> longer;
  if (q.qualifier_keys.empty()) {
    for (Place& p : own_matches(context, q.name_key, true)) {
      if (place_key(p.name) != q.name_key) longer.push_back(std::move(p));
    }
  }
  const int wanted = static_cast<int>(limit - found.size());
  std::vector<Place> prefixed =
      in_areas(index_.places_with_prefix(q.name_key, wanted * 4), q.qualifier_keys);
  std::erase_if(prefixed, [&](const Place& p) {
    return std::any_of(found.begin(), found.end(),
                       [&](const Place& f) { return f.geonames_id == p.geonames_id; });
  });
  rank_places(prefixed, context.near);
  for (Place& p : prefixed) longer.push_back(std::move(p));
  if (longer.size() > static_cast<std::size_t>(wanted)) longer.resize(wanted);
  for (Place& p : longer) {
    if (!p.own) assign_qualifier(p);
  }
  found.insert(found.end(), longer.begin(), longer.end());
  return found;
}

std::vector<Place> Gazetteer::suggest(std::string_view name, std::size_t limit) const {
  return spelled_like(place_key(name), limit, nullptr);
}

// Places whose names are within the edit allowance of `key`, closest first and, among names
// equally close, the weightiest first. With a context, only plausible ones: one edit away (a
// typo), or near the journal's places (Lake Lure, North Carolina is no answer to "Lake Louise"
// for someone in Alberta).
std::vector<Place> Gazetteer::spelled_like(std::string_view key, std::size_t limit,
                                           const LookupContext* context) const {
  if (key.empty()) return {};
  const std::size_t allowance = edit_allowance(key.size());
  std::vector<std::pair<std::size_t, std::string>> close;  // (distance, key)
  for (const bool by_last : {false, true}) {
    if (!close.empty()) break;  // the wider net, by last letter, only when the first caught nothing
    for (std::string& candidate : index_.spelling_candidates(key, allowance, by_last)) {
      const std::size_t d = edit_distance(key, candidate, allowance);
      if (d <= allowance && candidate != key) close.emplace_back(d, std::move(candidate));
    }
  }
  std::sort(close.begin(), close.end());
  const std::span<const LonLat> near =
      context ? std::span<const LonLat>(context->near) : std::span<const LonLat>();
  std::vector<std::pair<std::pair<std::size_t, double>, Place>> best;
  for (std::size_t i = 0; i < close.size() && best.size() < limit * 4; ++i) {
    std::vector<Place> places = named(close[i].second);
    rank_places(places, near);
    if (context && close[i].first > 1) {
      std::erase_if(places, [&](const Place& p) { return !is_near_any(p.position, near); });
    }
    if (places.empty()) continue;
    assign_qualifier(places.front());
    best.push_back({{close[i].first, -place_score(places.front(), near)}, places.front()});
  }
  std::stable_sort(best.begin(), best.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Place> out;
  for (std::size_t i = 0; i < best.size() && i < limit; ++i) out.push_back(best[i].second);
  return out;
}

std::optional<std::string> Gazetteer::region_code_named(std::string_view country_code,
                                                        std::string_view name) const {
  for (const Area& area : index_.areas_named(fold_key(name))) {
    if (area.country_code == country_code && !area.region_code.empty()) return area.region_code;
  }
  return std::nullopt;
}

std::string Gazetteer::chinese_name(std::string_view name, LonLat position) const {
  constexpr double kSamePlaceKm = 30;  // a journal's position may be a venue across town
  const Place* best = nullptr;
  double best_km = kSamePlaceKm;
  const std::vector<Place> places = index_.places_with_key(place_key(name));
  for (const Place& p : places) {
    const double km = haversine_km(position, p.position);
    if (km <= best_km) best_km = km, best = &p;
  }
  return best != nullptr ? best->chinese_name : std::string();
}

std::optional<Place> Gazetteer::nearest(LonLat position) const {
  // Grow a box until it holds a place, then search the box that the nearest one found so far
  // guarantees: nothing outside it can be closer.
  constexpr double kRad = M_PI / 180.0;
  auto box = [&](double radius_deg) {
    // Everything within radius_deg of arc: latitudes lat ± radius, and longitudes within
    // asin(sin r / cos lat) of the position's (wider than r / cos lat far from the equator)
    // unless the circle reaches a pole.
    double lon_radius = 180;
    if (position.lat + radius_deg < 90 && position.lat - radius_deg > -90) {
      const double s = std::sin(radius_deg * kRad) / std::cos(position.lat * kRad);
      if (s < 1) lon_radius = std::asin(s) / kRad;
    }
    const bool wraps = lon_radius >= 180 || position.lon - lon_radius < -180 ||
                       position.lon + lon_radius > 180;  // rare: search the whole latitude band
    return index_.places_in_box(wraps ? -180 : position.lon - lon_radius,
                                wraps ? 180 : position.lon + lon_radius, position.lat - radius_deg,
                                position.lat + radius_deg);
  };
  auto closest = [&](const std::vector<Place>& places) {
    // Haversine is enough to choose (the ellipsoid changes distances by under 0.5%) and far
    // cheaper than Vincenty over the thousands of places a large box can hold. Of places equally
    // near (GeoNames has some at one position), the lowest id, whatever order the box gave.
    std::size_t best = 0;
    double best_km = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < places.size(); ++i) {
      const double km = haversine_km(position, places[i].position);
      if (km < best_km || (km == best_km && places[i].geonames_id < places[best].geonames_id)) {
        best_km = km, best = i;
      }
    }
    return std::pair{best, best_km};
  };
  for (double radius = 0.05; radius < 400; radius *= 2) {  // doubling: never far past the nearest
    const std::vector<Place> first = box(radius);
    if (first.empty()) continue;
    // 1 degree of latitude is at least 110.5 km; the margin covers the sphere's approximation.
    const double km = closest(first).second;
    const std::vector<Place> all = box(km * 1.01 / 110.0 + 0.01);
    const std::vector<Place>& pool = all.empty() ? first : all;
    Place place = pool[closest(pool).first];
    assign_qualifier(place);
    return place;
  }
  return std::nullopt;
}

std::optional<Place> Gazetteer::place_with_id(std::int64_t id) const {
  std::optional<Place> place = index_.place_with_id(id);
  if (place) assign_qualifier(*place);
  return place;
}

}  // namespace footprint::core
