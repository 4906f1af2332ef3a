// Text output, for a person: a summary line per report, then each finding with line:column,
// its message, and the rebuilt values of the cells involved.
#include <algorithm>
#include <map>

#include "render.h"
#include "rules/describe.h"
#include "text/lines.h"

namespace xxgk::cli {
namespace {

constexpr size_t kMaxCellsShown = 8;

std::string position(const std::vector<uint32_t>& starts, uint32_t offset) {
  LineColumn at = line_column(starts, offset);
  return std::to_string(at.line) + ":" + std::to_string(at.column);
}

// Every cell by where it starts, named as printed, with its value.
std::map<uint32_t, std::string> cells_by_position(const CheckResult& r) {
  std::map<uint32_t, std::string> out;
  for (TableId id : {TableId::Active, TableId::Requests, TableId::Review}) {
    const TableData& t = r.tables.get(id);
    for (int row = 0; row < static_cast<int>(t.cells.size()); ++row)
      for (int col = 0; col < static_cast<int>(t.cells[row].size()); ++col) {
        const Cell& c = t.cells[row][col];
        if (c.range) out[c.range->start] = cell_name(*r.tmpl, {id, row, col}) + " " + cell_value_text(c);
      }
  }
  return out;
}

std::string involved_cells(const Finding& f, const std::map<uint32_t, std::string>& cells) {
  std::string out;
  size_t shown = 0;
  for (const Range& r : f.related) {
    auto it = cells.find(r.start);
    if (it == cells.end()) continue;
    if (shown++ == kMaxCellsShown) {
      out += "；……";
      break;
    }
    out += (out.empty() ? "" : "；") + it->second;
  }
  return out;
}

const char* severity_label(Severity s) {
  return s == Severity::Error ? "错误" : s == Severity::Warning ? "提醒" : "说明";
}

std::string summary_line(const FileOutcome& f) {
  const CheckResult& r = f.result;
  int errors = 0, warnings = 0;
  for (const auto& x : r.findings) (x.severity == Severity::Error ? errors : warnings) += 1;
  std::string s = f.path + ": " + (r.meta.agency.empty() ? "（未识别单位）" : r.meta.agency);
  s += r.meta.year ? " " + std::to_string(*r.meta.year) + " 年度" : " （未识别年度）";
  s += r.template_found ? "，" + r.tmpl->id + " 版表格，" : "，未找到统计表，";
  if (errors + warnings == 0) return s + "未发现问题\n";
  return s + "错误 " + std::to_string(errors) + " 处，提醒 " + std::to_string(warnings) + " 处\n";
}

}  // namespace

int exit_code(const FileOutcome& f) {
  if (!f.read_error.empty() || f.result.error) return 2;
  for (const auto& x : f.result.findings)
    if (x.severity == Severity::Error) return 1;
  return 0;
}

std::string render_text(const FileOutcome& f) {
  if (!f.read_error.empty()) return f.path + ": 无法读取：" + f.read_error + "\n";
  if (f.result.error) return f.path + ": 无法检查：" + f.result.error->message + "\n";
  std::string out = summary_line(f);
  if (!f.previous_path.empty()) out += "  对照上年报告：" + f.previous_path + "\n";
  auto starts = line_starts(f.bytes);
  auto cells = cells_by_position(f.result);
  for (const Finding& x : f.result.findings) {
    out += "  " + (x.range ? position(starts, x.range->start) : std::string("-")) + " " +
           severity_label(x.severity) + " [" + x.rule + "] " + x.message + "\n";
    std::string involved = involved_cells(x, cells);
    if (!involved.empty()) out += "      涉及：" + involved + "\n";
  }
  return out;
}

std::string render_json(const FileOutcome& f, bool with_file) {
  std::string json = f.read_error.empty() ? dump(result_to_json(f.result))
                                          : dump(error_result_json({"unreadable", "无法读取：" + f.read_error}));
  // "file" (and the paired "previous_file") first, the rest byte for byte as the core wrote it
  if (!f.previous_path.empty() && with_file) json = "{\"previous_file\":" + dump(Json(f.previous_path)) + "," + json.substr(1);
  if (with_file) json = "{\"file\":" + dump(Json(f.path)) + "," + json.substr(1);
  return json + "\n";
}

}  // namespace xxgk::cli
