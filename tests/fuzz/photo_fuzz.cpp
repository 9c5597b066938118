// Fuzz target: the photo reader's Exif code. Any bytes, read as a JPEG file's head or as the Exif
// block of a HEIF file, give a PhotoError or facts a journal can hold (a position on the globe,
// a date the journal reads back), never a crash or a read outside the bytes.
#include <cstdint>
#include <sstream>
#include <string>

#include "core/date.hpp"
#include "core/import/photo_exif.hpp"
#include "fuzz_check.hpp"

namespace {

using footprint::core::import::PhotoError;
using footprint::core::import::PhotoFacts;

void check(const PhotoFacts& facts) {
  if (facts.position) {
    FUZZ_CHECK(facts.position->lat >= -90 && facts.position->lat <= 90 &&
                   facts.position->lon >= -180 && facts.position->lon <= 180,
               "a photo's position is on the globe");
  }
  if (facts.taken) {
    FUZZ_CHECK(footprint::core::Date::parse(facts.taken->text()) == *facts.taken,
               "a photo's time reads back as the journal reads dates");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    std::istringstream in(bytes);
    check(footprint::core::import::read_jpeg_facts(in));
  } catch (const PhotoError& e) {
    FUZZ_CHECK(e.what()[0] != '\0', "a photo's problem says what is wrong");
  }
  try {
    check(footprint::core::import::read_tiff_exif_facts(data, size));
  } catch (const PhotoError& e) {
    FUZZ_CHECK(e.what()[0] != '\0', "a photo's problem says what is wrong");
  }
  return 0;
}
