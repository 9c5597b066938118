#!/usr/bin/python3
"""Renders the same basemap footprint draws, with Mapnik, for the benchmark in bench/README.md.

Usage: /usr/bin/python3 bench/mapnik_basemap.py world|alberta OUTPUT.png [DATA_DIR]
(Debian's python3-mapnik only loads under /usr/bin/python3.)

Same data, projection and size as `footprint map` for the case: ocean, land, lakes, country
borders (and state/province borders on the Alberta map), 2000x1200 pixels.
"""
import sys
import time

import mapnik

CASES = {
    # name: (projection, lon/lat box, scale of data, states)
    "world": ("+proj=eqearth +lon_0=0 +datum=WGS84 +units=m +no_defs",
              (-180, -90, 180, 90), "50m", False),
    "alberta": ("+proj=tmerc +lat_0=54.5 +lon_0=-115 +datum=WGS84 +units=m +no_defs",
                (-120.5, 48.8, -109.5, 60.2), "10m", True),
}
WGS84 = "+proj=longlat +datum=WGS84 +no_defs"


def style(fill=None, stroke=None, width=0.8):
    s = mapnik.Style()
    r = mapnik.Rule()
    if fill:
        p = mapnik.PolygonSymbolizer()
        p.fill = mapnik.Color(fill)
        r.symbols.append(p)
    if stroke:
        line = mapnik.LineSymbolizer()
        line.stroke = mapnik.Color(stroke)
        line.stroke_width = width
        r.symbols.append(line)
    s.rules.append(r)
    return s


def layer(m, name, datasource, style_name):
    lyr = mapnik.Layer(name, WGS84)
    lyr.datasource = datasource
    lyr.styles.append(style_name)
    m.layers.append(lyr)


def build(case, data_dir, width, height):
    proj, box, scale, states = CASES[case]
    m = mapnik.Map(width, height, proj)
    m.background = mapnik.Color("#cfe2ee")
    m.append_style("land", style(fill="#f7f2e6", stroke="#7ea6c0", width=0.7))
    m.append_style("borders", style(stroke="#a8977c", width=0.8))
    m.append_style("states", style(stroke="#c9bba0", width=0.5))
    m.append_style("lakes", style(fill="#cfe2ee"))
    gpkg = f"{data_dir}/basemap/world_{scale}.gpkg"
    layer(m, "land", mapnik.Ogr(file=gpkg, layer="land"), "land")
    layer(m, "lakes", mapnik.Ogr(file=f"{data_dir}/basemap/lakes.geojson", layer_by_index=0), "lakes")
    if states:
        layer(m, "states", mapnik.Ogr(file=f"{data_dir}/basemap/world_map.gpkg",
                                      layer="states_provinces"), "states")
    layer(m, "countries", mapnik.Ogr(file=gpkg, layer="countries"), "borders")
    transform = mapnik.ProjTransform(mapnik.Projection(WGS84), mapnik.Projection(proj))
    m.zoom_to_box(transform.forward(mapnik.Box2d(*box)))
    return m


def main():
    case, output = sys.argv[1], sys.argv[2]
    data_dir = sys.argv[3] if len(sys.argv) > 3 else "data/out"
    start = time.perf_counter()
    m = build(case, data_dir, 2000, 1200)
    image = mapnik.Image(m.width, m.height)
    mapnik.render(m, image)
    image.save(output, "png32")
    print(f"mapnik {case}: {time.perf_counter() - start:.3f} s in process", file=sys.stderr)


if __name__ == "__main__":
    main()
