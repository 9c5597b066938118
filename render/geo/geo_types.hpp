// Small value types shared by the map drawing code: planar points, page rectangles and
// geographic boxes.
#pragma once

#include <vector>

namespace footprint::render {

/// A planar point: projected metres or page points, as the name of the variable says.
struct XY {
  double x = 0;
  double y = 0;
};

/// A ring or a line as a sequence of points.
using Path = std::vector<XY>;

/// A rectangle on a page, in points (1/72 inch), y growing downwards as in Cairo.
struct Frame {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
  double right() const { return x + width; }
  double bottom() const { return y + height; }
  XY centre() const { return {x + width / 2, y + height / 2}; }
};

/// A box on the globe in degrees. `west > east` means it crosses the antimeridian.
struct LonLatBox {
  double west = -180;
  double south = -90;
  double east = 180;
  double north = 90;
  /// Longitudinal width in degrees, antimeridian-aware (0..360).
  double lon_span() const { return east >= west ? east - west : east + 360 - west; }
  double lat_span() const { return north - south; }
  /// Centre longitude in -180..180, antimeridian-aware.
  double centre_lon() const;
  double centre_lat() const { return (south + north) / 2; }
};

/// Wraps a longitude into [-180, 180).
double wrap_lon(double lon);

/// A box as rectangles that do not cross the antimeridian: two when it does, one otherwise, and
/// none for (nearly) the whole globe, which needs no filter.
std::vector<LonLatBox> split_at_antimeridian(const LonLatBox& box);

/// Some data (d3's world-atlas, GeoJSON from tools that think on the sphere) lets a path jump
/// from +180 to -180 where it crosses the antimeridian. No real edge spans more than 180° of
/// longitude, so such jumps are unwrapped (longitudes may then run past ±180).
void unwrap_lon(Path& path);

/// A ring around a pole (Antarctica without its polar edge) ends 360° from where it began once
/// unwrapped: closes it along the antimeridian and the pole (its closing edge taken the short
/// way round, then down to the pole and along it), so that it encloses what it means to.
void close_around_pole(Path& ring);

}  // namespace footprint::render
