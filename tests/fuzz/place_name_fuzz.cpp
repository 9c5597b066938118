// Fuzz target: the folding of place names into the gazetteer's search keys (fold_key, place_key,
// PlaceQuery::parse), Chinese script folding with OpenCC included. A key is valid UTF-8 in one
// canonical form, so folding it again, or folding the text after converting it to Simplified
// Chinese, changes nothing.
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "core/han_fold.hpp"
#include "core/place_query.hpp"
#include "core/text_fold.hpp"
#include "core/user_text.hpp"
#include "fuzz_check.hpp"

namespace {

bool is_utf8(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = footprint::core::utf8_sequence_length(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace footprint::core;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::string key = fold_key(text);
  FUZZ_CHECK(is_utf8(key), "a key is valid UTF-8");
  FUZZ_CHECK(fold_key(key) == key, "folding a key again changes nothing");
  FUZZ_CHECK(key.empty() || (key.front() != ' ' && key.back() != ' '), "no space at either end");
  FUZZ_CHECK(key.find("  ") == std::string::npos, "spaces come one at a time");
  for (const char c : key) FUZZ_CHECK(c < 'A' || c > 'Z', "no ASCII capital letters");
  FUZZ_CHECK(to_simplified_chinese(key) == key, "Chinese in a key is Simplified");
  if (is_utf8(text)) {
    FUZZ_CHECK(fold_key(to_simplified_chinese(text)) == key,
               "Traditional and Simplified Chinese fold alike");
  }
  const std::string name = place_key(text);
  FUZZ_CHECK(place_key(name) == name || name + "\xE5\xB8\x82" == key,
             "a place key is the key without one trailing 市");
  try {
    const PlaceQuery q = PlaceQuery::parse(text);
    FUZZ_CHECK(!q.name_key.empty(), "a parsed query has a name");
    for (const std::string& k : q.qualifier_keys) FUZZ_CHECK(!k.empty(), "no empty qualifier");
  } catch (const footprint::UsageError&) {
    FUZZ_CHECK(place_key(text.substr(0, text.find(','))).empty(),
               "a query is refused only without a name before its first comma");
  }
  return 0;
}
