// period-mismatch: the statistics period is 1月1日–12月31日 of the report year, and the years in
// the title, the period and the report's description of itself agree.
#include "rules/all_rules.h"

namespace xxgk::rules {
namespace {

std::string date_text(int y, int m, int d) {
  return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
}

void check_period_shape(const StatedPeriod& p, const Report& report) {
  bool whole_year =
      p.start_year == p.end_year && p.start_month == 1 && p.start_day == 1 && p.end_month == 12 && p.end_day == 31;
  if (whole_year) return;
  Finding f;
  f.range = p.range;
  f.message = "统计期限写为" + date_text(p.start_year, p.start_month, p.start_day) + "至" +
              date_text(p.end_year, p.end_month, p.end_day) + "，应为报告年度的1月1日至12月31日";
  report(std::move(f));
}

void check_same_year(const char* what, const StatedYear& stated, int year, const char* against, const Report& report) {
  if (stated.year == year) return;
  Finding f;
  f.range = stated.range;
  f.message = std::string(what) + "年份 " + std::to_string(stated.year) + " 与" + against + "年份 " +
              std::to_string(year) + " 不一致";
  f.expected = year;
  f.actual = stated.year;
  report(std::move(f));
}

}  // namespace

void period_mismatch(const RuleContext& ctx, const Report& report) {
  const Metadata& m = ctx.meta;
  if (m.period) check_period_shape(*m.period, report);
  if (m.title_year && m.period)
    check_same_year("统计期限的", {m.period->end_year, m.period->range}, m.title_year->year, "标题的", report);
  if (m.title_year && m.named_year)
    check_same_year("正文所称报告的", *m.named_year, m.title_year->year, "标题的", report);
  else if (!m.title_year && m.named_year && m.period)
    check_same_year("统计期限的", {m.period->end_year, m.period->range}, m.named_year->year, "正文所称报告的", report);
}

const Rule period_mismatch_rule{"period-mismatch", Severity::Warning,
                                "统计期限应为报告年度的1月1日至12月31日，且与标题年份一致", period_mismatch};

}  // namespace xxgk::rules
