// A JSON file read as a stream of characters for nlohmann_json's SAX parser: read in blocks,
// never held whole in memory, counting bytes (for progress) and lines and columns (for messages).
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace footprint::core::import {

/// Where the last character read stands: 1-based line and column (columns count UTF-8
/// characters, not bytes).
struct StreamPosition {
  std::size_t line = 1;
  std::size_t column = 0;
  /// "line 12, column 3"
  std::string text() const;
};

/// The characters of one file, read block by block.
class JsonFileStream {
 public:
  using Progress = std::function<void(std::uint64_t bytes_done, std::uint64_t bytes_total)>;

  /// Opens the file; throws IoError naming it when it cannot be read.
  JsonFileStream(const std::filesystem::path& file, Progress progress);

  /// An input iterator over the characters, for nlohmann::json::sax_parse(begin(), end(), …).
  class Iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    Iterator() = default;
    explicit Iterator(JsonFileStream* stream) : stream_(stream) {}
    const char& operator*() const { return stream_->block_[stream_->next_]; }
    Iterator& operator++() {
      stream_->advance();
      return *this;
    }
    void operator++(int) { stream_->advance(); }
    // Every iterator at the end of the file equals end(); the stream is read once, forwards.
    bool operator==(const Iterator& other) const { return at_end() == other.at_end(); }

   private:
    bool at_end() const { return stream_ == nullptr || stream_->at_end(); }
    JsonFileStream* stream_ = nullptr;
  };

  Iterator begin() { return Iterator(this); }
  // NOLINTNEXTLINE(readability-convert-member-functions-to-static): range-for calls it on us
  Iterator end() { return Iterator(); }

  /// The position of the character read last.
  const StreamPosition& position() const { return position_; }
  std::uint64_t size() const { return size_; }

 private:
  struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  bool at_end() const { return next_ >= filled_ && !refill(); }
  bool refill() const;
  void advance();

  std::unique_ptr<std::FILE, FileCloser> file_;
  Progress progress_;
  std::uint64_t size_ = 0;
  // The block read last and the next character in it: mutable, as refilling on demand is how
  // the const end-of-file test learns whether more is coming.
  mutable std::vector<char> block_;
  mutable std::size_t next_ = 0;
  mutable std::size_t filled_ = 0;
  mutable std::uint64_t bytes_read_ = 0;
  StreamPosition position_;
};

}  // namespace footprint::core::import
