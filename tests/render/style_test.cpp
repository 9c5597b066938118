#include "render/style.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace footprint::render {
namespace {

std::string pointer_of(const std::string& json) {
  try {
    parse_style(json);
  } catch (const StyleError& error) {
    return error.pointer();
  }
  return "(accepted)";
}

TEST(Style, BundledStylesLoadAndAreListed) {
  const auto styles = list_styles();
  ASSERT_GE(styles.size(), 3u);
  for (const auto& [name, description] : styles) {
    EXPECT_NO_THROW(load_style(name)) << name;
    EXPECT_EQ(description.find("invalid"), std::string::npos) << name << ": " << description;
  }
}

TEST(Style, ErrorsCarryTheJsonPointerOfTheProblem) {
  EXPECT_EQ(pointer_of(R"({"ocean": "#12345"})"), "/ocean");
  EXPECT_EQ(pointer_of(R"({"coast": {"width_pt": -1}})"), "/coast/width_pt");
  EXPECT_EQ(pointer_of(R"({"markers": {"month_colors": ["#000000"]}})"), "/markers/month_colors");
  EXPECT_EQ(pointer_of(R"({"markers": {"month_colors": ["#000000","#000000","#000000","#000000",
      "#000000","#000000","#000000","#000000","#000000","#000000","#000000","blue"]}})"),
            "/markers/month_colors/11");
  EXPECT_EQ(pointer_of(R"({"label": {"sise_pt": 9}})"), "/label/sise_pt");
  EXPECT_EQ(pointer_of(R"({"title": {"size_pt": 9, "size_mm": 3}})"), "/title/size_mm");
  EXPECT_EQ(pointer_of(R"([1, 2])"), "/");
}

TEST(Style, MillimetresBecomePoints) {
  const Style s = parse_style(R"({"coast": {"width_mm": 0.5}})");
  EXPECT_NEAR(s.coast.width_pt, 0.5 * 72 / 25.4, 1e-9);
}

TEST(Style, UnknownStyleNameListsTheKnownOnes) {
  try {
    load_style("no-such-style");
    FAIL();
  } catch (const UsageError& error) {
    EXPECT_NE(std::string(error.what()).find("atlas"), std::string::npos);
  }
}

}  // namespace
}  // namespace footprint::render
