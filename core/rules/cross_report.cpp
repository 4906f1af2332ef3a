#include "rules/cross_report.h"

namespace xxgk::rules {

PairVerdict previous_verdict(const RuleContext& ctx) {
  return judge_pair({ctx.meta.agency, ctx.meta.year}, {ctx.previous->meta.agency, ctx.previous->meta.year});
}

const RuleContext* comparable_previous(const RuleContext& ctx) {
  if (!ctx.previous || !comparable(previous_verdict(ctx))) return nullptr;
  return ctx.previous;
}

const Cell* cell_by_ids(const RuleContext& ctx, TableId table, const char* row, const char* column, CellRef* ref) {
  const TableDef& def = ctx.tmpl.table(table);
  int r = def.row_index(row);
  if (r < 0 || !ctx.tables.get(table).found) return nullptr;
  const auto& cols = def.rows[r].columns;
  for (int c = 0; c < static_cast<int>(cols.size()); ++c) {
    if (cols[c].id != column) continue;
    if (ref) *ref = {table, r, c};
    return &ctx.tables.get(table).cells[r][c];
  }
  return nullptr;
}

std::string year_label(const RuleContext& ctx, const char* which) {
  return ctx.meta.year ? std::string(which) + "（" + std::to_string(*ctx.meta.year) + " 年）" : which;
}

}  // namespace xxgk::rules
