#include "render/geo_types.hpp"

#include <cmath>

namespace footprint::render {

double wrap_lon(double lon) {
  double wrapped = std::fmod(lon + 180.0, 360.0);
  if (wrapped < 0) wrapped += 360.0;
  return wrapped - 180.0;
}

double LonLatBox::centre_lon() const { return wrap_lon(west + lon_span() / 2); }

}  // namespace footprint::render
