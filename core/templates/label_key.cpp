#include "templates/label_key.h"

#include "text/normalize.h"

namespace xxgk {
namespace {

bool is_chinese_numeral(char32_t c) { return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos; }

bool is_punctuation(char32_t c) {
  static const std::u32string_view kPunct =
      U" \t\n\"'`,.;:!?()[]{}<>/\\|-_~*#+=、。，；：！？（）【】《》〈〉「」『』…·•○●■□◆";
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

}  // namespace xxgk
