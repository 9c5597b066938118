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
    : progress_(std::move(progress)), block_(kBlockBytes) {
  std::error_code ec;
  const auto status = std::filesystem::status(file, ec);
  if (std::filesystem::is_directory(status)) {
    throw IoError("cannot read " + file.string() + ": it is a folder");
  }
  // Opening a FIFO or a device would wait for a writer, or read forever.
  if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    throw IoError("cannot read " + file.string() + ": not a regular file");
  }
  file_.reset(std::fopen(file.c_str(), "rb"));
  if (!file_) {
    throw IoError("cannot read " + file.string() + ": " + std::strerror(errno));
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
