// fees-unit (2021 template): 本年收费金额 is in 万元; an amount of a million 万元 (一百亿元) or
// more was most likely typed in 元.
#include "rules/active_checks.h"
#include "rules/all_rules.h"

namespace xxgk::rules {

constexpr double kImplausibleTenThousands = 1e6;

void fees_unit(const RuleContext& ctx, const Report& report) {
  CellRef ref;
  const Cell* amount = active_cell(ctx, "fees", "amount", &ref);
  if (!amount || !amount->value || *amount->value < kImplausibleTenThousands) return;
  Finding f = finding_at(ctx.tables, ref);
  f.message = "「行政事业性收费」本年收费金额填写 " + format_number(*amount->value) + " 万元（即 " +
              format_number(*amount->value / 1e4) + " 亿元）：单位是万元，是否误按元填写？";
  f.actual = amount->value;
  report(std::move(f));
}

const Rule fees_unit_rule{"fees-unit", Severity::Warning, "行政事业性收费以万元为单位，数额过大时可能误填为元",
                          fees_unit};

}  // namespace xxgk::rules
