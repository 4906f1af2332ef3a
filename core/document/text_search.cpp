#include "document/text_search.h"

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

std::optional<int> year_at(std::u32string_view s, size_t pos) {
  if (pos + 5 > s.size() || (pos > 0 && is_digit(s[pos - 1]))) return std::nullopt;
  int y = 0;
  for (size_t k = 0; k < 4; ++k) {
    if (!is_digit(s[pos + k])) return std::nullopt;
    y = y * 10 + static_cast<int>(s[pos + k] - U'0');
  }
  if (s[pos + 4] != U'年' || y < 1990 || y > 2099) return std::nullopt;
  return y;
}

std::optional<FoundDate> date_at(std::u32string_view s, size_t pos) {
  auto year = year_at(s, pos);
  if (!year) return std::nullopt;
  size_t i = pos + 5;
  auto small = [&](char32_t unit, int& out) {
    int v = 0, digits = 0;
    while (i < s.size() && is_digit(s[i]) && digits < 2) v = v * 10 + static_cast<int>(s[i++] - U'0'), ++digits;
    if (digits == 0 || i >= s.size() || s[i] != unit) return false;
    ++i;
    out = v;
    return true;
  };
  FoundDate d;
  d.begin = pos;
  d.year = *year;
  if (!small(U'月', d.month) || !small(U'日', d.day)) return std::nullopt;
  d.end = i;
  return d;
}

bool contains(std::u32string_view s, std::u32string_view word) { return s.find(word) != std::u32string_view::npos; }

bool contains_any(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  for (auto w : words)
    if (contains(s, w)) return true;
  return false;
}

}  // namespace xxgk
