// A named place that a journal entry can point at: a GeoNames populated place or one of the
// person's own places, with what it takes to name it unambiguously.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/entry.hpp"

namespace footprint::core {

/// One place, as the gazetteer and the CLI show it.
struct Place {
  std::string name;                 ///< "Banff", "Montréal", "Meta MPK"
  std::string region;               ///< first-level region: "Alberta"; may be empty
  std::string region_code;          ///< GeoNames admin1 code: "01"
  std::string region_abbreviation;  ///< postal abbreviation where one exists: "AB", "MA"
  std::string country;              ///< "Canada"; empty at sea
  std::string country_code;         ///< ISO 3166-1 alpha-2: "CA"
  std::int64_t population = 0;
  std::string feature_code;  ///< GeoNames: PPLC capital, PPLA regional seat, PPL, ...
  LonLat position;
  std::int64_t geonames_id = 0;  ///< 0 for a person's own place
  /// How many other names GeoNames lists for it (in many languages): how widely it is known.
  std::int64_t alternate_names = 0;
  /// Its name in Simplified Chinese where GeoNames has one ("班夫"); else empty.
  std::string chinese_name;
  /// Found by one of its other names ("Cologne" for Köln), not by its own.
  bool by_other_name = false;
  bool own = false;  ///< from the journal's own places, not GeoNames
  /// The query that picks this place alone ("Amherst, MA", "Banff"); empty when no name does
  /// and only coordinates (--at) can.
  std::string qualifier;

  /// "Banff, Alberta, Canada": the name with whichever of region and country are known.
  std::string label() const;
};

/// What a name resolves to. Expected outcomes are values; Resolution::place() turns the
/// unexpected ones into NotFound / Ambiguous for callers that need exactly one place.
struct Resolution {
  enum class Outcome { found, ambiguous, not_found };
  Outcome outcome = Outcome::not_found;
  std::string query;
  /// Ranked best first. For `found`, front() is the place.
  std::vector<Place> candidates;
  /// For `not_found`: the places whose names are nearest in spelling, where plausible.
  std::vector<Place> suggestions;
  /// How many times the first candidate outweighs the second (place_ranking.hpp); infinity
  /// when there is one candidate, 0 when there is none.
  double margin = 0;

  /// The place found; throws Ambiguous (listing the candidates and the qualifier that picks each)
  /// or NotFound (listing the nearest spellings).
  const Place& place() const;
};

}  // namespace footprint::core
