#include "document/publication_date.h"

#include <tuple>

#include "text/text_search.h"
#include "text/normalize.h"

namespace xxgk {
namespace {

// Labels a page puts before its publication date. The short ones must stand on their own:
// "成文日期", "更新日期" and "采集时间" end in them but name other dates.
constexpr std::u32string_view kLabels[] = {U"发布时间", U"发布日期", U"公开日期", U"公开时间", U"日期", U"时间"};
constexpr size_t kShortLabel = 2;
// Words that make a short label name another date, when chrome fields run together without a
// space ("发文机关:某某局日期:2024-01-20" is a publication date, "成文日期:" is not).
constexpr std::u32string_view kOtherDates[] = {U"成文", U"印发", U"发文", U"生效", U"失效", U"截止", U"更新", U"修改",
                                               U"修订", U"采集", U"抓取", U"打印", U"施行", U"实施", U"废止", U"签发",
                                               U"创建", U"办结", U"答复", U"受理", U"统计", U"起止", U"有效"};
// How far back a field of the same run of chrome may end ("发文机关:某某市人力资源和社会保障局").
constexpr size_t kFieldChars = 30;

// After a value of the chrome run: a ':' not far before, and no word naming another date.
bool follows_chrome_field(std::u32string_view s, size_t pos) {
  if (pos < 2) return false;
  for (auto w : kOtherDates)
    if (s.substr(pos - 2, 2) == w) return false;
  size_t from = pos > kFieldChars ? pos - kFieldChars : 0;  // bounded: a long line stays linear
  return contains(s.substr(from, pos - from), U":");
}

bool stands_alone(std::u32string_view s, size_t pos, std::u32string_view label) {
  if (label.size() > kShortLabel || pos == 0 || !is_cjk(s[pos - 1])) return true;
  return follows_chrome_field(s, pos);
}

size_t skip_spaces(std::u32string_view s, size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

// Up to two digits at `i`; false when none.
bool small_number(std::u32string_view s, size_t& i, int& out) {
  int v = 0, digits = 0;
  while (i < s.size() && is_digit(s[i]) && digits < 2) v = v * 10 + static_cast<int>(s[i++] - U'0'), ++digits;
  out = v;
  return digits > 0;
}

// "2024-01-17", "2024/1/17", "2024.01.17" at `pos`.
std::optional<FoundDate> numeric_date_at(std::u32string_view s, size_t pos) {
  if (pos + 8 > s.size()) return std::nullopt;
  int y = 0;
  for (size_t k = 0; k < 4; ++k) {
    if (!is_digit(s[pos + k])) return std::nullopt;
    y = y * 10 + static_cast<int>(s[pos + k] - U'0');
  }
  char32_t sep = s[pos + 4];
  if (sep != U'-' && sep != U'/' && sep != U'.') return std::nullopt;
  FoundDate d{pos, 0, y, 0, 0};
  size_t i = pos + 5;
  if (!small_number(s, i, d.month) || i >= s.size() || s[i] != sep) return std::nullopt;
  ++i;
  if (!small_number(s, i, d.day) || (i < s.size() && is_digit(s[i]))) return std::nullopt;
  d.end = i;
  return d;
}

bool plausible(const FoundDate& d) {
  return d.year >= 1990 && d.year <= 2099 && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31;
}

// The date right after a label ("发布时间：", "发布时间: ", "公开日期 "), in this token or, when the
// label ends it (a cell of a metadata table), at the start of the next one.
std::optional<PublicationDate> date_after(const Document& doc, size_t token, size_t label_end) {
  std::u32string_view s = doc.token_text(token);
  size_t i = skip_spaces(s, label_end);
  if (i < s.size() && s[i] == U':') i = skip_spaces(s, i + 1);
  size_t at_token = token, begin = 0;
  if (i < s.size()) {
    begin = i;
  } else if (token + 1 < doc.tokens.size()) {
    at_token = token + 1;
  } else {
    return std::nullopt;
  }
  std::u32string_view t = doc.token_text(at_token);
  auto d = numeric_date_at(t, begin);
  if (!d) d = date_at(t, begin);
  if (!d || !plausible(*d)) return std::nullopt;
  const Token& tk = doc.tokens[at_token];
  return PublicationDate{d->year, d->month, d->day, doc.text.source_range(tk.begin + d->begin, tk.begin + d->end)};
}

bool earlier(const PublicationDate& a, const PublicationDate& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

}  // namespace

std::optional<PublicationDate> read_publication_date(const Document& doc) {
  std::optional<PublicationDate> found;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].kind != TokenKind::Text) continue;
    std::u32string_view s = doc.token_text(i);
    for (std::u32string_view label : kLabels) {
      for (size_t p = s.find(label); p != std::u32string_view::npos; p = s.find(label, p + label.size())) {
        if (!stands_alone(s, p, label)) continue;
        auto d = date_after(doc, i, p + label.size());
        if (d && (!found || earlier(*d, *found))) found = d;
      }
    }
  }
  return found;
}

}  // namespace xxgk
