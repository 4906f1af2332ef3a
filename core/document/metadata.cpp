#include "document/metadata.h"

#include "document/text_search.h"
#include "text/normalize.h"

namespace xxgk {
namespace {

// The title stands among the first lines, after site chrome (menus, 索引号, 发布机构…) at most.
constexpr size_t kTitleTokens = 60;
// Self-descriptions ("现向社会公布…年度报告", "统计期限为…") come before section 二.
constexpr size_t kPreambleChars = 6000;

bool is_agency_char(char32_t c) { return is_cjk(c) || c == U'(' || c == U')'; }

bool ends_like_agency(std::u32string_view s) {
  static const std::u32string_view kEnds = U"室府局会委厅办心院署处道镇乡区县市所站队部社馆园司盟旗州团校";
  return s.size() >= 3 && kEnds.find(s.back()) != std::u32string_view::npos;
}

// Words that end a phrase before the agency's name ("现向社会公布", "由").
std::u32string_view cut_after_markers(std::u32string_view s) {
  static const std::u32string_view kMarkers[] = {U"向社会公布", U"公布", U"发布", U"现将", U"编制",
                                                 U"印发", U"关于", U"报告由", U"由", U"是", U"的", U"了"};
  size_t cut = 0;
  for (auto m : kMarkers) {
    size_t p = s.rfind(m);
    if (p != std::u32string_view::npos) cut = std::max(cut, p + m.size());
  }
  return s.substr(cut);
}

// The run of name characters ending just before `pos`.
std::u32string_view name_before(std::u32string_view s, size_t pos) {
  size_t b = pos;
  while (b > 0 && is_agency_char(s[b - 1]) && pos - b < 40) --b;
  return cut_after_markers(s.substr(b, pos - b));
}

// "2023年政府信息公开工作年度报告", "2023年度政府信息公开年度报告".
bool report_name_follows(std::u32string_view s, size_t year_pos) {
  std::u32string_view rest = s.substr(year_pos + 5, 24);
  return contains(rest.substr(0, 6), U"政府信息公开") && contains(rest, U"报告");
}

struct YearMention {
  int year = 0;
  size_t pos = 0;
  std::u32string_view agency;
};

std::optional<YearMention> report_name_in(std::u32string_view s) {
  for (size_t p = 0; p + 5 <= s.size(); ++p) {
    auto y = year_at(s, p);
    if (!y || !report_name_follows(s, p)) continue;
    return YearMention{*y, p, name_before(s, p)};
  }
  return std::nullopt;
}

StatedYear stated(const Document& doc, size_t token, size_t pos) {
  const Token& t = doc.tokens[token];
  return {0, doc.text.source_range(t.begin + pos, t.begin + pos + 4)};
}

void read_title(const Document& doc, Metadata& m) {
  for (size_t i = 0; i < doc.tokens.size() && i < kTitleTokens; ++i) {
    std::u32string_view s = doc.token_text(i);
    if (s.size() > 80) continue;
    auto found = report_name_in(s);
    if (!found) continue;
    m.title_year = stated(doc, i, found->pos);
    m.title_year->year = found->year;
    if (ends_like_agency(found->agency)) m.agency = to_utf8(found->agency);
    return;
  }
}

// True when `pos` stands inside a cited title: 《…关于编制2023年政府信息公开年度工作报告的通知》.
bool inside_citation(std::u32string_view s, size_t pos) {
  size_t open = s.rfind(U'《', pos);
  if (open == std::u32string_view::npos) return false;
  size_t close = s.rfind(U'》', pos);
  return close == std::u32string_view::npos || close < open;
}

void read_named_year(const Document& doc, Metadata& m, size_t token, std::u32string_view s) {
  for (size_t p = 0; p + 5 <= s.size() && (!m.named_year || m.agency.empty()); ++p) {
    auto y = year_at(s, p);
    if (!y || !report_name_follows(s, p) || inside_citation(s, p)) continue;
    std::u32string_view before = s.substr(p >= 30 ? p - 30 : 0, std::min<size_t>(p, 30));
    if (!contains_any(before, {U"公布", U"发布", U"编制", U"本报告", U"现将"})) continue;
    if (!m.named_year) {
      m.named_year = stated(doc, token, p);
      m.named_year->year = *y;
    }
    std::u32string_view agency = name_before(s, p);
    if (m.agency.empty() && ends_like_agency(agency)) m.agency = to_utf8(agency);
  }
}

// "2023年1月1日至2023年12月31日", "自2019年1月1日起至2019年12月31日止".
void read_period(const Document& doc, Metadata& m, size_t token, std::u32string_view s) {
  if (m.period) return;
  for (size_t p = 0; p + 5 <= s.size(); ++p) {
    auto from = date_at(s, p);
    if (!from) continue;
    size_t q = from->end;
    size_t limit = std::min(s.size(), q + 6);
    for (; q < limit; ++q) {
      auto to = date_at(s, q);
      if (!to) continue;
      std::u32string_view between = s.substr(from->end, q - from->end);
      if (!contains_any(between, {U"至", U"到", U"-", U"~"})) break;
      StatedPeriod period{from->year, from->month, from->day, to->year, to->month, to->day, {}};
      const Token& t = doc.tokens[token];
      period.range = doc.text.source_range(t.begin + from->begin, t.begin + to->end);
      m.period = period;
      return;
    }
  }
}

// "由包头市人民政府外事办公室根据…", "厦门市人民政府外事办公室(以下简称“市外办”)".
void read_agency_fallback(std::u32string_view s, Metadata& m) {
  if (!m.agency.empty()) return;
  for (std::u32string_view after : {U"根据", U"依据", U"按照", U"(以下简称"}) {
    size_t p = s.find(after);
    if (p == std::u32string_view::npos) continue;
    std::u32string_view agency = name_before(s, p);
    if (ends_like_agency(agency)) {
      m.agency = to_utf8(agency);
      return;
    }
  }
}

}  // namespace

Metadata read_metadata(const Document& doc) {
  Metadata m;
  read_title(doc, m);
  size_t chars = 0;
  for (size_t i = 0; i < doc.tokens.size() && chars < kPreambleChars; ++i) {
    if (doc.tokens[i].kind != TokenKind::Text) continue;
    std::u32string_view s = doc.token_text(i);
    chars += s.size();
    read_named_year(doc, m, i, s);
    read_period(doc, m, i, s);
    read_agency_fallback(s, m);
  }
  if (m.title_year) m.year = m.title_year->year;
  else if (m.period) m.year = m.period->end_year;
  else if (m.named_year) m.year = m.named_year->year;
  return m;
}

}  // namespace xxgk
