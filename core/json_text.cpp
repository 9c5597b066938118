#include "core/json_text.hpp"

#include <cmath>
#include <iterator>
#include <unordered_set>
#include <vector>

#include "core/error.hpp"

namespace footprint::core {
namespace {

// A char iterator that records, in a shared cursor, how far the parser has read. nlohmann's
// parser gives no positions to callbacks; this tells us where each event happened.
class TrackingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackingIterator(const char* p, const char** cursor) : p_(p), cursor_(cursor) {}
  reference operator*() const { return *p_; }
  TrackingIterator& operator++() {
    *cursor_ = ++p_;
    return *this;
  }
  TrackingIterator operator++(int) {
    TrackingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const TrackingIterator& other) const { return p_ == other.p_; }
  bool operator!=(const TrackingIterator& other) const { return p_ != other.p_; }

 private:
  const char* p_;
  const char** cursor_;
};

// Where the parser stands: one frame per open object or array.
struct Frame {
  bool is_array = false;
  std::size_t index = 0;                 // next element's index, for arrays
  std::string key;                       // current member name, for objects
  std::unordered_set<std::string> keys;  // member names seen, for duplicate detection
};

std::string pointer_of(const std::vector<Frame>& stack) {
  std::string p;
  for (const Frame& f : stack) {
    p += '/';
    p += f.is_array ? std::to_string(f.index) : pointer_token(f.key);
  }
  return p;
}

// Start of the token that ends just before `end`: a string (walk back to the unescaped opening
// quote) or a number/literal (walk back over its characters).
std::size_t token_start(std::string_view text, std::size_t end) {
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\r' ||
                     text[end - 1] == '\t' || text[end - 1] == ',' || text[end - 1] == ']' ||
                     text[end - 1] == '}')) {
    --end;  // a number is only known to end after reading one character past it
  }
  if (end == 0) return 0;
  std::size_t i = end - 1;
  if (text[i] == '"') {
    while (i > 0) {
      --i;
      if (text[i] != '"') continue;
      std::size_t slashes = 0;
      while (i > slashes && text[i - 1 - slashes] == '\\') ++slashes;
      if (slashes % 2 == 0) return i;
    }
    return 0;
  }
  while (i > 0 &&
         std::string_view("0123456789+-.eEtruefalsn").find(text[i - 1]) != std::string_view::npos) {
    --i;
  }
  return i;
}

// nlohmann's messages start "[json.exception.parse_error.101] parse error at line 1, column 2: ";
// keep what follows, which says what was wrong.
std::string reason_of(const std::string& what) {
  const auto column = what.find("column ");
  const auto colon = what.find(": ", column == std::string::npos ? 0 : column);
  if (colon != std::string::npos) return what.substr(colon + 2);
  const auto bracket = what.find("] ");
  return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

[[noreturn]] void fail_at(std::string_view text, const std::string& source, std::size_t offset,
                          const std::string& message) {
  const TextPosition pos = position_at(text, offset);
  throw JournalError(message, source, pos.line, pos.column);
}

}  // namespace

std::string pointer_token(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

TextPosition position_at(std::string_view text, std::size_t byte_offset) {
  TextPosition pos{1, 1};
  const std::size_t end = std::min(byte_offset, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // count characters, not UTF-8 continuation bytes
      ++pos.column;
    }
  }
  return pos;
}

Json parse_json_strict(std::string_view text, const std::string& source) {
  if (text.empty()) fail_at(text, source, 0, "the file is empty; a journal is a JSON object");
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
    fail_at(text, source, 0,
            "the file starts with a UTF-8 byte order mark (BOM), which JSON does not allow; "
            "save it as UTF-8 without BOM");
  }
  const char* cursor = text.data();
  std::vector<Frame> stack;
  auto advance_parent = [&stack] {
    if (!stack.empty() && stack.back().is_array) ++stack.back().index;
  };
  const Json::parser_callback_t callback = [&](int, Json::parse_event_t event, Json& parsed) {
    const std::size_t offset = static_cast<std::size_t>(cursor - text.data());
    switch (event) {
      case Json::parse_event_t::object_start:
      case Json::parse_event_t::array_start:
        if (stack.size() >= kMaxJsonDepth) {
          fail_at(text, source, offset - 1,
                  "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels");
        }
        stack.push_back(Frame{event == Json::parse_event_t::array_start, 0, {}, {}});
        break;
      case Json::parse_event_t::key: {
        Frame& top = stack.back();
        top.key = parsed.get<std::string>();
        if (!top.keys.insert(top.key).second) {
          fail_at(text, source, token_start(text, offset),
                  "duplicate member \"" + top.key + "\" at " + pointer_of(stack));
        }
        break;
      }
      case Json::parse_event_t::value:
        if (parsed.is_number_float() && !std::isfinite(parsed.get<double>())) {
          fail_at(text, source, token_start(text, offset), "number out of range");
        }
        advance_parent();
        break;
      case Json::parse_event_t::object_end:
      case Json::parse_event_t::array_end:
        stack.pop_back();
        advance_parent();
        break;
    }
    return true;
  };
  const TrackingIterator first(text.data(), &cursor);
  const TrackingIterator last(text.data() + text.size(), &cursor);
  try {
    return Json::parse(first, last, callback);
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    fail_at(text, source, offset, reason_of(e.what()));
  } catch (const nlohmann::json::out_of_range&) {
    // Only "number overflow" (e.g. 1e999) comes here; the parser had just read the number.
    const auto offset = static_cast<std::size_t>(cursor - text.data());
    fail_at(text, source, token_start(text, offset), "number out of range");
  }
}

std::map<std::string, std::size_t> locate_pointers(std::string_view text,
                                                   const std::set<std::string>& pointers) {
  std::map<std::string, std::size_t> found;
  if (pointers.empty()) return found;
  const char* cursor = text.data();
  std::vector<Frame> stack;
  auto record = [&](std::size_t offset) {
    std::string p = pointer_of(stack);
    if (pointers.count(p) != 0) found.emplace(std::move(p), offset);
  };
  const Json::parser_callback_t callback = [&](int, Json::parse_event_t event, Json& parsed) {
    const std::size_t offset = static_cast<std::size_t>(cursor - text.data());
    switch (event) {
      case Json::parse_event_t::object_start:
      case Json::parse_event_t::array_start:
        record(offset - 1);  // the parser has just read the '{' or '['
        stack.push_back(Frame{event == Json::parse_event_t::array_start, 0, {}, {}});
        break;
      case Json::parse_event_t::key:
        stack.back().key = parsed.get<std::string>();
        break;
      case Json::parse_event_t::value:
        record(token_start(text, offset));
        if (!stack.empty() && stack.back().is_array) ++stack.back().index;
        break;
      case Json::parse_event_t::object_end:
      case Json::parse_event_t::array_end:
        stack.pop_back();
        if (!stack.empty() && stack.back().is_array) ++stack.back().index;
        break;
    }
    return true;
  };
  const Json parsed =
      Json::parse(TrackingIterator(text.data(), &cursor),
                  TrackingIterator(text.data() + text.size(), &cursor), callback, false);
  (void)parsed;
  return found;
}

namespace {

bool is_scalar_array(const Json& value) {
  for (const Json& v : value) {
    if (v.is_structured()) return false;
  }
  return true;
}

void write_canonical(const Json& value, std::string& out, int indent) {
  auto newline = [&out](int n) {
    out += '\n';
    out.append(static_cast<std::size_t>(n), ' ');
  };
  if (value.is_object()) {
    if (value.empty()) {
      out += "{}";
      return;
    }
    out += '{';
    bool first = true;
    for (const auto& [key, member] : value.items()) {
      if (!first) out += ',';
      first = false;
      newline(indent + 2);
      out += Json(key).dump(-1, ' ', false, Json::error_handler_t::strict);
      out += ": ";
      write_canonical(member, out, indent + 2);
    }
    newline(indent);
    out += '}';
  } else if (value.is_array()) {
    if (value.empty()) {
      out += "[]";
      return;
    }
    const bool inline_array = is_scalar_array(value);
    out += '[';
    bool first = true;
    for (const Json& element : value) {
      if (!first) out += inline_array ? ", " : ",";
      first = false;
      if (!inline_array) newline(indent + 2);
      write_canonical(element, out, indent + 2);
    }
    if (!inline_array) newline(indent);
    out += ']';
  } else {
    out += value.dump(-1, ' ', false, Json::error_handler_t::strict);
  }
}

}  // namespace

std::string to_canonical_json(const Json& value) {
  std::string out;
  write_canonical(value, out, 0);
  out += '\n';
  return out;
}

}  // namespace footprint::core
