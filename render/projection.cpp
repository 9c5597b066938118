#include "render/projection.hpp"

#include <proj.h>

#include <cmath>
#include <regex>

#include "core/error.hpp"

namespace footprint::render {
namespace {

// A bare "+proj=…" string describes an operation; PROJ needs "+type=crs" to treat it as a CRS.
std::string as_crs_definition(const std::string& definition) {
  if (definition.rfind("+proj", 0) == 0 && definition.find("+type=crs") == std::string::npos) {
    return definition + " +type=crs";
  }
  return definition;
}

// The longitude the projection is centred on: "+lon_0=" in a PROJ string, otherwise the
// longitude parameter of the CRS's conversion (natural origin, false origin, centre…).
double find_central_meridian(PJ_CONTEXT* context, PJ* crs, const std::string& definition) {
  static const std::regex lon_0(R"(\+lon_0=(-?[0-9.]+))");
  if (std::smatch match; std::regex_search(definition, match, lon_0)) {
    return std::stod(match[1].str());
  }
  if (crs == nullptr) return 0;
  std::unique_ptr<PJ, decltype(&proj_destroy)> conversion(
      proj_crs_get_coordoperation(context, crs), proj_destroy);
  if (!conversion) return 0;
  const int count = proj_coordoperation_get_param_count(context, conversion.get());
  for (int i = 0; i < count; ++i) {
    const char* name = nullptr;
    double value = 0;
    proj_coordoperation_get_param(context, conversion.get(), i, &name, nullptr, nullptr, &value,
                                  nullptr, nullptr, nullptr, nullptr, nullptr, nullptr);
    const std::string text = name != nullptr ? name : "";
    if (text.rfind("Longitude of", 0) == 0) return value;
  }
  return 0;
}

}  // namespace

void Projection::ContextDeleter::operator()(pj_ctx* context) const { proj_context_destroy(context); }
void Projection::PjDeleter::operator()(PJconsts* pj) const { proj_destroy(pj); }

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
      throw UsageError("unknown projection \"" + definition + "\": expected an EPSG code or a PROJ string");
    }
    if (!proj_angular_input(transform_.get(), PJ_FWD) || proj_angular_output(transform_.get(), PJ_FWD)) {
      throw UsageError("projection \"" + definition + "\" does not map longitude/latitude to a plane");
    }
    radians_ = true;
    central_meridian_ = find_central_meridian(ctx, nullptr, definition);
    return;
  }
  std::unique_ptr<PJ, PjDeleter> target(proj_create(ctx, as_crs_definition(definition).c_str()));
  if (!target || !proj_is_crs(target.get())) {
    throw UsageError("unknown projection \"" + definition + "\": expected an EPSG code or a PROJ string");
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
  central_meridian_ = find_central_meridian(ctx, target.get(), definition);
}

Projection::~Projection() = default;
Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;

std::optional<XY> Projection::forward(core::LonLat lonlat) const {
  PJ_COORD in = radians_ ? proj_coord(proj_torad(lonlat.lon), proj_torad(lonlat.lat), 0, 0)
                         : proj_coord(lonlat.lon, lonlat.lat, 0, 0);
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
