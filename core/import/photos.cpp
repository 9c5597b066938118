#include "core/import/photos.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <string>

#include "core/geodesy.hpp"
#include "core/import/photo_exif.hpp"
#include "core/import/photo_heif.hpp"
#include "core/user_text.hpp"

namespace footprint::core::import {
namespace {

namespace fs = std::filesystem;

enum class PhotoKind { jpeg, heif };

std::string lower_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// What the file's first bytes say it is: the JPEG marker, or an ISO BMFF "ftyp" box of a HEIF
// brand. The extension is not trusted, as phones export HEIC photos named .jpg.
PhotoKind sniff(std::ifstream& in) {
  std::array<unsigned char, 12> head{};
  in.read(reinterpret_cast<char*>(head.data()), head.size());
  const auto got = static_cast<std::size_t>(in.gcount());
  in.clear();
  in.seekg(0);
  if (got >= 2 && head[0] == 0xFF && head[1] == 0xD8) return PhotoKind::jpeg;
  if (got == 12 && std::memcmp(head.data() + 4, "ftyp", 4) == 0) {
    const std::string brand(reinterpret_cast<const char*>(head.data() + 8), 4);
    for (const char* heif :
         {"heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif"}) {
      if (brand == heif) return PhotoKind::heif;
    }
  }
  if (got == 0) throw PhotoError("the file is empty");
  throw PhotoError("not a JPEG or HEIC/HEIF file (its first bytes are neither)");
}

PhotoFacts read_facts(const fs::path& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (fs::is_directory(status)) throw PhotoError("it is a folder, not a photo");
  // Opening a FIFO or a device would wait for a writer, or read forever.
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    throw PhotoError("not a regular file (a FIFO, a device or a socket)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw PhotoError(std::string("cannot open it: ") + std::strerror(errno));
  if (sniff(in) == PhotoKind::jpeg) return read_jpeg_facts(in);
  in.close();
  return read_heif_facts(path);
}

// How the journal lists a photo: relative to the journal's folder when inside it, else absolute.
std::string journal_path(const fs::path& photo, const fs::path& folder) {
  std::error_code ec;
  const fs::path absolute = fs::weakly_canonical(fs::absolute(photo, ec), ec);
  if (!folder.empty()) {
    const fs::path base = fs::weakly_canonical(fs::absolute(folder, ec), ec);
    const fs::path relative = absolute.lexically_relative(base);
    if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  }
  return absolute.generic_string();
}

struct Photo {
  std::string given;   // the path as given to the reader
  std::string listed;  // as the journal lists it
  LonLat position;
  std::optional<Date> taken;
};

// The calendar day a photo was taken in the time it was written in ("" when unknown).
std::string day_of(const std::optional<Date>& taken) {
  return taken ? taken->text().substr(0, 10) : std::string();
}

bool taken_before(const Photo& a, const Photo& b) {
  if (a.taken.has_value() != b.taken.has_value()) return a.taken.has_value();
  if (a.taken && *a.taken != *b.taken) return *a.taken < *b.taken;
  return a.given < b.given;
}

std::string origin_of(const std::vector<const Photo*>& group) {
  std::string first = group.front()->given;
  if (group.size() == 1) return first;
  const std::size_t more = group.size() - 1;
  return first + " and " + std::to_string(more) + (more == 1 ? " more photo" : " more photos");
}

ImportItem item_of(const std::vector<const Photo*>& group) {
  ImportItem item;
  item.entry.coordinates = {group.front()->position};
  item.entry.date = group.front()->taken;
  if (group.back()->taken && group.back()->taken != group.front()->taken) {
    item.entry.end = group.back()->taken;
  }
  for (const Photo* p : group) {
    item.entry.photos.push_back(p->listed);
    item.files.push_back(p->given);
  }
  item.origin = origin_of(group);
  return item;
}

// Photos in time order, grouped by day and by distance to each group's first photo.
std::vector<ImportItem> group_photos(std::vector<Photo> photos, double same_place_km) {
  std::sort(photos.begin(), photos.end(), taken_before);
  std::vector<std::vector<const Photo*>> groups;
  std::map<std::string, std::vector<std::size_t>> groups_of_day;
  for (const Photo& p : photos) {
    auto& today = groups_of_day[day_of(p.taken)];
    const auto near = std::find_if(today.begin(), today.end(), [&](std::size_t g) {
      return haversine_km(groups[g].front()->position, p.position) <= same_place_km;
    });
    if (near != today.end()) {
      groups[*near].push_back(&p);
    } else {
      today.push_back(groups.size());
      groups.push_back({&p});
    }
  }
  std::vector<ImportItem> items;
  items.reserve(groups.size());
  for (const auto& g : groups) items.push_back(item_of(g));
  return items;
}

}  // namespace

bool is_photo_path(const fs::path& path) {
  const std::string ext = lower_extension(path);
  return ext == ".jpg" || ext == ".jpeg" || ext == ".jpe" || ext == ".heic" || ext == ".heif" ||
         ext == ".hif";
}

ImportBatch read_photos(const std::vector<fs::path>& paths, const PhotoOptions& options) {
  ImportBatch batch;
  std::vector<Photo> photos;
  std::size_t without_gps = 0;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const fs::path& path = paths[i];
    try {
      Photo photo{path.string(), journal_path(path, options.relative_to), {}, {}};
      if (const auto problem = user_text_problem(photo.listed, TextLines::single)) {
        throw PhotoError("a journal cannot list its path, which " + *problem + "; rename the file");
      }
      const PhotoFacts facts = read_facts(path);
      if (facts.position) {
        photo.position = *facts.position;
        photo.taken = facts.taken;
        photos.push_back(std::move(photo));
      } else {
        ++without_gps;
      }
    } catch (const PhotoError& e) {
      batch.problems.push_back({path.string(), "", e.what()});
    }
    if (options.progress) options.progress(i + 1, paths.size());
  }
  batch.items = group_photos(std::move(photos), options.same_place_km);
  if (without_gps > 0) batch.skipped.emplace_back("photos without GPS", without_gps);
  return batch;
}

}  // namespace footprint::core::import
