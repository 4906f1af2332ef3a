// Helpers shared by the cross-report rules: whether the previous report can be compared with this
// one, and cells by their contract ids in either report.
#pragma once

#include <string>

#include "pairing/pairing.h"
#include "rules/rule.h"

namespace xxgk::rules {

PairVerdict previous_verdict(const RuleContext& ctx);

// The previous report when it is this body's report of the year before, else nullptr: the rules
// then judge nothing, and previous-mismatch says why once.
const RuleContext* comparable_previous(const RuleContext& ctx);

// The cell of `row`/`column` ids in a found table, or nullptr (the template has no such cell, or
// the table was not found).
const Cell* cell_by_ids(const RuleContext& ctx, TableId table, const char* row, const char* column,
                        CellRef* ref = nullptr);

// "本年（2023 年）" / "上年（2022 年）" as `which` says, or "本年" / "上年" when the report states no year.
std::string year_label(const RuleContext& ctx, const char* which);

}  // namespace xxgk::rules
