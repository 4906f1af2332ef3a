// table-missing: each of the template's three tables must be there.
#include "rules/all_rules.h"
#include "rules/describe.h"

namespace xxgk::rules {

void table_missing(const RuleContext& ctx, const Report& report) {
  const Tables& t = ctx.tables;
  if (!t.active.found && !t.requests.found && !t.review.found && ctx.sections.found.empty()) {
    Finding f;  // not a report at all, or not one this checker can read: say it once
    f.message = "未识别到政府信息公开工作年度报告：既没有找到“一、总体情况”等章节标题，也没有找到三张统计表";
    report(std::move(f));
    return;
  }
  for (TableId id : {TableId::Active, TableId::Requests, TableId::Review}) {
    if (ctx.tables.get(id).found) continue;
    Finding f;
    f.table = id;
    int section = id == TableId::Active ? 2 : id == TableId::Requests ? 3 : 4;
    if (const SectionHeading* h = ctx.sections.get(section)) f.range = h->range;
    f.message =
        std::string("未找到表格「") + table_title(id) + "」：请检查是否漏贴，或表格是否被粘贴成了无法辨认的样子";
    report(std::move(f));
  }
}

const Rule table_missing_rule{"table-missing", Severity::Error, "模板规定的三张统计表都应存在", table_missing};

}  // namespace xxgk::rules
