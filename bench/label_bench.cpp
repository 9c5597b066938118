// Time to measure and place point labels: a 60-point dense cluster and 500 points over a
// page, with and without the repair passes (the counters say what the repair gains).
#include <benchmark/benchmark.h>

#include <cairo.h>

#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <vector>

#include "render/labels/label_placer.hpp"
#include "render/page/cairo_ptr.hpp"
#include "render/text/text.hpp"

namespace footprint::render {
namespace {

constexpr Box kPage{0, 0, 842, 595};  // A4 landscape, in points
constexpr double kPadding = 2;

// Label sizes as Pango measures them for made-up place names of varying length.
std::vector<LabelRequest> make_requests(int n, double spread, unsigned seed) {
  CairoSurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1));
  CairoPtr cr(cairo_create(surface.get()));
  std::mt19937 rng(seed);
  std::normal_distribution<double> around(0, spread);
  std::uniform_real_distribution<double> uniform(0, 1);
  static const std::array<const char*, 12> kWords = {"San",  "Lake",  "Mount",  "Port",
                                                     "Fort", "Saint", "滑冰课", "North",
                                                     "Bay",  "会议",  "River",  "Springs"};
  std::vector<LabelRequest> out;
  for (int i = 0; i < n; ++i) {
    double x = kPage.center_x() + around(rng), y = kPage.center_y() + around(rng);
    x = std::clamp(x, kPage.x0 + 5, kPage.x1 - 5);
    y = std::clamp(y, kPage.y0 + 5, kPage.y1 - 5);
    std::string name = kWords[rng() % 12];
    if (uniform(rng) < 0.6) name += std::string(" ") + kWords[rng() % 12];
    // Priorities as a journal has them: mostly visited places, some planned, few cancelled.
    const double p = uniform(rng);
    const int priority = p < 0.8 ? 2 : p < 0.95 ? 1 : 0;
    out.push_back(
        {i, x, y, 3, measure_sizes(cr.get(), name, TextStyle{}, {9, 7.5, 6.5}), priority});
  }
  return out;
}

void place(benchmark::State& state, int n, double spread, bool improve) {
  const auto requests = make_requests(n, spread, 2024);
  PlacementStats stats;
  for (auto _ : state) {
    LabelPlacer placer(kPage, kPadding);
    placer.set_improve(improve);
    placer.add_obstacle({10, 10, 300, 40});     // title
    placer.add_obstacle({700, 560, 832, 585});  // scale bar
    benchmark::DoNotOptimize(placer.place(requests));
    stats = placer.stats();
  }
  state.counters["placed"] = double(stats.placed);
  state.counters["leaders"] = double(stats.leaders);
  state.counters["greedy_placed"] = double(stats.greedy_placed);
  state.counters["greedy_leaders"] = double(stats.greedy_leaders);
}

void BM_Place60Cluster(benchmark::State& s) {
  place(s, 60, 50, s.range(0) != 0);
}
void BM_Place500Page(benchmark::State& s) {
  place(s, 500, 220, s.range(0) != 0);
}
BENCHMARK(BM_Place60Cluster)->Arg(0)->Arg(1)->ArgName("improve")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Place500Page)->Arg(0)->Arg(1)->ArgName("improve")->Unit(benchmark::kMillisecond);

// What the repair passes gain, averaged over ten random clusters (one case can mislead).
void seeds(benchmark::State& state, int n, double spread) {
  std::vector<std::vector<LabelRequest>> cases;
  for (unsigned seed = 1; seed <= 10; ++seed) cases.push_back(make_requests(n, spread, seed));
  double placed = 0, leaders = 0, greedy_placed = 0, greedy_leaders = 0;
  for (auto _ : state) {
    placed = leaders = greedy_placed = greedy_leaders = 0;
    for (const auto& requests : cases) {
      LabelPlacer placer(kPage, kPadding);
      benchmark::DoNotOptimize(placer.place(requests));
      placed += double(placer.stats().placed) / 10;
      leaders += double(placer.stats().leaders) / 10;
      greedy_placed += double(placer.stats().greedy_placed) / 10;
      greedy_leaders += double(placer.stats().greedy_leaders) / 10;
    }
  }
  state.counters["placed"] = placed;
  state.counters["leaders"] = leaders;
  state.counters["greedy_placed"] = greedy_placed;
  state.counters["greedy_leaders"] = greedy_leaders;
}
void BM_TenClustersOf60(benchmark::State& s) {
  seeds(s, 60, 50);
}
void BM_TenPagesOf500(benchmark::State& s) {
  seeds(s, 500, 220);
}
BENCHMARK(BM_TenClustersOf60)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TenPagesOf500)->Unit(benchmark::kMillisecond);

// What the renderer pays to measure a label at three size steps before placing it.
void BM_MeasureLabel(benchmark::State& state) {
  CairoSurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1));
  CairoPtr cr(cairo_create(surface.get()));
  for (auto _ : state)
    benchmark::DoNotOptimize(
        measure_sizes(cr.get(), "滑冰课 Skating lessons", TextStyle{}, {9, 7.5, 6.5}));
}
BENCHMARK(BM_MeasureLabel)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace footprint::render

BENCHMARK_MAIN();
