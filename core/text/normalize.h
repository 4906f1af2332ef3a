// Character normalisation for matching: full-width ASCII to ASCII, the many spaces to one, curly
// quotes to straight, the many dashes to '-'. One character in, at most one out, so every
// normalised character keeps its place in the original input.
#pragma once

#include <string_view>

namespace xxgk {

// Returns the normalised character, or 0 when the character carries nothing (zero-width marks).
char32_t normalize_char(char32_t c);

inline bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n'; }
inline bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool is_cjk(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }
// 一 to 十: the numerals of section headings and row labels ("三、", "(七)").
inline bool is_chinese_numeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
}

}  // namespace xxgk
