// Small journals shared by the core tests.
#pragma once

#include <string>

namespace footprint::core::test {

/// A valid two-entry journal in the canonical layout, with members footprint does not know.
inline const std::string kCanonical = R"({
  "type": "FeatureCollection",
  "footprint": {
    "version": 1,
    "home": {
      "place": "Edmonton",
      "coordinates": [-113.5, 53.5333]
    }
  },
  "name": "kept by another tool",
  "features": [
    {
      "type": "Feature",
      "id": "2024-04-16-calgary",
      "geometry": {
        "type": "Point",
        "coordinates": [-114.0719, 51.0447, 1045.5]
      },
      "properties": {
        "title": "签证面试 Visa interview",
        "place": "Calgary",
        "region": "Alberta",
        "country": "Canada",
        "date": "2024-04-16",
        "weather": {
          "sky": "clear",
          "temperature_c": 12.5
        },
        "status": "visited"
      }
    },
    {
      "type": "Feature",
      "id": "2024-10-12-banff",
      "geometry": {
        "type": "LineString",
        "coordinates": [
          [-115.5708, 51.1784],
          [-115.5875, 51.1694]
        ]
      },
      "properties": {
        "title": "洞穴之旅 Cave tour",
        "place": "Banff",
        "date": "2024-10-12",
        "end": "2024-10-14",
        "tags": ["nature", "history"],
        "trip": "banff-2024"
      },
      "x-source": "gpx"
    }
  ]
}
)";

}  // namespace footprint::core::test
