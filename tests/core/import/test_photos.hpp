// Photos for the photo reader's tests and fuzz seeds, made at test time by other programs: a tiny
// JPEG and PNG by GDAL (gdal_create, gdal_translate), HEIC by libheif's heif-enc, and Exif tags
// written by exiftool, as a camera or a phone would have written them.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace footprint::test {

inline std::string quoted(const std::filesystem::path& p) {
  std::string out = "'";
  for (char c : p.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

inline void run(const std::string& command) {
  ASSERT_EQ(std::system((command + " >/dev/null 2>&1").c_str()), 0) << command;
}

/// Writes an 8 x 8 grey image without any Exif data to `jpeg` (and `png` when asked).
inline void make_plain_images(const std::filesystem::path& folder,
                              const std::filesystem::path& jpeg,
                              const std::filesystem::path& png = {}) {
  const auto tif = folder / "plain.tif";
  run("gdal_create -q -of GTiff -outsize 8 8 -bands 3 -ot Byte -burn 128 " + quoted(tif));
  run("gdal_translate -q -of JPEG " + quoted(tif) + " " + quoted(jpeg));
  if (!png.empty()) run("gdal_translate -q -of PNG " + quoted(tif) + " " + quoted(png));
  std::filesystem::remove(tif);
}

/// One photo and the exiftool tag assignments to write into it ("-GPSLatitude=33.8688").
struct Tagging {
  std::filesystem::path photo;
  std::vector<std::string> tags;
};

/// Writes the tags of every photo with a single exiftool run (an argument file with -execute).
inline void exiftool(const std::filesystem::path& folder, const std::vector<Tagging>& taggings) {
  const auto args = folder / "exiftool.args";
  {
    std::ofstream out(args);
    for (const Tagging& t : taggings) {
      out << "-q\n-overwrite_original\n";
      for (const auto& tag : t.tags) out << tag << "\n";
      out << t.photo.string() << "\n-execute\n";
    }
  }
  run("exiftool -@ " + quoted(args));
  std::filesystem::remove(args);
}

/// The exiftool tags of a GPS position in decimal degrees, with its hemisphere references.
inline std::vector<std::string> gps_tags(double lat, double lon) {
  return {"-GPSLatitude=" + std::to_string(std::abs(lat)),
          std::string("-GPSLatitudeRef=") + (lat < 0 ? "S" : "N"),
          "-GPSLongitude=" + std::to_string(std::abs(lon)),
          std::string("-GPSLongitudeRef=") + (lon < 0 ? "W" : "E")};
}

}  // namespace footprint::test
