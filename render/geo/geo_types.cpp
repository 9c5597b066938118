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
  const double net = ring.back().x - ring.front().x;
  if (std::abs(net) < 270) return;
  double mean_lat = 0;
  for (const XY& p : ring) mean_lat += p.y;
  const double pole = mean_lat < 0 ? -90.0 : 90.0;
  const XY first = ring.front(), last = ring.back();
  ring.push_back({last.x, pole});
  ring.push_back({first.x, pole});
}

double LonLatBox::centre_lon() const { return wrap_lon(west + lon_span() / 2); }

}  // namespace footprint::render
