// What a map page drew, as JSON (`footprint map --report FILE`): every marker with the places it
// stands for and where they really are, every label and leader, the furniture, the legend's rows
// and its "… and N more", the routes. Tools and the render-case tests read it to check a map by
// what a reader sees, not only by its pixels.
#pragma once

#include <filesystem>

#include <nlohmann/json.hpp>

#include "render/page/map_page.hpp"

namespace footprint::render {

/// The report of one drawn page (its fields are described in the README's map section).
nlohmann::json map_report(const MapDrawing& drawing);

/// Writes map_report() to `path` (through a temporary file renamed into place). Throws IoError.
void write_map_report(const MapDrawing& drawing, const std::filesystem::path& path);

}  // namespace footprint::render
