// Benchmarks of the offline gazetteer (core/gazetteer.hpp) on the real index: opening it cold,
// and warm lookups of each kind. Figures are in bench/README.md ("Gazetteer").
#include <benchmark/benchmark.h>

#include "core/gazetteer.hpp"
#include "core/reverse_lookup.hpp"

namespace {

using footprint::core::AdminAreas;
using footprint::core::Gazetteer;
using footprint::core::LonLat;

const Gazetteer& warm() {
  static const Gazetteer g = Gazetteer::open();
  return g;
}

// What `footprint place Banff` does apart from starting the process: open, then look up.
void BM_ColdOpenAndResolve(benchmark::State& state) {
  for (auto _ : state) {
    const Gazetteer g = Gazetteer::open();
    benchmark::DoNotOptimize(g.resolve("Banff, AB"));
  }
}
BENCHMARK(BM_ColdOpenAndResolve)->Unit(benchmark::kMillisecond);

void BM_WarmResolve(benchmark::State& state, const char* query) {
  for (auto _ : state) benchmark::DoNotOptimize(warm().resolve(query));
}
BENCHMARK_CAPTURE(BM_WarmResolve, Banff, "Banff")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_WarmResolve, Amherst_MA, "Amherst, MA")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_WarmResolve, zurich, "zurich")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_WarmResolve, San_Francisco_49_namesakes, "San Francisco")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_WarmResolve, misspelt_Edmontn, "Edmontn")->Unit(benchmark::kMicrosecond);
// By another of its names (issue 13): German, Chinese in both scripts, toneless pinyin.
BENCHMARK_CAPTURE(BM_WarmResolve, Cologne_by_another_name, "Cologne")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_WarmResolve, Wien, "Wien")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_WarmResolve, traditional_Vancouver, "溫哥華")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_WarmResolve, simplified_Vancouver, "温哥华")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_WarmResolve, pinyin_ban_fu, "ban fu")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_WarmResolve, not_in_the_data_Lake_Louise, "Lake Louise")
    ->Unit(benchmark::kMicrosecond);

// What `footprint place NAME` does after opening: the listing and the verdict for `add`.
void BM_WarmPlaceCommand(benchmark::State& state, const char* query) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(warm().search(query, 10));
    benchmark::DoNotOptimize(warm().resolve(query));
  }
}
BENCHMARK_CAPTURE(BM_WarmPlaceCommand, Banff, "Banff")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_WarmPlaceCommand, Wien, "Wien")->Unit(benchmark::kMicrosecond);

void BM_WarmSearchPrefix(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(warm().search("san fran", 10));
}
BENCHMARK(BM_WarmSearchPrefix)->Unit(benchmark::kMicrosecond);

void BM_WarmNearest(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(warm().nearest(LonLat{-115.6, 51.2}));
}
BENCHMARK(BM_WarmNearest)->Unit(benchmark::kMicrosecond);

void BM_WarmReverseLookup(benchmark::State& state) {
  static const AdminAreas areas = AdminAreas::open();
  for (auto _ : state) {
    benchmark::DoNotOptimize(footprint::core::describe_position({-115.6, 51.2}, warm(), areas));
  }
}
BENCHMARK(BM_WarmReverseLookup)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
