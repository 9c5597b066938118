#include "core/import/csv_separator.hpp"

#include <array>
#include <fstream>
#include <string>

namespace footprint::core::import {

char csv_separator(std::string_view header) {
  constexpr std::array<char, 4> kCandidates{',', ';', '\t', '|'};
  std::array<std::size_t, 4> counts{};
  bool quoted = false;
  for (char c : header) {
    if (c == '"') quoted = !quoted;  // a doubled quote inside quotes toggles twice: no change
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    for (std::size_t i = 0; i < kCandidates.size(); ++i) {
      if (c == kCandidates[i]) ++counts[i];
    }
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < kCandidates.size(); ++i) {
    if (counts[i] > counts[best]) best = i;
  }
  return kCandidates[best];
}

namespace {

std::string file_head(const std::filesystem::path& file, std::size_t bytes) {
  std::ifstream in(file, std::ios::binary);
  std::string head(bytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

}  // namespace

char csv_file_separator(const std::filesystem::path& file) {
  return csv_separator(file_head(file, std::size_t{64} * 1024));
}

bool csv_file_is_utf16(const std::filesystem::path& file) {
  const std::string head = file_head(file, 2);
  return head == "\xFF\xFE" || head == "\xFE\xFF";
}

}  // namespace footprint::core::import
