#!/usr/bin/env python3
"""Writes a journal of N entries for timing maps at scale (bench/map_scale_bench).

Like a long-kept journal: half the entries are repeat visits to 300 places (so many markers
share a spot), half are single visits scattered over the inhabited latitudes; a tenth are
stays of several days, statuses 80 % visited, 15 % planned, 5 % cancelled. Deterministic
for a given N and seed. Usage: bench/scale_journal.py N [SEED] > journal.geojson
"""
import json
import random
import sys
from datetime import date, timedelta


def main():
    n = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    homes = [(rng.uniform(-125, 145), rng.uniform(-40, 62)) for _ in range(300)]
    start = date(2000, 1, 1)
    features = []
    for i in range(n):
        if rng.random() < 0.5:
            lon, lat = rng.choice(homes)
        else:
            lon, lat = rng.uniform(-180, 180), rng.uniform(-50, 70)
        day = start + timedelta(days=i * 9000 // max(n, 1))
        props = {
            "title": f"Visit {i} 旅行",
            "place": f"Place {i % 997}",
            "date": day.isoformat(),
            "status": rng.choices(["visited", "planned", "cancelled"], [80, 15, 5])[0],
        }
        if rng.random() < 0.1:
            props["end"] = (day + timedelta(days=rng.randint(1, 6))).isoformat()
        features.append({
            "type": "Feature",
            "id": f"e{i:06d}",
            "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
            "properties": props,
        })
    json.dump({"type": "FeatureCollection", "footprint": {"version": 1}, "features": features},
              sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
