#include "core/han_fold.hpp"

#include <opencc.h>

#include <memory>

#include "core/error.hpp"

namespace footprint::core {
namespace {

constexpr std::string_view kCitySuffix = "\xE5\xB8\x82";  // 市

// One OpenCC converter, opened on first use and shared: Converter::Convert does not change it.
class OpenCc {
 public:
  explicit OpenCc(const char* config) : handle_(opencc_open(config)) {
    if (handle_ == reinterpret_cast<opencc_t>(-1)) {
      throw IoError(std::string("OpenCC cannot load its ") + config +
                    " (Chinese script folding): install libopencc-data (scripts/setup does)");
    }
  }
  OpenCc(const OpenCc&) = delete;
  OpenCc& operator=(const OpenCc&) = delete;
  ~OpenCc() { opencc_close(handle_); }

  std::string convert(std::string_view utf8) const {
    const std::unique_ptr<char, decltype(&opencc_convert_utf8_free)> out(
        opencc_convert_utf8(handle_, utf8.data(), utf8.size()), &opencc_convert_utf8_free);
    if (!out) throw IoError(std::string("OpenCC could not convert: ") + opencc_error());
    return out.get();
  }

 private:
  opencc_t handle_;
};

// Decodes the code point starting at `pos` of valid UTF-8 and moves past it.
char32_t decode(std::string_view s, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(s[pos++]);
  const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
  char32_t cp = extra == 0 ? lead : lead & (0x3F >> extra);
  for (int i = 0; i < extra && pos < s.size(); ++i) cp = (cp << 6) | (s[pos++] & 0x3F);
  return cp;
}

bool has_han(std::string_view utf8) {
  for (std::size_t pos = 0; pos < utf8.size();) {
    if (is_han(decode(utf8, pos))) return true;
  }
  return false;
}

// OpenCC reads its input as valid UTF-8; anything else is left alone rather than handed over.
bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const std::size_t n = lead < 0x80                    ? 1
                          : lead >= 0xC2 && lead <= 0xDF ? 2
                          : lead >= 0xE0 && lead <= 0xEF ? 3
                          : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                         : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    std::size_t pos = i;
    const char32_t cp = decode(s, pos);
    const char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < smallest[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n;
  }
  return true;
}

std::string convert(std::string_view utf8, const OpenCc& (*converter)()) {
  if (!has_han(utf8) || !is_valid_utf8(utf8)) return std::string(utf8);
  return converter().convert(utf8);
}

const OpenCc& t2s() {
  static const OpenCc converter("t2s.json");
  return converter;
}

const OpenCc& s2t() {
  static const OpenCc converter("s2t.json");
  return converter;
}

}  // namespace

bool is_han(char32_t cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F);
}

std::string to_simplified_chinese(std::string_view utf8) {
  return convert(utf8, &t2s);
}

std::string to_traditional_chinese(std::string_view utf8) {
  return convert(utf8, &s2t);
}

std::string_view without_city_suffix(std::string_view key) {
  if (key.size() > kCitySuffix.size() && key.ends_with(kCitySuffix)) {
    return key.substr(0, key.size() - kCitySuffix.size());
  }
  return key;
}

}  // namespace footprint::core
