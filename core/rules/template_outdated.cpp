// template-outdated: report years 2021 onward use the 2021 template (国办公开办函〔2021〕30号);
// 2019 and 2020 the 2019 one.
#include "rules/all_rules.h"
#include "rules/describe.h"

namespace xxgk::rules {

namespace {

// A 2021 table with the 2019 template's single (六) row: read as far as it goes, said once.
void report_single_other_row(const RuleContext& ctx, const Report& report) {
  const TableData& requests = ctx.tables.requests;
  if (!requests.single_other_row) return;
  Finding f;
  f.table = TableId::Requests;
  f.range = requests.single_other_row;
  f.message =
      "申请情况表「(六)其他处理」只有一行（2019 年试行格式），2021 年新版格式应分为"
      "「1.申请人无正当理由逾期不补正」「2.申请人逾期未按收费通知要求缴纳费用」「3.其他」三行；"
      "这三行无法核算，涉及它们的合计不参与核算";
  report(std::move(f));
}

}  // namespace

void template_outdated(const RuleContext& ctx, const Report& report) {
  report_single_other_row(ctx, report);
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
  f.message = new_year ? std::to_string(year) +
                             " 年度报告应使用 2021 年新版格式（国办公开办函〔2021〕30号），"
                             "本报告的表格仍是 2019 年试行格式"
                       : std::to_string(year) +
                             " 年度报告应使用 2019 年格式（国办公开办函〔2019〕60号），"
                             "本报告的表格是 2021 年新版格式";
  report(std::move(f));
}

const Rule template_outdated_rule{"template-outdated", Severity::Warning,
                                  "表格格式应与报告年度相符（2021 年起用新版格式）", template_outdated};

}  // namespace xxgk::rules
