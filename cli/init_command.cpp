#include <iostream>

#include "cli/commands.hpp"
#include "cli/entry_options.hpp"
#include "core/journal_file.hpp"

namespace footprint::cli {

void register_init_command(CLI::App& app, Globals& globals) {
  struct Options {
    std::string home;
    std::string at;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* c = app.add_subcommand("init", "Create an empty journal");
  c->add_option("--home", opts->home, "Your home place, e.g. Edmonton");
  c->add_option("--at", opts->at, "Position of home as LAT,LON")->needs(c->get_option("--home"));
  c->footer(
      "Examples:\n"
      "  footprint init\n"
      "  footprint --journal ~/travel.geojson init --home Edmonton --at 53.5461,-113.4938");
  c->callback([opts, &globals] {
    const core::JournalFile file(journal_path(globals));
    if (file.exists()) {
      throw UsageError("a journal exists already at " + file.path().string() +
                       "; nothing was changed");
    }
    core::Json home;
    if (!opts->home.empty()) {
      home["place"] = opts->home;
      if (!opts->at.empty()) {
        const core::LonLat p = parse_lat_lon(opts->at, "--at");
        home["coordinates"] = core::Json::array({p.lon, p.lat});
      }
    }
    core::update_journal(file, true, [&](core::Journal& j) {
      if (!home.is_null()) j.set_setting("home", home);
    });
    std::cout << "Created " << file.path().string() << "\n";
  });
}

}  // namespace footprint::cli
