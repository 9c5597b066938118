#include "core/import/photo_exif.hpp"

#include <libexif/exif-data.h>
#include <libexif/exif-loader.h>
#include <libexif/exif-log.h>

#include <algorithm>
#include <array>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace footprint::core::import {
namespace {

struct LoaderDeleter {
  void operator()(ExifLoader* l) const { exif_loader_unref(l); }
};
struct DataDeleter {
  void operator()(ExifData* d) const { exif_data_unref(d); }
};
struct LogDeleter {
  void operator()(ExifLog* l) const { exif_log_unref(l); }
};

// The first thing libexif found damaged while loading, in its words.
struct DamageLog {
  std::string first;
};

void on_log(ExifLog*, ExifLogCode code, const char*, const char* format, va_list args, void* user) {
  if (code != EXIF_LOG_CODE_CORRUPT_DATA && code != EXIF_LOG_CODE_NO_MEMORY) return;
  auto* damage = static_cast<DamageLog*>(user);
  if (!damage->first.empty()) return;
  std::array<char, 256> text{};
  std::vsnprintf(text.data(), text.size(), format, args);
  damage->first = text.data();
  if (damage->first.empty()) damage->first = "damaged data";
}

// ASCII tag text up to its first NUL (libexif does not promise a terminator).
std::optional<std::string> ascii(ExifContent* ifd, ExifTag tag) {
  ExifEntry* e = exif_content_get_entry(ifd, tag);
  if (!e || e->format != EXIF_FORMAT_ASCII || !e->data) return std::nullopt;
  const auto* begin = reinterpret_cast<const char*>(e->data);
  return std::string(begin, ::strnlen(begin, e->size));
}

// A RATIONAL tag of 1 to 3 values (degrees, minutes, seconds) as one number; nothing when a
// denominator is 0.
std::optional<double> sexagesimal(ExifEntry* e, ExifByteOrder order) {
  if (e->format != EXIF_FORMAT_RATIONAL || e->components < 1 || !e->data ||
      e->size < e->components * 8) {
    return std::nullopt;
  }
  double value = 0, unit = 1;
  for (unsigned i = 0; i < std::min<unsigned long>(e->components, 3); ++i, unit /= 60) {
    const ExifRational r = exif_get_rational(e->data + std::size_t{8} * i, order);
    if (r.denominator == 0) return std::nullopt;
    value += unit * r.numerator / r.denominator;
  }
  return value;
}

bool digits(const std::string& s, std::size_t from, std::size_t count) {
  if (s.size() < from + count) return false;
  for (std::size_t i = from; i < from + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// "2024:05:17 14:30:05" (Exif's form) to ISO 8601 with `suffix` ("+10:00", "Z" or ""); nothing
// when the camera wrote blanks or zeros for an unknown time, or a date that does not exist.
std::optional<Date> exif_time(const std::string& text, const std::string& suffix) {
  if (text.size() < 19 || !digits(text, 0, 4) || text[4] != ':' || !digits(text, 5, 2) ||
      text[7] != ':' || !digits(text, 8, 2) || !digits(text, 11, 2) || text[13] != ':' ||
      !digits(text, 14, 2) || text[16] != ':' || !digits(text, 17, 2)) {
    return std::nullopt;
  }
  const std::string iso = text.substr(0, 4) + "-" + text.substr(5, 2) + "-" + text.substr(8, 2) +
                          "T" + text.substr(11, 8) + suffix;
  try {
    return Date::parse(iso);
  } catch (const Error&) {
    return std::nullopt;
  }
}

// OffsetTimeOriginal is "+HH:MM" or "-HH:MM"; anything else is not an offset.
std::string offset_suffix(const std::optional<std::string>& offset) {
  if (!offset || offset->size() != 6 || ((*offset)[0] != '+' && (*offset)[0] != '-') ||
      !digits(*offset, 1, 2) || (*offset)[3] != ':' || !digits(*offset, 4, 2)) {
    return "";
  }
  return *offset;
}

std::optional<Date> gps_time(ExifData* data) {
  ExifContent* gps = data->ifd[EXIF_IFD_GPS];
  const auto day = ascii(gps, static_cast<ExifTag>(EXIF_TAG_GPS_DATE_STAMP));
  ExifEntry* time = exif_content_get_entry(gps, static_cast<ExifTag>(EXIF_TAG_GPS_TIME_STAMP));
  if (!day || !time || time->components != 3) return std::nullopt;
  const ExifByteOrder order = exif_data_get_byte_order(data);
  std::array<long, 3> hms{};
  for (unsigned i = 0; i < 3; ++i) {
    if (time->format != EXIF_FORMAT_RATIONAL || time->size < 24) return std::nullopt;
    const ExifRational r = exif_get_rational(time->data + std::size_t{8} * i, order);
    if (r.denominator == 0) return std::nullopt;
    hms[i] = static_cast<long>(r.numerator / r.denominator);
  }
  if (hms[0] > 23 || hms[1] > 59 || hms[2] > 59) return std::nullopt;
  std::string text = day->substr(0, 10);
  for (std::size_t i = 0; i < 3; ++i) {
    text += (i == 0 ? ' ' : ':');
    text += static_cast<char>('0' + hms[i] / 10);
    text += static_cast<char>('0' + hms[i] % 10);
  }
  return exif_time(text, "Z");
}

std::optional<Date> taken(ExifData* data) {
  ExifContent* exif = data->ifd[EXIF_IFD_EXIF];
  if (const auto original = ascii(exif, EXIF_TAG_DATE_TIME_ORIGINAL)) {
    const auto offset = ascii(exif, EXIF_TAG_OFFSET_TIME_ORIGINAL);
    if (auto date = exif_time(*original, offset_suffix(offset))) return date;
  }
  return gps_time(data);
}

// One axis of the position: the value and its reference letter, which gives the sign.
std::optional<double> coordinate(ExifData* data, ExifTag value_tag, ExifTag ref_tag,
                                 const char* name, char positive, char negative, double limit) {
  ExifContent* gps = data->ifd[EXIF_IFD_GPS];
  ExifEntry* value = exif_content_get_entry(gps, value_tag);
  if (!value) return std::nullopt;
  const auto degrees = sexagesimal(value, exif_data_get_byte_order(data));
  if (!degrees) {
    throw PhotoError(std::string("GPS") + name + " is not a number of degrees (rationals)");
  }
  const auto ref = ascii(gps, ref_tag);
  if (!ref || ref->empty() || (ref->front() != positive && ref->front() != negative)) {
    throw PhotoError(std::string("GPS") + name + " has no GPS" + name + "Ref (" + positive +
                     " or " + negative + "), so its hemisphere is unknown");
  }
  if (*degrees > limit) {
    throw PhotoError(std::string("GPS") + name + " " + std::to_string(*degrees) + " is beyond " +
                     std::to_string(static_cast<int>(limit)) + " degrees");
  }
  return ref->front() == negative ? -*degrees : *degrees;
}

std::optional<LonLat> position(ExifData* data, const DamageLog& damage) {
  const auto lat =
      coordinate(data, static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE),
                 static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE_REF), "Latitude", 'N', 'S', 90);
  const auto lon =
      coordinate(data, static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE),
                 static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE_REF), "Longitude", 'E', 'W', 180);
  if (lat.has_value() != lon.has_value()) {
    throw PhotoError(lat ? "it has a GPSLatitude but no GPSLongitude"
                         : "it has a GPSLongitude but no GPSLatitude");
  }
  if (!lat) {
    // libexif drops what it cannot load: without a position, damage may have hidden it.
    if (!damage.first.empty()) {
      throw PhotoError("its Exif data is damaged (" + damage.first +
                       "); no position could be read");
    }
    return std::nullopt;
  }
  const auto status = ascii(data->ifd[EXIF_IFD_GPS], static_cast<ExifTag>(EXIF_TAG_GPS_STATUS));
  if (status && *status == "V") return std::nullopt;  // "measurement void": no fix
  if (*lat == 0 && *lon == 0) return std::nullopt;
  return LonLat{*lon, *lat};
}

// Loads an Exif block that starts with "Exif\0\0" and reads the facts from it.
PhotoFacts facts_from_block(const unsigned char* block, std::size_t size) {
  DamageLog damage;
  std::unique_ptr<ExifLog, LogDeleter> log(exif_log_new());
  std::unique_ptr<ExifData, DataDeleter> data(exif_data_new());
  if (!log || !data) throw PhotoError("out of memory reading Exif data");
  exif_log_set_func(log.get(), on_log, &damage);
  exif_data_log(data.get(), log.get());
  // Read as written: no tags added or "fixed" to follow the specification.
  exif_data_unset_option(data.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
  exif_data_load_data(data.get(), block, static_cast<unsigned>(size));
  PhotoFacts facts;
  facts.position = position(data.get(), damage);
  facts.taken = taken(data.get());
  return facts;
}

}  // namespace

PhotoFacts read_jpeg_facts(std::istream& in) {
  std::array<unsigned char, 4096> chunk{};
  in.read(reinterpret_cast<char*>(chunk.data()), 2);
  if (in.gcount() < 2 || chunk[0] != 0xFF || chunk[1] != 0xD8) {
    throw PhotoError("not a JPEG file (it does not start with the JPEG marker FF D8)");
  }
  std::unique_ptr<ExifLoader, LoaderDeleter> loader(exif_loader_new());
  if (!loader) throw PhotoError("out of memory reading Exif data");
  // The loader walks the JPEG's segments and says when it holds the whole Exif block (or knows
  // there is none): only the file's head is read.
  bool wants_more = exif_loader_write(loader.get(), chunk.data(), 2) != 0;
  while (wants_more) {
    in.read(reinterpret_cast<char*>(chunk.data()), chunk.size());
    const auto got = static_cast<unsigned>(in.gcount());
    if (got == 0) break;
    wants_more = exif_loader_write(loader.get(), chunk.data(), got) != 0;
  }
  if (wants_more) {
    throw PhotoError("the file ends inside its header, before the image data (truncated)");
  }
  const unsigned char* block = nullptr;
  unsigned int size = 0;
  exif_loader_get_buf(loader.get(), &block, &size);
  if (!block || size == 0) return {};
  return facts_from_block(block, size);
}

PhotoFacts read_tiff_exif_facts(const unsigned char* data, std::size_t size) {
  static constexpr unsigned char kHeader[] = {'E', 'x', 'i', 'f', 0, 0};
  std::vector<unsigned char> block(kHeader, kHeader + sizeof kHeader);
  block.insert(block.end(), data, data + size);
  return facts_from_block(block.data(), block.size());
}

}  // namespace footprint::core::import
