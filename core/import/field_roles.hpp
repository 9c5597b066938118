// Which attribute of a feature or column of a CSV file means what for an entry (its title, date,
// notes…), found by the names other programs commonly give them, and the conversion of their
// text into entry values.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace footprint::core::import {

enum class Role {
  title,
  date,
  end,
  notes,
  tags,
  trip,
  status,
  place,
  region,
  country,
  lat,
  lon,
  wkt
};

/// "title", "date", … as --columns names them.
std::string_view role_name(Role role);
/// The role --columns calls `name`; throws UsageError listing the roles.
Role parse_role(std::string_view name);

/// Field names given outright (--columns date=Datum,lat=Breite): they win over the usual names.
using ColumnNames = std::map<Role, std::string>;
/// Parses "ROLE=NAME,ROLE=NAME"; throws UsageError naming the part that is wrong.
ColumnNames parse_column_names(std::string_view text);

/// The index in `names` of the field that plays `role`: the one --columns names, else the first
/// usual name (lat, latitude, y; name, title; date, time, timestamp, begin…) ignoring case, spaces
/// and an "ogr_" prefix (GDAL's GPX extensions). Nothing when no field plays it.
std::optional<std::size_t> find_role(const std::vector<std::string>& names, Role role,
                                     const ColumnNames& given);

/// The index in `names` of the column footprint's own exports write for `role` ("title",
/// "date", "enddate", "notes", "tags", "trip", "status", "place", "region", "country"; GPX
/// extensions with their "ogr_" prefix), or nothing.
std::optional<std::size_t> find_own_column(const std::vector<std::string>& names, Role role);

/// A date from a field: ISO 8601 as footprint writes it ("2024", "2024-05", "2024-05-17",
/// "2024-05-17T14:30+02:00"), also with '/' between the parts or a space before the time.
/// A time of exactly midnight UTC or of an unknown zone is a day ("2024-05-17T00:00:00Z" is
/// "2024-05-17"): it is what date-only values become in formats that store instants.
/// Throws UsageError saying what is wrong.
Date parse_field_date(std::string_view text);

/// Tags from a list written "a, b; c" (commas or semicolons), trimmed, empty ones left out.
std::vector<std::string> split_tags(std::string_view text);

/// Text as UTF-8: valid UTF-8 is kept, anything else is read as Windows-1252 (a superset of
/// Latin-1's printable characters), the usual encoding of spreadsheets that are not UTF-8.
std::string to_utf8(std::string_view text);

/// A single-line field (title, place, tags): UTF-8, runs of line breaks and tabs made one space,
/// trimmed. Throws UsageError when another control character remains.
std::string single_line_text(std::string_view text);
/// Notes: UTF-8, line breaks and tabs kept, "\r\n" made "\n". Throws UsageError when another
/// control character remains.
std::string multi_line_text(std::string_view text);

}  // namespace footprint::core::import
