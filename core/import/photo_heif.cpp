#include "core/import/photo_heif.hpp"

#include <dlfcn.h>
#include <libheif/heif.h>

#include <memory>
#include <string>
#include <vector>

namespace footprint::core::import {
namespace {

// An Exif block larger than this is not a photo's metadata.
constexpr std::size_t kMaxExifBytes = 16 << 20;

// The few libheif functions needed, found in the library opened on first use.
struct Heif {
  decltype(&heif_context_alloc) context_alloc = nullptr;
  decltype(&heif_context_free) context_free = nullptr;
  decltype(&heif_context_read_from_file) read_from_file = nullptr;
  decltype(&heif_context_get_primary_image_handle) primary_image = nullptr;
  decltype(&heif_image_handle_release) handle_release = nullptr;
  decltype(&heif_image_handle_get_list_of_metadata_block_IDs) metadata_ids = nullptr;
  decltype(&heif_image_handle_get_metadata_size) metadata_size = nullptr;
  decltype(&heif_image_handle_get_metadata) metadata = nullptr;
  std::string missing;  // why it could not be opened; empty when it was
};

template <typename F>
bool find(void* lib, const char* name, F& f) {
  f = reinterpret_cast<F>(::dlsym(lib, name));
  return f != nullptr;
}

Heif open_heif() {
  Heif h;
  void* lib = ::dlopen("libheif.so.1", RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    h.missing = "libheif (Debian package libheif1) is not installed";
    return h;
  }
  // The library stays loaded for the life of the process: it is opened once.
  if (!find(lib, "heif_context_alloc", h.context_alloc) ||
      !find(lib, "heif_context_free", h.context_free) ||
      !find(lib, "heif_context_read_from_file", h.read_from_file) ||
      !find(lib, "heif_context_get_primary_image_handle", h.primary_image) ||
      !find(lib, "heif_image_handle_release", h.handle_release) ||
      !find(lib, "heif_image_handle_get_list_of_metadata_block_IDs", h.metadata_ids) ||
      !find(lib, "heif_image_handle_get_metadata_size", h.metadata_size) ||
      !find(lib, "heif_image_handle_get_metadata", h.metadata)) {
    h.missing = "the installed libheif lacks functions footprint needs";
  }
  return h;
}

const Heif& heif() {
  static const Heif h = open_heif();
  return h;
}

void check(const heif_error& error) {
  if (error.code != heif_error_Ok) {
    throw PhotoError(std::string("libheif cannot read it: ") +
                     (error.message ? error.message : "unknown error"));
  }
}

}  // namespace

PhotoFacts read_heif_facts(const std::filesystem::path& file) {
  const Heif& h = heif();
  if (!h.missing.empty()) throw PhotoError("HEIC/HEIF photos are not supported here: " + h.missing);
  const auto free_context = [&h](heif_context* c) { h.context_free(c); };
  std::unique_ptr<heif_context, decltype(free_context)> context(h.context_alloc(), free_context);
  if (!context) throw PhotoError("out of memory reading a HEIF file");
  check(h.read_from_file(context.get(), file.c_str(), nullptr));
  heif_image_handle* raw_handle = nullptr;
  check(h.primary_image(context.get(), &raw_handle));
  const auto release = [&h](heif_image_handle* p) { h.handle_release(p); };
  std::unique_ptr<heif_image_handle, decltype(release)> handle(raw_handle, release);
  heif_item_id id = 0;
  if (h.metadata_ids(handle.get(), "Exif", &id, 1) < 1) return {};
  const std::size_t size = h.metadata_size(handle.get(), id);
  if (size > kMaxExifBytes) throw PhotoError("its Exif block is larger than 16 MiB");
  std::vector<unsigned char> block(size);
  check(h.metadata(handle.get(), id, block.data()));
  // HEIF's Exif item starts with the big-endian offset of the TIFF header after these 4 bytes.
  if (size < 4) throw PhotoError("its Exif block is damaged (shorter than 4 bytes)");
  const std::size_t offset = (std::size_t{block[0]} << 24) | (std::size_t{block[1]} << 16) |
                             (std::size_t{block[2]} << 8) | block[3];
  if (offset > size - 4) throw PhotoError("its Exif block is damaged (header offset outside it)");
  return read_tiff_exif_facts(block.data() + 4 + offset, size - 4 - offset);
}

}  // namespace footprint::core::import
