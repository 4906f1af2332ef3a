#include "tables/equations.h"

#include <map>

namespace xxgk {
namespace {

constexpr int kApplicantColumns = 6;  // total is column 6
constexpr int kReviewResults = 4;     // total is column 4

std::vector<Equation> build(const Template& t) {
  std::vector<Equation> eqs;
  const int rows = static_cast<int>(t.requests.rows.size());
  for (int r = 0; r < rows; ++r) {
    Equation e{EquationKind::RequestRow, r, -1, {{TableId::Requests, r, kApplicantColumns}}, {}};
    for (int c = 0; c < kApplicantColumns; ++c) e.rhs.push_back({TableId::Requests, r, c});
    eqs.push_back(std::move(e));
  }
  const int new_row = t.requests.row_index("new"), carried = t.requests.row_index("carried_over"),
            forward = t.requests.row_index("carry_forward");
  for (int c = 0; c <= kApplicantColumns; ++c) {
    Equation e{EquationKind::RequestResult, -1, c, {{TableId::Requests, t.total_row, c}}, {}};
    for (int r = t.first_result_row; r <= t.last_result_row; ++r) e.rhs.push_back({TableId::Requests, r, c});
    eqs.push_back(std::move(e));
  }
  for (int c = 0; c <= kApplicantColumns; ++c) {
    eqs.push_back({EquationKind::RequestBalance,
                   -1,
                   c,
                   {{TableId::Requests, new_row, c}, {TableId::Requests, carried, c}},
                   {{TableId::Requests, t.total_row, c}, {TableId::Requests, forward, c}}});
  }
  for (int g = 0; g < static_cast<int>(t.review.rows.size()); ++g) {
    Equation e{EquationKind::ReviewGroup, g, -1, {{TableId::Review, g, kReviewResults}}, {}};
    for (int c = 0; c < kReviewResults; ++c) e.rhs.push_back({TableId::Review, g, c});
    eqs.push_back(std::move(e));
  }
  return eqs;
}

bool sum(const std::vector<CellRef>& refs, const Tables& tables, long long& out) {
  out = 0;
  for (const CellRef& ref : refs) {
    auto v = count_value(cell_at(tables, ref));
    if (!v) return false;
    out += *v;
  }
  return true;
}

}  // namespace

bool Equation::involves(CellRef c) const {
  for (const auto& r : lhs)
    if (r == c) return true;
  for (const auto& r : rhs)
    if (r == c) return true;
  return false;
}

const std::vector<Equation>& equations_for(const Template& t) {
  static const std::vector<Equation> e2019 = build(template_2019());
  static const std::vector<Equation> e2021 = build(template_2021());
  return t.id == "2019" ? e2019 : e2021;
}

Evaluation evaluate(const Equation& e, const Tables& tables) {
  Evaluation ev;
  ev.judged = sum(e.lhs, tables, ev.lhs) && sum(e.rhs, tables, ev.rhs);
  return ev;
}

std::optional<long long> solve_for(const Equation& e, const Tables& tables, CellRef cell) {
  long long lhs = 0, rhs = 0;
  bool on_left = false;
  auto add = [&](const std::vector<CellRef>& refs, long long& total, bool left) {
    for (const CellRef& ref : refs) {
      if (ref == cell) {
        on_left = left;
        continue;
      }
      auto v = count_value(cell_at(tables, ref));
      if (!v) return false;
      total += *v;
    }
    return true;
  };
  if (!e.involves(cell) || !add(e.lhs, lhs, true) || !add(e.rhs, rhs, false)) return std::nullopt;
  return on_left ? rhs - lhs : lhs - rhs;
}

}  // namespace xxgk
