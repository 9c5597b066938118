// Turns lon/lat geometry into Cairo paths on a map frame: cut at the projection's antimeridian
// (or clipped on the sphere to the cap an azimuthal map shows), clipped near the map, densified,
// projected, and thinned to what the output resolution shows.
#pragma once

#include <cairo.h>

#include <optional>
#include <vector>

#include "render/geo/geo_types.hpp"
#include "render/geo/projection.hpp"
#include "render/geo/viewport.hpp"

namespace footprint::render {

class GeoPainter {
 public:
  /// `clip` (longitudes relative to the central meridian) drops geometry far off the map before
  /// projecting it, which regional projections (transverse Mercator) cannot do far from their
  /// centre. `tolerance_pt` is the smallest step worth drawing.
  GeoPainter(cairo_t* cr, const Projection& projection, const Viewport& viewport,
             std::optional<LonLatBox> clip, double densify_deg, double tolerance_pt);

  /// Appends a polygon's rings (outer and holes) to the current Cairo path. When the projection
  /// shows a cap of the globe (azimuthal maps), they are clipped to it on the sphere instead of
  /// being cut at the antimeridian: a non-zero fill gives the polygon's part in the cap.
  void add_polygon(const std::vector<Path>& rings);
  /// Appends an open line (a border, a track). A line `on_the_ellipsoid` has its points close
  /// together along its true path already (a route's geodesic, a step of a few points on the
  /// page): outside a cap it is not densified again in longitude and latitude, which would put
  /// points on a straight line in degrees between points of the geodesic (and cost a second
  /// projection for each).
  void add_line(const Path& line, bool on_the_ellipsoid = false);
  /// Appends the outline of the cap the projection shows (the disc of an azimuthal map) as a
  /// closed path; false, and nothing appended, when it shows the whole globe.
  bool add_visible_outline();
  /// Projects one point to the page, or nothing where the projection is undefined.
  std::optional<XY> to_page(double lon, double lat) const;
  /// Projects a piece already relative to the central meridian into page points, thinned;
  /// densified first in longitude and latitude unless `densify` is false.
  Path project_relative(const Path& piece, bool closed, bool densify = true) const;

 private:
  void emit(const Path& page_points, bool closed);

  cairo_t* cr_;
  const Projection& projection_;
  const Viewport& viewport_;
  std::optional<LonLatBox> clip_;
  double densify_deg_;
  double tolerance_pt_;
};

/// A ring of page points without the stretches it runs along and straight back: they enclose
/// nothing, but a stroke would draw them (Natural Earth's Antarctica runs down 180°E to the pole
/// and back up 180°W, one line on a polar map). Duplicate points go too.
Path without_retraced(const Path& ring);

/// Douglas–Peucker: the points of a page path without those that lie within `tolerance` of the
/// simplified line (ends always kept).
Path simplify(Path points, double tolerance);

}  // namespace footprint::render
