// cell-invalid: a count that is negative, fractional, too large or not a number at all; an amount that is
// negative. Such a cell is left out of every equation.
#include <cmath>

#include "rules/all_rules.h"
#include "rules/describe.h"

namespace xxgk::rules {
namespace {

// What is wrong with the cell, or "" when nothing is.
std::string problem(const Cell& c, ValueKind kind) {
  if (c.state == CellState::Invalid) return "不是数字";
  if (c.state == CellState::TooLarge) return "数字过大，超出任何数量或金额的范围";
  if (c.state != CellState::Number) return "";
  double v = *c.value;
  bool whole = v == std::floor(v);
  switch (kind) {
    case ValueKind::Count:
      if (v < 0) return "是负数，数量不能为负";
      if (!whole) return "是小数，数量应为整数";
      break;
    case ValueKind::SignedCount:
      if (!whole) return "是小数，数量应为整数";
      break;
    case ValueKind::Amount:
      if (v < 0) return "是负数，金额不能为负";
      break;
  }
  return "";
}

}  // namespace

void cell_invalid(const RuleContext& ctx, const Report& report) {
  for (TableId id : {TableId::Active, TableId::Requests, TableId::Review}) {
    const TableData& table = ctx.tables.get(id);
    const TableDef& def = ctx.tmpl.table(id);
    for (int r = 0; r < static_cast<int>(table.cells.size()); ++r) {
      for (int col = 0; col < static_cast<int>(table.cells[r].size()); ++col) {
        const Cell& c = table.cells[r][col];
        std::string why = problem(c, def.rows[r].columns[col].kind);
        if (why.empty()) continue;
        Finding f = finding_at(ctx.tables, {id, r, col});
        f.message = table_label(id) + cell_name(ctx.tmpl, {id, r, col}) + "填写" + cell_value_text(c) + "，" + why +
                    "，该格不参与核算";
        f.actual = c.value;
        report(std::move(f));
      }
    }
  }
}

const Rule cell_invalid_rule{"cell-invalid", Severity::Error, "数量应为非负整数，金额应为数字", cell_invalid};

}  // namespace xxgk::rules
