// Where and when a photo was taken, from its Exif block, read with libexif: the GPS position
// (with its N/S/E/W references) and DateTimeOriginal (with OffsetTimeOriginal when present).
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>

#include "core/date.hpp"
#include "core/entry.hpp"
#include "core/error.hpp"

namespace footprint::core::import {

/// A photo whose Exif data cannot be read: not a JPEG, truncated, damaged.
class PhotoError : public Error {
 public:
  using Error::Error;
};

/// What a photo's Exif data says. No position when the photo has no GPS fix (no GPS tags, a
/// GPSStatus of "V" (void), or the 0,0 some cameras write without a fix).
struct PhotoFacts {
  std::optional<LonLat> position;
  /// DateTimeOriginal as local time ("2024-05-17T14:30:05", with "+10:00" when
  /// OffsetTimeOriginal says it); else the GPS date and time, which are UTC ("…Z").
  std::optional<Date> taken;
};

/// Reads a JPEG stream from its start up to the end of its Exif block, and no further: the image
/// data is never read. Throws PhotoError when the stream is not a JPEG, ends inside its header
/// segments, or holds Exif data too damaged to give a position it claims to have.
PhotoFacts read_jpeg_facts(std::istream& in);

/// The facts of an Exif block as HEIF stores it: the TIFF header ("MM\0*" or "II*\0") and what
/// follows. Throws PhotoError when it is damaged.
PhotoFacts read_tiff_exif_facts(const unsigned char* data, std::size_t size);

}  // namespace footprint::core::import
