// review-total: each review group's 总计 equals 维持 + 纠正 + 其他 + 尚未审结.
#include "rules/all_rules.h"
#include "rules/describe.h"

namespace xxgk::rules {

void review_total(const RuleContext& ctx, const Report& report) {
  for_each_failing(ctx, EquationKind::ReviewGroup, [&](const Equation& e, const Evaluation& ev) {
    Finding f = finding_at(ctx.tables, e.lhs[0]);
    f.message = "复议诉讼表" + row_name(ctx.tmpl, TableId::Review, e.row) +
                "：结果维持、结果纠正、其他结果、尚未审结之和为 " + format_number(ev.rhs) + "，「总计」填写 " +
                format_number(ev.lhs);
    f.expected = ev.rhs;
    f.actual = ev.lhs;
    f.related = ranges_of(ctx.tables, e.rhs, e.lhs[0]);
    report(std::move(f));
  });
}

const Rule review_total_rule{"review-total", Severity::Error, "复议诉讼表每组：总计 = 维持 + 纠正 + 其他 + 尚未审结",
                             review_total};

}  // namespace xxgk::rules
