// The arithmetic the template states, as equations over cells: sum(lhs) = sum(rhs).
// The arithmetic rules judge them one by one; suspect-cell looks for the one cell that mends all
// that fail; the table reader uses them to place a lost cell.
#pragma once

#include <optional>
#include <vector>

#include "tables/tables.h"

namespace xxgk {

enum class EquationKind {
  RequestRow,      // a requests row: total = the six applicant columns   (req-row-total)
  RequestResult,   // a requests column: (七)总计 = the result rows       (req-result-total)
  RequestBalance,  // a requests column: 一 + 二 = (七)总计 + 四           (req-balance)
  ReviewGroup,     // a review group: total = the four results           (review-total)
};

struct Equation {
  EquationKind kind;
  int row = -1;  // the row it belongs to (RequestRow, ReviewGroup), else -1
  int col = -1;  // the column it belongs to (RequestResult, RequestBalance), else -1
  std::vector<CellRef> lhs, rhs;

  bool involves(CellRef c) const;
};

struct Evaluation {
  bool judged = false;  // every cell holds a count
  long long lhs = 0, rhs = 0;
  bool holds() const { return judged && lhs == rhs; }
  bool fails() const { return judged && lhs != rhs; }
};

const std::vector<Equation>& equations_for(const Template& t);
Evaluation evaluate(const Equation& e, const Tables& tables);

// The value `cell` must hold for `e` to hold, other cells as they are; nullopt if not judged.
std::optional<long long> solve_for(const Equation& e, const Tables& tables, CellRef cell);

}  // namespace xxgk
