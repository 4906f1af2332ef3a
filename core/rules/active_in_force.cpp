// active-in-force (2021 template): 现行有效件数 ≥ 本年制发件数 − 本年废止件数 for 规章 and
// 行政规范性文件 — what was issued this year and not repealed is still in force.
#include "rules/active_checks.h"
#include "rules/all_rules.h"

namespace xxgk::rules {

void active_in_force(const RuleContext& ctx, const Report& report) {
  if (ctx.tmpl.id != "2021") return;
  for (const char* row : {"rules", "normative_docs"}) {
    CellRef ref;
    const Cell* issued = active_cell(ctx, row, "issued");
    const Cell* repealed = active_cell(ctx, row, "repealed");
    const Cell* in_force = active_cell(ctx, row, "in_force", &ref);
    if (!issued || !repealed || !in_force) continue;
    auto i = count_value(*issued), r = count_value(*repealed), f = count_value(*in_force);
    if (!i || !r || !f || *f >= *i - *r) continue;
    Finding out = finding_at(ctx.tables, ref);
    out.message = row_name(ctx.tmpl, TableId::Active, ref.row) + "：现行有效件数 " + format_number(*f) +
                  " 少于本年制发 " + format_number(*i) + " 减本年废止 " + format_number(*r) + "，请核实";
    out.expected = static_cast<double>(*i - *r);
    out.actual = static_cast<double>(*f);
    if (issued->range) out.related.push_back(*issued->range);
    if (repealed->range) out.related.push_back(*repealed->range);
    report(std::move(out));
  }
}

const Rule active_in_force_rule{"active-in-force", Severity::Warning, "现行有效件数不应少于本年制发减本年废止",
                                active_in_force};

}  // namespace xxgk::rules
