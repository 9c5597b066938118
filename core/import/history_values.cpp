#include "core/import/history_values.hpp"

#include <charconv>
#include <string>

#include "core/error.hpp"
#include "core/number_text.hpp"

namespace footprint::core::import {
namespace {

bool digits(std::string_view s, std::size_t from, std::size_t count) {
  if (s.size() < from + count) return false;
  for (std::size_t i = from; i < from + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

int number(std::string_view s, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (s[i] - '0');
  return value;
}

std::string two(long v) {
  return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10);
}

// Year, month and day of a count of days since 1970-01-01 (Howard Hinnant's civil_from_days).
void civil_from_days(long z, int& year, int& month, int& day) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

std::optional<Date> date_of(const std::string& iso) {
  try {
    return Date::parse(iso);
  } catch (const Error&) {
    return std::nullopt;
  }
}

}  // namespace

std::optional<Timestamp> parse_iso_timestamp(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)
  if (!digits(text, 0, 4) || text.size() < 20 || text[4] != '-' || !digits(text, 5, 2) ||
      text[7] != '-' || !digits(text, 8, 2) || text[10] != 'T' || !digits(text, 11, 2) ||
      text[13] != ':' || !digits(text, 14, 2) || text[16] != ':' || !digits(text, 17, 2)) {
    return std::nullopt;
  }
  std::size_t zone = 19;
  if (text[zone] == '.') {
    ++zone;
    while (zone < text.size() && text[zone] >= '0' && text[zone] <= '9') ++zone;
  }
  const std::string_view suffix = text.substr(zone);
  int offset_minutes = 0;
  if (suffix != "Z") {
    if (suffix.size() != 6 || (suffix[0] != '+' && suffix[0] != '-') || !digits(suffix, 1, 2) ||
        suffix[3] != ':' || !digits(suffix, 4, 2)) {
      return std::nullopt;
    }
    offset_minutes =
        (suffix[0] == '-' ? -1 : 1) * (number(suffix, 1, 2) * 60 + number(suffix, 4, 2));
  }
  const auto date = date_of(std::string(text.substr(0, 19)) + std::string(suffix));
  if (!date) return std::nullopt;
  const std::int64_t local = std::int64_t{date->first_day()} * 86400 + date->seconds_of_day();
  return Timestamp{local - std::int64_t{offset_minutes} * 60, *date};
}

std::optional<Timestamp> parse_millisecond_timestamp(std::string_view text) {
  std::int64_t ms = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), ms);
  // Years 1970 to 9999 only: the journal writes four-digit years.
  if (error != std::errc() || end != text.data() + text.size() || ms < 0 || ms >= 253402300800000) {
    return std::nullopt;
  }
  const std::int64_t seconds = ms / 1000;
  int year = 0, month = 0, day = 0;
  civil_from_days(static_cast<long>(seconds / 86400), year, month, day);
  const long s = static_cast<long>(seconds % 86400);
  const std::string iso = std::to_string(year) + "-" + two(month) + "-" + two(day) + "T" +
                          two(s / 3600) + ":" + two(s / 60 % 60) + ":" + two(s % 60) + "Z";
  const auto date = date_of(iso);
  if (!date) return std::nullopt;
  return Timestamp{seconds, *date};
}

std::optional<LonLat> parse_position_text(std::string_view text) {
  std::string_view rest = text;
  if (rest.substr(0, 4) == "geo:") rest.remove_prefix(4);
  const auto comma = rest.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  // "48.1234567°, 11.5234567°": the degree sign (U+00B0) and spaces go.
  const auto strip = [](std::string_view s) {
    const std::string_view degree = "\xC2\xB0";
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    if (s.size() >= 2 && s.substr(s.size() - 2) == degree) s.remove_suffix(2);
    return s;
  };
  const auto lat = parse_decimal(strip(rest.substr(0, comma)));
  const auto lon = parse_decimal(strip(rest.substr(comma + 1)));
  if (!lat || !lon) return std::nullopt;
  const LonLat p{*lon, *lat};
  if (!on_globe(p)) return std::nullopt;
  return p;
}

bool on_globe(const LonLat& p) {
  return p.lat >= -90 && p.lat <= 90 && p.lon >= -180 && p.lon <= 180;
}

}  // namespace footprint::core::import
