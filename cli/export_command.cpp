// `footprint export -o FILE`: the entries list's filters select, in GeoJSON, GPX, KML, CSV or
// GeoPackage, written through the GDAL module to a temporary file beside FILE and renamed.
#include <unistd.h>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/query_options.hpp"
#include "core/error.hpp"
#include "core/export/export_layers.hpp"
#include "core/journal_file.hpp"
#include "core/query.hpp"

namespace footprint::cli {
namespace {

namespace fs = std::filesystem;

struct ExportOptions {
  std::string output, format;
  std::optional<int> year;
  std::string from, to, trip, status, text;
  std::vector<std::string> tags;
};

// A name beside the output that keeps its extension (some drivers look at it) and that no other
// process uses: ".NAME.PID.tmp.EXT".
fs::path temporary_beside(const fs::path& output) {
  const fs::path folder = output.parent_path().empty() ? fs::path(".") : output.parent_path();
  return folder / ("." + output.stem().string() + "." + std::to_string(::getpid()) + ".tmp" +
                   output.extension().string());
}

void write_replacing(const core::exporting::OgrWriteRequest& request, const fs::path& output) {
  const fs::path folder = output.parent_path().empty() ? fs::path(".") : output.parent_path();
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    throw IoError("cannot write " + output.string() + ": the folder " + folder.string() +
                  " does not exist");
  }
  if (fs::is_directory(output, ec)) throw IoError("cannot write " + output.string() + ": a folder");
  core::exporting::OgrWriteRequest to_temp = request;
  to_temp.path = temporary_beside(output).string();
  fs::remove(to_temp.path, ec);
  try {
    core::exporting::write_ogr(to_temp);
  } catch (...) {
    fs::remove(to_temp.path, ec);
    throw;
  }
  fs::rename(to_temp.path, output, ec);
  if (ec) {
    fs::remove(to_temp.path, ec);
    throw IoError("cannot write " + output.string() + ": " + ec.message());
  }
}

}  // namespace

void register_export_command(CLI::App& app, Globals& globals) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* c = app.add_subcommand(
      "export", "Write entries as GeoJSON, GPX, KML, CSV or GeoPackage (list's filters apply)");
  c->add_option("-o,--output", o->output, "Output file; its extension says the format")->required();
  c->add_option("--format,-f", o->format, "geojson, gpx, kml, csv or gpkg (default: by extension)");
  c->add_option("--year,-y", o->year, "Entries in this year")->check(CLI::Range(1, 9999));
  c->add_option("--from", o->from, "Entries on or after this date");
  c->add_option("--to", o->to, "Entries on or before this date");
  c->add_option("--tag", o->tags, "Entries with this tag (repeat: all must match)")
      ->allow_extra_args(false);
  c->add_option("--trip", o->trip, "Entries of this trip");
  c->add_option("--status,-s", o->status, "visited, planned or cancelled");
  c->add_option("--search,-q", o->text, "Text in id, title, place, notes, tags or trip");
  c->footer(
      "Examples:\n"
      "  footprint export -o journal.geojson\n"
      "  footprint export -o 2024.gpx --year 2024\n"
      "  footprint export -o banff.kml --trip banff-2024      (opens in Google Earth)\n"
      "  footprint export -o entries.txt --format csv");
  c->callback([o, &globals] {
    if (o->output.empty()) throw UsageError("-o needs a file name");
    const fs::path output = o->output;
    const auto format = o->format.empty() ? core::exporting::export_format_of(output)
                                          : core::exporting::parse_export_format(o->format);
    const core::Query query =
        make_query(o->year, o->from, o->to, o->tags, o->trip, o->status, o->text);
    const core::Journal journal = core::JournalFile(journal_path(globals)).load();
    const auto entries = core::select(journal.entries(), query);
    write_replacing(core::exporting::export_request(entries, format, output.string()), output);
    std::cerr << "footprint: wrote " << entries.size()
              << (entries.size() == 1 ? " entry" : " entries") << " to " << output.string() << "\n";
  });
}

}  // namespace footprint::cli
