// Time to lay out and draw `footprint map` for journals of 1,000 to 10,000 entries on a
// 2000x1200 px page (1000x600 pt at 144 dpi): the marker layout alone, the whole layout, the
// route strokes alone, and the whole page. Cost should grow about linearly with entries
// (bench/README.md, "Maps at scale").
#include <benchmark/benchmark.h>

#include <cairo.h>

#include <array>
#include <random>
#include <string>
#include <vector>

#include "core/data_paths.hpp"
#include "render/map/journal_layer.hpp"
#include "render/map/map_frame.hpp"
#include "render/map/map_labels.hpp"
#include "render/map/marker_layout.hpp"
#include "render/page/cairo_ptr.hpp"
#include "render/page/map_page.hpp"
#include "render/page/page_size.hpp"

namespace footprint::render {
namespace {

// Like bench/scale_journal.py: half the entries revisit 300 places (markers sharing a spot),
// half are scattered; a tenth are stays; 80 % visited, 15 % planned, 5 % cancelled.
std::vector<core::Entry> make_entries(int n, unsigned seed = 1) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> u(0, 1);
  std::vector<core::LonLat> homes;
  homes.reserve(300);
  for (int i = 0; i < 300; ++i) homes.push_back({-125 + 270 * u(rng), -40 + 102 * u(rng)});
  std::vector<core::Entry> out;
  for (int i = 0; i < n; ++i) {
    core::Entry e;
    e.id = "e" + std::to_string(i);
    e.coordinates = {u(rng) < 0.5 ? homes[rng() % homes.size()]
                                  : core::LonLat{-180 + 360 * u(rng), -50 + 120 * u(rng)}};
    e.title = "Visit " + std::to_string(i) + " 旅行";
    e.place = "Place " + std::to_string(i % 997);
    const int day = 1 + i % 28, month = 1 + (i / 28) % 12, year = 2000 + i * 24 / n;
    std::array<char, 40> date{};
    std::snprintf(date.data(), date.size(), "%04d-%02d-%02d", year, month, day);
    e.date = core::Date::parse(date.data());
    const double s = u(rng);
    e.status = s < 0.8    ? core::Status::visited
               : s < 0.95 ? core::Status::planned
                          : core::Status::cancelled;
    out.push_back(std::move(e));
  }
  return out;
}

const PageSize kPage = parse_pixel_size("2000x1200", 144);

MapRequest request_of(int n) {
  MapRequest request;
  request.entries = make_entries(n);
  return request;
}

void BM_LayoutMarkers(benchmark::State& state) {
  const MapPlan plan = plan_map(request_of(static_cast<int>(state.range(0))),
                                {0, 0, kPage.width_pt, kPage.height_pt});
  const Style style = load_style("atlas");
  for (auto _ : state) benchmark::DoNotOptimize(layout_markers(plan, style));
  state.SetComplexityN(state.range(0));
}

void BM_LayoutMap(benchmark::State& state) {
  const MapPlan plan = plan_map(request_of(static_cast<int>(state.range(0))),
                                {0, 0, kPage.width_pt, kPage.height_pt});
  const Style style = load_style("atlas");
  CairoSurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1));
  CairoPtr cr(cairo_create(surface.get()));
  MapLayout layout;
  for (auto _ : state) {
    layout = layout_map(cr.get(), plan, style, core::data_dir(), MapOptions{});
    benchmark::DoNotOptimize(layout);
  }
  state.counters["labelled"] = double(layout.labels.stats.placed);
  state.SetComplexityN(state.range(0));
}

void BM_MapPage(benchmark::State& state) {
  const MapRequest request = request_of(static_cast<int>(state.range(0)));
  const Style style = load_style("atlas");
  CairoSurfacePtr surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, kPage.width_px(), kPage.height_px()));
  CairoPtr cr(cairo_create(surface.get()));
  cairo_scale(cr.get(), kPage.dpi / 72, kPage.dpi / 72);
  for (auto _ : state) {
    benchmark::DoNotOptimize(draw_map_page(cr.get(), kPage, request, style, {}, core::data_dir()));
  }
  state.SetComplexityN(state.range(0));
}

// The routes' strokes alone, on a page-sized image (laid out once, outside the loop).
void BM_DrawRoutes(benchmark::State& state) {
  const MapPlan plan = plan_map(request_of(static_cast<int>(state.range(0))),
                                {0, 0, kPage.width_pt, kPage.height_pt});
  const Style style = load_style("atlas");
  CairoSurfacePtr surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, kPage.width_px(), kPage.height_px()));
  CairoPtr cr(cairo_create(surface.get()));
  cairo_scale(cr.get(), kPage.dpi / 72, kPage.dpi / 72);
  const MapLayout layout = layout_map(cr.get(), plan, style, core::data_dir(), MapOptions{});
  std::size_t points = 0;
  for (const Path& piece : layout.paths.routes) points += piece.size();
  for (auto _ : state) draw_journal_paths(cr.get(), layout.paths, style);
  state.counters["points"] = double(points);
  state.SetComplexityN(state.range(0));
}

// 1,000 to 10,000 entries, in milliseconds, with the complexity fitted.
void sizes(benchmark::internal::Benchmark* b) {
  b->Arg(1000)->Arg(2000)->Arg(4000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity();
}

BENCHMARK(BM_LayoutMarkers)->Apply(sizes);
BENCHMARK(BM_LayoutMap)->Apply(sizes);
BENCHMARK(BM_DrawRoutes)->Apply(sizes);
BENCHMARK(BM_MapPage)->Apply(sizes);

}  // namespace
}  // namespace footprint::render

BENCHMARK_MAIN();
