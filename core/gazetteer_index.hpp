// The gazetteer's SQLite index (built by data/gazetteer/index_builder.cpp), as the queries the
// Gazetteer needs: places by key, by key prefix, by bounding box; qualifier areas; spellings.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/place.hpp"
#include "core/sqlite.hpp"

namespace footprint::core {

/// An area a qualifier names: a whole country (region_code empty) or one of its regions.
struct Area {
  std::string country_code;
  std::string region_code;
  bool contains(const Place& p) const {
    return p.country_code == country_code && (region_code.empty() || p.region_code == region_code);
  }
};

/// Read-only access to one index file. Opening checks its format version.
class GazetteerIndex {
 public:
  /// Throws MissingData when the file is missing, IoError when it is from another format version.
  static GazetteerIndex open(const std::filesystem::path& path);

  /// Every place whose folded name is exactly `key`, unranked.
  std::vector<Place> places_with_key(std::string_view key) const;
  /// The `limit` most populous places whose key starts with `prefix` (but is not equal to it).
  std::vector<Place> places_with_prefix(std::string_view prefix, int limit) const;
  /// Places inside a box of degrees (min_lon <= lon <= max_lon, min_lat <= lat <= max_lat).
  std::vector<Place> places_in_box(double min_lon, double max_lon, double min_lat,
                                   double max_lat) const;
  /// Every place's GeoNames id and position, in id order.
  std::vector<std::pair<std::int64_t, LonLat>> place_positions() const;
  /// The place with this GeoNames id; nullopt when there is none.
  std::optional<Place> place_with_id(std::int64_t id) const;
  /// The `limit` most populous places inside a box of degrees, most populous first (ties by id).
  std::vector<Place> most_populous_in_box(double min_lon, double max_lon, double min_lat,
                                          double max_lat, int limit) const;
  /// The countries and regions a folded qualifier names ("ca" -> Canada and California).
  std::vector<Area> areas_named(std::string_view key) const;
  /// The name of a country ("CA" -> "Canada"); empty when the code is unknown.
  std::string country_name(std::string_view code) const;
  /// The name of a region by GeoNames admin1 code ("CA", "01" -> "Alberta"); empty when unknown.
  std::string region_name(std::string_view country_code, std::string_view region_code) const;
  /// Distinct place keys whose length is within `slack` bytes of `key`'s and that start with
  /// key[0] or key[1] (a typo after the first letter, or a swap of the first two), or with
  /// `by_last`, that end like `key` (a typo in the first letter): candidates for a misspelling.
  std::vector<std::string> spelling_candidates(std::string_view key, std::size_t slack,
                                               bool by_last) const;

 private:
  explicit GazetteerIndex(sqlite::Database db) : db_(std::move(db)) {}
  std::vector<Place> query_places(const std::string& where, auto&& bind) const;
  sqlite::Database db_;
};

}  // namespace footprint::core
