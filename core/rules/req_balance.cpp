// req-balance: the 勾稽关系 printed on the table — 一 + 二 = 三(七)总计 + 四, column by column.
#include "rules/all_rules.h"
#include "rules/describe.h"

namespace xxgk::rules {

void req_balance(const RuleContext& ctx, const Report& report) {
  for_each_failing(ctx, EquationKind::RequestBalance, [&](const Equation& e, const Evaluation& ev) {
    auto value = [&](const CellRef& r) { return format_number(*cell_at(ctx.tables, r).value); };
    Finding f = finding_at(ctx.tables, e.rhs[0]);
    f.row.clear();  // the contract: an equation of a column, row null
    f.message = "申请情况表" + column_name(ctx.tmpl, TableId::Requests, ctx.tmpl.total_row, e.col) +
                "勾稽关系不成立：一、本年新收 " + value(e.lhs[0]) + " + 二、上年结转 " + value(e.lhs[1]) + " = " +
                format_number(ev.lhs) + "，而(七)总计 " + value(e.rhs[0]) + " + 四、结转下年度 " + value(e.rhs[1]) +
                " = " + format_number(ev.rhs);
    f.expected = ev.lhs;
    f.actual = ev.rhs;
    std::vector<CellRef> all = e.lhs;
    all.push_back(e.rhs[1]);
    f.related = ranges_of(ctx.tables, all, e.rhs[0]);
    report(std::move(f));
  });
}

const Rule req_balance_rule{"req-balance", Severity::Error,
                            "申请情况表每列：一 + 二 = 三(七)总计 + 四（表中注明的勾稽关系）", req_balance};

}  // namespace xxgk::rules
