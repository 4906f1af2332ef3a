#include "tables/run_together.h"

#include <string>

#include "readers/token.h"
#include "tables/equations.h"
#include "text/normalize.h"

namespace xxgk {
namespace {

// No count or amount in a report is longer (10^15 still fits a long long exactly).
constexpr size_t kMaxCellChars = 15;
// Search steps for one run, and for the combination of a table's rows: far above what a real
// table needs (under a hundred per row), small enough that hostile input stays fast.
constexpr size_t kMaxRunSteps = 5000;
constexpr size_t kMaxTableSteps = 50000;
constexpr size_t kMaxRowSplits = 64;  // splits of one row kept for the column equations
constexpr int kRequestCells = 7;      // six applicant columns and their total
constexpr int kReviewGroups = 3, kReviewGroupCells = 5;

class RunSplitter {
 public:
  RunSplitter(std::u32string_view run, int cells, const std::vector<SumGroup>& groups,
              const std::vector<ValueKind>& kinds, size_t max_splits)
      : cells_(cells),
        kinds_(kinds),
        max_splits_(max_splits),
        total_of_(cells > 0 ? cells : 0, -1),
        member_of_(cells > 0 ? cells : 0, -1),
        partial_(groups.size(), 0) {
    for (size_t g = 0; g < groups.size(); ++g) {
      if (groups[g].first < 0 || groups[g].total >= cells || groups[g].first >= groups[g].total) continue;
      total_of_[groups[g].total] = static_cast<int>(g);
      for (int k = groups[g].first; k < groups[g].total; ++k) member_of_[k] = static_cast<int>(g);
    }
    read(run);
  }

  SplitSearch run() {
    if (cells_ > 0 && readable_ && chars_.size() >= static_cast<size_t>(cells_) &&
        chars_.size() <= cells_ * kMaxCellChars)
      cell(0, 0);
    return std::move(out_);
  }

 private:
  int cells_;
  const std::vector<ValueKind>& kinds_;
  size_t max_splits_;
  std::vector<int> total_of_, member_of_;  // per cell: the group it totals / belongs to, or -1
  std::vector<long long> partial_;         // per group: the sum of its members chosen so far
  std::u32string_view run_;
  std::u32string chars_;           // the run without its spaces and units
  std::vector<uint32_t> at_;       // where each character stands in the run
  std::vector<bool> starts_cell_;  // a stray space stood before it, or it is a minus sign
  bool readable_ = true;
  std::vector<CellSpan> cut_;
  size_t steps_ = 0;
  SplitSearch out_;

  void read(std::u32string_view run) {
    run_ = run;
    bool space = false;
    for (size_t k = 0; k < run.size(); ++k) {
      if (run[k] == U' ' || is_unit_char(run[k])) {  // "3个 3443000元": a unit closes its cell
        space = !chars_.empty();
        continue;
      }
      if (!is_digit(run[k]) && run[k] != U'.' && run[k] != U'-') readable_ = false;
      chars_.push_back(run[k]);
      at_.push_back(static_cast<uint32_t>(k));
      starts_cell_.push_back(space || (run[k] == U'-' && !chars_.empty()));
      space = false;
    }
  }

  ValueKind kind(int k) const {
    bool in_group = total_of_[k] >= 0 || member_of_[k] >= 0;  // the equations count
    return k < static_cast<int>(kinds_.size()) && !in_group ? kinds_[k] : ValueKind::Count;
  }

  // No longer cell from `pos` can be valid once this one is not.
  bool longer_cannot_help(int k, size_t pos, size_t len) const {
    size_t digits = pos + (chars_[pos] == U'-');
    bool leading_zero = digits + 1 < pos + len && chars_[digits] == U'0' && chars_[digits + 1] != U'.';
    bool sign = chars_[pos] == U'-' && kind(k) != ValueKind::SignedCount;
    return chars_[pos] == U'.' || sign || leading_zero || (len > 1 && starts_cell_[pos + len - 1]);
  }

  // Characters [pos, pos + len) as one cell: no space inside, no leading zero ("0.5" is fine), a
  // decimal point only inside an amount, a minus sign only opening a signed count ("-3").
  bool valid_cell(int k, size_t pos, size_t len) const {
    if (longer_cannot_help(k, pos, len) || chars_[pos + len - 1] == U'.' || chars_[pos + len - 1] == U'-') return false;
    int dots = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (i > pos && starts_cell_[i]) return false;  // the last cell is tried whole, not grown
      dots += chars_[i] == U'.';
    }
    return dots == 0 || (dots == 1 && kind(k) == ValueKind::Amount);
  }

  long long count(size_t pos, size_t len) const {
    long long v = 0;
    for (size_t i = pos; i < pos + len; ++i) v = v * 10 + (chars_[i] - U'0');
    return v;
  }

  // The longest a group's total can still be once cell k ends at `next`: every other cell after k
  // needs a character.
  size_t total_room(int k, size_t next) const {
    size_t rest = chars_.size() - next, others = static_cast<size_t>(cells_ - k - 2);
    return rest > others ? std::min(rest - others, kMaxCellChars) : 0;
  }

  void record() {
    if (out_.splits.size() >= max_splits_) {
      out_.overflow = true;
      return;
    }
    std::vector<CellSpan> split;
    for (const CellSpan& c : cut_) {
      uint32_t end = at_[c.end - 1] + 1;
      while (end < run_.size() && is_unit_char(run_[end])) ++end;  // the cell keeps its unit: "3个"
      split.push_back({at_[c.begin], end});
    }
    out_.splits.push_back(std::move(split));
  }

  void cell(int k, size_t pos) {
    if (out_.overflow) return;
    if (++steps_ > kMaxRunSteps) {
      out_.overflow = true;
      return;
    }
    size_t rest = chars_.size() - pos;
    size_t cells_left = static_cast<size_t>(cells_ - k);
    if (cells_left == 0) {
      if (rest == 0) record();
      return;
    }
    if (rest < cells_left || rest > cells_left * kMaxCellChars) return;
    if (total_of_[k] >= 0) return total_cell(k, pos);
    size_t longest = k == cells_ - 1 ? rest : std::min(kMaxCellChars, rest - (cells_left - 1));
    size_t shortest = k == cells_ - 1 ? rest : 1;
    for (size_t len = shortest; len <= longest; ++len) {
      if (!valid_cell(k, pos, len)) {
        if (longer_cannot_help(k, pos, len)) break;
        continue;
      }
      int g = member_of_[k];
      if (g >= 0) {
        long long sum = partial_[g] + count(pos, len);
        size_t room = k + 1 < cells_ ? total_room(k, pos + len) : 0;
        if (room == 0 || std::to_string(sum).size() > room) break;  // longer cells only add
        partial_[g] = sum;
      }
      cut_.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + len)});
      cell(k + 1, pos + len);
      cut_.pop_back();
      if (g >= 0) partial_[g] -= count(pos, len);
    }
  }

  // A group's total is not searched: it is the sum, and the digits must spell it.
  void total_cell(int k, size_t pos) {
    int g = total_of_[k];
    std::string sum = std::to_string(partial_[g]);
    size_t len = sum.size();
    if (pos + len > chars_.size() || (k == cells_ - 1 && pos + len != chars_.size())) return;
    for (size_t i = 0; i < len; ++i)
      if (chars_[pos + i] != static_cast<char32_t>(sum[i])) return;
    if (!valid_cell(k, pos, len)) return;
    long long kept = partial_[g];
    partial_[g] = 0;
    cut_.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + len)});
    cell(k + 1, pos + len);
    cut_.pop_back();
    partial_[g] = kept;
  }
};

Cell cell_of(const Document& doc, size_t token, CellSpan s) {
  const Token& t = doc.tokens[token];
  Cell c;
  double v = 0;
  c.raw = to_utf8(doc.text.original_view(t.begin + s.begin, t.begin + s.end));
  c.range = doc.text.source_range(t.begin + s.begin, t.begin + s.end);
  if (parse_number(doc.text.view(t.begin + s.begin, t.begin + s.end), v)) {
    c.state = CellState::Number;
    c.value = v;
  } else {
    c.state = CellState::Invalid;
  }
  return c;
}

void place(const Document& doc, std::vector<Cell>& row, size_t token, const std::vector<CellSpan>& split) {
  for (size_t k = 0; k < split.size() && k < row.size(); ++k) row[k] = cell_of(doc, token, split[k]);
}

// The active table has no equations: a row is split only when its digits allow one way alone,
// even allowing for a cell left empty ("000" for three cells, any run for one; "350" for two
// cells may be 3/50, 35/0 or 350 and an empty cell).
bool split_by_digits_alone(const Document& doc, std::vector<Cell>& row, size_t token,
                           const std::vector<ValueKind>& kinds) {
  std::u32string_view run = doc.token_text(token);
  const int n = static_cast<int>(row.size());
  ValueKind loosest = ValueKind::Count;  // fewer cells could stand in any column
  for (ValueKind k : kinds)
    if (k != ValueKind::Count && loosest != ValueKind::Amount) loosest = k;
  for (int fewer = 1; fewer < n; ++fewer) {
    SplitSearch s = split_digit_run(run, fewer, {}, std::vector<ValueKind>(fewer, loosest), 1);
    if (s.overflow || !s.splits.empty()) return false;
  }
  SplitSearch s = split_digit_run(run, n, {}, kinds, 1);
  if (s.overflow || s.splits.size() != 1) return false;
  place(doc, row, token, s.splits[0]);
  return true;
}

void split_active(const Document& doc, TableData& t, const TableDef& def) {
  for (RunTogetherRow& r : t.run_together) {
    std::vector<ValueKind> kinds;
    for (const auto& c : def.rows[r.row].columns) kinds.push_back(c.kind);
    r.resolved = split_by_digits_alone(doc, t.cells[r.row], r.token, kinds);
  }
}

// The review line: three groups of five, each total the sum of its four results. A group all
// splits agree on is placed even when another group is not.
void split_review(const Document& doc, TableData& t) {
  for (RunTogetherRow& r : t.run_together) {
    std::vector<SumGroup> groups;
    for (int g = 0; g < kReviewGroups; ++g) groups.push_back({g * kReviewGroupCells, g * kReviewGroupCells + 4});
    SplitSearch s =
        split_digit_run(doc.token_text(r.token), kReviewGroups * kReviewGroupCells, groups, {}, kMaxRowSplits);
    r.none_adds_up = !s.overflow && s.splits.empty();
    if (s.overflow || s.splits.empty()) continue;
    int placed = 0;
    for (int g = 0; g < kReviewGroups && g < static_cast<int>(t.cells.size()); ++g) {
      bool agreed = true;
      for (const auto& split : s.splits)
        for (int k = g * kReviewGroupCells; k < (g + 1) * kReviewGroupCells; ++k)
          agreed = agreed && split[k].begin == s.splits[0][k].begin && split[k].end == s.splits[0][k].end;
      if (!agreed) continue;
      std::vector<CellSpan> group(s.splits[0].begin() + g * kReviewGroupCells,
                                  s.splits[0].begin() + (g + 1) * kReviewGroupCells);
      place(doc, t.cells[g], r.token, group);
      ++placed;
    }
    r.resolved = placed == kReviewGroups;
  }
}

// The requests rows: each row's own equation leaves a few splits; the column equations, across
// rows, must leave one combination. All combinations are walked (within the budget), and a row
// is split where every combination that satisfies the table agrees on it. A row its own equation
// splits one way only is split whatever the columns say: when no combination satisfies them, the
// print does not add up, and the column rules say where.
class RequestsSplitter {
 public:
  RequestsSplitter(const Document& doc, Tables& t) : doc_(doc), t_(t), table_(t.requests) {}

  void run() {
    collect_rows();
    if (rows_.empty()) return;
    collect_equations();
    choice_.assign(rows_.size(), 0);
    walk(0);
    for (size_t i = 0; i < rows_.size(); ++i) {
      Row& row = rows_[i];
      bool unique_alone = row.splits.size() == 1;
      bool agreed = !overflow_ && solutions_ > 0 && !row.varies;
      if (!unique_alone && !agreed) continue;
      size_t pick = unique_alone ? 0 : row.first_choice;
      place(doc_, table_.cells[row.source->row], row.source->token, row.splits[pick]);
      row.source->resolved = true;
    }
  }

 private:
  struct Row {
    RunTogetherRow* source = nullptr;
    std::vector<std::vector<CellSpan>> splits;
    std::vector<std::vector<long long>> values;  // per split, the seven counts
    size_t first_choice = 0;
    bool chosen = false, varies = false;
  };
  struct Term {
    int row = -1;  // index into rows_, or -1 for a known cell
    int col = 0;
    long long known = 0;
  };
  struct Check {
    std::vector<Term> lhs, rhs;
    size_t depth = 0;  // checked once rows_[depth] has its split
  };

  const Document& doc_;
  Tables& t_;
  TableData& table_;
  std::vector<Row> rows_;
  std::vector<int> row_index_;  // template row -> index into rows_, or -1
  std::vector<Check> checks_;
  std::vector<size_t> choice_;
  size_t steps_ = 0, solutions_ = 0;
  bool overflow_ = false;

  void collect_rows() {
    row_index_.assign(table_.cells.size(), -1);
    for (RunTogetherRow& r : table_.run_together) {
      if (r.row < 0 || r.row >= static_cast<int>(table_.cells.size()) || row_index_[r.row] >= 0) continue;
      SplitSearch s =
          split_digit_run(doc_.token_text(r.token), kRequestCells, {{0, kRequestCells - 1}}, {}, kMaxRowSplits);
      r.none_adds_up = !s.overflow && s.splits.empty();
      if (s.overflow || s.splits.empty()) continue;  // unknown: the equations through it are not used
      Row row;
      row.source = &r;
      for (const auto& split : s.splits) {
        std::vector<long long> v;
        for (const CellSpan& c : split) v.push_back(*count_value(cell_of(doc_, r.token, c)));
        row.values.push_back(std::move(v));
      }
      row.splits = std::move(s.splits);
      row_index_[r.row] = static_cast<int>(rows_.size());
      rows_.push_back(std::move(row));
    }
  }

  bool term(const CellRef& ref, Term& out, size_t& depth) const {
    out.col = ref.col;
    out.row = ref.row < static_cast<int>(row_index_.size()) ? row_index_[ref.row] : -1;
    if (out.row >= 0) {
      depth = std::max(depth, static_cast<size_t>(out.row));
      return true;
    }
    auto v = count_value(cell_at(t_, ref));
    if (v) out.known = *v;
    return v.has_value();
  }

  // The column equations whose every cell is either known or in a run-together row.
  void collect_equations() {
    for (const Equation& e : equations_for(*t_.tmpl)) {
      if (e.kind != EquationKind::RequestResult && e.kind != EquationKind::RequestBalance) continue;
      Check c;
      bool usable = true, involves_run = false;
      for (auto [refs, side] : {std::pair{&e.lhs, &c.lhs}, std::pair{&e.rhs, &c.rhs}}) {
        for (const CellRef& ref : *refs) {
          Term term_out;
          usable = usable && term(ref, term_out, c.depth);
          involves_run = involves_run || term_out.row >= 0;
          side->push_back(term_out);
        }
      }
      if (usable && involves_run) checks_.push_back(std::move(c));
    }
  }

  long long sum(const std::vector<Term>& terms) const {
    long long s = 0;
    for (const Term& term : terms)
      s += term.row >= 0 ? rows_[term.row].values[choice_[term.row]][term.col] : term.known;
    return s;
  }

  bool holds_at(size_t depth) const {
    for (const Check& c : checks_)
      if (c.depth == depth && sum(c.lhs) != sum(c.rhs)) return false;
    return true;
  }

  void walk(size_t i) {
    if (overflow_) return;
    if (i == rows_.size()) {
      ++solutions_;
      for (size_t k = 0; k < rows_.size(); ++k) {
        Row& row = rows_[k];
        if (row.chosen && row.first_choice != choice_[k]) row.varies = true;
        if (!row.chosen) row.first_choice = choice_[k], row.chosen = true;
      }
      return;
    }
    for (size_t s = 0; s < rows_[i].splits.size(); ++s) {
      if (++steps_ > kMaxTableSteps) {
        overflow_ = true;
        return;
      }
      choice_[i] = s;
      if (holds_at(i)) walk(i + 1);
    }
  }
};

}  // namespace

SplitSearch split_digit_run(std::u32string_view run, int cells, const std::vector<SumGroup>& groups,
                            const std::vector<ValueKind>& kinds, size_t max_splits) {
  return RunSplitter(run, cells, groups, kinds, max_splits).run();
}

void split_run_together_rows(const Document& doc, Tables& tables) {
  split_active(doc, tables.active, tables.tmpl->active);
  RequestsSplitter(doc, tables).run();
  split_review(doc, tables.review);
}

}  // namespace xxgk
