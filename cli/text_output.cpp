// Text output, for a person: a summary line per report, then each finding with line:column,
// its message, and the rebuilt values of the cells involved.
#include <xxgk/xxgk.h>

#include <algorithm>
#include <map>

#include "render.h"
#include "result_view.h"

namespace xxgk::cli {
namespace {

constexpr size_t kMaxCellsShown = 8;

std::string position(const std::vector<uint32_t>& starts, uint32_t offset) {
  LineColumn at = line_column(starts, offset);
  return std::to_string(at.line) + ":" + std::to_string(at.column);
}

std::string cell_key(const std::string& tmpl, const std::string& table, const std::string& row,
                     const std::string& column) {
  return tmpl + "/" + table + "/" + row + "/" + column;
}

// Every cell of both templates named as printed: 「(七)总计」行「法律服务机构」列 in the requests
// table, 「规章」的「本年制发件数」 in the others (the rows and columns as templates_to_json shows them).
const std::map<std::string, std::string>& cell_names() {
  static const std::map<std::string, std::string> names = [] {
    std::map<std::string, std::string> out;
    for (const Json& t : Json::parse(templates_to_json()))
      for (const Json& table : t["tables"]) {
        bool requests = table["id"] == "requests";
        for (const Json& row : table["rows"])
          for (const Json& col : row["columns"])
            out[cell_key(t["id"], table["id"], row["id"], col["id"])] =
                "「" + row["display"].get<std::string>() + "」" + (requests ? "行" : "的") + "「" +
                col["display"].get<std::string>() + "」" + (requests ? "列" : "");
      }
    return out;
  }();
  return names;
}

// "25", "空白", "“/”": a cell's value as the clerk wrote it.
std::string cell_value_text(const Json& cell) {
  if (cell["value"].is_number()) return format_number(cell["value"].get<double>());
  std::string raw = cell["raw"];
  return raw.empty() ? "空白" : "“" + raw + "”";
}

// Every cell by where it starts, named as printed, with its value.
std::map<uint32_t, std::string> cells_by_position(const Json& r) {
  std::map<uint32_t, std::string> out;
  if (!r["template"].is_string()) return out;
  const std::string tmpl = r["template"];
  for (const auto& table : r["tables"].items())
    for (const auto& row : table.value()["rows"].items())
      for (const auto& col : row.value().items()) {
        const Json& cell = col.value();
        if (!cell["range"].is_object()) continue;
        auto name = cell_names().find(cell_key(tmpl, table.key(), row.key(), col.key()));
        if (name == cell_names().end()) continue;
        out[cell["range"]["start"].get<uint32_t>()] = name->second + " " + cell_value_text(cell);
      }
  return out;
}

std::string involved_cells(const Json& f, const std::map<uint32_t, std::string>& cells) {
  std::string out;
  size_t shown = 0;
  for (const Json& r : f["related"]) {
    auto it = cells.find(r["start"].get<uint32_t>());
    if (it == cells.end()) continue;
    if (shown++ == kMaxCellsShown) {
      out += "；……";
      break;
    }
    out += (out.empty() ? "" : "；") + it->second;
  }
  return out;
}

const char* severity_label(const std::string& s) {
  return s == "error" ? "错误" : s == "warning" ? "提醒" : "说明";
}

std::string summary_line(const FileOutcome& f, const Json& r) {
  int errors = 0, warnings = 0;
  for (const Json& x : r["findings"]) (x["severity"] == "error" ? errors : warnings) += 1;
  std::string agency = r["agency"].is_string() ? r["agency"].get<std::string>() : "";
  std::string s = f.path + ": " + (agency.empty() ? "（未识别单位）" : agency);
  s += r["year"].is_number() ? " " + std::to_string(r["year"].get<int>()) + " 年度" : " （未识别年度）";
  s += r["template"].is_string() ? "，" + r["template"].get<std::string>() + " 版表格，" : "，未找到统计表，";
  if (errors + warnings == 0) return s + "未发现问题\n";
  return s + "错误 " + std::to_string(errors) + " 处，提醒 " + std::to_string(warnings) + " 处\n";
}

}  // namespace

int exit_code(const FileOutcome& f) {
  Json r = parse_result(f.result);
  if (!f.read_error.empty() || !error_message(r).empty()) return 2;
  for (const Json& x : r["findings"])
    if (x["severity"] == "error") return 1;
  return 0;
}

std::string render_text(const FileOutcome& f) {
  if (!f.read_error.empty()) return f.path + ": 无法读取：" + f.read_error + "\n";
  Json r = parse_result(f.result);
  std::string error = error_message(r);
  if (!error.empty()) return f.path + ": 无法检查：" + error + "\n";
  std::string out = summary_line(f, r);
  if (!f.previous_path.empty()) out += "  对照上年报告：" + f.previous_path + "\n";
  auto starts = line_starts(f.bytes);
  auto cells = cells_by_position(r);
  for (const Json& x : r["findings"]) {
    out += "  " + (x["range"].is_object() ? position(starts, x["range"]["start"].get<uint32_t>()) : std::string("-")) +
           " " + severity_label(x["severity"]) + " [" + x["rule"].get<std::string>() + "] " +
           x["message"].get<std::string>() + "\n";
    std::string involved = involved_cells(x, cells);
    if (!involved.empty()) out += "      涉及：" + involved + "\n";
  }
  return out;
}

std::string render_json(const FileOutcome& f, bool with_file) {
  std::string json = f.result;
  // "file" (and the paired "previous_file") first, the rest byte for byte as the core wrote it
  if (!f.previous_path.empty() && with_file) json = "{\"previous_file\":" + dump(Json(f.previous_path)) + "," + json.substr(1);
  if (with_file) json = "{\"file\":" + dump(Json(f.path)) + "," + json.substr(1);
  return json + "\n";
}

}  // namespace xxgk::cli
