// A map projection: WGS 84 longitude/latitude to projected metres and back, through PROJ.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/entry.hpp"
#include "render/geo/geo_types.hpp"
#include "render/geo/sphere_cap.hpp"

struct pj_ctx;
struct PJconsts;

namespace footprint::render {

/// Owns a PROJ context and the transformation from WGS 84 (lon, lat order) to one CRS.
/// Not thread-safe: one Projection per thread.
class Projection {
 public:
  /// `definition` is an EPSG code ("EPSG:3857"), a PROJ string ("+proj=aea +lat_1=…") or WKT.
  /// Throws UsageError when PROJ does not understand it or it is not a projected CRS.
  explicit Projection(const std::string& definition);
  ~Projection();
  Projection(Projection&&) noexcept;
  Projection& operator=(Projection&&) noexcept;

  /// Projected metres, or nothing where the projection is undefined (e.g. the far side of
  /// an orthographic view).
  std::optional<XY> forward(core::LonLat lonlat) const;
  std::optional<core::LonLat> inverse(XY xy) const;

  /// The meridian at the centre of the map; the map is cut at its antimeridian.
  double central_meridian() const { return central_meridian_; }
  const std::string& definition() const { return definition_; }

  /// For an azimuthal projection (Lambert equal-area, equidistant, stereographic, orthographic,
  /// gnomonic): its centre and the largest cap around it worth drawing (it blows up beyond).
  /// Nothing for other projections.
  const std::optional<SphereCap>& azimuthal_domain() const { return azimuthal_; }
  /// The cap of the globe the map shows, or nothing for all of it: forward() gives nothing
  /// beyond it, and GeoPainter clips geometry to it on the sphere before projecting.
  void set_visible_cap(std::optional<SphereCap> cap) { visible_cap_ = cap; }
  const std::optional<SphereCap>& visible_cap() const { return visible_cap_; }

 private:
  struct ContextDeleter {
    void operator()(pj_ctx* context) const;
  };
  struct PjDeleter {
    void operator()(PJconsts* pj) const;
  };
  std::unique_ptr<pj_ctx, ContextDeleter> context_;
  std::unique_ptr<PJconsts, PjDeleter> transform_;
  std::string definition_;
  double central_meridian_ = 0;
  bool radians_ = false;  ///< a bare PROJ operation: angles in radians
  std::optional<SphereCap> azimuthal_;
  std::optional<SphereCap> visible_cap_;
};

}  // namespace footprint::render
