#include "result_view.h"

#include <xxgk/xxgk.h>

#include <nlohmann/json.hpp>
#include <set>

namespace xxgk::cli {
namespace {

using Json = nlohmann::ordered_json;

std::string cell_key(const std::string& tmpl, const std::string& table, const std::string& row,
                     const std::string& column) {
  return tmpl + "/" + table + "/" + row + "/" + column;
}

// Every cell of both templates named as printed: 「(七)总计」行「法律服务机构」列 in the requests
// table, 「规章」的「本年制发件数」 in the others (rows and columns as templates_to_json shows them).
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

// The rules that compare a report with last year's (rules_to_json's scope).
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

// "25", "空白", "“/”": a cell's value as the clerk wrote it.
std::string cell_value_text(const Json& cell) {
  if (cell["value"].is_number()) return format_number(cell["value"].get<double>());
  std::string raw = cell["raw"];
  return raw.empty() ? "空白" : "“" + raw + "”";
}

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

FindingView finding_of(const Json& f) {
  FindingView v;
  v.rule = f["rule"];
  v.severity = f["severity"];
  v.message = f["message"];
  if (f["range"].is_object()) v.start = f["range"]["start"].get<uint32_t>();
  for (const Json& r : f["related"]) v.related.push_back(r["start"].get<uint32_t>());
  v.cross_report = cross_report_rules().count(v.rule) > 0;
  return v;
}

}  // namespace

ResultView read_result(const std::string& result_json) {
  ResultView v;
  const Json r = Json::parse(result_json, nullptr, false);
  if (!r.is_object()) return v.error = "检查结果无法解析", v;
  if (r.contains("error")) return v.error = r["error"].value("message", ""), v;
  v.agency = text_of(r["agency"]);
  v.template_id = text_of(r["template"]);
  if (r["year"].is_number()) v.year = r["year"].get<int>();
  for (const Json& f : r["findings"]) v.findings.push_back(finding_of(f));
  v.cells = cells_by_position(r);
  return v;
}

std::string json_string(const std::string& s) { return Json(s).dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace xxgk::cli
