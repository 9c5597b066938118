// Picks a projection for a geographic extent, following the rules of the Projection Wizard
// (Šavrič & Jenny): equal-area for the world, azimuthal or cylindrical for a hemisphere,
// conic / azimuthal / transverse Mercator for continents and regions.
#pragma once

#include <optional>
#include <string>

#include "core/entry.hpp"
#include "render/geo/geo_types.hpp"

namespace footprint::render {

/// How much of the globe a map shows; decides which layers and details are drawn.
enum class MapScale { world, hemisphere, continent, region };

struct ProjectionChoice {
  MapScale scale;
  std::string proj;  ///< a PROJ string, e.g. "+proj=aea +lat_1=40 +lat_2=50 +lon_0=-100"
};

/// The wizard's scale class of an extent (720 / Δλ / (sin φmax − sin φmin)).
MapScale classify_extent(const LonLatBox& extent);

/// The projection the wizard recommends for the extent, centred on it, or on `centre` when the
/// map was asked for around a point (--center): a hemisphere's box is cut off at the pole, so
/// its middle is not where the person asked the map to be centred. Boxes round a point that
/// reach beyond a hemisphere or over a pole are azimuthal discs round it too.
ProjectionChoice choose_projection(const LonLatBox& extent,
                                   std::optional<core::LonLat> centre = std::nullopt);

/// Lambert's azimuthal equal-area centred on the pole the extent lies towards, on the extent's
/// central meridian: the map of a polar region, and what a map becomes whose frame would show
/// where a conic projection has no globe (the arc it makes of a pole, the wedge along its
/// antimeridian).
ProjectionChoice polar_projection(const LonLatBox& extent, MapScale scale);

}  // namespace footprint::render
