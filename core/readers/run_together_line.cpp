#include "readers/run_together_line.h"

#include <algorithm>
#include <array>
#include <string>

#include "document/sections.h"
#include "readers/token.h"
#include "text/normalize.h"

namespace xxgk {
namespace {

constexpr size_t kMinLineChars = 200;  // a whole page body; a table row of its own is far shorter
// Digits in one run that no single cell holds: the seven cells of a requests row hold at least 7.
constexpr size_t kLongRunDigits = 7;
constexpr int kMinLongRuns = 3;        // one long run may be a phone number; three rows are a table
constexpr int kMinInlineSections = 2;  // "二、主动公开政府信息情况 … 三、收到和处理…" in one line
constexpr size_t kMaxStrayDelimiters = 4;
constexpr size_t kCharsPerStrayDelimiter = 200;  // a whole page's line may hold a footer of links
constexpr size_t kHeadingLookahead = 26;         // "X、" and the 24 characters heading_number reads
// The longest title variant ("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况" is 28) and some.
constexpr size_t kTitleLookahead = 40;

bool closes_label(char32_t c) { return is_cjk(c) || c == U')' || c == U'"'; }

class Cutter {
 public:
  Cutter(const Text& text, size_t begin, size_t end, bool opens_in_tables = false)
      : c_(text.chars), begin_(begin), end_(end), opens_in_tables_(opens_in_tables) {
    find_headings();
  }

  // Section numbers whose headings stand inline in the line.
  int inline_sections() const {
    std::array<bool, 7> named{};
    int count = 0;
    for (const auto& [pos, number] : headings_)
      if (number > 0 && number <= 6 && !named[number]) named[number] = true, ++count;
    return count;
  }

  // A heading of section 二, 三 or 四 inline: the tables start in this line.
  bool names_table_section() const {
    for (const auto& [pos, number] : headings_)
      if (number >= 2 && number <= 4) return true;
    return false;
  }

  RunTogetherCut run() {
    // The tables stand between section 二, 三 or 四 and section 五 or 六; without those headings,
    // or when the line before ended inside them, the line opens with tables.
    size_t tables = begin_, tables_end = end_;
    for (const auto& [pos, number] : headings_) {
      if (number >= 2 && number <= 4 && !opens_in_tables_) {
        tables = pos;
        break;
      }
    }
    for (const auto& [pos, number] : headings_) {
      if (number >= 5 && pos > tables) {
        tables_end = pos;
        break;
      }
    }
    narrative(begin_, tables);
    table_part(tables, tables_end);
    narrative(tables_end, end_);
    return {std::move(pieces_), tables_end == end_};
  }

 private:
  const std::u32string& c_;
  size_t begin_, end_;
  bool opens_in_tables_;
  std::vector<std::pair<size_t, int>> headings_;  // position, section number its words name
  std::vector<RunTogetherPiece> pieces_;

  char32_t at(size_t k) const { return k < end_ ? c_[k] : U'\0'; }

  // "三、收到和处理政府信息公开申请情况" inline: the section its words name, whatever numeral it
  // carries (a report of seven parts numbers 收到和处理 四). The words are read only up to the first
  // digit: "四、结转下年度继续办理1000001 四、政府信息公开行政复议…" is a row label, not section 四.
  int heading_at(size_t k) const {
    if (!is_chinese_numeral(at(k)) || (at(k + 1) != U'、' && at(k + 1) != U'.')) return 0;
    if (k > begin_ && is_chinese_numeral(c_[k - 1])) return 0;
    size_t stop = k + 2;
    while (stop < end_ && stop < k + kHeadingLookahead && !is_digit(c_[stop])) ++stop;
    std::u32string probe(c_.substr(k, stop - k));
    if (int n = heading_number(probe)) return n;
    for (char32_t numeral : std::u32string_view(U"一二三四五六")) {
      probe[0] = numeral;
      if (int n = heading_number(probe)) return n;
    }
    return 0;
  }

  // Where a heading's title ends, when it ends in "情况" before the words that follow it
  // ("四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持…"); else `k` itself.
  size_t title_end(size_t k) const {
    for (size_t j = k + 2; j + 1 < end_ && j < k + kTitleLookahead && !is_digit(c_[j]); ++j)
      if (c_[j] == U'情' && c_[j + 1] == U'况') return j + 2;
    return k;
  }

  void find_headings() {
    for (size_t k = begin_; k < end_; ++k)
      if (int n = heading_at(k)) headings_.push_back({k, n});
  }

  void text(size_t a, size_t b) {
    while (a < b && is_space(c_[a])) ++a;
    while (b > a && is_space(c_[b - 1])) --b;
    if (a < b) pieces_.push_back({a, b, false});
  }

  // Before and after the tables: one piece per section, and one for its title.
  // The title is a piece of its own, so the section's first sentence ("2021年，我局…") is read as
  // the section's text.
  void narrative(size_t a, size_t b) {
    size_t piece = a;
    for (const auto& h : headings_) {
      if (h.first < a || h.first >= b) continue;
      text(piece, h.first);
      piece = std::min(title_end(h.first), b);
      text(h.first, piece);
    }
    text(piece, b);
  }

  // A row label's numbering starts a piece: "（一）", "一、" (not "第（一）项").
  bool label_starts(size_t k, size_t from) const {
    bool after_word = k > from && c_[k - 1] == U'第';
    if (at(k) == U'(' && is_chinese_numeral(at(k + 1)) && at(k + 2) == U')') return !after_word;
    if (is_chinese_numeral(at(k)) && at(k + 1) == U'.') return heading_at(k) != 0;  // "四. 因政府信息公开…"
    return is_chinese_numeral(at(k)) && at(k + 1) == U'、' && !(k > from && is_chinese_numeral(c_[k - 1]));
  }

  // A unit closing a number ("3个", "3443000元", "39万元"), when a space, another number or the end
  // follows it: its length, else 0. The splitter takes it for the end of a cell.
  size_t unit_length(size_t j, size_t limit) const {
    if (j == begin_ || !is_digit(c_[j - 1])) return 0;
    size_t e = j;
    while (e < limit && e - j < kMaxUnitChars && is_unit_char(c_[e])) ++e;
    bool closes = e == limit || c_[e] == U' ' || is_digit(c_[e]);
    return e > j && closes ? e - j : 0;
  }

  // Digits, with a decimal point, single stray spaces or units between numbers ("3个 3443000元").
  // A sign or a slash between two numbers ("396-5181") stays inside the run: the row's cells are
  // not all digits then, and the splitter says so rather than read the first number as the whole row.
  size_t digit_run_end(size_t k, size_t limit) const {
    static const std::u32string_view kBetweenNumbers = U". -/%";
    size_t j = k;
    while (j < limit) {
      if (is_digit(c_[j])) ++j;
      else if (size_t unit = unit_length(j, limit)) j += unit;
      else if (kBetweenNumbers.find(c_[j]) != std::u32string_view::npos && j > k && j + 1 < limit &&
               is_digit(c_[j + 1]))
        ++j;
      else if (c_[j] == U' ' && j > k && j + 2 < limit && c_[j + 1] == U'-' && is_digit(c_[j + 2])) ++j;  // "15 -3 12"
      else break;
    }
    return j;
  }

  // "…禁止公开00000003.危及…", "…00000003. 危及…": the last digit before "." or "、" (a space
  // may follow) and a word numbers the next label.
  bool numbering_follows(size_t run_end, size_t limit) const {
    char32_t mark = run_end < limit ? c_[run_end] : U'\0';
    size_t word = run_end + 1 < limit && c_[run_end + 1] == U' ' ? run_end + 2 : run_end + 1;
    char32_t next = word < limit ? c_[word] : U'\0';
    if (mark != U'.' && mark != U'、') return false;
    if (word >= limit) return run_end + 1 == end_;  // "…00000006．" closing a line the page's source broke
    return !is_digit(next) && !is_space(next);
  }

  void table_part(size_t a, size_t b) {
    size_t piece = a;
    for (size_t k = a; k < b;) {
      if (label_starts(k, a)) {
        text(piece, k);
        piece = k;
        size_t title = heading_at(k) ? title_end(k) : k;
        if (title > k) text(k, title), piece = title;
        k = std::max(title, k + 1);
        continue;
      }
      if (!is_digit(c_[k])) {
        ++k;
        continue;
      }
      size_t run_end = digit_run_end(k, b);
      size_t cells_end = numbering_follows(run_end, b) ? run_end - 1 : run_end;
      while (cells_end > k && c_[cells_end - 1] == U' ') --cells_end;
      text(piece, k);
      if (cells_end > k) pieces_.push_back({k, cells_end, true});
      piece = cells_end > k ? cells_end : k;
      k = run_end;
    }
    text(piece, b);
  }
};

// Row labels followed directly by a digit run longer than one cell ("数量640020470"), counted up
// to `enough`.
int long_runs_after_labels(const Text& text, size_t begin, size_t end, int enough) {
  const std::u32string& c = text.chars;
  int long_runs = 0;
  for (size_t k = begin; k + 1 < end && long_runs < enough; ++k) {
    if (!closes_label(c[k])) continue;
    size_t j = k + 1 + (c[k + 1] == U' ');
    size_t digits = 0;
    while (j < end && (is_digit(c[j]) || (c[j] == U' ' && j + 1 < end && is_digit(c[j + 1])))) {
      digits += is_digit(c[j]);
      ++j;
    }
    if (digits >= kLongRunDigits) ++long_runs;
    if (digits > 0) k = j - 1;
  }
  return long_runs;
}

// A line that opens with a row's run: its label ended the line before ("…不再处理其政府信息公开申请\n
// 10000012.申请人逾期…").
bool opens_with_long_run(const Text& text, size_t begin, size_t end) {
  size_t k = begin, digits = 0;
  while (k < end && is_space(text.chars[k])) ++k;
  while (k < end && is_digit(text.chars[k])) ++k, ++digits;
  return digits >= kLongRunDigits;
}

}  // namespace

bool looks_run_together(const Text& text, size_t begin, size_t end, bool page_is) {
  // Once a page is known to be such text, a shorter line holding a row's run is more of it: page
  // text breaks lines where the page's source did ("…三、本年度办\n理结果（一）予以公开710000071…").
  if (page_is)
    return long_runs_after_labels(text, begin, end, 1) >= 1 || opens_with_long_run(text, begin, end) ||
           Cutter(text, begin, end).names_table_section();
  if (end - begin < kMinLineChars) return false;
  const std::u32string& c = text.chars;
  // A stray "|" in narrative or a site footer ("使用帮助 | 联系我们 | …") is fine; a delimited table
  // row is not this.
  const size_t max_delimiters = std::max(kMaxStrayDelimiters, (end - begin) / kCharsPerStrayDelimiter);
  size_t delimiters = 0;
  for (size_t k = begin; k < end && delimiters <= max_delimiters; ++k) delimiters += c[k] == U'|' || c[k] == U'\t';
  if (delimiters > max_delimiters) return false;
  if (long_runs_after_labels(text, begin, end, kMinLongRuns) >= kMinLongRuns) return true;
  // A page whose blank cells are empty, so no row's digits run long ("…申请数量 26 26 二、…"):
  // section headings inline in one line tell it, with a table's header words (an introduction
  // may list the sections inline, "本报告包括：一、总体情况；二、主动公开政府信息情况；…").
  std::u32string line;  // without spaces: headers are often spaced out ("信 息 内 容")
  for (size_t k = begin; k < end; ++k)
    if (!is_space(c[k])) line.push_back(c[k]);
  bool table_words = false;
  for (std::u32string_view w : {U"信息内容", U"申请人情况", U"本年新收", U"第二十条第"})
    table_words = table_words || line.find(w) != std::u32string::npos;
  return table_words && Cutter(text, begin, end).inline_sections() >= kMinInlineSections;
}

RunTogetherCut cut_run_together(const Text& text, size_t begin, size_t end, bool opens_in_tables) {
  return Cutter(text, begin, end, opens_in_tables).run();
}

}  // namespace xxgk
