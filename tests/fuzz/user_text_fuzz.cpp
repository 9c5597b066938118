// Fuzz target: the check on text given for the journal. Whatever it accepts must be writable as
// JSON (nlohmann's strict UTF-8 check agrees, byte for byte) and read back the same.
#include <cstdint>
#include <string>

#include "core/json_text.hpp"
#include "core/user_text.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using footprint::core::Json;
  using footprint::core::TextLines;
  const std::string text(reinterpret_cast<const char*>(data), size);
  bool utf8 = true;
  for (std::size_t i = 0; i < text.size() && utf8;) {
    const std::size_t n = footprint::core::utf8_sequence_length(text, i);
    utf8 = n != 0;
    i += n;
  }
  std::string dumped;
  try {
    dumped = Json(text).dump(-1, ' ', false, Json::error_handler_t::strict);
  } catch (const Json::type_error&) {
    FUZZ_CHECK(!utf8, "text nlohmann cannot write as JSON is not valid UTF-8 for us either");
  }
  if (utf8)
    FUZZ_CHECK(Json::parse(dumped).get<std::string>() == text, "valid UTF-8 reads back the same");
  const auto multi = footprint::core::user_text_problem(text, TextLines::multiple);
  const auto single = footprint::core::user_text_problem(text, TextLines::single);
  FUZZ_CHECK(utf8 || (multi && single), "text that is not UTF-8 is refused");
  if (utf8 && multi) {
    FUZZ_CHECK(multi->starts_with("contains the control character"),
               "UTF-8 text is refused only for control characters");
  }
  if (!multi) {
    FUZZ_CHECK(!single || text.find_first_of("\n\t") != std::string::npos,
               "single-line text is multi-line text without line feeds and tabs");
  }
  return 0;
}
