// `footprint import FILE|DIR…`: reads GPX, KML/KMZ, GeoJSON, GeoPackage and CSV files (and,
// through photo_history_dispatch.hpp, photos and Google location history), names the positions
// offline, leaves out duplicates, and adds the rest to the journal in one atomic save.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <optional>

#include "cli/commands.hpp"
#include "cli/entry_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/journal_update.hpp"
#include "cli/progress_line.hpp"
#include "cli/text_table.hpp"
#include "core/admin_areas.hpp"
#include "core/error.hpp"
#include "core/gazetteer.hpp"
#include "core/home.hpp"
#include "core/import/duplicates.hpp"
#include "core/import/read_inputs.hpp"
#include "core/journal_file.hpp"
#include "core/number_text.hpp"
#include "core/reverse_lookup.hpp"

namespace footprint::cli {
namespace {

namespace fs = std::filesystem;
using core::import::ImportBatch;
using core::import::ImportItem;

struct ImportOptions {
  std::vector<std::string> inputs;
  bool dry_run = false, quiet = false, include_home = false, tracks = false;
  std::string trip, status, columns, min_stay;
  std::vector<std::string> tags;
};

// "90", "90m", "90min", "2h": minutes.
int parse_min_stay(const std::string& text) {
  std::string number = text;
  double scale = 1;
  for (const auto& [suffix, minutes] :
       std::vector<std::pair<std::string, double>>{{"min", 1}, {"m", 1}, {"h", 60}}) {
    if (number.size() > suffix.size() && number.ends_with(suffix)) {
      number.resize(number.size() - suffix.size());
      scale = minutes;
      break;
    }
  }
  const auto value = core::parse_decimal(number);
  if (!value || *value < 0 || *value * scale > 1e6) {
    throw UsageError("--min-stay: expected minutes or hours (30, 30m, 2h), got \"" + text + "\"");
  }
  return static_cast<int>(std::lround(*value * scale));
}

// --trip, --tag and --status apply to every entry read.
void apply_overrides(std::vector<ImportItem>& items, const ImportOptions& o) {
  std::optional<core::Status> status;
  if (!o.status.empty()) status = core::parse_status(o.status);
  for (ImportItem& item : items) {
    if (!o.trip.empty()) item.entry.trip = o.trip;
    if (status) item.entry.status = *status;
    for (const std::string& tag : o.tags) {
      auto& tags = item.entry.tags;
      if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
    }
  }
}

// Building a ReverseLookup (~0.1 s of CPU) pays from about this many positions on; fewer are
// named straight from the files, with the same answers (tests/core/reverse_lookup_test.cpp).
constexpr std::size_t kPositionsForLookup = 10;

bool needs_names(const core::Entry& e) {
  return !e.coordinates.empty() && (e.place.empty() || e.country.empty());
}

// Place, region and country from the offline data for what the file did not say. Without the
// data (not built) the entries are imported unnamed, with one warning.
void name_places(std::vector<ImportItem>& items) {
  const auto positions = static_cast<std::size_t>(std::count_if(
      items.begin(), items.end(), [](const ImportItem& item) { return needs_names(item.entry); }));
  if (positions == 0) return;
  std::optional<core::Gazetteer> gazetteer;
  std::optional<core::ReverseLookup> lookup;
  std::optional<core::AdminAreas> areas;
  try {
    gazetteer.emplace(core::Gazetteer::open());
    if (positions >= kPositionsForLookup) {
      lookup.emplace(*gazetteer);
    } else {
      areas.emplace(core::AdminAreas::open());
    }
  } catch (const MissingData& e) {
    std::cerr << "footprint: warning: entries are imported without place names: " << e.what()
              << "\n";
    return;
  }
  for (ImportItem& item : items) {
    core::Entry& e = item.entry;
    if (!needs_names(e)) continue;
    const core::PositionNames names = lookup
                                          ? lookup->describe(e.anchor())
                                          : core::describe_position(e.anchor(), *gazetteer, *areas);
    if (e.place.empty()) e.place = names.place;
    if (e.region.empty() && e.country.empty()) {
      e.region = names.region;
      e.country = names.country;
    }
  }
}

struct Outcome {
  core::import::Deduplicated result;
  std::vector<std::string> ids;  // of result.to_add, in order
};

// The change itself, the same for --dry-run (on a journal that is then not saved).
void add_items(core::Journal& journal, std::vector<ImportItem> items, Outcome& out) {
  out.result = core::import::remove_duplicates(std::move(items), journal.entries());
  // Named after the duplicates are out: importing a file again costs no lookups.
  name_places(out.result.to_add);
  std::vector<core::Entry> entries;
  std::vector<core::Json> extra;
  for (const ImportItem& item : out.result.to_add) {
    entries.push_back(item.entry);
    core::Json properties = core::Json::object();
    if (item.length_km > 0) properties["length_km"] = std::round(item.length_km * 1000) / 1000;
    extra.push_back(std::move(properties));
  }
  out.ids = journal.add_all(entries, extra);
}

std::string describe(const ImportItem& item) {
  std::string text = item.origin;
  if (!item.entry.title.empty()) text += "  " + item.entry.title;
  if (item.entry.date) text += "  " + item.entry.date->text();
  return text;
}

void print_outcome(const Outcome& out, bool dry_run) {
  std::vector<std::vector<std::string>> rows;
  const auto& r = out.result;
  for (std::size_t i = 0; i < r.to_add.size(); ++i) {
    rows.push_back({dry_run ? "would add" : "added", out.ids[i], describe(r.to_add[i])});
  }
  for (const auto& [item, target] : r.merged) {
    rows.push_back({dry_run ? "would merge" : "merged", out.ids[target], describe(item)});
  }
  for (const auto& [item, id] : r.existing) rows.push_back({"exists", id, describe(item)});
  if (!rows.empty()) std::cout << format_table(rows, 0);
}

std::string count(std::size_t n, const char* one, const char* many) {
  return group_thousands(static_cast<std::int64_t>(n)) + " " + (n == 1 ? one : many);
}

void print_summary(const Outcome& out, const ImportBatch& batch, std::size_t problems,
                   bool dry_run) {
  const auto& r = out.result;
  const std::size_t added = r.to_add.size();
  std::string line = "footprint: ";
  if (added == 0 && r.merged.empty() && !r.existing.empty()) {
    line += "nothing new to import: " + count(r.existing.size(), "entry is", "entries are") +
            " already in the journal";
  } else {
    line += std::string(dry_run ? "would import " : "imported ") + count(added, "entry", "entries");
    if (!r.merged.empty()) {
      line += ", " + count(r.merged.size(), "duplicate", "duplicates") + " merged";
    }
    if (!r.existing.empty())
      line += ", " + count(r.existing.size(), "entry", "entries") + " already in the journal";
  }
  if (problems > 0) line += "; " + count(problems, "problem", "problems") + " (skipped)";
  std::cerr << line << (dry_run ? " (dry run: nothing was written)" : "") << "\n";
  for (const auto& [what, n] : batch.skipped) {
    std::cerr << "footprint: skipped " << group_thousands(static_cast<std::int64_t>(n)) << " "
              << what << "\n";
  }
}

void report_problems(const std::vector<core::import::ImportProblem>& problems) {
  for (const auto& p : problems) {
    std::cerr << "footprint: " << p.file << (p.where.empty() ? "" : ": " + p.where) << ": "
              << p.message << "\n";
  }
}

core::import::ImportOptions reader_options(const ImportOptions& o, const core::JournalFile& file) {
  core::import::ImportOptions options;
  if (!o.columns.empty()) options.columns = core::import::parse_column_names(o.columns);
  if (!o.min_stay.empty()) options.min_stay_minutes = parse_min_stay(o.min_stay);
  options.include_home = o.include_home;
  options.tracks = o.tracks;
  options.journal_folder = fs::absolute(file.path()).parent_path();
  if (file.exists()) {
    if (auto home = core::journal_home(file.load())) options.home = home->position;
  }
  return options;
}

int run_import(const ImportOptions& o, const Globals& globals) {
  for (const std::string& tag : o.tags) require_user_text(tag, "--tag");
  require_user_text(o.trip, "--trip");
  if (!o.status.empty()) core::parse_status(o.status);
  const core::JournalFile file(journal_path(globals));
  const core::import::ImportOptions options = reader_options(o, file);

  std::vector<fs::path> inputs(o.inputs.begin(), o.inputs.end());
  ImportBatch batch;
  {
    ProgressLine progress("import", !o.quiet);
    batch = core::import::read_inputs(inputs, options, [&](std::size_t files, std::size_t items) {
      progress.update(files, items);
    });
  }
  apply_overrides(batch.items, o);

  Outcome out;
  bool created = false;
  // Nothing read: nothing to write, and no journal created for it.
  if (o.dry_run || batch.items.empty()) {
    core::Journal journal = file.exists() ? file.load() : core::Journal::create();
    add_items(journal, std::move(batch.items), out);
  } else {
    created = create_or_update_journal(
        file, [&](core::Journal& j) { add_items(j, std::move(batch.items), out); });
  }
  if (created) std::cerr << "footprint: created " << file.path().string() << "\n";
  print_outcome(out, o.dry_run);
  report_problems(batch.problems);
  const std::size_t problems = batch.problems.size();
  print_summary(out, batch, problems, o.dry_run);
  return problems > 0 ? kSkipped : kOk;
}

}  // namespace

void register_import_command(CLI::App& app, Globals& globals) {
  auto o = std::make_shared<ImportOptions>();
  CLI::App* c = app.add_subcommand(
      "import", "Add the places of GPX, KML/KMZ, GeoJSON, GeoPackage and CSV files (and folders)");
  c->add_option("inputs", o->inputs, "Files and folders (walked recursively)")->required();
  c->add_flag("--dry-run,-n", o->dry_run,
              "Print what would be added, merged and skipped; write nothing");
  c->add_option("--trip", o->trip, "Put every entry in this trip");
  c->add_option("--tag", o->tags, "Add this tag to every entry (repeat for more)")
      ->allow_extra_args(false);
  c->add_option("--status,-s", o->status, "visited, planned or cancelled for every entry");
  c->add_option("--columns", o->columns,
                "CSV columns by role: lat=NAME,lon=NAME,wkt=NAME,title=NAME,date=NAME,end=NAME,"
                "notes=NAME,tags=NAME,trip=NAME,status=NAME,place=NAME");
  c->add_option("--min-stay", o->min_stay,
                "Location history: skip visits shorter than this (30, 30m, 2h)");
  c->add_flag("--include-home", o->include_home, "Location history: keep visits to home");
  c->add_flag("--tracks", o->tracks, "Location history: import journeys as tracks too");
  c->add_flag("--quiet,-q", o->quiet, "No progress line");
  c->footer(
      "Examples:\n"
      "  footprint import ~/Downloads/hike.gpx\n"
      "  footprint import trips/ --dry-run\n"
      "  footprint import \"My Maps.kmz\" --tag mymaps\n"
      "  footprint import places.csv --columns lat=Breite,lon=Laenge,title=Ort\n"
      "Exit code 6: something could not be read (each is listed); the rest was imported.");
  c->callback([o, &globals] {
    const int code = run_import(*o, globals);
    if (code != kOk) throw CLI::RuntimeError(code);
  });
}

}  // namespace footprint::cli
