// footprint-render: the drawing commands of footprint (`map`, `poster`, `styles`), which link the
// renderer. `footprint map …` starts this program with the same arguments (see main.cpp).
#include "cli/app.hpp"

namespace {

void register_renderer_commands(CLI::App& app, footprint::cli::Globals& globals) {
  footprint::cli::register_map_command(app, globals);
  footprint::cli::register_styles_command(app, globals);
  footprint::cli::register_poster_command(app, globals);
}

}  // namespace

int main(int argc, char** argv) {
  return footprint::cli::run_app(argc, argv, register_renderer_commands);
}
