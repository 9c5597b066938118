#include "render/map/area_labels.hpp"

#include <glib.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>

#include "core/admin_areas.hpp"
#include "core/error.hpp"
#include "render/labels/collision_geometry.hpp"
#include "render/map/map_labels.hpp"
#include "render/text/text.hpp"

namespace footprint::render {
namespace {

// The grid the frame is looked at through: fine enough to find a province a tenth of the frame
// wide, coarse enough to cost a few milliseconds of point-in-polygon tests.
constexpr int kCols = 8, kRows = 6;
constexpr std::size_t kMaxAreaLabels = 6;
constexpr std::size_t kTriesPerArea = 6;
constexpr double kClearancePt = 6;

struct Cell {
  XY page;
  std::string region, country;  ///< names; empty at sea or where the data has none
  std::string country_code;     ///< ISO 3166-1 alpha-2 of the region's country
};

struct Area {
  std::string name;
  std::vector<std::size_t> cells;  ///< indices into the grid
};

std::optional<core::LonLat> lonlat_at(const MapPlan& plan, XY page) {
  return plan.projection.inverse(plan.viewport.to_metres(page));
}

std::optional<core::AdminArea> region_at(const core::AdminAreas& areas, const MapPlan& plan,
                                         XY page) {
  const auto lonlat = lonlat_at(plan, page);
  return lonlat ? areas.region_at(*lonlat) : std::nullopt;
}

std::string name_of(const std::optional<core::AdminArea>& area) {
  return area ? area->name : std::string();
}

std::string capitals(const std::string& utf8) {
  std::unique_ptr<gchar, decltype(&g_free)> up(g_utf8_strup(utf8.c_str(), -1), g_free);
  return up ? std::string(up.get()) : utf8;
}

// Areas in the order they are named: most cells first, then first seen (row by row).
std::vector<Area> group(const std::vector<Cell>& cells, bool countries) {
  std::vector<Area> areas;
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::string& name = countries ? cells[i].country : cells[i].region;
    if (name.empty()) continue;
    const auto [it, added] = index.try_emplace(name, areas.size());
    if (added) areas.push_back({name, {}});
    areas[it->second].cells.push_back(i);
  }
  std::stable_sort(areas.begin(), areas.end(),
                   [](const Area& a, const Area& b) { return a.cells.size() > b.cells.size(); });
  return areas;
}

// The area's cells, most interior first (most neighbours in the same area), then nearest the
// middle of the area's cells.
std::vector<std::size_t> interior_first(const Area& area, const std::vector<Cell>& cells,
                                        bool countries) {
  const auto same = [&](int c, int r, const std::string& name) {
    if (c < 0 || r < 0 || c >= kCols || r >= kRows) return false;
    const Cell& cell = cells[static_cast<std::size_t>(r) * kCols + static_cast<std::size_t>(c)];
    return (countries ? cell.country : cell.region) == name;
  };
  double mx = 0, my = 0;
  for (std::size_t i : area.cells) mx += cells[i].page.x, my += cells[i].page.y;
  mx /= static_cast<double>(area.cells.size());
  my /= static_cast<double>(area.cells.size());
  std::vector<std::pair<double, std::size_t>> scored;
  for (std::size_t i : area.cells) {
    const int c = static_cast<int>(i) % kCols, r = static_cast<int>(i) / kCols;
    int neighbours = 0;
    for (int dr = -1; dr <= 1; ++dr)
      for (int dc = -1; dc <= 1; ++dc) {
        if ((dr != 0 || dc != 0) && same(c + dc, r + dr, area.name)) ++neighbours;
      }
    const double d = std::hypot(cells[i].page.x - mx, cells[i].page.y - my);
    scored.emplace_back(-neighbours * 1e6 + d, i);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::size_t> out;
  out.reserve(scored.size());
  for (const auto& s : scored) out.push_back(s.second);
  return out;
}

}  // namespace

std::unique_ptr<core::AdminAreas> open_admin_areas(const std::filesystem::path& data_dir) {
  const std::filesystem::path path = data_dir / "basemap" / "world_map.gpkg";
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return nullptr;
  try {
    return std::make_unique<core::AdminAreas>(core::AdminAreas::open(path));
  } catch (const Error&) {
    return nullptr;
  }
}

bool area_is_free(const Box& box, const std::vector<Box>& taken, const std::vector<Path>& lines) {
  const Box grown = box.inflated(kClearancePt);
  for (const Box& b : taken) {
    if (grown.intersects(b)) return false;
  }
  for (const Path& line : lines) {
    for (std::size_t i = 1; i < line.size(); ++i) {
      if (segment_intersects_box(line[i - 1].x, line[i - 1].y, line[i].x, line[i].y, grown))
        return false;
    }
  }
  return true;
}

FontStyle area_font(const Style& style) {
  FontStyle f = style.reference;
  f.size_pt = style.reference.size_pt * 1.3;
  f.color.a *= 0.7;
  return f;
}

std::vector<AreaLabel> place_area_labels(cairo_t* cr, const MapPlan& plan,
                                         const std::vector<Box>& taken_before,
                                         const std::vector<Path>& lines, const Style& style,
                                         const std::filesystem::path& data_dir) {
  const std::unique_ptr<core::AdminAreas> areas = open_admin_areas(data_dir);
  if (!areas) return {};
  const Frame& f = plan.viewport.frame();
  std::vector<Cell> cells;
  for (int r = 0; r < kRows; ++r) {
    for (int c = 0; c < kCols; ++c) {
      const XY page{f.x + f.width * (c + 0.5) / kCols, f.y + f.height * (r + 0.5) / kRows};
      const auto region = region_at(*areas, plan, page);
      cells.push_back({page, name_of(region), "", region ? region->iso_a2 : ""});
    }
  }
  // Country names only where several countries show: one country lookup per country (its
  // polygon is large), at the first cell of each.
  std::map<std::string, std::string> country_names;
  for (const Cell& cell : cells) {
    if (!cell.country_code.empty()) country_names.emplace(cell.country_code, "");
  }
  if (country_names.size() > 1) {
    for (Cell& cell : cells) {
      if (cell.country_code.empty()) continue;
      std::string& name = country_names[cell.country_code];
      if (name.empty()) {
        const auto lonlat = lonlat_at(plan, cell.page);
        const auto country = lonlat ? areas->country_at(*lonlat) : std::nullopt;
        name = country ? country->name : cell.country_code;
      }
      cell.country = name;
    }
  }
  std::vector<Area> regions = group(cells, false);
  const std::vector<Area> countries = group(cells, true);
  const TextStyle font = text_style(area_font(style));
  const Box inside = Box{f.x, f.y, f.right(), f.bottom()}.inflated(-6);
  std::vector<Box> taken = taken_before;
  std::vector<AreaLabel> out;
  const auto place = [&](const Area& area, bool is_country) {
    if (out.size() >= kMaxAreaLabels) return;
    const std::string text = capitals(area.name);
    const TextBlock block(cr, text, font);
    const std::vector<std::size_t> order = interior_first(area, cells, is_country);
    for (std::size_t k = 0; k < std::min(order.size(), kTriesPerArea); ++k) {
      const XY c = cells[order[k]].page;
      const Box box{c.x - block.width() / 2, c.y - block.height() / 2, c.x + block.width() / 2,
                    c.y + block.height() / 2};
      if (!box.inside(inside) || !area_is_free(box, taken, lines)) continue;
      // The whole name must lie in its own area, never across a border.
      bool within = true;
      for (const XY corner :
           {XY{box.x0, box.y0}, XY{box.x1, box.y0}, XY{box.x0, box.y1}, XY{box.x1, box.y1}}) {
        const auto region = region_at(*areas, plan, corner);
        if (is_country) {
          const auto it = country_names.find(region ? region->iso_a2 : "");
          within = it != country_names.end() && it->second == area.name;
        } else {
          within = name_of(region) == area.name;
        }
        if (!within) break;
      }
      if (!within) continue;
      out.push_back({text, box});
      taken.push_back(box);
      return;
    }
  };
  for (const Area& a : regions) place(a, false);
  if (countries.size() > 1) {
    for (const Area& a : countries) place(a, true);
  }
  return out;
}

void draw_area_labels(cairo_t* cr, const std::vector<AreaLabel>& labels, const Style& style) {
  draw_names(cr, labels, area_font(style));
}

void draw_names(cairo_t* cr, const std::vector<AreaLabel>& labels, const FontStyle& font) {
  const TextStyle text = text_style(font);
  for (const AreaLabel& label : labels) {
    const TextBlock block(cr, label.text, text);
    block.draw(cr, label.box.x0, label.box.y0);
  }
}

}  // namespace footprint::render
