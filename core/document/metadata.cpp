#include "document/metadata.h"

#include <initializer_list>
#include <map>

#include "document/sections.h"
#include "text/text_search.h"
#include "text/normalize.h"

namespace xxgk {
namespace {

// The title stands among the first lines, after site chrome (menus, 索引号, 发布机构…) at most.
constexpr size_t kTitleTokens = 60;
// Self-descriptions ("现向社会公布…年度报告", "统计期限为…") come before section 二.
constexpr size_t kPreambleChars = 6000;
constexpr size_t kMaxTitleChars = 80;
// The rest of a title wrapped onto the next line: "年度报告", "工作年度报告".
constexpr size_t kMaxTitleTail = 12;
// The signature and its date close the report, before page footers at most.
constexpr size_t kSignatureTokens = 8;
constexpr size_t kMaxAgencyChars = 40;

bool is_agency_char(char32_t c) { return is_cjk(c) || c == U'(' || c == U')'; }

std::u32string_view trim(std::u32string_view s) {
  auto junk = [](char32_t c) { return is_space(c) || c == U'#' || c == U'*'; };
  while (!s.empty() && junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && junk(s.back())) s.remove_suffix(1);
  return s;
}

bool ends_with(std::u32string_view s, std::u32string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

bool ends_like_agency(std::u32string_view s) {
  static const std::u32string_view kEnds = U"室府局会委厅办心院署处道镇乡区县市所站队部社馆园司盟旗州团校";
  return s.size() >= 3 && kEnds.find(s.back()) != std::u32string_view::npos;
}

// Words of a sentence, never of a name: "今年我局", "各处室", "督促各片区管理局".
bool has_sentence_words(std::u32string_view s) {
  static const std::u32string_view kWords[] = {U"今年", U"去年",   U"本年",   U"全年",   U"督促", U"各",   U"我",
                                               U"本局", U"本机关", U"本单位", U"本部门", U"该",   U"了",   U"的",
                                               U"被",   U"在",     U"由",     U"通过",   U"开展", U"加强", U"推进",
                                               U"落实", U"贯彻",   U"联系",   U"编制",   U"根据", U"按照", U"报告"};
  for (auto w : kWords)
    if (contains(s, w)) return true;
  return false;
}

// A body's name alone says whose it is not: "办公室", "管委会", "街道办事处"; nor does a level
// before it: "省政府", "市人民政府".
bool is_bare_body(std::u32string_view s) {
  static const std::u32string_view kLevels = U"省市区县镇乡州盟旗";
  if (!s.empty() && kLevels.find(s.front()) != std::u32string_view::npos) s.remove_prefix(1);
  for (std::u32string_view b : {U"办公室", U"办公厅", U"管委会", U"委员会", U"管理委员会", U"人民政府", U"政府",
                                U"街道办事处", U"办事处", U"街道"})
    if (s == b) return true;
  return false;
}

// Looks like an organisation's (or the place it governs') name, not a fragment of a sentence.
bool is_agency_name(std::u32string_view s) {
  if (s.size() > kMaxAgencyChars || !ends_like_agency(s) || is_bare_body(s) || has_sentence_words(s)) return false;
  for (char32_t c : s)
    if (!is_agency_char(c)) return false;
  return true;
}

// The name as a candidate gives it, less the spaces PDF text puts between characters ("洪泽区 人民政府").
std::string agency_or_empty(std::u32string_view s) {
  std::u32string name;
  for (char32_t c : trim(s))
    if (!is_space(c)) name.push_back(c);
  return is_agency_name(name) ? to_utf8(name) : "";
}

// `s` after the last of the `markers` in it (all of it when none stands there).
std::u32string_view after_last(std::u32string_view s, std::initializer_list<std::u32string_view> markers) {
  size_t cut = 0;
  for (auto m : markers) {
    size_t p = s.rfind(m);
    if (p != std::u32string_view::npos) cut = std::max(cut, p + m.size());
  }
  return s.substr(cut);
}

// Words that end a phrase before an agency's name ("现向社会公布", "由").
std::u32string_view cut_after_markers(std::u32string_view s) {
  return after_last(s, {U"向社会公布", U"公布", U"发布", U"现将", U"编制", U"印发", U"关于", U"报告由", U"由", U"是",
                        U"的", U"了", U"来源", U"发布机构", U"根据", U"按照"});
}

// Verbs that may stand between an agency's name and the year: "…办事处编制了2023年度…".
std::u32string_view strip_trailing_verb(std::u32string_view s) {
  static const std::u32string_view kVerbs[] = {U"编制了", U"编制", U"现公布", U"公布", U"发布", U"关于"};
  for (auto v : kVerbs)
    if (s.size() > v.size() && ends_with(s, v)) return s.substr(0, s.size() - v.size());
  return s;
}

// The run of name characters ending just before `pos`; `across_breaks`: also across the spaces and
// line breaks of PDF text ("宜昌市高新技术产业开发区\n管理委员会"; agency_or_empty drops them).
std::u32string_view run_before(std::u32string_view s, size_t pos, bool across_breaks = false) {
  size_t b = pos;
  while (b > 0 && (is_agency_char(s[b - 1]) || (across_breaks && is_space(s[b - 1]))) && pos - b < kMaxAgencyChars) --b;
  return s.substr(b, pos - b);
}

// The run of name characters ending just before `pos`, less the phrase before the name.
std::u32string_view name_before(std::u32string_view s, size_t pos) {
  return cut_after_markers(strip_trailing_verb(run_before(s, pos)));
}

// "2023年政府信息公开工作年度报告", "2023年度政府信息公开年度报告", "2023年政府信息公开工作报告".
bool report_name_follows(std::u32string_view s, size_t year_end) {
  std::u32string_view rest = s.substr(year_end, 26);
  return contains(rest.substr(0, 8), U"政府信息公开") && contains(rest, U"报告");
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

// Views below all look into the document text, so a place in one is a place in the text.
size_t offset_of(const Document& doc, std::u32string_view s, size_t pos) {
  return static_cast<size_t>(s.data() - doc.text.chars.data()) + pos;
}

StatedYear stated(const Document& doc, std::u32string_view s, size_t begin, size_t end, int year) {
  return {year, doc.text.source_range(offset_of(doc, s, begin), offset_of(doc, s, end))};
}

// "标题: …", "发布机构：…": what a crawler's or a site's header says after the label.
std::optional<std::u32string_view> labelled(std::u32string_view s, std::u32string_view label) {
  s = trim(s);
  if (s.substr(0, label.size()) != label) return std::nullopt;
  s.remove_prefix(label.size());
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  if (s.empty() || s.front() != U':') return std::nullopt;
  return trim(s.substr(1));
}

// Token i with the next line when it is the short rest of a wrapped line ("…政府信息公开工作" +
// "年度报告"), else token i alone.
std::u32string_view with_wrapped_tail(const Document& doc, size_t i) {
  if (i + 1 >= doc.tokens.size() || doc.tokens[i + 1].kind != TokenKind::Text) return doc.token_text(i);
  std::u32string_view next = doc.token_text(i + 1);
  if (next.size() > kMaxTitleTail || !contains(next, U"报告") || contains(doc.token_text(i), U"报告"))
    return doc.token_text(i);
  return doc.text.view(doc.tokens[i].begin, doc.tokens[i + 1].end);
}

// A title is a line of its own: "[agency]YYYY年[度][agency]政府信息公开…报告". Links to other
// years' reports ("上一篇：…2022年…年度报告") and sentences that mention one are not titles.
bool read_title_line(const Document& doc, std::u32string_view s, Metadata& m, std::string& agency) {
  if (s.size() > kMaxTitleChars || !contains(s, U"报告") || contains_any(s, {U"上一篇", U"下一篇", U":"})) return false;
  for (size_t p = 0; p + 5 <= s.size(); ++p) {
    auto y = year_at(s, p);
    if (!y) continue;
    size_t after = y->end + (y->end < s.size() && s[y->end] == U'度');
    size_t topic = s.find(U"政府信息公开", after);
    if (topic == std::u32string_view::npos || topic > after + 30) return false;
    // "现向社会公布庆阳市…2023年…报告": a sentence wrapped so that its end looks like a title line.
    std::u32string_view before = trim(cut_after_markers(trim(strip_trailing_verb(trim(s.substr(0, p))))));
    std::u32string_view between = trim(s.substr(after, topic - after));
    if (!before.empty() && !ends_like_agency(before)) return false;  // a sentence, not a title
    m.title_year = stated(doc, s, p, y->end, y->year);
    agency = agency_or_empty(!before.empty() ? before : between);
    return true;
  }
  return false;
}

// A sentence wrapped over lines: token i up to the end of the next text ("统计期限为 2025" +
// "年 1 月 1 日至…"; a layout reader may have peeled "2025" off as a cell of its own).
std::u32string_view with_next_line(const Document& doc, size_t i) {
  size_t end = doc.tokens[i].end;
  for (size_t j = i + 1; j < doc.tokens.size() && j <= i + 2; ++j)
    if (doc.tokens[j].kind == TokenKind::Text) {
      end = doc.tokens[j].end;
      break;
    }
  return doc.text.view(doc.tokens[i].begin, std::min<size_t>(end, doc.tokens[i].begin + kPreambleChars));
}

// A page's text on one line opens with its title and runs on into the report ("示例县示例局2024年
// 政府信息公开工作年度报告 发布时间：… 根据《条例》…"): the title is the head up to its "报告".
std::u32string_view title_at_start(std::u32string_view s) {
  size_t end = s.substr(0, kMaxTitleChars).find(U"报告");
  return end == std::u32string_view::npos ? s : s.substr(0, end + 2);
}

// The title: a crawler's "标题:" line or the report's own title line; "洪泽区人民政府" on the
// line above a title that starts with its year.
std::string read_title(const Document& doc, Metadata& m) {
  std::string agency;
  for (size_t i = 0; i < doc.tokens.size() && i < kTitleTokens; ++i) {
    if (doc.tokens[i].kind != TokenKind::Text) continue;
    auto header = labelled(doc.token_text(i), U"标题");
    std::u32string_view line = header ? *header : with_wrapped_tail(doc, i);
    if (!header && doc.tokens[i].run_together) line = title_at_start(line);
    if (!read_title_line(doc, line, m, agency)) continue;
    if (agency.empty() && !header && i > 0 && doc.tokens[i - 1].kind == TokenKind::Text)
      agency = agency_or_empty(doc.token_text(i - 1));
    return agency;
  }
  return agency;
}

// "现向社会公布漳州古雷港经济开发区2023年政府信息公开工作年度报告": the report naming itself.
void read_named_year(const Document& doc, Metadata& m, std::string& agency, std::u32string_view s) {
  if (m.named_year && !agency.empty()) return;
  std::vector<bool> in_citation = cited(s);
  for (size_t p = 0; p + 5 <= s.size() && (!m.named_year || agency.empty()); ++p) {
    auto y = year_at(s, p);
    if (!y || in_citation[p] || !report_name_follows(s, y->end)) continue;
    std::u32string_view before = s.substr(p >= 30 ? p - 30 : 0, std::min<size_t>(p, 30));
    std::u32string_view name = name_before(s, p);
    bool self = contains_any(before, {U"本报告", U"本年度报告"}) ||
                (ends_like_agency(name) && contains_any(before, {U"公布", U"发布", U"编制", U"现将"}));
    if (!self) continue;  // "主动公开2018年政府信息公开工作年度报告" names last year's report
    if (!m.named_year) m.named_year = stated(doc, s, p, y->end, y->year);
    if (agency.empty()) agency = agency_or_empty(name);
  }
}

// "统计期限为2024年1月1日…": a range of dates so introduced is the period even when its end
// leaves the year out ("至12月31日"); elsewhere such a range is some campaign's ("至6月30日").
bool states_period(std::u32string_view s, size_t date_pos) {
  size_t from = date_pos >= 12 ? date_pos - 12 : 0;
  return contains_any(s.substr(from, date_pos - from), {U"统计", U"期限", U"周期"});
}

// "2023年1月1日至2023年12月31日", "自2019年1月1日起至2019年12月31日止", "2024 年 1 月 1 日至 12 月 31 日".
void read_period(const Document& doc, Metadata& m, std::u32string_view s) {
  if (m.period) return;
  for (size_t p = 0; p + 5 <= s.size(); ++p) {
    auto from = date_at(s, p);
    if (!from) continue;
    size_t limit = std::min(s.size(), from->end + 8);
    for (size_t q = from->end; q < limit; ++q) {
      auto to = date_at(s, q);
      if (!to && states_period(s, from->begin)) to = month_day_at(s, q);
      if (!to) continue;
      std::u32string_view between = s.substr(from->end, q - from->end);
      if (!contains_any(between, {U"至", U"到", U"-", U"~"})) break;
      int end_year = to->year ? to->year : from->year;
      StatedPeriod period{from->year, from->month, from->day, end_year, to->month, to->day, {}};
      period.range = doc.text.source_range(offset_of(doc, s, from->begin), offset_of(doc, s, to->end));
      m.period = period;
      return;
    }
  }
}

// "由包头市人民政府外事办公室根据…", "厦门市人民政府外事办公室(以下简称“市外办”)",
// "…新华街道办事处编制了…".
std::string agency_from_phrases(std::u32string_view s) {
  for (std::u32string_view after : {U"根据", U"依据", U"按照", U"(以下简称", U"编制"}) {
    for (size_t p = s.find(after); p != std::u32string_view::npos; p = s.find(after, p + 1)) {
      std::string a = agency_or_empty(name_before(s, p));
      if (!a.empty()) return a;
    }
  }
  return "";
}

// The longest name that starts the run of name characters at the start of `s`. A site's header
// prints its fields as adjacent spans, so the name runs into the next label with no space:
// "发布机构: 福建省统计厅字号：大 中 小".
std::string leading_agency(std::u32string_view s) {
  size_t e = 0;
  while (e < s.size() && e < kMaxAgencyChars && is_agency_char(s[e])) ++e;
  for (; e >= 3; --e) {
    std::string a = agency_or_empty(s.substr(0, e));
    if (!a.empty()) return a;
  }
  return "";
}

// "本报告电子版可在宁波市交通运输局门户网站（…）查阅": the site where the report itself is
// published is its body's. Only in a sentence about the report (another body's site is often
// named in the narrative: "在省政府网站公开…").
std::string agency_from_website(std::u32string_view s) {
  constexpr size_t kReportBefore = 30;  // "本报告电子版可在" … the name
  for (size_t p = s.find(U"网站"); p != std::u32string_view::npos; p = s.find(U"网站", p + 1)) {
    size_t end = p >= 2 && s.substr(p - 2, 2) == U"门户" ? p - 2 : p;
    std::u32string_view name = after_last(run_before(s, end, true), {U"可在", U"在", U"通过", U"登录", U"访问"});
    size_t name_at = static_cast<size_t>(name.data() - s.data());
    std::u32string_view before =
        s.substr(name_at > kReportBefore ? name_at - kReportBefore : 0, std::min(name_at, kReportBefore));
    if (!contains(before, U"报告")) continue;
    std::string a = agency_or_empty(name);
    if (!a.empty()) return a;
  }
  return "";
}

// "发布机构: 淮安市洪泽区人民政府办公室", "来源：同安区住房和城乡建设局" in a site's or a crawler's header.
std::string agency_from_labels(std::u32string_view s) {
  for (std::u32string_view label : {U"发布机构", U"发文机关", U"来源", U"发布单位"}) {
    for (size_t p = s.find(label); p != std::u32string_view::npos; p = s.find(label, p + 1)) {
      auto rest = labelled(s.substr(p), label);
      if (!rest) continue;
      std::string a = leading_agency(*rest);
      if (!a.empty()) return a;
    }
  }
  return "";
}

// "发布时间: 2022-01-13 08:38": a page's publication date.
std::optional<int> published_year(std::u32string_view s) {
  for (std::u32string_view label : {U"发布时间", U"发布日期", U"公开日期", U"成文日期"}) {
    auto rest = labelled(s, label);
    if (!rest) continue;
    if (auto d = iso_date_at(*rest, 0)) return d->year;
    if (auto d = date_at(*rest, 0)) return d->year;
  }
  return std::nullopt;
}

// The section 一 opening, "2023年，洛阳市老城区城市管理局坚持…": the years it speaks of.
void count_overview_years(std::u32string_view s, std::map<int, int>& years) {
  std::vector<bool> in_citation = cited(s);
  for (size_t p = 0; p + 5 <= s.size(); ++p)
    if (auto y = year_at(s, p); y && !in_citation[p]) ++years[y->year];
}

struct Signature {
  std::string agency;
  std::optional<int> year;  // of the date under it
};

// A date closing the line: "平潭综合实验区综合执法与应急管理局 2023年1月5日", "(2026年1月23日)".
std::optional<FoundDate> closing_date(std::u32string_view s) {
  size_t from = s.size() > 20 ? s.size() - 20 : 0;
  for (size_t p = from; p < s.size(); ++p) {
    auto d = date_at(s, p);
    if (d && trim(s.substr(d->end)).size() <= 1) return d;
  }
  return std::nullopt;
}

// The signature at the end: the agency's name on the line above the date (or closing the last
// sentence before it). Site chrome ("上一篇：…", footers) may follow; a name without a date
// under it may be the site's, and is not taken.
Signature read_signature(const Document& doc) {
  Signature sig;
  size_t seen = 0;
  bool date_below = false;
  for (size_t i = doc.tokens.size(); i-- > 0 && seen < kSignatureTokens;) {
    if (doc.tokens[i].kind != TokenKind::Text) continue;
    ++seen;
    std::u32string_view s = trim(doc.token_text(i));
    if (!has_cjk(s)) continue;
    if (date_below) {
      sig.agency = agency_or_empty(s);
      return sig;
    }
    auto d = closing_date(s);
    if (!d) continue;
    sig.year = d->year;
    s = trim(s.substr(0, d->begin));
    while (!s.empty() && s.back() == U'(') s = trim(s.substr(0, s.size() - 1));
    if (!s.empty()) {
      sig.agency = agency_or_empty(run_before(s, s.size()));
      return sig;
    }
    date_below = true;
  }
  return sig;
}

bool ends_like_place(std::u32string_view s) {
  static const std::u32string_view kPlaces = U"省市区县州盟旗";
  return !s.empty() && kPlaces.find(s.back()) != std::u32string_view::npos;
}

// The report is the body's own, its office only compiled it: the title says "洪泽区人民政府" or
// "平潭综合实验区", the text "淮安市洪泽区人民政府办公室" or "平潭综合实验区管委会办公室". The
// agency is the fullest name of the same body the report uses, without the compiling office.
std::string fullest_name(const std::string& agency, const std::string& other) {
  std::u32string a = to_u32(agency), o = to_u32(other);
  size_t k = o.find(a);
  if (a.empty() || k == std::u32string::npos) return agency;
  std::u32string_view prefix = std::u32string_view(o).substr(0, k);
  std::u32string_view body = std::u32string_view(o).substr(k + a.size());
  if (!prefix.empty() && !ends_like_place(prefix)) return agency;
  if (ends_with(body, U"办公室")) body.remove_suffix(3);
  bool governing = body.empty() || body == U"管委会" || body == U"人民政府" || body == U"管理委员会";
  if (!governing || (!body.empty() && !ends_like_place(a))) return agency;
  return to_utf8(prefix) + agency + to_utf8(body);
}

}  // namespace

Metadata read_metadata(const Document& doc) {
  Metadata m;
  std::string title_agency = read_title(doc, m);
  std::string named_agency, phrase_agency, label_agency, website_agency;
  std::optional<int> published;
  std::map<int, int> overview_years;
  size_t chars = 0;
  int section = 0;
  for (size_t i = 0; i < doc.tokens.size() && chars < kPreambleChars; ++i) {
    if (doc.tokens[i].kind != TokenKind::Text) continue;
    std::u32string_view own = doc.token_text(i).substr(0, kPreambleChars - chars);
    chars += own.size();
    std::u32string_view s = with_next_line(doc, i);
    read_named_year(doc, m, named_agency, s);
    read_period(doc, m, s);
    if (phrase_agency.empty()) phrase_agency = agency_from_phrases(own);
    if (label_agency.empty()) label_agency = agency_from_labels(own);
    if (website_agency.empty() && section < 2) website_agency = agency_from_website(s);
    if (!published) published = published_year(own);
    if (section == 1) count_overview_years(own, overview_years);
    if (int n = heading_number(own)) section = n;
  }
  Signature signature = read_signature(doc);
  for (const std::string* a :
       {&title_agency, &named_agency, &phrase_agency, &label_agency, &signature.agency, &website_agency})
    if (m.agency.empty()) m.agency = *a;
  for (const std::string* other : {&phrase_agency, &label_agency, &signature.agency})
    m.agency = fullest_name(m.agency, *other);

  // A report is dated, and published, in the year after the one it reports on.
  std::optional<int> dated = signature.year ? signature.year : published;
  if (m.title_year) m.year = m.title_year->year;
  else if (m.period) m.year = m.period->end_year;
  else if (m.named_year) m.year = m.named_year->year;
  else if (dated) m.year = *dated - 1;
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
