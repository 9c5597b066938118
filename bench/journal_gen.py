#!/usr/bin/env python3
"""Writes a journal of N entries like a long-kept one, for timing journal commands (bench/journal_bench).

Entries look like the sample year's: title, place, region, country, a note of one to three
sentences in English and Chinese, tags, a trip, a status, a tenth of them stays of several days;
about 590 bytes each, as samples/2024.geojson (100,000 entries: about 60 MB). Written in the
layout footprint writes (two-space indentation, arrays of scalars on one line), as a journal is
after its first change. Deterministic for a given N and seed.
Usage: bench/journal_gen.py N [SEED] > journal.geojson
"""
import json
import random
import re
import sys
from datetime import date, timedelta

PLACES = [("Edmonton", "Alberta", "Canada"), ("Banff", "Alberta", "Canada"),
          ("Vancouver", "British Columbia", "Canada"), ("Menlo Park", "California", "United States"),
          ("San Francisco", "California", "United States"), ("Amherst", "Massachusetts", "United States"),
          ("Vienna", "Vienna", "Austria"), ("杭州 Hangzhou", "Zhejiang", "China")]
NOTES = ["Winspear Centre. 返场是《天堂电影院》，全场都在跟着哼。",
         "每周六上午，市政厅前的溜冰场 City Hall rink. Ten lessons; finally learned to stop.",
         "Poster session in the afternoon, dinner with the lab by the water.",
         "雨一直下 Rain all day; the museum was worth it anyway."]
TAGS = ["music", "sport", "winter", "conference", "nature", "food", "family", "work"]


def entry(i, n, rng):
    place, region, country = rng.choice(PLACES)
    day = date(1990, 1, 1) + timedelta(days=i * 12000 // max(n, 1))
    props = {
        "title": f"{rng.choice(['音乐会', '会议', '徒步', '晚餐'])} Visit {i}",
        "place": place, "region": region, "country": country,
        "date": day.isoformat(),
    }
    if rng.random() < 0.1:
        props["end"] = (day + timedelta(days=rng.randint(1, 20))).isoformat()
    props["notes"] = " ".join(rng.sample(NOTES, rng.randint(1, 3)))
    props["tags"] = rng.sample(TAGS, rng.randint(1, 3))
    props["trip"] = f"trip-{i // 7}"
    props["status"] = rng.choices(["visited", "planned", "cancelled"], [90, 7, 3])[0]
    return {
        "type": "Feature",
        "id": f"{day.isoformat()}-visit-{i}",
        "geometry": {"type": "Point",
                     "coordinates": [round(rng.uniform(-180, 180), 5), round(rng.uniform(-60, 70), 5)]},
        "properties": props,
    }


def main():
    n = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    doc = {"type": "FeatureCollection",
           "footprint": {"version": 1, "home": {"place": "Edmonton", "coordinates": [-113.5, 53.5333]}},
           "features": [entry(i, n, rng) for i in range(n)]}
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    # Arrays of scalars on one line, as footprint writes them.
    text = re.sub(r"\[\n\s+([^\[\]{}]*?)\n\s+\]",
                  lambda m: "[" + ", ".join(s.strip() for s in m.group(1).split(",\n")) + "]", text)
    sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()
