#include "render/map/reference_labels.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

#include "core/error.hpp"
#include "core/gazetteer.hpp"
#include "core/gazetteer_format.hpp"
#include "core/geodesy.hpp"
#include "core/text_fold.hpp"
#include "render/labels/collision_geometry.hpp"
#include "render/labels/label_drawing.hpp"
#include "render/labels/label_placer.hpp"
#include "render/style/cairo_style.hpp"

namespace footprint::render {
namespace {

// Wider than this (the frame's longer middle line on the ground) a map is about countries and
// continents, where a town's name says little about the journal: no reference towns.
constexpr double kMaxGroundKm = 2500;
// One town at most per this many square points of frame, and at least this far from the next
// one: the labels stay sparse, so they read as background and not as a second journal.
constexpr double kAreaPerTownPt2 = 110.0 * 110.0;
constexpr double kTownSpacingPt = 48;
constexpr int kMaxTowns = 40;
// How many of the most populous gazetteer places in the visible box are considered: bounds the
// cost of a large frame (the box of a rotated or curved frame holds more than the frame).
constexpr int kQueryLimit = 200;
// A town this close to a journal marker would crowd it; one of the same name within
// kSameNameKm is the place the journal already names.
constexpr double kMarkerClearancePt = 10;
constexpr double kSameNameKm = 25;
// A reference label that cannot sit beside its dot is left out, as is one that would cross a
// line of the journal: after this many rounds of placing the rest again, what remains stands.
constexpr int kPlacementRounds = 3;

Box frame_box(const Frame& f) {
  return {f.x, f.y, f.right(), f.bottom()};
}

// The size of a town's name, one step only (a town without room is left out rather than shrunk,
// and every size is one more font for fontconfig to match): a city reads a step larger than a
// village, whose size the style gives.
std::vector<double> town_sizes(const ReferencePlace& town, const Style& style) {
  const double base = style.reference.size_pt;
  if (town.population >= 500000) return {base * 1.2};
  if (town.population >= 100000) return {base * 1.1};
  return {base};
}

std::optional<core::LonLat> lonlat_at(const MapPlan& plan, XY page) {
  return plan.projection.inverse(plan.viewport.to_metres(page));
}

// The lon/lat box the frame shows (absolute longitudes; west > east when it crosses 180°),
// from a grid of points inverse-projected, or nothing when part of the frame is off the globe.
struct VisibleBox {
  double west, east, south, north;
};
std::optional<VisibleBox> visible_box(const MapPlan& plan) {
  const Frame& f = plan.viewport.frame();
  const double lon_0 = plan.projection.central_meridian();
  double west = 1e9, east = -1e9, south = 90, north = -90;
  constexpr int kSamples = 16;
  for (int i = 0; i <= kSamples; ++i) {
    for (int j = 0; j <= kSamples; ++j) {
      const auto p = lonlat_at(plan, {f.x + f.width * i / kSamples, f.y + f.height * j / kSamples});
      if (!p) return std::nullopt;
      const double rel = wrap_lon(p->lon - lon_0);
      west = std::min(west, rel), east = std::max(east, rel);
      south = std::min(south, p->lat), north = std::max(north, p->lat);
    }
  }
  // A grid misses a little between its points: half a step each way.
  const double dlon = (east - west) / kSamples / 2, dlat = (north - south) / kSamples / 2;
  return VisibleBox{wrap_lon(west - dlon + lon_0), wrap_lon(east + dlon + lon_0),
                    std::max(-90.0, south - dlat), std::min(90.0, north + dlat)};
}

double ground_width_km(const MapPlan& plan) {
  const Frame& f = plan.viewport.frame();
  const double mx = f.x + f.width / 2, my = f.y + f.height / 2;
  double widest = 0;
  const std::pair<XY, XY> lines[] = {{{f.x, my}, {f.right(), my}}, {{mx, f.y}, {mx, f.bottom()}}};
  for (const auto& [a, b] : lines) {
    const auto pa = lonlat_at(plan, a), pb = lonlat_at(plan, b);
    if (!pa || !pb) return 1e9;
    widest = std::max(widest, core::haversine_km(*pa, *pb));
  }
  return widest;
}

std::vector<core::Place> gazetteer_towns(const std::filesystem::path& data_dir,
                                         const VisibleBox& box) {
  const std::filesystem::path path = data_dir / "gazetteer" / core::kGazetteerFile;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return {};
  try {
    const core::Gazetteer gazetteer = core::Gazetteer::open(path);
    std::vector<core::Place> towns;
    if (box.west <= box.east) {
      towns = gazetteer.most_populous_in(box.west, box.east, box.south, box.north, kQueryLimit);
    } else {  // across 180°: both sides, then the most populous of both
      towns = gazetteer.most_populous_in(box.west, 180, box.south, box.north, kQueryLimit);
      auto east = gazetteer.most_populous_in(-180, box.east, box.south, box.north, kQueryLimit);
      towns.insert(towns.end(), east.begin(), east.end());
      std::stable_sort(towns.begin(), towns.end(),
                       [](const auto& a, const auto& b) { return a.population > b.population; });
    }
    return towns;
  } catch (const Error&) {
    return {};  // an index of another version: the map is still drawn, without towns
  }
}

// True when the journal already names this town or its dot would crowd a marker.
bool near_journal(const core::Place& town, XY page, const MapPlan& plan,
                  const std::vector<MarkerSpot>& markers) {
  for (const MarkerSpot& m : markers) {
    const double clear = m.radius_pt + kMarkerClearancePt;
    if (std::hypot(page.x - m.page.x, page.y - m.page.y) < clear) return true;
    if (std::hypot(page.x - m.anchor.x, page.y - m.anchor.y) < clear) return true;
  }
  const std::string key = core::fold_key(town.name);
  return std::ranges::any_of(plan.places, [&](const MapPlace& place) {
    if (place.entry.coordinates.empty()) return false;
    const bool same_name =
        core::fold_key(place.entry.place) == key || core::fold_key(place.entry.title) == key;
    return same_name && core::haversine_km(place.entry.anchor(), town.position) < kSameNameKm;
  });
}

// The journal's lines a reference label must not cross: routes and tracks, leader lines, and
// the spokes of markers moved off their spot.
std::vector<Path> journal_lines(const std::vector<Path>& routes, const MapLabels& journal,
                                const std::vector<MarkerSpot>& markers) {
  std::vector<Path> lines = routes;
  for (const Placement& p : journal.placements) {
    if (p.placed && p.leader)
      lines.push_back({{p.leader_x0, p.leader_y0}, {p.leader_x1, p.leader_y1}});
  }
  for (const MarkerSpot& m : markers) {
    if (m.displaced()) lines.push_back({m.anchor, m.page});
  }
  return lines;
}

bool crosses(const Box& box, const std::vector<Path>& lines, double half_width) {
  const Box grown = box.inflated(half_width);
  for (const Path& line : lines) {
    for (std::size_t i = 1; i < line.size(); ++i) {
      if (segment_intersects_box(line[i - 1].x, line[i - 1].y, line[i].x, line[i].y, grown))
        return true;
    }
  }
  return false;
}

ReferenceLabels place_towns(cairo_t* cr, const MapPlan& plan, std::vector<ReferencePlace> places,
                            const std::vector<MarkerSpot>& markers, const MapLabels& journal,
                            const std::vector<Path>& routes, const std::vector<Box>& obstacles,
                            const Style& style) {
  ReferenceLabels out;
  out.places = std::move(places);
  out.dot_radius_pt = std::max(0.9, 0.2 * style.reference.size_pt);
  if (out.places.empty()) return out;
  const TextStyle font = text_style(style.reference);
  for (std::size_t i = 0; i < out.places.size(); ++i) {
    LabelRequest r;
    r.id = static_cast<int>(i);
    r.x = out.places[i].page.x;
    r.y = out.places[i].page.y;
    r.marker_radius = out.dot_radius_pt;
    r.sizes = measure_sizes(cr, out.places[i].name, font, town_sizes(out.places[i], style));
    r.priority = static_cast<int>(std::min<std::int64_t>(out.places[i].population, INT_MAX));
    out.requests.push_back(std::move(r));
  }
  const std::vector<Path> lines = journal_lines(routes, journal, markers);
  const double line_half = style.route.width_pt / 2 + 1;
  std::vector<bool> active(out.requests.size(), true);
  for (int round = 0; round < kPlacementRounds; ++round) {
    // A placer of their own: the journal's labels, markers and furniture are fixed obstacles.
    LabelPlacer placer(frame_box(plan.viewport.frame()), std::max(1.5, style.reference.halo_pt));
    for (const Box& b : obstacles) placer.add_obstacle(b);
    for (const Placement& p : journal.placements) {
      if (p.placed) placer.add_obstacle(p.box);
    }
    for (const MarkerSpot& m : markers) {
      const double r = m.radius_pt + style.markers.outline.width_pt / 2;
      placer.add_obstacle({m.page.x - r, m.page.y - r, m.page.x + r, m.page.y + r});
    }
    for (const Path& line : lines) {
      std::vector<std::pair<double, double>> pts;
      for (const XY& p : line) pts.emplace_back(p.x, p.y);
      if (pts.size() > 1) placer.add_obstacle_line(pts, 2 * line_half);
    }
    std::vector<LabelRequest> requests;
    for (std::size_t i = 0; i < out.requests.size(); ++i) {
      if (active[i]) requests.push_back(out.requests[i]);
    }
    std::vector<Placement> placed = placer.place(requests);
    bool dropped = false;
    out.placements.assign(out.requests.size(), Placement{});
    for (Placement& p : placed) {
      const auto i = static_cast<std::size_t>(p.id);
      if (p.placed && (p.leader || crosses(p.box, lines, line_half))) {
        p.placed = false;
        dropped = true;
      }
      // Unplaced towns leave the next round: their dots would only be in the others' way.
      if (!p.placed) active[i] = false;
      out.placements[i] = p;
    }
    for (std::size_t i = 0; i < out.placements.size(); ++i)
      out.placements[i].id = static_cast<int>(i);
    if (!dropped) break;
  }
  return out;
}

}  // namespace

std::size_t ReferenceLabels::placed() const {
  return static_cast<std::size_t>(std::count_if(placements.begin(), placements.end(),
                                                [](const Placement& p) { return p.placed; }));
}

bool shows_reference(const MapPlan& plan, const Style& style) {
  if (style.reference.color.a <= 0) return false;  // a style may switch them off
  if (plan.choice.scale != MapScale::region && plan.choice.scale != MapScale::continent)
    return false;
  return ground_width_km(plan) <= kMaxGroundKm;
}

std::vector<ReferencePlace> reference_places(const MapPlan& plan,
                                             const std::vector<MarkerSpot>& markers,
                                             const Style& style,
                                             const std::filesystem::path& data_dir, bool chinese) {
  if (!shows_reference(plan, style)) return {};
  const std::optional<VisibleBox> box = visible_box(plan);
  if (!box) return {};
  const Frame& f = plan.viewport.frame();
  const Box inside = frame_box(f).inflated(-4);
  const auto budget = static_cast<std::size_t>(
      std::clamp(f.width * f.height / kAreaPerTownPt2, 1.0, static_cast<double>(kMaxTowns)));
  std::vector<ReferencePlace> chosen;
  for (const core::Place& town : gazetteer_towns(data_dir, *box)) {
    if (chosen.size() >= budget) break;
    const auto metres = plan.projection.forward(town.position);
    if (!metres) continue;
    const XY page = plan.viewport.to_page(*metres);
    if (inside.distance2_to(page.x, page.y) > 0) continue;
    if (near_journal(town, page, plan, markers)) continue;
    const bool crowded = std::any_of(chosen.begin(), chosen.end(), [&](const ReferencePlace& c) {
      return std::hypot(c.page.x - page.x, c.page.y - page.y) < kTownSpacingPt;
    });
    const bool in_chinese = chinese && !town.chinese_name.empty();
    if (!crowded)
      chosen.push_back({in_chinese ? town.chinese_name : town.name, page, town.population});
  }
  return chosen;
}

ReferenceLabels place_reference_labels(cairo_t* cr, const MapPlan& plan,
                                       std::vector<ReferencePlace> places,
                                       const std::vector<MarkerSpot>& markers,
                                       const MapLabels& journal, const std::vector<Path>& routes,
                                       const std::vector<Box>& obstacles, const Style& style,
                                       const std::filesystem::path& data_dir, bool chinese) {
  ReferenceLabels out =
      place_towns(cr, plan, std::move(places), markers, journal, routes, obstacles, style);
  std::vector<Box> taken = obstacles;
  for (const Placement& p : journal.placements) {
    if (p.placed) taken.push_back(p.box);
  }
  for (const MarkerSpot& m : markers) {
    taken.push_back({m.page.x - m.radius_pt, m.page.y - m.radius_pt, m.page.x + m.radius_pt,
                     m.page.y + m.radius_pt});
  }
  for (std::size_t i = 0; i < out.placements.size(); ++i) {
    if (!out.placements[i].placed) continue;
    taken.push_back(out.placements[i].box);
    const XY c = out.places[i].page;
    taken.push_back(Box{c.x, c.y, c.x, c.y}.inflated(out.dot_radius_pt));
  }
  const std::vector<Path> lines = journal_lines(routes, journal, markers);
  if (shows_reference(plan, style)) {
    out.areas = place_area_labels(cr, plan, taken, lines, style, data_dir);
    for (const AreaLabel& a : out.areas) taken.push_back(a.box);
  }
  out.water = place_water_labels(cr, plan, taken, lines, style, chinese, data_dir);
  return out;
}

void draw_reference_labels(cairo_t* cr, const ReferenceLabels& labels, const Style& style) {
  draw_water_labels(cr, labels.water, style);
  draw_area_labels(cr, labels.areas, style);
  if (labels.placed() == 0) return;
  const TextStyle font = text_style(style.reference);
  cairo_save(cr);
  for (std::size_t i = 0; i < labels.placements.size(); ++i) {
    const Placement& p = labels.placements[i];
    if (!p.placed) continue;
    const XY c = labels.places[i].page;
    cairo_new_path(cr);
    cairo_arc(cr, c.x, c.y, labels.dot_radius_pt, 0, 2 * M_PI);
    if (style.reference.halo_pt > 0 && style.reference.halo.a > 0) {
      set_color(cr, style.reference.halo);
      cairo_set_line_width(cr, style.reference.halo_pt);
      cairo_stroke_preserve(cr);
    }
    set_color(cr, style.reference.color);
    cairo_fill(cr);
    draw_label(cr, labels.places[i].name, font, town_sizes(labels.places[i], style), p);
  }
  cairo_restore(cr);
}

}  // namespace footprint::render
