#include "core/gazetteer_index.hpp"

#include "core/error.hpp"
#include "core/gazetteer_format.hpp"
#include "core/place_query.hpp"

namespace footprint::core {
namespace {

// Region and country names are joined in, so a Place comes out ready to show.
constexpr std::string_view kPlaceColumns = R"(
  SELECT p.id, p.name, p.country_code, p.admin1, p.feature_code, p.population, p.lon, p.lat,
         coalesce(r.name, ''), coalesce(r.abbreviation, ''), coalesce(c.name, p.country_code),
         p.names, p.zh)";
constexpr std::string_view kRegionAndCountry = R"(
  LEFT JOIN regions r ON r.country_code = p.country_code AND r.admin1 = p.admin1
  LEFT JOIN countries c ON c.code = p.country_code
)";

std::string select_places() {
  return std::string(kPlaceColumns) + " FROM places p" + std::string(kRegionAndCountry);
}

Place read_place(const sqlite::Statement& s) {
  Place p;
  p.geonames_id = s.integer(0);
  p.name = s.text(1);
  p.country_code = s.text(2);
  p.region_code = s.text(3);
  p.feature_code = s.text(4);
  p.population = s.integer(5);
  p.position = {s.real(6), s.real(7)};
  p.region = s.text(8);
  p.region_abbreviation = s.text(9);
  p.country = s.text(10);
  p.alternate_names = s.integer(11);
  p.chinese_name = s.text(12);
  return p;
}

// The smallest string greater than every string starting with `prefix` (bytewise, as SQLite's
// BINARY collation compares), or empty when there is none.
std::string prefix_end(std::string_view prefix) {
  std::string end(prefix);
  while (!end.empty() && static_cast<unsigned char>(end.back()) == 0xFF) end.pop_back();
  if (!end.empty()) end.back() = static_cast<char>(static_cast<unsigned char>(end.back()) + 1);
  return end;
}

}  // namespace

GazetteerIndex GazetteerIndex::open(const std::filesystem::path& path) {
  if (!std::filesystem::exists(path)) {
    throw MissingData("the gazetteer index " + path.string() +
                      " is missing: run data/build (scripts/setup does)");
  }
  GazetteerIndex index(sqlite::Database::open(path));
  sqlite::Statement version(index.db_, "PRAGMA user_version");
  if (!version.step() || version.integer(0) != kGazetteerFormat) {
    throw IoError("the gazetteer index " + path.string() +
                  " was built by another version of footprint: run data/build to rebuild it");
  }
  return index;
}

std::vector<Place> GazetteerIndex::query_places(const std::string& where, auto&& bind) const {
  sqlite::Statement s(db_, select_places() + where);
  bind(s);
  std::vector<Place> places;
  while (s.step()) places.push_back(read_place(s));
  return places;
}

std::vector<Place> GazetteerIndex::places_with_key(std::string_view key) const {
  // The names table says whether the key is the place's own name or one of its other names.
  sqlite::Statement s(db_, std::string(kPlaceColumns) +
                               ", n.alternate FROM names n JOIN places p ON p.id = n.id" +
                               std::string(kRegionAndCountry) + "WHERE n.key = ?1 ORDER BY p.id");
  s.bind(1, key);
  std::vector<Place> places;
  while (s.step()) {
    places.push_back(read_place(s));
    places.back().by_other_name = s.integer(13) != 0;
  }
  return places;
}

std::vector<Place> GazetteerIndex::places_with_prefix(std::string_view prefix, int limit) const {
  // Both bounds must be plain comparisons for SQLite to walk only that range of the key index.
  const std::string end = prefix_end(prefix);
  std::vector<Place> places =
      query_places(end.empty() ? "WHERE p.id IN (SELECT id FROM names WHERE key > ?1) "
                                 "ORDER BY p.population DESC LIMIT ?3"
                               : "WHERE p.id IN (SELECT id FROM names WHERE key > ?1 AND key < ?2) "
                                 "ORDER BY p.population DESC LIMIT ?3",
                   [&](sqlite::Statement& s) {
                     s.bind(1, prefix).bind(3, std::int64_t{limit});
                     if (!end.empty()) s.bind(2, end);
                   });
  // Found by its own name when that starts so (the names table is keyed by name, not by place).
  for (Place& p : places) p.by_other_name = !place_key(p.name).starts_with(prefix);
  return places;
}

std::vector<Place> GazetteerIndex::places_in_box(double min_lon, double max_lon, double min_lat,
                                                 double max_lat) const {
  return query_places(
      "JOIN places_rtree t ON t.id = p.id "
      "WHERE t.min_lon >= ?1 AND t.max_lon <= ?2 AND t.min_lat >= ?3 AND t.max_lat <= ?4",
      [&](sqlite::Statement& s) {
        s.bind(1, min_lon).bind(2, max_lon).bind(3, min_lat).bind(4, max_lat);
      });
}

std::vector<std::pair<std::int64_t, LonLat>> GazetteerIndex::place_positions() const {
  sqlite::Statement s(db_, "SELECT id, lon, lat FROM places ORDER BY id");
  std::vector<std::pair<std::int64_t, LonLat>> positions;
  while (s.step()) positions.emplace_back(s.integer(0), LonLat{s.real(1), s.real(2)});
  return positions;
}

std::optional<Place> GazetteerIndex::place_with_id(std::int64_t id) const {
  std::vector<Place> places =
      query_places("WHERE p.id = ?1", [&](sqlite::Statement& s) { s.bind(1, id); });
  if (places.empty()) return std::nullopt;
  return std::move(places.front());
}

std::vector<Place> GazetteerIndex::most_populous_in_box(double min_lon, double max_lon,
                                                        double min_lat, double max_lat,
                                                        int limit) const {
  return query_places(
      "JOIN places_rtree t ON t.id = p.id "
      "WHERE t.min_lon >= ?1 AND t.max_lon <= ?2 AND t.min_lat >= ?3 AND t.max_lat <= ?4 "
      "ORDER BY p.population DESC, p.id LIMIT ?5",
      [&](sqlite::Statement& s) {
        s.bind(1, min_lon).bind(2, max_lon).bind(3, min_lat).bind(4, max_lat);
        s.bind(5, std::int64_t{limit});
      });
}

std::vector<Area> GazetteerIndex::areas_named(std::string_view key) const {
  sqlite::Statement s(db_, "SELECT country_code, admin1 FROM qualifiers WHERE key = ?1");
  s.bind(1, key);
  std::vector<Area> areas;
  while (s.step()) areas.push_back({s.text(0), s.text(1)});
  return areas;
}

std::string GazetteerIndex::country_name(std::string_view code) const {
  sqlite::Statement s(db_, "SELECT name FROM countries WHERE code = ?1");
  return s.bind(1, code).step() ? s.text(0) : std::string();
}

std::string GazetteerIndex::region_name(std::string_view country_code,
                                        std::string_view region_code) const {
  sqlite::Statement s(db_, "SELECT name FROM regions WHERE country_code = ?1 AND admin1 = ?2");
  return s.bind(1, country_code).bind(2, region_code).step() ? s.text(0) : std::string();
}

std::vector<std::string> GazetteerIndex::spelling_candidates(std::string_view key,
                                                             std::size_t slack,
                                                             bool by_last) const {
  // One indexed range per branch ((first|last), length); a plain OR would drop the length.
  sqlite::Statement s(db_, by_last ? R"(
    SELECT key FROM spellings WHERE last = ?1 AND length BETWEEN ?2 AND ?3)"
                                   : R"(
    SELECT key FROM spellings WHERE first = ?1 AND length BETWEEN ?2 AND ?3
    UNION ALL
    SELECT key FROM spellings WHERE first = ?4 AND ?4 <> ?1 AND length BETWEEN ?2 AND ?3)");
  const auto n = static_cast<std::int64_t>(key.size());
  s.bind(1, by_last ? key.substr(key.size() - 1) : key.substr(0, 1));
  s.bind(2, n - static_cast<std::int64_t>(slack)).bind(3, n + static_cast<std::int64_t>(slack));
  if (!by_last) s.bind(4, key.substr(1, 1));
  std::vector<std::string> keys;
  while (s.step()) keys.push_back(s.text(0));
  return keys;
}

}  // namespace footprint::core
