// CSV for auditors' batches: one row per report, UTF-8 with BOM and CRLF so that Excel and WPS
// open it with the Chinese intact.
#include <xxgk/xxgk.h>

#include <set>

#include "render.h"
#include "result_view.h"

namespace xxgk::cli {
namespace {

std::string field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// The rules that compare a report with last year's (their findings fill 跨年度核对).
const std::set<std::string>& cross_report_rules() {
  static const std::set<std::string> ids = [] {
    std::set<std::string> out;
    for (const Json& rule : Json::parse(rules_to_json()))
      if (rule["scope"] == "cross-report") out.insert(rule["id"].get<std::string>());
    return out;
  }();
  return ids;
}

std::string text_of(const Json& v) { return v.is_string() ? v.get<std::string>() : ""; }

}  // namespace

std::string csv_header() { return "\xEF\xBB\xBF文件,单位,年度,模板,错误数,提醒数,第一处错误,上年报告,跨年度核对\r\n"; }

std::string render_csv(const FileOutcome& f) {
  Json r = parse_result(f.result);
  std::string error = error_message(r);
  if (!f.read_error.empty() || !error.empty()) {
    std::string why = !f.read_error.empty() ? "无法读取：" + f.read_error : "无法检查：" + error;
    return field(f.path) + ",,,,,," + field(why) + "," + field(f.previous_path) + ",\r\n";
  }
  int errors = 0, warnings = 0;
  std::string first_error, continuity;  // the cross-report findings, one after another
  for (const Json& x : r["findings"]) {
    std::string message = x["message"];
    if (cross_report_rules().count(x["rule"].get<std::string>()))
      continuity += (continuity.empty() ? "" : "；") + message;
    if (x["severity"] == "error") {
      if (errors++ == 0) first_error = message;
    } else {
      ++warnings;
    }
  }
  std::string year = r["year"].is_number() ? std::to_string(r["year"].get<int>()) : "";
  return field(f.path) + "," + field(text_of(r["agency"])) + "," + year + "," + text_of(r["template"]) + "," +
         std::to_string(errors) + "," + std::to_string(warnings) + "," + field(first_error) + "," +
         field(f.previous_path) + "," + field(continuity) + "\r\n";
}

}  // namespace xxgk::cli
