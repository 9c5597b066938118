#include "render/style/installed_fonts.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <memory>
#include <string>

namespace footprint::render {
namespace {

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool is_generic_family(std::string_view family) {
  static constexpr std::array<std::string_view, 9> kGeneric = {
      "sans-serif", "serif",   "monospace", "sans", "system-ui",
      "cursive",    "fantasy", "emoji",     "math"};
  const std::string lower = lowercase(family);
  return std::find(kGeneric.begin(), kGeneric.end(), lower) != kGeneric.end();
}

bool fontconfig_lists(const std::string& family) {
  struct Deleter {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
    void operator()(FcObjectSet* s) const { FcObjectSetDestroy(s); }
    void operator()(FcFontSet* s) const { FcFontSetDestroy(s); }
  };
  const std::unique_ptr<FcPattern, Deleter> pattern(FcPatternCreate());
  if (!pattern) return false;
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  const std::unique_ptr<FcObjectSet, Deleter> objects(FcObjectSetBuild(FC_FAMILY, nullptr));
  const std::unique_ptr<FcFontSet, Deleter> fonts(
      FcFontList(nullptr, pattern.get(), objects.get()));
  return fonts && fonts->nfont > 0;
}

}  // namespace

bool font_family_installed(std::string_view family) {
  if (family.empty() || family.find('\0') != std::string_view::npos) return false;
  if (is_generic_family(family)) return true;
  // Asked once per family and process: a style names the same few families many times.
  static std::map<std::string, bool> known;
  const std::string key(family);
  const auto it = known.find(key);
  if (it != known.end()) return it->second;
  const bool installed = fontconfig_lists(key);
  known.emplace(key, installed);
  return installed;
}

}  // namespace footprint::render
