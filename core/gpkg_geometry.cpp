#include "core/gpkg_geometry.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "core/error.hpp"

namespace footprint::core {
namespace {

// Reads WKB values in the byte order each geometry declares.
class WkbReader {
 public:
  explicit WkbReader(std::string_view bytes) : bytes_(bytes) {}

  void byte_order() { little_ = read_byte() == 1; }
  std::uint32_t u32() {
    std::uint32_t v = 0;
    std::memcpy(&v, take(4), 4);
    return little_ == (std::endian::native == std::endian::little) ? v : __builtin_bswap32(v);
  }
  double f64() {
    std::uint64_t v = 0;
    std::memcpy(&v, take(8), 8);
    if (little_ != (std::endian::native == std::endian::little)) v = __builtin_bswap64(v);
    return std::bit_cast<double>(v);
  }
  void skip(std::size_t n) { take(n); }
  std::uint8_t read_byte() { return static_cast<std::uint8_t>(*take(1)); }

 private:
  const char* take(std::size_t n) {
    if (pos_ + n > bytes_.size()) throw IoError("basemap: a geometry is cut short");
    const char* p = bytes_.data() + pos_;
    pos_ += n;
    return p;
  }
  std::string_view bytes_;
  std::size_t pos_ = 0;
  bool little_ = true;
};

// Coordinates per point for a WKB type code: ISO adds 1000 for Z, 2000 for M, 3000 for ZM.
std::size_t dimensions(std::uint32_t type) {
  const std::uint32_t variant = (type & 0xFFFF) / 1000;
  const bool ewkb_z = (type & 0x80000000u) != 0, ewkb_m = (type & 0x40000000u) != 0;
  return 2 + (variant == 1 || variant == 2 || ewkb_z || ewkb_m ? 1 : 0) + (variant == 3 ? 2 : 0) +
         (ewkb_z && ewkb_m ? 1 : 0);
}

std::uint32_t base_type(std::uint32_t type) {
  return (type & 0xFFFF) % 1000;
}

// One polygon's rings by ray casting: every edge that crosses the horizontal ray to the east of
// the point flips the answer, so holes (inner rings) come out right.
bool polygon_contains(WkbReader& wkb, std::size_t dims, LonLat p) {
  bool inside = false;
  const std::uint32_t rings = wkb.u32();
  for (std::uint32_t r = 0; r < rings; ++r) {
    const std::uint32_t points = wkb.u32();
    double px = 0, py = 0;
    for (std::uint32_t i = 0; i < points; ++i) {
      const double x = wkb.f64(), y = wkb.f64();
      wkb.skip((dims - 2) * 8);
      if (i > 0 && ((y > p.lat) != (py > p.lat)) && p.lon < (px - x) * (p.lat - y) / (py - y) + x) {
        inside = !inside;
      }
      px = x, py = y;
    }
  }
  return inside;
}

// One polygon's rings as they are stored, with the box of each for skipping it.
std::vector<GpkgArea::Ring> read_polygon(WkbReader& wkb, std::size_t dims) {
  std::vector<GpkgArea::Ring> rings(wkb.u32());
  for (GpkgArea::Ring& ring : rings) {
    const std::uint32_t points = wkb.u32();
    ring.points.reserve(points);
    for (std::uint32_t i = 0; i < points; ++i) {
      const double x = wkb.f64(), y = wkb.f64();
      wkb.skip((dims - 2) * 8);
      ring.points.push_back({x, y});
      ring.min_lat = std::min(ring.min_lat, y);
      ring.max_lat = std::max(ring.max_lat, y);
      ring.max_lon = std::max(ring.max_lon, x);
    }
  }
  return rings;
}

// As polygon_contains, on rings read before. A ring that the ray cannot cross is skipped: no
// vertex above the point or none at or below it, or all of it west of the point (the margin
// covers the rounding of the crossing's longitude).
bool rings_contain(const std::vector<GpkgArea::Ring>& rings, LonLat p) {
  bool inside = false;
  for (const GpkgArea::Ring& ring : rings) {
    if (p.lat < ring.min_lat || p.lat >= ring.max_lat || p.lon > ring.max_lon + 1e-9) continue;
    for (std::size_t i = 1; i < ring.points.size(); ++i) {
      const double px = ring.points[i - 1].lon, py = ring.points[i - 1].lat;
      const double x = ring.points[i].lon, y = ring.points[i].lat;
      if (((y > p.lat) != (py > p.lat)) && p.lon < (px - x) * (p.lat - y) / (py - y) + x) {
        inside = !inside;
      }
    }
  }
  return inside;
}

std::size_t envelope_bytes(std::uint8_t flags) {
  switch ((flags >> 1) & 0x7) {
    case 0:
      return 0;
    case 1:
      return 32;
    case 2:
    case 3:
      return 48;
    case 4:
      return 64;
    default:
      throw IoError("basemap: a geometry has an unknown envelope");
  }
}

}  // namespace

GpkgArea GpkgArea::parse(std::string_view blob) {
  if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P') {
    throw IoError("basemap: a geometry is not a GeoPackage geometry");
  }
  GpkgArea area;
  const auto flags = static_cast<std::uint8_t>(blob[3]);
  if ((flags & 0x10) != 0) return area;  // empty geometry
  WkbReader wkb(blob.substr(8 + envelope_bytes(flags)));
  wkb.byte_order();
  const std::uint32_t type = wkb.u32();
  if (base_type(type) == 3) area.polygons_.push_back(read_polygon(wkb, dimensions(type)));
  if (base_type(type) != 6) return area;
  const std::uint32_t parts = wkb.u32();
  for (std::uint32_t i = 0; i < parts; ++i) {
    wkb.byte_order();
    const std::uint32_t part_type = wkb.u32();
    area.polygons_.push_back(read_polygon(wkb, dimensions(part_type)));
  }
  return area;
}

bool GpkgArea::contains(LonLat position) const {
  return std::any_of(polygons_.begin(), polygons_.end(),
                     [&](const auto& rings) { return rings_contain(rings, position); });
}

bool gpkg_polygon_contains(std::string_view blob, LonLat position) {
  if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P') {
    throw IoError("basemap: a geometry is not a GeoPackage geometry");
  }
  const auto flags = static_cast<std::uint8_t>(blob[3]);
  if ((flags & 0x10) != 0) return false;  // empty geometry
  WkbReader wkb(blob.substr(8 + envelope_bytes(flags)));
  wkb.byte_order();
  const std::uint32_t type = wkb.u32();
  if (base_type(type) == 3) return polygon_contains(wkb, dimensions(type), position);
  if (base_type(type) != 6) return false;
  bool inside = false;
  const std::uint32_t parts = wkb.u32();
  for (std::uint32_t i = 0; i < parts && !inside; ++i) {
    wkb.byte_order();
    const std::uint32_t part_type = wkb.u32();
    inside = polygon_contains(wkb, dimensions(part_type), position);
  }
  return inside;
}

}  // namespace footprint::core
