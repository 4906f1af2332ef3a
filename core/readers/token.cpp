#include "readers/token.h"

#include <string>

#include "text/text_search.h"
#include "text/normalize.h"

namespace xxgk {
namespace {

std::u32string without_spaces(std::u32string_view s) {
  std::u32string out;
  for (char32_t c : s)
    if (!is_space(c)) out.push_back(c);
  return out;
}

// "12(其中修订8件)", "27(含部门联合发文)": a count followed by a note in brackets that closes the
// cell. The note is words (it holds a CJK character); the count is what stands before it.
std::u32string_view strip_note(std::u32string_view s) {
  if (s.empty() || s.back() != U')') return s;
  size_t open = s.find(U'(');
  if (open == 0 || open == std::u32string_view::npos || !has_cjk(s.substr(open))) return s;
  return s.substr(0, open);
}

// Strips a trailing unit a clerk may type into a count cell.
std::u32string_view strip_unit(std::u32string_view s) {
  static const std::u32string_view kUnits[] = {U"万元", U"件", U"个", U"项", U"条", U"元", U"万", U"次", U"份"};
  for (auto unit : kUnits)
    if (s.size() > unit.size() && s.substr(s.size() - unit.size()) == unit)
      return s.substr(0, s.size() - unit.size());
  return s;
}

// "1,493" or "12,345,678": commas only between groups of three digits.
bool digits_with_separators(std::u32string_view s, double& value) {
  if (s.empty()) return false;
  size_t group = 0;
  bool seen_comma = false;
  double v = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    char32_t c = s[k];
    if (c == U',') {
      if (k == 0 || (seen_comma && group != 3) || (!seen_comma && group > 3)) return false;
      seen_comma = true;
      group = 0;
      continue;
    }
    if (!is_digit(c)) return false;
    v = v * 10 + (c - U'0');
    ++group;
  }
  if (seen_comma && group != 3) return false;
  value = v;
  return true;
}

// "（其中修订8件）", "（含自然失效29件）": a note on a count, by the words it opens with.
bool is_note(std::u32string_view cell) {
  std::u32string s = without_spaces(cell);
  if (s.size() < 3 || s.front() != U'(' || s.back() != U')') return false;
  std::u32string_view inside = std::u32string_view(s).substr(1, s.size() - 2);
  for (std::u32string_view w : {U"其中", U"含", U"包括", U"包含"})
    if (inside.substr(0, w.size()) == w) return true;
  return false;
}

}  // namespace

void attach_wrapped_notes(const std::u32string& text, std::vector<Token>& tokens) {
  size_t kept = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    bool note = kept > 0 && !t.positional && t.kind == TokenKind::Text && tokens[kept - 1].kind == TokenKind::Number &&
                !tokens[kept - 1].positional &&
                is_note(std::u32string_view(text).substr(t.begin, t.end - t.begin));
    if (note) tokens[kept - 1].end = t.end;
    else tokens[kept++] = t;
  }
  tokens.resize(kept);
}

bool parse_number(std::u32string_view cell, double& value) {
  std::u32string s = without_spaces(cell);
  std::u32string_view v = strip_unit(strip_note(s));
  bool negative = false;
  if (!v.empty() && (v[0] == U'-' || v[0] == U'+')) {
    negative = v[0] == U'-';
    v.remove_prefix(1);
  }
  size_t dot = v.find(U'.');
  double whole = 0, fraction = 0;
  if (!digits_with_separators(v.substr(0, dot), whole)) return false;
  if (dot != std::u32string_view::npos) {
    std::u32string_view f = v.substr(dot + 1);
    if (f.empty() || f.size() > 8) return false;
    double scale = 1;
    for (char32_t c : f) {
      if (!is_digit(c)) return false;
      scale /= 10;
      fraction += (c - U'0') * scale;
    }
  }
  value = negative ? -(whole + fraction) : whole + fraction;
  return true;
}

bool is_blank_marker(std::u32string_view cell) {
  std::u32string s = without_spaces(cell);
  if (s.empty()) return false;
  if (s == U"无" || s == U"空" || s == U"\\" || s == U"/" || s == U"//") return true;
  for (char32_t c : s)
    if (c != U'-') return false;
  return true;  // "-", "--", "—", "——"
}

TokenKind classify_cell(std::u32string_view cell, double& value) {
  bool empty = true;
  for (char32_t c : cell)
    if (!is_space(c)) empty = false;
  if (empty) return TokenKind::Empty;
  if (is_blank_marker(cell)) return TokenKind::Blank;
  if (parse_number(cell, value)) return TokenKind::Number;
  return TokenKind::Text;
}

}  // namespace xxgk
