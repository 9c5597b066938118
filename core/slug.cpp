#include "core/slug.hpp"

#include "core/text_fold.hpp"

namespace footprint::core {

std::string slugify(std::string_view utf8, std::size_t max_length) {
  std::string slug;
  bool gap = false;
  for (char c : fold_key(utf8)) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum) {
      gap = !slug.empty();
      continue;
    }
    if (slug.size() + (gap ? 2 : 1) > max_length) break;
    if (gap) slug += '-';
    gap = false;
    slug += c;
  }
  return slug;
}

}  // namespace footprint::core
