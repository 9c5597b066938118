#include "core/user_text.hpp"

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

}  // namespace

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
