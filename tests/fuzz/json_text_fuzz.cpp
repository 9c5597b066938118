// Fuzz target: the strict JSON layer. Any bytes are either refused with a line and column, or
// accepted as a value whose canonical text reads back to the same value and the same bytes, and
// whose every JSON pointer is found at the place in the text where its value starts. Messages
// never quote raw bytes.
#include <cstdint>
#include <set>
#include <string>

#include "core/error.hpp"
#include "core/json_text.hpp"
#include "core/user_text.hpp"
#include "fuzz_check.hpp"

namespace {

using footprint::core::Json;

// Every JSON pointer in a value, up to a bound that keeps one run fast.
void collect_pointers(const Json& v, const std::string& pointer, std::set<std::string>& out) {
  if (out.size() > 5000) return;
  out.insert(pointer);
  if (v.is_object()) {
    for (const auto& [key, member] : v.items()) {
      collect_pointers(member, pointer + "/" + footprint::core::pointer_token(key), out);
    }
  } else if (v.is_array()) {
    for (std::size_t i = 0; i < v.size(); ++i) {
      collect_pointers(v[i], pointer + "/" + std::to_string(i), out);
    }
  }
}

bool starts_like(const Json& v, char c) {
  switch (v.type()) {
    case Json::value_t::object:
      return c == '{';
    case Json::value_t::array:
      return c == '[';
    case Json::value_t::string:
      return c == '"';
    case Json::value_t::boolean:
      return c == 't' || c == 'f';
    case Json::value_t::null:
      return c == 'n';
    default:
      return c == '-' || (c >= '0' && c <= '9');
  }
}

void check_locations(const std::string& text, const Json& value) {
  std::set<std::string> pointers;
  collect_pointers(value, "", pointers);
  const auto found = footprint::core::locate_pointers(text, pointers);
  FUZZ_CHECK(found.size() == pointers.size(), "every pointer of a parsed text is located");
  for (const auto& [pointer, offset] : found) {
    FUZZ_CHECK(offset < text.size(), "a located value lies inside the text");
    FUZZ_CHECK(starts_like(value.at(Json::json_pointer(pointer)), text[offset]),
               "a pointer is located where its value starts");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  Json value;
  try {
    value = footprint::core::parse_json_strict(text, "fuzz");
  } catch (const footprint::JournalError& e) {
    FUZZ_CHECK(e.file() == "fuzz" && e.line() >= 1 && e.column() >= 1, "errors say where");
    FUZZ_CHECK(footprint::core::printable_text(e.what()) == e.what(),
               "messages quote no raw bytes, control or format characters");
    return 0;
  }
  const std::string canonical = footprint::core::to_canonical_json(value);
  Json again;
  try {
    again = footprint::core::parse_json_strict(canonical, "canonical");
  } catch (const footprint::JournalError&) {
    FUZZ_CHECK(false, "the canonical text of an accepted value is accepted");
  }
  FUZZ_CHECK(again == value, "the canonical text reads back to the same value");
  FUZZ_CHECK(footprint::core::to_canonical_json(again) == canonical,
             "the canonical text is stable");
  check_locations(text, value);
  return 0;
}
