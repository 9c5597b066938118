#include "render/style/style.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "tests/core/temp_dir.hpp"

namespace footprint::render {
namespace {

std::string message_of(const std::string& json) {
  try {
    parse_style(json);
  } catch (const StyleError& error) {
    return error.what();
  }
  return "(accepted)";
}

std::string pointer_of(const std::string& json) {
  try {
    parse_style(json);
  } catch (const StyleError& error) {
    return error.pointer();
  }
  return "(accepted)";
}

void expect_line(const nlohmann::json& written, const LineStyle& loaded, const std::string& what) {
  SCOPED_TRACE(what);
  EXPECT_EQ(loaded.color, parse_color(written.at("color").get<std::string>()));
  EXPECT_EQ(loaded.width_pt, written.at("width_pt").get<double>());
  EXPECT_EQ(loaded.dash_pt, written.value("dash_pt", std::vector<double>{}));
}

void expect_font(const nlohmann::json& written, const FontStyle& loaded, const std::string& what) {
  SCOPED_TRACE(what);
  EXPECT_EQ(loaded.family, written.at("family").get<std::string>());
  EXPECT_EQ(loaded.size_pt, written.at("size_pt").get<double>());
  EXPECT_EQ(loaded.weight, written.value("weight", 400));
  EXPECT_EQ(loaded.color, parse_color(written.at("color").get<std::string>()));
  if (written.contains("halo")) {
    EXPECT_EQ(loaded.halo, parse_color(written.at("halo").get<std::string>()));
  }
  if (written.contains("halo_pt")) {
    EXPECT_EQ(loaded.halo_pt, written.at("halo_pt").get<double>());
  }
}

// A bundled style is drawn as written: every colour, line and font of its file is the value the
// renderer gets (a style that loaded but dropped or mixed up a value passed EXPECT_NO_THROW).
TEST(Style, BundledStylesLoadAsWrittenAndAreListed) {
  const auto styles = list_styles();
  ASSERT_EQ(styles.size(), 3u);
  for (const auto& [name, description] : styles) {
    SCOPED_TRACE(name);
    std::ifstream in(styles_dir() / (name + ".json"));
    const nlohmann::json written = nlohmann::json::parse(in);
    const Style loaded = load_style(name);
    EXPECT_EQ(loaded.name, name);
    EXPECT_EQ(description, written.at("description").get<std::string>());
    EXPECT_EQ(loaded.description, description);
    EXPECT_EQ(loaded.background, parse_color(written.at("background").get<std::string>()));
    EXPECT_EQ(loaded.ocean, parse_color(written.at("ocean").get<std::string>()));
    EXPECT_EQ(loaded.land, parse_color(written.at("land").get<std::string>()));
    EXPECT_EQ(loaded.lakes, parse_color(written.at("lakes").get<std::string>()));
    EXPECT_EQ(loaded.margin_mm, written.at("margin_mm").get<double>());
    const std::vector<std::pair<const char*, const LineStyle*>> lines = {
        {"coast", &loaded.coast},        {"borders", &loaded.borders},
        {"states", &loaded.states},      {"graticule", &loaded.graticule},
        {"frame", &loaded.frame},        {"route", &loaded.route},
        {"track", &loaded.track},        {"extra_layer", &loaded.extra_layer},
        {"scale_bar", &loaded.scale_bar}};
    for (const auto& [key, line] : lines) expect_line(written.at(key), *line, key);
    const std::vector<std::pair<const char*, const FontStyle*>> fonts = {
        {"label", &loaded.label},       {"title", &loaded.title},
        {"subtitle", &loaded.subtitle}, {"legend", &loaded.legend},
        {"credits", &loaded.credits},   {"scale_text", &loaded.scale_text}};
    for (const auto& [key, font] : fonts) expect_font(written.at(key), *font, key);
    const nlohmann::json& markers = written.at("markers");
    EXPECT_EQ(loaded.markers.radius_pt, markers.at("radius_pt").get<double>());
    EXPECT_EQ(loaded.markers.range_radius_pt, markers.at("range_radius_pt").get<double>());
    expect_line(markers.at("outline"), loaded.markers.outline, "markers/outline");
    expect_font(markers.at("number"), loaded.markers.number, "markers/number");
    ASSERT_EQ(markers.at("month_colors").size(), 12u);
    for (std::size_t m = 0; m < 12; ++m) {
      EXPECT_EQ(loaded.markers.month_colors[m],
                parse_color(markers.at("month_colors")[m].get<std::string>()))
          << "month " << m + 1;
    }
    EXPECT_EQ(loaded.markers.undated_color,
              parse_color(markers.at("undated_color").get<std::string>()));
    EXPECT_EQ(loaded.label_sizes_pt, written.at("label_sizes_pt").get<std::vector<double>>());
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

TEST(Style, ValuesTheRendererCannotDrawAreRefused) {
  EXPECT_EQ(message_of(R"({"label": {"size_mm": 0}})"), "/label/size_mm: must be more than 0");
  EXPECT_EQ(message_of(R"({"label_sizes_pt": [9, 0]})"), "/label_sizes_pt/1: must be more than 0");
  EXPECT_EQ(message_of(R"({"label_sizes_pt": []})"), "/label_sizes_pt: give at least one size");
  EXPECT_EQ(message_of(R"({"coast": {"dash_pt": [0, 0]}})"),
            "/coast/dash_pt: a dash pattern needs a length more than 0 (or [] for solid)");
  EXPECT_EQ(message_of(R"({"title": {"family": " , "}})"),
            "/title/family: expected the name of a font family");
  EXPECT_EQ(parse_style(R"({"coast": {"dash_pt": []}})").coast.dash_pt.size(), 0u);
}

TEST(Style, JsonIsReadStrictlyWithLineAndColumn) {
  EXPECT_EQ(message_of("{\"name\": \"x\",\n}"),
            "2:1: syntax error while parsing object key - unexpected '}'; expected string "
            "literal");
  EXPECT_EQ(pointer_of("{\"name\": \"x\",\n}"), "");
  EXPECT_EQ(message_of(R"({"name": "a", "name": "b"})"),
            "1:15: duplicate member \"name\" at /name");
  EXPECT_EQ(message_of(R"({"margin_mm": 1e999})"),
            "1:15: number 1e999 is out of range: beyond the largest double (1.8e308), it cannot "
            "be kept");
}

TEST(Style, PointersAreEscapedAndMessagesPrintable) {
  EXPECT_EQ(pointer_of(R"({"a/b~c": 1})"), "/a~1b~0c");
  EXPECT_EQ(message_of(R"({"a/b~c": 1})"), "/a~1b~0c: unknown key \"a/b~c\"");
  // A terminal escape in a member name or a text must not reach the terminal as it is.
  EXPECT_EQ(message_of(R"({"\u001b[2J": 1})"), "/\\u001b[2J: unknown key \"\\u001b[2J\"");
  EXPECT_EQ(message_of(R"({"description": "bell \u0007"})"),
            "/description: the text contains the control character U+0007 (at offset 5)");
}

TEST(Style, FontsMustBeInstalled) {
  test::TempDir dir;
  const auto path = dir / "style.json";
  const auto load = [&](const std::string& json) {
    std::ofstream(path) << json;
    try {
      load_style(path.string());
    } catch (const StyleError& error) {
      return std::string(error.what()) + " @" + error.pointer();
    }
    return std::string("(accepted)");
  };
  EXPECT_EQ(load(R"({"markers": {"number": {"family": "No Such Font"}}})"),
            path.string() +
                ": /markers/number/family: the font \"No Such Font\" is not installed (fc-list : "
                "family lists the installed fonts) @/markers/number/family");
  EXPECT_EQ(load(R"({"label": {"family": "No Such Font, noto   sans"}})"), "(accepted)");
  EXPECT_EQ(load(R"({"label": {"family": "sans-serif"}})"), "(accepted)");
  EXPECT_EQ(load("{\n  \"label\": }"),
            path.string() +
                ":2:12: syntax error while parsing value - unexpected '}'; expected "
                "'[', '{', or a literal @");
}

TEST(Style, FilesThatAreNotStylesAreRefused) {
  test::TempDir dir;
  EXPECT_THROW(load_style(dir.path().string() + "/"), IoError);
  EXPECT_THROW(load_style((dir / "none.json").string()), IoError);
  const auto big = dir / "big.json";
  std::ofstream(big) << R"({"description": ")" << std::string(2 << 20, 'x') << "\"}";
  try {
    load_style(big.string());
    FAIL();
  } catch (const StyleError& error) {
    EXPECT_EQ(std::string(error.what()),
              big.string() + ": a style file is at most 1 MiB; this one is larger");
  }
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
