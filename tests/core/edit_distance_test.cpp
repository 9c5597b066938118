// Tests core/edit_distance.cpp.
#include "core/edit_distance.hpp"

#include <gtest/gtest.h>

namespace footprint::core {
namespace {

TEST(EditDistance, CountsEdits) {
  EXPECT_EQ(edit_distance("calgary", "calgary", 3), 0u);
  EXPECT_EQ(edit_distance("calgray", "calgary", 3), 1u);   // transposition
  EXPECT_EQ(edit_distance("edmontn", "edmonton", 3), 1u);  // insertion
  EXPECT_EQ(edit_distance("vancuver", "vancouver", 3), 1u);
  EXPECT_EQ(edit_distance("kitten", "sitting", 3), 3u);
  EXPECT_EQ(edit_distance("", "abc", 3), 3u);
}

TEST(EditDistance, StopsPastTheLimit) {
  EXPECT_EQ(edit_distance("amsterdam", "rotterdam", 1), 2u);
  EXPECT_EQ(edit_distance("a", "abcdef", 2), 3u);
}

}  // namespace
}  // namespace footprint::core
