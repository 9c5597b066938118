#include "core/import/json_stream.hpp"

#include <cerrno>
#include <cstring>

#include "core/error.hpp"

namespace footprint::core::import {
namespace {

constexpr std::size_t kBlockBytes = 1 << 16;

}  // namespace

std::string StreamPosition::text() const {
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

JsonFileStream::JsonFileStream(const std::filesystem::path& file, Progress progress)
    : file_(std::fopen(file.c_str(), "rb")), progress_(std::move(progress)), block_(kBlockBytes) {
  if (!file_) {
    throw IoError("cannot read " + file.string() + ": " + std::strerror(errno));
  }
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) {
    throw IoError("cannot read " + file.string() + ": it is a folder");
  }
  const auto size = std::filesystem::file_size(file, ec);
  size_ = ec ? 0 : size;
}

bool JsonFileStream::refill() const {
  filled_ = std::fread(block_.data(), 1, block_.size(), file_.get());
  next_ = 0;
  bytes_read_ += filled_;
  if (progress_ && filled_ > 0) progress_(bytes_read_, size_);
  return filled_ > 0;
}

void JsonFileStream::advance() {
  const char c = block_[next_++];
  if (c == '\n') {
    ++position_.line;
    position_.column = 0;
  } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
    ++position_.column;  // a UTF-8 continuation byte is part of the character before it
  }
}

}  // namespace footprint::core::import
