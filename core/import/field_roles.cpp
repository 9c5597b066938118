#include "core/import/field_roles.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/error.hpp"
#include "core/user_text.hpp"

namespace footprint::core::import {
namespace {

struct RoleNames {
  Role role;
  const char* name;
  std::vector<const char*> usual;  // in order of preference, folded (lower case, no spaces)
};

const std::vector<RoleNames>& roles() {
  static const std::vector<RoleNames> table{
      {Role::title, "title", {"title", "name"}},
      {Role::date,
       "date",
       {"date", "start", "startdate", "begin", "time", "timestamp", "when", "datetime"}},
      {Role::end, "end", {"enddate", "end", "until"}},
      {Role::notes, "notes", {"notes", "note", "description", "desc", "comment", "cmt"}},
      {Role::tags, "tags", {"tags", "tag", "keywords"}},
      {Role::trip, "trip", {"trip"}},
      {Role::status, "status", {"status"}},
      {Role::place, "place", {"place", "city", "town"}},
      {Role::region, "region", {"region", "state", "province"}},
      {Role::country, "country", {"country"}},
      {Role::lat, "lat", {"lat", "latitude", "y"}},
      {Role::lon, "lon", {"lon", "lng", "long", "longitude", "x"}},
      {Role::wkt, "wkt", {"wkt", "geometry", "geom", "the_geom"}},
  };
  return table;
}

std::string fold_field_name(std::string_view name) {
  std::string out;
  for (unsigned char c : name) {
    if (c != ' ' && c != '_' && c != '-') out += static_cast<char>(std::tolower(c));
  }
  // GDAL's GPX driver reads <extensions><ogr:tags> as "ogr_tags".
  if (out.rfind("ogr", 0) == 0 && name.rfind("ogr_", 0) == 0) out.erase(0, 3);
  return out;
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// Windows-1252's 0x80..0x9F, as Unicode code points (0 where the code page has no character).
constexpr std::array<char16_t, 32> kCp1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_sequence_length(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// Control characters other than line breaks and tabs are refused by the journal's text rules.
std::string checked(std::string text, TextLines lines) {
  if (auto problem = user_text_problem(text, lines)) throw UsageError(*problem);
  return text;
}

}  // namespace

std::string_view role_name(Role role) {
  for (const auto& r : roles()) {
    if (r.role == role) return r.name;
  }
  return "";
}

Role parse_role(std::string_view name) {
  std::string known;
  for (const auto& r : roles()) {
    if (r.name == name) return r.role;
    known += (known.empty() ? "" : ", ") + std::string(r.name);
  }
  throw UsageError("--columns: unknown column role \"" + std::string(name) + "\" (known: " + known +
                   ")");
}

ColumnNames parse_column_names(std::string_view text) {
  ColumnNames out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const std::string_view part = text.substr(start, comma - start);
    const std::size_t equals = part.find('=');
    if (equals == std::string_view::npos || equals == 0 || equals + 1 == part.size()) {
      throw UsageError("--columns: expected ROLE=COLUMN, as in lat=Breite,lon=Laenge; got \"" +
                       std::string(part) + "\"");
    }
    out[parse_role(part.substr(0, equals))] = std::string(part.substr(equals + 1));
    start = comma + 1;
  }
  return out;
}

std::optional<std::size_t> find_role(const std::vector<std::string>& names, Role role,
                                     const ColumnNames& given) {
  if (auto it = given.find(role); it != given.end()) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (to_utf8(names[i]) == it->second) return i;  // a Latin-1 header named in UTF-8
    }
    return std::nullopt;
  }
  std::vector<std::string> folded;  // once, not once per usual name
  folded.reserve(names.size());
  for (const std::string& name : names) folded.push_back(fold_field_name(name));
  for (const auto& r : roles()) {
    if (r.role != role) continue;
    for (const char* usual : r.usual) {
      for (std::size_t i = 0; i < folded.size(); ++i) {
        if (folded[i] == usual) return i;
      }
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> find_own_column(const std::vector<std::string>& names, Role role) {
  if (role == Role::lat || role == Role::lon || role == Role::wkt) return std::nullopt;
  const std::string own = role == Role::end ? "enddate" : std::string(role_name(role));
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == own || names[i] == "ogr_" + own) return i;
  }
  return std::nullopt;
}

Date parse_field_date(std::string_view text) {
  std::string iso = trim(text);
  // 2024/05/17 and 2024-05-17 10:00 are common in spreadsheets.
  for (std::size_t i = 0; i < iso.size() && i < 10; ++i) {
    if (iso[i] == '/') iso[i] = '-';
  }
  if (iso.size() > 10 && iso[10] == ' ') iso[10] = 'T';
  Date date = Date::parse(iso);
  if (date.precision() != Date::Precision::time || date.seconds_of_day() != 0) return date;
  const std::size_t sign = iso.find_first_of("+-", 11);
  const std::string zone = sign == std::string::npos ? "" : iso.substr(sign + 1);
  const bool utc_or_unknown = zone.empty() || zone == "00" || zone == "00:00" || zone == "0000";
  return utc_or_unknown ? Date::parse(iso.substr(0, 10)) : date;
}

std::vector<std::string> split_tags(std::string_view text) {
  std::vector<std::string> tags;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find_first_of(",;", start), text.size());
    std::string tag = single_line_text(text.substr(start, end - start));
    if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end()) {
      tags.push_back(std::move(tag));
    }
    start = end + 1;
  }
  return tags;
}

std::string to_utf8(std::string_view text) {
  if (is_utf8(text)) return std::string(text);
  std::string out;
  for (unsigned char c : text) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0xA0) {
      const char16_t mapped = kCp1252High[c - 0x80];
      append_utf8(out, mapped != 0 ? mapped : 0xFFFD);
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

std::string single_line_text(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : to_utf8(text)) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return checked(std::move(out), TextLines::single);
}

std::string multi_line_text(std::string_view text) {
  std::string out;
  const std::string utf8 = to_utf8(text);
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if (utf8[i] == '\r' && i + 1 < utf8.size() && utf8[i + 1] == '\n') continue;
    out += utf8[i] == '\r' ? '\n' : utf8[i];
  }
  return checked(trim(out), TextLines::multiple);
}

}  // namespace footprint::core::import
