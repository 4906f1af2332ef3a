// Helpers shared by the active-table plausibility rules.
#pragma once

#include "rules/cross_report.h"
#include "rules/describe.h"

namespace xxgk::rules {

// The active-table cell of `row`/`column` ids, or nullptr when the template has no such cell.
inline const Cell* active_cell(const RuleContext& ctx, const char* row, const char* column, CellRef* ref = nullptr) {
  return cell_by_ids(ctx, TableId::Active, row, column, ref);
}

}  // namespace xxgk::rules
