#include "render/geo/viewport.hpp"

#include <algorithm>
#include <limits>

#include "core/error.hpp"

namespace footprint::render {

Viewport::Viewport(const ProjectedBounds& bounds, const Frame& frame) : frame_(frame) {
  const double width = std::max(bounds.max_x - bounds.min_x, 1e-6);
  const double height = std::max(bounds.max_y - bounds.min_y, 1e-6);
  scale_ = std::min(frame.width / width, frame.height / height);
  const double cx = (bounds.min_x + bounds.max_x) / 2;
  const double cy = (bounds.min_y + bounds.max_y) / 2;
  offset_x_ = frame.x + frame.width / 2 - cx * scale_;
  offset_y_ = frame.y + frame.height / 2 + cy * scale_;
}

ProjectedBounds project_bounds(const Projection& projection, const LonLatBox& box) {
  constexpr int kSamples = 21;
  ProjectedBounds out{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                      std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
  double west = box.west;
  double span = box.lon_span();
  if (span >= 359) {
    // The whole globe: sample from seam to seam of this projection, a hair inside each edge.
    west = projection.central_meridian() - 179.999;
    span = 359.998;
  }
  for (int i = 0; i < kSamples; ++i) {
    for (int j = 0; j < kSamples; ++j) {
      const double lon = wrap_lon(west + span * i / (kSamples - 1));
      const double lat = box.south + box.lat_span() * j / (kSamples - 1);
      if (const auto xy = projection.forward({lon, lat})) {
        out.min_x = std::min(out.min_x, xy->x);
        out.min_y = std::min(out.min_y, xy->y);
        out.max_x = std::max(out.max_x, xy->x);
        out.max_y = std::max(out.max_y, xy->y);
      }
    }
  }
  if (out.min_x > out.max_x)
    throw UsageError("the map's extent cannot be shown in this projection");
  return out;
}

ProjectedBounds grow(const ProjectedBounds& bounds, double fraction) {
  const double dx = (bounds.max_x - bounds.min_x) * fraction;
  const double dy = (bounds.max_y - bounds.min_y) * fraction;
  return {bounds.min_x - dx, bounds.min_y - dy, bounds.max_x + dx, bounds.max_y + dy};
}

}  // namespace footprint::render
