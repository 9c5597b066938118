// Draws the Bay Area case (markers, labels with halos, leader lines) to labels_demo.png in the
// build folder, for a person to look at, and checks what that person sees: each placed label's
// text inside its box and clear of every other label and marker, every marker drawn, and the
// ones without a label numbered for the legend.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>

#include "render/labels/label_drawing.hpp"
#include "render/labels/label_placer.hpp"
#include "render/text/text.hpp"
#include "tests/render/bay_area.hpp"
#include "tests/render/image_probe.hpp"

namespace footprint::render {
namespace {

constexpr double kScale = 3;  // pixels per point
constexpr double kPadding = 2;

void draw_background(cairo_t* cr, const Box& f, double scale) {
  cairo_set_source_rgb(cr, 0.93, 0.92, 0.86);  // land
  cairo_paint(cr);
  cairo_save(cr);
  cairo_scale(cr, scale, scale);
  cairo_set_source_rgb(cr, 0.67, 0.80, 0.90);  // a bay-ish band of water
  cairo_move_to(cr, 150, 60);
  cairo_curve_to(cr, 140, 140, 200, 200, 330, 300);
  cairo_line_to(cr, 360, 300);
  cairo_curve_to(cr, 240, 180, 190, 140, 175, 60);
  cairo_close_path(cr);
  cairo_fill(cr);
  cairo_restore(cr);
  cairo_rectangle(cr, f.x0, f.y0, f.width(), f.height());
  cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
  cairo_set_line_width(cr, 1);
  cairo_stroke(cr);
}

void draw_marker(cairo_t* cr, const LabelRequest& r, int number, bool placed) {
  cairo_arc(cr, r.x, r.y, r.marker_radius, 0, 2 * 3.141592653589793);
  cairo_set_source_rgb(cr, placed ? 0.80 : 0.55, 0.20, placed ? 0.15 : 0.55);
  cairo_fill_preserve(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_set_line_width(cr, 0.6);
  cairo_stroke(cr);
  if (!placed) {  // numbered for the legend
    TextStyle small;
    small.size_pt = 5;
    small.weight = 700;
    const TextBlock n(cr, std::to_string(number), small);
    n.draw(cr, r.x + r.marker_radius, r.y - r.marker_radius - n.height() + 1);
  }
}

bool is_ink(const test::Pixel& p) {
  return p.a > 0.9 && p.r < 0.35 && p.g < 0.35 && p.b < 0.35;  // label text is black
}
bool is_marker(const test::Pixel& p, bool placed) {
  return std::abs(p.r - (placed ? 0.80 : 0.55)) < 0.03 && std::abs(p.g - 0.20) < 0.03 &&
         std::abs(p.b - (placed ? 0.15 : 0.55)) < 0.03;
}

// Places and draws the Bay Area at `scale` (1: the test case; 0.5: crowded) into `file`; returns
// how many labels were placed.
std::size_t draw_demo(double scale, const std::string& file) {
  const Box f{0, 0, test::kBayAreaFrame.x1 * scale, test::kBayAreaFrame.y1 * scale};
  const test::ImageProbe image(int(f.width() * kScale), int(f.height() * kScale), kScale);
  cairo_t* cr = image.cr();
  TextStyle style;
  const auto requests = test::bay_area_requests(cr, style, scale);
  LabelPlacer placer(f, kPadding);
  const Box title_box{0, 0, test::kBayAreaTitle.x1 * scale, test::kBayAreaTitle.y1 * scale};
  placer.add_obstacle(title_box);
  const auto result = placer.place(requests);

  draw_background(cr, f, scale);
  TextStyle title = style;
  title.size_pt = 13 * scale;
  title.weight = 700;
  TextBlock(cr, "湾区 Bay Area 2024", title).draw(cr, 6 * scale, 5 * scale);
  // Leaders first, then markers, then labels: labels and their halos sit on top.
  for (const auto& p : result) draw_leader(cr, p);
  int legend_number = 0;
  for (std::size_t i = 0; i < requests.size(); ++i)
    draw_marker(cr, requests[i], result[i].placed ? 0 : ++legend_number, result[i].placed);
  for (std::size_t i = 0; i < requests.size(); ++i)
    draw_label(cr, test::kBayArea[i].name, style, test::kBayAreaSizes, result[i]);

  const std::string path = std::string(FOOTPRINT_TEST_OUTPUT_DIR) + "/" + file;
  EXPECT_EQ(cairo_surface_write_to_png(image.surface(), path.c_str()), CAIRO_STATUS_SUCCESS);
  std::printf("wrote %s (%zu of %zu labelled)\n", path.c_str(), placer.stats().placed,
              requests.size());

  std::size_t placed = 0;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    SCOPED_TRACE(test::kBayArea[i].name);
    const LabelRequest& r = requests[i];
    // The marker's centre shows the marker, whatever was drawn over the rest of it.
    EXPECT_TRUE(is_marker(image.at(int(r.x * kScale), int(r.y * kScale)), result[i].placed));
    if (!result[i].placed) continue;
    ++placed;
    const Box& b = result[i].box;
    EXPECT_TRUE(b.x0 >= f.x0 && b.y0 >= f.y0 && b.x1 <= f.x1 && b.y1 <= f.y1) << "outside";
    for (std::size_t j = 0; j < requests.size(); ++j) {
      if (j != i && result[j].placed) {
        EXPECT_FALSE(b.intersects(result[j].box)) << j;
      }
      const LabelRequest& m = requests[j];
      EXPECT_FALSE(b.intersects(Box{m.x - m.marker_radius, m.y - m.marker_radius,
                                    m.x + m.marker_radius, m.y + m.marker_radius}))
          << "covers the marker of " << test::kBayArea[j].name;
    }
    // Its text is drawn there: a good part of the box is ink (letters cover about a fifth).
    const int ink = image.count(int(b.x0 * kScale), int(b.y0 * kScale), int(b.x1 * kScale),
                                int(b.y1 * kScale), is_ink);
    EXPECT_GT(ink, b.width() * b.height() * kScale * kScale * 0.05) << "no text in its box";
  }
  EXPECT_EQ(placed, placer.stats().placed);
  return placed;
}

TEST(LabelsDemo, WritesPng) {
  // Room for nearly all (38 of 38 when written; the placement rules may grow stricter).
  EXPECT_GE(draw_demo(1.0, "labels_demo.png"), std::size(test::kBayArea) * 9 / 10);
}
TEST(LabelsDemo, WritesCrowdedPng) {
  const std::size_t placed = draw_demo(0.5, "labels_demo_crowded.png");
  EXPECT_LT(placed, std::size(test::kBayArea));  // crowded: some are left to the legend
  EXPECT_GT(placed, std::size(test::kBayArea) / 2);
}

}  // namespace
}  // namespace footprint::render
