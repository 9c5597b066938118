#include "core/entry.hpp"

#include "core/error.hpp"

namespace footprint::core {

std::string_view to_string(Status status) {
  switch (status) {
    case Status::visited:
      return "visited";
    case Status::planned:
      return "planned";
    case Status::cancelled:
      return "cancelled";
  }
  return "visited";
}

Status parse_status(std::string_view text) {
  if (text == "visited") return Status::visited;
  if (text == "planned") return Status::planned;
  if (text == "cancelled") return Status::cancelled;
  throw UsageError("invalid status \"" + std::string(text) +
                   "\": expected visited, planned or cancelled");
}

bool Entry::is_range() const {
  return date && end && end->last_day() > date->first_day();
}

}  // namespace footprint::core
