// The gazetteer's places held in memory as points on the unit sphere in an R-tree, read once: the
// nearest place to each of many positions without a database query per position.
#pragma once

#include <boost/geometry/core/cs.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "core/entry.hpp"

namespace footprint::core {

/// Nearest-place search over fixed positions, with Gazetteer::nearest's answers: the least
/// haversine distance, and of places equally near, the lowest GeoNames id.
class NearestPlaces {
 public:
  /// From (GeoNames id, position) pairs, as Gazetteer::positions() gives them.
  explicit NearestPlaces(std::vector<std::pair<std::int64_t, LonLat>> places);

  /// The GeoNames id of the place nearest to `position`; nullopt when there are no places.
  std::optional<std::int64_t> nearest_id(LonLat position) const;

 private:
  using Point = boost::geometry::model::point<double, 3, boost::geometry::cs::cartesian>;
  using Value = std::pair<Point, std::uint32_t>;  // index into places_
  std::vector<std::pair<std::int64_t, LonLat>> places_;
  boost::geometry::index::rtree<Value, boost::geometry::index::rstar<16>> tree_;
};

}  // namespace footprint::core
