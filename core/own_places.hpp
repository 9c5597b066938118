// People's own places ("Meta MPK", "Home"), kept in the journal's settings as
// "footprint": {"places": [{"name": ..., "coordinates": [lon, lat], "region": ..., "country": ...}]}
// and found before GeoNames.
#pragma once

#include <string_view>
#include <vector>

#include "core/json_text.hpp"
#include "core/place.hpp"

namespace footprint::core {

/// The settings member that holds them.
inline constexpr const char* kOwnPlacesSetting = "places";

/// The own places in a journal's settings; throws JournalError naming the member that is wrong.
std::vector<Place> own_places(const Json& settings);

/// The "places" setting with `place` added; throws UsageError when one of that name (folded) is
/// already there.
Json with_own_place(const Json& settings, const Place& place);

/// The "places" setting without the place named `name` (folded); throws NotFound listing the
/// names there are.
Json without_own_place(const Json& settings, std::string_view name);

}  // namespace footprint::core
