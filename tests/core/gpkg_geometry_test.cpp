// Tests core/gpkg_geometry.cpp on GeoPackage blobs built here byte by byte.
#include "core/gpkg_geometry.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace footprint::core {
namespace {

using Ring = std::vector<LonLat>;

class Blob {
 public:
  explicit Blob(bool little) : little_(little) {
    bytes_ = std::string("GP\x00\x01", 4);  // version 0, little-endian header, no envelope
    u32_le(4326);
  }
  Blob& polygon(const std::vector<Ring>& rings) {
    header(3);
    u32(static_cast<std::uint32_t>(rings.size()));
    for (const Ring& ring : rings) {
      u32(static_cast<std::uint32_t>(ring.size()));
      for (LonLat p : ring) f64(p.lon), f64(p.lat);
    }
    return *this;
  }
  Blob& multi(std::uint32_t parts) {
    header(6);
    u32(parts);
    return *this;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  void header(std::uint32_t type) {
    bytes_ += static_cast<char>(little_ ? 1 : 0);
    u32(type);
  }
  void u32_le(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) bytes_ += static_cast<char>((v >> (8 * i)) & 0xFF);
  }
  void u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) {
      const int shift = little_ ? 8 * i : 8 * (7 - i);
      bytes_ += static_cast<char>((v >> shift) & 0xFF);
    }
  }
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) {
      const int shift = little_ ? 8 * i : 8 * (3 - i);
      bytes_ += static_cast<char>((v >> shift) & 0xFF);
    }
  }
  void f64(double d) { u64(std::bit_cast<std::uint64_t>(d)); }
  bool little_;
  std::string bytes_;
};

const Ring kOuter{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
const Ring kHole{{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}};

TEST(GpkgGeometry, PolygonWithHole) {
  for (bool little : {true, false}) {
    const std::string blob = Blob(little).polygon({kOuter, kHole}).bytes();
    EXPECT_TRUE(gpkg_polygon_contains(blob, {2, 2})) << little;
    EXPECT_FALSE(gpkg_polygon_contains(blob, {5, 5})) << little;  // in the hole
    EXPECT_FALSE(gpkg_polygon_contains(blob, {11, 5})) << little;
  }
}

TEST(GpkgGeometry, MultiPolygon) {
  Blob blob(true);
  blob.multi(2).polygon({kOuter}).polygon({{{20, 20}, {30, 20}, {30, 30}, {20, 20}}});
  EXPECT_TRUE(gpkg_polygon_contains(blob.bytes(), {5, 5}));
  EXPECT_TRUE(gpkg_polygon_contains(blob.bytes(), {28, 22}));
  EXPECT_FALSE(gpkg_polygon_contains(blob.bytes(), {15, 15}));
}

TEST(GpkgGeometry, BrokenBlobsAreIoErrors) {
  const std::string blob = Blob(true).polygon({kOuter}).bytes();
  EXPECT_THROW(gpkg_polygon_contains(blob.substr(0, blob.size() - 3), {1, 1}), IoError);
  EXPECT_THROW(gpkg_polygon_contains("XX", {1, 1}), IoError);
}

}  // namespace
}  // namespace footprint::core
