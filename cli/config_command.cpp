// `footprint config`: the journal's settings that are neither entries nor places. Today: the
// owner's name, which posters print under the title.
#include <array>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/entry_options.hpp"
#include "core/error.hpp"
#include "core/journal_file.hpp"

namespace footprint::cli {
namespace {

constexpr std::array<const char*, 1> kKeys = {"owner"};

void require_known(const std::string& key) {
  for (const char* k : kKeys) {
    if (key == k) return;
  }
  throw UsageError("unknown setting \"" + key + "\" (settings: owner)");
}

}  // namespace

void register_config_command(CLI::App& app, Globals& globals) {
  struct Options {
    std::string key;
    std::optional<std::string> value;
  };
  auto o = std::make_shared<Options>();
  CLI::App* c = app.add_subcommand("config", "Show or change the journal's settings (owner)");
  c->add_option("key", o->key, "owner: your name, printed on posters");
  c->add_option("value", o->value, "The new value; \"\" removes the setting");
  c->footer(
      "Examples:\n"
      "  footprint config                 (every setting)\n"
      "  footprint config owner \"Li Wei 李伟\"\n"
      "  footprint config owner \"\"        (removes it)");
  c->callback([o, &globals] {
    const core::JournalFile file(journal_path(globals));
    if (!o->key.empty()) require_known(o->key);
    if (!o->value) {
      const core::Journal journal = file.load();
      const core::Json& s = journal.settings();
      for (const char* key : kKeys) {
        if (!o->key.empty() && o->key != key) continue;
        const bool set = s.is_object() && s.contains(key) && s[key].is_string();
        std::cout << key << (set ? " = " + s[key].get<std::string>() : " (not set)") << "\n";
      }
      return;
    }
    require_user_text(*o->value, o->key);
    core::update_journal(file, false, [&](core::Journal& j) {
      j.set_setting(o->key, o->value->empty() ? core::Json() : core::Json(*o->value));
    });
  });
}

}  // namespace footprint::cli
