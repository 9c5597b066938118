#include "core/import/photos.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../temp_dir.hpp"
#include "test_photos.hpp"

namespace footprint::core::import {
namespace {

namespace fs = std::filesystem;
using test::exiftool;
using test::gps_tags;
using test::Tagging;

// A folder of photos made by GDAL and tagged by exiftool; photos are copies of one plain JPEG.
class Photos : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir / "DCIM");
    test::make_plain_images(dir.path(), plain_, plain_png_);
  }
  fs::path photo(const std::string& name) {
    fs::path p = dir / ("DCIM/" + name);
    fs::copy_file(plain_, p, fs::copy_options::overwrite_existing);
    return p;
  }
  ImportBatch read(const std::vector<fs::path>& photos) {
    return read_photos(photos, PhotoOptions{dir.path(), {}});
  }

  test::TempDir dir;
  fs::path plain_ = dir / "plain.jpg";
  fs::path plain_png_ = dir / "plain.png";
};

std::vector<std::string> with(std::vector<std::string> tags, const std::vector<std::string>& more) {
  tags.insert(tags.end(), more.begin(), more.end());
  return tags;
}

std::string problem_text(const ImportProblem& p) {
  return p.file + ": " + p.message;
}

TEST_F(Photos, AllFourHemispheresWithTheirTimeZones) {
  const auto sydney = photo("sydney.jpg"), new_york = photo("new_york.jpg"),
             buenos_aires = photo("buenos_aires.jpg"), vienna = photo("vienna.jpg");
  exiftool(dir.path(),
           {{sydney, with(gps_tags(-33.8688, 151.2093),
                          {"-DateTimeOriginal=2024:01:02 08:15:00", "-OffsetTimeOriginal=+11:00"})},
            {new_york, with(gps_tags(40.7128, -74.006), {"-DateTimeOriginal=2024:03:04 18:45:30",
                                                         "-OffsetTimeOriginal=-05:00"})},
            {buenos_aires, with(gps_tags(-34.6037, -58.3816),
                                {"-DateTimeOriginal=2024:05:06 12:00:00",
                                 "-OffsetTimeOriginal=-03:00", "-ExifByteOrder=II"})},
            {vienna, with(gps_tags(48.2082, 16.3738), {"-DateTimeOriginal=2024:07:08 09:30:05"})}});
  const ImportBatch batch = read({vienna, sydney, buenos_aires, new_york});
  EXPECT_TRUE(batch.problems.empty());
  EXPECT_TRUE(batch.skipped.empty());
  ASSERT_EQ(batch.items.size(), 4u);
  struct Expected {
    double lon, lat;
    std::string date, photo;
  };
  const std::vector<Expected> expected = {
      {151.2093, -33.8688, "2024-01-02T08:15:00+11:00", "DCIM/sydney.jpg"},
      {-74.006, 40.7128, "2024-03-04T18:45:30-05:00", "DCIM/new_york.jpg"},
      {-58.3816, -34.6037, "2024-05-06T12:00:00-03:00", "DCIM/buenos_aires.jpg"},
      {16.3738, 48.2082, "2024-07-08T09:30:05", "DCIM/vienna.jpg"},  // no offset written
  };
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(expected[i].photo);
    const Entry& e = batch.items[i].entry;
    ASSERT_EQ(e.coordinates.size(), 1u);
    EXPECT_NEAR(e.coordinates[0].lon, expected[i].lon, 1e-6);
    EXPECT_NEAR(e.coordinates[0].lat, expected[i].lat, 1e-6);
    ASSERT_TRUE(e.date.has_value());
    EXPECT_EQ(e.date->text(), expected[i].date);
    EXPECT_FALSE(e.end.has_value());
    EXPECT_EQ(e.photos, std::vector<std::string>{expected[i].photo});
    EXPECT_EQ(batch.items[i].files, std::vector<std::string>{(dir / expected[i].photo).string()});
    EXPECT_EQ(batch.items[i].origin, (dir / expected[i].photo).string());
  }
}

// Same day and within 1 km of a group's first photo: one entry. 1.5 km away, or the next day
// at the same spot: entries of their own.
TEST_F(Photos, PhotosOfOnePlaceAndDayBecomeOneEntry) {
  const auto a = photo("a.jpg"), b = photo("b.jpg"), c = photo("c.jpg"), far = photo("far.jpg"),
             next_day = photo("next_day.jpg");
  const auto at = [](const char* time) {
    return std::vector<std::string>{std::string("-DateTimeOriginal=") + time,
                                    "-OffsetTimeOriginal=-06:00"};
  };
  exiftool(dir.path(),
           {{a, with(gps_tags(51.1784, -115.5708), at("2024:10:12 09:00:00"))},
            {b, with(gps_tags(51.1784, -115.5708 + 0.009), at("2024:10:12 11:00:00"))},  // 630 m
            {c, with(gps_tags(51.1784 + 0.008, -115.5708), at("2024:10:12 16:30:00"))},  // 890 m
            {far, with(gps_tags(51.1784 + 0.0135, -115.5708), at("2024:10:12 12:00:00"))},
            {next_day, with(gps_tags(51.1784, -115.5708), at("2024:10:13 10:00:00"))}});
  const ImportBatch batch = read({c, next_day, far, b, a});
  ASSERT_EQ(batch.items.size(), 3u);
  const Entry& day = batch.items[0].entry;
  // The group is at its first photo in time (a); c joins it, 890 m from a (1.1 km from b).
  EXPECT_EQ(day.photos, (std::vector<std::string>{"DCIM/a.jpg", "DCIM/b.jpg", "DCIM/c.jpg"}));
  EXPECT_NEAR(day.coordinates.at(0).lon, -115.5708, 1e-6);
  EXPECT_NEAR(day.coordinates.at(0).lat, 51.1784, 1e-6);
  EXPECT_EQ(day.date->text(), "2024-10-12T09:00:00-06:00");
  EXPECT_EQ(day.end->text(), "2024-10-12T16:30:00-06:00");
  EXPECT_EQ(batch.items[0].origin, (dir / "DCIM/a.jpg").string() + " and 2 more photos");
  EXPECT_EQ(batch.items[1].entry.photos, std::vector<std::string>{"DCIM/far.jpg"});
  EXPECT_EQ(batch.items[2].entry.photos, std::vector<std::string>{"DCIM/next_day.jpg"});
  EXPECT_EQ(batch.items[2].entry.date->text(), "2024-10-13T10:00:00-06:00");
}

// No position is ever guessed: no GPS tags, a void GPS fix, or the 0,0 of a camera without a
// fix are counted, not imported.
TEST_F(Photos, PhotosWithoutGpsAreCounted) {
  const auto plain = photo("plain.jpg"), dated = photo("dated.jpg"), void_fix = photo("void.jpg"),
             zero = photo("zero.jpg"), good = photo("good.jpg");
  exiftool(dir.path(), {{dated, {"-DateTimeOriginal=2024:10:12 09:00:00"}},
                        {void_fix, with(gps_tags(10, 20), {"-GPSStatus#=V"})},
                        {zero, gps_tags(0, 0)},
                        {good, gps_tags(10, 20)}});
  const ImportBatch batch = read({plain, dated, void_fix, zero, good});
  EXPECT_TRUE(batch.problems.empty());
  ASSERT_EQ(batch.items.size(), 1u);
  EXPECT_FALSE(batch.items[0].entry.date.has_value());  // no time in the photo: undated
  ASSERT_EQ(batch.skipped.size(), 1u);
  EXPECT_EQ(batch.skipped[0].first, "photos without GPS");
  EXPECT_EQ(batch.skipped[0].second, 4u);
}

// Without DateTimeOriginal the GPS date and time (UTC) date the photo.
TEST_F(Photos, GpsTimeIsTheFallback) {
  const auto p = photo("gps_time.jpg");
  exiftool(dir.path(), {{p, with(gps_tags(-41.2865, 174.7762),
                                 {"-GPSDateStamp=2024:12:31", "-GPSTimeStamp=23:59:30"})}});
  const ImportBatch batch = read({p});
  ASSERT_EQ(batch.items.size(), 1u);
  EXPECT_EQ(batch.items[0].entry.date->text(), "2024-12-31T23:59:30Z");
}

// Bytes at `offset` of the file are replaced by `bytes`.
void patch(const fs::path& file, std::size_t offset, const std::string& bytes) {
  std::string data = test::read_file(file);
  ASSERT_LE(offset + bytes.size(), data.size());
  data.replace(offset, bytes.size(), bytes);
  test::write_file(file, data);
}

std::size_t find_in(const fs::path& file, const std::string& bytes) {
  const std::string data = test::read_file(file);
  const std::size_t at = data.find(bytes);
  EXPECT_NE(at, std::string::npos);
  return at;
}

TEST_F(Photos, BrokenFilesAreProblemsNamingTheFile) {
  const auto cut_after_exif = photo("cut_after_exif.jpg");
  exiftool(dir.path(), {{cut_after_exif, gps_tags(-10, -20)}});
  // Cut in the image data, after the Exif block: the head is whole, and that is all that is read.
  fs::resize_file(cut_after_exif, find_in(cut_after_exif, "\xFF\xDB") + 10);
  const auto outside = photo("offset_outside.jpg"), truncated = photo("truncated.jpg"),
             no_ref = photo("no_ref.jpg"), text = dir / "DCIM/notes.jpg",
             empty = dir / "DCIM/empty.jpg", missing = dir / "DCIM/missing.jpg",
             good = photo("good.jpg");
  exiftool(dir.path(), {{outside, gps_tags(10, 20)},
                        {truncated, gps_tags(10, 20)},
                        {no_ref, {"-GPSLatitude=10", "-GPSLongitude=20", "-GPSLongitudeRef=E"}},
                        {good, gps_tags(-10, -20)}});
  // The GPS IFD pointer (tag 0x8825, type LONG, count 1, big-endian as exiftool writes it) is
  // pointed far beyond the end of the file.
  const std::size_t gps_ifd = find_in(outside, std::string("\x88\x25\x00\x04\x00\x00\x00\x01", 8));
  patch(outside, gps_ifd + 8, std::string("\x7F\xFF\xFF\x00", 4));
  // Cut inside the Exif block: the GPS tags are in its second half.
  fs::resize_file(truncated, find_in(truncated, "Exif") + 100);
  test::write_file(text, "Dear diary,\n");
  test::write_file(empty, "");
  const ImportBatch batch =
      read({outside, truncated, no_ref, text, empty, missing, good, cut_after_exif});
  ASSERT_EQ(batch.items.size(), 1u);
  EXPECT_EQ(batch.items[0].entry.photos,
            (std::vector<std::string>{"DCIM/cut_after_exif.jpg", "DCIM/good.jpg"}));
  ASSERT_EQ(batch.problems.size(), 6u);
  const std::string d = (dir / "DCIM/").string();
  EXPECT_EQ(problem_text(batch.problems[0]),
            d + "offset_outside.jpg: its Exif data is damaged (Tag data past end of buffer (12 > "
                "206)); no position could be read");
  EXPECT_EQ(problem_text(batch.problems[1]),
            d + "truncated.jpg: the file ends inside its header, before the image data "
                "(truncated)");
  EXPECT_EQ(problem_text(batch.problems[2]),
            d + "no_ref.jpg: GPSLatitude has no GPSLatitudeRef (N or S), so its hemisphere is "
                "unknown");
  EXPECT_EQ(problem_text(batch.problems[3]),
            d + "notes.jpg: not a JPEG or HEIC/HEIF file (its first bytes are neither)");
  EXPECT_EQ(problem_text(batch.problems[4]), d + "empty.jpg: the file is empty");
  EXPECT_EQ(problem_text(batch.problems[5]),
            d + "missing.jpg: cannot open it: No such file or directory");
  for (const auto& p : batch.problems) EXPECT_EQ(p.where, "");
  EXPECT_TRUE(batch.skipped.empty());
}

// A name the journal cannot hold, or a file that is not a regular one, is a problem; reading a
// FIFO would block.
TEST_F(Photos, UnlistablePathsAndSpecialFiles) {
  const auto good = photo("good.jpg");
  exiftool(dir.path(), {{good, gps_tags(10, 20)}});
  const fs::path latin1 = dir / "DCIM/caf\xE9.jpg", fifo = dir / "DCIM/pipe.jpg";
  fs::copy_file(good, latin1);
  test::run("mkfifo " + test::quoted(fifo));
  const ImportBatch batch = read({latin1, fifo, dir / "DCIM", good});
  ASSERT_EQ(batch.items.size(), 1u);
  ASSERT_EQ(batch.problems.size(), 3u);
  EXPECT_EQ(batch.problems[0].message,
            "a journal cannot list its path, which is not valid UTF-8 (byte 0xE9 at offset 8); "
            "footprint takes text as UTF-8; rename the file");
  EXPECT_EQ(batch.problems[1].message, "not a regular file (a FIFO, a device or a socket)");
  EXPECT_EQ(batch.problems[2].message, "it is a folder, not a photo");
}

TEST_F(Photos, HeicPhotosAreReadThroughLibheif) {
  const fs::path heic = dir / "DCIM/IMG_0001.HEIC";
  test::run("heif-enc -o " + test::quoted(heic) + " " + test::quoted(plain_png_));
  exiftool(dir.path(),
           {{heic, with(gps_tags(35.6762, 139.6503),
                        {"-DateTimeOriginal=2024:04:01 07:00:00", "-OffsetTimeOriginal=+09:00"})}});
  // A HEIC file named .jpg, as some exports name them, is still read as HEIC.
  const fs::path named_jpg = dir / "DCIM/exported.jpg";
  fs::copy_file(heic, named_jpg);
  const ImportBatch batch = read({heic, named_jpg});
  EXPECT_TRUE(batch.problems.empty());
  ASSERT_EQ(batch.items.size(), 1u);
  const Entry& e = batch.items[0].entry;
  EXPECT_NEAR(e.coordinates.at(0).lat, 35.6762, 1e-6);
  EXPECT_NEAR(e.coordinates.at(0).lon, 139.6503, 1e-6);
  EXPECT_EQ(e.date->text(), "2024-04-01T07:00:00+09:00");
  EXPECT_EQ(e.photos, (std::vector<std::string>{"DCIM/IMG_0001.HEIC", "DCIM/exported.jpg"}));
}

// Photos inside the journal's folder are listed relative to it; others by absolute path.
TEST_F(Photos, PathsRelativeToTheJournalWhenInsideIt) {
  const auto inside = photo("inside.jpg");
  test::TempDir elsewhere;
  const fs::path outside = elsewhere / "outside.jpg";
  fs::copy_file(plain_, outside);
  exiftool(dir.path(), {{inside, gps_tags(1, 2)}, {outside, gps_tags(50, 60)}});
  const fs::path journal_folder = dir.path();
  const ImportBatch batch =
      read_photos({outside, dir / "DCIM/../DCIM/inside.jpg"}, PhotoOptions{journal_folder, {}});
  ASSERT_EQ(batch.items.size(), 2u);
  // Undated photos are in the order of their paths, which the temporary folders' names decide.
  const bool outside_first = batch.items[0].files.at(0) == outside.string();
  EXPECT_EQ(batch.items[outside_first ? 1 : 0].entry.photos,
            std::vector<std::string>{"DCIM/inside.jpg"});
  EXPECT_EQ(batch.items[outside_first ? 0 : 1].entry.photos,
            std::vector<std::string>{fs::canonical(outside).generic_string()});
}

TEST_F(Photos, ProgressIsReportedAfterEachPhoto) {
  const auto a = photo("a.jpg"), b = photo("b.jpg");
  std::vector<std::pair<std::size_t, std::size_t>> calls;
  PhotoOptions options{
      dir.path(), [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); }};
  read_photos({a, dir / "DCIM/missing.jpg", b}, options);
  EXPECT_EQ(calls, (std::vector<std::pair<std::size_t, std::size_t>>{{1, 3}, {2, 3}, {3, 3}}));
  EXPECT_TRUE(read_photos({}, options).items.empty());
}

TEST(PhotoPaths, ByExtensionInAnyCase) {
  for (const char* yes : {"a.jpg", "B.JPG", "c.jpeg", "d.Jpe", "e.heic", "f.HEIF", "g.hif"}) {
    EXPECT_TRUE(is_photo_path(yes)) << yes;
  }
  for (const char* no : {"a.png", "jpg", "a.jpg.txt", "a.gpx", "a"}) {
    EXPECT_FALSE(is_photo_path(no)) << no;
  }
}

}  // namespace
}  // namespace footprint::core::import
