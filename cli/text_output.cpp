// Text output, for a person: a summary line per report, then each finding with line:column,
// its message, and the rebuilt values of the cells involved.
#include <xxgk/xxgk.h>

#include "render.h"
#include "result_view.h"

namespace xxgk::cli {
namespace {

constexpr size_t kMaxCellsShown = 8;

std::string position(const std::vector<uint32_t>& starts, uint32_t offset) {
  LineColumn at = line_column(starts, offset);
  return std::to_string(at.line) + ":" + std::to_string(at.column);
}

std::string involved_cells(const FindingView& f, const std::map<uint32_t, std::string>& cells) {
  std::string out;
  size_t shown = 0;
  for (uint32_t start : f.related) {
    auto it = cells.find(start);
    if (it == cells.end()) continue;
    if (shown++ == kMaxCellsShown) {
      out += "；……";
      break;
    }
    out += (out.empty() ? "" : "；") + it->second;
  }
  return out;
}

const char* severity_label(const std::string& s) { return s == "error" ? "错误" : s == "warning" ? "提醒" : "说明"; }

std::string summary_line(const FileOutcome& f, const ResultView& r) {
  int errors = 0, warnings = 0;
  for (const auto& x : r.findings) (x.severity == "error" ? errors : warnings) += 1;
  std::string s = f.path + ": " + (r.agency.empty() ? "（未识别单位）" : r.agency);
  s += r.year ? " " + std::to_string(*r.year) + " 年度" : " （未识别年度）";
  s += !r.template_id.empty() ? "，" + r.template_id + " 版表格，" : "，未找到统计表，";
  if (errors + warnings == 0) return s + "未发现问题\n";
  return s + "错误 " + std::to_string(errors) + " 处，提醒 " + std::to_string(warnings) + " 处\n";
}

}  // namespace

int exit_code(const FileOutcome& f) {
  if (!f.read_error.empty()) return 2;
  ResultView r = read_result(f.result);
  if (!r.error.empty()) return 2;
  for (const auto& x : r.findings)
    if (x.severity == "error") return 1;
  return 0;
}

std::string render_text(const FileOutcome& f) {
  if (!f.read_error.empty()) return f.path + ": 无法读取：" + f.read_error + "\n";
  ResultView r = read_result(f.result);
  if (!r.error.empty()) return f.path + ": 无法检查：" + r.error + "\n";
  std::string out = summary_line(f, r);
  if (!f.previous_path.empty()) out += "  对照上年报告：" + f.previous_path + "\n";
  auto starts = line_starts(f.bytes);
  for (const FindingView& x : r.findings) {
    out += "  " + (x.start ? position(starts, *x.start) : std::string("-")) + " " + severity_label(x.severity) + " [" +
           x.rule + "] " + x.message + "\n";
    std::string involved = involved_cells(x, r.cells);
    if (!involved.empty()) out += "      涉及：" + involved + "\n";
  }
  return out;
}

std::string render_json(const FileOutcome& f, bool with_file) {
  std::string json = f.result;
  // "file" (and the paired "previous_file") first, the rest byte for byte as the core wrote it
  if (!f.previous_path.empty() && with_file)
    json = "{\"previous_file\":" + json_string(f.previous_path) + "," + json.substr(1);
  if (with_file) json = "{\"file\":" + json_string(f.path) + "," + json.substr(1);
  return json + "\n";
}

}  // namespace xxgk::cli
