#include "core/import/csv_separator.hpp"

#include <gtest/gtest.h>

namespace footprint::core::import {
namespace {

TEST(CsvSeparator, TheMostFrequentOutsideQuotes) {
  EXPECT_EQ(csv_separator("lat,lon,name\n1,2,3"), ',');
  EXPECT_EQ(csv_separator("lat;lon;name,with comma\n"), ';');
  EXPECT_EQ(csv_separator("lat\tlon\tname\r\n"), '\t');
  EXPECT_EQ(csv_separator("\"a,b,c,d\"|lat|lon\n"), '|') << "commas inside quotes do not count";
  EXPECT_EQ(csv_separator("\"say \"\"hi,\"\"\"|x\n"), '|') << "doubled quotes stay inside";
  EXPECT_EQ(csv_separator("name\nx,y,z|w|v|u"), ',') << "only the first line: one column";
  EXPECT_EQ(csv_separator("a;b,c\n"), ',') << "ties: comma first";
  EXPECT_EQ(csv_separator(""), ',');
}

}  // namespace
}  // namespace footprint::core::import
