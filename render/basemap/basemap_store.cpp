#include "render/basemap/basemap_store.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>

#include "core/error.hpp"

namespace footprint::render {
namespace {

constexpr char kMagic[8] = {'F', 'P', 'B', 'A', 'S', 'E', 'M', 'P'};
constexpr std::size_t kNameSize = 24;

struct FileHeader {
  char magic[8];
  std::uint32_t version;
  std::uint32_t layer_count;
};
struct LayerEntry {
  char name[kNameSize];
  std::uint32_t kind;
  std::uint32_t reserved;
  std::uint64_t offset;
};
struct SectionHeader {
  std::uint32_t features;
  std::uint32_t parts;
  std::uint32_t points;
  std::uint32_t reserved;
};
struct FeatureRecord {
  float west, south, east, north;
  std::uint32_t first_part;
  std::uint32_t part_count;
};
struct PartRecord {
  std::uint32_t first_point;
  std::uint32_t point_count;
};
struct PointRecord {
  float lon, lat;
};
static_assert(sizeof(FileHeader) == 16 && sizeof(LayerEntry) == 40 && sizeof(SectionHeader) == 16);
static_assert(sizeof(FeatureRecord) == 24 && sizeof(PartRecord) == 8 && sizeof(PointRecord) == 8);

std::size_t padded(std::size_t n) {
  return (n + 7) & ~std::size_t{7};
}

template <typename T>
void put(std::string& out, const T& value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

std::string section_bytes(const StoreLayer& layer) {
  std::vector<FeatureRecord> features;
  std::vector<PartRecord> parts;
  std::vector<PointRecord> points;
  for (const auto& feature : layer.features) {
    if (feature.empty()) continue;
    FeatureRecord record{
        INFINITY, INFINITY, -INFINITY, -INFINITY, static_cast<std::uint32_t>(parts.size()), 0};
    for (const Path& part : feature) {
      if (part.empty()) continue;
      parts.push_back(
          {static_cast<std::uint32_t>(points.size()), static_cast<std::uint32_t>(part.size())});
      ++record.part_count;
      for (const XY& p : part) {
        const PointRecord q{static_cast<float>(p.x), static_cast<float>(p.y)};
        points.push_back(q);
        record.west = std::min(record.west, q.lon);
        record.east = std::max(record.east, q.lon);
        record.south = std::min(record.south, q.lat);
        record.north = std::max(record.north, q.lat);
      }
    }
    if (record.part_count > 0) features.push_back(record);
  }
  std::string out;
  put(out, SectionHeader{static_cast<std::uint32_t>(features.size()),
                         static_cast<std::uint32_t>(parts.size()),
                         static_cast<std::uint32_t>(points.size()), 0});
  out.append(reinterpret_cast<const char*>(features.data()),
             features.size() * sizeof(FeatureRecord));
  out.append(reinterpret_cast<const char*>(parts.data()), parts.size() * sizeof(PartRecord));
  out.append(reinterpret_cast<const char*>(points.data()), points.size() * sizeof(PointRecord));
  out.resize(padded(out.size()), '\0');
  return out;
}

// Whether a feature box (longitudes possibly past ±180) meets one filter rectangle.
bool meets(const FeatureRecord& f, const LonLatBox& rect) {
  if (f.north < rect.south || f.south > rect.north) return false;
  constexpr std::array kShifts{0.0, -360.0, 360.0};
  return std::ranges::any_of(kShifts, [&](double shift) {
    return f.west + shift <= rect.east && f.east + shift >= rect.west;
  });
}

}  // namespace

void write_basemap_store(const std::filesystem::path& file, const std::vector<StoreLayer>& layers) {
  std::vector<std::string> sections;
  for (const StoreLayer& layer : layers) {
    if (layer.name.empty() || layer.name.size() >= kNameSize) {
      throw IoError("basemap store: bad layer name \"" + layer.name + "\"");
    }
    sections.push_back(section_bytes(layer));
  }
  std::string out;
  FileHeader header{};
  std::memcpy(header.magic, kMagic, sizeof kMagic);
  header.version = kBasemapStoreVersion;
  header.layer_count = static_cast<std::uint32_t>(layers.size());
  put(out, header);
  std::uint64_t offset = sizeof(FileHeader) + layers.size() * sizeof(LayerEntry);
  for (std::size_t i = 0; i < layers.size(); ++i) {
    LayerEntry entry{};
    std::memcpy(entry.name, layers[i].name.data(), layers[i].name.size());
    entry.kind = static_cast<std::uint32_t>(layers[i].kind);
    entry.offset = offset;
    put(out, entry);
    offset += sections[i].size();
  }
  for (const std::string& section : sections) out += section;

  const std::filesystem::path tmp = file.string() + ".tmp";
  {
    std::ofstream stream(tmp, std::ios::binary | std::ios::trunc);
    stream.write(out.data(), static_cast<std::streamsize>(out.size()));
    stream.close();
    if (!stream) throw IoError("cannot write " + tmp.string());
  }
  std::error_code error;
  std::filesystem::rename(tmp, file, error);
  if (error)
    throw IoError("cannot rename " + tmp.string() + " to " + file.string() + ": " +
                  error.message());
}

struct BasemapStore::Mapping {
  const unsigned char* bytes = nullptr;
  std::size_t size = 0;
  struct Layer {
    StoreLayerKind kind;
    const SectionHeader* header;
    const FeatureRecord* features;
    const PartRecord* parts;
    const PointRecord* points;
  };
  std::map<std::string, Layer> layers;
  ~Mapping() {
    if (bytes != nullptr) munmap(const_cast<unsigned char*>(bytes), size);
  }
};

BasemapStore::BasemapStore(const std::filesystem::path& file)
    : map_(std::make_unique<Mapping>()), file_(file) {
  const auto fail = [&](const std::string& why) {
    return IoError("basemap store " + file.string() + ": " + why +
                   " (run scripts/setup or data/build)");
  };
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw fail(std::strerror(errno));
  struct stat info {};
  if (::fstat(fd, &info) != 0 || info.st_size < static_cast<off_t>(sizeof(FileHeader))) {
    ::close(fd);
    throw fail("too short to be a basemap store");
  }
  map_->size = static_cast<std::size_t>(info.st_size);
  void* bytes = ::mmap(nullptr, map_->size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (bytes == MAP_FAILED) throw fail(std::string("cannot map: ") + std::strerror(errno));
  map_->bytes = static_cast<const unsigned char*>(bytes);

  FileHeader header;
  std::memcpy(&header, map_->bytes, sizeof header);
  if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0) throw fail("not a basemap store");
  if (header.version != kBasemapStoreVersion) {
    throw fail("version " + std::to_string(header.version) + ", this footprint reads version " +
               std::to_string(kBasemapStoreVersion));
  }
  const std::size_t table_end =
      sizeof(FileHeader) + std::size_t{header.layer_count} * sizeof(LayerEntry);
  if (table_end > map_->size) throw fail("truncated layer table");
  for (std::uint32_t i = 0; i < header.layer_count; ++i) {
    LayerEntry entry;
    std::memcpy(&entry, map_->bytes + sizeof(FileHeader) + i * sizeof(LayerEntry), sizeof entry);
    const std::string name(entry.name, strnlen(entry.name, kNameSize));
    if (entry.offset % 8 != 0 || entry.offset + sizeof(SectionHeader) > map_->size) {
      throw fail("layer " + name + " lies outside the file");
    }
    if (entry.kind != 1 && entry.kind != 2) throw fail("layer " + name + " has an unknown kind");
    const unsigned char* at = map_->bytes + entry.offset;
    Mapping::Layer layer{};
    layer.kind = static_cast<StoreLayerKind>(entry.kind);
    layer.header = reinterpret_cast<const SectionHeader*>(at);
    const std::uint64_t features = layer.header->features, parts = layer.header->parts,
                        points = layer.header->points;
    const std::uint64_t end = entry.offset + sizeof(SectionHeader) +
                              features * sizeof(FeatureRecord) + parts * sizeof(PartRecord) +
                              points * sizeof(PointRecord);
    if (end > map_->size) throw fail("layer " + name + " is truncated");
    layer.features = reinterpret_cast<const FeatureRecord*>(at + sizeof(SectionHeader));
    layer.parts = reinterpret_cast<const PartRecord*>(layer.features + features);
    layer.points = reinterpret_cast<const PointRecord*>(layer.parts + parts);
    // Every index must stay inside its table, so that reading never has to check again.
    for (std::uint64_t f = 0; f < features; ++f) {
      const FeatureRecord& record = layer.features[f];
      if (std::uint64_t{record.first_part} + record.part_count > parts)
        throw fail("layer " + name + " is inconsistent");
    }
    for (std::uint64_t p = 0; p < parts; ++p) {
      const PartRecord& record = layer.parts[p];
      if (std::uint64_t{record.first_point} + record.point_count > points)
        throw fail("layer " + name + " is inconsistent");
    }
    map_->layers[name] = layer;
  }
}

BasemapStore::~BasemapStore() = default;

bool BasemapStore::has_layer(const std::string& name) const {
  return map_->layers.contains(name);
}

std::vector<std::string> BasemapStore::layer_names() const {
  std::vector<std::string> names;
  for (const auto& [name, layer] : map_->layers) names.push_back(name);
  return names;
}

VectorData BasemapStore::read(const std::string& name, const LonLatBox& filter) const {
  const auto it = map_->layers.find(name);
  if (it == map_->layers.end()) {
    throw IoError("basemap store " + file_.string() + " has no layer \"" + name +
                  "\" (run data/build)");
  }
  const Mapping::Layer& layer = it->second;
  const std::vector<LonLatBox> rects = split_at_antimeridian(filter);
  VectorData out;
  for (std::uint32_t f = 0; f < layer.header->features; ++f) {
    const FeatureRecord& feature = layer.features[f];
    if (!rects.empty() && std::none_of(rects.begin(), rects.end(),
                                       [&](const LonLatBox& r) { return meets(feature, r); })) {
      continue;
    }
    std::vector<Path> parts;
    parts.reserve(feature.part_count);
    for (std::uint32_t p = feature.first_part; p < feature.first_part + feature.part_count; ++p) {
      const PartRecord& part = layer.parts[p];
      Path path(part.point_count);
      for (std::uint32_t i = 0; i < part.point_count; ++i) {
        const PointRecord& q = layer.points[part.first_point + i];
        path[i] = {q.lon, q.lat};
      }
      parts.push_back(std::move(path));
    }
    if (layer.kind == StoreLayerKind::polygons) {
      out.polygons.push_back(std::move(parts));
    } else {
      for (Path& part : parts) out.lines.push_back(std::move(part));
    }
  }
  return out;
}

const BasemapStore& basemap_store(const std::filesystem::path& data_dir) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, std::unique_ptr<BasemapStore>> stores;
  std::lock_guard lock(mutex);
  auto& store = stores[data_dir];
  if (!store) store = std::make_unique<BasemapStore>(data_dir / "basemap" / kBasemapStoreFile);
  return *store;
}

}  // namespace footprint::render
