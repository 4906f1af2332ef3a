#include <algorithm>
#include <tuple>

#include "rules/all_rules.h"
#include "rules/rule.h"

namespace xxgk {

const std::vector<Rule>& rule_registry() {
  static const std::vector<Rule> kRules = {
      {"table-missing", Severity::Error, "模板规定的三张统计表都应存在", rules::table_missing},
      {"template-outdated", Severity::Warning, "表格格式应与报告年度相符（2021 年起用新版格式）", rules::template_outdated},
      {"req-row-total", Severity::Error, "申请情况表每行：总计 = 六类申请人之和", rules::req_row_total},
      {"req-result-total", Severity::Error, "申请情况表每列：(七)总计 = 各项办理结果之和", rules::req_result_total},
      {"req-balance", Severity::Error, "申请情况表每列：一 + 二 = 三(七)总计 + 四（表中注明的勾稽关系）", rules::req_balance},
      {"review-total", Severity::Error, "复议诉讼表每组：总计 = 维持 + 纠正 + 其他 + 尚未审结", rules::review_total},
      {"suspect-cell", Severity::Error, "找出改动后能使所有不成立的等式都成立的那一格", rules::suspect_cell},
      {"cell-invalid", Severity::Error, "数量应为非负整数，金额应为数字", rules::cell_invalid},
      {"cell-missing", Severity::Warning, "模板的每一格都应填写；空格不参与核算", rules::cell_missing},
      {"section-missing", Severity::Warning, "报告应有模板规定的六个部分", rules::section_missing},
      {"section-order", Severity::Warning, "六个部分应按模板顺序排列", rules::section_order},
      {"period-mismatch", Severity::Warning, "统计期限应为报告年度的1月1日至12月31日，且与标题年份一致", rules::period_mismatch},
      {"fee-statement-missing", Severity::Warning, "2021 年起第六部分应说明信息处理费收取情况", rules::fee_statement_missing},
      {"basis-outdated", Severity::Warning, "2021 年起的报告不应再以国办公开办函〔2019〕60号为依据", rules::basis_outdated},
      {"active-in-force", Severity::Warning, "现行有效件数不应少于本年制发减本年废止", rules::active_in_force},
      {"active-published-total", Severity::Warning, "对外公开总数量不应少于本年新公开数量", rules::active_published_total},
      {"active-rules-issuer", Severity::Warning, "乡镇、街道和县级机关无权制定规章", rules::active_rules_issuer},
      {"fees-unit", Severity::Warning, "行政事业性收费以万元为单位，数额过大时可能误填为元", rules::fees_unit},
      {"text-table-mismatch", Severity::Warning, "正文中的数字应与表格一致", rules::text_table_mismatch},
      {"published-late", Severity::Warning, "页面所示发布日期不应晚于法定时限（部门1月31日，县级以上人民政府3月31日）", rules::published_late},
  };
  static const std::vector<Rule> kAll = [] {
    std::vector<Rule> all = kRules;
    all.insert(all.end(), cross_report_rules().begin(), cross_report_rules().end());
    return all;
  }();
  return kAll;
}

// Across reports: they judge only with last year's report (--previous, batch pairing, the page's
// 上年报告), and run after the rules of the report alone.
const std::vector<Rule>& cross_report_rules() {
  static const std::vector<Rule> kRules = {
      {"previous-mismatch", Severity::Warning, "用于对照的上年报告应是同一单位上一年度的报告", rules::previous_mismatch},
      {"carry-over-continuity", Severity::Warning, "本年「二、上年结转」应等于上年报告「四、结转下年度继续办理」，逐列核对", rules::carry_over_continuity},
      {"in-force-continuity", Severity::Warning, "现行有效件数应等于上年现行有效件数 + 本年制发 − 本年废止", rules::in_force_continuity},
      {"text-repeated", Severity::Warning, "总体情况和存在问题部分不应照搬上年报告", rules::text_repeated},
  };
  return kRules;
}

bool is_cross_report_rule(const std::string& id) {
  for (const Rule& r : cross_report_rules())
    if (id == r.id) return true;
  return false;
}

// One rule says this much at most: a paste of thousands of contradicting sentences must not
// bury the clerk (or the page) under thousands of findings.
constexpr size_t kMaxFindingsPerRule = 100;

namespace {

bool same_range(const std::optional<Range>& a, const Range& b) {
  return a && a->start == b.start && a->end == b.end;
}

// A suspect cell explains the equations that pass through it: those findings sit right after it.
bool explained_by(const Finding& f, const Finding& suspect) {
  if (!suspect.range || &f == &suspect) return false;
  if (same_range(f.range, *suspect.range)) return true;
  for (const Range& r : f.related)
    if (r.start == suspect.range->start && r.end == suspect.range->end) return true;
  return false;
}

}  // namespace

// The one order of findings, for the command line and the page alike: errors first, then in
// reading order, except that a suspect cell comes first among the equations it explains, and they
// follow it (how a clerk works through them: the cause, then what it breaks).
void sort_for_reading(std::vector<Finding>& findings) {
  auto start = [](const Finding& f) { return f.range ? f.range->start : UINT32_MAX; };
  const size_t n = findings.size();
  std::vector<uint32_t> anchor(n);
  std::vector<int> after_suspect(n, 0);
  for (size_t i = 0; i < n; ++i) anchor[i] = start(findings[i]);
  for (size_t s = 0; s < n; ++s) {
    if (findings[s].rule != "suspect-cell") continue;
    std::vector<size_t> explained;
    for (size_t i = 0; i < n; ++i)
      if (findings[i].rule != "suspect-cell" && explained_by(findings[i], findings[s])) explained.push_back(i);
    for (size_t i : explained) anchor[s] = std::min(anchor[s], start(findings[i]));
    for (size_t i : explained) anchor[i] = anchor[s], after_suspect[i] = 1;
  }
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Finding &x = findings[a], &y = findings[b];
    return std::make_tuple(x.severity, anchor[a], after_suspect[a], start(x)) <
           std::make_tuple(y.severity, anchor[b], after_suspect[b], start(y));
  });
  std::vector<Finding> sorted;
  sorted.reserve(n);
  for (size_t i : order) sorted.push_back(std::move(findings[i]));
  findings = std::move(sorted);
}

std::vector<Finding> run_rules(const RuleContext& ctx) {
  std::vector<Finding> findings;
  for (const Rule& rule : rule_registry()) {
    size_t count = 0;
    rule.check(ctx, [&](Finding f) {
      if (++count > kMaxFindingsPerRule) return;
      f.rule = rule.id;
      f.severity = rule.severity;
      findings.push_back(std::move(f));
    });
    if (count > kMaxFindingsPerRule) {
      Finding more;
      more.rule = rule.id;
      more.severity = rule.severity;
      more.message = "同类问题另有 " + std::to_string(count - kMaxFindingsPerRule) + " 处未列出（只列出前 " +
                     std::to_string(kMaxFindingsPerRule) + " 处）";
      findings.push_back(std::move(more));
    }
  }
  sort_for_reading(findings);
  return findings;
}

}  // namespace xxgk
