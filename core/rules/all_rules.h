// The check function of every rule; each is defined in its own file rules/<id>.cpp.
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

}  // namespace xxgk::rules
