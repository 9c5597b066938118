// Reading the Exif block of a HEIC/HEIF photo through libheif, opened with dlopen on the first
// such photo so that no other command loads libheif and the codecs it links.
#pragma once

#include <filesystem>

#include "core/import/photo_exif.hpp"

namespace footprint::core::import {

/// The facts of a HEIF file's primary image (no Exif block: no facts). Throws PhotoError when
/// the file cannot be read, or when libheif is not installed ("HEIC/HEIF photos are not
/// supported here: …").
PhotoFacts read_heif_facts(const std::filesystem::path& file);

}  // namespace footprint::core::import
