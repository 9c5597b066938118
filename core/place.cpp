#include "core/place.hpp"

#include <cstdio>

#include "core/error.hpp"
#include "core/place_ranking.hpp"

namespace footprint::core {
namespace {

constexpr std::size_t kListedCandidates = 8;

std::string how_to_pick(const Place& p) {
  if (!p.qualifier.empty()) return "\"" + p.qualifier + "\"";
  return "--at " + std::to_string(p.position.lat) + "," + std::to_string(p.position.lon);
}

}  // namespace

std::string Place::label() const {
  std::string out = name;
  if (!region.empty() && region != name) out += ", " + region;
  if (!country.empty()) out += ", " + country;
  return out;
}

const Place& Resolution::place() const {
  if (outcome == Outcome::found) return candidates.front();
  if (outcome == Outcome::ambiguous) {
    std::string message = "\"" + query + "\" names several places; say which:";
    for (std::size_t i = 0; i < candidates.size() && i < kListedCandidates; ++i) {
      message += "\n  " + how_to_pick(candidates[i]) + "  " + candidates[i].label();
    }
    if (!candidates.empty() && !candidates.front().own) {
      char margin_text[32];
      std::snprintf(margin_text, sizeof margin_text, "%.1f", margin);
      message += "\n(the first weighs only " + std::string(margin_text) +
                 " times the next; a clear pick takes " + clear_rule() + ")";
    }
    throw Ambiguous(message);
  }
  std::string message = "\"" + query + "\" is not in the offline gazetteer";
  if (!suggestions.empty()) {
    message += "; did you mean:";
    for (const Place& s : suggestions) message += "\n  " + how_to_pick(s) + "  " + s.label();
  }
  throw NotFound(message);
}

}  // namespace footprint::core
