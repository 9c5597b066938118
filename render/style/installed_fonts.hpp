// Which font families this machine has, as fontconfig (and so Pango) sees them: a style that
// names a font that is not installed is refused rather than drawn in whatever fontconfig picks.
#pragma once

#include <string_view>

namespace footprint::render {

/// Whether a font of this family is installed (fontconfig's matching: case and spaces do not
/// matter), or the name is a generic family that fontconfig always resolves ("sans-serif",
/// "serif", "monospace", "sans", "system-ui", "cursive", "fantasy", "emoji", "math").
bool font_family_installed(std::string_view family);

}  // namespace footprint::render
