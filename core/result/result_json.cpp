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

// An object built member by member, each value moved in. nlohmann's brace-initialiser lists copy
// every nested value (a whole table of cells, each time it is nested), which made the JSON cost as
// much as reading the report; this keeps the contract's key order with no copy.
class Object {
 public:
  explicit Object(size_t members) : json_(Json::object()) { json_.get_ref<Json::object_t&>().reserve(members); }
  Object& add(const char* key, Json value) {
    json_.get_ref<Json::object_t&>().emplace_back(key, std::move(value));
    return *this;
  }
  Json take() { return std::move(json_); }

 private:
  Json json_;
};

Json table_json(const TableData& t, const TableDef& def, bool with_rows) {
  Object rows(with_rows ? def.rows.size() : 0);
  for (size_t r = 0; with_rows && r < def.rows.size(); ++r) {
    Object row(def.rows[r].columns.size());
    for (size_t c = 0; c < def.rows[r].columns.size(); ++c) row.add(def.rows[r].columns[c].id.c_str(), t.cells[r][c]);
    rows.add(def.rows[r].id.c_str(), row.take());
  }
  return Object(3).add("found", t.found).add("range", optional(t.range)).add("rows", rows.take()).take();
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

void to_json(Json& j, const Range& r) { j = Object(2).add("start", r.start).add("end", r.end).take(); }

void to_json(Json& j, const Cell& c) {
  j = Object(3).add("value", optional_number(c.value)).add("raw", c.raw).add("range", optional(c.range)).take();
}

void to_json(Json& j, const Finding& f) {
  Object o(11);
  o.add("rule", f.rule)
      .add("severity", severity_name(f.severity))
      .add("message", f.message)
      .add("table", f.table ? Json(table_name(*f.table)) : Json(nullptr))
      .add("row", optional_string(f.row))
      .add("column", optional_string(f.column))
      .add("expected", optional_number(f.expected))
      .add("actual", optional_number(f.actual))
      .add("range", optional(f.range))
      .add("related", f.related);
  if (f.previous_range) o.add("previous_range", *f.previous_range);
  j = o.take();
}

namespace {

// What every result starts with, readable or not. The top-level object holds the tables: it is
// given room for every member up front, as growing it would copy them (its pairs' keys are const,
// so the vector cannot move them).
Object result_head(bool html, uint32_t chars) {
  constexpr size_t kMembers = 10;  // schema tool input + error, or + template … summary
  Object head(kMembers);
  head.add("schema", 1)
      .add("tool", Object(2).add("name", "xxgk-lint").add("version", XXGK_VERSION).take())
      .add("input", Object(2).add("format", html ? "html" : "text").add("chars", chars).take());
  return head;
}

// Compact one-line JSON, invalid UTF-8 replaced: the form every result is printed in.
std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json error_json(const InputError& error, bool html, uint32_t chars) {
  return result_head(html, chars)
      .add("error", Object(2).add("code", error.code).add("message", error.message).take())
      .take();
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
  Object j = result_head(r.html, r.chars);
  j.add("template", r.template_found ? Json(r.tmpl->id) : Json(nullptr));
  j.add("year", optional(r.meta.year));
  j.add("agency", optional_string(r.meta.agency));
  Json sections = Json::array();
  for (const auto& s : r.sections.found)
    sections.push_back(Object(3).add("number", s.number).add("title", s.title).add("range", s.range).take());
  j.add("sections", std::move(sections));
  Object tables(3);
  for (TableId id : {TableId::Active, TableId::Requests, TableId::Review})
    tables.add(table_name(id), table_json(r.tables.get(id), r.tmpl->table(id), r.template_found));
  j.add("tables", tables.take());
  j.add("findings", r.findings);
  int counts[3] = {0, 0, 0};  // errors, warnings, infos
  for (const auto& f : r.findings)
    ++counts[f.severity == Severity::Error ? 0 : f.severity == Severity::Warning ? 1 : 2];
  j.add("summary", Object(3).add("errors", counts[0]).add("warnings", counts[1]).add("infos", counts[2]).take());
  return dump(j.take());
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
