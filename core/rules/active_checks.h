// Helpers shared by the active-table plausibility rules.
#pragma once

#include "rules/describe.h"

namespace xxgk::rules {

// The active-table cell of `row`/`column` ids, or nullptr when the template has no such cell.
inline const Cell* active_cell(const RuleContext& ctx, const char* row, const char* column, CellRef* ref = nullptr) {
  int r = ctx.tmpl.active.row_index(row);
  if (r < 0 || !ctx.tables.active.found) return nullptr;
  const auto& cols = ctx.tmpl.active.rows[r].columns;
  for (int c = 0; c < static_cast<int>(cols.size()); ++c) {
    if (cols[c].id != column) continue;
    if (ref) *ref = {TableId::Active, r, c};
    return &ctx.tables.active.cells[r][c];
  }
  return nullptr;
}

}  // namespace xxgk::rules
