#include "core/text_fold.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "core/han_fold.hpp"

namespace footprint::core {
namespace {

struct Folding {
  char32_t code_point;
  const char* ascii;
};

constexpr Folding kFoldings[] = {
#include "core/text_fold_table.inc"
};

// Decodes one UTF-8 sequence at `pos`; returns U+FFFF for an invalid byte (which is skipped),
// and for an overlong form, a surrogate or a value past U+10FFFF, so that keys are valid UTF-8.
char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(s[pos++]);
  if (lead < 0x80) return lead;
  int extra = lead >= 0xF8 ? -1 : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
  if (extra < 0 || pos + static_cast<std::size_t>(extra) > s.size()) return 0xFFFF;
  char32_t cp = lead & (0x3F >> extra);
  for (int i = 0; i < extra; ++i) {
    const auto cont = static_cast<unsigned char>(s[pos]);
    if ((cont & 0xC0) != 0x80) return 0xFFFF;
    cp = (cp << 6) | (cont & 0x3F);
    ++pos;
  }
  constexpr char32_t kSmallest[] = {0, 0x80, 0x800, 0x10000};
  if (cp < kSmallest[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFF;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

const char* latin_fold(char32_t cp) {
  const auto* const it =
      std::lower_bound(std::begin(kFoldings), std::end(kFoldings), cp,
                       [](const Folding& f, char32_t c) { return f.code_point < c; });
  return it != std::end(kFoldings) && it->code_point == cp ? it->ascii : nullptr;
}

// Greek and Cyrillic capitals to lower case: the few non-Latin names GeoNames has here.
char32_t lower_other_script(char32_t cp) {
  if (cp >= 0x391 && cp <= 0x3A9) return cp + 0x20;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  return cp;
}

bool is_dropped(char32_t cp) {
  // Control characters, combining marks (decomposed accents), apostrophes of all kinds, dots and
  // the invalid marker. (Tabs and line feeds are separators, which are tested first.)
  return cp < 0x20 || cp == 0x7F || (cp >= 0x300 && cp <= 0x36F) || cp == '\'' || cp == '`' ||
         cp == '.' || cp == 0x2018 || cp == 0x2019 || cp == 0x2BB || cp == 0x2BC || cp == 0xB4 ||
         cp == 0xFFFF;
}

bool is_separator(char32_t cp) {
  return cp == ' ' || cp == '-' || cp == '_' || cp == '/' || cp == ',' || cp == '(' || cp == ')' ||
         cp == '\t' || cp == '\n' || cp == 0xA0 || cp == 0x2010 || cp == 0x2013 || cp == 0x2014 ||
         // middle dots and full-width forms of Chinese and Japanese transcriptions
         // (圣胡利娅·德洛里亚)
         cp == 0xB7 || cp == 0x30FB || cp == 0x3000 || cp == 0xFF0C || cp == 0xFF0D;
}

}  // namespace

std::string fold_key(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  bool han = false;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const char32_t cp = next_code_point(utf8, pos);
    if (is_separator(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (is_dropped(cp)) continue;
    if (pending_space) out += ' ';
    pending_space = false;
    if (cp < 0x80) {
      out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
    } else if (const char* ascii = latin_fold(cp)) {
      out += ascii;
    } else {
      append_utf8(out, lower_other_script(cp));
      han = han || is_han(cp);
    }
  }
  return han ? to_simplified_chinese(out) : out;
}

}  // namespace footprint::core
