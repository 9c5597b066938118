#!/usr/bin/env python3
"""Writes a Google location history file of POINTS positions for bench/history_bench, with the
field names Google's exports use, streamed to the file (never whole in memory).

  make_history.py android POINTS FILE   Timeline export from Android: semanticSegments (a visit,
                                        then a timelinePath of 100 points, repeated), rawSignals
  make_history.py takeout POINTS FILE   Semantic Location History: timelineObjects (a placeVisit,
                                        then an activitySegment with 100 waypoints, repeated)
"""
import json
import sys
from datetime import datetime, timedelta, timezone

PATH_POINTS = 100


def degrees(lat, lon):
    return f"{lat:.7f}\u00b0, {lon:.7f}\u00b0"


def android_segments(paths):
    t = datetime(2020, 1, 1, 8, tzinfo=timezone(timedelta(hours=1)))
    lat, lon = 48.1374, 11.5755
    for i in range(paths):
        start, t = t, t + timedelta(hours=2)
        yield {"startTime": start.isoformat(timespec="milliseconds"),
               "endTime": t.isoformat(timespec="milliseconds"),
               "startTimeTimezoneUtcOffsetMinutes": 60, "endTimeTimezoneUtcOffsetMinutes": 60,
               "visit": {"hierarchyLevel": 0, "probability": 0.9,
                         "topCandidate": {"placeId": f"ChIJplace{i % 5000}",
                                          "semanticType": "UNKNOWN", "probability": 0.8,
                                          "placeLocation": {"latLng": degrees(lat, lon)}}}}
        start, t = t, t + timedelta(minutes=PATH_POINTS)
        path = []
        for k in range(PATH_POINTS):
            lat, lon = 40 + (lat - 40 + 0.001) % 10, 5 + (lon - 5 + 0.0013) % 10
            path.append({"point": degrees(lat, lon),
                         "time": (start + timedelta(minutes=k)).isoformat(timespec="milliseconds")})
        yield {"startTime": start.isoformat(timespec="milliseconds"),
               "endTime": t.isoformat(timespec="milliseconds"), "timelinePath": path}


def takeout_objects(paths):
    t = datetime(2020, 1, 1, 8, tzinfo=timezone.utc)
    lat, lon = 48.1374, 11.5755

    def stamp(x):
        return x.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

    def e7(x):
        return round(x * 1e7)

    for i in range(paths):
        start, t = t, t + timedelta(hours=2)
        location = {"latitudeE7": e7(lat), "longitudeE7": e7(lon), "placeId": f"ChIJplace{i % 5000}",
                    "address": f"{i} Example Street", "name": f"Place {i}",
                    "semanticType": "TYPE_SEARCHED_ADDRESS", "locationConfidence": 90.5}
        yield {"placeVisit": {"location": location,
                              "duration": {"startTimestamp": stamp(start), "endTimestamp": stamp(t)},
                              "placeConfidence": "HIGH_CONFIDENCE", "centerLatE7": e7(lat),
                              "centerLngE7": e7(lon), "visitConfidence": 90}}
        start, t = t, t + timedelta(minutes=PATH_POINTS)
        first = (lat, lon)
        waypoints = []
        for _ in range(PATH_POINTS):
            lat, lon = 40 + (lat - 40 + 0.001) % 10, 5 + (lon - 5 + 0.0013) % 10
            waypoints.append({"latE7": e7(lat), "lngE7": e7(lon)})
        yield {"activitySegment": {
            "startLocation": {"latitudeE7": e7(first[0]), "longitudeE7": e7(first[1])},
            "endLocation": {"latitudeE7": e7(lat), "longitudeE7": e7(lon)},
            "duration": {"startTimestamp": stamp(start), "endTimestamp": stamp(t)},
            "distance": 15000, "activityType": "IN_PASSENGER_VEHICLE", "confidence": "HIGH",
            "waypointPath": {"waypoints": waypoints, "source": "INFERRED", "distanceMeters": 15000.0}}}


def write(out, name, items, tail=""):
    out.write('{\n  "%s": [\n' % name)
    for n, item in enumerate(items):
        if n:
            out.write(",\n")
        out.write(json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    ").join(["    ", ""]))
    out.write("\n  ]" + tail + "\n}\n")


def main():
    layout, points, file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    paths = max(1, points // PATH_POINTS)
    with open(file, "w", encoding="utf-8") as out:
        if layout == "android":
            raw = ',\n  "rawSignals": [{"position": {"LatLng": "%s", "accuracyMeters": 10, ' \
                  '"source": "WIFI", "timestamp": "2020-01-01T08:00:00.000+01:00"}}],\n  ' \
                  '"userLocationProfile": {"frequentPlaces": []}' % degrees(48.1, 11.5)
            write(out, "semanticSegments", android_segments(paths), raw)
        else:
            write(out, "timelineObjects", takeout_objects(paths))


if __name__ == "__main__":
    main()
