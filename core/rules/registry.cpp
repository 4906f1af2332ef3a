#include <algorithm>
#include <tuple>

#include "rules/all_rules.h"
#include "rules/rule.h"

namespace xxgk {

// The rules of the report alone, in the order they run (and findings of equal place are listed).
const std::vector<Rule>& rule_registry() {
  static const std::vector<Rule> kAll = [] {
    std::vector<Rule> all = {
        rules::table_missing_rule,          rules::template_outdated_rule,   rules::req_row_total_rule,
        rules::req_result_total_rule,       rules::req_balance_rule,         rules::review_total_rule,
        rules::suspect_cell_rule,           rules::cell_invalid_rule,        rules::cell_missing_rule,
        rules::section_missing_rule,        rules::section_order_rule,       rules::period_mismatch_rule,
        rules::fee_statement_missing_rule,  rules::basis_outdated_rule,      rules::active_in_force_rule,
        rules::active_published_total_rule, rules::active_rules_issuer_rule, rules::fees_unit_rule,
        rules::text_table_mismatch_rule,    rules::published_late_rule,
    };
    all.insert(all.end(), cross_report_rules().begin(), cross_report_rules().end());
    return all;
  }();
  return kAll;
}

// Across reports: they judge only with last year's report (--previous, batch pairing, the page's
// 上年报告), and run after the rules of the report alone.
const std::vector<Rule>& cross_report_rules() {
  static const std::vector<Rule> kRules = {
      rules::previous_mismatch_rule,
      rules::carry_over_continuity_rule,
      rules::in_force_continuity_rule,
      rules::text_repeated_rule,
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

bool same_range(const std::optional<Range>& a, const Range& b) { return a && a->start == b.start && a->end == b.end; }

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
