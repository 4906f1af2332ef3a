#include "templates/label_key.h"

#include <algorithm>
#include <vector>

#include "text/normalize.h"

namespace xxgk {
namespace {

bool is_punctuation(char32_t c) {
  static const std::u32string_view kPunct =
      U" \t\n\"'`,.;:!?()[]{}<>/\\|-_~*#+=、。，；：！？（）【】《》〈〉「」『』…·•○●■□◆";
  // Most of a label is ideographs and digits, none of them in the list: skip the search for them
  // (label keys are taken of every short text token, several times per report).
  if (is_cjk(c) || is_digit(c)) return false;
  return kPunct.find(c) != std::u32string_view::npos;
}

// Leading "(七)", "七、", "3.", "3、", "3)" or "（3）": returns the numbering and its length.
size_t numbering_prefix(std::u32string_view s, std::u32string& numbering) {
  size_t i = 0;
  while (i < s.size() && s[i] == U' ') ++i;
  bool paren = i < s.size() && s[i] == U'(';
  if (paren) ++i;
  size_t start = i;
  while (i < s.size() && (is_digit(s[i]) || is_chinese_numeral(s[i])) && i - start < 3) ++i;
  if (i == start || i >= s.size()) return 0;
  bool closed = paren ? s[i] == U')' : (s[i] == U'.' || s[i] == U'、' || s[i] == U')' || s[i] == U'．');
  if (!closed) return 0;
  numbering.assign(s.substr(start, i - start));
  return i + 1;
}

}  // namespace

LabelKey label_key(std::u32string_view label) {
  LabelKey out;
  size_t skip = numbering_prefix(label, out.numbering);
  for (char32_t c : label.substr(skip))
    if (!is_punctuation(c)) out.key.push_back(c);
  return out;
}

namespace {

// Longest common subsequence, in O(|a|·|b|) time and O(|b|) memory; labels are short.
size_t common_subsequence(std::u32string_view a, std::u32string_view b) {
  std::vector<size_t> row(b.size() + 1, 0);
  for (char32_t c : a) {
    size_t diagonal = 0;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = c == b[j - 1] ? diagonal + 1 : std::max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

bool resembles_label(std::u32string_view key, std::u32string_view full_key) {
  constexpr size_t kMaxLabel = 64;
  if (key.size() < kMinTypoKey || key.size() > kMaxLabel || full_key.size() > kMaxLabel) return false;
  if (key.size() * 5 < full_key.size() * 3 || key.size() > full_key.size() + 1) return false;
  size_t common = common_subsequence(key, full_key);
  return common + 1 >= key.size() && common * 5 >= full_key.size() * 3;
}

}  // namespace xxgk
