#include "result_view.h"

namespace xxgk::cli {

Json parse_result(const std::string& result) { return Json::parse(result, nullptr, false); }

std::string error_message(const Json& result) {
  if (!result.is_object()) return "检查结果无法解析";
  if (!result.contains("error")) return "";
  return result["error"].value("message", "");
}

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace xxgk::cli
