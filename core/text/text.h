// Text as the core works on it: normalised code points, each remembering where it stands in the
// input as the user gave it, in UTF-16 code units (what JavaScript strings count).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk {

// Half-open range of UTF-16 code units in the original input.
struct Range {
  uint32_t start = 0;
  uint32_t end = 0;
  bool operator==(const Range& o) const { return start == o.start && end == o.end; }
};

struct Text {
  std::u32string chars;          // normalised characters
  std::u32string original;       // each character as the input had it (after HTML entities)
  std::vector<uint32_t> starts;  // UTF-16 offset of each character's source in the input
  std::vector<uint32_t> ends;    // UTF-16 offset just past it (entities and tags make it wider)

  size_t size() const { return chars.size(); }
  void push(char32_t c, uint32_t start, uint32_t end) { push(c, c, start, end); }
  void push(char32_t c, char32_t orig, uint32_t start, uint32_t end) {
    chars.push_back(c);
    original.push_back(orig);
    starts.push_back(start);
    ends.push_back(end);
  }
  // Source range of the characters [begin, end); empty ranges sit at the next character.
  Range source_range(size_t begin, size_t end) const;
  std::u32string_view view(size_t begin, size_t end) const {
    return std::u32string_view(chars).substr(begin, end - begin);
  }
  std::u32string_view original_view(size_t begin, size_t end) const {
    return std::u32string_view(original).substr(begin, end - begin);
  }
};

std::string to_utf8(std::u32string_view s);
std::u32string to_u32(std::string_view utf8);

}  // namespace xxgk
