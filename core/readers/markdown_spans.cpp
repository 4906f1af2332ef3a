#include "readers/markdown_spans.h"

namespace xxgk {
namespace {

constexpr size_t kMaxSpanChars = 400;       // the text in the brackets: a heading or a paragraph's start
constexpr size_t kMaxAttributeChars = 200;  // {style="…"}

// The end (just past '}') of the attributes opening at `brace`, or 0.
size_t attributes_end(const std::u32string& c, size_t brace) {
  size_t k = brace + 1;
  bool keyed = k < c.size() && (c[k] == U'.' || c[k] == U'#');
  for (; k < c.size() && k - brace <= kMaxAttributeChars && c[k] != U'\n'; ++k) {
    if (c[k] == U'=') keyed = true;
    if (c[k] == U'}') return keyed ? k + 1 : 0;
    if (c[k] == U'{') return 0;
  }
  return 0;
}

// The span opening with '[' at `open`: where its ']' stands and where its attributes end.
bool span_at(const std::u32string& c, size_t open, size_t& close, size_t& end) {
  for (size_t k = open + 1; k < c.size() && k - open <= kMaxSpanChars && c[k] != U'\n'; ++k) {
    if (c[k] == U'[') return false;
    if (c[k] != U']') continue;
    if (k + 1 >= c.size() || c[k + 1] != U'{') return false;
    close = k;
    end = attributes_end(c, k + 1);
    return end != 0;
  }
  return false;
}

}  // namespace

Text without_bracketed_spans(Text text) {
  const std::u32string& c = text.chars;
  std::vector<bool> drop;
  for (size_t i = 0; i < c.size(); ++i) {
    size_t close = 0, end = 0;
    if (c[i] != U'[' || !span_at(c, i, close, end)) continue;
    if (drop.empty()) drop.assign(c.size(), false);
    drop[i] = true;
    for (size_t k = close; k < end; ++k) drop[k] = true;
  }
  if (drop.empty()) return text;
  Text out;
  for (size_t i = 0; i < c.size(); ++i)
    if (!drop[i]) out.push(text.chars[i], text.original[i], text.starts[i], text.ends[i]);
  return out;
}

}  // namespace xxgk
