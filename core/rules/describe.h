// How messages name things: rows and columns as printed, numbers as a clerk writes them.
#pragma once

#include <string>
#include <vector>
#include <xxgk/xxgk.h>  // format_number

#include "result/finding.h"
#include "rules/rule.h"
#include "tables/equations.h"

namespace xxgk {

std::string table_label(TableId id);  // 主动公开情况表, 申请情况表, 复议诉讼表
std::string row_name(const Template& t, TableId table, int row);              // 「(七)总计」行
std::string column_name(const Template& t, TableId table, int row, int col);  // 「法律服务机构」列
std::string cell_name(const Template& t, CellRef ref);  // 「(七)总计」行「法律服务机构」列
std::string cell_value_text(const Cell& c);             // "25", "空白", "“/”"

// A finding placed on a cell: table, row and column ids and the cell's range.
Finding finding_at(const Tables& tables, CellRef ref);
std::vector<Range> ranges_of(const Tables& tables, const std::vector<CellRef>& refs, CellRef except);

// Calls `fn` for every judged equation of `kind` that fails.
template <typename Fn>
void for_each_failing(const RuleContext& ctx, EquationKind kind, Fn fn) {
  for (const Equation& e : equations_for(ctx.tmpl)) {
    if (e.kind != kind) continue;
    Evaluation ev = evaluate(e, ctx.tables);
    if (ev.fails()) fn(e, ev);
  }
}

}  // namespace xxgk
