// template-outdated: report years 2021 onward use the 2021 template (国办公开办函〔2021〕30号);
// 2019 and 2020 the 2019 one.
#include "rules/all_rules.h"
#include "rules/describe.h"

namespace xxgk::rules {

void template_outdated(const RuleContext& ctx, const Report& report) {
  if (ctx.template_forced || !ctx.meta.year) return;
  const TableData& active = ctx.tables.active;
  const TableData& requests = ctx.tables.requests;
  if (!active.found && !requests.found) return;  // nothing to tell the template by
  int year = *ctx.meta.year;
  bool new_year = year >= 2021, new_template = ctx.tmpl.id == "2021";
  if (new_year == new_template) return;
  Finding f;
  f.table = requests.found ? TableId::Requests : TableId::Active;
  f.range = requests.found ? requests.range : active.range;
  f.message = new_year ? std::to_string(year) + " 年度报告应使用 2021 年新版格式（国办公开办函〔2021〕30号），"
                                                "本报告的表格仍是 2019 年试行格式"
                       : std::to_string(year) + " 年度报告应使用 2019 年格式（国办公开办函〔2019〕60号），"
                                                "本报告的表格是 2021 年新版格式";
  report(std::move(f));
}

}  // namespace xxgk::rules
