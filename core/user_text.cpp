#include "core/user_text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace footprint::core {
namespace {

bool in(unsigned char c, unsigned char low, unsigned char high) {
  return c >= low && c <= high;
}

std::string hex(unsigned value, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*X", digits, value);
  return buf;
}

struct CategoryRange {
  char32_t first;
  char32_t last;
  const char* category;
};

constexpr CategoryRange kInvisible[] = {
#include "core/invisible_characters.inc"
};

// The code point of the well-formed sequence of `n` bytes at text[i].
char32_t decode(std::string_view text, std::size_t i, std::size_t n) {
  static constexpr unsigned char kLeadMask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t cp = static_cast<unsigned char>(text[i]) & kLeadMask[n];
  for (std::size_t k = 1; k < n; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  return cp;
}

std::string describe(std::string_view category) {
  if (category == "Zs") return "a space";
  if (category == "Zl") return "a line separator";
  if (category == "Zp") return "a paragraph separator";
  if (category == "Cc") return "a control character";
  return "an invisible format character";
}

}  // namespace

std::optional<std::string_view> invisible_category(char32_t code_point) {
  const auto* it =
      std::upper_bound(std::begin(kInvisible), std::end(kInvisible), code_point,
                       [](char32_t cp, const CategoryRange& r) { return cp < r.first; });
  if (it == std::begin(kInvisible) || code_point > std::prev(it)->last) return std::nullopt;
  return std::prev(it)->category;
}

std::optional<std::string> id_problem(std::string_view id) {
  if (id.empty()) return "an id must not be empty";
  for (std::size_t i = 0; i < id.size();) {
    const std::size_t n = utf8_sequence_length(id, i);
    if (n == 0) {
      return "an id must be UTF-8; byte 0x" + hex(static_cast<unsigned char>(id[i]), 2) +
             " at offset " + std::to_string(i) + " is not";
    }
    const char32_t cp = decode(id, i, n);
    if (const auto category = invisible_category(cp)) {
      return "an id must not hold spaces, control or format characters; U+" + hex(cp, 4) +
             " at offset " + std::to_string(i) + " is " + describe(*category);
    }
    i += n;
  }
  return std::nullopt;
}

std::string printable_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_sequence_length(text, i);
    if (n == 0) {
      out += "\\x" + hex(static_cast<unsigned char>(text[i]), 2);
      ++i;
      continue;
    }
    const char32_t cp = decode(text, i, n);
    const auto category =
        cp == '\n' || cp == '\t' || cp == ' ' ? std::nullopt : invisible_category(cp);
    if (!category || *category == "Zs") {
      out.append(text.substr(i, n));  // a space is seen as a space, whichever it is
    } else if (cp < 0x80) {
      out += "\\x" + hex(cp, 2);
    } else {
      out += "\\u" + hex(cp, 4);
    }
    i += n;
  }
  return out;
}

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  auto at = [&](std::size_t k) -> unsigned char {
    return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
  };
  const unsigned char b = at(0);
  if (i >= text.size()) return 0;
  if (b < 0x80) return 1;
  // The ranges of the second byte are what rule out overlong forms, surrogates and > U+10FFFF.
  if (in(b, 0xC2, 0xDF)) return in(at(1), 0x80, 0xBF) ? 2 : 0;
  if (in(b, 0xE0, 0xEF)) {
    const unsigned char low = b == 0xE0 ? 0xA0 : 0x80, high = b == 0xED ? 0x9F : 0xBF;
    return in(at(1), low, high) && in(at(2), 0x80, 0xBF) ? 3 : 0;
  }
  if (in(b, 0xF0, 0xF4)) {
    const unsigned char low = b == 0xF0 ? 0x90 : 0x80, high = b == 0xF4 ? 0x8F : 0xBF;
    return in(at(1), low, high) && in(at(2), 0x80, 0xBF) && in(at(3), 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

std::optional<std::string> user_text_problem(std::string_view text, TextLines lines) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_sequence_length(text, i);
    if (n == 0) {
      return "is not valid UTF-8 (byte 0x" + hex(static_cast<unsigned char>(text[i]), 2) +
             " at offset " + std::to_string(i) + "); footprint takes text as UTF-8";
    }
    std::uint32_t cp = static_cast<unsigned char>(text[i]);
    if (n == 2) cp = ((cp & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
    const bool allowed_space = lines == TextLines::multiple && (cp == '\n' || cp == '\t');
    if ((cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) && !allowed_space) {
      return "contains the control character U+" + hex(cp, 4) + " (at offset " + std::to_string(i) +
             "); only notes may hold line breaks and tabs";
    }
    i += n;
  }
  return std::nullopt;
}

}  // namespace footprint::core
