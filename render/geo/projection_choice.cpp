#include "render/geo/projection_choice.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace footprint::render {
namespace {

constexpr double kDegToRad = M_PI / 180.0;

// Coordinates in PROJ strings: a few decimals are plenty and keep the strings readable
// (and output byte-identical across runs).
std::string fmt(double value) {
  std::ostringstream out;
  out.precision(6);
  out << (std::abs(value) < 1e-9 ? 0.0 : value);
  return out.str();
}

double area_scale(const LonLatBox& extent) {
  const double dlon = std::max(extent.lon_span(), 1e-6);
  const double dsin =
      std::max(std::sin(extent.north * kDegToRad) - std::sin(extent.south * kDegToRad), 1e-9);
  return 720.0 / dlon / dsin;
}

std::string laea_at(core::LonLat centre) {
  return "+proj=laea +lat_0=" + fmt(centre.lat) + " +lon_0=" + fmt(centre.lon);
}

// A box that reaches a pole: drawn about a point near it (--center) or places all round it.
bool holds_pole(const LonLatBox& extent) {
  return extent.south <= -89.99 || extent.north >= 89.99;
}

ProjectionChoice hemisphere(const LonLatBox& extent, std::optional<core::LonLat> centre) {
  const double lon_0 = extent.centre_lon();
  const double max_abs_lat = std::max(std::abs(extent.north), std::abs(extent.south));
  // Inside the tropics a cylindrical equal-area projection keeps shapes best.
  if (extent.north < 23.44 && extent.south > -23.44) {
    return {MapScale::hemisphere,
            "+proj=cea +lat_ts=" + fmt(max_abs_lat / 2) + " +lon_0=" + fmt(lon_0)};
  }
  if (centre) return {MapScale::hemisphere, laea_at(*centre)};
  return {MapScale::hemisphere, laea_at({lon_0, extent.centre_lat()})};
}

ProjectionChoice regional(const LonLatBox& extent, MapScale scale,
                          std::optional<core::LonLat> asked_centre) {
  const double lon_0 = extent.centre_lon();
  const double lat_0 = extent.centre_lat();
  const std::string centre = " +lon_0=" + fmt(lon_0);
  if (extent.south >= 84) return {scale, "+proj=stere +lat_0=90 +lat_ts=90" + centre};
  if (extent.north <= -80) return {scale, "+proj=stere +lat_0=-90 +lat_ts=-90" + centre};
  // Round a pole only an azimuthal projection shows the cap whole: the box's wide, thin shape
  // asked for a conic, which made the pole an arc with sea inside and left a wedge open along
  // its antimeridian.
  if (holds_pole(extent)) {
    return asked_centre ? ProjectionChoice{scale, laea_at(*asked_centre)}
                        : polar_projection(extent, scale);
  }
  if (extent.lon_span() <= 4.5) {
    return {scale, "+proj=tmerc +lat_0=" + fmt(lat_0) + centre};
  }
  // The edge nearest the equator is where a degree of longitude is widest.
  const double nearest_equator = (extent.south <= 0 && extent.north >= 0)
                                     ? 0
                                     : std::min(std::abs(extent.south), std::abs(extent.north));
  const double ratio =
      extent.lat_span() / (extent.lon_span() * std::cos(nearest_equator * kDegToRad));
  if (ratio > 1.25) return {scale, "+proj=tmerc +lat_0=" + fmt(lat_0) + centre};
  if (ratio < 0.8) {
    if (std::abs(lat_0) < 15) return {scale, "+proj=merc" + centre};
    if (std::abs(lat_0) > 70) return polar_projection(extent, scale);
    const double sixth = extent.lat_span() / 6;
    return {scale, "+proj=aea +lat_1=" + fmt(extent.south + sixth) +
                       " +lat_2=" + fmt(extent.north - sixth) + " +lat_0=" + fmt(lat_0) + centre};
  }
  return {scale, "+proj=laea +lat_0=" + fmt(lat_0) + centre};
}

}  // namespace

ProjectionChoice polar_projection(const LonLatBox& extent, MapScale scale) {
  return {scale, laea_at({extent.centre_lon(), extent.centre_lat() >= 0 ? 90.0 : -90.0})};
}

MapScale classify_extent(const LonLatBox& extent) {
  const double scale = area_scale(extent);
  if (scale < 1.5) return MapScale::world;
  if (scale < 6) return MapScale::hemisphere;
  // Below the wizard's thresholds: a continent spans tens of degrees, a region a few.
  if (std::max(extent.lon_span(), extent.lat_span()) > 20) return MapScale::continent;
  return MapScale::region;
}

ProjectionChoice choose_projection(const LonLatBox& extent, std::optional<core::LonLat> centre) {
  const MapScale scale = classify_extent(extent);
  switch (scale) {
    case MapScale::world: {
      // Asked round a point with a radius beyond a hemisphere: the disc round that point, as
      // far as the radius reaches (Lambert's azimuthal equal-area shows all but the antipode).
      if (centre) return {scale, laea_at(*centre)};
      // Readers expect Greenwich in the middle of a world map, unless the places lie
      // across the Pacific: then centre on them (to 10°) so they are not split at the edges.
      const bool crosses = extent.west > extent.east;
      const double lon_0 = crosses ? std::round(extent.centre_lon() / 10) * 10 : 0.0;
      return {scale, "+proj=eqearth +lon_0=" + fmt(lon_0)};
    }
    case MapScale::hemisphere:
      return hemisphere(extent, centre);
    case MapScale::continent:
    case MapScale::region:
      return regional(extent, scale, centre);
  }
  return {scale, "+proj=eqearth +lon_0=0"};
}

}  // namespace footprint::render
