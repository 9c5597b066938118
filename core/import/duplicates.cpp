#include "core/import/duplicates.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/geodesy.hpp"

namespace footprint::core::import {
namespace {

// Cells of 0.01° (1.1 km north-south): a duplicate lies in the cell of its position or next to
// it. Near the poles, where cells of longitude shrink to nothing, one cell per band of latitude.
constexpr double kCellDegrees = 0.01;
constexpr long kLonCells = 36000;

struct Cell {
  long lat, lon;
  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 takes the defaulted <=>'s "== 0" for one
  auto operator<=>(const Cell&) const = default;
};

Cell cell_of(LonLat p) {
  const long lat = static_cast<long>(std::floor(p.lat / kCellDegrees));
  long lon = std::abs(p.lat) > 80 ? 0 : static_cast<long>(std::floor(p.lon / kCellDegrees));
  if (lon >= kLonCells / 2) lon -= kLonCells;  // 180° is -180°
  return {lat, lon};
}

std::vector<Cell> cells_around(LonLat p) {
  const long lat = cell_of(p).lat;
  const long lon = static_cast<long>(std::floor(p.lon / kCellDegrees));
  std::vector<Cell> out;
  for (long dlat = -1; dlat <= 1; ++dlat) {
    // Bands past 80° keep everything in cell 0; those beside them, ordinary cells.
    if (std::abs(p.lat) > 79) out.push_back({lat + dlat, 0});
    for (long dlon = -1; dlon <= 1; ++dlon) {
      long l = lon + dlon;
      // The antimeridian: cells just west of 180° neighbour those just east of -180°.
      if (l >= kLonCells / 2) l -= kLonCells;
      if (l < -kLonCells / 2) l += kLonCells;
      out.push_back({lat + dlat, l});
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool days_overlap(const Entry& a, const Entry& b) {
  if (!a.date || !b.date) return !a.date && !b.date;
  const long a_last = (a.end ? *a.end : *a.date).last_day();
  const long b_last = (b.end ? *b.end : *b.date).last_day();
  return a.date->first_day() <= b_last && b.date->first_day() <= a_last;
}

// Haversine: within 0.5 % of the geodesic, and cheap for the thousands of pairs a big import has.
bool near(LonLat a, LonLat b) {
  return haversine_km(a, b) <= kSamePlaceKm;
}

// Positions of the index: the journal's entries first, then the items kept so far.
class Index {
 public:
  void add(const Entry& entry, std::size_t slot) {
    if (!entry.coordinates.empty()) cells_[cell_of(entry.anchor())].push_back(slot);
  }
  template <typename Match>
  std::optional<std::size_t> find(const Entry& entry, Match match) const {
    if (entry.coordinates.empty()) return std::nullopt;
    std::optional<std::size_t> best;
    for (const Cell& c : cells_around(entry.anchor())) {
      auto it = cells_.find(c);
      if (it == cells_.end()) continue;
      for (std::size_t slot : it->second) {
        if ((!best || slot < *best) && match(slot)) best = slot;
      }
    }
    return best;
  }

 private:
  std::map<Cell, std::vector<std::size_t>> cells_;
};

void merge_into(ImportItem& kept, const ImportItem& duplicate) {
  Entry& k = kept.entry;
  const Entry& d = duplicate.entry;
  for (const std::string& tag : d.tags) {
    if (std::find(k.tags.begin(), k.tags.end(), tag) == k.tags.end()) k.tags.push_back(tag);
  }
  for (const std::string& file : duplicate.files) {
    if (std::find(kept.files.begin(), kept.files.end(), file) == kept.files.end()) {
      kept.files.push_back(file);
    }
  }
  if (k.title.empty()) k.title = d.title;
  if (k.notes.empty()) k.notes = d.notes;
  if (k.trip.empty()) k.trip = d.trip;
}

}  // namespace

bool same_visit(const Entry& a, const Entry& b) {
  if (a.coordinates.empty() || b.coordinates.empty()) return false;
  if (a.is_track() != b.is_track()) return false;
  if (!near(a.anchor(), b.anchor())) return false;
  if (a.is_track() && !near(a.coordinates.back(), b.coordinates.back())) return false;
  return days_overlap(a, b);
}

Deduplicated remove_duplicates(std::vector<ImportItem> items, const std::vector<Entry>& journal) {
  Deduplicated out;
  Index index;
  for (std::size_t i = 0; i < journal.size(); ++i) index.add(journal[i], i);
  for (ImportItem& item : items) {
    auto in_journal = index.find(item.entry, [&](std::size_t slot) {
      return slot < journal.size() && same_visit(journal[slot], item.entry);
    });
    if (in_journal) {
      out.existing.emplace_back(std::move(item), journal[*in_journal].id);
      continue;
    }
    auto in_batch = index.find(item.entry, [&](std::size_t slot) {
      return slot >= journal.size() &&
             same_visit(out.to_add[slot - journal.size()].entry, item.entry);
    });
    if (in_batch) {
      const std::size_t target = *in_batch - journal.size();
      merge_into(out.to_add[target], item);
      out.merged.emplace_back(std::move(item), target);
      continue;
    }
    index.add(item.entry, journal.size() + out.to_add.size());
    out.to_add.push_back(std::move(item));
  }
  return out;
}

}  // namespace footprint::core::import
