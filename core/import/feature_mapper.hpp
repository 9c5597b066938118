// The mapping layer of the vector readers: features as GDAL reads them (ogr_features.hpp) become
// import items, by rules per format (GPX waypoints, tracks and routes; KML folders as trips; CSV
// columns found by name). It holds no GDAL: the fuzz target drives it with made-up features.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/import/field_roles.hpp"
#include "core/import/import_item.hpp"
#include "core/import/ogr_features.hpp"

namespace footprint::core::import {

enum class VectorFormat { gpx, kml, geojson, geopackage, csv };

/// "GPX", "KML", "GeoJSON", "GeoPackage", "CSV".
std::string_view format_name(VectorFormat format);

class FeatureMapper : public OgrFeatureSink {
 public:
  /// `file` names the file in messages and origins, as the user gave it.
  FeatureMapper(VectorFormat format, std::string file, ColumnNames columns = {});

  void feature(OgrFeature&& feature) override;
  void problem(const std::string& where, const std::string& message) override;

  /// Everything read, tracks completed with the times of their points, in file order.
  ImportBatch finish();

 private:
  struct PendingTrack {
    std::size_t item;  // index in batch_.items
    bool dated_by_fields = false;
  };
  struct TrackTimes {
    std::string first, last;
  };

  void map_feature(const OgrFeature& f, const std::string& at);
  void note_track_point(const OgrFeature& feature);
  void complete_track(ImportItem& item, const TrackTimes* times, bool dated_by_fields);
  std::string where(const OgrFeature& feature) const;
  void add_problem(std::string where, std::string message);

  VectorFormat format_;
  std::string file_;
  ColumnNames columns_;
  ImportBatch batch_;
  bool missing_columns_reported_ = false;
  // GPX: tracks and routes by layer and fid, dated from their points' times at the end.
  std::map<std::pair<std::string, long long>, PendingTrack> tracks_;
  std::map<std::pair<std::string, long long>, TrackTimes> times_;
};

}  // namespace footprint::core::import
