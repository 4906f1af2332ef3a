// section-order: the sections stand in the template's order.
#include "rules/all_rules.h"

namespace xxgk::rules {

void section_order(const RuleContext& ctx, const Report& report) {
  int highest = 0;
  for (const SectionHeading& h : ctx.sections.found) {
    if (h.number < highest) {
      Finding f;
      f.range = h.range;
      f.message = "「" + h.title + "」排在了后面部分之后：六个部分应按模板顺序排列";
      report(std::move(f));
    }
    highest = std::max(highest, h.number);
  }
}

const Rule section_order_rule{"section-order", Severity::Warning, "六个部分应按模板顺序排列", section_order};

}  // namespace xxgk::rules
