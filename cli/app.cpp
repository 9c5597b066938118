// The command line of footprint: parses it, runs one subcommand, and turns errors into messages
// and exit codes (README.md, "Exit codes"). Shared by `footprint` and `footprint-render`.
#include <iostream>

#include "cli/app.hpp"

#include "cli/command_line_text.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "core/journal.hpp"
#include "core/journal_file.hpp"
#include "core/user_text.hpp"

namespace {

using namespace footprint;
using namespace footprint::cli;

constexpr std::size_t kMaxProblemsShown = 20;

// Messages may quote what was given (a file name, a value of the journal): never raw bytes.
int report(const std::string& message, int code) {
  std::cerr << "footprint: error: " << core::printable_text(message) << "\n";
  return code;
}

int report_invalid(const core::InvalidJournal& e, const char* what, int code) {
  const auto& all = e.diagnostics();
  std::cerr << "footprint: error: " << what << "; nothing was changed\n";
  for (std::size_t i = 0; i < all.size() && i < kMaxProblemsShown; ++i) {
    std::cerr << "  " << all[i].to_string() << "\n";
  }
  if (all.size() > kMaxProblemsShown) {
    std::cerr << "  … and " << all.size() - kMaxProblemsShown
              << " more (footprint validate lists them all)\n";
  }
  return code;
}

}  // namespace

int footprint::cli::run_app(int argc, char** argv, RegisterCommands renderer_commands) {
  CLI::App app("footprint: a travel and places journal with offline maps", "footprint");
  app.require_subcommand(1);
  app.fallthrough();
  Globals globals;
  app.add_option("--journal,-j", globals.journal,
                 "Journal file (default: $FOOTPRINT_JOURNAL, else "
                 "$XDG_DATA_HOME/footprint/journal.geojson)");
  app.set_version_flag("--version", "footprint 0.1.0");
  app.footer("Offline data: " + core::data_dir().string() +
             " ($FOOTPRINT_DATA_DIR)\nMap styles: " + core::styles_dir().string() +
             " ($FOOTPRINT_STYLES_DIR)\nman footprint describes the files and the environment.");
  register_init_command(app, globals);
  register_add_command(app, globals);
  register_list_command(app, globals);
  register_show_command(app, globals);
  register_edit_command(app, globals);
  register_rm_command(app, globals);
  register_validate_command(app, globals);
  register_stats_command(app, globals);
  register_place_command(app, globals);
  register_import_command(app, globals);
  register_export_command(app, globals);
  register_config_command(app, globals);
  if (renderer_commands != nullptr) {
    renderer_commands(app, globals);
  } else {
    // Listed for --help; `footprint` hands these to footprint-render before parsing (main.cpp).
    app.add_subcommand("map", "Draw the journal on an offline map (PNG, SVG or PDF)");
    app.add_subcommand("poster", "Draw a year on one printed page (PDF, SVG or PNG)");
    app.add_subcommand("styles", "List the map styles");
  }

  check_command_line_text(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::RuntimeError& e) {
    return e.get_exit_code();  // the command has said what it had to say
  } catch (const CLI::ParseError& e) {
    std::cerr << "footprint: error: " << core::printable_text(e.what()) << "\n"
              << "Run 'footprint --help' or 'footprint COMMAND --help' for usage.\n";
    return kUsageError;
  } catch (const core::InvalidChange& e) {
    // The values given would make a journal that `validate` refuses: a usage error.
    return report_invalid(e, "the journal would not be valid after this change", kUsageError);
  } catch (const core::InvalidEdit& e) {
    return report_invalid(e, "the edited entry is not valid", kDataError);
  } catch (const core::InvalidJournal& e) {
    return report_invalid(e, "the journal is not valid", kDataError);
  } catch (const UsageError& e) {
    return report(e.what(), kUsageError);
  } catch (const NotFound& e) {
    return report(e.what(), kNotFound);
  } catch (const Ambiguous& e) {
    return report(e.what(), kAmbiguous);
  } catch (const IoError& e) {
    return report(e.what(), kIoError);
  } catch (const Error& e) {
    return report(e.what(), kDataError);
  } catch (const std::exception& e) {
    return report(std::string("internal error: ") + e.what() + " (please report this)", kInternal);
  }
  return kOk;
}
