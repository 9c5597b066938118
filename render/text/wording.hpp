// The words of maps and posters in the reader's language (--lang en|zh): month names, headings,
// captions, status marks and numbers with thousands separators. Titles and notes stay as the person
// wrote them.
#pragma once

#include <string>

#include "core/entry.hpp"

namespace footprint::render {

enum class Language { en, zh };

/// "en" or "zh" (also "zh-CN", "zh-Hans"); throws UsageError naming --lang for anything else.
Language parse_language(const std::string& text);

/// The Pango language tag for text in this language (it picks CJK glyph shapes).
std::string language_tag(Language language);

/// "January" … / "一月" …; month is 1..12.
std::string month_name(Language language, int month);
/// "Jan" … / "1月" …
std::string month_short(Language language, int month);
/// "J" … for narrow chart axes / "1" … in Chinese.
std::string month_initial(Language language, int month);

/// 18400 -> "18,400" (both languages group by thousands with a comma).
std::string grouped(long long value);

/// "Jun 1", "Jun 1 – Aug 30", "Sep 2024" (a month-only date), "6月1日 – 8月30日" …
std::string date_span(Language language, const core::Entry& entry);

/// Marks after an entry that did not happen as visited: " (planned)", "（计划）" …; "" when
/// visited.
std::string status_mark(Language language, core::Status status);

/// Words the poster uses, by key.
enum class Word {
  entries,
  places,
  countries,
  regions,
  km,
  days_away,
  new_places,
  nights,
  statistics,
  timeline,
  key,
  not_on_map,
  km_per_month,
  days_per_month,
  route,
  multi_day,
  planned,
  cancelled,
  month_colours,
  home,
  furthest,
  longest_stay,
};
std::string word(Language language, Word word);

/// The caption for `count` of something: "1 place" but "2 places" in English (Chinese has one
/// form).
std::string word_for(Language language, Word word, long long count);

/// "… and 12 more" / "……另有 12 项"
std::string more_line(Language language, std::size_t count);

}  // namespace footprint::render
