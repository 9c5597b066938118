// footprint import through the real binary, on files written by other programs (gpsbabel,
// ogr2ogr) at test time into the test's folder, and on hostile ones.
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "../core/import/test_photos.hpp"
#include "../core/temp_dir.hpp"
#include "run_footprint.hpp"

namespace footprint::test {
namespace {

namespace fs = std::filesystem;

class Import : public ::testing::Test {
 protected:
  RunResult run(const std::vector<std::string>& args, std::map<std::string, std::string> env = {}) {
    return run_footprint(args, journal(), scratch_.path(), std::move(env));
  }
  fs::path journal() const { return dir_ / "journal.geojson"; }
  fs::path write(const std::string& name, const std::string& text) {
    write_file(dir_ / name, text);
    return dir_ / name;
  }
  // Runs a shell command in the test's folder; fails the test when it fails.
  void shell(const std::string& command) {
    const std::string full = "cd '" + dir_.path().string() + "' && " + command + " 2>&1";
    ASSERT_EQ(std::system(full.c_str()), 0) << full;
  }
  nlohmann::json features() const {
    return nlohmann::json::parse(read_file(journal()))["features"];
  }
  TempDir dir_, scratch_;
};

const char* kWaypointsCsv =
    "lat,lon,name,desc,date,time\n"
    "51.1784,-115.5708,Cave and Basin,Hot springs,2024/10/12,10:00:00\n"
    "51.4254,-116.1773,Lake Louise 路易斯湖,,2024/10/13,00:00:00\n";
const char* kTrackCsv =
    "lat,lon,date,time\n"
    "51.1700,-115.5700,2024/10/14,08:00:00\n"
    "51.1750,-115.5700,2024/10/14,09:00:00\n"
    "51.1800,-115.5700,2024/10/14,10:00:00\n"
    "51.1800,-115.5800,2024/10/14,11:00:00\n";

TEST_F(Import, GpxWrittenByGpsbabelBecomesNamedEntries) {
  write("wpts.csv", kWaypointsCsv);
  write("trk.csv", kTrackCsv);
  shell("gpsbabel -i unicsv -f wpts.csv -o gpx,gpxver=1.0 -F banff.gpx");
  shell("gpsbabel -i unicsv -f trk.csv -x transform,trk=wpt,del -o gpx,gpxver=1.1 -F walk.gpx");
  const RunResult r = run(
      {"import", (dir_ / "banff.gpx").string(), (dir_ / "walk.gpx").string(), "--tag", "banff"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string banff = (dir_ / "banff.gpx").string(), walk = (dir_ / "walk.gpx").string();
  EXPECT_EQ(r.err,
            "footprint: created " + journal().string() + "\nfootprint: imported 3 entries\n");
  EXPECT_EQ(r.out, "added  2024-10-12-banff        " + banff +
                       ": waypoint 1  Cave and Basin  "
                       "2024-10-12T10:00:00Z\n"
                       "added  2024-10-13-lake-louise  " +
                       banff +
                       ": waypoint 2  Lake Louise 路易斯湖  "
                       "2024-10-13\n"
                       "added  2024-10-14-banff        " +
                       walk + ": track 1  2024-10-14T08:00:00Z\n");
  const auto f = features();
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0]["properties"]["title"], "Cave and Basin");
  EXPECT_EQ(f[0]["properties"]["notes"], "Hot springs");
  EXPECT_EQ(f[0]["properties"]["place"], "Banff");
  EXPECT_EQ(f[0]["properties"]["region"], "Alberta");
  EXPECT_EQ(f[0]["properties"]["country"], "Canada");
  EXPECT_EQ(f[0]["properties"]["tags"], nlohmann::json::array({"banff"}));
  EXPECT_EQ(f[1]["properties"]["title"], "Lake Louise 路易斯湖");
  EXPECT_EQ(f[1]["properties"]["date"], "2024-10-13");  // midnight UTC: a day
  // The track: dated by its first and last points, simplified (the straight middle point goes),
  // its length measured on every point.
  EXPECT_EQ(f[2]["geometry"]["type"], "LineString");
  EXPECT_EQ(f[2]["geometry"]["coordinates"],
            nlohmann::json::parse("[[-115.57,51.17],[-115.57,51.18],[-115.58,51.18]]"));
  EXPECT_EQ(f[2]["properties"]["date"], "2024-10-14T08:00:00Z");
  EXPECT_EQ(f[2]["properties"]["end"], "2024-10-14T11:00:00Z");
  EXPECT_NEAR(f[2]["properties"]["length_km"].get<double>(), 1.1125 + 0.6990, 0.001);
}

TEST_F(Import, TheSameFileTwiceAddsNothingTheSecondTime) {
  write("wpts.csv", kWaypointsCsv);
  shell("gpsbabel -i unicsv -f wpts.csv -o gpx -F banff.gpx");
  ASSERT_EQ(run({"import", (dir_ / "banff.gpx").string()}).exit_code, 0);
  const std::string before = read_file(journal());
  const RunResult r = run({"import", (dir_ / "banff.gpx").string()});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "footprint: nothing new to import: 2 entries are already in the journal\n");
  EXPECT_NE(r.out.find("exists  2024-10-12-banff"), std::string::npos) << r.out;
  EXPECT_EQ(read_file(journal()), before);
}

TEST_F(Import, DuplicatesWithinTheFilesAreMerged) {
  write("a.csv", "lat,lon,title,date,tags\n47.37,8.54,Zürich,2024-05-01,city\n");
  write("b.csv", "lat,lon,title,date,tags\n47.3705,8.5401,Zurich HB,2024-05-01,train\n");
  const RunResult r = run({"import", dir_.path().string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "footprint: created " + journal().string() +
                       "\nfootprint: imported 1 entry, 1 duplicate merged\n");
  const auto f = features();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["properties"]["title"], "Zürich");
  EXPECT_EQ(f[0]["properties"]["tags"], nlohmann::json::array({"city", "train"}));
}

TEST_F(Import, DryRunPrintsWhatWouldHappenAndWritesNothing) {
  write("a.csv", "lat,lon,title,date\n47.37,8.54,Zürich,2024-05-01\n47.37,8.54,Again,2024-05-01\n");
  const RunResult r = run({"import", "--dry-run", (dir_ / "a.csv").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // The id is made from the place the offline data names (Zürich's district 1).
  EXPECT_EQ(r.out, "would add    2024-05-01-zurich-kreis-1  " + (dir_ / "a.csv").string() +
                       ": row 1  Zürich  2024-05-01\n"
                       "would merge  2024-05-01-zurich-kreis-1  " +
                       (dir_ / "a.csv").string() + ": row 2  Again  2024-05-01\n");
  EXPECT_EQ(r.err,
            "footprint: would import 1 entry, 1 duplicate merged (dry run: nothing was written)\n");
  EXPECT_FALSE(fs::exists(journal()));
}

TEST_F(Import, ACsvWithABadRowAndLatin1TextImportsTheRestAndSaysWhat) {
  write("places.csv",
        "name;latitude;longitude;date;notes\n"
        "Caf\xE9 M\xFCller;48.1374;11.5755;2024-03-02;\"one\ntwo\"\n"
        "Broken;abc;11.5;2024-03-03;\n"
        "Stra\xDF"
        "e;48.2;11.6;2024-03-04;x\n");
  const RunResult r = run({"import", (dir_ / "places.csv").string()});
  EXPECT_EQ(r.exit_code, 6);
  EXPECT_NE(r.err.find("footprint: " + (dir_ / "places.csv").string() +
                       ": row 2: latitude \"abc\" is not a number\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("footprint: imported 2 entries; 1 problem (skipped)\n"), std::string::npos)
      << r.err;
  const auto f = features();
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0]["properties"]["title"], "Café Müller");
  EXPECT_EQ(f[0]["properties"]["notes"], "one\ntwo");
  EXPECT_EQ(f[1]["properties"]["title"], "Straße");
}

TEST_F(Import, ColumnsCanBeNamedOutright) {
  write("orte.csv", "Ort,Breite,Laenge,Datum\nBern,46.948,7.4474,2024-06-01\n");
  RunResult r = run({"import", (dir_ / "orte.csv").string()});
  EXPECT_EQ(r.exit_code, 6);
  EXPECT_NE(r.err.find(": no position columns: expected lat, latitude or y and lon, lng, long, "
                       "longitude or x, or a WKT column (--columns lat=NAME,lon=NAME says which)"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(journal())) << "nothing read, nothing written";
  r = run({"import", (dir_ / "orte.csv").string(), "--columns",
           "lat=Breite,lon=Laenge,title=Ort,date=Datum"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(features()[0]["properties"]["title"], "Bern");
  r = run({"import", (dir_ / "orte.csv").string(), "--columns", "breite=lat"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--columns: unknown column role \"breite\""), std::string::npos);
}

// Semicolons and tabs as GDAL's ogr2ogr writes them, "|" as sqlite3 writes it (with a quoted
// value holding "|" and a comma, and a bad row), all read like commas; --columns still decides.
TEST_F(Import, CsvSeparatedBySemicolonsTabsOrPipesFromOtherPrograms) {
  write("base.csv", "lat,lon,name\n47.37,8.54,Zürich\n46.2,6.15,Genève\n");
  shell("ogr2ogr -f CSV -lco SEPARATOR=SEMICOLON semi.csv base.csv");
  shell("ogr2ogr -f CSV -lco SEPARATOR=TAB tab.csv base.csv");
  ASSERT_EQ(read_file(dir_ / "semi.csv"),
            "lat;lon;name\n\"47.37\";\"8.54\";Zürich\n\"46.2\";\"6.15\";Genève\n");
  shell(
      "sqlite3 p.db \"CREATE TABLE t(name, lat, lon, notes); INSERT INTO t VALUES "
      "('Bern', 46.948, 7.4474, 'a|b, c'), ('Bad', 'north', 7.0, ''), ('Thun', 46.75, 7.63, '')\"");
  shell("sqlite3 -header -csv -separator '|' p.db 'SELECT * FROM t' > pipe.csv");
  ASSERT_EQ(read_file(dir_ / "pipe.csv"),
            "name|lat|lon|notes\nBern|46.948|7.4474|\"a|b, c\"\nBad|north|7.0|\"\"\n"
            "Thun|46.75|7.63|\"\"\n");
  for (const char* name : {"semi.csv", "tab.csv"}) {
    fs::remove(journal());
    const RunResult r = run({"import", (dir_ / name).string(), "-q"});
    EXPECT_EQ(r.exit_code, 0) << name << r.err;
    ASSERT_EQ(features().size(), 2u) << name;
    EXPECT_EQ(features()[1]["properties"]["title"], "Genève") << name;
    EXPECT_EQ(features()[1]["geometry"]["coordinates"], nlohmann::json::parse("[6.15, 46.2]"));
  }
  fs::remove(journal());
  RunResult r = run({"import", (dir_ / "pipe.csv").string(), "-q"});
  EXPECT_EQ(r.exit_code, 6);
  EXPECT_NE(
      r.err.find((dir_ / "pipe.csv").string() + ": row 2: latitude \"north\" is not a number"),
      std::string::npos)
      << r.err;
  auto f = features();
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0]["properties"]["title"], "Bern");
  EXPECT_EQ(f[0]["properties"]["notes"], "a|b, c");
  EXPECT_EQ(f[0]["geometry"]["coordinates"], nlohmann::json::parse("[7.4474, 46.948]"));
  EXPECT_EQ(f[1]["properties"]["title"], "Thun");
  // A spreadsheet's export as much of Europe writes it: a byte-order mark, CRLF, semicolons and
  // decimal commas.
  write("tabelle.csv",
        "\xEF\xBB\xBFName;Breitengrad;Latitude;Longitude\r\nZürich;x;47,37;8,54\r\n"
        "Bad;y;47,3,7;8\r\n");
  fs::remove(journal());
  r = run({"import", (dir_ / "tabelle.csv").string(), "-q"});
  EXPECT_EQ(r.exit_code, 6);
  EXPECT_NE(r.err.find("tabelle.csv: row 2: latitude \"47,3,7\" is not a number"),
            std::string::npos)
      << r.err;
  f = features();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["properties"]["title"], "Zürich");
  EXPECT_EQ(f[0]["geometry"]["coordinates"], nlohmann::json::parse("[8.54, 47.37]"));
  // UTF-16 ("Unicode text"), which GDAL's CSV reader cannot read, is named as such.
  write("unicode.tsv", std::string("\xFF\xFEN\0a\0m\0e\0\t\0", 12));
  r = run({"import", (dir_ / "unicode.tsv").string(), "-q"});
  EXPECT_EQ(r.exit_code, 6);
  EXPECT_NE(r.err.find((dir_ / "unicode.tsv").string() +
                       ": cannot be read as CSV: it is UTF-16 text (a spreadsheet's \"Unicode "
                       "text\"); save it as \"CSV UTF-8\"\n"),
            std::string::npos)
      << r.err;
  // A Latin-1 spreadsheet export separated by "|", its columns named outright in UTF-8.
  write("orte.psv", "Ort|Breite|L\xE4nge\nZ\xFCrich|47.37|8.54\n");
  fs::remove(journal());
  r = run({"import", (dir_ / "orte.psv").string(), "--columns", "lat=Breite,lon=Länge,title=Ort"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  f = features();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["properties"]["title"], "Zürich");
  EXPECT_EQ(f[0]["geometry"]["coordinates"], nlohmann::json::parse("[8.54, 47.37]"));
}

TEST_F(Import, ATruncatedGpxIsAProblemWithItsLine) {
  write("wpts.csv", kWaypointsCsv);
  shell("gpsbabel -i unicsv -f wpts.csv -o gpx -F whole.gpx");
  const std::string whole = read_file(dir_ / "whole.gpx");
  write("cut.gpx", whole.substr(0, whole.size() / 2));
  const RunResult r = run({"import", (dir_ / "cut.gpx").string()});
  EXPECT_EQ(r.exit_code, 6);
  EXPECT_NE(r.err.find("footprint: " + (dir_ / "cut.gpx").string() + ": "), std::string::npos);
  EXPECT_NE(r.err.find("line "), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(journal()));
}

// The "billion laughs": ten levels of ten entity references, 10^9 "lol"s when expanded. GDAL's
// expat wrapper refuses entity declarations, so this fails at once without memory.
std::string billion_laughs(const std::string& root, const std::string& body) {
  std::string doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n<!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    doc += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) doc += i == 1 ? "&lol;" : "&lol" + std::to_string(i - 1) + ";";
    doc += "\">\n";
  }
  return doc + "]>\n" + body;
}

TEST_F(Import, EntityExpansionIsRefusedInKmlAndGpx) {
  write("lol.kml", billion_laughs("kml",
                                  "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>"
                                  "<Placemark><name>&lol9;</name><Point><coordinates>8.5,47.3"
                                  "</coordinates></Point></Placemark></Document></kml>\n"));
  write("lol.gpx", billion_laughs("gpx",
                                  "<gpx version=\"1.1\" creator=\"x\" "
                                  "xmlns=\"http://www.topografix.com/GPX/1/1\"><wpt lat=\"1\" "
                                  "lon=\"2\"><name>&lol9;</name></wpt></gpx>\n"));
  const RunResult r = run({"import", (dir_ / "lol.kml").string(), (dir_ / "lol.gpx").string()});
  EXPECT_EQ(r.exit_code, 6);
  EXPECT_NE(r.err.find("footprint: " + (dir_ / "lol.kml").string() + ": cannot be read as KML: "),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("footprint: " + (dir_ / "lol.gpx").string() +
                       ": cannot be read as GPX: XML parsing of GPX file failed : parsing aborted "
                       "at line 14, column 100\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("lollol"), std::string::npos);
  EXPECT_FALSE(fs::exists(journal()));
}

TEST_F(Import, KmlFromGpsbabelAndGeoJsonFromOgr2ogr) {
  write("wpts.csv", kWaypointsCsv);
  shell("gpsbabel -i unicsv -f wpts.csv -o kml -F banff.kml");
  shell("gpsbabel -i unicsv -f wpts.csv -o gpx -F banff.gpx");
  shell("ogr2ogr -f GeoJSON places.geojson banff.gpx waypoints");
  RunResult r = run({"import", (dir_ / "banff.kml").string(), "--trip", "banff-2024"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto f = features();
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0]["properties"]["title"], "Cave and Basin");
  EXPECT_EQ(f[0]["properties"]["date"], "2024-10-12T10:00:00Z");
  EXPECT_EQ(f[0]["properties"]["trip"], "banff-2024");
  fs::remove(journal());
  r = run({"import", (dir_ / "places.geojson").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  f = features();
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1]["properties"]["title"], "Lake Louise 路易斯湖");
  // A KMZ, and a GeoPackage in Web Mercator (reprojected to WGS 84 on reading).
  shell("ogr2ogr -f LIBKML banff.kmz banff.gpx waypoints");
  shell("ogr2ogr -f GPKG -t_srs EPSG:3857 banff.gpkg banff.gpx waypoints");
  for (const char* file : {"banff.kmz", "banff.gpkg"}) {
    fs::remove(journal());
    r = run({"import", (dir_ / file).string()});
    EXPECT_EQ(r.exit_code, 0) << file << r.err;
    f = features();
    ASSERT_EQ(f.size(), 2u) << file;
    EXPECT_EQ(f[0]["properties"]["title"], "Cave and Basin") << file;
    EXPECT_NEAR(f[0]["geometry"]["coordinates"][0].get<double>(), -115.5708, 1e-6) << file;
    EXPECT_NEAR(f[0]["geometry"]["coordinates"][1].get<double>(), 51.1784, 1e-6) << file;
  }
}

TEST_F(Import, MissingAndUnsupportedFilesAreReportedAndTheRestImported) {
  write("a.csv", "lat,lon\n47.37,8.54\n");
  write("IMG_0001.jpg", "\xFF\xD8\xFF\xE0");
  write("notes.txt", "hello");
  write("empty.csv", "");
  write("empty.gpx", "");
  const RunResult r = run({"import", (dir_ / "nope.gpx").string(), (dir_ / "notes.txt").string(),
                           (dir_ / "IMG_0001.jpg").string(), (dir_ / "a.csv").string(),
                           (dir_ / "empty.csv").string(), (dir_ / "empty.gpx").string()});
  EXPECT_EQ(r.exit_code, 6);
  EXPECT_NE(r.err.find("footprint: " + (dir_ / "nope.gpx").string() + ": no such file or folder\n"),
            std::string::npos);
  EXPECT_NE(r.err.find("footprint: " + (dir_ / "notes.txt").string() +
                       ": not a kind of file footprint imports"),
            std::string::npos);
  EXPECT_NE(r.err.find("footprint: " + (dir_ / "IMG_0001.jpg").string() +
                       ": the file ends inside its header, before the image data (truncated)\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("footprint: " + (dir_ / "empty.csv").string() +
                       ": cannot be read as CSV: it is empty\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("footprint: " + (dir_ / "empty.gpx").string() +
                       ": cannot be read as GPX: it is empty\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos) << "no progress line when not a terminal";
  EXPECT_EQ(features().size(), 1u);
}

TEST_F(Import, AFolderOfPhotosTaggedByExiftoolBecomesEntriesListingThem) {
  // Two photos at Banff on one day and one at Sydney, tagged by exiftool; one without GPS.
  fs::create_directories(dir_ / "DCIM");
  const fs::path plain = dir_ / "plain.jpg", plain_png = dir_ / "plain.png";
  make_plain_images(dir_.path(), plain, plain_png);
  for (const char* name : {"a.jpg", "b.jpg", "c.jpg", "d.jpg"}) {
    fs::copy_file(plain, dir_ / "DCIM" / name);
  }
  const auto on = [](std::vector<std::string> tags, const char* when) {
    tags.push_back(std::string("-DateTimeOriginal=") + when);
    return tags;
  };
  exiftool(dir_ / "DCIM",
           {{dir_ / "DCIM/a.jpg", on(gps_tags(51.1784, -115.5708), "2024:10:12 09:00:00")},
            {dir_ / "DCIM/b.jpg", on(gps_tags(51.1790, -115.5700), "2024:10:12 15:30:00")},
            {dir_ / "DCIM/c.jpg", on(gps_tags(-33.8568, 151.2153), "2024:12:01 10:00:00")},
            {dir_ / "DCIM/d.jpg", {"-DateTimeOriginal=2024:12:02 10:00:00"}}});
  const RunResult r = run({"import", (dir_ / "DCIM").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("photos without GPS"), std::string::npos) << r.err;
  const auto f = features();
  ASSERT_EQ(f.size(), 2u) << r.err;
  EXPECT_EQ(f[0]["properties"]["photos"].size(), 2u) << f[0].dump();
  EXPECT_NEAR(f[0]["geometry"]["coordinates"][1].get<double>(), 51.1784, 1e-4);
  EXPECT_EQ(f[0]["properties"]["place"], "Banff");
  EXPECT_NEAR(f[1]["geometry"]["coordinates"][0].get<double>(), 151.2153, 1e-4);
  // The same folder again adds nothing.
  const RunResult again = run({"import", (dir_ / "DCIM").string()});
  EXPECT_EQ(features().size(), 2u) << again.err;
}

TEST_F(Import, AProgressLineOnATerminalOnly) {
  write("a.csv", "lat,lon\n47.37,8.54\n");
  write("b.csv", "lat,lon\n46.0,7.0\n");
  // script(1) runs footprint on a pseudo-terminal, as a person at a terminal would.
  const std::string command = "FOOTPRINT_JOURNAL='" + journal().string() + "' script -qec \"'" +
                              FOOTPRINT_BINARY + "' import a.csv b.csv";
  shell(command + "\" /dev/null > tty.txt");
  const std::string shown = read_file(dir_ / "tty.txt");
  EXPECT_NE(shown.find("\r\033[Kimport: 1 file, 1 entry, "), std::string::npos) << shown;
  EXPECT_NE(shown.find("\r\033[Kfootprint: created"), std::string::npos) << "the line is cleared";
  fs::remove(journal());
  shell(command + " --quiet\" /dev/null > quiet.txt");
  EXPECT_EQ(read_file(dir_ / "quiet.txt").find("import: "), std::string::npos);
}

TEST_F(Import, TrackOfTenThousandPointsAndTenThousandWaypoints) {
  std::string gpx =
      "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"t\" "
      "xmlns=\"http://www.topografix.com/GPX/1/1\">\n";
  for (int i = 0; i < 10000; ++i) {
    const int row = i / 100, column = i % 100;
    gpx += "<wpt lat=\"" + std::to_string(40 + row * 0.01) + "\" lon=\"" +
           std::to_string(-100 + column * 0.01) + "\"><name>w" + std::to_string(i) +
           "</name></wpt>\n";
  }
  gpx += "<trk><name>long</name><trkseg>\n";
  for (int i = 0; i < 10000; ++i) {
    gpx += "<trkpt lat=\"" + std::to_string(30 + i * 0.0001) + "\" lon=\"" +
           std::to_string(-90 + (i % 2) * 0.00001) + "\"/>\n";
  }
  write("big.gpx", gpx + "</trkseg></trk></gpx>\n");
  const RunResult r = run({"import", (dir_ / "big.gpx").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto f = features();
  ASSERT_EQ(f.size(), 10001u);
  const auto& track = f[10000];
  EXPECT_EQ(track["geometry"]["coordinates"].size(), 2u) << "a straight zig-zag of 1 m";
  EXPECT_NEAR(track["properties"]["length_km"].get<double>(), 111.0, 0.5);
}

TEST_F(Import, JournalCommandsDoNotLoadGdal) {
  write("a.csv", "lat,lon\n47.37,8.54\n");
  RunResult r = run({"import", (dir_ / "a.csv").string()}, {{"LD_DEBUG", "libs"}});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("libgdal.so"), std::string::npos) << "the check sees GDAL when loaded";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"list"}, {"add", "x", "--at", "1,2", "--date", "2024-01-01"}}) {
    r = run(args, {{"LD_DEBUG", "libs"}});
    EXPECT_EQ(r.exit_code, 0) << args[0];
    EXPECT_EQ(r.err.find("libgdal.so"), std::string::npos) << args[0];
  }
}

}  // namespace
}  // namespace footprint::test
