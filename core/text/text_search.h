// Small scanners over normalised text, in place of regular expressions (std::regex cannot
// handle char32_t and is slow): numbers, dates and key words at given places.
#pragma once

#include <optional>
#include <string_view>

namespace xxgk {

struct FoundNumber {
  size_t begin = 0, end = 0;  // characters of the digits
  double value = 0;
};

// The number whose digits start at `pos` (thousands separators and decimals allowed).
std::optional<FoundNumber> number_at(std::u32string_view s, size_t pos);

struct FoundYear {
  int year = 0;
  size_t end = 0;  // past the "年"
};
// A four-digit year 1990-2099 at `pos` followed by "年"; PDF text may put spaces or a line break
// between the digits and the "年" ("2023 年").
std::optional<FoundYear> year_at(std::u32string_view s, size_t pos);

struct FoundDate {
  size_t begin = 0, end = 0;
  int year = 0, month = 0, day = 0;
};
// "2023年1月1日" (or "2023 年 1 月 1 日") starting at `pos`.
std::optional<FoundDate> date_at(std::u32string_view s, size_t pos);
// "12月31日" starting at `pos`: a date whose year the text leaves to the date before it. year = 0.
std::optional<FoundDate> month_day_at(std::u32string_view s, size_t pos);
// "2023-01-13" (a page's 发布时间) starting at `pos`.
std::optional<FoundDate> iso_date_at(std::u32string_view s, size_t pos);

bool contains(std::u32string_view s, std::u32string_view word);
bool has_cjk(std::u32string_view s);
bool contains_any(std::u32string_view s, std::initializer_list<std::u32string_view> words);

}  // namespace xxgk
