#include "tables/table_reader.h"

#include "tables/run_together.h"
#include "tables/short_rows.h"
#include "templates/label_key.h"

namespace xxgk {
namespace {

constexpr size_t kMaxLabelChars = 60;    // longer text is narrative, not a row label
// A wrapped label's further lines, and the parent labels PDF text puts beside them
// ("（六）其他处理          公开申请   0  0 …").
constexpr int kMaxContinuationTokens = 5;
// The first line of a wrapped label matches when it is this long a prefix of the whole label.
constexpr size_t kMinWrappedPrefix = 5;
constexpr int kReviewCells = 15;
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
  bool complete = false;  // every column got a place
  std::optional<uint32_t> printed_mask;  // see ShortRow
  std::vector<Cell> printed;
  std::optional<size_t> run_together;  // the token whose digits hold the row's cells, run together
};

class TableReader {
 public:
  TableReader(const Document& doc, const TableDef& def, Region region)
      : doc_(doc), def_(def), region_(region) {
    compute_masks();
    compute_row_index();
  }

  TableData read_labelled() {
    TableData t = empty_table();
    size_t pos = region_.begin;
    for (int r = 0; r < static_cast<int>(def_.rows.size()); ++r) {
      size_t label = find_label(r, pos);
      if (label == kNone) continue;
      ValuesRead values = read_values(label, def_.rows[r].columns.size());
      place_row(t, r, label, values);
      pos = values.next;
    }
    return t;
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
                        : row_end(first) - row_start(first) >= kReviewCells ? positional_row(row_start(first), kReviewCells)
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
    for (size_t i = region_.begin; i < region_.end; ++i) {
      if (tok(i).kind != TokenKind::Text) continue;
      std::u32string_view s = doc_.token_text(i);
      if (s.size() > kMaxLabelChars) continue;
      LabelKey key = label_key(s);
      for (size_t r = 0; r < def_.rows.size() && r < 32; ++r)
        if (label_matches(def_.rows[r], key, tok(i).run_together)) masks_[i - region_.begin] |= uint32_t{1} << r;
    }
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
      if (t.is_value()) return i;
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
    while (i < region_.end && v.cells.size() < n && tok(i).is_value()) {
      uint32_t row = tok(i).row;
      for (; i < region_.end && tok(i).row == row && v.cells.size() < n; ++i)
        v.cells.push_back(cell_from(doc_, i));
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
    while (!v.complete && v.cells.size() % 5 == 0) {
      size_t next = v.next;
      int labels = 0;
      while (next < region_.end && tok(next).kind == TokenKind::Text && labels++ < kMaxContinuationTokens) ++next;
      if (next >= region_.end || !tok(next).is_value() || labels == 0) break;
      ValuesRead more = free_values(next, kReviewCells - v.cells.size());
      v.cells.insert(v.cells.end(), more.cells.begin(), more.cells.end());
      v.next = more.next;
      v.complete = v.cells.size() == kReviewCells;
    }
    return v;
  }

  // Free layout: consecutive numbers; a lost cell leaves no trace of its place.
  ValuesRead free_values(size_t first, size_t n) const {
    ValuesRead v;
    size_t i = first;
    for (; i < region_.end && tok(i).is_value() && !tok(i).run_together && v.cells.size() < n; ++i)
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

  void place_row(TableData& t, int r, size_t label, const ValuesRead& values) const {
    t.found = true;
    Range label_range = doc_.token_range(label);
    t.row_labels[r] = label_range;
    extend_range(t, label_range);
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

Region region_between(const Sections& s, int from, std::initializer_list<int> until, size_t size,
                      size_t fallback_begin) {
  Region r{fallback_begin, size};
  if (auto b = s.start(from)) r.begin = *b;
  for (int n : until) {
    auto e = s.start(n);
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

}  // namespace

Tables read_tables(const Document& doc, const Sections& sections, const Template& tmpl) {
  Tables t;
  t.tmpl = &tmpl;
  const size_t n = doc.tokens.size();
  Region requests = region_between(sections, 3, {4, 5, 6}, n, sections.start(2).value_or(0));
  t.requests = TableReader(doc, tmpl.requests, requests).read_labelled();
  Region active = region_between(sections, 2, {3, 4, 5, 6}, n, 0);
  t.active = TableReader(doc, tmpl.active, active).read_labelled();
  Region review = region_between(sections, 4, {5, 6}, n, 0);
  if (!sections.start(4)) review.begin = review_header(doc, end_of(t.requests, doc));
  if (review.begin > review.end) review.end = n;
  t.review = TableReader(doc, tmpl.review, review).read_review();
  split_run_together_rows(doc, t);
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
  }
  return score;
}

}  // namespace xxgk
