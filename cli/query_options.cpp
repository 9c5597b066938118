#include "cli/query_options.hpp"

#include "cli/entry_options.hpp"

namespace footprint::cli {

core::Query make_query(std::optional<int> year, const std::string& from, const std::string& to,
                       const std::vector<std::string>& tags, const std::string& trip,
                       const std::string& status, const std::string& text) {
  core::Query q;
  q.year = year;
  if (!from.empty()) q.from = core::Date::parse(from);
  if (!to.empty()) q.to = core::Date::parse(to);
  q.tags = tags;
  q.trip = trip;
  if (!status.empty()) q.status = core::parse_status(status);
  require_user_text(text, "--search");  // invalid bytes would fold to nothing and match all
  q.text = text;
  return q;
}

}  // namespace footprint::cli
