// previous-mismatch: the report given as last year's is not this body's report of the year before
// (or cannot be read). Said once; the cross-report rules then judge nothing.
#include "rules/all_rules.h"
#include "rules/cross_report.h"

namespace xxgk::rules {
namespace {

std::string body_name(const RuleContext& ctx) { return "「" + ctx.meta.agency + "」"; }

std::string why_not_comparable(const RuleContext& ctx) {
  switch (previous_verdict(ctx)) {
    case PairVerdict::Consecutive:
    case PairVerdict::YearUnknown: return "";  // nothing contradicts the pairing
    case PairVerdict::OtherBody:
      return "上年报告是" + body_name(*ctx.previous) + "的报告，本报告是" + body_name(ctx) + "的，不是同一单位";
    case PairVerdict::NotYearBefore:
      return "上年报告是 " + std::to_string(*ctx.previous->meta.year) + " 年度的，本报告是 " +
             std::to_string(*ctx.meta.year) + " 年度的，不是上一年度";
  }
  return "";
}

}  // namespace

void previous_mismatch(const RuleContext& ctx, const Report& report) {
  std::string why;
  if (ctx.previous_error) why = "上年报告无法读取（" + ctx.previous_error->message + "）";
  else if (ctx.previous) why = why_not_comparable(ctx);
  if (why.empty()) return;
  Finding f;
  f.message = why + "，未做跨年度核对";
  report(std::move(f));
}

const Rule previous_mismatch_rule{"previous-mismatch", Severity::Warning,
                                  "用于对照的上年报告应是同一单位上一年度的报告", previous_mismatch};

}  // namespace xxgk::rules
