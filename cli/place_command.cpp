// `footprint place`: look places up in the offline gazetteer, and keep the person's own places.
#include <iostream>
#include <span>

#include "cli/commands.hpp"
#include "cli/entry_options.hpp"
#include "cli/journal_update.hpp"
#include "cli/place_lookup.hpp"
#include "cli/text_table.hpp"
#include "core/error.hpp"
#include "core/journal_file.hpp"
#include "core/own_places.hpp"
#include "core/place_ranking.hpp"

namespace footprint::cli {
namespace {

struct PlaceOptions {
  std::string query;
  int limit = 10;
  bool json = false;
  std::string name;  // place add / rm
  std::string at;    // place add
};

// The candidates as a table (or JSON); with `near` (a lookup, not a list of own places), a WHY
// column with what weighs in each one's rank (place_ranking.hpp).
void print_places(const std::vector<core::Place>& places, bool json,
                  const std::vector<core::LonLat>* near = nullptr) {
  const std::span<const core::LonLat> positions =
      near ? std::span<const core::LonLat>(*near) : std::span<const core::LonLat>();
  if (json) {
    core::Json out = core::Json::array();
    for (const auto& p : places) out.push_back(place_json(p, positions));
    std::cout << core::to_canonical_json(out);
    return;
  }
  std::vector<std::vector<std::string>> rows{
      {"NAME", "REGION", "COUNTRY", "POPULATION", "LAT,LON", "PICK WITH"}};
  if (near) rows.front().push_back("WHY");
  for (const auto& p : places) {
    rows.push_back({p.name, p.region, p.country,
                    p.own ? "(yours)" : format_population(p.population), format_lat_lon(p.position),
                    p.qualifier.empty() ? "--at " + format_lat_lon(p.position) : p.qualifier});
    if (near) rows.back().push_back(p.own ? "your place" : core::score_reasons(p, positions));
  }
  std::cout << format_table(rows, 0);
}

void search(const PlaceOptions& o, const Globals& globals) {
  if (o.query.empty()) throw UsageError("place needs a name to look up: footprint place Banff");
  const core::JournalFile file(journal_path(globals));
  const core::LookupContext context =
      file.exists() ? lookup_context(file.load()) : core::LookupContext{};
  const auto gazetteer = core::Gazetteer::open();
  const std::vector<core::Place> found =
      gazetteer.search(o.query, static_cast<std::size_t>(o.limit), context);
  const core::Resolution resolution = gazetteer.resolve(o.query, context);
  if (found.empty()) (void)resolve_place(resolution);  // throws NotFound, saying how to add it
  print_places(found, o.json, &context.near);
  // The same rule picks for `add`: say what it would do, so that a refusal is explained here.
  if (!o.json) std::cerr << "footprint: " << add_verdict(resolution) << "\n";
}

void add_own(const PlaceOptions& o, const Globals& globals) {
  core::Place place;
  place.name = o.name;
  place.own = true;
  place.position = parse_lat_lon(o.at, "--at");
  if (const auto names = describe_position(place.position)) {
    place.region = names->region;
    place.country = names->country;
  }
  const core::JournalFile file(journal_path(globals));
  const bool created = create_or_update_journal(file, [&](core::Journal& j) {
    j.set_setting(core::kOwnPlacesSetting, core::with_own_place(j.settings(), place));
  });
  if (created) std::cerr << "footprint: created " << file.path().string() << "\n";
  std::cerr << "footprint: added your place " << place.label() << "\n";
}

void remove_own(const PlaceOptions& o, const Globals& globals) {
  const core::JournalFile file(journal_path(globals));
  core::update_journal(file, false, [&](core::Journal& j) {
    j.set_setting(core::kOwnPlacesSetting, core::without_own_place(j.settings(), o.name));
  });
}

void list_own(const PlaceOptions& o, const Globals& globals) {
  const core::JournalFile file(journal_path(globals));
  const auto places =
      file.exists() ? core::own_places(file.load().settings()) : std::vector<core::Place>{};
  if (places.empty() && !o.json) {
    std::cerr << "footprint: no places of your own yet (footprint place add NAME --at LAT,LON)\n";
    return;
  }
  print_places(places, o.json);
}

}  // namespace

void register_place_command(CLI::App& app, Globals& globals) {
  auto o = std::make_shared<PlaceOptions>();
  CLI::App* c = app.add_subcommand(
      "place", "Look up places offline by any name (GeoNames); keep your own places");
  c->add_option("query", o->query,
                "A name, optionally qualified: Banff, \"Banff, AB\", \"Amherst, MA\", 班夫");
  c->add_option("--limit,-n", o->limit, "Most candidates to list (default 10)")
      ->check(CLI::Range(1, 1000));
  c->add_flag("--json", o->json, "Print the candidates as a JSON array");
  c->footer(
      "Examples:\n"
      "  footprint place Banff\n"
      "  footprint place 溫哥華          (any name GeoNames has: Wien, Cologne, 温哥华, ban fu)\n"
      "  footprint place \"Amherst, MA\" --json\n"
      "  footprint place add \"Meta MPK\" --at 37.4848,-122.1484\n"
      "\nPlaces: GeoNames (CC BY 4.0).");
  CLI::App* add = c->add_subcommand("add", "Add a place of your own, found before GeoNames");
  add->add_option("name", o->name, "Its name")->required();
  add->add_option("--at", o->at, "Its position: LAT,LON in degrees")->required();
  add->callback([o, &globals] { add_own(*o, globals); });
  CLI::App* rm = c->add_subcommand("rm", "Remove a place of your own");
  rm->add_option("name", o->name, "Its name")->required();
  rm->callback([o, &globals] { remove_own(*o, globals); });
  CLI::App* list = c->add_subcommand("list", "List your own places");
  list->add_flag("--json", o->json, "Print them as a JSON array");
  list->callback([o, &globals] { list_own(*o, globals); });
  c->callback([o, c, &globals] {
    if (c->get_subcommands().empty()) search(*o, globals);
  });
}

}  // namespace footprint::cli
