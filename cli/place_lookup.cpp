#include "cli/place_lookup.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "cli/text_table.hpp"
#include "core/error.hpp"
#include "core/own_places.hpp"
#include "core/place_ranking.hpp"

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
  } catch (const MissingData& e) {
    std::cerr << "footprint: warning: no place names for the position: " << e.what() << "\n";
    return std::nullopt;
  }
}

namespace {

// Text in double quotes for a POSIX shell.
std::string shell_quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\' || c == '$' || c == '`') out += '\\';
    out += c;
  }
  return out + "\"";
}

// The name part of a query: "Lake Louise, AB" -> "Lake Louise".
std::string_view name_part(std::string_view query) {
  std::string_view name = query.substr(0, query.find(','));
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  return name;
}

// "7.5", "12", "85,812": a tenth matters only in the few times the rule compares with.
std::string times(double ratio) {
  if (ratio >= 10) return group_thousands(static_cast<std::int64_t>(std::lround(ratio)));
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "%.1f", ratio);
  return buf.data();
}

}  // namespace

const core::Place& resolve_place(const core::Resolution& resolution) {
  try {
    return resolution.place();
  } catch (const NotFound& e) {
    throw NotFound(std::string(e.what()) + "\nto add it as your own place: footprint place add " +
                   shell_quoted(name_part(resolution.query)) + " --at LAT,LON");
  }
}

std::string add_verdict(const core::Resolution& r) {
  const std::string add = "add " + shell_quoted(r.query) + " ";
  if (r.outcome == core::Resolution::Outcome::not_found || r.candidates.empty()) {
    return add + "finds no place of that name: the names listed only start so";
  }
  const core::Place& first = r.candidates.front();
  if (first.own) {
    return r.outcome == core::Resolution::Outcome::found
               ? add + "takes your place " + first.label()
               : add + "asks which: several of your own places have that name";
  }
  const std::string rule = " (a clear pick takes " + core::clear_rule() + ")";
  if (r.outcome == core::Resolution::Outcome::ambiguous) {
    return add + "asks which: the first weighs only " + times(r.margin) + " times the next" + rule;
  }
  if (r.candidates.size() == 1) {
    return add + "takes " + first.label() + ", the only place of that name";
  }
  return add + "takes " + first.label() + ": it weighs " + times(r.margin) + " times the next" +
         rule;
}

core::Place resolve_entry_place(core::Entry& entry, const core::Journal& journal,
                                const EntryOptions& given) {
  const auto gazetteer = core::Gazetteer::open();
  core::Place place = resolve_place(gazetteer.resolve(entry.place, lookup_context(journal)));
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
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%.5f", value);
    std::string s = buf.data();
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s == "-0" ? std::string("0") : s;
  };
  return degrees(position.lat) + "," + degrees(position.lon);
}

core::Json place_json(const core::Place& p, std::span<const core::LonLat> near) {
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
  j["alternate_names"] = p.alternate_names;
  j["chinese_name"] = p.chinese_name;
  j["by_other_name"] = p.by_other_name;
  j["score"] = p.own ? 0.0 : core::place_score(p, near);
  j["reasons"] = p.own ? std::string() : core::score_reasons(p, near);
  return j;
}

}  // namespace footprint::cli
