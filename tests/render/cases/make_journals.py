#!/usr/bin/env python3
"""Writes the generated journals of the render cases (a fixed seed: the same files every time).

    tests/render/cases/make_journals.py

world-300: 300 entries round the world, many cities visited again; bay-area-60: 60 entries at
30 towns of the San Francisco Bay Area; mercator-europe: a European summer for a Web Mercator
map from 30 to 60 degrees north. Other cases' journals are written by hand.
"""
import json
import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent

CITIES = [
    ("Edmonton", -113.49, 53.55), ("Vancouver", -123.12, 49.28), ("San Francisco", -122.42, 37.77),
    ("New York", -74.01, 40.71), ("Mexico City", -99.13, 19.43), ("Lima", -77.04, -12.05),
    ("Santiago", -70.67, -33.45), ("Buenos Aires", -58.38, -34.60), ("São Paulo", -46.63, -23.55),
    ("Reykjavík", -21.94, 64.15), ("London", -0.13, 51.51), ("Paris", 2.35, 48.86),
    ("Madrid", -3.70, 40.42), ("Rome", 12.50, 41.90), ("Berlin", 13.40, 52.52),
    ("Vienna", 16.37, 48.21), ("Stockholm", 18.07, 59.33), ("Istanbul", 28.98, 41.01),
    ("Cairo", 31.24, 30.04), ("Nairobi", 36.82, -1.29), ("Cape Town", 18.42, -33.92),
    ("Lagos", 3.38, 6.52), ("Dubai", 55.27, 25.20), ("Delhi", 77.21, 28.61),
    ("Mumbai", 72.88, 19.08), ("Bangkok", 100.50, 13.76), ("Singapore", 103.82, 1.35),
    ("Jakarta", 106.85, -6.21), ("Manila", 120.98, 14.60), ("Hong Kong", 114.17, 22.32),
    ("Shanghai", 121.47, 31.23), ("Hangzhou", 120.16, 30.27), ("Shaoxing", 120.58, 30.00),
    ("Beijing", 116.41, 39.90), ("Seoul", 126.98, 37.57), ("Tokyo", 139.69, 35.69),
    ("Nagoya", 136.91, 35.18), ("Osaka", 135.50, 34.69), ("Sydney", 151.21, -33.87),
    ("Auckland", 174.76, -36.85), ("Honolulu", -157.86, 21.31), ("Anchorage", -149.90, 61.22),
]

BAY_AREA = [
    ("San Francisco", -122.419, 37.775), ("Oakland", -122.271, 37.804),
    ("Berkeley", -122.273, 37.872), ("Daly City", -122.470, 37.688),
    ("South San Francisco", -122.408, 37.655), ("San Bruno", -122.411, 37.630),
    ("Millbrae", -122.387, 37.599), ("Burlingame", -122.366, 37.584),
    ("San Mateo", -122.326, 37.563), ("Foster City", -122.271, 37.559),
    ("Belmont", -122.276, 37.520), ("San Carlos", -122.261, 37.507),
    ("Redwood City", -122.236, 37.485), ("Menlo Park", -122.182, 37.453),
    ("Palo Alto", -122.143, 37.442), ("Stanford", -122.170, 37.427),
    ("Mountain View", -122.084, 37.386), ("Sunnyvale", -122.036, 37.369),
    ("Santa Clara", -121.955, 37.354), ("San Jose", -121.886, 37.338),
    ("Cupertino", -122.032, 37.323), ("Fremont", -121.989, 37.548),
    ("Hayward", -122.081, 37.669), ("San Leandro", -122.156, 37.725),
    ("Alameda", -122.242, 37.765), ("Richmond", -122.348, 37.936),
    ("Sausalito", -122.485, 37.859), ("Half Moon Bay", -122.428, 37.464),
    ("Pacifica", -122.487, 37.614), ("Walnut Creek", -122.065, 37.910),
]

EUROPE = [
    ("Lisbon", -9.14, 38.72), ("Seville", -5.98, 37.39), ("Madrid", -3.70, 40.42),
    ("Barcelona", 2.17, 41.39), ("Marseille", 5.37, 43.30), ("Paris", 2.35, 48.86),
    ("Amsterdam", 4.90, 52.37), ("Berlin", 13.40, 52.52), ("Prague", 14.42, 50.08),
    ("Vienna", 16.37, 48.21), ("Venice", 12.33, 45.44), ("Rome", 12.50, 41.90),
    ("Athens", 23.73, 37.98), ("Istanbul", 28.98, 41.01), ("Copenhagen", 12.57, 55.68),
]


def feature(number, name, lon, lat, date):
    return {
        "type": "Feature",
        "id": f"{date}-{number:03d}",
        "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
        "properties": {"title": name, "place": name, "date": date, "status": "visited"},
    }


def write(name, features):
    journal = {"type": "FeatureCollection", "footprint": {"version": 1}, "features": features}
    path = HERE / name / "journal.geojson"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(journal, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def dates(rng, count):
    days = sorted(rng.randrange(0, 365) for _ in range(count))
    out = []
    for d in days:
        month, day = 1, d + 1
        for length in (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31):
            if day <= length:
                break
            day -= length
            month += 1
        out.append(f"2024-{month:02d}-{day:02d}")
    return out


def main():
    rng = random.Random(300)
    when = dates(rng, 300)
    write("world-300", [
        feature(i, *rng.choice(CITIES), when[i]) for i in range(300)])
    rng = random.Random(60)
    when = dates(rng, 60)
    write("bay-area-60", [
        feature(i, *(BAY_AREA[i] if i < 30 else rng.choice(BAY_AREA)), when[i]) for i in range(60)])
    rng = random.Random(15)
    when = dates(rng, 15)
    write("mercator-europe", [feature(i, *EUROPE[i], when[i]) for i in range(15)])


if __name__ == "__main__":
    main()
