// CSV for auditors' batches: one row per report, UTF-8 with BOM and CRLF so that Excel and WPS
// open it with the Chinese intact.
#include "render.h"
#include "rules/rule.h"

namespace xxgk::cli {
namespace {

std::string field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

std::string csv_header() { return "\xEF\xBB\xBF文件,单位,年度,模板,错误数,提醒数,第一处错误,上年报告,跨年度核对\r\n"; }

std::string render_csv(const FileOutcome& f) {
  if (!f.read_error.empty() || f.result.error) {
    std::string why = !f.read_error.empty() ? "无法读取：" + f.read_error : "无法检查：" + f.result.error->message;
    return field(f.path) + ",,,,,," + field(why) + "," + field(f.previous_path) + ",\r\n";
  }
  const CheckResult& r = f.result;
  int errors = 0, warnings = 0;
  std::string first_error, continuity;  // the cross-report findings, one after another
  for (const auto& x : r.findings) {
    if (is_cross_report_rule(x.rule)) continuity += (continuity.empty() ? "" : "；") + x.message;
    if (x.severity == Severity::Error) {
      if (errors++ == 0) first_error = x.message;
    } else {
      ++warnings;
    }
  }
  return field(f.path) + "," + field(r.meta.agency) + "," + (r.meta.year ? std::to_string(*r.meta.year) : "") + "," +
         (r.template_found ? r.tmpl->id : "") + "," + std::to_string(errors) + "," + std::to_string(warnings) + "," + field(first_error) + "," + field(f.previous_path) + "," +
         field(continuity) + "\r\n";
}

}  // namespace xxgk::cli
