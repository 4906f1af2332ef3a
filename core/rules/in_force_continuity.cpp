// in-force-continuity (2021 template in both years): this year's 现行有效件数 = last year's
// 现行有效件数 + 本年制发件数 − 本年废止件数, for 规章 and 行政规范性文件. A clean-up of old
// documents breaks it legitimately, hence a warning that asks.
#include "rules/all_rules.h"
#include "rules/cross_report.h"
#include "rules/describe.h"

namespace xxgk::rules {

void in_force_continuity(const RuleContext& ctx, const Report& report) {
  const RuleContext* prev = comparable_previous(ctx);
  if (!prev || ctx.tmpl.id != "2021" || prev->tmpl.id != "2021") return;
  for (const char* row : {"rules", "normative_docs"}) {
    CellRef ref, before_ref;
    const Cell* in_force = cell_by_ids(ctx, TableId::Active, row, "in_force", &ref);
    const Cell* issued = cell_by_ids(ctx, TableId::Active, row, "issued");
    const Cell* repealed = cell_by_ids(ctx, TableId::Active, row, "repealed");
    const Cell* before = cell_by_ids(*prev, TableId::Active, row, "in_force", &before_ref);
    if (!in_force || !issued || !repealed || !before) continue;
    auto f_now = count_value(*in_force), i = count_value(*issued), r = count_value(*repealed);
    auto f_before = count_value(*before);
    if (!f_now || !i || !r || !f_before) continue;
    long long expected = *f_before + *i - *r;
    if (expected == *f_now) continue;
    Finding out = finding_at(ctx.tables, ref);
    out.message = row_name(ctx.tmpl, TableId::Active, ref.row) + "：" + year_label(ctx, "本年") +
                  "报告现行有效件数为 " + format_number(*f_now) + "，而" + year_label(*prev, "上年") + "报告现行有效 " +
                  format_number(*f_before) + " 件 + 本年制发 " + format_number(*i) + " 件 − 本年废止 " +
                  format_number(*r) + " 件 = " + format_number(expected) + " 件；如清理过旧文件，请在报告中说明";
    out.expected = static_cast<double>(expected);
    out.actual = static_cast<double>(*f_now);
    if (issued->range) out.related.push_back(*issued->range);
    if (repealed->range) out.related.push_back(*repealed->range);
    out.previous_range = before->range;
    report(std::move(out));
  }
}

const Rule in_force_continuity_rule{"in-force-continuity", Severity::Warning,
                                    "现行有效件数应等于上年现行有效件数 + 本年制发 − 本年废止", in_force_continuity};

}  // namespace xxgk::rules
