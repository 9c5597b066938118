#include "core/json_text.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <unordered_set>
#include <vector>

#include "core/error.hpp"
#include "core/user_text.hpp"

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
// keep what follows, which says what was wrong. It may quote the bytes last read ("last read:
// '"\xFF'"), which must not reach a terminal raw.
std::string reason_of(const std::string& what) {
  const auto column = what.find("column ");
  const auto colon = what.find(": ", column == std::string::npos ? 0 : column);
  if (colon != std::string::npos) return printable_text(what.substr(colon + 2));
  const auto bracket = what.find("] ");
  return printable_text(bracket == std::string::npos ? what : what.substr(bracket + 2));
}

// The number token starting at `start`, for messages; a long one is cut ("1234…").
std::string number_at(std::string_view text, std::size_t start) {
  std::size_t end = start;
  while (end < text.size() &&
         std::string_view("0123456789+-.eE").find(text[end]) != std::string_view::npos) {
    ++end;
  }
  const std::string_view number = text.substr(start, end - start);
  return number.size() <= 24 ? std::string(number) : std::string(number.substr(0, 24)) + "…";
}

// True when the mantissa of a JSON number (the digits before any exponent) is not all zeros.
bool has_nonzero_digit(std::string_view number) {
  const std::string_view mantissa = number.substr(0, number.find_first_of("eE"));
  return mantissa.find_first_of("123456789") != std::string_view::npos;
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

namespace {

// Builds a value from nlohmann's SAX events, checking what RFC 8259 leaves to implementations:
// depth, duplicate names, number range. nlohmann's callback parser would do the same, but in
// its version 3.11.2 it scans the whole parent array at the end of every object, which makes a
// journal of n entries take n² steps (a 50 MB journal spent seconds there).
class StrictBuilder {
 public:
  StrictBuilder(std::string_view text, const std::string& source, const char* const& cursor)
      : text_(text), source_(source), cursor_(cursor) {}

  Json take() { return std::move(root_); }

  bool null() { return scalar(nullptr); }
  bool boolean(bool b) { return scalar(b); }
  // Numbers are the doubles nearest to them, as GIS tools read them, and are written back as the
  // shortest text giving the same double (README, "Numbers"). -0 is kept as -0.0: as an integer
  // it would lose its sign.
  bool number_integer(Json::number_integer_t n) {
    if (n == 0 && text_[token_start(text_, offset())] == '-') return scalar(-0.0);
    return scalar(n);
  }
  bool number_unsigned(Json::number_unsigned_t n) { return scalar(n); }
  bool number_float(Json::number_float_t x, const Json::string_t& written) {
    if (!std::isfinite(x)) out_of_range();
    // 1e-400 reads as 0: writing it back would change it.
    if (x == 0 && has_nonzero_digit(written)) {
      const std::size_t start = token_start(text_, offset());
      fail_at(text_, source_, start,
              "number " + number_at(text_, start) +
                  " is too close to zero for a double (the smallest is 4.9e-324) and would be "
                  "written back as 0");
    }
    return scalar(x);
  }
  bool string(Json::string_t& s) { return scalar(std::move(s)); }
  bool binary(Json::binary_t& b) { return scalar(Json::binary(std::move(b))); }
  bool start_object(std::size_t) { return open(Json::object()); }
  bool start_array(std::size_t) { return open(Json::array()); }
  bool key(Json::string_t& name) {
    Frame& top = frames_.back();
    top.key = name;
    if (!top.keys.insert(name).second) {
      fail_at(text_, source_, token_start(text_, offset()),
              "duplicate member \"" + printable_text(name) + "\" at " +
                  printable_text(pointer_of(frames_)));
    }
    return true;
  }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t position, const std::string&, const Json::exception& e) {
    // 406 is a number too large for a double (1e999); the parser has just read it.
    if (e.id == 406) out_of_range();
    fail_at(text_, source_, position > 0 ? position - 1 : 0, reason_of(e.what()));
  }

 private:
  std::size_t offset() const { return static_cast<std::size_t>(cursor_ - text_.data()); }

  [[noreturn]] void out_of_range() const {
    const std::size_t start = token_start(text_, offset());
    fail_at(text_, source_, start,
            "number " + number_at(text_, start) +
                " is out of range: beyond the largest double (1.8e308), it cannot be kept");
  }

  // Puts a value where the parser stands: the root, the next array element or the current member.
  Json* add(Json value) {
    if (values_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Json& parent = *values_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    // key() has refused a duplicate name already: append, where operator[] would first search
    // the members one by one (an object of n members would take n² steps to read).
    auto& members = parent.get_ref<Json::object_t&>();
    members.emplace_back(frames_.back().key, std::move(value));
    return &members.back().second;
  }
  // An array's index names the element being read; it moves on once the element is complete.
  void element_done() {
    if (!frames_.empty() && frames_.back().is_array) ++frames_.back().index;
  }
  bool scalar(Json value) {
    add(std::move(value));
    element_done();
    return true;
  }
  bool open(Json empty) {
    if (frames_.size() >= kMaxJsonDepth) {
      fail_at(text_, source_, offset() - 1,
              "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    }
    Json* value = add(std::move(empty));
    frames_.push_back(Frame{value->is_array(), 0, {}, {}});
    values_.push_back(value);
    return true;
  }
  bool close() {
    frames_.pop_back();
    values_.pop_back();
    element_done();
    return true;
  }

  std::string_view text_;
  const std::string& source_;
  const char* const& cursor_;
  Json root_;
  std::vector<Frame> frames_;
  std::vector<Json*> values_;  // the open objects and arrays, innermost last
};

}  // namespace

Json parse_json_strict(std::string_view text, const std::string& source) {
  if (text.empty()) fail_at(text, source, 0, "the file is empty; a journal is a JSON object");
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
    fail_at(text, source, 0,
            "the file starts with a UTF-8 byte order mark (BOM), which JSON does not allow; "
            "save it as UTF-8 without BOM");
  }
  // UTF-16 (with or without its byte order mark) has a NUL in every ASCII character: say what
  // it is rather than report the first NUL.
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF") ||
      (text.size() >= 4 &&
       ((text[0] == '\0' && text[2] == '\0') || (text[1] == '\0' && text[3] == '\0')))) {
    fail_at(text, source, 0, "the file is UTF-16, which is not supported; save it as UTF-8");
  }
  // The JSON parser takes a NUL byte for the end of the text and would silently drop what
  // follows it; JSON allows none outside strings, and inside strings only escaped.
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    fail_at(text, source, nul, "syntax error: a NUL byte (0x00), which JSON does not allow");
  }
  const char* cursor = text.data();
  StrictBuilder builder(text, source, cursor);
  Json::sax_parse(TrackingIterator(text.data(), &cursor),
                  TrackingIterator(text.data() + text.size(), &cursor), &builder);
  return builder.take();
}

namespace {

// Records where the values at the wanted JSON pointers start in the text; builds no value.
class PointerLocator {
 public:
  PointerLocator(std::string_view text, const std::set<std::string>& wanted,
                 const char* const& cursor)
      : text_(text), wanted_(wanted), cursor_(cursor) {}

  std::map<std::string, std::size_t> take() { return std::move(found_); }

  bool null() { return scalar(); }
  bool boolean(bool) { return scalar(); }
  bool number_integer(Json::number_integer_t) { return scalar(); }
  bool number_unsigned(Json::number_unsigned_t) { return scalar(); }
  bool number_float(Json::number_float_t, const Json::string_t&) { return scalar(); }
  bool string(Json::string_t&) { return scalar(); }
  bool binary(Json::binary_t&) { return scalar(); }
  bool start_object(std::size_t) { return open(false); }
  bool start_array(std::size_t) { return open(true); }
  bool key(Json::string_t& name) {
    frames_.back().key = name;
    return true;
  }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  // NOLINTNEXTLINE(readability-convert-member-functions-to-static): one of nlohmann's SAX calls
  bool parse_error(std::size_t, const std::string&, const Json::exception&) { return false; }

 private:
  std::size_t offset() const { return static_cast<std::size_t>(cursor_ - text_.data()); }
  void record(std::size_t offset) {
    std::string p = pointer_of(frames_);
    if (wanted_.contains(p)) found_.emplace(std::move(p), offset);
  }
  void element_done() {
    if (!frames_.empty() && frames_.back().is_array) ++frames_.back().index;
  }
  bool scalar() {
    record(token_start(text_, offset()));
    element_done();
    return true;
  }
  bool open(bool is_array) {
    record(offset() - 1);  // the parser has just read the '{' or '['
    frames_.push_back(Frame{is_array, 0, {}, {}});
    return true;
  }
  bool close() {
    frames_.pop_back();
    element_done();
    return true;
  }

  std::string_view text_;
  const std::set<std::string>& wanted_;
  const char* const& cursor_;
  std::vector<Frame> frames_;
  std::map<std::string, std::size_t> found_;
};

}  // namespace

std::map<std::string, std::size_t> locate_pointers(std::string_view text,
                                                   const std::set<std::string>& pointers) {
  if (pointers.empty()) return {};
  const char* cursor = text.data();
  PointerLocator locator(text, pointers, cursor);
  Json::sax_parse(TrackingIterator(text.data(), &cursor),
                  TrackingIterator(text.data() + text.size(), &cursor), &locator);
  return locator.take();
}

namespace {

bool is_scalar_array(const Json& value) {
  return std::none_of(value.begin(), value.end(), [](const Json& v) { return v.is_structured(); });
}

// Writes scalars and member names as nlohmann's dump() does, through one serializer for the whole
// text: dump() makes a serializer, an output adapter and a string for every value, which for a
// track of a million positions is millions of allocations for nothing.
class CanonicalWriter {
 public:
  explicit CanonicalWriter(std::string& out)
      : out_(out),
        scalars_(nlohmann::detail::output_adapter<char, std::string>(out), ' ',
                 Json::error_handler_t::strict) {}

  void write(const Json& value, int indent) {
    if (value.is_object()) {
      if (value.empty()) {
        out_ += "{}";
        return;
      }
      out_ += '{';
      bool first = true;
      for (const auto& [key, member] : value.items()) {
        if (!first) out_ += ',';
        first = false;
        newline(indent + 2);
        scalars_.dump(Json(key), false, false, 0);
        out_ += ": ";
        write(member, indent + 2);
      }
      newline(indent);
      out_ += '}';
    } else if (value.is_array()) {
      if (value.empty()) {
        out_ += "[]";
        return;
      }
      const bool inline_array = is_scalar_array(value);
      out_ += '[';
      bool first = true;
      for (const Json& element : value) {
        if (!first) out_ += inline_array ? ", " : ",";
        first = false;
        if (!inline_array) newline(indent + 2);
        write(element, indent + 2);
      }
      if (!inline_array) newline(indent);
      out_ += ']';
    } else {
      scalars_.dump(value, false, false, 0);
    }
  }

 private:
  void newline(int n) {
    out_ += '\n';
    out_.append(static_cast<std::size_t>(n), ' ');
  }

  std::string& out_;
  nlohmann::detail::serializer<Json> scalars_;
};

}  // namespace

std::string to_canonical_json(const Json& value) {
  std::string out;
  CanonicalWriter(out).write(value, 0);
  out += '\n';
  return out;
}

}  // namespace footprint::core
