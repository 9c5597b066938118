// The poster's layout holds for any year: every text inside the page and its block, no two texts
// overlapping, every entry in the timeline or counted in its last line, every inset keyed on the
// main map where it hides no marker. Years of 1, 15, 26 (the sample), 300 entries round the world
// and one across the antimeridian, on A3 portrait and Letter landscape, in English and Chinese.
#include <cairo.h>
#include <gtest/gtest.h>

#include <random>

#include "core/data_paths.hpp"
#include "core/home.hpp"
#include "core/journal_file.hpp"
#include "core/period.hpp"
#include "core/query.hpp"
#include "core/stats.hpp"
#include "render/page/cairo_ptr.hpp"
#include "render/poster/poster.hpp"

namespace footprint::render {
namespace {

core::Entry entry(const std::string& id, double lon, double lat, const std::string& date,
                  const std::string& title, core::Status status = core::Status::visited) {
  core::Entry e;
  e.id = id;
  e.coordinates = {{lon, lat}};
  e.title = title;
  e.date = core::Date::parse(date);
  e.status = status;
  return e;
}

std::string two(int n) {
  return (n < 10 ? "0" : "") + std::to_string(n);
}

struct Year {
  std::string name;
  std::vector<core::Entry> entries;
  std::optional<core::Home> home;
};

Year sample_year() {
  const core::Journal j =
      core::JournalFile(std::string(FOOTPRINT_SOURCE_DIR) + "/samples/2024.geojson").load();
  return {"sample", j.entries(), core::journal_home(j)};
}

Year one_entry() {
  return {"one", {entry("a", -115.57, 51.18, "2024-10-12", "Banff")}, std::nullopt};
}

// Fifteen places in western North America, some planned and cancelled, one with a 120-character
// title and one in Chinese only.
Year fifteen() {
  Year y{"fifteen", {}, core::Home{"Edmonton", {-113.49, 53.55}}};
  const double spots[][2] = {{-113.49, 53.55}, {-114.07, 51.04}, {-115.57, 51.18}, {-116.18, 51.43},
                             {-123.12, 49.28}, {-123.37, 48.43}, {-122.42, 37.77}, {-122.24, 37.49},
                             {-122.18, 37.45}, {-122.43, 37.46}, {-118.24, 34.05}, {-112.07, 33.45},
                             {-104.99, 39.74}, {-111.89, 40.76}, {-106.65, 52.13}};
  for (int i = 0; i < 15; ++i) {
    std::string title = "Place " + std::to_string(i + 1);
    if (i == 3) title = std::string(120, 'W').replace(10, 1, " ").replace(50, 1, " ");
    if (i == 5) title = "维多利亚港湾散步与下午茶";
    const auto status = i == 13   ? core::Status::cancelled
                        : i == 14 ? core::Status::planned
                                  : core::Status::visited;
    y.entries.push_back(entry("e" + std::to_string(i), spots[i][0], spots[i][1],
                              "2024-" + two(i % 12 + 1) + "-" + two(i + 1), title, status));
  }
  y.entries[6].end = core::Date::parse("2024-08-30");
  return y;
}

// 300 places round the world (a fixed seed), some on the same spot.
Year three_hundred() {
  Year y{"world300", {}, core::Home{"Edmonton", {-113.49, 53.55}}};
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> lon(-179.0, 179.0), lat(-55.0, 70.0);
  for (int i = 0; i < 300; ++i) {
    const double x = i % 10 == 0 ? 139.69 : lon(rng), yy = i % 10 == 0 ? 35.69 : lat(rng);
    y.entries.push_back(entry("w" + std::to_string(i), x, yy,
                              "2024-" + two(i % 12 + 1) + "-" + two(i % 28 + 1),
                              "Stop " + std::to_string(i) + (i % 7 == 0 ? " 东京之旅" : "")));
  }
  return y;
}

Year antimeridian() {
  return {"antimeridian",
          {entry("f", 178.44, -18.14, "2024-02-01", "Suva"),
           entry("s", -171.76, -13.83, "2024-02-05", "Apia"),
           entry("t", -175.2, -21.14, "2024-02-09", "Nuku'alofa"),
           entry("n", 174.76, -36.85, "2024-03-01", "Auckland"),
           entry("k", 173.0, 1.45, "2024-03-20", "Tarawa")},
          core::Home{"Auckland", {174.76, -36.85}}};
}

PosterRequest request_for(const Year& y, Language language,
                          PosterLayout layout = PosterLayout::classic) {
  PosterRequest r;
  r.year = 2024;
  core::Query q;
  q.year = 2024;
  r.map.entries = core::select(y.entries, q);
  r.stats = core::compute_stats(y.entries, y.home, core::year_period(2024));
  r.home = y.home ? y.home->place : "";
  r.owner = "Li Wei 李伟";
  r.language = language;
  r.layout = layout;
  return r;
}

PosterDrawing draw(const PageSize& trim, const PosterRequest& r) {
  // A recording surface: everything is measured and drawn, nothing is rasterised.
  CairoSurfacePtr surface(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr));
  CairoPtr cr(cairo_create(surface.get()));
  return draw_poster(cr.get(), trim, r, load_style("atlas"), core::data_dir());
}

Frame block_frame(const PosterDrawing& d, const std::string& block) {
  if (block == "header") return d.blocks.header;
  if (block == "stats") return d.blocks.stats;
  if (block == "timeline") return d.blocks.timeline;
  if (block == "footer") return d.blocks.footer;
  if (block.starts_with("inset "))
    return d.blocks.insets.at(static_cast<std::size_t>(block[6] - 'A'));
  if (block.starts_with("month ")) return d.blocks.months.at(std::stoul(block.substr(6)) - 1);
  ADD_FAILURE() << "unknown block " << block;
  return {};
}

Box box_of(const Frame& f) {
  return {f.x, f.y, f.right(), f.bottom()};
}

void check_invariants(const PosterDrawing& d, const PosterRequest& r, const std::string& what) {
  SCOPED_TRACE(what);
  constexpr double kTol = 0.5;
  const Box page{0, 0, d.trim.width_pt, d.trim.height_pt};
  bool has_title = false;
  for (std::size_t i = 0; i < d.texts.size(); ++i) {
    const PlacedText& t = d.texts[i];
    has_title = has_title || t.block == "header";
    EXPECT_TRUE(t.box.inside(page.inflated(-1)))
        << t.block << ": \"" << t.text << "\" leaves the page";
    EXPECT_TRUE(t.box.inside(box_of(block_frame(d, t.block)).inflated(kTol)))
        << t.block << ": \"" << t.text << "\" leaves its block";
    for (std::size_t j = i + 1; j < d.texts.size(); ++j) {
      EXPECT_FALSE(t.box.inflated(-kTol / 2).intersects(d.texts[j].box.inflated(-kTol / 2)))
          << "\"" << t.text << "\" (" << t.block << ") overlaps \"" << d.texts[j].text << "\" ("
          << d.texts[j].block << ")";
    }
  }
  EXPECT_TRUE(has_title);
  if (r.layout == PosterLayout::grid) return;
  EXPECT_EQ(d.timeline_entries + d.timeline_more, d.main->plan.places.size());
  EXPECT_GT(d.timeline_entries, 0u);
  const Box map = box_of(d.main->plan.viewport.frame());
  for (const InsetSpec& inset : d.insets) {
    EXPECT_TRUE(inset.key_box.inside(map)) << inset.letter;
    EXPECT_TRUE(inset.letter_box.inside(map)) << inset.letter;
    for (const MarkerSpot& m : d.main->layout.markers) {
      EXPECT_GE(inset.letter_box.distance2_to(m.page.x, m.page.y), m.radius_pt * m.radius_pt)
          << "inset " << inset.letter << "'s letter hides marker "
          << d.main->plan.places[m.place_index].number;
    }
    for (const Placement& p : d.main->layout.labels.placements) {
      if (!p.placed) continue;
      EXPECT_FALSE(p.box.intersects(inset.key_box))
          << "a label on inset " << inset.letter << "'s key";
      EXPECT_FALSE(p.box.intersects(inset.letter_box))
          << "a label on inset " << inset.letter << "'s letter";
    }
  }
  EXPECT_EQ(d.inset_maps.size(), d.insets.size());
}

struct Case {
  const char* name;
  Year (*year)();
  const char* paper;
  bool landscape;
  Language language;
  PosterLayout layout;
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.name;
}

class PosterLayoutRule : public ::testing::TestWithParam<Case> {};

TEST_P(PosterLayoutRule, TextInsideBlocksNothingOverlapsEveryEntryAccountedFor) {
  const Case& c = GetParam();
  const Year y = c.year();
  const PosterRequest r = request_for(y, c.language, c.layout);
  const PageSize trim = parse_paper(c.paper, 72, c.landscape);
  const PosterDrawing d = draw(trim, r);
  check_invariants(d, r, y.name + " on " + c.paper);
}

INSTANTIATE_TEST_SUITE_P(
    Years, PosterLayoutRule,
    ::testing::Values(
        Case{"one_A3", one_entry, "A3", false, Language::en, PosterLayout::classic},
        Case{"fifteen_A3", fifteen, "A3", false, Language::en, PosterLayout::classic},
        Case{"sample_A3", sample_year, "A3", false, Language::en, PosterLayout::classic},
        Case{"sample_Letter_landscape_zh", sample_year, "Letter", true, Language::zh,
             PosterLayout::classic},
        Case{"sample_A4_zh", sample_year, "A4", false, Language::zh, PosterLayout::classic},
        Case{"sample_A1", sample_year, "A1", false, Language::en, PosterLayout::classic},
        Case{"world300_A3", three_hundred, "A3", false, Language::en, PosterLayout::classic},
        Case{"world300_Letter_landscape_zh", three_hundred, "Letter", true, Language::zh,
             PosterLayout::classic},
        Case{"antimeridian_A3", antimeridian, "A3", false, Language::en, PosterLayout::classic},
        Case{"fifteen_A3_landscape", fifteen, "A3", true, Language::en, PosterLayout::classic},
        Case{"sample_grid_A3", sample_year, "A3", false, Language::en, PosterLayout::grid},
        Case{"world300_grid_Letter_landscape_zh", three_hundred, "Letter", true, Language::zh,
             PosterLayout::grid}),
    [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(PosterLayout, SampleYearHasInsetsForTheBayAreaAndTheRockies) {
  const PosterRequest r = request_for(sample_year(), Language::en);
  const PosterDrawing d = draw(parse_paper("A3", 72, false), r);
  ASSERT_GE(d.insets.size(), 1u);
  // The Bay Area: Redwood City, Menlo Park, San Francisco and Half Moon Bay in one inset.
  bool bay = false;
  for (const InsetSpec& inset : d.insets) {
    int californian = 0;
    for (std::size_t i : inset.places)
      californian += d.main->plan.places[i].entry.region == "California" ? 1 : 0;
    bay = bay || californian >= 3;
  }
  EXPECT_TRUE(bay);
}

// On A1 the sample year has an inset for Edmonton and one for Banff and Canmore, both in
// Alberta: their captions say which is which.
TEST(PosterLayout, InsetsInOneRegionHaveDifferentCaptions) {
  const PosterRequest r = request_for(sample_year(), Language::en);
  const PosterDrawing d = draw(parse_paper("A1", 72, false), r);
  std::vector<std::string> captions;
  for (const PlacedText& t : d.texts) {
    if (t.block.starts_with("inset ") && t.text.size() > 1) captions.push_back(t.text);
  }
  ASSERT_EQ(captions.size(), d.insets.size());
  std::sort(captions.begin(), captions.end());
  EXPECT_EQ(captions,
            (std::vector<std::string>{"Banff, Alberta", "California", "Edmonton, Alberta"}));
}

TEST(PosterLayout, LongTitlesWrapShrinkAndEndInAnEllipsisInsideTheHeader) {
  PosterRequest r = request_for(sample_year(), Language::zh);
  r.title =
      "A year of conferences, internships and mountains: Edmonton, Calgary, the Bay Area, Amherst, "
      "Banff and Vancouver 二〇二四";  // 120 characters
  r.subtitle = std::string(300, 'x');
  for (const char* paper : {"A3", "A5", "Letter"}) {
    const PosterDrawing d = draw(parse_paper(paper, 72, std::string(paper) == "Letter"), r);
    check_invariants(d, r, std::string("long title on ") + paper);
  }
  r.title = "二〇二四年：从埃德蒙顿到旧金山湾区、阿默斯特、班夫和温哥华的一年";
  check_invariants(draw(parse_paper("A3", 72, false), r), r, "Chinese title");
}

TEST(PosterLayout, NoInsetsWhenAskedOrWhenNothingCrowds) {
  PosterRequest r = request_for(sample_year(), Language::en);
  r.insets = false;
  EXPECT_TRUE(draw(parse_paper("A3", 72, false), r).insets.empty());
  EXPECT_TRUE(
      draw(parse_paper("A3", 72, false), request_for(one_entry(), Language::en)).insets.empty());
}

TEST(PosterLayout, InsetsKeepTheMainMapsNumbers) {
  const PosterRequest r = request_for(sample_year(), Language::en);
  const PosterDrawing d = draw(parse_paper("A3", 72, false), r);
  for (std::size_t k = 0; k < d.insets.size(); ++k) {
    std::vector<int> main_numbers, inset_numbers;
    for (std::size_t i : d.insets[k].places) main_numbers.push_back(d.main->plan.places[i].number);
    for (const MapPlace& p : d.inset_maps[k].plan.places) inset_numbers.push_back(p.number);
    std::sort(inset_numbers.begin(), inset_numbers.end());
    EXPECT_EQ(inset_numbers, main_numbers);
  }
}

TEST(PosterLayout, ATimelineTooLongForItsBlockCountsTheRest) {
  // 300 entries on a Letter page cannot all be listed at a legible size.
  const PosterRequest r = request_for(three_hundred(), Language::en);
  const PosterDrawing d = draw(parse_paper("Letter", 72, false), r);
  EXPECT_GT(d.timeline_more, 0u);
  bool counted = false;
  for (const PlacedText& t : d.texts)
    counted = counted || t.text == "… and " + std::to_string(d.timeline_more) + " more";
  EXPECT_TRUE(counted);
}

}  // namespace
}  // namespace footprint::render
