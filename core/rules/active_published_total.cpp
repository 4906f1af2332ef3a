// active-published-total (2019 template): 对外公开总数量 ≥ 本年新公开数量.
#include "rules/active_checks.h"
#include "rules/all_rules.h"

namespace xxgk::rules {

void active_published_total(const RuleContext& ctx, const Report& report) {
  if (ctx.tmpl.id != "2019") return;
  for (const char* row : {"rules", "normative_docs"}) {
    CellRef ref;
    const Cell* published = active_cell(ctx, row, "published");
    const Cell* total = active_cell(ctx, row, "total_published", &ref);
    if (!published || !total) continue;
    auto p = count_value(*published), t = count_value(*total);
    if (!p || !t || *t >= *p) continue;
    Finding f = finding_at(ctx.tables, ref);
    f.message = row_name(ctx.tmpl, TableId::Active, ref.row) + "：对外公开总数量 " + format_number(*t) +
                " 少于本年新公开数量 " + format_number(*p) + "，请核实";
    f.expected = static_cast<double>(*p);
    f.actual = static_cast<double>(*t);
    if (published->range) f.related.push_back(*published->range);
    report(std::move(f));
  }
}

const Rule active_published_total_rule{"active-published-total", Severity::Warning,
                                       "对外公开总数量不应少于本年新公开数量", active_published_total};

}  // namespace xxgk::rules
