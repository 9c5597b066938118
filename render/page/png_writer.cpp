#include "render/page/png_writer.hpp"

#include <png.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "core/error.hpp"

namespace footprint::render {
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// Cairo keeps premultiplied native-endian ARGB; PNG wants straight RGB(A) bytes.
void unpremultiply_row(const unsigned char* in, unsigned char* out, int width, bool has_alpha,
                       int channels) {
  const auto* pixels = reinterpret_cast<const std::uint32_t*>(in);
  for (int x = 0; x < width; ++x) {
    const std::uint32_t p = pixels[x];
    const unsigned a = has_alpha ? (p >> 24) & 0xff : 0xff;
    unsigned r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
    if (a != 0 && a != 0xff) {
      r = (r * 255 + a / 2) / a;
      g = (g * 255 + a / 2) / a;
      b = (b * 255 + a / 2) / a;
    }
    unsigned char* o = out + static_cast<std::ptrdiff_t>(channels) * x;
    o[0] = static_cast<unsigned char>(r);
    o[1] = static_cast<unsigned char>(g);
    o[2] = static_cast<unsigned char>(b);
    if (channels == 4) o[3] = static_cast<unsigned char>(a);
  }
}

// A page painted edge to edge has no transparent pixel; its PNG then needs no alpha channel,
// which makes it a tenth smaller and quicker to compress.
bool opaque(const unsigned char* data, int width, int height, int stride) {
  for (int y = 0; y < height; ++y) {
    const auto* pixels =
        reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
    for (int x = 0; x < width; ++x) {
      if ((pixels[x] >> 24) != 0xff) return false;
    }
  }
  return true;
}

}  // namespace

void write_png(cairo_surface_t* surface, const std::filesystem::path& path) {
  cairo_surface_flush(surface);
  const int width = cairo_image_surface_get_width(surface);
  const int height = cairo_image_surface_get_height(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  const bool has_alpha = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32 &&
                         !opaque(data, width, height, stride);
  const int channels = has_alpha ? 4 : 3;
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "wb"));
  if (!file) throw IoError("cannot write " + path.string());
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!png || !info) {
    png_destroy_write_struct(&png, nullptr);
    throw IoError("cannot write " + path.string() + ": out of memory");
  }
  std::vector<unsigned char> row(static_cast<std::size_t>(width) * 4);
  // libpng reports errors by longjmp; nothing with a destructor is created after this point.
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    throw IoError("cannot write " + path.string());
  }
  png_init_io(png, file.get());
  png_set_compression_level(png, 3);
  // One cheap filter instead of trying all five per row: most of the speed, little of the size.
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
               has_alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
  png_write_info(png, info);
  for (int y = 0; y < height; ++y) {
    unpremultiply_row(data + static_cast<std::ptrdiff_t>(y) * stride, row.data(), width, has_alpha,
                      channels);
    png_write_row(png, row.data());
  }
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
  if (std::fflush(file.get()) != 0) throw IoError("cannot write " + path.string());
}

}  // namespace footprint::render
