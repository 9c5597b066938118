#include "cli/entry_options.hpp"

#include <algorithm>
#include <array>

#include "core/error.hpp"
#include "core/number_text.hpp"

namespace footprint::cli {
namespace {

bool parse_double(std::string_view s, double& out) {
  const auto value = core::parse_decimal(s);
  if (value) out = *value;
  return value.has_value();
}

std::optional<core::Date> date_or_none(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return core::Date::parse(text);
}

}  // namespace

void require_user_text(const std::string& text, const std::string& what, core::TextLines lines) {
  if (const auto problem = core::user_text_problem(text, lines)) {
    throw UsageError(what + " " + *problem);
  }
}

core::LonLat parse_lat_lon(const std::string& text, const std::string& option) {
  const auto comma = text.find(',');
  double lat = 0, lon = 0;
  if (comma == std::string::npos || !parse_double(std::string_view(text).substr(0, comma), lat) ||
      !parse_double(std::string_view(text).substr(comma + 1), lon)) {
    throw UsageError(option + " \"" + text +
                     "\": expected LAT,LON in decimal degrees, e.g. 51.1784,-115.5708");
  }
  if (lat < -90 || lat > 90) {
    throw UsageError(option + " \"" + text + "\": latitude must be within -90..90");
  }
  if (lon < -180 || lon > 180) {
    throw UsageError(option + " \"" + text + "\": longitude must be within -180..180");
  }
  return {lon, lat};
}

void EntryOptions::declare(CLI::App& c, bool with_untag) {
  c.add_option("--title,-t", title, "Title, e.g. \"洞穴之旅 Cave tour\"");
  c.add_option("--date,-d", date, "Date: 2024-10-12, 2024-10 or 2024 (add: default today)");
  c.add_option("--end,-e", end, "Last day of a stay or trip, e.g. 2024-10-14");
  c.add_option("--note,-n", notes, "Notes");
  c.add_option("--tag", tags, "A tag (repeat for several)")->allow_extra_args(false);
  if (with_untag)
    c.add_option("--untag", untags, "Remove a tag (repeat for several)")->allow_extra_args(false);
  c.add_option("--trip", trip, "Trip that groups entries, e.g. banff-2024");
  c.add_option("--status,-s", status, "visited (default), planned or cancelled");
  c.add_option("--at", at, "Position as LAT,LON in degrees, e.g. 51.1784,-115.5708");
  c.add_option("--region", region, "First-level region, e.g. Alberta");
  c.add_option("--country", country, "Country, e.g. Canada");
}

bool EntryOptions::any() const {
  return title || place || region || country || date || end || notes || trip || status || at ||
         !tags.empty() || !untags.empty();
}

void EntryOptions::apply(core::Entry& e) const {
  const std::array<std::pair<const std::optional<std::string>*, const char*>, 5> texts = {
      {{&title, "--title"},
       {&place, "--place"},
       {&region, "--region"},
       {&country, "--country"},
       {&trip, "--trip"}}};
  for (const auto& [value, option] : texts) {
    if (*value) require_user_text(**value, option);
  }
  if (notes) require_user_text(*notes, "--note", core::TextLines::multiple);
  for (const auto& t : tags) require_user_text(t, "--tag");
  if (title) e.title = *title;
  if (place) e.place = *place;
  if (region) e.region = *region;
  if (country) e.country = *country;
  if (notes) e.notes = *notes;
  if (trip) e.trip = *trip;
  if (date) e.date = date_or_none(*date);
  if (end) e.end = date_or_none(*end);
  if (status) e.status = core::parse_status(*status);
  if (at) {
    const core::LonLat p = parse_lat_lon(*at, "--at");
    if (e.is_track()) throw UsageError("--at cannot move a track; edit it with footprint edit ID");
    e.coordinates = {p};
  }
  for (const auto& t : tags) {
    if (t.empty()) throw UsageError("--tag needs a name");
    if (std::find(e.tags.begin(), e.tags.end(), t) == e.tags.end()) e.tags.push_back(t);
  }
  for (const auto& t : untags) std::erase(e.tags, t);
  if (e.end && !e.date) throw UsageError("--end needs a start date (--date)");
  if (e.date && e.end && e.end->last_day() < e.date->first_day()) {
    throw UsageError("--end " + e.end->text() + " is before the start date " + e.date->text());
  }
}

}  // namespace footprint::cli
