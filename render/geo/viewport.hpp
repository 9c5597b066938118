// Where projected metres land in a frame on the page: a uniform scale and an offset, with the
// projected area centred in the frame.
#pragma once

#include <optional>

#include "core/entry.hpp"
#include "render/geo/geo_types.hpp"
#include "render/geo/projection.hpp"

namespace footprint::render {

/// Projected bounds in metres.
struct ProjectedBounds {
  double min_x, min_y, max_x, max_y;
};

class Viewport {
 public:
  /// Fits `bounds` inside `frame`, keeping the aspect ratio (the shorter side gets extra map).
  Viewport(const ProjectedBounds& bounds, const Frame& frame);

  XY to_page(XY metres) const {
    return {offset_x_ + metres.x * scale_, offset_y_ - metres.y * scale_};
  }
  XY to_metres(XY page) const {
    return {(page.x - offset_x_) / scale_, (offset_y_ - page.y) / scale_};
  }
  /// Page points per projected metre.
  double scale() const { return scale_; }
  const Frame& frame() const { return frame_; }

 private:
  Frame frame_;
  double scale_ = 1;
  double offset_x_ = 0;
  double offset_y_ = 0;
};

/// Projected bounds of a lon/lat box: its edges and a grid inside it are sampled (21 points an
/// edge, as proj_trans_bounds does), since curved meridians bulge beyond the corners.
ProjectedBounds project_bounds(const Projection& projection, const LonLatBox& box);

/// Grows bounds by `fraction` of their size on each side.
ProjectedBounds grow(const ProjectedBounds& bounds, double fraction);

}  // namespace footprint::render
