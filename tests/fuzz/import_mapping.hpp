// The fuzz targets of the vector importers (gpx_import, kml_import, csv_import, geojson_import)
// drive the mapping layer, features -> import items (core/import/feature_mapper.hpp), with
// features made from the input: fuzzing GDAL's own parsers is GDAL's business (OSS-Fuzz does it),
// what footprint adds is how fields and geometries become entries. Whatever the features, every
// item must be an entry the journal takes (Journal::add_all does not throw), and every feature
// that gives no item must be reported as a problem.
//
// Input: lines. "F layer" starts a feature; "P lon lat" adds a point part; "L lon lat lon lat…"
// a line part; "O name" makes the geometry another kind; "A name=value" adds a field (the value
// runs to the end of the line; "\n" in it stands for a line break); "D name=value" a date field.
#pragma once

#include <cstdint>
#include <sstream>
#include <string>

#include "core/import/feature_mapper.hpp"
#include "core/journal.hpp"
#include "core/user_text.hpp"
#include "fuzz_check.hpp"

namespace footprint::fuzz {

inline std::string unescape(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

inline int run_import_mapping(core::import::VectorFormat format, const std::uint8_t* data,
                              std::size_t size) {
  using namespace footprint::core::import;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  FeatureMapper mapper(format, "fuzz");
  std::optional<OgrFeature> current;
  std::size_t numbers = 0;
  auto flush = [&] {
    if (current) mapper.feature(std::move(*current));
    current.reset();
  };
  std::string line;
  while (std::getline(in, line)) {
    if (line.size() < 2) continue;
    const char kind = line[0];
    std::string rest = line.substr(2);
    if (kind == 'F') {
      flush();
      current.emplace();
      current->layer = rest;
      current->number = ++numbers;
      current->fid = static_cast<std::int64_t>(numbers % 4);  // several features share a fid
      continue;
    }
    if (!current) continue;
    if (kind == 'P' || kind == 'L') {
      std::istringstream numbers_in(rest);
      std::vector<core::LonLat> part;
      double lon = 0, lat = 0;
      while (numbers_in >> lon >> lat) part.push_back({lon, lat});
      if (kind == 'P' && part.size() > 1) part.resize(1);
      current->geometry = kind == 'P' ? GeometryKind::point : GeometryKind::line;
      current->parts.push_back(std::move(part));
    } else if (kind == 'O') {
      current->geometry = GeometryKind::other;
      current->geometry_name = rest;
    } else if (kind == 'A' || kind == 'D') {
      const auto equals = rest.find('=');
      if (equals == std::string::npos) continue;
      current->fields.push_back(
          {rest.substr(0, equals), unescape(rest.substr(equals + 1)), kind == 'D'});
    }
  }
  flush();
  const ImportBatch batch = mapper.finish();
  std::vector<core::Entry> entries;
  for (const ImportItem& item : batch.items) {
    FUZZ_CHECK(!item.entry.coordinates.empty(), "an item has a position");
    FUZZ_CHECK(!core::user_text_problem(item.entry.title, core::TextLines::single),
               "a title is clean single-line text");
    FUZZ_CHECK(!core::user_text_problem(item.entry.notes, core::TextLines::multiple),
               "notes are clean text");
    FUZZ_CHECK(item.length_km >= 0, "a length is not negative");
    entries.push_back(item.entry);
  }
  auto journal = core::Journal::create();
  try {
    journal.add_all(entries);
  } catch (const std::exception&) {
    FUZZ_CHECK(false, "the journal takes every item");
  }
  return 0;
}

}  // namespace footprint::fuzz
