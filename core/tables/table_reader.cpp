#include "tables/table_reader.h"

#include <array>

#include "tables/row_placement.h"
#include "tables/run_together.h"
#include "tables/short_rows.h"
#include "templates/label_key.h"
#include "text/text.h"

namespace xxgk {
namespace {

constexpr size_t kMaxLabelChars = 60;  // longer text is narrative, not a row label
// A wrapped label's further lines, and the parent labels PDF text puts beside them
// ("（六）其他处理          公开申请   0  0 …").
constexpr int kMaxContinuationTokens = 5;
// The first line of a wrapped label matches when it is this long a prefix of the whole label.
constexpr size_t kMinWrappedPrefix = 5;
constexpr int kReviewCells = 15;
// A free row may lose this many numbers and still be its label's row (short_rows places them).
constexpr size_t kMaxLostFreeCells = 2;
// Labels tried as typos per table: a table has a few dozen rows; this keeps a huge paste linear.
constexpr int kMaxTypoChecks = 256;
// A review group's own heading and header row: the group's name, a parent heading, five column
// labels and a word or two of a split cell.
constexpr int kMaxGroupHeaderTokens = 9;
// Empty places skipped looking for a label's numbers on the following lines: a real paste has a
// row's worth of padding, not thousands.
constexpr int kMaxEmptyPlaces = 64;

struct Region {
  size_t begin = 0, end = 0;
};

Cell cell_from(const Document& doc, size_t i) {
  const Token& t = doc.tokens[i];
  Cell c;
  c.range = doc.token_range(i);
  c.raw = doc.token_raw(i);
  switch (t.kind) {
    case TokenKind::Empty:
      c.state = CellState::Empty;
      c.raw.clear();
      break;
    case TokenKind::Blank: c.state = CellState::Blank; break;
    case TokenKind::Text: c.state = CellState::Invalid; break;
    case TokenKind::TooLarge: c.state = CellState::TooLarge; break;
    case TokenKind::Number:
      c.state = CellState::Number;
      c.value = t.number;
      break;
  }
  return c;
}

bool ends_with(const std::u32string& s, const std::u32string& end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// `run_together`: page text glued header words before the label ("…现行有效件数规章").
bool label_matches(const RowDef& row, const LabelKey& k, bool run_together) {
  if (!row.numbering.empty() && k.numbering != row.numbering) return false;
  for (const auto& key : row.keys) {
    if (row.mode == MatchMode::Exact ? k.key == key || (run_together && ends_with(k.key, key))
                                     : k.key.find(key) != std::u32string::npos)
      return true;
  }
  return row.mode == MatchMode::Contains && k.key.size() >= kMinWrappedPrefix &&
         row.full_key.compare(0, k.key.size(), k.key) == 0;
}

struct ValuesRead {
  std::vector<Cell> cells;
  size_t next = 0;
  bool complete = false;                 // every column got a place
  std::optional<uint32_t> printed_mask;  // see ShortRow
  std::vector<Cell> printed;
  std::optional<size_t> run_together;  // the token whose digits hold the row's cells, run together
};

class TableReader {
 public:
  TableReader(const Document& doc, const TableDef& def, Region region) : doc_(doc), def_(def), region_(region) {
    compute_masks();
    compute_row_index();
  }

  TableData read_labelled() {
    TableData t = empty_table();
    size_t pos = region_.begin;
    anchors_.clear();
    for (int r = 0; r < static_cast<int>(def_.rows.size()); ++r) {
      size_t label = find_label(r, pos);
      if (label == kNone) continue;
      size_t n = def_.rows[r].columns.size();
      ValuesRead values = read_values(label, n);
      pos = values.next;
      // A stray number or two after a floating label is no row: the row stays open for its
      // place by order, and unjudged if it has none.
      if (!values.run_together && !tok(label).positional && values.cells.size() + kMaxLostFreeCells < n) continue;
      place_row(t, r, label, values);
      anchors_.push_back({r, label, values.next});
    }
    place_by_order(t);
    read_out_of_order(t);
    return t;
  }

  // A block of rows printed before the rows the template puts ahead of it (the (一)项 grid after
  // the (五)(六)(八) lines): a row still without a place takes the one label of its own in the
  // region that numbers follow, outside every row already read.
  void read_out_of_order(TableData& t) const {
    for (int r = 0; r < static_cast<int>(def_.rows.size()) && r < 32; ++r) {
      if (t.row_labels[r] || row_placed(t, r)) continue;
      size_t label = kNone;
      for (size_t i = region_.begin; i < region_.end; ++i) {
        if (!((mask(i) >> r) & 1) || inside_anchor(i) || first_value_after(i) == kNone) continue;
        if (label != kNone) return;  // two candidates: not this way
        label = i;
      }
      if (label == kNone || inside_anchor(first_value_after(label))) continue;
      ValuesRead values = read_values(label, def_.rows[r].columns.size());
      if (values.complete) place_row(t, r, label, values);
    }
  }

  static bool row_placed(const TableData& t, int r) {
    for (const Cell& c : t.cells[r])
      if (c.state != CellState::Absent) return true;
    return false;
  }

  bool inside_anchor(size_t i) const {
    for (const Anchor& a : anchors_)
      if (i >= a.label && i < a.end) return true;
    return false;
  }

  // The 2019 template's single "(六)其他处理" row with its numbers, when the template being read
  // wants sub-rows there and none of them was found.
  std::optional<Range> single_other_row(const TableData& t) const {
    int first = def_.row_index("other_overdue_correction"), last = def_.row_index("other_misc");
    if (first < 0 || last < first) return std::nullopt;
    for (int r = first; r <= last; ++r)
      if (t.row_labels[r]) return std::nullopt;
    for (size_t i = region_.begin; i < region_.end; ++i) {
      if (tok(i).kind != TokenKind::Text || mask(i) != 0) continue;
      LabelKey k = label_key(doc_.token_text(i));
      if (k.numbering == U"六" && (k.key == U"其他处理" || k.key == U"其他") && first_value_after(i) != kNone)
        return doc_.token_range(i);
    }
    return std::nullopt;
  }

  TableData read_review() {
    TableData t = empty_table();
    size_t first = region_.begin;
    while (first < region_.end && !tok(first).is_value()) ++first;
    if (first >= region_.end) return t;
    if (tok(first).run_together) {
      t.found = true;
      t.run_together.push_back({0, first});
      extend_range(t, doc_.token_range(first));
      return t;
    }
    ValuesRead values = !tok(first).positional ? free_review_values(first)
                        : row_end(first) - row_start(first) >= kReviewCells
                            ? positional_row(row_start(first), kReviewCells)
                            : positional_rows(first, kReviewCells);
    t.found = true;
    extend_range(t, values.cells);
    if (!values.complete) {
      t.short_rows.push_back({0, values.cells, std::nullopt, values.printed_mask, values.printed});
      return t;
    }
    for (int i = 0; i < kReviewCells; ++i) t.cells[i / 5][i % 5] = values.cells[i];
    return t;
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);
  static constexpr uint32_t kNone32 = UINT32_MAX;
  const Document& doc_;
  const TableDef& def_;
  Region region_;
  // Rows placed by their labels, in template order (and so in text order): row, label token,
  // one past the last value token.
  struct Anchor {
    int row;
    size_t label, end;
  };
  std::vector<Anchor> anchors_;
  std::vector<uint32_t> masks_;  // per token of the region: the rows its label matches
  // Per token of the region, within its physical row, so that no question about a row costs
  // more than a look-up (a paste can put a whole file on one line):
  // (32-bit: a 16 MiB input holds fewer tokens, and these arrays are most of a big check's memory)
  std::vector<uint32_t> row_start_;      // the row's first token (within the region)
  std::vector<uint32_t> row_end_;        // one past the row's last token
  std::vector<uint32_t> next_value_;     // the first value token from here on, or kNone32
  std::vector<uint32_t> next_filled_;    // the first non-empty token from here on, or kNone32
  std::vector<uint32_t> filled_before_;  // non-empty tokens before this one

  const Token& tok(size_t i) const { return doc_.tokens[i]; }
  uint32_t mask(size_t i) const { return masks_[i - region_.begin]; }
  size_t row_end(size_t i) const { return row_end_[i - region_.begin]; }
  static size_t widen(uint32_t i) { return i == kNone32 ? kNone : i; }
  size_t row_start(size_t i) const { return row_start_[i - region_.begin]; }
  size_t next_value(size_t i) const { return widen(next_value_[i - region_.begin]); }
  size_t next_filled(size_t i) const { return widen(next_filled_[i - region_.begin]); }

  TableData empty_table() const {
    TableData t;
    t.id = def_.id;
    for (const auto& row : def_.rows) t.cells.emplace_back(row.columns.size());
    t.row_labels.resize(def_.rows.size());
    return t;
  }

  void compute_masks() {
    masks_.assign(region_.end - region_.begin, 0);
    std::vector<std::u32string> printed_numbering;
    int typo_checks = 0;
    for (const RowDef& row : def_.rows) printed_numbering.push_back(label_key(to_u32(row.label)).numbering);
    for (size_t i = region_.begin; i < region_.end; ++i) {
      if (tok(i).kind != TokenKind::Text) continue;
      std::u32string_view s = doc_.token_text(i);
      if (s.size() > kMaxLabelChars) continue;
      LabelKey key = label_key(s);
      uint32_t& m = masks_[i - region_.begin];
      for (size_t r = 0; r < def_.rows.size() && r < 32; ++r)
        if (label_matches(def_.rows[r], key, tok(i).run_together)) m |= uint32_t{1} << r;
      if (m == 0 && typo_checks < kMaxTypoChecks && followed_by_number(i)) {
        ++typo_checks;
        m = typo_match(key, printed_numbering);
      }
    }
  }

  // The next token, or the one after a wrapped line, is a number: a label can only be a typo'd
  // row label where a row's numbers follow it.
  bool followed_by_number(size_t i) const {
    for (size_t j = i + 1; j < region_.end && j <= i + 2; ++j)
      if (tok(j).is_value()) return true;
    return false;
  }

  // A numbered label that matches no row may be one row's label with a typo: numbered as that
  // row is printed, and resembling its words (resembles_label). Only a single such row counts.
  uint32_t typo_match(const LabelKey& key, const std::vector<std::u32string>& printed_numbering) const {
    if (key.numbering.empty() || key.key.size() < kMinTypoKey) return 0;
    uint32_t m = 0;
    for (size_t r = 0; r < def_.rows.size() && r < 32; ++r) {
      if (printed_numbering[r] != key.numbering || !resembles_label(key.key, def_.rows[r].full_key)) continue;
      if (m != 0) return 0;
      m = uint32_t{1} << r;
    }
    return m;
  }

  void compute_row_index() {
    size_t n = region_.end - region_.begin;
    row_start_.assign(n, 0);
    row_end_.assign(n, 0);
    next_value_.assign(n, kNone32);
    next_filled_.assign(n, kNone32);
    filled_before_.assign(n, 0);
    for (size_t k = n; k-- > 0;) {
      uint32_t i = static_cast<uint32_t>(region_.begin + k);
      bool last = i + 1 >= region_.end || tok(i + 1).row != tok(i).row;
      row_end_[k] = last ? i + 1 : row_end_[k + 1];
      next_value_[k] = tok(i).is_value() ? i : last ? kNone32 : next_value_[k + 1];
      next_filled_[k] = tok(i).kind != TokenKind::Empty ? i : last ? kNone32 : next_filled_[k + 1];
    }
    if (n > 0) row_start_[0] = static_cast<uint32_t>(region_.begin);
    for (size_t k = 1; k < n; ++k) {
      size_t i = region_.begin + k;
      bool first = tok(i - 1).row != tok(i).row;
      row_start_[k] = first ? static_cast<uint32_t>(i) : row_start_[k - 1];
      filled_before_[k] = first ? 0 : filled_before_[k - 1] + (tok(i - 1).kind != TokenKind::Empty);
    }
  }

  // The first label of row r from `from` that numbers follow; kNone when a later row's label
  // comes first (row r was lost) or the region ends.
  size_t find_label(int r, size_t from) const {
    const uint32_t later = r + 1 < 32 ? ~uint32_t{0} << (r + 1) : 0;
    for (size_t i = from; i < region_.end; ++i) {
      uint32_t m = mask(i);
      if (m == 0) continue;
      bool mine = (m >> r) & 1;
      if ((mine || (m & later)) && first_value_after(i) != kNone) return mine ? i : kNone;
    }
    return kNone;
  }

  // Where the numbers of the label at `label` begin: in its own row (delimited layouts), or
  // after it, past the further lines of a wrapped label (kMaxContinuationTokens).
  size_t first_value_after(size_t label) const {
    if (tok(label).positional) {
      size_t own = first_value_in_row(label);
      if (own != kNone) return own;
    }
    size_t i = tok(label).positional ? row_end(label) : label + 1;
    int continuation = 0, empties = 0;
    for (; i < region_.end; ++i) {
      const Token& t = tok(i);
      // A label floating as text above a grid row of bare numbers is as likely another row's
      // (converters float labels in blocks, before or after their rows): the template's row
      // order places such rows (place_by_order), not the nearest floating label.
      if (t.is_value()) return !tok(label).positional && t.positional ? kNone : i;
      if (t.kind == TokenKind::Empty) {
        if (++empties > kMaxEmptyPlaces) return kNone;
        continue;
      }
      if (mask(i) != 0 || ++continuation > kMaxContinuationTokens) return kNone;
    }
    return kNone;
  }

  // In a delimited row the label's own cells hold its values. Text cells right after the label
  // continue it when numbers follow them; when only text follows, that text sits where the
  // numbers belong (and cell-invalid will say so).
  size_t first_value_in_row(size_t label) const {
    const size_t end = row_end(label);
    size_t j = label + 1;
    while (j < end && tok(j).kind == TokenKind::Text && mask(j) == 0) ++j;
    bool text_only = j > label + 1;
    if (j < end && next_value(j) != kNone) return j;
    if (text_only && (j >= end || tok(j).kind == TokenKind::Empty)) return label + 1;
    if (!text_only && blank_row(label)) return label + 1;
    return kNone;
  }

  // "| 规章 |  |  |  |": a row label, at most a parent label before it, and only empty places
  // after. A header row ("自然人 | 法人或其他组织 | 总计 | |") has more text before its 总计.
  bool blank_row(size_t label) const {
    bool empty_after = label + 1 < row_end(label) && next_filled(label + 1) == kNone;
    return filled_before_[label - region_.begin] <= 1 && empty_after;
  }

  ValuesRead read_values(size_t label, size_t n) const {
    size_t first = first_value_after(label);
    if (tok(first).run_together) {
      ValuesRead v;
      v.run_together = first;
      v.next = first + 1;
      return v;
    }
    return tok(first).positional ? positional_row(first, n) : free_values(first, n);
  }

  // Delimited layout: the cells from `first` on in its row keep their places. Empty places may
  // stand before the numbers (a label spanning two columns: colspan=2, markdown's empty spanned
  // cell) and after them (padding). When the filled cells are one unbroken run:
  //  - as long as the row, it is the row, wherever it stands;
  //  - shorter, a cell was blank at an edge or lost anywhere with the rest moved up. Where the
  //    equations can tell (requests, review) the run is placed like a free row; the active table
  //    has none, so its cells stay in place.
  // A run broken by an empty place has a blank cell inside: the window of n cells holding the
  // most filled cells is the row (the earliest on a tie).
  ValuesRead positional_row(size_t first, size_t n) const {
    size_t end = row_end(first);
    size_t a = first, b = end;  // the filled run [a, b), if unbroken
    while (a < end && tok(a).kind == TokenKind::Empty) ++a;
    while (b > a && tok(b - 1).kind == TokenKind::Empty) --b;
    bool unbroken = a < b;
    for (size_t i = a; i < b; ++i) unbroken = unbroken && tok(i).kind != TokenKind::Empty;
    size_t run = b - a;
    if (unbroken && run >= n) return cells_at(a, end, n, true);
    // A grid row with fewer places than columns lost a cell somewhere; without equations (the
    // active table) nothing tells where, and a number in the wrong column is worse than none.
    if (unbroken && def_.id == TableId::Active && end - first < n) return cells_at(a, b, n, false);
    if (unbroken && def_.id != TableId::Active) {
      ValuesRead v = cells_at(a, b, n, false);
      // The print places the gap only where it shows it: an empty cell in its place, not a row
      // that merely ends early.
      if (b <= first + n && first + n <= end) {
        v.printed_mask = ((uint32_t{1} << run) - 1) << (a - first);
        v.printed = cells_at(first, end, n, true).cells;
      }
      return v;
    }
    return cells_at(best_window(first, end, n), end, n, true);
  }

  size_t best_window(size_t first, size_t end, size_t n) const {
    auto filled = [&](size_t i) { return i < end && tok(i).kind != TokenKind::Empty ? 1 : 0; };
    size_t count = 0;
    for (size_t i = first; i < std::min(end, first + n); ++i) count += filled(i);
    size_t start = first, best = count;
    for (size_t k = first + 1; k + n <= end; ++k) {  // slide the window by one
      count = count - filled(k - 1) + filled(k + n - 1);
      if (count > best) best = count, start = k;
    }
    return start;
  }

  // Up to n cells from `start`; `complete` when they hold their columns (missing ones absent).
  ValuesRead cells_at(size_t start, size_t end, size_t n, bool complete) const {
    ValuesRead v;
    for (size_t i = start; i < end && v.cells.size() < n; ++i) v.cells.push_back(cell_from(doc_, i));
    v.next = start + v.cells.size();
    v.complete = complete;
    if (complete) v.cells.resize(n);
    return v;
  }

  // The review row may run on over several delimited rows; an unbroken run of fewer than n
  // numbers is placed by the equations, like a free row.
  ValuesRead positional_rows(size_t first, size_t n) const {
    ValuesRead v;
    size_t i = first;
    while (i < region_.end && v.cells.size() < n) {
      if (!tok(i).is_value()) {
        size_t group = next_review_group(i, v.cells.size());
        if (group == kNone) break;
        i = group;
      }
      uint32_t row = tok(i).row;
      for (; i < region_.end && tok(i).row == row && v.cells.size() < n; ++i) v.cells.push_back(cell_from(doc_, i));
    }
    v.next = i;
    std::vector<Cell> printed = v.cells;
    while (!v.cells.empty() && v.cells.back().state == CellState::Empty) v.cells.pop_back();
    bool unbroken = true;
    for (const Cell& c : v.cells) unbroken = unbroken && c.state != CellState::Empty;
    v.complete = v.cells.size() == n || !unbroken;
    if (v.complete) {
      v.cells.resize(n);
    } else if (printed.size() == n) {  // the gap shows as empty cells at the end
      v.printed_mask = (uint32_t{1} << v.cells.size()) - 1;
      v.printed = std::move(printed);
    }
    return v;
  }

  // The review numbers in a free layout: fifteen in a row, or three groups of five each after
  // its own label ("行政复议 0 0 0 0 0", "未经复议直接起诉 …") when a report lays them out so.
  ValuesRead free_review_values(size_t first) const {
    ValuesRead v = free_values(first, kReviewCells);
    while (!v.complete) {
      size_t next = next_review_group(v.next, v.cells.size());
      if (next == kNone) break;
      ValuesRead more = free_values(next, kReviewCells - v.cells.size());
      v.cells.insert(v.cells.end(), more.cells.begin(), more.cells.end());
      v.next = more.next;
      v.complete = v.cells.size() == kReviewCells;
    }
    return v;
  }

  // After a whole group of five, the next group's numbers past its own heading and header row
  // ("### 行政诉讼（复议后起诉）", "结果维持 | 结果纠正 | … | 总计"): a converter cuts the table
  // into one small table per group. kNone when no group follows that closely.
  size_t next_review_group(size_t from, size_t read) const {
    if (read == 0 || read % 5 != 0) return kNone;
    int labels = 0;
    size_t i = from;
    for (; i < region_.end && !tok(i).is_value(); ++i) {
      if (tok(i).kind == TokenKind::Text && ++labels > kMaxGroupHeaderTokens) return kNone;
    }
    return i < region_.end && labels > 0 && i - from <= 2 * kMaxGroupHeaderTokens ? i : kNone;
  }

  // Free layout: consecutive numbers; a lost cell leaves no trace of its place.
  ValuesRead free_values(size_t first, size_t n) const {
    ValuesRead v;
    size_t i = first;
    for (; i < region_.end && tok(i).is_value() && !tok(i).run_together && tok(i).positional == tok(first).positional &&
           v.cells.size() < n;
         ++i)
      v.cells.push_back(cell_from(doc_, i));
    v.complete = v.cells.size() == n;
    v.next = i;
    return v;
  }

  static void extend_range(TableData& t, Range r) {
    if (!t.range) t.range = r;
    t.range->start = std::min(t.range->start, r.start);
    t.range->end = std::max(t.range->end, r.end);
  }

  static void extend_range(TableData& t, const std::vector<Cell>& cells) {
    for (const Cell& c : cells)
      if (c.range) extend_range(t, *c.range);
  }

  // Grid rows of bare numbers (or under a fragment of text that names no row) between two rows
  // placed by their labels: when there are exactly as many as template rows missing between
  // those two, the template's row order gives each its row. Any other count places none, and
  // the equations must then agree (confirm_rows_by_order) or the rows go back unplaced.
  void place_by_order(TableData& t) const {
    if (def_.id != TableId::Requests) return;  // only its equations can confirm the order
    for (size_t a = 0; a + 1 < anchors_.size(); ++a) {
      const Anchor& from = anchors_[a];
      const Anchor& to = anchors_[a + 1];
      std::vector<int> missing;
      for (int r = from.row + 1; r < to.row; ++r)
        if (!t.row_labels[r]) missing.push_back(r);
      if (missing.empty()) continue;
      std::vector<size_t> rows = unlabelled_rows(from.end, to.label, def_.rows[missing[0]].columns.size());
      if (rows.size() != missing.size()) continue;
      for (size_t k = 0; k < rows.size(); ++k) {
        ValuesRead values = cells_at(rows[k], row_end(rows[k]), def_.rows[missing[k]].columns.size(), true);
        place_row(t, missing[k], row_start(rows[k]), values, /*labelled=*/false);
        t.rows_by_order.push_back(missing[k]);
      }
    }
  }

  // The first value token of each delimited row within [from, to) that holds exactly n numbers
  // in one unbroken run, after nothing but text naming no row; in text order.
  std::vector<size_t> unlabelled_rows(size_t from, size_t to, size_t n) const {
    std::vector<size_t> out;
    for (size_t i = from; i < to; i = row_end(i)) {
      size_t start = row_start(i), end = row_end(i);
      if (!tok(i).positional || start < from || end > to) continue;
      size_t first = next_value(start);
      if (first == kNone) continue;
      bool named = false;
      for (size_t j = start; j < first; ++j) named = named || mask(j) != 0;
      size_t j = first;
      while (j < end && tok(j).is_value()) ++j;
      bool rest_empty = j >= end || next_filled(j) == kNone;
      if (!named && j - first == n && rest_empty) out.push_back(first);
    }
    return out;
  }

  void place_row(TableData& t, int r, size_t label, const ValuesRead& values, bool labelled = true) const {
    t.found = true;
    Range label_range = doc_.token_range(label);
    if (labelled) {
      t.row_labels[r] = label_range;
      extend_range(t, label_range);
    }
    extend_range(t, values.cells);
    if (values.run_together) {
      t.run_together.push_back({r, *values.run_together});
      extend_range(t, doc_.token_range(*values.run_together));
    } else if (values.complete) {
      t.cells[r] = values.cells;
    } else {
      t.short_rows.push_back({r, values.cells, label_range, values.printed_mask, values.printed});
    }
  }
};

using TitledHeadings = std::array<std::optional<size_t>, 3>;  // by TableId

// Each table's titled heading: the first text token whose key is the table's title, under any
// number ("一、主动公开政府信息情况" when a report numbers its table part afresh after a narrative of
// its own sections). One pass over the document for all three tables.
TitledHeadings titled_headings(const Document& doc) {
  const TableId ids[] = {TableId::Active, TableId::Requests, TableId::Review};
  std::array<std::u32string, 3> titles;
  for (TableId id : ids) titles[static_cast<size_t>(id)] = label_key(to_u32(table_title(id))).key;
  TitledHeadings found;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].kind != TokenKind::Text) continue;
    std::u32string_view s = doc.token_text(i);
    if (s.size() > kMaxLabelChars) continue;
    LabelKey k = label_key(s);
    if (k.numbering.empty()) continue;
    for (TableId id : ids) {
      auto& slot = found[static_cast<size_t>(id)];
      if (!slot && k.key == titles[static_cast<size_t>(id)]) slot = i;
    }
  }
  return found;
}

using SectionStarts = std::array<std::optional<size_t>, 7>;  // by section number; 0 unused

// Each section's numbered heading, or else, for the three table sections, the table's titled
// heading.
SectionStarts section_starts(const Sections& sections, const TitledHeadings& titled) {
  SectionStarts starts;
  for (int n = 1; n <= 6; ++n) starts[n] = sections.start(n);
  const std::pair<int, TableId> tables[] = {{2, TableId::Active}, {3, TableId::Requests}, {4, TableId::Review}};
  for (const auto& [n, id] : tables)
    if (!starts[n]) starts[n] = titled[static_cast<size_t>(id)];
  return starts;
}

// The table part printed apart from the narrative: the region from a table's titled heading to
// the next heading of either kind.
std::optional<Region> titled_region(const Document& doc, const SectionStarts& sections, const TitledHeadings& titled,
                                    TableId table) {
  auto begin = titled[static_cast<size_t>(table)];
  if (!begin) return std::nullopt;
  Region r{*begin, doc.tokens.size()};
  auto narrow = [&](std::optional<size_t> e) {
    if (e && *e > r.begin && *e < r.end) r.end = *e;
  };
  for (int n = 1; n <= 6; ++n) narrow(sections[n]);
  for (const auto& other : titled) narrow(other);
  return r;
}

Region region_between(const SectionStarts& s, int from, std::initializer_list<int> until, size_t size,
                      size_t fallback_begin) {
  Region r{fallback_begin, size};
  if (auto b = s[from]) r.begin = *b;
  for (int n : until) {
    auto e = s[n];
    if (e && *e > r.begin) {
      r.end = *e;
      break;
    }
  }
  return r;
}

// Where the review table starts without its heading: at a "行政复议" header cell (in run-together
// page text, the header words that start with it).
size_t review_header(const Document& doc, size_t from) {
  for (size_t i = from; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].kind != TokenKind::Text) continue;
    std::u32string key = label_key(doc.token_text(i)).key;
    if (key == U"行政复议" || (doc.tokens[i].run_together && key.rfind(U"行政复议行政诉讼", 0) == 0)) return i;
  }
  return doc.tokens.size();
}

size_t end_of(const TableData& t, const Document& doc) {
  if (!t.range) return 0;
  size_t i = 0;
  while (i < doc.tokens.size() && doc.token_range(i).start < t.range->end) ++i;
  return i;
}

TableData read_requests(const Document& doc, const Template& tmpl, Region region) {
  TableReader reader(doc, tmpl.requests, region);
  TableData t = reader.read_labelled();
  t.single_other_row = reader.single_other_row(t);
  return t;
}

}  // namespace

Tables read_tables(const Document& doc, const Sections& sections, const Template& tmpl) {
  Tables t;
  t.tmpl = &tmpl;
  const size_t n = doc.tokens.size();
  const TitledHeadings headings = titled_headings(doc);
  const SectionStarts starts = section_starts(sections, headings);
  Region requests = region_between(starts, 3, {4, 5, 6}, n, starts[2].value_or(0));
  t.requests = read_requests(doc, tmpl, requests);
  if (auto titled = titled_region(doc, starts, headings, TableId::Requests); !t.requests.found && titled)
    t.requests = read_requests(doc, tmpl, *titled);
  Region active = region_between(starts, 2, {3, 4, 5, 6}, n, 0);
  t.active = TableReader(doc, tmpl.active, active).read_labelled();
  if (auto titled = titled_region(doc, starts, headings, TableId::Active); !t.active.found && titled)
    t.active = TableReader(doc, tmpl.active, *titled).read_labelled();
  Region review = region_between(starts, 4, {5, 6}, n, 0);
  if (!starts[4]) review.begin = review_header(doc, end_of(t.requests, doc));
  if (review.begin > review.end) review.end = n;
  t.review = TableReader(doc, tmpl.review, review).read_review();
  if (auto titled = titled_region(doc, starts, headings, TableId::Review); !t.review.found && titled)
    t.review = TableReader(doc, tmpl.review, *titled).read_review();
  split_run_together_rows(doc, t);
  confirm_rows_by_order(t);
  place_short_rows(t);
  return t;
}

int fit_score(const Tables& tables) {
  int score = 0;
  for (const TableData* t : {&tables.active, &tables.requests, &tables.review}) {
    for (const auto& row : t->cells)
      for (const Cell& c : row)
        if (c.state == CellState::Number || c.state == CellState::Blank) ++score;
    score -= 2 * static_cast<int>(t->short_rows.size());
    // A digit run read as a one-cell row fits any template (every run "splits" into one cell):
    // it tells nothing about which template the print follows.
    for (const RunTogetherRow& run : t->run_together)
      if (run.resolved && t->cells[run.row].size() == 1) --score;
  }
  // Rows read but not placed count as read, for this is how well the template fits the print:
  // the single (六) row of a 2021 table, and rows whose place by order an equation contradicted.
  const TableData& requests = tables.requests;
  int read_unplaced = requests.rows_unconfirmed + (requests.single_other_row ? 1 : 0);
  if (!requests.cells.empty()) score += read_unplaced * static_cast<int>(requests.cells[0].size());
  return score;
}

}  // namespace xxgk
