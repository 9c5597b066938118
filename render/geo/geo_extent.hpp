// The part of the globe a map should show: the box around its places, antimeridian-aware,
// with far-away outliers left out so that one trip abroad does not shrink the rest to a dot.
#pragma once

#include <vector>

#include "core/entry.hpp"
#include "render/geo/geo_types.hpp"

namespace footprint::render {

enum class OutlierPolicy {
  keep,  ///< every place is inside the frame
  drop,  ///< places far from all the others are left out of the frame (the default)
};

/// The smallest box holding the points. Longitudes wrap: the box is the complement of the
/// largest gap between the points' longitudes, so Vancouver → Tokyo → Fiji spans the Pacific.
LonLatBox bounding_box(const std::vector<core::LonLat>& points);

/// Indices of points that lie far from the rest: alone (no other point within 1,500 km), and
/// farther from the centre of the others than 5,000 km and `factor` times their median
/// distance. Needs at least 4 points, most of them not alone. Keeps a conference across the
/// continent and drops a trip overseas.
std::vector<std::size_t> find_outliers(const std::vector<core::LonLat>& points,
                                       double factor = 6.0);

/// A box grown by `fraction` of its size on each side (at least `min_deg`), clamped at the poles.
LonLatBox pad(const LonLatBox& box, double fraction, double min_deg);

/// A box of `radius_km` around a centre.
LonLatBox box_around(core::LonLat centre, double radius_km);

/// Great-circle distance on the mean-radius sphere, in km (good to 0.5% for choosing extents).
double distance_km(core::LonLat a, core::LonLat b);

}  // namespace footprint::render
