#include "rules/describe.h"

#include <cmath>
#include <cstdio>

namespace xxgk {

std::string format_number(double v) {
  char buf[64];
  if (v == std::floor(v) && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  } else {
    std::snprintf(buf, sizeof buf, "%.6f", v);
    std::string s(buf);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }
  return buf;
}

std::string table_label(TableId id) {
  switch (id) {
    case TableId::Active: return "主动公开情况表";
    case TableId::Requests: return "申请情况表";
    case TableId::Review: return "复议诉讼表";
  }
  return "";
}

std::string row_name(const Template& t, TableId table, int row) {
  const RowDef& r = t.table(table).rows[row];
  return "「" + r.display + "」" + (table == TableId::Requests ? "行" : "");
}

std::string column_name(const Template& t, TableId table, int row, int col) {
  const ColumnDef& c = t.table(table).rows[row].columns[col];
  return "「" + column_display(table, c) + "」" + (table == TableId::Requests ? "列" : "");
}

std::string cell_name(const Template& t, CellRef ref) {
  std::string joiner = ref.table == TableId::Requests ? "" : "的";
  return row_name(t, ref.table, ref.row) + joiner + column_name(t, ref.table, ref.row, ref.col);
}

std::string cell_value_text(const Cell& c) {
  switch (c.state) {
    case CellState::Absent: return "缺失";
    case CellState::Empty: return "空白";
    case CellState::Blank: return "“" + c.raw + "”";
    case CellState::Invalid: return "“" + c.raw + "”";
    case CellState::TooLarge: return "“" + c.raw + "”";
    case CellState::Number: return format_number(*c.value);
  }
  return "";
}

Finding finding_at(const Tables& tables, CellRef ref) {
  Finding f;
  const TableDef& def = tables.tmpl->table(ref.table);
  f.table = ref.table;
  f.row = def.rows[ref.row].id;
  f.column = def.rows[ref.row].columns[ref.col].id;
  f.range = cell_at(tables, ref).range;
  if (!f.range) f.range = tables.get(ref.table).row_labels[ref.row];
  return f;
}

std::vector<Range> ranges_of(const Tables& tables, const std::vector<CellRef>& refs, CellRef except) {
  std::vector<Range> out;
  for (const CellRef& r : refs) {
    if (r == except) continue;
    const Cell& c = cell_at(tables, r);
    if (c.range) out.push_back(*c.range);
  }
  return out;
}

}  // namespace xxgk
