// req-row-total: a requests row's 总计 equals the sum of its six applicant columns.
#include "rules/all_rules.h"
#include "rules/describe.h"

namespace xxgk::rules {

void req_row_total(const RuleContext& ctx, const Report& report) {
  for_each_failing(ctx, EquationKind::RequestRow, [&](const Equation& e, const Evaluation& ev) {
    Finding f = finding_at(ctx.tables, e.lhs[0]);
    f.message = "申请情况表" + row_name(ctx.tmpl, TableId::Requests, e.row) + "：六类申请人之和为 " +
                format_number(ev.rhs) + "，「总计」列填写 " + format_number(ev.lhs);
    f.expected = ev.rhs;
    f.actual = ev.lhs;
    f.related = ranges_of(ctx.tables, e.rhs, e.lhs[0]);
    report(std::move(f));
  });
}

const Rule req_row_total_rule{"req-row-total", Severity::Error, "申请情况表每行：总计 = 六类申请人之和", req_row_total};

}  // namespace xxgk::rules
