// Inside the GDAL module only (it includes GDAL): the transformation of a layer's coordinates to
// WGS 84 longitude/latitude, shared by the --layer reader and the import reader.
#pragma once

#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace footprint::core {

struct TransformDeleter {
  void operator()(OGRCoordinateTransformation* t) const {
    OGRCoordinateTransformation::DestroyCT(t);
  }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

/// Nothing when the layer is in WGS 84 degrees already or has no CRS (GPX, KML and GeoJSON are
/// degrees); else the transformation, in lon/lat order. `ok` is false when GDAL cannot make one.
inline TransformPtr transform_to_wgs84(OGRLayer& layer, bool& ok) {
  ok = true;
  const OGRSpatialReference* srs = layer.GetSpatialRef();
  if (srs == nullptr) return nullptr;
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRSpatialReference source(*srs);
  source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  if (source.IsGeographic() && source.IsSameGeogCS(&wgs84)) return nullptr;
  TransformPtr transform(OGRCreateCoordinateTransformation(&source, &wgs84));
  ok = transform != nullptr;
  return transform;
}

}  // namespace footprint::core
