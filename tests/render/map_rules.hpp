// The rules every map keeps, asserted on what the renderer says it drew (`map --report`,
// render::map_report()): no label over another label, a marker or the furniture, and no
// reference label (town, area, water) over the journal's labels or markers; no marker cut
// by the frame or further than its bound from its place; every place drawn or off the map; every
// place without its own label in the legend, shown or counted in "… and N more".
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/geo/box.hpp"

namespace footprint::render {

inline Box box_of(const nlohmann::json& j) {
  return {j.at(0).get<double>(), j.at(1).get<double>(), j.at(2).get<double>(),
          j.at(3).get<double>()};
}

inline bool disc_hits_box(double x, double y, double r, const Box& b) {
  return b.distance2_to(x, y) < r * r;
}

// The map's rules, on what the renderer says it drew.
inline void expect_map_rules(const nlohmann::json& r) {
  const Box frame = box_of(r["frame"]);
  const double bound = r["max_marker_shift_pt"].get<double>();
  std::vector<int> numbers;
  for (const auto& m : r["markers"]) {
    const double x = m["x"], y = m["y"], radius = m["radius"];
    EXPECT_TRUE(Box({x - radius, y - radius, x + radius, y + radius}).inside(frame.inflated(0.01)))
        << "marker " << m["numbers"] << " is cut by the frame";
    EXPECT_LE(std::hypot(x - m["anchor"][0].get<double>(), y - m["anchor"][1].get<double>()),
              bound + 1e-6)
        << "marker " << m["numbers"] << " moved too far";
    for (const auto& n : m["numbers"]) numbers.push_back(n);
  }
  std::sort(numbers.begin(), numbers.end());
  EXPECT_EQ(std::adjacent_find(numbers.begin(), numbers.end()), numbers.end())
      << "a place has two markers";
  EXPECT_EQ(numbers.size() + r["off_map"].get<std::size_t>(), r["places"].get<std::size_t>())
      << "every place is drawn or off the map";
  std::vector<Box> labels;
  std::size_t own_labels = 0;
  for (const auto& l : r["labels"]) {
    const Box box = box_of(l["box"]);
    EXPECT_TRUE(box.inside(frame.inflated(0.01))) << l["text"];
    for (const Box& other : labels) EXPECT_FALSE(box.intersects(other)) << l["text"];
    for (const auto& m : r["markers"]) {
      EXPECT_FALSE(disc_hits_box(m["x"], m["y"], m["radius"], box))
          << l["text"] << " covers marker " << m["numbers"];
    }
    for (const auto& f : r["furniture"]) EXPECT_FALSE(box.intersects(box_of(f))) << l["text"];
    labels.push_back(box);
    for (const auto& m : l["markers"]) {
      own_labels += r["markers"][m.get<std::size_t>()]["group"].get<bool>() ? 0 : 1;
    }
  }
  // Towns, areas and waters named for reference come after the journal and never cover it.
  for (const auto& ref : r["reference_labels"]) {
    const Box box = box_of(ref);
    for (const Box& label : labels) EXPECT_FALSE(box.intersects(label)) << "reference label";
    for (const auto& m : r["markers"]) {
      EXPECT_FALSE(disc_hits_box(m["x"], m["y"], m["radius"], box))
          << "a reference label covers marker " << m["numbers"];
    }
  }
  const auto& legend = r["legend"];
  EXPECT_EQ(legend["places"].get<std::size_t>(), r["places"].get<std::size_t>() - own_labels)
      << "every place without its own label is in the legend";
  std::size_t shown = 0;
  for (const auto& row : legend["rows"]) shown += row["group"].get<std::size_t>() == 0 ? 1 : 0;
  EXPECT_EQ(shown + legend["more"].get<std::size_t>(), legend["places"].get<std::size_t>());
}

}  // namespace footprint::render
