// CSV for auditors' batches: one row per report, UTF-8 with BOM and CRLF so that Excel and WPS
// open it with the Chinese intact.
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

}  // namespace

std::string csv_header() { return "\xEF\xBB\xBF文件,单位,年度,模板,错误数,提醒数,第一处错误,上年报告,跨年度核对\r\n"; }

std::string render_csv(const FileOutcome& f) {
  ResultView r = f.read_error.empty() ? read_result(f.result) : ResultView{};
  if (!f.read_error.empty() || !r.error.empty()) {
    std::string why = !f.read_error.empty() ? "无法读取：" + f.read_error : "无法检查：" + r.error;
    return field(f.path) + ",,,,,," + field(why) + "," + field(f.previous_path) + ",\r\n";
  }
  int errors = 0, warnings = 0;
  std::string first_error, continuity;  // the cross-report findings, one after another
  for (const auto& x : r.findings) {
    if (x.cross_report) continuity += (continuity.empty() ? "" : "；") + x.message;
    if (x.severity == "error") {
      if (errors++ == 0) first_error = x.message;
    } else {
      ++warnings;
    }
  }
  return field(f.path) + "," + field(r.agency) + "," + (r.year ? std::to_string(*r.year) : "") + "," + r.template_id +
         "," + std::to_string(errors) + "," + std::to_string(warnings) + "," + field(first_error) + "," +
         field(f.previous_path) + "," + field(continuity) + "\r\n";
}

}  // namespace xxgk::cli
