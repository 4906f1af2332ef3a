#include "document/sections.h"

#include "text/text_search.h"
#include "text/normalize.h"

namespace xxgk {
namespace {

constexpr size_t kMaxHeadingChars = 60;

int chinese_digit(char32_t c) {
  static const std::u32string_view kDigits = U"一二三四五六";
  size_t k = kDigits.find(c);
  return k == std::u32string_view::npos ? 0 : static_cast<int>(k) + 1;
}

bool has_section_words(int number, std::u32string_view s) {
  switch (number) {
    case 1: return contains_any(s, {U"总体情况", U"概述", U"基本情况", U"总体概况"});
    case 2: return contains(s, U"主动公开");
    case 3: return contains_any(s, {U"收到和处理", U"依申请", U"申请情况", U"申请的情况"});
    case 4: return contains_any(s, {U"行政复议", U"行政诉讼"});
    case 5: return contains_any(s, {U"问题", U"改进"});
    case 6: return contains_any(s, {U"其他需要报告", U"其他事项", U"其它需要报告"});
  }
  return false;
}

// Words only one section's full title carries, for a heading the template would number otherwise.
int section_named_by_title(std::u32string_view head) {
  static const std::pair<int, std::u32string_view> kTitleWords[] = {
      {1, U"总体情况"}, {2, U"主动公开政府信息"}, {3, U"收到和处理政府信息公开申请"},
      {4, U"行政复议"}, {5, U"存在的主要问题"},   {6, U"其他需要报告"}};
  int named = 0;
  for (const auto& [number, words] : kTitleWords) {
    if (!contains(head, words)) continue;
    if (named) return 0;  // two sections' words: not a section title
    named = number;
  }
  return named;
}

// A top-level heading numbered otherwise than the template: "三、主动公开政府信息情况" in a report
// of seven parts, "一、主动公开政府信息情况" where the table part numbers afresh. The section its
// title names, or 0.
int renumbered_heading(std::u32string_view s) {
  size_t i = 0;
  while (i < s.size() && (is_space(s[i]) || s[i] == U'#')) ++i;
  if (i + 2 > s.size() || !is_chinese_numeral(s[i])) return 0;
  if (s[i + 1] != U'、' && s[i + 1] != U'.') return 0;
  return section_named_by_title(s.substr(i + 2, std::min<size_t>(s.size() - i - 2, 24)));
}

using Starts = std::array<std::optional<size_t>, 7>;  // the heading token of each section, by number

// Section `number` may start at `token` only in the template's order among the sections found.
bool fits_order(const Starts& starts, int number, size_t token) {
  for (int n = 1; n <= 6; ++n) {
    if (!starts[n]) continue;
    bool before = *starts[n] < token;
    if ((n < number && !before) || (n > number && before)) return false;
  }
  return true;
}

}  // namespace

int heading_number(std::u32string_view s) {
  size_t i = 0;
  // Markdown from a converter marks headings: "## 一、总体情况".
  while (i < s.size() && (is_space(s[i]) || s[i] == U'#')) ++i;
  if (i + 2 > s.size()) return 0;
  // "第一部分 总体情况" is numbered like "一、总体情况".
  if (s[i] == U'第' && i + 4 <= s.size() && s.substr(i + 2, 2) == U"部分") {
    int n = chinese_digit(s[i + 1]);
    std::u32string_view head = s.substr(i + 4, std::min<size_t>(s.size() - i - 4, 24));
    return n != 0 && has_section_words(n, head) ? n : 0;
  }
  int n = chinese_digit(s[i]);
  char32_t mark = s[i + 1];
  if (n == 0 || (mark != U'、' && mark != U'.' && mark != U' ' && mark != U',')) return 0;
  // Key words must stand near the start: "一、总体情况 2023年,..." is a heading, a sentence that
  // merely starts with "一、" and mentions 主动公开 later is not.
  std::u32string_view head = s.substr(i + 2, std::min<size_t>(s.size() - i - 2, 24));
  if (!has_section_words(n, head)) return 0;
  return n;
}

const SectionHeading* Sections::get(int number) const {
  for (const auto& s : found)
    if (s.number == number) return &s;
  return nullptr;
}

std::optional<size_t> Sections::start(int number) const {
  const SectionHeading* s = get(number);
  if (!s) return std::nullopt;
  return s->token;
}

Sections find_sections(const Document& doc) {
  Starts starts;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].kind != TokenKind::Text) continue;
    std::u32string_view s = doc.token_text(i);
    int n = heading_number(s);
    if (n == 0 || starts[n]) continue;
    if (s.size() > kMaxHeadingChars && !has_section_words(n, s.substr(0, 16))) continue;
    starts[n] = i;
  }
  // Then the sections still missing, by their titles under another number, where they keep the
  // template's order among those found.
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].kind != TokenKind::Text) continue;
    int n = renumbered_heading(doc.token_text(i));
    if (n != 0 && !starts[n] && fits_order(starts, n, i)) starts[n] = i;
  }
  // In document order: the first pass may have found them out of the template's (section-order
  // says so).
  int order[6], count = 0;
  for (int n = 1; n <= 6; ++n) {
    if (!starts[n]) continue;
    int at = count++;
    for (; at > 0 && *starts[order[at - 1]] > *starts[n]; --at) order[at] = order[at - 1];
    order[at] = n;
  }
  Sections out;
  for (int k = 0; k < count; ++k) {
    int n = order[k];
    std::u32string_view s = doc.token_text(*starts[n]);
    SectionHeading h;
    h.number = n;
    h.token = *starts[n];
    h.title = to_utf8(s.substr(0, std::min<size_t>(s.size(), kMaxHeadingChars)));
    h.range = doc.token_range(*starts[n]);
    out.found.push_back(std::move(h));
  }
  return out;
}

}  // namespace xxgk
