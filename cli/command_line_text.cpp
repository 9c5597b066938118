#include "cli/command_line_text.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>

#include "core/error.hpp"
#include "core/user_text.hpp"

namespace footprint::cli {
namespace {

// Options whose value is a file name: the operating system's bytes, not text of the journal
// (a file name need not be UTF-8), but never empty.
bool names_a_file(const CLI::Option& option) {
  constexpr std::array<const char*, 5> kNames = {"--journal", "--output", "--layer", "--style",
                                                 "file"};
  return std::ranges::any_of(kNames, [&](const char* name) { return option.check_name(name); });
}

// How a message names what was given: an option by its long name, an argument by what it is.
std::string what_is(const CLI::Option& option, const CLI::App& command) {
  if (!option.nonpositional()) {
    static const std::map<std::string, std::string> kArguments = {{"place", "the place name"},
                                                                  {"name", "the place name"},
                                                                  {"query", "the place to look up"},
                                                                  {"id", "the id"},
                                                                  {"key", "the setting"},
                                                                  {"file", "the file name"}};
    if (option.get_name() == "value") {
      // `config KEY VALUE`: the setting's name, parsed before its value.
      const CLI::Option* key = command.get_option_no_throw("key");
      if (key != nullptr && !key->results().empty()) return key->results().front();
      return "the value";
    }
    const auto it = kArguments.find(option.get_name());
    return it == kArguments.end() ? option.get_name() : it->second;
  }
  return option.get_name();
}

// Throws UsageError, which the app reports as every other usage error (exit 2), rather than
// returning CLI11's message.
CLI::Validator text_check(const CLI::Option& option, const CLI::App& command) {
  const bool file = names_a_file(option);
  const auto lines =
      option.check_name("--note") ? core::TextLines::multiple : core::TextLines::single;
  return CLI::Validator(
      [file, lines, &option, &command](std::string& value) -> std::string {
        if (file && value.empty()) {
          throw UsageError(what_is(option, command) + " needs a file name, not an empty one");
        }
        if (file) return "";
        if (const auto problem = core::user_text_problem(value, lines)) {
          throw UsageError(what_is(option, command) + " " + *problem);
        }
        return "";
      },
      "", "user text");
}

void add_checks(CLI::App& app) {
  for (CLI::Option* option : app.get_options()) {
    if (option->get_expected_min() == 0) continue;  // a flag takes no text
    option->check(text_check(*option, app));
  }
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) add_checks(*sub);
}

}  // namespace

void check_command_line_text(CLI::App& app) {
  add_checks(app);
}

}  // namespace footprint::cli
