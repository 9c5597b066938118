// The offline gazetteer: GeoNames places (population >= 500) found by any of their names
// (Wien, Köln, 温哥华 or 溫哥華), forgiving case, accents and misspellings and accepting qualifiers
// ("Banff, AB"), and by position.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/entry.hpp"
#include "core/gazetteer_index.hpp"
#include "core/place.hpp"
#include "core/place_query.hpp"

namespace footprint::core {

/// What the journal adds to a lookup: the person's own places, which are found before GeoNames,
/// and positions already in the journal, near which a namesake is preferred.
struct LookupContext {
  std::vector<Place> own_places;
  std::vector<LonLat> near;
};

/// Name and position lookups over the index that data/gazetteer/build writes.
class Gazetteer {
 public:
  /// <data dir>/gazetteer/gazetteer.sqlite.
  static std::filesystem::path default_path();
  /// Opens the index without reading it into memory; throws MissingData when it is missing.
  static Gazetteer open(const std::filesystem::path& path = default_path());
  /// The credit every map using these places must carry (GeoNames, CC BY 4.0).
  static std::string_view attribution();

  /// Ranked candidates for a query: own places named so, then places with the name among their
  /// names (own or alternate, ranked by place_ranking.hpp's rule, so the first is what resolve()
  /// takes when it is clear), then places with a name that starts so; each carries the qualifier
  /// that picks it.
  std::vector<Place> search(std::string_view query, std::size_t limit,
                            const LookupContext& context = {}) const;
  /// The place a query means, or why there is not exactly one: the first of search()'s exact
  /// candidates when the rule calls it clear. Spelling suggestions are kept only when plausible:
  /// one edit away, or near the journal's places.
  Resolution resolve(std::string_view query, const LookupContext& context = {}) const;
  /// Places whose names are within a small edit distance of `name`, closest and largest first.
  std::vector<Place> suggest(std::string_view name, std::size_t limit) const;
  /// Country and region names as the gazetteer spells them ("CA" -> "Canada"; "CA", "01" ->
  /// "Alberta"); empty when unknown.
  std::string country_name(std::string_view code) const { return index_.country_name(code); }
  std::string region_name(std::string_view country_code, std::string_view region_code) const {
    return index_.region_name(country_code, region_code);
  }
  /// The GeoNames admin1 code of the region of a country called `name` (folded), if any.
  std::optional<std::string> region_code_named(std::string_view country_code,
                                               std::string_view name) const;
  /// The `limit` most populous GeoNames places with west <= lon <= east and south <= lat <=
  /// north (no wrap across 180°), most populous first: the towns a map names for reference.
  std::vector<Place> most_populous_in(double west, double east, double south, double north,
                                      int limit) const {
    return index_.most_populous_in_box(west, east, south, north, limit);
  }
  /// The name in Simplified Chinese (GeoNames' alternate names, Place::chinese_name) of the place
  /// called `name` nearest to `position` within 30 km: what a map or poster with --lang zh
  /// writes for a journal's "Vancouver" (温哥华). Empty when there is no such place or it has no
  /// Chinese name.
  std::string chinese_name(std::string_view name, LonLat position) const;
  /// The GeoNames place nearest to a position (great-circle distance; of places equally near, the
  /// lowest GeoNames id); nullopt only if there is none.
  std::optional<Place> nearest(LonLat position) const;
  /// Every place's GeoNames id and position, in id order: for an index held in memory
  /// (reverse_lookup.hpp's ReverseLookup).
  std::vector<std::pair<std::int64_t, LonLat>> positions() const {
    return index_.place_positions();
  }
  /// The place with this GeoNames id, with its qualifier as nearest() gives it; nullopt if none.
  std::optional<Place> place_with_id(std::int64_t id) const;

 private:
  explicit Gazetteer(GazetteerIndex index) : index_(std::move(index)) {}
  std::vector<Place> named(std::string_view key) const;
  std::vector<Place> in_areas(std::vector<Place> places,
                              const std::vector<std::string>& qualifier_keys) const;
  void assign_qualifier(Place& place) const;
  std::vector<Place> exact_matches(const PlaceQuery& q, const LookupContext& context,
                                   std::size_t limit) const;
  std::vector<Place> spelled_like(std::string_view key, std::size_t limit,
                                  const LookupContext* context) const;
  GazetteerIndex index_;
  // Qualifier keys already looked up ("ma" -> Massachusetts): ranking a name asks for the same
  // few many times. These caches make a Gazetteer unsafe to share between threads without a lock.
  mutable std::map<std::string, std::vector<Area>, std::less<>> area_cache_;
  // Places by own-name key, ranked, for qualifiers: likewise asked for again and again.
  mutable std::map<std::string, std::vector<Place>, std::less<>> namesake_cache_;
};

}  // namespace footprint::core
