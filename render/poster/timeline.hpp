// A poster's timeline: January to December, every entry of the year under the month it starts
// in, with its number (as on the maps), dates, title and place; planned and cancelled entries
// marked, places on no map said so. It flows into columns and shrinks to the smallest legible
// size; what still does not fit is counted ("… and 12 more"), never clipped.
#pragma once

#include <cairo.h>

#include <filesystem>
#include <string>
#include <vector>

#include "render/map/map_plan.hpp"
#include "render/poster/placed_text.hpp"
#include "render/style/style.hpp"
#include "render/text/column_flow.hpp"
#include "render/text/wording.hpp"

namespace footprint::render {

struct TimelineEntry {
  const MapPlace* place = nullptr;  ///< its entry and number
  bool on_map = true;               ///< on the main map or an inset
  /// For --lang zh, an entry without a title: its place's Chinese name (GeoNames); else empty.
  std::string chinese_place;
};

/// Sets chinese_place for the entries without a title whose place the gazetteer in `data_dir`
/// has a Chinese name for (the nearest place of that name within 30 km); none without the index.
void name_places_in_chinese(std::vector<TimelineEntry>& entries,
                            const std::filesystem::path& data_dir);

struct Timeline {
  std::vector<FlowRow> rows;
  std::vector<const TimelineEntry*> row_entry;  ///< nullptr for a month's heading
  FlowStyle flow;
  ColumnLayout layout;
};

/// The text of an entry's row: "Jun 1 – Aug 30  Internship · Redwood City (planned)".
std::string timeline_text(const TimelineEntry& entry, Language language);

/// The rows, in date order under month headings, with the flow style for the page.
/// An entry that began before `year` (a trip over New Year) is listed under its month and year.
Timeline timeline_rows(const std::vector<TimelineEntry>& entries, int year, const Style& style,
                       Language language, double body_pt, double min_pt);

/// The height the timeline would like in `width` at its body size, or a little more than `cap`
/// when that is exceeded (rows beyond it are not measured).
double timeline_need(cairo_t* cr, const Timeline& timeline, double width, double cap);

void layout_timeline(cairo_t* cr, Timeline& timeline, const Frame& frame);

void draw_timeline(cairo_t* cr, const Timeline& timeline, const Style& style, TextLog& log);

}  // namespace footprint::render
