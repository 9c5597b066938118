#include "render/geo/projection.hpp"

#include <proj.h>

#include <cmath>
#include <optional>
#include <regex>

#include "core/error.hpp"
#include "core/number_text.hpp"

namespace footprint::render {
namespace {

// A bare "+proj=…" string describes an operation; PROJ needs "+type=crs" to treat it as a CRS.
std::string as_crs_definition(const std::string& definition) {
  if (definition.rfind("+proj", 0) == 0 && definition.find("+type=crs") == std::string::npos) {
    return definition + " +type=crs";
  }
  return definition;
}

// What the projection's conversion says about its centre: the method, the longitude it is
// centred on ("+lon_0=" in a PROJ string, otherwise the conversion's longitude parameter:
// natural origin, false origin, centre…) and its latitude of origin, when there is one.
struct Centre {
  std::string method;  ///< PROJ's short name ("laea") or the EPSG method name
  double lon = 0;
  std::optional<double> lat;
};

// The number after a parameter ("+lon_0=-113.5"); a parameter whose value is not a number
// ("+lon_0=.", "+lon_0=1e999") is a bad projection, refused naming it.
std::optional<double> match_number(const std::string& text, const std::regex& pattern) {
  std::smatch match;
  if (!std::regex_search(text, match, pattern)) return std::nullopt;
  if (const auto value = core::parse_decimal(match[1].str())) return value;
  throw UsageError("invalid projection \"" + text + "\": " + match[0].str() + " is not a number");
}

Centre find_centre(PJ_CONTEXT* context, PJ* crs, const std::string& definition) {
  static const std::regex lon_0(R"(\+lon_0=(-?[0-9.]+))");
  static const std::regex lat_0(R"(\+lat_0=(-?[0-9.]+))");
  static const std::regex proj(R"(\+proj=([A-Za-z_0-9]+))");
  Centre centre;
  if (std::smatch match; std::regex_search(definition, match, proj)) centre.method = match[1].str();
  const auto lon = match_number(definition, lon_0);
  centre.lat = match_number(definition, lat_0);
  if (crs == nullptr) {
    centre.lon = lon.value_or(0);
    if (centre.method == "ups")
      centre.lat = definition.find("+south") != std::string::npos ? -90 : 90;
    return centre;
  }
  std::unique_ptr<PJ, decltype(&proj_destroy)> conversion(proj_crs_get_coordoperation(context, crs),
                                                          proj_destroy);
  centre.lon = lon.value_or(0);
  if (!conversion) return centre;
  if (const char* name = nullptr;
      proj_coordoperation_get_method_info(context, conversion.get(), &name, nullptr, nullptr) &&
      name != nullptr) {
    centre.method = name;
  }
  const int count = proj_coordoperation_get_param_count(context, conversion.get());
  bool found_lon = lon.has_value();
  for (int i = 0; i < count; ++i) {
    const char* name = nullptr;
    double value = 0;
    proj_coordoperation_get_param(context, conversion.get(), i, &name, nullptr, nullptr, &value,
                                  nullptr, nullptr, nullptr, nullptr, nullptr, nullptr);
    const std::string text = name != nullptr ? name : "";
    if (!found_lon && text.rfind("Longitude of", 0) == 0) {
      centre.lon = value;
      found_lon = true;
    }
    if (text == "Latitude of natural origin" || text == "Latitude of projection centre") {
      centre.lat = value;
    } else if (text == "Latitude of standard parallel" && !centre.lat) {
      centre.lat = value >= 0 ? 90 : -90;  // polar stereographic, variants B and C
    }
  }
  return centre;
}

// The cap an azimuthal projection can draw: nearly the whole globe for the equal-area and
// equidistant ones (the antipode is their rim) and the stereographic ones (the antipode is at
// infinity), less where the scale runs away.
std::optional<SphereCap> domain_of(const Centre& centre) {
  const std::string& m = centre.method;
  double radius = 0;
  if (m == "laea" || m == "aeqd" || m.find("Azimuthal") != std::string::npos || m == "stere" ||
      m == "ups" || m == "sterea" || m.find("Stereographic") != std::string::npos) {
    radius = 179;
  } else if (m == "ortho" || m == "Orthographic") {
    radius = 89.9;  // PROJ refuses points a hair beyond the horizon
  } else if (m == "gnom" || m == "Gnomonic") {
    radius = 80;
  }
  if (radius == 0) return std::nullopt;
  return SphereCap{{centre.lon, centre.lat.value_or(0)}, radius};
}

}  // namespace

void Projection::ContextDeleter::operator()(pj_ctx* context) const {
  proj_context_destroy(context);
}
void Projection::PjDeleter::operator()(PJconsts* pj) const {
  proj_destroy(pj);
}

Projection::Projection(const std::string& definition)
    : context_(proj_context_create()), definition_(definition) {
  PJ_CONTEXT* ctx = context_.get();
  // Keep PROJ quiet: failures become exceptions here, not lines on stderr.
  proj_log_level(ctx, PJ_LOG_NONE);
  proj_log_func(ctx, nullptr, [](void*, int, const char*) {});
  if (definition.rfind("+proj", 0) == 0 && definition.find("+type=crs") == std::string::npos) {
    // A PROJ string is the projection itself, used as an operation on degrees. It needs no
    // database, but PROJ 9.1 opens proj.db for every proj_create() (parsing its schema cost
    // ~20 ms of CPU, a tenth of a world map) unless it cannot find one: so it is first created
    // with a search path where no file can exist, and only if that fails (a string that wants
    // a grid or an init file) again with PROJ's own paths.
    const char* nowhere[] = {"/dev/null"};
    proj_context_set_search_paths(ctx, 1, nowhere);
    transform_.reset(proj_create(ctx, definition.c_str()));
    proj_context_set_search_paths(ctx, 0, nullptr);
    if (!transform_) transform_.reset(proj_create(ctx, definition.c_str()));
    if (!transform_ || proj_is_crs(transform_.get())) {
      throw UsageError("unknown projection \"" + definition +
                       "\": expected an EPSG code or a PROJ string");
    }
    if (!proj_angular_input(transform_.get(), PJ_FWD) ||
        proj_angular_output(transform_.get(), PJ_FWD)) {
      throw UsageError("projection \"" + definition +
                       "\" does not map longitude/latitude to a plane");
    }
    radians_ = true;
    const Centre centre = find_centre(ctx, nullptr, definition);
    central_meridian_ = centre.lon;
    azimuthal_ = domain_of(centre);
    return;
  }
  std::unique_ptr<PJ, PjDeleter> target(proj_create(ctx, as_crs_definition(definition).c_str()));
  if (!target || !proj_is_crs(target.get())) {
    throw UsageError("unknown projection \"" + definition +
                     "\": expected an EPSG code or a PROJ string");
  }
  const PJ_TYPE type = proj_get_type(target.get());
  if (type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS) {
    throw UsageError("projection \"" + definition + "\" is geographic; maps need a projected CRS");
  }
  std::unique_ptr<PJ, PjDeleter> source(proj_create(ctx, "EPSG:4326"));
  std::unique_ptr<PJ, PjDeleter> raw(
      proj_create_crs_to_crs_from_pj(ctx, source.get(), target.get(), nullptr, nullptr));
  if (!raw) throw UsageError("no transformation from WGS 84 to \"" + definition + "\"");
  // EPSG:4326 is latitude-first; normalising makes both ends longitude/easting first.
  transform_.reset(proj_normalize_for_visualization(ctx, raw.get()));
  if (!transform_) throw UsageError("cannot normalise the axis order of \"" + definition + "\"");
  const Centre centre = find_centre(ctx, target.get(), definition);
  central_meridian_ = centre.lon;
  azimuthal_ = domain_of(centre);
}

Projection::~Projection() = default;
Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;

std::optional<XY> Projection::forward(core::LonLat lonlat) const {
  // A hair of tolerance: points clipped onto the cap's edge must still project.
  if (visible_cap_ && !cap_contains(*visible_cap_, lonlat, 1e-6)) return std::nullopt;
  // Longitudes may run on past ±180 (a clipped ring turning round the cap); PROJ refuses the
  // ones far beyond. remainder() is exact: nothing within ±180 changes (so it is skipped there:
  // every point of every route comes through here).
  const double lon = std::abs(lonlat.lon) <= 180 ? lonlat.lon : std::remainder(lonlat.lon, 360.0);
  PJ_COORD in = radians_ ? proj_coord(proj_torad(lon), proj_torad(lonlat.lat), 0, 0)
                         : proj_coord(lon, lonlat.lat, 0, 0);
  PJ_COORD out = proj_trans(transform_.get(), PJ_FWD, in);
  if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL) {
    proj_errno_reset(transform_.get());
    return std::nullopt;
  }
  return XY{out.xy.x, out.xy.y};
}

std::optional<core::LonLat> Projection::inverse(XY xy) const {
  PJ_COORD in = proj_coord(xy.x, xy.y, 0, 0);
  PJ_COORD out = proj_trans(transform_.get(), PJ_INV, in);
  if (!std::isfinite(out.lp.lam) || !std::isfinite(out.lp.phi) || out.lp.lam == HUGE_VAL) {
    proj_errno_reset(transform_.get());
    return std::nullopt;
  }
  if (radians_) return core::LonLat{proj_todeg(out.lp.lam), proj_todeg(out.lp.phi)};
  return core::LonLat{out.lp.lam, out.lp.phi};
}

}  // namespace footprint::render
