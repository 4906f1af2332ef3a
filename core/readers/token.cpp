#include "readers/token.h"

#include <charconv>
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
  for (size_t n = 0; n < kMaxUnitChars && s.size() > 1 && is_unit_char(s.back()); ++n) s.remove_suffix(1);
  return s;
}

// "1,493" or "12,345,678": commas only between groups of three digits. The digits are read
// exactly (std::from_chars into 64 bits); `too_large` when they exceed kMaxNumber.
bool digits_with_separators(std::u32string_view s, uint64_t& value, bool& too_large) {
  if (s.empty()) return false;
  size_t group = 0;
  bool seen_comma = false;
  std::string digits;
  for (size_t k = 0; k < s.size(); ++k) {
    char32_t c = s[k];
    if (c == U',') {
      if (k == 0 || (seen_comma && group != 3) || (!seen_comma && group > 3)) return false;
      seen_comma = true;
      group = 0;
      continue;
    }
    if (!is_digit(c)) return false;
    digits.push_back(static_cast<char>(c));
    ++group;
  }
  if (seen_comma && group != 3) return false;
  uint64_t v = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  too_large = ec == std::errc::result_out_of_range || v > kMaxNumber;
  if (!too_large && (ec != std::errc() || end != digits.data() + digits.size())) return false;
  value = too_large ? 0 : v;
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
                !tokens[kept - 1].positional && is_note(std::u32string_view(text).substr(t.begin, t.end - t.begin));
    if (note) tokens[kept - 1].end = t.end;
    else tokens[kept++] = t;
  }
  tokens.resize(kept);
}

NumberRead read_number(std::u32string_view cell, double& value) {
  std::u32string s = without_spaces(cell);
  std::u32string_view v = strip_unit(strip_note(s));
  bool negative = false;
  if (!v.empty() && (v[0] == U'-' || v[0] == U'+')) {
    negative = v[0] == U'-';
    v.remove_prefix(1);
  }
  size_t dot = v.find(U'.');
  uint64_t whole = 0;
  bool too_large = false;
  if (!digits_with_separators(v.substr(0, dot), whole, too_large)) return NumberRead::NotNumber;
  double fraction = 0;
  if (dot != std::u32string_view::npos) {
    std::u32string_view f = v.substr(dot + 1);
    if (f.empty() || f.size() > 8) return NumberRead::NotNumber;
    double scale = 1;
    for (char32_t c : f) {
      if (!is_digit(c)) return NumberRead::NotNumber;
      scale /= 10;
      fraction += (c - U'0') * scale;
    }
  }
  if (too_large) return NumberRead::TooLarge;
  double magnitude = static_cast<double>(whole) + fraction;  // whole <= kMaxNumber: exact
  value = negative ? -magnitude : magnitude;
  return NumberRead::Number;
}

bool parse_number(std::u32string_view cell, double& value) { return read_number(cell, value) == NumberRead::Number; }

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
  switch (read_number(cell, value)) {
    case NumberRead::Number: return TokenKind::Number;
    case NumberRead::TooLarge: return TokenKind::TooLarge;
    case NumberRead::NotNumber: break;
  }
  return TokenKind::Text;
}

}  // namespace xxgk
