#include <filesystem>
#include <iostream>
#include <optional>

#include "cli/commands.hpp"
#include "cli/entry_options.hpp"
#include "cli/journal_update.hpp"
#include "cli/place_lookup.hpp"
#include "core/error.hpp"
#include "core/gazetteer.hpp"
#include "core/journal_file.hpp"

namespace footprint::cli {
namespace {

// The home place from the gazetteer, or nothing (with a warning) when the offline data is not
// built. A name it does not know or cannot tell apart is an error naming what to type instead.
std::optional<core::Place> look_up_home(const std::string& name) {
  std::optional<core::Gazetteer> gazetteer;
  try {
    gazetteer.emplace(core::Gazetteer::open());
  } catch (const MissingData& e) {
    std::cerr << "footprint: warning: home kept without a position: " << e.what() << "\n";
    return std::nullopt;
  }
  try {
    return gazetteer->resolve(name).place();
  } catch (const NotFound& e) {
    throw NotFound(std::string("--home: ") + e.what() + "\nor give its position with --at LAT,LON");
  } catch (const Ambiguous& e) {
    throw Ambiguous(std::string("--home: ") + e.what());
  }
}

}  // namespace

void register_init_command(CLI::App& app, Globals& globals) {
  struct Options {
    std::string home;
    std::string at;
    std::string owner;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* c = app.add_subcommand("init", "Create an empty journal");
  c->add_option("--home", opts->home, "Your home place, e.g. Edmonton");
  c->add_option("--at", opts->at, "Position of home as LAT,LON")->needs(c->get_option("--home"));
  c->add_option("--owner", opts->owner, "Your name, printed on posters");
  c->footer(
      "Examples:\n"
      "  footprint init\n"
      "  footprint init --home Edmonton          (looked up offline; --at to give the position)\n"
      "  footprint --journal ~/travel.geojson init --home Edmonton --at 53.5461,-113.4938");
  c->callback([opts, &globals] {
    const core::JournalFile file(journal_path(globals));
    file.refuse_other_than_file();  // a folder, a FIFO, a device: say what is there
    if (file.exists()) {
      throw UsageError("a journal exists already at " + file.path().string() +
                       "; nothing was changed");
    }
    require_user_text(opts->home, "--home");
    require_user_text(opts->owner, "--owner");
    core::Json home;
    if (!opts->home.empty()) {
      home["place"] = opts->home;
      if (!opts->at.empty()) {
        const core::LonLat p = parse_lat_lon(opts->at, "--at");
        home["coordinates"] = core::Json::array({p.lon, p.lat});
      } else if (const auto place = look_up_home(opts->home)) {
        // Home's position makes later lookups prefer places near it ("Banff" near Edmonton).
        home["place"] = place->name;
        if (!place->region.empty()) home["region"] = place->region;
        if (!place->country.empty()) home["country"] = place->country;
        home["coordinates"] = core::Json::array({place->position.lon, place->position.lat});
        std::cout << "Home: " << place->name << (place->region.empty() ? "" : ", " + place->region)
                  << (place->country.empty() ? "" : ", " + place->country) << " ("
                  << format_lat_lon(place->position) << ")\n";
      }
    }
    create_or_update_journal(file, [&](core::Journal& j) {
      if (!home.is_null()) j.set_setting("home", home);
      if (!opts->owner.empty()) j.set_setting("owner", opts->owner);
    });
    std::cout << "Created " << file.path().string() << "\n";
  });
}

}  // namespace footprint::cli
