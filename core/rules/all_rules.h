// Every rule, and its check function; each is defined in its own file rules/<id>.cpp. The order
// the engine runs them in is registry.cpp's.
#pragma once

#include "rules/rule.h"

namespace xxgk::rules {

void table_missing(const RuleContext& ctx, const Report& report);
void template_outdated(const RuleContext& ctx, const Report& report);
void req_row_total(const RuleContext& ctx, const Report& report);
void req_result_total(const RuleContext& ctx, const Report& report);
void req_balance(const RuleContext& ctx, const Report& report);
void review_total(const RuleContext& ctx, const Report& report);
void suspect_cell(const RuleContext& ctx, const Report& report);
void cell_invalid(const RuleContext& ctx, const Report& report);
void cell_missing(const RuleContext& ctx, const Report& report);
void section_missing(const RuleContext& ctx, const Report& report);
void section_order(const RuleContext& ctx, const Report& report);
void period_mismatch(const RuleContext& ctx, const Report& report);
void fee_statement_missing(const RuleContext& ctx, const Report& report);
void basis_outdated(const RuleContext& ctx, const Report& report);
void active_in_force(const RuleContext& ctx, const Report& report);
void active_published_total(const RuleContext& ctx, const Report& report);
void active_rules_issuer(const RuleContext& ctx, const Report& report);
void fees_unit(const RuleContext& ctx, const Report& report);
void text_table_mismatch(const RuleContext& ctx, const Report& report);
void published_late(const RuleContext& ctx, const Report& report);
void previous_mismatch(const RuleContext& ctx, const Report& report);
void carry_over_continuity(const RuleContext& ctx, const Report& report);
void in_force_continuity(const RuleContext& ctx, const Report& report);
void text_repeated(const RuleContext& ctx, const Report& report);

extern const Rule table_missing_rule;
extern const Rule template_outdated_rule;
extern const Rule req_row_total_rule;
extern const Rule req_result_total_rule;
extern const Rule req_balance_rule;
extern const Rule review_total_rule;
extern const Rule suspect_cell_rule;
extern const Rule cell_invalid_rule;
extern const Rule cell_missing_rule;
extern const Rule section_missing_rule;
extern const Rule section_order_rule;
extern const Rule period_mismatch_rule;
extern const Rule fee_statement_missing_rule;
extern const Rule basis_outdated_rule;
extern const Rule active_in_force_rule;
extern const Rule active_published_total_rule;
extern const Rule active_rules_issuer_rule;
extern const Rule fees_unit_rule;
extern const Rule text_table_mismatch_rule;
extern const Rule published_late_rule;
extern const Rule previous_mismatch_rule;
extern const Rule carry_over_continuity_rule;
extern const Rule in_force_continuity_rule;
extern const Rule text_repeated_rule;

}  // namespace xxgk::rules
