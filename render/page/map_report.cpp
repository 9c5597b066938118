#include "render/page/map_report.hpp"

#include <cstdio>
#include <fstream>

#include "core/error.hpp"
#include "render/map/map_labels.hpp"

namespace footprint::render {
namespace {

nlohmann::json box_json(const Box& b) {
  return {b.x0, b.y0, b.x1, b.y1};
}
nlohmann::json frame_json(const Frame& f) {
  return {f.x, f.y, f.right(), f.bottom()};
}

}  // namespace

nlohmann::json map_report(const MapDrawing& d) {
  nlohmann::json out;
  out["page"] = frame_json(d.page.page);
  out["frame"] = frame_json(d.plan.viewport.frame());
  out["max_marker_shift_pt"] = d.layout.max_marker_shift_pt;
  out["places"] = d.plan.places.size();
  std::size_t off = 0;
  for (const MapPlace& p : d.plan.places) off += p.in_frame ? 0 : 1;
  out["off_map"] = off;
  nlohmann::json markers = nlohmann::json::array();
  for (const MarkerSpot& m : d.layout.markers) {
    nlohmann::json numbers = nlohmann::json::array();
    if (m.is_group()) {
      for (std::size_t p : m.members) numbers.push_back(d.plan.places[p].number);
    } else {
      numbers.push_back(d.plan.places[m.place_index].number);
    }
    markers.push_back({{"x", m.page.x},
                       {"y", m.page.y},
                       {"radius", m.radius_pt},
                       {"anchor", {m.anchor.x, m.anchor.y}},
                       {"numbers", numbers},
                       {"group", m.is_group()}});
  }
  out["markers"] = markers;
  nlohmann::json labels = nlohmann::json::array();
  for (std::size_t k = 0; k < d.layout.labels.placements.size(); ++k) {
    const Placement& p = d.layout.labels.placements[k];
    if (!p.placed) continue;
    const MarkerSpot& m = d.layout.markers[static_cast<std::size_t>(p.id)];
    nlohmann::json label{{"markers", d.layout.labels.named[k]},
                         {"text", marker_label_text(d.plan, m)},
                         {"box", box_json(p.box)},
                         {"size", p.size_index}};
    if (p.leader) label["leader"] = {p.leader_x0, p.leader_y0, p.leader_x1, p.leader_y1};
    labels.push_back(label);
  }
  out["labels"] = labels;
  nlohmann::json reference = nlohmann::json::array();
  for (const Placement& p : d.layout.reference.placements) {
    if (p.placed) reference.push_back(box_json(p.box));
  }
  for (const AreaLabel& a : d.layout.reference.areas) reference.push_back(box_json(a.box));
  for (const AreaLabel& a : d.layout.reference.water) reference.push_back(box_json(a.box));
  out["reference_labels"] = reference;
  nlohmann::json furniture = nlohmann::json::array();
  for (const Box& b : d.layout.furniture.boxes()) furniture.push_back(box_json(b));
  out["furniture"] = furniture;
  if (d.layout.furniture.scale_bar) out["scale_bar"] = d.layout.furniture.scale_bar->label;
  std::size_t points = 0;
  for (const Path& p : d.layout.paths.routes) points += p.size();
  out["routes"] = {{"pieces", d.layout.paths.routes.size()},
                   {"points", points},
                   {"tracks", d.layout.paths.tracks.size()}};
  nlohmann::json rows = nlohmann::json::array();
  for (const LegendRow& row : d.legend.rows) {
    const LegendItem& item = d.legend_items[row.item];
    rows.push_back({{"text", item.text},
                    {"number", item.number},
                    {"group", item.group_count},
                    {"box", box_json(row.box)}});
  }
  std::size_t places = 0;
  for (const LegendItem& item : d.legend_items) places += item.group_count == 0 ? 1 : 0;
  out["legend"] = {
      {"places", places},
      {"rows", rows},
      {"more", d.legend.more},
      {"more_text", d.legend.more > 0 ? legend_more_text(d.legend.more, d.language) : ""},
      {"frame", frame_json(d.page.legend)}};
  return out;
}

void write_map_report(const MapDrawing& drawing, const std::filesystem::path& path) {
  const std::filesystem::path temporary = path.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << map_report(drawing).dump(1) << "\n";
    out.close();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      throw IoError("cannot write " + path.string());
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) throw IoError("cannot write " + path.string() + ": " + error.message());
}

}  // namespace footprint::render
