#include "core/han_fold.hpp"

#include <opencc.h>

#include <algorithm>
#include <memory>
#include <optional>

#include "core/error.hpp"
#include "core/user_text.hpp"

namespace footprint::core {
namespace {

constexpr std::string_view kCitySuffix = "\xE5\xB8\x82";  // 市

// One OpenCC converter, opened on first use and shared: Converter::Convert does not change it.
class OpenCc {
 public:
  explicit OpenCc(const char* config) : handle_(opencc_open(config)) {
    // NOLINTNEXTLINE(performance-no-int-to-ptr): OpenCC's C API reports failure as (opencc_t)-1
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

const OpenCc& t2s() {
  static const OpenCc converter("t2s.json");
  return converter;
}

const OpenCc& s2t() {
  static const OpenCc converter("s2t.json");
  return converter;
}

// The code points of valid UTF-8 in order; nullopt for text that is not valid UTF-8, which
// OpenCC is not given.
std::optional<std::u32string> code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) return std::nullopt;
    char32_t cp = n == 1 ? static_cast<unsigned char>(s[i]) : s[i] & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    out += cp;
    i += n;
  }
  return out;
}

// Text without Han characters is returned as it is, without loading OpenCC. OpenCC answers with
// a C string, so text holding NUL bytes is converted a piece between them at a time.
std::string convert(std::string_view utf8, const OpenCc& (*converter)()) {
  const auto cps = code_points(utf8);
  if (!cps || std::none_of(cps->begin(), cps->end(), is_han)) return std::string(utf8);
  std::string out;
  for (std::size_t start = 0; start <= utf8.size();) {
    const std::size_t nul = std::min(utf8.find('\0', start), utf8.size());
    out += converter().convert(utf8.substr(start, nul - start));
    if (nul < utf8.size()) out += '\0';
    start = nul + 1;
  }
  return out;
}

}  // namespace

bool is_han(char32_t cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F);
}

bool is_all_han(std::string_view utf8) {
  const auto cps = code_points(utf8);
  return cps && !cps->empty() && std::all_of(cps->begin(), cps->end(), is_han);
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
