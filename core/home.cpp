#include "core/home.hpp"

namespace footprint::core {

std::optional<Home> journal_home(const Journal& journal) {
  const Json& settings = journal.settings();
  if (!settings.is_object() || !settings.contains("home")) return std::nullopt;
  const Json& home = settings["home"];
  // The validator has checked the coordinates when they are there; a home may still lack them
  // (`init --home` without the offline data).
  if (!home.is_object() || !home.contains("coordinates")) return std::nullopt;
  const Json& c = home["coordinates"];
  Home h;
  h.position = {c[0].get<double>(), c[1].get<double>()};
  if (home.contains("place") && home["place"].is_string()) h.place = home["place"];
  return h;
}

}  // namespace footprint::core
