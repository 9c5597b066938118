#include "render/text/wording.hpp"

#include <array>
#include <cstdlib>

#include "core/error.hpp"

namespace footprint::render {
namespace {

constexpr std::array<const char*, 12> kMonthsEn = {"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};
constexpr std::array<const char*, 12> kMonthsZh = {"一月", "二月", "三月",   "四月",
                                                   "五月", "六月", "七月",   "八月",
                                                   "九月", "十月", "十一月", "十二月"};

std::string day_en(const core::Date& d) {
  if (d.precision() == core::Date::Precision::year) return std::to_string(d.year());
  if (d.precision() == core::Date::Precision::month) {
    return month_short(Language::en, d.month()) + " " + std::to_string(d.year());
  }
  return month_short(Language::en, d.month()) + " " + std::to_string(d.day());
}

std::string day_zh(const core::Date& d) {
  if (d.precision() == core::Date::Precision::year) return std::to_string(d.year()) + "年";
  if (d.precision() == core::Date::Precision::month) {
    return std::to_string(d.year()) + "年" + std::to_string(d.month()) + "月";
  }
  return std::to_string(d.month()) + "月" + std::to_string(d.day()) + "日";
}

}  // namespace

Language parse_language(const std::string& text) {
  if (text == "en") return Language::en;
  if (text == "zh" || text == "zh-CN" || text == "zh-Hans" || text == "zh-cn") return Language::zh;
  throw UsageError("invalid --lang \"" + text + "\": expected en or zh");
}

std::string language_tag(Language language) {
  return language == Language::zh ? "zh-cn" : "en";
}

std::string month_name(Language language, int month) {
  const auto i = static_cast<std::size_t>(month - 1);
  return language == Language::zh ? kMonthsZh.at(i) : kMonthsEn.at(i);
}

std::string month_short(Language language, int month) {
  if (language == Language::zh) return std::to_string(month) + "月";
  return std::string(kMonthsEn.at(static_cast<std::size_t>(month - 1))).substr(0, 3);
}

std::string month_initial(Language language, int month) {
  if (language == Language::zh) return std::to_string(month);
  return std::string(1, kMonthsEn.at(static_cast<std::size_t>(month - 1))[0]);
}

std::string grouped(long long value) {
  const std::string digits = std::to_string(std::llabs(value));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
}

std::string date_span(Language language, const core::Entry& entry) {
  if (!entry.date) return "";
  const auto day = [language](const core::Date& d) {
    return language == Language::zh ? day_zh(d) : day_en(d);
  };
  std::string out = day(*entry.date);
  if (entry.is_range()) {
    const core::Date& end = *entry.end;
    // "Jun 1 – 14" within one month reads better than repeating it.
    const bool same_month = end.year() == entry.date->year() &&
                            end.month() == entry.date->month() &&
                            end.precision() >= core::Date::Precision::day &&
                            entry.date->precision() >= core::Date::Precision::day;
    std::string tail = day(end);
    if (same_month)
      tail =
          language == Language::zh ? std::to_string(end.day()) + "日" : std::to_string(end.day());
    out += " – " + tail;
  }
  return out;
}

std::string status_mark(Language language, core::Status status) {
  switch (status) {
    case core::Status::planned:
      return language == Language::zh ? "（计划）" : " (planned)";
    case core::Status::cancelled:
      return language == Language::zh ? "（已取消）" : " (cancelled)";
    case core::Status::visited:
      break;
  }
  return "";
}

std::string word(Language language, Word w) {
  const bool zh = language == Language::zh;
  switch (w) {
    case Word::entries:
      return zh ? "条记录" : "entries";
    case Word::places:
      return zh ? "个地点" : "places";
    case Word::countries:
      return zh ? "个国家" : "countries";
    case Word::regions:
      return zh ? "个省州" : "regions";
    case Word::km:
      return zh ? "公里" : "km";
    case Word::days_away:
      return zh ? "天在外" : "days away";
    case Word::new_places:
      return zh ? "个新地点" : "new places";
    case Word::nights:
      return zh ? "晚" : "nights";
    case Word::statistics:
      return zh ? "统计" : "The year in numbers";
    case Word::timeline:
      return zh ? "时间线" : "Timeline";
    case Word::key:
      return zh ? "图例" : "Key";
    case Word::not_on_map:
      return zh ? "（不在地图上）" : " (not on the map)";
    case Word::km_per_month:
      return zh ? "每月公里数" : "km per month";
    case Word::days_per_month:
      return zh ? "每月在外天数" : "days away per month";
    case Word::route:
      return zh ? "按日期顺序的路线" : "route in date order";
    case Word::multi_day:
      return zh ? "多日停留" : "stay of several days";
    case Word::planned:
      return zh ? "计划" : "planned";
    case Word::cancelled:
      return zh ? "已取消" : "cancelled";
    case Word::month_colours:
      return zh ? "月份" : "month";
    case Word::home:
      return zh ? "家" : "home";
    case Word::furthest:
      return zh ? "最远" : "furthest";
    case Word::longest_stay:
      return zh ? "最长停留" : "longest stay";
  }
  return "";
}

std::string word_for(Language language, Word w, long long count) {
  if (language == Language::zh || count != 1) return word(language, w);
  switch (w) {
    case Word::entries:
      return "entry";
    case Word::places:
      return "place";
    case Word::countries:
      return "country";
    case Word::regions:
      return "region";
    case Word::days_away:
      return "day away";
    case Word::new_places:
      return "new place";
    case Word::nights:
      return "night";
    default:
      return word(language, w);
  }
}

std::string more_line(Language language, std::size_t count) {
  return language == Language::zh ? "……另有 " + std::to_string(count) + " 项"
                                  : "… and " + std::to_string(count) + " more";
}

}  // namespace footprint::render
