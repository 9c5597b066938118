#include "core/journal_layout.hpp"

#include <algorithm>
#include <cstring>

namespace footprint::core {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::size_t pos() const { return pos_; }
  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }

  void skip_whitespace() {
    while (!at_end() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' ||
                         text_[pos_] == '\t')) {
      ++pos_;
    }
  }
  bool take(char c) {
    skip_whitespace();
    if (peek() != c) return false;
    ++pos_;
    return true;
  }

  // One value from here: a string, an object or array (to its matching bracket, strings
  // skipped), or a scalar (to the next delimiter). Only its extent is found.
  std::optional<TextSpan> value() {
    skip_whitespace();
    const std::size_t begin = pos_;
    std::size_t depth = 0;
    const char c = peek();
    if (c == '"') {
      if (!skip_string()) return std::nullopt;
    } else if (c == '{' || c == '[') {
      std::size_t open = 0;
      do {
        const char d = text_[pos_];
        if (d == '"') {
          if (!skip_string()) return std::nullopt;
          continue;
        }
        if (d == '{' || d == '[') depth = std::max(depth, ++open);
        if (d == '}' || d == ']') --open;
        ++pos_;
      } while (open > 0 && !at_end());
      if (open > 0) return std::nullopt;
    } else {
      while (!at_end() && std::string_view(",]} \n\r\t").find(text_[pos_]) == kNone) ++pos_;
      if (pos_ == begin) return std::nullopt;
    }
    return TextSpan{begin, pos_ - begin, depth};
  }

 private:
  // From an opening quote to just past its closing one: the first quote after it that an even
  // number of backslashes stands before. (memchr: strings are most of a journal's bytes.)
  bool skip_string() {
    const std::size_t open = pos_;
    for (std::size_t from = open + 1;;) {
      const auto* quote =
          static_cast<const char*>(std::memchr(text_.data() + from, '"', text_.size() - from));
      if (quote == nullptr) return false;
      const auto at = static_cast<std::size_t>(quote - text_.data());
      std::size_t backslashes = 0;
      while (at - backslashes - 1 > open && text_[at - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) {
        pos_ = at + 1;
        return true;
      }
      from = at + 1;
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

// The elements of an array whose '[' the scanner has just taken.
std::optional<std::vector<TextSpan>> array_elements(Scanner& s) {
  std::vector<TextSpan> elements;
  if (s.take(']')) return elements;
  do {
    const auto element = s.value();
    if (!element) return std::nullopt;
    elements.push_back(*element);
  } while (s.take(','));
  if (!s.take(']')) return std::nullopt;
  return elements;
}

}  // namespace

std::optional<JournalLayout> scan_journal_layout(std::string_view text) {
  Scanner s(text);
  JournalLayout layout;
  if (!s.take('{')) return std::nullopt;
  if (!s.take('}')) {
    do {
      s.skip_whitespace();
      if (s.peek() != '"') return std::nullopt;
      const auto name = s.value();
      if (!name || !s.take(':')) return std::nullopt;
      s.skip_whitespace();
      const std::size_t value_begin = s.pos();
      const bool features = text.substr(name->begin, name->size) == "\"features\"";
      if (features && s.peek() == '[') {
        s.take('[');
        layout.features = array_elements(s);
        if (!layout.features) return std::nullopt;
        layout.members.push_back({*name, TextSpan{value_begin, s.pos() - value_begin, 1}});
      } else {
        const auto value = s.value();
        if (!value) return std::nullopt;
        layout.members.push_back({*name, *value});
      }
    } while (s.take(','));
    if (!s.take('}')) return std::nullopt;
  }
  s.skip_whitespace();
  if (!s.at_end()) return std::nullopt;
  return layout;
}

}  // namespace footprint::core
