#include "render/map/map_plan.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"

namespace footprint::render {
namespace {

LonLatBox places_extent(std::vector<MapPlace>& places, const MapRequest& request) {
  // A cancelled trip is drawn when it falls inside the frame but does not stretch it, unless
  // nothing else is on the map.
  bool any_active = false;
  for (const auto& place : places)
    any_active = any_active || place.entry.status != core::Status::cancelled;
  std::vector<core::LonLat> points;
  std::vector<std::size_t> owner;  // which place each point belongs to
  for (std::size_t i = 0; i < places.size(); ++i) {
    const bool drives = !any_active || places[i].entry.status != core::Status::cancelled;
    for (const auto& p : places[i].entry.coordinates) {
      if (!drives) continue;
      points.push_back(p);
      owner.push_back(i);
    }
  }
  if (points.empty()) return {-180, -60, 180, 85};
  std::vector<bool> dropped(points.size(), false);
  if (request.outliers == OutlierPolicy::drop) {
    for (std::size_t index : find_outliers(points)) dropped[index] = true;
  }
  std::vector<core::LonLat> kept;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (!dropped[i]) kept.push_back(points[i]);
  }
  const LonLatBox tight = bounding_box(kept);
  // A single town still gets some surroundings (about 50 km each way).
  return pad(tight, request.padding, 0.45);
}

// The lon/lat box the frame shows, found by inverse-projecting points along its edges, grown
// so that geometry just outside (a border leaving the frame) is still drawn to the edge.
LonLatBox visible_box(const Projection& projection, const Viewport& viewport) {
  const Frame& f = viewport.frame();
  double west = 1e9, east = -1e9, south = 90, north = -90;
  const double lon_0 = projection.central_meridian();
  constexpr int kSamples = 24;
  for (int i = 0; i <= kSamples; ++i) {
    for (int j = 0; j <= kSamples; ++j) {
      const XY page{f.x + f.width * i / kSamples, f.y + f.height * j / kSamples};
      const auto lonlat = projection.inverse(viewport.to_metres(page));
      if (!lonlat) continue;
      const double rel = wrap_lon(lonlat->lon - lon_0);
      west = std::min(west, rel);
      east = std::max(east, rel);
      south = std::min(south, lonlat->lat);
      north = std::max(north, lonlat->lat);
    }
  }
  const double margin_lon = (east - west) * 0.25 + 1;
  const double margin_lat = (north - south) * 0.25 + 1;
  return {std::max(-180.0, west - margin_lon), std::max(-90.0, south - margin_lat),
          std::min(180.0, east + margin_lon), std::min(90.0, north + margin_lat)};
}

constexpr double kKmPerDegree = 6371.0088 * M_PI / 180;

bool box_contains(const LonLatBox& box, double lon, double lat) {
  if (lat < box.south || lat > box.north) return false;
  if (box.lon_span() >= 360) return true;
  const double rel = wrap_lon(lon - box.west);  // east of the west edge, in [-180, 180)
  return (rel < 0 ? rel + 360 : rel) <= box.lon_span();
}

// The cap of the globe an azimuthal world or hemisphere map shows: at least a hemisphere, as
// far as the extent asks (the radius around --center, else the farthest point of the box) and
// never beyond what the projection can draw. Nothing for other maps: continents and regions
// drop far geometry with their lon/lat box instead.
std::optional<SphereCap> map_cap(const Projection& projection, const MapRequest& request,
                                 const LonLatBox& fit_box, MapScale scale) {
  const auto& domain = projection.azimuthal_domain();
  if (!domain || (scale != MapScale::world && scale != MapScale::hemisphere)) return std::nullopt;
  double need = 0;
  if (request.centre && !request.bbox) {
    need = request.radius_km / kKmPerDegree;
  } else {
    constexpr int kSamples = 21;
    const double span = std::min(fit_box.lon_span(), 360.0);
    for (int i = 0; i < kSamples; ++i) {
      for (int j = 0; j < kSamples; ++j) {
        const core::LonLat p{fit_box.west + span * i / (kSamples - 1),
                             fit_box.south + fit_box.lat_span() * j / (kSamples - 1)};
        need = std::max(need, angle_between_deg(domain->centre, p));
      }
    }
  }
  return SphereCap{domain->centre, std::min(domain->radius_deg, std::max(90.0, need))};
}

// Projected bounds of what an azimuthal map fits in its frame: the circle asked for around
// --center, else the box's part inside the cap (its inside points and the cap's edge in it).
ProjectedBounds cap_fit_bounds(const Projection& projection, const SphereCap& cap,
                               const MapRequest& request, const LonLatBox& fit_box) {
  const bool circle = request.centre && !request.bbox;
  SphereCap edge = cap;
  if (circle) edge.radius_deg = std::min(cap.radius_deg, request.radius_km / kKmPerDegree);
  ProjectedBounds out{1e300, 1e300, -1e300, -1e300};
  const auto add = [&out](const XY& xy) {
    out = {std::min(out.min_x, xy.x), std::min(out.min_y, xy.y), std::max(out.max_x, xy.x),
           std::max(out.max_y, xy.y)};
  };
  for (const XY& p : cap_outline(edge, 1.0)) {
    if (!circle && !box_contains(fit_box, p.x, p.y)) continue;
    if (const auto xy = projection.forward({p.x, p.y})) add(*xy);
  }
  if (!circle) {
    const ProjectedBounds inside =
        project_bounds(projection, fit_box);  // forward() keeps to the cap
    add({inside.min_x, inside.min_y});
    add({inside.max_x, inside.max_y});
  }
  return out;
}

// A projection, where it puts the map in its frame, and for continents and regions the lon/lat
// box the frame shows (relative to the central meridian, grown a little).
struct Fit {
  Projection projection;
  Viewport viewport;
  std::optional<LonLatBox> clip;
};

// The cap round an azimuthal map's centre that covers its frame, with a degree to spare so that
// its edge stays off the page. Distance from the centre grows with distance on the page, so the
// frame's farthest point is a corner.
std::optional<SphereCap> frame_cap(const Projection& projection, const Viewport& viewport) {
  const auto& domain = projection.azimuthal_domain();
  if (!domain) return std::nullopt;
  const Frame& f = viewport.frame();
  double farthest = 0;
  for (const XY corner :
       {XY{f.x, f.y}, XY{f.right(), f.y}, XY{f.x, f.bottom()}, XY{f.right(), f.bottom()}}) {
    const auto lonlat = projection.inverse(viewport.to_metres(corner));
    if (!lonlat) return domain;
    farthest = std::max(farthest, angle_between_deg(domain->centre, *lonlat));
  }
  return SphereCap{domain->centre, std::min(domain->radius_deg, farthest + 1)};
}

Fit fit_map(const ProjectionChoice& choice, const MapRequest& request, const LonLatBox& extent,
            const Frame& frame) {
  Projection projection(choice.proj);
  const bool whole_globe = choice.scale == MapScale::world;
  const LonLatBox fit_box = whole_globe ? LonLatBox{-180, -90, 180, 90} : extent;
  const std::optional<SphereCap> cap = map_cap(projection, request, fit_box, choice.scale);
  projection.set_visible_cap(cap);
  // The world is fitted edge to edge, as is the disc asked for round --center (a hair in, to
  // keep its outline); a region's padding is already in its extent.
  const bool edge_to_edge = whole_globe || (cap && request.centre && !request.bbox);
  const ProjectedBounds bounds = grow(cap ? cap_fit_bounds(projection, *cap, request, fit_box)
                                          : project_bounds(projection, fit_box),
                                      edge_to_edge ? 0.01 : 0.0);
  const Viewport viewport(bounds, frame);
  std::optional<LonLatBox> clip;
  if (choice.scale == MapScale::continent || choice.scale == MapScale::region) {
    clip = visible_box(projection, viewport);
    // A frame that reaches the antimeridian of its central meridian (one round a pole always
    // does) would have land and routes cut there; an azimuthal projection has no seam there,
    // so they are clipped on the sphere to a cap that covers the frame instead, as a
    // hemisphere's are: a route across 180° on a polar map stays one line.
    if (clip->west <= -180 || clip->east >= 180)
      projection.set_visible_cap(frame_cap(projection, viewport));
  }
  return {std::move(projection), viewport, clip};
}

// True when part of a continent's or region's frame is no point of the globe: the page's shape
// lets the frame reach past the extent, and a conic projection has nothing inside the arc it
// makes of a pole (a sea-blue disc round the South Pole) nor in the wedge it leaves open along
// its antimeridian. Each sample of the frame is projected back and forth.
bool frame_leaves_globe(const Fit& fit, MapScale scale) {
  const Projection& projection = fit.projection;
  if (scale == MapScale::world || scale == MapScale::hemisphere) return false;
  if (projection.azimuthal_domain()) return false;
  const Frame& f = fit.viewport.frame();
  constexpr int kSamples = 48;
  for (int i = 0; i <= kSamples; ++i) {
    for (int j = 0; j <= kSamples; ++j) {
      const XY page{f.x + f.width * i / kSamples, f.y + f.height * j / kSamples};
      const auto lonlat = projection.inverse(fit.viewport.to_metres(page));
      const auto back = lonlat ? projection.forward(*lonlat) : std::nullopt;
      if (!back) return true;
      const XY again = fit.viewport.to_page(*back);
      if (std::hypot(again.x - page.x, again.y - page.y) > 1) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<MapPlace> order_places(const std::vector<core::Entry>& entries,
                                   const std::vector<int>& numbers) {
  const bool numbered = !numbers.empty();
  if (numbered && numbers.size() != entries.size())
    throw Error("order_places: one number per entry");
  // Sorted as indices, then copied once in order: sorting the places themselves moved whole
  // entries about (a map plans its places four times).
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (!entries[i].coordinates.empty()) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
    const core::Entry& a = entries[i];
    const core::Entry& b = entries[j];
    if (!a.date || !b.date) return a.date.has_value() && !b.date.has_value();
    return *a.date < *b.date;
  });
  std::vector<MapPlace> places;
  places.reserve(order.size());
  for (std::size_t i : order) places.push_back({entries[i], numbered ? numbers[i] : 0, true});
  if (!numbered) {
    for (std::size_t i = 0; i < places.size(); ++i) places[i].number = static_cast<int>(i + 1);
  }
  return places;
}

MapPlan plan_map(const MapRequest& request, const Frame& frame) {
  std::vector<MapPlace> places = order_places(request.entries, request.numbers);
  LonLatBox extent;
  if (request.bbox) {
    extent = *request.bbox;
  } else if (request.centre) {
    extent = box_around(*request.centre, request.radius_km);
  } else {
    extent = places_extent(places, request);
  }
  const std::optional<core::LonLat> asked_centre =
      request.centre && !request.bbox ? request.centre : std::nullopt;
  ProjectionChoice choice = choose_projection(extent, asked_centre);
  if (request.projection) choice.proj = *request.projection;
  Fit fit = fit_map(choice, request, extent, frame);
  if (!request.projection && frame_leaves_globe(fit, choice.scale)) {
    choice = polar_projection(extent, choice.scale);
    fit = fit_map(choice, request, extent, frame);
  }
  Projection projection = std::move(fit.projection);
  const Viewport viewport = fit.viewport;
  const std::optional<LonLatBox> clip = fit.clip;
  for (MapPlace& place : places) {
    const auto metres = projection.forward(place.entry.anchor());
    const Frame& f = viewport.frame();
    const XY page = metres ? viewport.to_page(*metres) : XY{-1e9, -1e9};
    place.in_frame = page.x >= f.x && page.x <= f.right() && page.y >= f.y && page.y <= f.bottom();
  }
  LonLatBox read_filter{-180, -90, 180, 90};
  if (clip) {
    const double lon_0 = projection.central_meridian();
    // Snapped to 5° so that nearby maps (a poster's insets, a benchmark's repeats) share the
    // cached read of the data.
    const double south = std::max(-90.0, 5 * std::floor(clip->south / 5));
    const double north = std::min(90.0, 5 * std::ceil(clip->north / 5));
    if (clip->east - clip->west >= 355) {
      read_filter = {-180, south, 180, north};
    } else {
      read_filter = {wrap_lon(5 * std::floor((clip->west + lon_0) / 5)), south,
                     wrap_lon(5 * std::ceil((clip->east + lon_0) / 5)), north};
    }
  }
  return {std::move(places), extent,
          std::move(choice), std::move(projection),
          viewport,          clip,
          read_filter,       request.extra_layers,
          request.units,     !request.bbox && !request.centre};
}

}  // namespace footprint::render
