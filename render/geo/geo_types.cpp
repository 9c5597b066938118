#include "render/geo/geo_types.hpp"

#include <cmath>

namespace footprint::render {

double wrap_lon(double lon) {
  double wrapped = std::fmod(lon + 180.0, 360.0);
  if (wrapped < 0) wrapped += 360.0;
  return wrapped - 180.0;
}

std::vector<LonLatBox> split_at_antimeridian(const LonLatBox& box) {
  if (box.lon_span() >= 359) return {};
  if (box.west <= box.east) return {box};
  return {{box.west, box.south, 180, box.north}, {-180, box.south, box.east, box.north}};
}

void unwrap_lon(Path& path) {
  double shift = 0;
  for (std::size_t i = 1; i < path.size(); ++i) {
    const double raw_previous = path[i - 1].x - shift;
    const double step = path[i].x - raw_previous;
    if (step > 180) shift -= 360;
    if (step < -180) shift += 360;
    path[i].x += shift;
  }
}

void close_around_pole(Path& ring) {
  if (ring.size() < 3) return;
  const XY first = ring.front(), last = ring.back();
  // The closing edge, last → first, taken the short way round as every other edge was: where
  // it ends 360° from the start, the ring went once round the pole.
  const double end_x = first.x + 360.0 * std::round((last.x - first.x) / 360.0);
  if (end_x == first.x) return;
  double mean_lat = 0;
  for (const XY& p : ring) mean_lat += p.y;
  const double pole = mean_lat < 0 ? -90.0 : 90.0;
  // Along the cut and the pole, not across them: on to where the closing edge meets the
  // antimeridian (the first point seen from the last, 360° on), down that meridian to the pole,
  // along the pole back to the first point's meridian; the ring closes up that meridian. Closing
  // straight down from the last point left out the wedge between it and the antimeridian.
  ring.push_back({end_x, first.y});
  ring.push_back({end_x, pole});
  ring.push_back({first.x, pole});
}

double LonLatBox::centre_lon() const {
  return wrap_lon(west + lon_span() / 2);
}

}  // namespace footprint::render
