#include "cli/place_lookup.hpp"

#include <cstdio>
#include <iostream>

#include "cli/text_table.hpp"
#include "core/error.hpp"
#include "core/own_places.hpp"

namespace footprint::cli {

core::LookupContext lookup_context(const core::Journal& journal) {
  core::LookupContext context;
  context.own_places = core::own_places(journal.settings());
  for (const core::Entry& e : journal.entries()) {
    if (!e.coordinates.empty()) context.near.push_back(e.anchor());
  }
  const core::Json& settings = journal.settings();
  if (settings.is_object() && settings.contains("home") &&
      settings["home"].contains("coordinates")) {
    const core::Json& c = settings["home"]["coordinates"];
    context.near.push_back({c[0].get<double>(), c[1].get<double>()});
  }
  return context;
}

std::optional<core::PositionNames> describe_position(core::LonLat position) {
  try {
    const auto gazetteer = core::Gazetteer::open();
    const auto areas = core::AdminAreas::open();
    return core::describe_position(position, gazetteer, areas);
  } catch (const NotFound& e) {
    std::cerr << "footprint: warning: no place names for the position: " << e.what() << "\n";
    return std::nullopt;
  }
}

core::Place resolve_entry_place(core::Entry& entry, const core::Journal& journal,
                                const EntryOptions& given) {
  const auto gazetteer = core::Gazetteer::open();
  core::Place place = gazetteer.resolve(entry.place, lookup_context(journal)).place();
  entry.coordinates = {place.position};
  if (!given.place) entry.place = place.name;  // "zurich" is written "Zürich"
  if (!given.region) entry.region = place.region;
  if (!given.country) entry.country = place.country;
  return place;
}

void name_entry_by_position(core::Entry& entry, const core::PositionNames& names,
                            const EntryOptions& given) {
  if (entry.place.empty() && !given.place) entry.place = names.place;
  if (!given.region) entry.region = names.region;
  if (!given.country) entry.country = names.country;
}

std::string format_population(std::int64_t population) {
  return group_thousands(population);
}

std::string format_lat_lon(core::LonLat position) {
  // Five decimals are a metre or so, as precise as GeoNames; trailing zeros say nothing.
  auto degrees = [](double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.5f", value);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s == "-0" ? std::string("0") : s;
  };
  return degrees(position.lat) + "," + degrees(position.lon);
}

core::Json place_json(const core::Place& p) {
  core::Json j = core::Json::object();
  j["name"] = p.name;
  j["region"] = p.region;
  j["country"] = p.country;
  j["country_code"] = p.country_code;
  j["population"] = p.population;
  j["feature_code"] = p.feature_code;
  j["lat"] = p.position.lat;
  j["lon"] = p.position.lon;
  j["qualifier"] = p.qualifier;
  j["geonames_id"] = p.geonames_id;
  j["own"] = p.own;
  return j;
}

}  // namespace footprint::cli
