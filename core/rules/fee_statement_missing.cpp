// fee-statement-missing: from 2021 on, section 六 states the 信息处理费 collected, or that none was.
#include "text/text_search.h"
#include "rules/all_rules.h"

namespace xxgk::rules {

void fee_statement_missing(const RuleContext& ctx, const Report& report) {
  bool from_2021 = ctx.meta.year ? *ctx.meta.year >= 2021 : ctx.tmpl.id == "2021";
  if (!from_2021 || ctx.sections.found.empty()) return;
  // Section 六 when found; the whole text otherwise (a clerk may state it elsewhere).
  size_t from = 0;
  if (auto six = ctx.sections.start(6)) from = *six;
  for (size_t i = from; i < ctx.doc.tokens.size(); ++i)
    if (contains_any(ctx.doc.token_text(i), {U"处理费", U"信息公开费"})) return;
  Finding f;
  if (const SectionHeading* h = ctx.sections.get(6)) f.range = h->range;
  f.message = "2021 年起，「六、其他需要报告的事项」应说明本年度收取信息处理费的情况（未收取也应写明）";
  report(std::move(f));
}

const Rule fee_statement_missing_rule{"fee-statement-missing", Severity::Warning,
                                      "2021 年起第六部分应说明信息处理费收取情况", fee_statement_missing};

}  // namespace xxgk::rules
