// Test data: towns of the San Francisco Bay Area at a small scale, as label requests whose
// sizes Pango measured. Dense on purpose: a realistic hard case for the label placer.
#pragma once

#include <cairo.h>

#include <cmath>
#include <numbers>
#include <string>
#include <vector>

#include "render/labels/label.hpp"
#include "render/text/text.hpp"

namespace footprint::render::test {

struct Town {
  const char* name;
  double lon, lat;
};

constexpr Town kBayArea[] = {
    {"San Francisco", -122.419, 37.775},
    {"Oakland", -122.271, 37.804},
    {"Berkeley", -122.273, 37.872},
    {"Daly City", -122.470, 37.688},
    {"South San Francisco", -122.408, 37.655},
    {"San Bruno", -122.411, 37.630},
    {"Millbrae", -122.387, 37.599},
    {"Burlingame", -122.366, 37.584},
    {"San Mateo", -122.326, 37.563},
    {"Foster City", -122.271, 37.559},
    {"Belmont", -122.276, 37.520},
    {"San Carlos", -122.260, 37.507},
    {"Redwood City", -122.236, 37.485},
    {"Menlo Park", -122.182, 37.453},
    {"Palo Alto", -122.143, 37.442},
    {"Mountain View", -122.084, 37.386},
    {"Sunnyvale", -122.036, 37.369},
    {"Santa Clara", -121.955, 37.354},
    {"San Jose", -121.886, 37.338},
    {"Cupertino", -122.032, 37.323},
    {"Los Altos", -122.114, 37.385},
    {"Half Moon Bay", -122.429, 37.464},
    {"Pacifica", -122.487, 37.614},
    {"Fremont", -121.989, 37.548},
    {"Hayward", -122.081, 37.669},
    {"San Leandro", -122.156, 37.725},
    {"Alameda", -122.242, 37.765},
    {"Richmond", -122.348, 37.936},
    {"Sausalito", -122.485, 37.859},
    {"Mill Valley", -122.545, 37.906},
    {"Union City", -122.019, 37.593},
    {"Newark", -122.040, 37.530},
    {"Milpitas", -121.900, 37.428},
    {"East Palo Alto", -122.141, 37.469},
    {"Atherton", -122.198, 37.461},
    {"Woodside", -122.254, 37.430},
    {"滑冰课 Skating", -122.300, 37.700},
    {"湾区 Bay Area office", -122.200, 37.500},
};

/// 0.82° of longitude across 360 pt (about 1:700,000): a small scale for this many towns.
inline constexpr Box kBayAreaFrame{0, 0, 360, 380};
inline constexpr Box kBayAreaTitle{0, 0, 150, 24};
/// Font-size steps of the labels, largest first.
inline const std::vector<double> kBayAreaSizes = {9, 7.5, 6.5};

/// Requests in kBayArea order (ids 0, 1, …), San Francisco first with the highest priority.
/// `scale` shrinks the map (0.5: the same towns in a frame half as wide and high).
inline std::vector<LabelRequest> bay_area_requests(cairo_t* cr, const TextStyle& style,
                                                   double scale = 1.0) {
  const double lon0 = -122.62, lat1 = 37.98, lon1 = -121.80;  // lat0 = 37.30
  const double kx = kBayAreaFrame.width() / (lon1 - lon0);
  const double ky = kx / std::cos(37.65 * std::numbers::pi / 180);
  std::vector<LabelRequest> requests;
  int id = 0;
  for (const Town& t : kBayArea) {
    LabelRequest r;
    r.id = id++;
    r.x = (t.lon - lon0) * kx * scale;
    r.y = (lat1 - t.lat) * ky * scale;
    r.marker_radius = 3;
    r.sizes = measure_sizes(cr, t.name, style, kBayAreaSizes);
    r.priority = std::string(t.name) == "San Francisco" ? 10 : 0;
    requests.push_back(r);
  }
  return requests;
}

}  // namespace footprint::render::test
