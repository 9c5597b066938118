// footprint: a travel and places journal with offline maps.
//
// Why two programs: GDAL pulls in more than a hundred shared libraries, and loading them costs
// every command about a second on a busy 2-core machine (0.17 s of CPU even when idle). So the
// journal and place commands live in `footprint`, which does not link the renderer, and `map`
// and `styles` are handed, arguments unchanged, to `footprint-render` installed beside it.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string_view>

#include "cli/app.hpp"
#include "cli/exit_codes.hpp"

namespace {

// The subcommand named on the command line: the first argument that is not a global option or
// the value of one.
std::string_view subcommand_of(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--journal" || arg == "-j") {
      ++i;  // skip its value
    } else if (!arg.starts_with("-")) {
      return arg;
    }
  }
  return {};
}

int hand_to_renderer(char** argv) {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  const auto renderer =
      (ec ? std::filesystem::path(argv[0]) : self).parent_path() / "footprint-render";
  ::execv(renderer.c_str(), argv);
  std::cerr << "footprint: error: cannot start " << renderer.string() << ": "
            << std::strerror(errno) << "\n";
  return footprint::cli::kInternal;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view command = subcommand_of(argc, argv);
  if (command == "map" || command == "poster" || command == "styles") return hand_to_renderer(argv);
  return footprint::cli::run_app(argc, argv, nullptr);
}
