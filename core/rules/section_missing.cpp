// section-missing: the six sections of the template are all there.
#include "rules/all_rules.h"

namespace xxgk::rules {

namespace {
const char* kSectionTitles[] = {"",
                                "一、总体情况",
                                "二、主动公开政府信息情况",
                                "三、收到和处理政府信息公开申请情况",
                                "四、政府信息公开行政复议、行政诉讼情况",
                                "五、存在的主要问题及改进情况",
                                "六、其他需要报告的事项"};
}

void section_missing(const RuleContext& ctx, const Report& report) {
  const Tables& t = ctx.tables;
  bool any_table = t.active.found || t.requests.found || t.review.found;
  if (ctx.sections.found.empty() && !any_table) return;  // table-missing said it is no report
  if (ctx.sections.found.empty()) {
    // A paste of the tables alone, or something else entirely: say it once.
    Finding f;
    f.message = "未找到报告的六个部分标题（如“一、总体情况”）：如果只粘贴了统计表，可忽略本提醒";
    report(std::move(f));
    return;
  }
  for (int n = 1; n <= 6; ++n) {
    if (ctx.sections.get(n)) continue;
    Finding f;
    // Point at the section that should follow it, where the clerk would insert the missing one.
    for (int next = n + 1; next <= 6 && !f.range; ++next)
      if (const SectionHeading* h = ctx.sections.get(next)) f.range = h->range;
    f.message = std::string("缺少「") + kSectionTitles[n] + "」部分（或其标题不规范，未能识别）";
    report(std::move(f));
  }
}

const Rule section_missing_rule{"section-missing", Severity::Warning, "报告应有模板规定的六个部分", section_missing};

}  // namespace xxgk::rules
