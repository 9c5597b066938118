// Rows flowed into columns: headings stay with their first row and are never counted as left
// out; what does not fit is counted in a last line that fits; long text is set smaller or cut
// with "…", never clipped.
#include "render/text/column_flow.hpp"

#include <gtest/gtest.h>

#include "render/text/fit_text.hpp"
#include "tests/render/image_probe.hpp"

namespace footprint::render {
namespace {

FlowStyle style() {
  FlowStyle s;
  s.body.size_pt = 9;
  s.heading = s.body;
  s.heading.weight = 700;
  s.min_size_pt = 6;
  s.more_text = [](std::size_t n) { return "… and " + std::to_string(n) + " more"; };
  return s;
}

std::vector<FlowRow> months(int months, int per_month) {
  std::vector<FlowRow> rows;
  for (int m = 0; m < months; ++m) {
    rows.push_back({"Month " + std::to_string(m + 1), true});
    for (int i = 0; i < per_month; ++i)
      rows.push_back({"Entry " + std::to_string(i) + " of a month", false});
  }
  return rows;
}

TEST(ColumnFlow, EverythingFitsAtFullSizeWhenThereIsRoom) {
  test::ImageProbe probe(10, 10);
  const auto rows = months(3, 2);
  const ColumnLayout l = flow_columns(probe.cr(), rows, style(), {0, 0, 300, 400});
  EXPECT_EQ(l.rows.size(), rows.size());
  EXPECT_EQ(l.more, 0u);
  EXPECT_EQ(l.font_pt, 9);
  EXPECT_EQ(l.columns, 1);
}

TEST(ColumnFlow, AHeadingIsNeverLastInAColumnAndNeverCounted) {
  test::ImageProbe probe(10, 10);
  const auto rows = months(12, 5);
  const Frame frame{0, 0, 400, 120};
  const ColumnLayout l = flow_columns(probe.cr(), rows, style(), frame);
  ASSERT_GT(l.more, 0u);
  std::size_t items = 0;
  for (std::size_t i = 0; i < l.rows.size(); ++i) {
    const bool heading = rows[l.rows[i].item].heading;
    items += heading ? 0 : 1;
    if (heading) {
      ASSERT_LT(i + 1, l.rows.size()) << "a heading ends the list";
      EXPECT_EQ(l.rows[i + 1].box.x0, l.rows[i].box.x0) << "a heading left at a column's foot";
    }
    EXPECT_TRUE(l.rows[i].box.inside({frame.x, frame.y, frame.right(), frame.bottom()}));
  }
  EXPECT_EQ(items + l.more, 60u);
  EXPECT_TRUE(l.more_box.inside({frame.x, frame.y, frame.right(), frame.bottom()}));
  EXPECT_EQ(l.font_pt, 6);  // it shrank to the minimum before giving up rows
}

TEST(FitText, ShrinksThenEllipsizesButNeverLeavesTheBox) {
  test::ImageProbe probe(10, 10);
  TextStyle s;
  s.size_pt = 40;
  const FitLimits limits{200, 60, 10, 2};
  const TextBlock short_text = fit_text(probe.cr(), "2024", s, limits);
  EXPECT_EQ(short_text.style().size_pt, 40);
  const TextBlock longer = fit_text(probe.cr(), "A summer in the Bay Area", s, limits);
  EXPECT_LT(longer.style().size_pt, 40);
  EXPECT_TRUE(fits(longer, limits));
  EXPECT_FALSE(longer.ellipsized());
  const TextBlock endless = fit_text(probe.cr(), std::string(2000, 'w'), s, limits);
  EXPECT_EQ(endless.style().size_pt, 10);
  EXPECT_TRUE(endless.ellipsized());
  EXPECT_TRUE(fits(endless, limits));
}

}  // namespace
}  // namespace footprint::render
