#include "core/import/track_shape.hpp"

#include <boost/geometry.hpp>
#include <cmath>
#include <numbers>

#include "core/travel_legs.hpp"

namespace footprint::core::import {
namespace {

namespace bg = boost::geometry;
using XY = bg::model::d2::point_xy<double>;
using Line = bg::model::linestring<XY>;

constexpr double kMetresPerDegree = 6371008.8 * std::numbers::pi / 180;

double wrap_lon(double lon) {
  while (lon > 180) lon -= 360;
  while (lon < -180) lon += 360;
  return lon;
}

}  // namespace

std::vector<LonLat> simplify_track(const std::vector<LonLat>& track, double tolerance_m) {
  if (track.size() < 3) return track;
  // A local equirectangular plane in metres around the first point: tolerances of metres do not
  // need more, and longitudes are taken relative to the start so the antimeridian is no edge.
  const LonLat origin = track.front();
  const double x_scale = kMetresPerDegree * std::cos(origin.lat * std::numbers::pi / 180);
  Line plane;
  plane.reserve(track.size());
  for (const LonLat& p : track) {
    plane.push_back(XY(wrap_lon(p.lon - origin.lon) * x_scale, p.lat * kMetresPerDegree));
  }
  Line kept;
  bg::simplify(plane, kept, tolerance_m);
  // Map the kept points back to the original positions, exactly as they were read.
  std::vector<LonLat> out;
  out.reserve(kept.size());
  std::size_t i = 0;
  for (const XY& k : kept) {
    while (i < plane.size() && !(plane[i].x() == k.x() && plane[i].y() == k.y())) ++i;
    if (i == plane.size()) break;
    out.push_back(track[i++]);
  }
  return out.size() >= 2 ? out : track;
}

void shape_track(ImportItem& item) {
  item.length_km = track_length_km(item.entry);
  item.entry.coordinates = simplify_track(item.entry.coordinates);
}

}  // namespace footprint::core::import
