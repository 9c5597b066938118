#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/editor.hpp"
#include "cli/entry_options.hpp"
#include "core/journal_file.hpp"

namespace footprint::cli {
namespace {

// The id names the file for the person editing it; an id may hold '/' or be very long, which
// must not turn the name into a path or make it too long for the file system.
std::string file_name_part(const std::string& id) {
  std::string part = id.substr(0, 100);
  while (!part.empty() && part.size() < id.size() &&
         (static_cast<unsigned char>(id[part.size()]) & 0xC0) == 0x80) {
    part.pop_back();  // do not cut a UTF-8 character in two
  }
  std::replace(part.begin(), part.end(), '/', '_');
  return part;
}

std::filesystem::path write_temp(const std::string& id, const std::string& text) {
  std::filesystem::path dir = std::filesystem::temp_directory_path();
  std::string name = (dir / ("footprint-" + file_name_part(id) + "-XXXXXX.json")).string();
  const int fd = ::mkstemps(name.data(), 5);
  if (fd < 0) throw IoError("cannot create a temporary file in " + dir.string());
  const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  ::close(fd);
  if (!ok) throw IoError("cannot write " + name);
  return name;
}

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Opens the entry in the editor, then applies the edit under the lock, refusing it when the entry
// changed meanwhile (the lock is not held while a person edits).
void edit_in_editor(const core::JournalFile& file, const std::string& given) {
  const core::Journal before = file.load();
  const std::string id = before.resolve_id(given);
  const core::Json& original = before.feature(id);
  const auto temp = write_temp(id, core::to_canonical_json(original));
  run_editor(temp);
  const std::string text = read_all(temp);
  bool changed = false;
  try {
    core::update_journal(file, false, [&](core::Journal& j) {
      if (j.feature(id) != original) {
        throw JournalError("entry " + id + " changed while you edited it; edit it again");
      }
      changed = j.replace_feature(id, text, temp.string());
    });
  } catch (const Error&) {
    std::cerr << "footprint: your edit is kept in " << temp.string() << "\n";
    throw;
  }
  std::filesystem::remove(temp);
  std::cout << (changed ? "Saved " : "No changes to ") << id << "\n";
}

}  // namespace

void register_edit_command(CLI::App& app, Globals& globals) {
  struct Options {
    std::string id;
    EntryOptions entry;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* c = app.add_subcommand("edit", "Change an entry by options, or in $EDITOR");
  c->add_option("id", opts->id, "Entry id or a unique prefix of it")->required();
  c->add_option("--place", opts->entry.place, "Place name");
  opts->entry.declare(*c, true);
  c->footer(
      "Without options, opens the entry's GeoJSON in $VISUAL or $EDITOR and checks it before "
      "saving;\na mistake is reported at its line and column in the edited file, which is kept, "
      "and nothing is saved.\n"
      "An empty value removes a field (--end \"\").\n"
      "Examples:\n"
      "  footprint edit 2024-10-12-banff --title \"洞穴之旅 Cave and Basin tour\" --tag history\n"
      "  footprint edit 2024-05-07-vienna --status cancelled\n"
      "  EDITOR=nano footprint edit 2024-10-12-banff");
  c->callback([opts, &globals] {
    const core::JournalFile file(journal_path(globals));
    if (!opts->entry.any()) {
      edit_in_editor(file, opts->id);
      return;
    }
    std::string id;
    core::update_journal(file, false, [&](core::Journal& j) {
      id = j.resolve_id(opts->id);
      core::Entry e = j.get(id);
      opts->entry.apply(e);
      j.update(e);
    });
    std::cout << id << "\n";
  });
}

}  // namespace footprint::cli
