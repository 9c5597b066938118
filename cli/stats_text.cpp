#include "cli/stats_text.hpp"

#include <array>
#include <cmath>
#include <vector>

#include "cli/text_table.hpp"

namespace footprint::cli {
namespace {

constexpr std::array<const char*, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Months fit a table up to two years; longer periods get one row a year.
constexpr std::size_t kMaxMonthRows = 24;
// Lists of names (places, countries, regions) longer than this are cut, saying how many more.
constexpr std::size_t kMaxNamesListed = 30;

std::string km(double value) {
  return group_thousands(std::llround(value));
}

std::string count(long n, const std::string& one, const std::string& many) {
  return group_thousands(n) + " " + (n == 1 ? one : many);
}

// The first kMaxNamesListed names, then how many more (--json lists them all).
std::string join(const std::vector<std::string>& names, const char* separator) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < kMaxNamesListed; ++i) {
    out += (i == 0 ? "" : separator) + names[i];
  }
  if (names.size() > kMaxNamesListed) {
    out += std::string(separator) + "… and " +
           group_thousands(static_cast<long>(names.size() - kMaxNamesListed)) + " more";
  }
  return out;
}

std::string pad_right(const std::string& text, std::size_t width) {
  const std::size_t w = display_width(text);
  return text + std::string(w < width ? width - w : 0, ' ');
}

std::string pad_left(const std::string& text, std::size_t width) {
  const std::size_t w = display_width(text);
  return std::string(w < width ? width - w : 0, ' ') + text;
}

// A table whose first column is text and the others numbers, aligned right.
std::string number_table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    widths.resize(std::max(widths.size(), row.size()), 0);
    for (std::size_t c = 0; c < row.size(); ++c)
      widths[c] = std::max(widths[c], display_width(row[c]));
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line = pad_right(row[0], widths[0]);
    for (std::size_t c = 1; c < row.size(); ++c) line += "  " + pad_left(row[c], widths[c]);
    out += line + "\n";
  }
  return out;
}

std::string line(const std::string& label, const std::string& value) {
  return pad_right(label, 15) + value + "\n";
}

bool spans_years(const core::TravelStats& s) {
  return !s.months.empty() && s.months.front().month.year != s.months.back().month.year;
}

std::string month_name(const core::YearMonth& m, bool with_year) {
  const std::string name = kMonthNames[m.month - 1];
  return with_year ? name.substr(0, 3) + " " + std::to_string(m.year) : name;
}

}  // namespace

namespace {

std::string entries_line(const core::TravelStats& s) {
  std::string text = group_thousands(s.entries());
  if (s.entries() > 0) {
    text += " (" + group_thousands(s.visited) + " visited, " + group_thousands(s.planned) +
            " planned, " + group_thousands(s.cancelled) + " cancelled)";
  }
  return text;
}

std::string list_line(const std::vector<std::string>& names, const char* separator) {
  return group_thousands(static_cast<long>(names.size())) +
         (names.empty() ? "" : ": " + join(names, separator));
}

std::string records(const core::TravelStats& s) {
  std::string out;
  if (s.furthest) {
    out += line("Furthest", s.furthest->place + ", " + km(s.furthest->km) + " km from " +
                                (s.has_home ? "home" : s.furthest->from));
  }
  if (s.longest_stay) {
    out += line("Longest stay",
                s.longest_stay->place + ", " + count(s.longest_stay->days, "day", "days"));
  }
  if (s.busiest_month) {
    const auto& m = *s.busiest_month;
    int entries = 0;
    for (const auto& month : s.months) entries = month.month == m ? month.entries : entries;
    out += line("Busiest month",
                month_name(m, spans_years(s)) + " (" + count(entries, "entry", "entries") + ")");
  }
  return out;
}

std::string summary(const core::TravelStats& s) {
  std::string out;
  out += line("Entries", entries_line(s));
  out += line("Places", group_thousands(s.distinct_places) +
                            (s.distinct_places > 0
                                 ? " (" + group_thousands(static_cast<long>(s.new_places.size())) +
                                       " for the first time)"
                                 : ""));
  out += line("Countries", list_line(s.countries, ", "));
  out += line("Regions", list_line(s.regions, "; "));
  out += line("Distance", km(s.distance_km) + " km");
  out += line("Days away", s.days_away ? group_thousands(*s.days_away)
                                       : "not computed (the journal has no home)");
  out += records(s);
  if (s.undated > 0)
    out += line("Undated", count(s.undated, "entry", "entries") + ", in no period");
  return out;
}

std::string nights_table(const char* heading, const std::vector<core::PlaceNights>& nights) {
  std::vector<std::vector<std::string>> rows{{heading, "DAYS", "NIGHTS"}};
  for (const auto& n : nights) {
    rows.push_back({n.name, group_thousands(n.days), group_thousands(n.nights)});
  }
  return number_table(rows);
}

// One row a month, or a year when there are too many months to read.
std::string months_table(const core::TravelStats& s) {
  const bool by_year = s.months.size() > kMaxMonthRows;
  std::vector<std::vector<std::string>> rows{{by_year ? "YEAR" : "MONTH", "ENTRIES"}};
  if (s.has_home) rows[0].push_back("DAYS AWAY");
  rows[0].push_back("KM");
  auto add = [&](const std::string& label, long entries, long away, double distance) {
    rows.push_back({label, group_thousands(entries)});
    if (s.has_home) rows.back().push_back(group_thousands(away));
    rows.back().push_back(km(distance));
  };
  core::MonthStats year;
  for (std::size_t i = 0; i < s.months.size(); ++i) {
    const auto& m = s.months[i];
    if (!by_year) add(month_name(m.month, spans_years(s)), m.entries, m.days_away, m.km);
    year.entries += m.entries;
    year.days_away += m.days_away;
    year.km += m.km;
    if (by_year && (i + 1 == s.months.size() || s.months[i + 1].month.year != m.month.year)) {
      add(std::to_string(m.month.year), year.entries, year.days_away, year.km);
      year = core::MonthStats{};
    }
  }
  add("Total", s.entries(), s.days_away.value_or(0), s.distance_km);
  return number_table(rows);
}

}  // namespace

std::string format_stats_text(const core::TravelStats& s, const PeriodName& name,
                              const std::string& home_place) {
  std::string out = "Travel statistics " + name.title;
  if (!s.period.empty()) {
    out += " (" + core::iso_date(s.period.first_day) + " to " + core::iso_date(s.period.last_day) +
           ")";
  }
  out += "\nHome: " + (s.has_home ? home_place : "none") + "\n\n";
  if (s.entries() == 0) {
    out += (s.period.empty() ? "No dated entries in the journal." : "No entries " + name.in + ".");
    out += "\n\n";
  }
  out += summary(s);
  if (s.entries() == 0) return out;
  if (!s.new_places.empty()) out += "\n" + line("New places", join(s.new_places, ", "));
  if (!s.nights_by_country.empty()) out += "\n" + nights_table("COUNTRY", s.nights_by_country);
  if (!s.nights_by_region.empty()) out += "\n" + nights_table("REGION", s.nights_by_region);
  return out + "\n" + months_table(s);
}

}  // namespace footprint::cli
