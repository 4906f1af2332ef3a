#include "document/metadata.h"

#include <map>

#include "document/sections.h"
#include "document/text_search.h"
#include "text/normalize.h"

namespace xxgk {
namespace {

// The title stands among the first lines, after site chrome (menus, 索引号, 发布机构…) at most.
constexpr size_t kTitleTokens = 60;
// Self-descriptions ("现向社会公布…年度报告", "统计期限为…") come before section 二.
constexpr size_t kPreambleChars = 6000;
constexpr size_t kMaxTitleChars = 80;

bool is_agency_char(char32_t c) { return is_cjk(c) || c == U'(' || c == U')'; }

bool ends_like_agency(std::u32string_view s) {
  static const std::u32string_view kEnds = U"室府局会委厅办心院署处道镇乡区县市所站队部社馆园司盟旗州团校";
  return s.size() >= 3 && kEnds.find(s.back()) != std::u32string_view::npos;
}

std::string agency_or_empty(std::u32string_view s) { return ends_like_agency(s) ? to_utf8(s) : ""; }

// Words that end a phrase before an agency's name ("现向社会公布", "由").
std::u32string_view cut_after_markers(std::u32string_view s) {
  static const std::u32string_view kMarkers[] = {U"向社会公布", U"公布", U"发布", U"现将", U"编制", U"印发",
                                                 U"关于", U"报告由", U"由", U"是", U"的", U"了", U"来源",
                                                 U"发布机构", U"根据", U"按照"};
  size_t cut = 0;
  for (auto m : kMarkers) {
    size_t p = s.rfind(m);
    if (p != std::u32string_view::npos) cut = std::max(cut, p + m.size());
  }
  return s.substr(cut);
}

// Verbs that may stand between an agency's name and the year: "…办事处编制了2023年度…".
std::u32string_view strip_trailing_verb(std::u32string_view s) {
  static const std::u32string_view kVerbs[] = {U"编制了", U"编制", U"现公布", U"公布", U"发布"};
  for (auto v : kVerbs)
    if (s.size() > v.size() && s.substr(s.size() - v.size()) == v) return s.substr(0, s.size() - v.size());
  return s;
}

// The run of name characters ending just before `pos`, less the phrase before the name.
std::u32string_view name_before(std::u32string_view s, size_t pos) {
  size_t b = pos;
  while (b > 0 && is_agency_char(s[b - 1]) && pos - b < 40) --b;
  return cut_after_markers(strip_trailing_verb(s.substr(b, pos - b)));
}

// "2023年政府信息公开工作年度报告", "2023年度政府信息公开年度报告", "2023年政府信息公开工作报告".
bool report_name_follows(std::u32string_view s, size_t year_pos) {
  std::u32string_view rest = s.substr(year_pos + 5, 24);
  return contains(rest.substr(0, 6), U"政府信息公开") && contains(rest, U"报告");
}

// Which characters stand inside a cited title: 《…关于编制2023年政府信息公开年度工作报告的通知》.
// One pass, so a long line of citations costs no more than its length.
std::vector<bool> cited(std::u32string_view s) {
  std::vector<bool> inside(s.size(), false);
  bool open = false;
  for (size_t k = 0; k < s.size(); ++k) {
    if (s[k] == U'《') open = true;
    inside[k] = open;
    if (s[k] == U'》') open = false;
  }
  return inside;
}

StatedYear stated(const Document& doc, size_t token, size_t pos, int year) {
  const Token& t = doc.tokens[token];
  return {year, doc.text.source_range(t.begin + pos, t.begin + pos + 4)};
}

// A title is a line of its own: "[agency]YYYY年[度][agency]政府信息公开…报告". Links to other
// years' reports ("上一篇：…2022年…年度报告") and sentences that mention one are not titles.
bool read_title_token(const Document& doc, size_t i, Metadata& m) {
  std::u32string_view s = doc.token_text(i);
  if (s.size() > kMaxTitleChars || !contains(s, U"报告") || contains_any(s, {U"上一篇", U"下一篇", U":", U"："}))
    return false;
  for (size_t p = 0; p + 5 <= s.size(); ++p) {
    auto y = year_at(s, p);
    if (!y) continue;
    size_t after = p + 5 + (p + 5 < s.size() && s[p + 5] == U'度');
    size_t topic = s.find(U"政府信息公开", after);
    if (topic == std::u32string_view::npos || topic > after + 30) return false;
    std::u32string_view before = s.substr(0, p), between = s.substr(after, topic - after);
    if (!before.empty() && !ends_like_agency(before)) return false;  // a sentence, not a title
    m.title_year = stated(doc, i, p, *y);
    m.agency = agency_or_empty(!before.empty() ? before : between);
    // A title split over two lines: the agency on the line above.
    if (m.agency.empty() && i > 0) m.agency = agency_or_empty(doc.token_text(i - 1));
    return true;
  }
  return false;
}

void read_title(const Document& doc, Metadata& m) {
  for (size_t i = 0; i < doc.tokens.size() && i < kTitleTokens; ++i)
    if (doc.tokens[i].kind == TokenKind::Text && read_title_token(doc, i, m)) return;
}

// "现向社会公布漳州古雷港经济开发区2023年政府信息公开工作年度报告": the report naming itself.
void read_named_year(const Document& doc, Metadata& m, size_t token, std::u32string_view s) {
  if (m.named_year && !m.agency.empty()) return;
  std::vector<bool> in_citation = cited(s);
  for (size_t p = 0; p + 5 <= s.size() && (!m.named_year || m.agency.empty()); ++p) {
    auto y = year_at(s, p);
    if (!y || in_citation[p] || !report_name_follows(s, p)) continue;
    std::u32string_view before = s.substr(p >= 30 ? p - 30 : 0, std::min<size_t>(p, 30));
    std::u32string_view agency = name_before(s, p);
    bool self = contains_any(before, {U"本报告", U"本年度报告"}) ||
                (ends_like_agency(agency) && contains_any(before, {U"公布", U"发布", U"编制", U"现将"}));
    if (!self) continue;  // "主动公开2018年政府信息公开工作年度报告" names last year's report
    if (!m.named_year) m.named_year = stated(doc, token, p, *y);
    if (m.agency.empty()) m.agency = agency_or_empty(agency);
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

// "由包头市人民政府外事办公室根据…", "厦门市人民政府外事办公室(以下简称“市外办”)",
// "…新华街道办事处编制了…", "来源：同安区住房和城乡建设局".
std::string agency_from_phrases(std::u32string_view s) {
  for (std::u32string_view after : {U"根据", U"依据", U"按照", U"(以下简称", U"编制"}) {
    for (size_t p = s.find(after); p != std::u32string_view::npos; p = s.find(after, p + 1)) {
      std::string a = agency_or_empty(name_before(s, p));
      if (!a.empty()) return a;
    }
  }
  for (std::u32string_view label : {U"发布机构:", U"来源:", U"发布单位:"}) {
    size_t p = s.find(label);
    if (p == std::u32string_view::npos) continue;
    size_t b = p + label.size(), e = b;
    while (e < s.size() && is_agency_char(s[e])) ++e;
    std::string a = agency_or_empty(s.substr(b, e - b));
    if (!a.empty()) return a;
  }
  return "";
}

// The section 一 opening, "2023年，洛阳市老城区城市管理局坚持…": the years it speaks of.
void count_overview_years(std::u32string_view s, std::map<int, int>& years) {
  std::vector<bool> in_citation = cited(s);
  for (size_t p = 0; p + 5 <= s.size(); ++p)
    if (auto y = year_at(s, p); y && !in_citation[p]) ++years[*y];
}

}  // namespace

Metadata read_metadata(const Document& doc) {
  Metadata m;
  read_title(doc, m);
  std::string phrase_agency;
  std::map<int, int> overview_years;
  size_t chars = 0;
  int section = 0;
  for (size_t i = 0; i < doc.tokens.size() && chars < kPreambleChars; ++i) {
    if (doc.tokens[i].kind != TokenKind::Text) continue;
    std::u32string_view s = doc.token_text(i).substr(0, kPreambleChars - chars);
    chars += s.size();
    read_named_year(doc, m, i, s);
    read_period(doc, m, i, s);
    if (phrase_agency.empty()) phrase_agency = agency_from_phrases(s);
    if (section == 1) count_overview_years(s, overview_years);
    if (int n = heading_number(s)) section = n;
  }
  if (m.agency.empty()) m.agency = phrase_agency;
  if (m.title_year) m.year = m.title_year->year;
  else if (m.period) m.year = m.period->end_year;
  else if (m.named_year) m.year = m.named_year->year;
  else if (!overview_years.empty()) {
    // The year section 一 speaks of most (the latest on a tie): "2023年，我局…".
    auto best = overview_years.begin();
    for (auto it = overview_years.begin(); it != overview_years.end(); ++it)
      if (it->second >= best->second) best = it;
    m.year = best->first;
  }
  return m;
}

}  // namespace xxgk
