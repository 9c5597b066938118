#include "core/journal_entry_text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/user_text.hpp"

namespace footprint::core {
namespace {

// Deeper nesting and larger objects are read by the strict path: duplicate member names are found
// here by comparing each name with the others of its object.
constexpr std::size_t kMaxDepth = 16;
constexpr std::size_t kMaxMembers = 64;

// Member names seen in one object, to refuse a duplicate as parse_json_strict does.
class MemberNames {
 public:
  bool add(std::string_view name) {
    if (count_ == kMaxMembers) return false;
    for (std::size_t i = 0; i < count_; ++i) {
      if (names_[i] == name) return false;
    }
    names_[count_++] = name;
    return true;
  }

 private:
  std::array<std::string_view, kMaxMembers> names_;
  std::size_t count_ = 0;
};

// Bytes a string holds as they are, with nothing to check: printable ASCII but '"' and '\\'.
constexpr std::array<bool, 256> kPlainStringBytes = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

// A position read from the text; `numbers` counts its members (2 or 3 are valid).
struct Position {
  LonLat lon_lat;
  std::size_t numbers = 0;
};

// The "coordinates" of a geometry as the text has them, before its "type" (which may come later)
// says which form is right: one position, or an array of them.
struct Coordinates {
  bool present = false;
  bool nested = false;  // an array of positions, not numbers
  std::vector<LonLat> positions;
};

// A recursive descent over RFC 8259 JSON that accepts exactly what nlohmann's parser, with
// parse_json_strict's checks, accepts: it returns false at anything else, and the caller gives up.
class Reader {
 public:
  explicit Reader(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

  bool feature(Entry& entry);

 private:
  void skip_whitespace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }
  // Skips whitespace and takes `c` when it comes next.
  bool take(char c) {
    skip_whitespace();
    if (p_ == end_ || *p_ != c) return false;
    ++p_;
    return true;
  }
  bool next_is(char c) {
    skip_whitespace();
    return p_ < end_ && *p_ == c;
  }
  bool literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() ||
        std::string_view(p_, word.size()) != word) {
      return false;
    }
    p_ += word.size();
    return true;
  }

  bool string(std::string* out);
  bool unicode_escape(std::string* out);
  bool number(double* out);
  bool value(std::size_t depth);
  bool member_name(MemberNames& names, std::string_view& name);
  // Reads an object member by member: `member(name)` reads each value (or returns false).
  template <typename Member>
  bool object(std::size_t depth, Member&& member);
  bool string_array(std::vector<std::string>& out);
  bool position(Position& out);
  bool coordinates(Coordinates& out);
  bool geometry(Entry& entry);
  bool properties(Entry& entry);

  const char* p_;
  const char* end_;
};

// Strings as nlohmann reads them: no raw control characters, well-formed UTF-8 (RFC 3629),
// escapes as RFC 8259 lists them, \u surrogates only in pairs. Decoded into `out` when given.
bool Reader::string(std::string* out) {
  if (!take('"')) return false;
  const char* run = p_;  // start of the bytes not yet copied to `out`
  while (p_ < end_) {
    while (p_ < end_ && kPlainStringBytes[static_cast<unsigned char>(*p_)]) ++p_;
    if (p_ == end_) break;
    const auto c = static_cast<unsigned char>(*p_);
    if (c == '"') {
      if (out != nullptr) out->append(run, p_);
      ++p_;
      return true;
    }
    if (c < 0x20) return false;
    if (c == '\\') {
      if (out != nullptr) out->append(run, p_);
      if (++p_ == end_) return false;
      const char e = *p_++;
      if (e == 'u') {
        if (!unicode_escape(out)) return false;
      } else {
        const std::string_view kEscapes = "\"\\/bfnrt", kMeanings = "\"\\/\b\f\n\r\t";
        const std::size_t k = kEscapes.find(e);
        if (k == std::string_view::npos) return false;
        if (out != nullptr) *out += kMeanings[k];
      }
      run = p_;
    } else if (c < 0x80) {
      ++p_;
    } else {
      const std::string_view rest(p_, static_cast<std::size_t>(end_ - p_));
      const std::size_t n = utf8_sequence_length(rest, 0);
      if (n == 0) return false;
      p_ += n;
    }
  }
  return false;
}

// The four hex digits after "\u" (and a second escape for a surrogate pair), as UTF-8.
bool Reader::unicode_escape(std::string* out) {
  const auto hex4 = [this](std::uint32_t& cp) {
    if (end_ - p_ < 4) return false;
    const auto [ptr, ec] = std::from_chars(p_, p_ + 4, cp, 16);
    if (ec != std::errc() || ptr != p_ + 4) return false;
    p_ += 4;
    return true;
  };
  std::uint32_t cp = 0;
  if (!hex4(cp)) return false;
  if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate first
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    std::uint32_t low = 0;
    if (!literal("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
  }
  if (out == nullptr) return true;
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return true;
}

// A number as RFC 8259 writes it, -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, read as the
// nearest double. One the strict path refuses (beyond a double's range, or a non-zero number that
// would read as 0) is refused here too, as is one from_chars cannot read.
bool Reader::number(double* out) {
  skip_whitespace();
  const char* start = p_;
  const auto digits = [this] {
    const char* from = p_;
    while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    return p_ > from;
  };
  if (p_ < end_ && *p_ == '-') ++p_;
  if (p_ < end_ && *p_ == '0') {
    ++p_;
  } else if (!digits()) {
    return false;
  }
  bool nonzero = false;
  for (const char* d = start; d < p_; ++d) nonzero = nonzero || (*d >= '1' && *d <= '9');
  if (p_ < end_ && *p_ == '.') {
    ++p_;
    const char* fraction = p_;
    if (!digits()) return false;
    for (const char* d = fraction; d < p_; ++d) nonzero = nonzero || *d != '0';
  }
  if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
    ++p_;
    if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
    if (!digits()) return false;
  }
  double x = 0;
  const auto [ptr, ec] = std::from_chars(start, p_, x);
  if (ec != std::errc() || ptr != p_ || !std::isfinite(x) || (x == 0 && nonzero)) return false;
  if (out != nullptr) *out = x;
  return true;
}

// Any value, checked and skipped; `depth` counts the objects and arrays around it.
bool Reader::value(std::size_t depth) {
  skip_whitespace();
  if (p_ == end_) return false;
  switch (*p_) {
    case '"':
      return string(nullptr);
    case '{':
      return object(depth, [&](std::string_view) { return value(depth + 1); });
    case '[':
      ++p_;
      if (depth + 1 > kMaxDepth) return false;
      if (take(']')) return true;
      do {
        if (!value(depth + 1)) return false;
      } while (take(','));
      return take(']');
    case 't':
      return literal("true");
    case 'f':
      return literal("false");
    case 'n':
      return literal("null");
    default:
      return number(nullptr);
  }
}

// A member name and its colon. Names with escapes are left to the strict path, which compares
// them decoded.
bool Reader::member_name(MemberNames& names, std::string_view& name) {
  if (!next_is('"')) return false;
  const char* start = p_ + 1;
  if (!string(nullptr)) return false;
  name = std::string_view(start, static_cast<std::size_t>(p_ - 1 - start));
  if (name.find('\\') != std::string_view::npos) return false;
  return names.add(name) && take(':');
}

template <typename Member>
bool Reader::object(std::size_t depth, Member&& member) {
  if (!take('{') || depth + 1 > kMaxDepth) return false;
  if (take('}')) return true;
  MemberNames names;
  do {
    std::string_view name;
    if (!member_name(names, name) || !member(name)) return false;
  } while (take(','));
  return take('}');
}

bool Reader::string_array(std::vector<std::string>& out) {
  if (!take('[')) return false;
  if (take(']')) return true;
  do {
    out.emplace_back();
    if (!string(&out.back())) return false;
  } while (take(','));
  return take(']');
}

// [longitude, latitude] or [longitude, latitude, altitude], within range.
bool Reader::position(Position& out) {
  if (!take('[')) return false;
  double numbers[3] = {0, 0, 0};
  std::size_t n = 0;
  do {
    if (n == 3 || !number(&numbers[n])) return false;
    ++n;
  } while (take(','));
  if (!take(']') || n < 2) return false;
  out = {{numbers[0], numbers[1]}, n};
  return numbers[0] >= -180 && numbers[0] <= 180 && numbers[1] >= -90 && numbers[1] <= 90;
}

bool Reader::coordinates(Coordinates& out) {
  out.present = true;
  skip_whitespace();
  const char* open = p_;
  if (!take('[')) return false;
  out.nested = next_is('[');
  if (!out.nested) {
    p_ = open;  // the '[' was the position's own
    Position p;
    if (!position(p)) return false;
    out.positions.push_back(p.lon_lat);
    return true;
  }
  do {
    Position p;
    if (!position(p)) return false;
    out.positions.push_back(p.lon_lat);
  } while (take(','));
  return take(']');
}

// {"type": "Point", "coordinates": POSITION} or {"type": "LineString", "coordinates": [POSITION,
// POSITION, …]}, with any other members.
bool Reader::geometry(Entry& entry) {
  std::string type;
  bool has_type = false;
  Coordinates coords;
  const bool read = object(1, [&](std::string_view name) {
    if (name == "type") return has_type = string(&type);
    if (name == "coordinates") return coordinates(coords);
    return value(2);
  });
  if (!read || !has_type || !coords.present) return false;
  if (type == "Point" ? coords.nested
                      : type != "LineString" || !coords.nested || coords.positions.size() < 2) {
    return false;
  }
  entry.coordinates = std::move(coords.positions);
  return true;
}

// An id as validate_feature checks it. Printable ASCII but the space, as ids mostly are, holds no
// space, control or format character: only the others need id_problem's look-ups.
bool valid_id(std::string_view id) {
  for (const char c : id) {
    if (c <= ' ' || c >= '\x7F') return !id_problem(id);
  }
  return !id.empty();
}

// A date as validate_feature checks it: a string Date::parse takes.
bool date_of(const std::string& text, std::optional<Date>& out) {
  try {
    out = Date::parse(text);
    return true;
  } catch (const UsageError&) {
    return false;
  }
}

bool Reader::properties(Entry& entry) {
  const auto text_member = [&](std::string_view name) -> std::string* {
    if (name == "title") return &entry.title;
    if (name == "place") return &entry.place;
    if (name == "region") return &entry.region;
    if (name == "country") return &entry.country;
    if (name == "notes") return &entry.notes;
    if (name == "trip") return &entry.trip;
    return nullptr;
  };
  const bool read = object(1, [&](std::string_view name) {
    if (std::string* field = text_member(name)) return string(field);
    if (name == "date" || name == "end") {
      std::string text;
      return string(&text) && date_of(text, name == "date" ? entry.date : entry.end);
    }
    if (name == "tags") return string_array(entry.tags);
    if (name == "photos") {
      if (!string_array(entry.photos)) return false;
      return std::ranges::none_of(entry.photos, [](const std::string& photo) {
        return photo.empty() || user_text_problem(photo, TextLines::single);
      });
    }
    if (name == "status") {
      std::string text;
      if (!string(&text)) return false;
      if (text == "visited") return true;
      if (text == "planned") return (entry.status = Status::planned), true;
      if (text == "cancelled") return (entry.status = Status::cancelled), true;
      return false;
    }
    return value(2);
  });
  if (!read || (entry.end && !entry.date)) return false;
  return !(entry.date && entry.end && entry.end->last_day() < entry.date->first_day());
}

bool Reader::feature(Entry& entry) {
  bool is_feature = false, has_id = false, has_geometry = false;
  const bool read = object(0, [&](std::string_view name) {
    if (name == "type") {
      std::string type;
      return (is_feature = string(&type) && type == "Feature");
    }
    if (name == "id") return (has_id = string(&entry.id) && valid_id(entry.id));
    if (name == "geometry") return (has_geometry = geometry(entry));
    if (name == "properties") {
      skip_whitespace();
      return literal("null") || properties(entry);
    }
    return value(1);
  });
  skip_whitespace();
  return read && p_ == end_ && is_feature && has_id && has_geometry;
}

}  // namespace

bool read_entry_text(std::string_view text, Entry& entry) {
  // Emptied member by member: assigning Entry{} would give back the buffers.
  for (std::string* s : {&entry.id, &entry.title, &entry.place, &entry.region, &entry.country,
                         &entry.notes, &entry.trip}) {
    s->clear();
  }
  entry.coordinates.clear();
  entry.date.reset();
  entry.end.reset();
  entry.tags.clear();
  entry.photos.clear();
  entry.status = Status::visited;
  return Reader(text).feature(entry);
}

std::optional<Entry> read_entry_text(std::string_view text) {
  Entry entry;
  if (!read_entry_text(text, entry)) return std::nullopt;
  return entry;
}

}  // namespace footprint::core
