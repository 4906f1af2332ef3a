// carry-over-continuity: what last year's report carried forward (四、结转下年度继续办理) is what
// this year's report carried over (二、上年结转), column by column. A blank on either side is not
// judged.
#include "rules/all_rules.h"
#include "rules/cross_report.h"
#include "rules/describe.h"

namespace xxgk::rules {

void carry_over_continuity(const RuleContext& ctx, const Report& report) {
  const RuleContext* prev = comparable_previous(ctx);
  if (!prev) return;
  const TableDef& def = ctx.tmpl.table(TableId::Requests);
  int row = def.row_index("carried_over");
  if (row < 0) return;
  for (const ColumnDef& col : def.rows[row].columns) {
    CellRef now_ref, before_ref;
    const Cell* now = cell_by_ids(ctx, TableId::Requests, "carried_over", col.id.c_str(), &now_ref);
    const Cell* before = cell_by_ids(*prev, TableId::Requests, "carry_forward", col.id.c_str(), &before_ref);
    if (!now || !before) continue;
    auto n = count_value(*now), b = count_value(*before);
    if (!n || !b || *n == *b) continue;
    Finding f = finding_at(ctx.tables, now_ref);
    f.message = "申请情况表" + column_name(ctx.tmpl, TableId::Requests, now_ref.row, now_ref.col) + "：" +
                year_label(ctx, "本年") + "报告" + row_name(ctx.tmpl, TableId::Requests, now_ref.row) + "为 " +
                format_number(*n) + "，而" + year_label(*prev, "上年") + "报告" +
                row_name(prev->tmpl, TableId::Requests, before_ref.row) + "为 " + format_number(*b) + "，两者应相等";
    f.expected = static_cast<double>(*b);
    f.actual = static_cast<double>(*n);
    f.previous_range = before->range;
    report(std::move(f));
  }
}

const Rule carry_over_continuity_rule{"carry-over-continuity", Severity::Warning,
                                      "本年「二、上年结转」应等于上年报告「四、结转下年度继续办理」，逐列核对",
                                      carry_over_continuity};

}  // namespace xxgk::rules
