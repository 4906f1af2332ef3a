#include "text/text_search.h"

#include "text/normalize.h"

namespace xxgk {

std::optional<FoundNumber> number_at(std::u32string_view s, size_t pos) {
  if (pos >= s.size() || !is_digit(s[pos]) || (pos > 0 && is_digit(s[pos - 1]))) return std::nullopt;
  FoundNumber n;
  n.begin = pos;
  double v = 0;
  size_t i = pos;
  auto digit_at = [&](size_t k) { return k < s.size() && is_digit(s[k]); };
  for (; i < s.size(); ++i) {
    if (is_digit(s[i])) v = v * 10 + (s[i] - U'0');
    else if (s[i] == U',' && digit_at(i + 1) && digit_at(i + 2) && digit_at(i + 3) && !digit_at(i + 4))
      continue;  // thousands separator: "1,493"
    else break;
  }
  if (i + 1 < s.size() && s[i] == U'.' && is_digit(s[i + 1])) {
    double scale = 1;
    for (++i; i < s.size() && is_digit(s[i]); ++i) v += (s[i] - U'0') * (scale /= 10);
  }
  n.end = i;
  n.value = v;
  return n;
}

namespace {

// Spaces PDF text puts between digits and the 年/月/日 after them: a few, a line break among them.
constexpr size_t kMaxDateSpaces = 3;

size_t skip_spaces(std::u32string_view s, size_t i) {
  for (size_t n = 0; i < s.size() && is_space(s[i]) && n < kMaxDateSpaces; ++n) ++i;
  return i;
}

// Up to `max_digits` digits at `i`, then (past spaces) `unit`; moves `i` past the unit.
bool small_number_with_unit(std::u32string_view s, size_t& i, size_t max_digits, char32_t unit, int& out) {
  int v = 0;
  size_t digits = 0, k = i;
  while (k < s.size() && is_digit(s[k]) && digits < max_digits) v = v * 10 + static_cast<int>(s[k++] - U'0'), ++digits;
  if (digits == 0 || (k < s.size() && is_digit(s[k]))) return false;
  k = skip_spaces(s, k);
  if (k >= s.size() || s[k] != unit) return false;
  i = k + 1;
  out = v;
  return true;
}

}  // namespace

std::optional<FoundYear> year_at(std::u32string_view s, size_t pos) {
  if (pos >= s.size() || (pos > 0 && is_digit(s[pos - 1]))) return std::nullopt;
  size_t i = pos;
  int y = 0;
  if (!small_number_with_unit(s, i, 4, U'年', y) || i - pos < 5 || y < 1990 || y > 2099) return std::nullopt;
  return FoundYear{y, i};
}

std::optional<FoundDate> month_day_at(std::u32string_view s, size_t pos) {
  if (pos >= s.size() || (pos > 0 && is_digit(s[pos - 1]))) return std::nullopt;
  FoundDate d;
  d.begin = pos;
  size_t i = pos;
  if (!small_number_with_unit(s, i, 2, U'月', d.month)) return std::nullopt;
  i = skip_spaces(s, i);
  if (!small_number_with_unit(s, i, 2, U'日', d.day)) return std::nullopt;
  d.end = i;
  return d;
}

std::optional<FoundDate> date_at(std::u32string_view s, size_t pos) {
  auto year = year_at(s, pos);
  if (!year) return std::nullopt;
  auto d = month_day_at(s, skip_spaces(s, year->end));
  if (!d) return std::nullopt;
  d->begin = pos;
  d->year = year->year;
  return d;
}

std::optional<FoundDate> iso_date_at(std::u32string_view s, size_t pos) {
  auto digits = [&](size_t at, size_t n, int& out) {
    out = 0;
    for (size_t k = 0; k < n; ++k) {
      if (at + k >= s.size() || !is_digit(s[at + k])) return false;
      out = out * 10 + static_cast<int>(s[at + k] - U'0');
    }
    return true;
  };
  FoundDate d;
  d.begin = pos;
  if ((pos > 0 && is_digit(s[pos - 1])) || !digits(pos, 4, d.year) || d.year < 1990 || d.year > 2099)
    return std::nullopt;
  if (pos + 10 > s.size() || s[pos + 4] != U'-' || s[pos + 7] != U'-') return std::nullopt;
  if (!digits(pos + 5, 2, d.month) || !digits(pos + 8, 2, d.day)) return std::nullopt;
  d.end = pos + 10;
  return d;
}

bool has_cjk(std::u32string_view s) {
  for (char32_t c : s)
    if (is_cjk(c)) return true;
  return false;
}

bool contains(std::u32string_view s, std::u32string_view word) { return s.find(word) != std::u32string_view::npos; }

bool contains_any(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  for (auto w : words)
    if (contains(s, w)) return true;
  return false;
}

}  // namespace xxgk
