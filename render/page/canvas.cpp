#include "render/page/canvas.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <sys/mman.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/error.hpp"
#include "render/page/png_writer.hpp"

namespace footprint::render {
namespace {

void check(cairo_status_t status, const std::string& what) {
  if (status != CAIRO_STATUS_SUCCESS) throw IoError(what + ": " + cairo_status_to_string(status));
}

// A raster page in memory mapped and faulted in with one call (MAP_POPULATE): touching a
// 2000×1200 page a 4 KiB page at a time cost about 2,300 page faults, a tenth of a render.
cairo_surface_t* create_image_surface(int width, int height) {
  const int stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, width);
  if (stride <= 0 || width <= 0 || height <= 0)
    return cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  const std::size_t bytes = static_cast<std::size_t>(stride) * static_cast<std::size_t>(height);
  void* data = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
  if (data == MAP_FAILED) return cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_t* surface = cairo_image_surface_create_for_data(
      static_cast<unsigned char*>(data), CAIRO_FORMAT_ARGB32, width, height, stride);
  struct Mapping {
    void* data;
    std::size_t bytes;
  };
  static const cairo_user_data_key_t key{};
  auto* mapping = new Mapping{data, bytes};
  const auto release = [](void* p) {
    auto* m = static_cast<Mapping*>(p);
    munmap(m->data, m->bytes);
    delete m;
  };
  if (cairo_surface_set_user_data(surface, &key, mapping, release) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    release(mapping);
    return cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  }
  return surface;
}

// Cairo draws images of at most 32767 pixels a side; a page of A1 at 2400 dpi would also want
// 17 GB. Refused up front, naming what to change, rather than failing or swapping mid-way.
void check_raster_size(const std::filesystem::path& path, const PageSize& size) {
  constexpr int kMaxSide = 32767;
  constexpr double kMaxPixels = 400e6;  // 1.6 GB of ARGB
  const int w = size.width_px(), h = size.height_px();
  if (w < 1 || h < 1 || w > kMaxSide || h > kMaxSide || double(w) * double(h) > kMaxPixels) {
    throw UsageError(
        path.string() + ": a PNG of " + std::to_string(w) + " x " + std::to_string(h) +
        " pixels at " + std::to_string(static_cast<int>(size.dpi)) +
        " dpi is too large (at most 32767 a side and 400 million in all); lower --dpi");
  }
}

}  // namespace

OutputFormat format_for(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".png") return OutputFormat::png;
  if (ext == ".svg") return OutputFormat::svg;
  if (ext == ".pdf") return OutputFormat::pdf;
  throw UsageError("cannot tell the format of \"" + path.string() + "\": use .png, .svg or .pdf");
}

Canvas::Canvas(const std::filesystem::path& path, const PageSize& size)
    : path_(path), temp_path_(path.string() + ".tmp"), size_(size), format_(format_for(path)) {
  switch (format_) {
    case OutputFormat::png:
      check_raster_size(path, size);
      // The file is written at the end: make sure now that it can be, before anything is drawn.
      if (std::FILE* probe = std::fopen(temp_path_.c_str(), "wb")) {
        std::fclose(probe);
      } else {
        throw IoError("cannot write " + path.string() + ": " + std::strerror(errno));
      }
      surface_.reset(create_image_surface(size.width_px(), size.height_px()));
      break;
    case OutputFormat::svg:
      surface_.reset(cairo_svg_surface_create(temp_path_.c_str(), size.width_pt, size.height_pt));
      // Points, not pixels, so the SVG's physical size is the page's.
      cairo_svg_surface_set_document_unit(surface_.get(), CAIRO_SVG_UNIT_PT);
      break;
    case OutputFormat::pdf:
      surface_.reset(cairo_pdf_surface_create(temp_path_.c_str(), size.width_pt, size.height_pt));
      // A fixed date instead of "now": the same map gives the same bytes.
      cairo_pdf_surface_set_metadata(surface_.get(), CAIRO_PDF_METADATA_CREATE_DATE,
                                     "2000-01-01T00:00:00Z");
      cairo_pdf_surface_set_metadata(surface_.get(), CAIRO_PDF_METADATA_CREATOR, "footprint");
      break;
  }
  check(cairo_surface_status(surface_.get()), "cannot create " + path.string());
  cr_.reset(cairo_create(surface_.get()));
  check(cairo_status(cr_.get()), "cannot draw on " + path.string());
  if (format_ == OutputFormat::png) cairo_scale(cr_.get(), size.dpi / 72.0, size.dpi / 72.0);
}

Canvas::~Canvas() {
  if (finished_) return;
  cr_.reset();
  if (surface_ && format_ != OutputFormat::png) cairo_surface_finish(surface_.get());
  surface_.reset();
  std::error_code ignored;
  std::filesystem::remove(temp_path_, ignored);
}

void Canvas::finish() {
  check(cairo_status(cr_.get()), "drawing " + path_.string() + " failed");
  cr_.reset();
  if (format_ == OutputFormat::png) {
    write_png(surface_.get(), temp_path_);
  } else {
    cairo_surface_finish(surface_.get());
    check(cairo_surface_status(surface_.get()), "cannot write " + path_.string());
  }
  surface_.reset();
  std::error_code ec;
  std::filesystem::rename(temp_path_, path_, ec);
  if (ec) throw IoError("cannot write " + path_.string() + ": " + ec.message());
  finished_ = true;
}

}  // namespace footprint::render
