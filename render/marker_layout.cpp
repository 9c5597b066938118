#include "render/marker_layout.hpp"

#include <cmath>
#include <numeric>

namespace footprint::render {
namespace {

// Union-find over markers whose discs would overlap by more than a sliver.
std::vector<std::vector<std::size_t>> overlapping_groups(const std::vector<MarkerSpot>& spots) {
  std::vector<std::size_t> parent(spots.size());
  std::iota(parent.begin(), parent.end(), 0);
  const auto find = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (std::size_t i = 0; i < spots.size(); ++i) {
    for (std::size_t j = i + 1; j < spots.size(); ++j) {
      const double dx = spots[i].anchor.x - spots[j].anchor.x;
      const double dy = spots[i].anchor.y - spots[j].anchor.y;
      const double reach = (spots[i].radius_pt + spots[j].radius_pt) * 0.8;
      if (dx * dx + dy * dy < reach * reach) parent[find(i)] = find(j);
    }
  }
  std::vector<std::vector<std::size_t>> groups(spots.size());
  for (std::size_t i = 0; i < spots.size(); ++i) groups[find(i)].push_back(i);
  std::erase_if(groups, [](const auto& g) { return g.size() < 2; });
  return groups;
}

void spread(std::vector<MarkerSpot>& spots, const std::vector<std::size_t>& group) {
  XY centre{0, 0};
  double radius = 0;
  for (std::size_t i : group) {
    centre.x += spots[i].anchor.x / group.size();
    centre.y += spots[i].anchor.y / group.size();
    radius = std::max(radius, spots[i].radius_pt);
  }
  const double n = static_cast<double>(group.size());
  const double spacing = 2 * radius + 1.5;
  if (group.size() <= 10) {
    // A ring, clockwise from the top in date order, just wide enough for the discs.
    const double ring = std::max(spacing * n / (2 * M_PI), 1.6 * radius);
    for (std::size_t k = 0; k < group.size(); ++k) {
      const double angle = -M_PI / 2 + 2 * M_PI * static_cast<double>(k) / n;
      spots[group[k]].page = {centre.x + ring * std::cos(angle), centre.y + ring * std::sin(angle)};
    }
    return;
  }
  // Sunflower (Vogel's) spiral: even packing for any count, the first places nearest the centre.
  constexpr double kGoldenAngle = M_PI * (3 - 2.2360679774997896);
  for (std::size_t k = 0; k < group.size(); ++k) {
    const double r = spacing * 0.62 * std::sqrt(static_cast<double>(k) + 1.2);
    const double angle = -M_PI / 2 + kGoldenAngle * static_cast<double>(k);
    spots[group[k]].page = {centre.x + r * std::cos(angle), centre.y + r * std::sin(angle)};
  }
}

}  // namespace

std::vector<MarkerSpot> layout_markers(const MapPlan& plan, const Style& style) {
  std::vector<MarkerSpot> spots;
  for (std::size_t i = 0; i < plan.places.size(); ++i) {
    const MapPlace& place = plan.places[i];
    if (!place.in_frame) continue;
    const auto metres = plan.projection.forward(place.entry.anchor());
    if (!metres) continue;
    const XY page = plan.viewport.to_page(*metres);
    const double radius = place.entry.is_range() ? style.markers.range_radius_pt : style.markers.radius_pt;
    spots.push_back({i, page, page, radius});
  }
  for (const auto& group : overlapping_groups(spots)) spread(spots, group);
  return spots;
}

}  // namespace footprint::render
