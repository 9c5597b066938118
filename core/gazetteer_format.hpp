// The version of the gazetteer index layout (data/out/gazetteer/gazetteer.sqlite), shared by the
// index builder (data/gazetteer/index_builder.cpp) and the reader (core/gazetteer.cpp).
#pragma once

namespace footprint::core {

/// Stored as SQLite's user_version. Bump it whenever the schema or fold_key() changes, so that an
/// index built by an older program is refused (and rebuilt by data/build) instead of silently
/// missing names.
inline constexpr int kGazetteerFormat = 2;

/// The index file name inside <data dir>/gazetteer/.
inline constexpr const char* kGazetteerFile = "gazetteer.sqlite";

}  // namespace footprint::core
