#include "text/text.h"

#include <utf8cpp/utf8/unchecked.h>  // not utf8.h: its checked API throws, and the browser build has no exceptions

namespace xxgk {

Range Text::source_range(size_t begin, size_t end) const {
  if (chars.empty()) return {0, 0};
  if (begin >= chars.size()) return {ends.back(), ends.back()};
  if (end <= begin) return {starts[begin], starts[begin]};
  return {starts[begin], ends[end - 1]};
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) utf8::unchecked::append(static_cast<uint32_t>(c), std::back_inserter(out));
  return out;
}

std::u32string to_u32(std::string_view utf8) {
  std::u32string out;
  auto it = utf8.begin();
  while (it != utf8.end()) out.push_back(static_cast<char32_t>(utf8::unchecked::next(it)));
  return out;
}

}  // namespace xxgk
