#include "core/whereabouts.hpp"

#include <algorithm>
#include <map>
#include <numeric>

namespace footprint::core {
namespace {

constexpr std::size_t kNobody = static_cast<std::size_t>(-1);

// Days painted by owner: each key starts a segment that lasts until the next key.
class DayPainter {
 public:
  explicit DayPainter(const Period& period) {
    segments_[period.first_day] = kNobody;
    segments_[period.last_day + 1] = kNobody;
  }

  // Gives days first..last (inside the period) to `owner`, over whatever was there.
  void paint(long first, long last, std::size_t owner) {
    split_at(first);
    split_at(last + 1);
    auto begin = segments_.find(first);
    segments_.erase(std::next(begin), segments_.find(last + 1));
    begin->second = owner;
  }

  std::vector<DayRun> runs() const {
    std::vector<DayRun> out;
    for (auto it = segments_.begin(); std::next(it) != segments_.end(); ++it) {
      if (it->second != kNobody) out.push_back({it->first, std::next(it)->first - 1, it->second});
    }
    return out;
  }

 private:
  void split_at(long day) {
    auto it = std::prev(segments_.upper_bound(day));
    if (it->first != day) segments_.emplace_hint(std::next(it), day, it->second);
  }

  std::map<long, std::size_t> segments_;
};

}  // namespace

std::vector<DayRun> whereabouts(const std::vector<Stay>& stays, const Period& period) {
  if (period.empty()) return {};
  // Painted so that the stay that must win a day comes last: longest first, home before away,
  // and among equals in the order given.
  std::vector<std::size_t> order(stays.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Stay& x = stays[a];
    const Stay& y = stays[b];
    if (x.days.days() != y.days.days()) return x.days.days() > y.days.days();
    return !x.away && y.away;
  });
  DayPainter painter(period);
  for (std::size_t i : order) {
    const Period clipped = intersection(stays[i].days, period);
    if (!clipped.empty()) painter.paint(clipped.first_day, clipped.last_day, i);
  }
  return painter.runs();
}

long days_within(const std::vector<DayRun>& runs, const Period& period) {
  long days = 0;
  for (const auto& r : runs) days += intersection({r.first_day, r.last_day}, period).days();
  return days;
}

}  // namespace footprint::core
