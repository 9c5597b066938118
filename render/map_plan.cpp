#include "render/map_plan.hpp"

#include <algorithm>
#include <cmath>

namespace footprint::render {
namespace {

LonLatBox places_extent(std::vector<MapPlace>& places, const MapRequest& request) {
  // A cancelled trip is drawn when it falls inside the frame but does not stretch it, unless
  // nothing else is on the map.
  bool any_active = false;
  for (const auto& place : places) any_active = any_active || place.entry.status != core::Status::cancelled;
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

}  // namespace

std::vector<MapPlace> order_places(const std::vector<core::Entry>& entries) {
  std::vector<MapPlace> places;
  for (const auto& entry : entries) {
    if (!entry.coordinates.empty()) places.push_back({entry, 0, true});
  }
  std::stable_sort(places.begin(), places.end(), [](const MapPlace& a, const MapPlace& b) {
    if (!a.entry.date || !b.entry.date) return a.entry.date.has_value() && !b.entry.date.has_value();
    return *a.entry.date < *b.entry.date;
  });
  for (std::size_t i = 0; i < places.size(); ++i) places[i].number = static_cast<int>(i + 1);
  return places;
}

MapPlan plan_map(const MapRequest& request, const Frame& frame) {
  std::vector<MapPlace> places = order_places(request.entries);
  LonLatBox extent;
  if (request.bbox) {
    extent = *request.bbox;
  } else if (request.centre) {
    extent = box_around(*request.centre, request.radius_km);
  } else {
    extent = places_extent(places, request);
  }
  ProjectionChoice choice = choose_projection(extent);
  if (request.projection) choice.proj = *request.projection;
  Projection projection(choice.proj);
  const bool whole_globe = choice.scale == MapScale::world;
  const LonLatBox fit_box = whole_globe ? LonLatBox{-180, -90, 180, 90} : extent;
  // The world is fitted edge to edge; a region's padding is already in its extent.
  const ProjectedBounds bounds = grow(project_bounds(projection, fit_box), whole_globe ? 0.01 : 0.0);
  Viewport viewport(bounds, frame);
  for (MapPlace& place : places) {
    const auto metres = projection.forward(place.entry.anchor());
    const Frame& f = viewport.frame();
    const XY page = metres ? viewport.to_page(*metres) : XY{-1e9, -1e9};
    place.in_frame = page.x >= f.x && page.x <= f.right() && page.y >= f.y && page.y <= f.bottom();
  }
  std::optional<LonLatBox> clip;
  LonLatBox read_filter{-180, -90, 180, 90};
  if (choice.scale == MapScale::continent || choice.scale == MapScale::region) {
    clip = visible_box(projection, viewport);
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
  return {std::move(places), extent,  std::move(choice),     std::move(projection), viewport,
          clip,              read_filter, request.extra_layers, request.units,
          !request.bbox && !request.centre};
}

}  // namespace footprint::render
