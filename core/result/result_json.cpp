#include "result/result_json.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "check_report.h"
#include "rules/describe.h"
#include "rules/rule.h"

namespace xxgk {

// ordered_json, so keys keep the contract's order and the output is the same byte for byte on
// every platform: golden files depend on it. Only this file sees the library (each translation
// unit that includes it costs seconds to build).
using Json = nlohmann::ordered_json;

// to_json beside each type, found by nlohmann through argument-dependent lookup.
void to_json(Json& j, const Range& r);
void to_json(Json& j, const Cell& c);
void to_json(Json& j, const Finding& f);

namespace {

// Integers print as integers (25, not 25.0): the numbers a clerk typed.
Json number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 9e15) return static_cast<long long>(v);
  return v;
}

template <typename T>
Json optional(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json optional_number(const std::optional<double>& v) { return v ? number(*v) : Json(nullptr); }
Json optional_string(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json table_json(const TableData& t, const TableDef& def, bool with_rows) {
  Json rows = Json::object();
  for (size_t r = 0; with_rows && r < def.rows.size(); ++r) {
    Json row = Json::object();
    for (size_t c = 0; c < def.rows[r].columns.size(); ++c) row[def.rows[r].columns[c].id] = t.cells[r][c];
    rows[def.rows[r].id] = std::move(row);
  }
  return Json{{"found", t.found}, {"range", optional(t.range)}, {"rows", std::move(rows)}};
}

}  // namespace

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
  }
  return "";
}

void to_json(Json& j, const Range& r) { j = Json{{"start", r.start}, {"end", r.end}}; }

void to_json(Json& j, const Cell& c) {
  j = Json{{"value", optional_number(c.value)}, {"raw", c.raw}, {"range", optional(c.range)}};
}

void to_json(Json& j, const Finding& f) {
  j = Json{{"rule", f.rule},
           {"severity", severity_name(f.severity)},
           {"message", f.message},
           {"table", f.table ? Json(table_name(*f.table)) : Json(nullptr)},
           {"row", optional_string(f.row)},
           {"column", optional_string(f.column)},
           {"expected", optional_number(f.expected)},
           {"actual", optional_number(f.actual)},
           {"range", optional(f.range)},
           {"related", f.related}};
  if (f.previous_range) j["previous_range"] = *f.previous_range;
}

namespace {

// What every result starts with, readable or not.
Json result_head(bool html, uint32_t chars) {
  return Json{{"schema", 1},
              {"tool", {{"name", "xxgk-lint"}, {"version", XXGK_VERSION}}},
              {"input", {{"format", html ? "html" : "text"}, {"chars", chars}}}};
}

// Compact one-line JSON, invalid UTF-8 replaced: the form every result is printed in.
std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json error_json(const InputError& error, bool html, uint32_t chars) {
  Json j = result_head(html, chars);
  j["error"] = Json{{"code", error.code}, {"message", error.message}};
  return j;
}

}  // namespace

std::string error_result_json(const InputError& error, bool html, uint32_t chars) {
  return dump(error_json(error, html, chars));
}

InputError internal_error(std::string_view what) {
  std::string message = "检查程序内部错误";
  if (!what.empty()) message += "：" + std::string(what);
  return {"internal", message};
}

std::string result_json(const CheckResult& r) {
  if (r.error) return error_result_json(*r.error, r.html, r.chars);
  Json j = result_head(r.html, r.chars);
  j["template"] = r.template_found ? Json(r.tmpl->id) : Json(nullptr);
  j["year"] = optional(r.meta.year);
  j["agency"] = optional_string(r.meta.agency);
  Json sections = Json::array();
  for (const auto& s : r.sections.found)
    sections.push_back(Json{{"number", s.number}, {"title", s.title}, {"range", s.range}});
  j["sections"] = std::move(sections);
  Json tables = Json::object();
  for (TableId id : {TableId::Active, TableId::Requests, TableId::Review})
    tables[table_name(id)] = table_json(r.tables.get(id), r.tmpl->table(id), r.template_found);
  j["tables"] = std::move(tables);
  j["findings"] = r.findings;
  Json summary{{"errors", 0}, {"warnings", 0}, {"infos", 0}};
  for (const auto& f : r.findings) {
    const char* key = f.severity == Severity::Error ? "errors" : f.severity == Severity::Warning ? "warnings" : "infos";
    summary[key] = summary[key].get<int>() + 1;
  }
  j["summary"] = std::move(summary);
  return dump(j);
}

std::string rules_to_json() {
  Json rules = Json::array();
  for (const Rule& r : rule_registry())
    rules.push_back(Json{{"id", r.id},
                         {"severity", severity_name(r.severity)},
                         {"description", r.description},
                         {"scope", is_cross_report_rule(r.id) ? "cross-report" : "report"}});
  return rules.dump();
}

std::string templates_to_json() {
  Json out = Json::array();
  for (const Template* t : {&template_2019(), &template_2021()}) {
    Json tables = Json::array();
    for (TableId id : {TableId::Active, TableId::Requests, TableId::Review}) {
      Json rows = Json::array();
      for (const RowDef& r : t->table(id).rows) {
        Json columns = Json::array();
        for (const ColumnDef& c : r.columns)
          columns.push_back(Json{{"id", c.id}, {"label", c.label}, {"display", column_display(id, c)}});
        rows.push_back(Json{{"id", r.id},
                            {"label", r.label},
                            {"group", r.group},
                            {"display", r.display},
                            {"columns", std::move(columns)}});
      }
      tables.push_back(Json{
          {"id", table_name(id)}, {"title", table_title(id)}, {"label", table_label(id)}, {"rows", std::move(rows)}});
    }
    out.push_back(Json{{"id", t->id}, {"tables", std::move(tables)}});
  }
  return dump(out);
}

std::string json_string(const std::string& s) { return dump(Json(s)); }

}  // namespace xxgk
