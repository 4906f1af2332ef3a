#include "readers/line_layouts.h"

#include "document/sections.h"
#include "readers/run_together_line.h"
#include "text/normalize.h"

namespace xxgk {
namespace {

struct Span {
  size_t begin, end;
};

// "(一)", "一、", "1.", "1、": the numbering a row label opens with.
bool opens_label(std::u32string_view s) {
  size_t i = 0;
  while (i < s.size() && is_space(s[i])) ++i;
  if (i + 2 < s.size() && s[i] == U'(' && s[i + 2] == U')') return true;
  bool numeral = i < s.size() && (is_digit(s[i]) || is_chinese_numeral(s[i]));
  return numeral && i + 1 < s.size() && (s[i + 1] == U'、' || s[i + 1] == U'.');
}

class LineSplitter {
 public:
  explicit LineSplitter(const Text& text) : text_(text) {}

  std::vector<Token> run() {
    for_each_line([&](Span raw) {
      Span s = trim_spaces(raw);
      run_together_page_ = run_together_page_ || looks_run_together(text_, s.begin, s.end);
    });
    for_each_line([&](Span raw) { line(raw); });
    return std::move(tokens_);
  }

 private:
  const Text& text_;
  std::vector<Token> tokens_;
  uint32_t row_ = 0;
  uint16_t col_ = 0;
  bool in_bar_row_ = false;
  // A browser's innerText of a table whose cells hold paragraphs (see tab_cells_line).
  bool in_tab_row_ = false, awaiting_cell_ = false;
  size_t after_last_tab_ = 0;
  int blank_lines_ = 0;             // since the last line with something on it
  bool run_together_page_ = false;  // a line of the page is page text with its cells run together
  bool tables_continue_ = false;    // ... and it ended inside the tables

  template <typename Visit>
  void for_each_line(Visit visit) const {
    size_t pos = 0;
    while (pos < text_.size()) {
      size_t end = pos;
      while (end < text_.size() && text_.chars[end] != U'\n') ++end;
      visit(Span{pos, end});
      pos = end + 1;
    }
  }

  Span trim(Span s) const {
    while (s.begin < s.end && is_space(text_.chars[s.begin])) ++s.begin;
    while (s.end > s.begin && is_space(text_.chars[s.end - 1])) --s.end;
    return s;
  }
  bool contains(Span s, char32_t c) const {
    for (size_t k = s.begin; k < s.end; ++k)
      if (text_.chars[k] == c) return true;
    return false;
  }
  bool ends_with_bar(Span s) const { return s.end > s.begin && text_.chars[s.end - 1] == U'|'; }

  void new_row() {
    ++row_;
    col_ = 0;
  }

  void emit(Span s, bool positional) {
    Span trimmed = trim(s);
    // An empty cell keeps the room between its delimiters, so it can be pointed at.
    if (trimmed.begin != trimmed.end || !positional) s = trimmed;
    Token t;
    t.begin = static_cast<uint32_t>(s.begin);
    t.end = static_cast<uint32_t>(s.end);
    t.row = row_;
    t.col = col_ < 0xFFFF ? col_++ : col_;
    t.positional = positional;
    t.kind = classify_cell(text_.view(s.begin, s.end), t.number);
    if (!positional && t.kind == TokenKind::Empty) return;
    tokens_.push_back(t);
  }

  // Spaces only: a tab at either end is a delimiter ("规章\t\t\t" holds three empty cells).
  Span trim_spaces(Span s) const {
    while (s.begin < s.end && text_.chars[s.begin] == U' ') ++s.begin;
    while (s.end > s.begin && text_.chars[s.end - 1] == U' ') --s.end;
    return s;
  }

  bool only_tabs(Span s) const {
    for (size_t k = s.begin; k < s.end; ++k)
      if (text_.chars[k] != U'\t') return false;
    return true;
  }

  // A browser's innerText (what a page copied as text gives) of a table whose cells hold
  // paragraphs: each cell on lines of its own, a line holding only a tab between two cells of a
  // row, and nothing between two tabs for an empty cell ("规章\n\n\t\n\n0\n\n\t\n\n\t\n\n5").
  // More blank lines than a cell's paragraphs leave end the row. The lone tab stands alone on
  // its line (a line of indentation holding a tab is no cell boundary), and a cell is short (a
  // paragraph is no cell). Returns whether the line was read as part of such a row.
  bool tab_cells_line(Span raw, Span s, int blanks) {
    constexpr int kMaxBlankLinesInRow = 2;
    constexpr size_t kMaxCellChars = 100;
    if (only_tabs(raw)) {
      if (!in_tab_row_) {
        // The row's first cell is the line just above, read as a row of its own: it keeps its place.
        bool first_above = blanks <= kMaxBlankLinesInRow && !tokens_.empty() && tokens_.back().row == row_ &&
                           tokens_.back().end - tokens_.back().begin <= kMaxCellChars;
        if (!first_above) new_row(), emit({s.begin, s.begin}, true);
        for (auto t = tokens_.rbegin(); first_above && t != tokens_.rend() && t->row == row_; ++t) t->positional = true;
        in_tab_row_ = true;
      } else if (awaiting_cell_) {
        emit({s.begin, s.begin}, true);  // nothing between two tabs: an empty cell
      }
      for (size_t k = s.begin + 1; k < s.end; ++k) emit({k, k}, true);  // "\t\t": an empty cell between
      awaiting_cell_ = true;
      after_last_tab_ = s.end;
      return true;
    }
    if (!in_tab_row_) return false;
    if (awaiting_cell_ && blanks <= kMaxBlankLinesInRow && s.end - s.begin <= kMaxCellChars) {
      split_on(s, U'\t', false);
      awaiting_cell_ = false;
      return true;
    }
    if (awaiting_cell_) emit({after_last_tab_, after_last_tab_}, true);  // the row ended in an empty cell
    in_tab_row_ = awaiting_cell_ = false;
    return false;
  }

  void line(Span raw) {
    Span s = trim_spaces(raw);
    if (s.begin == s.end) {  // blank lines separate nothing in any layout
      ++blank_lines_;
      return;
    }
    int blanks = blank_lines_;
    blank_lines_ = 0;
    if (tab_cells_line(raw, s, blanks)) return;
    bool lone_bar = s.end - s.begin == 1 && text_.chars[s.begin] == U'|';
    // In a bar row every cell line is "text |", so an empty cell is " |"; "|" at the very start
    // of the line opens the next row.
    if (lone_bar && in_bar_row_ && raw.begin < s.begin) {
      emit({s.begin, s.begin}, true);
      return;
    }
    if (lone_bar) {
      new_row();
      in_bar_row_ = true;
      return;
    }
    if (in_bar_row_ && ends_with_bar(s)) return split_on(s, U'|', false);
    in_bar_row_ = false;
    new_row();
    // Checked first: page text may hold a stray "|" in its narrative ("…办实事|食用农产品…").
    // On such a page the lines the page's source broke are more of it: a line with a row's run or
    // a table section's heading, and inside the tables every undelimited line ("有效件数规章000…").
    // A tab row stays a tab row (the grid of an HTML table in the same file).
    bool tabs = contains(s, U'\t');
    if (run_together_page_ && !tabs && (tables_continue_ || looks_run_together(text_, s.begin, s.end, true)))
      return run_together_line(s);
    if (tabs) return split_on(s, U'\t', false);
    if (contains(s, U'|')) {
      if (is_markdown_rule(s)) return;
      return split_on(s, U'|', raw.begin < s.begin);
    }
    if (is_page_marker(s)) return;
    free_line(s);
  }

  // PDF page furniture between rows of a table: "- 2 -", "— 12 —", "第 3 页", "第3页 共8页".
  bool is_page_marker(Span s) const {
    std::u32string t;
    for (size_t k = s.begin; k < s.end; ++k)
      if (text_.chars[k] != U' ') t.push_back(text_.chars[k]);
    size_t i = 0, digits = 0;
    auto skip = [&](char32_t c) {
      if (i < t.size() && t[i] == c) return ++i, true;
      return false;
    };
    auto number = [&] {
      size_t from = i;
      while (i < t.size() && is_digit(t[i]) && i - from < 4) ++i;
      digits = i - from;
      return digits > 0;
    };
    if (skip(U'-')) return number() && skip(U'-') && i == t.size();
    if (skip(U'第')) {
      if (!number() || !skip(U'页')) return false;
      if (i == t.size()) return true;
      return skip(U'共') && number() && skip(U'页') && i == t.size();
    }
    return false;
  }

  // Page text with the cells of each table row run together: labels and digit runs.
  // A row label the page's source broke across two lines ("8．属于行政" | "查询事项140000014"): the
  // line's first words continue the label that ended the line before, unless either is a
  // heading or the words open a label of their own.
  bool continues_label(const RunTogetherPiece& p) const {
    constexpr size_t kMaxLabelPiece = 60;
    if (p.digits || tokens_.empty()) return false;
    const Token& last = tokens_.back();
    if (!last.run_together || last.kind != TokenKind::Text || last.row + 1 != row_) return false;
    if (last.end - last.begin > kMaxLabelPiece) return false;
    std::u32string_view before = text_.view(last.begin, last.end), words = text_.view(p.begin, p.end);
    return heading_number(before) == 0 && heading_number(words) == 0 && !opens_label(words);
  }

  void run_together_line(Span s) {
    RunTogetherCut cut = cut_run_together(text_, s.begin, s.end, tables_continue_);
    tables_continue_ = cut.tables_continue;
    for (const RunTogetherPiece& p : cut.pieces) {
      if (&p == &cut.pieces.front() && continues_label(p)) {
        tokens_.back().end = static_cast<uint32_t>(p.end);
        continue;
      }
      emit({p.begin, p.end}, false);
      Token& t = tokens_.back();
      t.run_together = true;
      if (p.digits) t.kind = TokenKind::Number, t.number = 0;  // its cells are split by the tables
    }
  }

  // "|---|:--:|" under a markdown header row.
  bool is_markdown_rule(Span s) const {
    bool dash = false;
    for (size_t k = s.begin; k < s.end; ++k) {
      char32_t c = text_.chars[k];
      if (c == U'-') dash = true;
      else if (c != U'|' && c != U':' && c != U' ') return false;
    }
    return dash;
  }

  // Cells between delimiters. A leading delimiter (markdown) opens no cell and the last
  // delimiter closes the row; empty cells between keep their place.
  // `indented`: the line had spaces before its first bar, so that bar closes an empty first cell
  // (" | 0 | 0 |"); a bar at the very start of a line opens a markdown row instead.
  void split_on(Span s, char32_t delimiter, bool indented) {
    size_t begin = s.begin;
    if (delimiter == U'|' && text_.chars[begin] == U'|' && !indented) ++begin;
    size_t end = s.end;
    if (delimiter == U'|' && end > begin && text_.chars[end - 1] == U'|') --end;
    size_t cell = begin;
    for (size_t k = begin; k <= end; ++k) {
      if (k == end || text_.chars[k] == delimiter) {
        emit({cell, k}, true);
        cell = k + 1;
      }
    }
  }

  // One cell per line, or PDF text: runs of two or more spaces separate cells, and numbers at
  // the end of a cell separated by single spaces are cells of their own ("规章 0 0 0").
  void free_line(Span s) {
    if (spaced_characters(s)) return emit(s, false);
    std::vector<Span> pieces;
    size_t cell = s.begin;
    for (size_t k = s.begin; k <= s.end; ++k) {
      bool gap = k < s.end && text_.chars[k] == U' ' && k + 1 < s.end && text_.chars[k + 1] == U' ';
      if (k == s.end || gap) {
        pieces.push_back({cell, k});
        while (k < s.end && text_.chars[k] == U' ') ++k;
        cell = k;
      }
    }
    for (const Span& piece : join_spaced_label(pieces)) free_cell(piece);
  }

  // "规  章      6   2   153": single characters spaced wide are one label.
  std::vector<Span> join_spaced_label(const std::vector<Span>& pieces) const {
    std::vector<Span> out;
    auto single_cjk = [&](Span p) { return p.end - p.begin == 1 && is_cjk(text_.chars[p.begin]); };
    for (size_t i = 0; i < pieces.size(); ++i) {
      size_t j = i;
      while (j + 1 < pieces.size() && single_cjk(pieces[j]) && single_cjk(pieces[j + 1])) ++j;
      out.push_back({pieces[i].begin, pieces[j].end});
      i = j;
    }
    return out;
  }

  // "行　政　处　罚": a label spaced out one character at a time is one cell, not four.
  bool spaced_characters(Span s) const {
    size_t run = 0, runs = 0;
    for (size_t k = s.begin; k <= s.end; ++k) {
      if (k < s.end && text_.chars[k] != U' ') {
        if (!is_cjk(text_.chars[k])) return false;
        ++run;
        continue;
      }
      if (run > 1) return false;
      runs += run;
      run = 0;
    }
    return runs >= 2;
  }

  void free_cell(Span s) {
    s = trim(s);
    if (s.begin == s.end) return;
    std::vector<Span> trailing;  // numeric words at the end, last first
    size_t end = s.end;
    while (end > s.begin) {
      size_t start = end;
      while (start > s.begin && text_.chars[start - 1] != U' ') --start;
      double v;
      Span word{start, end};
      TokenKind k = classify_cell(text_.view(start, end), v);
      if (start == s.begin || (k != TokenKind::Number && k != TokenKind::TooLarge && k != TokenKind::Blank)) break;
      trailing.push_back(word);
      end = start;
      while (end > s.begin && text_.chars[end - 1] == U' ') --end;
    }
    emit({s.begin, end}, false);
    for (auto it = trailing.rbegin(); it != trailing.rend(); ++it) emit(*it, false);
  }
};

}  // namespace

std::vector<Token> split_into_tokens(const Text& text) { return LineSplitter(text).run(); }

}  // namespace xxgk
