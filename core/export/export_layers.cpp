#include "core/export/export_layers.hpp"

#include <charconv>
#include <map>

namespace footprint::core::exporting {
namespace {

using Value = std::optional<std::string>;

Value text(const std::string& s) {
  return s.empty() ? Value() : Value(s);
}

std::string number(double value) {
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, result.ptr);
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

Value date_text(const std::optional<Date>& d) {
  return d ? Value(d->text()) : Value();
}

// A date as an instant for formats that store times (GPX <time>, KML <when>): a day is its
// midnight UTC (which import reads back as the day); a month or year is its first day.
Value instant(const std::optional<Date>& d) {
  if (!d) return {};
  const std::string& t = d->text();
  if (d->precision() != Date::Precision::time) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT00:00:00Z", d->year(),
                  d->month() ? d->month() : 1, d->day() ? d->day() : 1);
    return std::string(buf);
  }
  // "2024-05-17T14:30+02:00" -> "2024-05-17T14:30:00+02:00": OGR wants the seconds.
  const std::size_t zone = t.find_first_of("Z+-", 11);
  std::string clock = t.substr(11, (zone == std::string::npos ? t.size() : zone) - 11);
  if (clock.size() == 5) clock += ":00";
  return t.substr(0, 11) + clock + (zone == std::string::npos ? "" : t.substr(zone));
}

std::string wkt(const Entry& e) {
  std::string out = e.is_track() ? "LINESTRING (" : "POINT (";
  for (std::size_t i = 0; i < e.coordinates.size(); ++i) {
    out += (i ? "," : "") + number(e.coordinates[i].lon) + " " + number(e.coordinates[i].lat);
  }
  return out + ")";
}

std::vector<OutField> fields(std::initializer_list<const char*> names) {
  std::vector<OutField> out;
  for (const char* n : names) out.push_back({n, FieldType::text});
  return out;
}

// The fields footprint reads back: the same names in every format.
std::vector<Value> common_values(const Entry& e, const char* tag_separator) {
  return {text(e.title),    date_text(e.date),
          date_text(e.end), text(e.place),
          text(e.region),   text(e.country),
          text(e.notes),    text(joined(e.tags, tag_separator)),
          text(e.trip),     std::string(to_string(e.status))};
}
const std::initializer_list<const char*> kCommonFields = {
    "title", "date", "end", "place", "region", "country", "notes", "tags", "trip", "status"};

OgrWriteRequest geojson(const std::vector<Entry>& entries) {
  OutLayer layer{"footprint", OutGeometry::any, {{"id"}}, {}, {"RFC7946=YES", "ID_FIELD=id"}};
  for (const OutField& f : fields(kCommonFields)) layer.fields.push_back(f);
  layer.fields[8].type = FieldType::list;  // tags as a JSON array
  for (const Entry& e : entries) {
    OutFeature f{e.coordinates, {e.id}, ""};
    for (Value& v : common_values(e, "\n")) f.values.push_back(std::move(v));
    layer.features.push_back(std::move(f));
  }
  return {"", "GeoJSON", {}, {}, {std::move(layer)}};
}

OgrWriteRequest gpx(const std::vector<Entry>& entries) {
  // GPX's own name, desc and time for other programs; footprint's fields as extensions
  // (<ogr:date>…), which GDAL reads back as ogr_date.
  auto layer = [](const char* name, OutGeometry g, bool with_time) {
    OutLayer l{name, g, {{"name"}, {"desc"}}, {}, {}};
    if (with_time) l.fields.push_back({"time", FieldType::date_time});
    for (const OutField& f : fields(kCommonFields)) l.fields.push_back(f);
    return l;
  };
  OutLayer waypoints = layer("waypoints", OutGeometry::point, true);
  OutLayer tracks = layer("tracks", OutGeometry::multi_line, false);
  for (const Entry& e : entries) {
    OutFeature f{e.coordinates, {text(e.title.empty() ? e.place : e.title), text(e.notes)}, ""};
    if (!e.is_track()) f.values.push_back(instant(e.date));
    for (Value& v : common_values(e, ", ")) f.values.push_back(std::move(v));
    const std::size_t title = e.is_track() ? 2 : 3;
    f.values[title] = e.title;  // an empty title stays empty, not the GPX name
    // Notes go in <desc> only: GDAL reads extensions back without their line breaks.
    f.values[title + 6].reset();
    (e.is_track() ? tracks : waypoints).features.push_back(std::move(f));
  }
  return {"", "GPX", {"GPX_USE_EXTENSIONS=YES"}, {}, {std::move(waypoints), std::move(tracks)}};
}

OgrWriteRequest kml(const std::vector<Entry>& entries) {
  // A folder per trip (in order of first appearance); Google Earth's name, description and
  // time span or stamp, and footprint's fields as ExtendedData ("enddate" because LIBKML keeps
  // "end" for the time span, which cannot hold a month).
  std::vector<OutField> defs = {{"name"},
                                {"description"},
                                {"timestamp", FieldType::date_time},
                                {"begin", FieldType::date_time},
                                {"end", FieldType::date_time}};
  for (const char* n : kCommonFields) defs.push_back({n == std::string("end") ? "enddate" : n});
  std::vector<OutLayer> folders;
  std::map<std::string, std::size_t> folder_of;
  for (const Entry& e : entries) {
    const std::string folder = e.trip.empty() ? "Journal" : e.trip;
    if (!folder_of.contains(folder)) {
      folder_of[folder] = folders.size();
      folders.push_back({folder, OutGeometry::any, defs, {}, {"FOLDER=YES"}});
    }
    OutFeature f{
        e.coordinates,
        {text(e.title.empty() ? e.place : e.title), text(e.notes),
         e.end ? Value() : instant(e.date), e.end ? instant(e.date) : Value(), instant(e.end)},
        e.is_track() ? "@track" : "@" + std::string(to_string(e.status))};
    for (Value& v : common_values(e, ", ")) f.values.push_back(std::move(v));
    f.values[5] = e.title;
    f.values[13] = e.trip;  // "" says "no trip" where the folder would say one
    folders[folder_of[folder]].features.push_back(std::move(f));
  }
  return {"",
          "LIBKML",
          {},
          {{"visited", "SYMBOL(c:#D7301FFF,s:1.2)"},
           {"planned", "SYMBOL(c:#3182BDFF,s:1.2)"},
           {"cancelled", "SYMBOL(c:#969696FF,s:1.2)"},
           {"track", "PEN(c:#D7301FFF,w:3px)"}},
          std::move(folders)};
}

OgrWriteRequest csv(const std::vector<Entry>& entries) {
  OutLayer layer{"footprint", OutGeometry::none, fields({"id", "lat", "lon", "wkt"}), {}, {}};
  for (const OutField& f : fields(kCommonFields)) layer.fields.push_back(f);
  for (const Entry& e : entries) {
    OutFeature f{{},
                 {e.id, number(e.anchor().lat), number(e.anchor().lon),
                  e.is_track() ? Value(wkt(e)) : Value()},
                 ""};
    for (Value& v : common_values(e, ", ")) f.values.push_back(std::move(v));
    layer.features.push_back(std::move(f));
  }
  return {"", "CSV", {}, {}, {std::move(layer)}};
}

OgrWriteRequest geopackage(const std::vector<Entry>& entries) {
  auto layer = [](const char* name, OutGeometry g) {
    OutLayer l{name, g, fields({"id"}), {}, {}};
    for (const OutField& f : fields(kCommonFields)) l.fields.push_back(f);
    return l;
  };
  OutLayer points = layer("points", OutGeometry::point);
  OutLayer lines = layer("lines", OutGeometry::line);
  for (const Entry& e : entries) {
    OutFeature f{e.coordinates, {e.id}, ""};
    for (Value& v : common_values(e, ", ")) f.values.push_back(std::move(v));
    (e.is_track() ? lines : points).features.push_back(std::move(f));
  }
  return {"", "GPKG", {}, {}, {std::move(points), std::move(lines)}};
}

}  // namespace

OgrWriteRequest export_request(const std::vector<Entry>& entries, ExportFormat format,
                               const std::string& path) {
  OgrWriteRequest request;
  switch (format) {
    case ExportFormat::geojson:
      request = geojson(entries);
      break;
    case ExportFormat::gpx:
      request = gpx(entries);
      break;
    case ExportFormat::kml:
      request = kml(entries);
      break;
    case ExportFormat::csv:
      request = csv(entries);
      break;
    case ExportFormat::geopackage:
      request = geopackage(entries);
      break;
  }
  request.path = path;
  return request;
}

}  // namespace footprint::core::exporting
