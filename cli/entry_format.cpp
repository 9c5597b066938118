#include "cli/entry_format.hpp"

#include <array>
#include <cstdio>

namespace footprint::cli {
namespace {

std::string join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

}  // namespace

std::string format_position(const core::LonLat& position) {
  std::array<char, 64> buf{};
  std::snprintf(buf.data(), buf.size(), "%.5f, %.5f", position.lat, position.lon);
  return buf.data();
}

std::string format_dates(const core::Entry& e) {
  if (!e.date) return {};
  return e.end ? e.date->text() + ".." + e.end->text() : e.date->text();
}

std::string format_place(const core::Entry& e) {
  return join({e.place, e.region, e.country}, ", ");
}

std::string format_details(const core::Entry& e) {
  std::string out = e.id + "\n";
  auto line = [&out](const char* name, const std::string& value) {
    if (!value.empty())
      out +=
          std::string("  ") + name + std::string(10 - std::string(name).size(), ' ') + value + "\n";
  };
  line("title", e.title);
  line("place", format_place(e));
  line("date", format_dates(e));
  if (e.is_track()) {
    line("track", std::to_string(e.coordinates.size()) + " positions from " +
                      format_position(e.coordinates.front()) + " to " +
                      format_position(e.coordinates.back()));
  } else {
    line("position", format_position(e.anchor()) + " (lat, lon)");
  }
  line("tags", join(e.tags, ", "));
  line("trip", e.trip);
  line("photos", join(e.photos, ", "));
  line("status", std::string(core::to_string(e.status)));
  line("notes", e.notes);
  return out;
}

}  // namespace footprint::cli
