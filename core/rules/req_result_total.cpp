// req-result-total: in every requests column, (七)总计 equals the sum of the result rows.
#include "rules/all_rules.h"
#include "rules/describe.h"

namespace xxgk::rules {

void req_result_total(const RuleContext& ctx, const Report& report) {
  for_each_failing(ctx, EquationKind::RequestResult, [&](const Equation& e, const Evaluation& ev) {
    Finding f = finding_at(ctx.tables, e.lhs[0]);
    f.message = "申请情况表" + column_name(ctx.tmpl, TableId::Requests, ctx.tmpl.total_row, e.col) +
                "：(一)至(六)各项办理结果之和为 " + format_number(ev.rhs) + "，「(七)总计」填写 " +
                format_number(ev.lhs);
    f.expected = ev.rhs;
    f.actual = ev.lhs;
    f.related = ranges_of(ctx.tables, e.rhs, e.lhs[0]);
    report(std::move(f));
  });
}

const Rule req_result_total_rule{"req-result-total", Severity::Error, "申请情况表每列：(七)总计 = 各项办理结果之和",
                                 req_result_total};

}  // namespace xxgk::rules
