// text-table-mismatch: a number the narrative states that contradicts the table cell it
// describes. Only unambiguous sentences are judged, and a sentence is never flagged when any of
// its readings agrees with the table ("受理749件" may mean 新收 + 上年结转; "其中自然人741件" is a
// column including 上年结转, so sentences with 其中/分别/同比 are left alone; "加上年结转共需办理
// 15件" states 新收 + 上年结转, not 上年结转).
#include <cmath>

#include "document/sections.h"
#include "text/text_search.h"
#include "rules/all_rules.h"
#include "rules/describe.h"
#include "text/normalize.h"

namespace xxgk::rules {
namespace {

constexpr size_t kWindow = 16;  // characters between the key word and its number

using Reading = std::vector<CellRef>;  // the cells whose sum the sentence may mean

struct Claim {
  std::u32string_view keyword;
  std::u32string_view needs;  // a word the sentence must hold ("申请"), or empty
  std::u32string_view unit;   // what follows the number
  std::vector<std::vector<std::pair<const char*, const char*>>> readings;  // table row/col ids
  TableId table;
  // Verbs one of which must stand just before the key word ("制发行政规范性文件"): a document
  // count is only a count of this year's documents when it says so ("清理规范性文件84件" is not).
  std::vector<std::u32string_view> verbs = {};
  // The readings when the sentence adds the key word's figure to the one before it and states
  // the sum ("新收申请10件，加上年结转共需办理15件"); empty when the claim is never so added.
  std::vector<std::vector<std::pair<const char*, const char*>>> sums = {};
};

const std::vector<Claim>& claims(const std::string& tmpl) {
  using R = std::vector<std::vector<std::pair<const char*, const char*>>>;
  const R received = {{{"new", "total"}}, {{"new", "total"}, {"carried_over", "total"}}};
  const R handled = {{{"total", "total"}}, {{"new", "total"}}, {{"new", "total"}, {"carried_over", "total"}}};
  const std::vector<std::u32string_view> made = {U"制发", U"出台", U"印发", U"制定", U"新制作", U"制作"};
  static const std::vector<Claim> kCommon = {
      {U"收到", U"申请", U"件", received, TableId::Requests},
      {U"新收", U"申请", U"件", received, TableId::Requests},
      {U"受理", U"申请", U"件", received, TableId::Requests},
      {U"上年结转",
       U"",
       U"件",
       R{{{"carried_over", "total"}}},
       TableId::Requests,
       {},
       R{{{"new", "total"}, {"carried_over", "total"}}, {{"total", "total"}}, {{"carried_over", "total"}}}},
      {U"办结", U"申请", U"件", handled, TableId::Requests},
      {U"结转下年度", U"", U"件", R{{{"carry_forward", "total"}}}, TableId::Requests},
      {U"结转至下年度", U"", U"件", R{{{"carry_forward", "total"}}}, TableId::Requests},
      {U"行政复议", U"", U"件", R{{{"review", "total"}}}, TableId::Review},
      {U"行政诉讼", U"", U"件",
       R{{{"litigation_direct", "total"}, {"litigation_after_review", "total"}},
         {{"review", "total"}, {"litigation_direct", "total"}, {"litigation_after_review", "total"}}},
       TableId::Review},
  };
  static const std::vector<Claim> k2021 = [&] {
    std::vector<Claim> c = kCommon;
    c.push_back({U"规范性文件", U"", U"件", R{{{"normative_docs", "issued"}}}, TableId::Active, made});
    c.push_back({U"规章", U"", U"件", R{{{"rules", "issued"}}}, TableId::Active, made});
    return c;
  }();
  static const std::vector<Claim> k2019 = [&] {
    std::vector<Claim> c = kCommon;
    c.push_back({U"规范性文件", U"", U"件", R{{{"normative_docs", "made"}}, {{"normative_docs", "published"}}},
                 TableId::Active, made});
    c.push_back({U"规章", U"", U"件", R{{{"rules", "made"}}, {{"rules", "published"}}}, TableId::Active, made});
    return c;
  }();
  return tmpl == "2019" ? k2019 : k2021;
}

// The verb before the key word, within a few characters ("制发行政规范性文件"), if the claim
// needs one; "未制发" and "没有出台" state zero.
enum class VerbCheck { Missing, Present, Negated };
VerbCheck verb_before(std::u32string_view s, size_t keyword_pos, const Claim& claim) {
  if (claim.verbs.empty()) return VerbCheck::Present;
  size_t from = keyword_pos >= 6 ? keyword_pos - 6 : 0;
  std::u32string_view before = s.substr(from, keyword_pos - from);
  for (auto verb : claim.verbs) {
    size_t v = before.rfind(verb);
    if (v == std::u32string_view::npos) continue;
    std::u32string_view lead = before.substr(v >= 2 ? v - 2 : 0, std::min<size_t>(v, 2));
    return contains_any(lead, {U"未", U"没有", U"无"}) ? VerbCheck::Negated : VerbCheck::Present;
  }
  return VerbCheck::Missing;
}

// Words that make a number a part, a change or a comparison rather than the figure itself.
bool qualifies(std::u32string_view between) {
  return contains_any(between, {U"其中", U"分别", U"同比", U"增加", U"减少", U"增长", U"下降", U"较", U"占", U"%",
                                U"累计", U"以来", U"平均", U"约", U"余", U"多"});
}

// "加上年结转共需办理15件", "连同上年结转的申请，合计办理15件": the number after the key word is
// the sum of its figure and the one stated before.
bool adds_to_earlier(std::u32string_view s, size_t keyword_pos, size_t number_pos) {
  std::u32string_view lead = s.substr(keyword_pos >= 2 ? keyword_pos - 2 : 0, std::min<size_t>(keyword_pos, 2));
  std::u32string_view between = s.substr(keyword_pos, number_pos - keyword_pos);
  return contains_any(lead, {U"加", U"连同"}) || contains_any(between, {U"共", U"合计", U"总计"});
}

bool ends_window(char32_t c) { return c == U'。' || c == U';' || c == U'；' || c == U'!' || c == U'?' || c == U'\n'; }

std::optional<CellRef> cell_ref(const RuleContext& ctx, TableId table, const char* row, const char* col) {
  const TableDef& def = ctx.tmpl.table(table);
  int r = def.row_index(row);
  if (r < 0) return std::nullopt;
  for (int c = 0; c < static_cast<int>(def.rows[r].columns.size()); ++c)
    if (def.rows[r].columns[c].id == col) return CellRef{table, r, c};
  return std::nullopt;
}

std::optional<long long> reading_value(const RuleContext& ctx, const Claim& claim, size_t k, CellRef& primary) {
  long long sum = 0;
  bool first = true;
  for (const auto& [row, col] : claim.readings[k]) {
    auto ref = cell_ref(ctx, claim.table, row, col);
    if (!ref) return std::nullopt;
    auto v = count_value(cell_at(ctx.tables, *ref));
    if (!v) return std::nullopt;
    if (first) primary = *ref;
    first = false;
    sum += *v;
  }
  return sum;
}

// Another claim's key word inside the window: the number belongs to that one.
bool other_keyword_between(std::u32string_view between, const Claim& self, const std::string& tmpl) {
  for (const Claim& c : claims(tmpl))
    if (c.keyword != self.keyword && contains(between, c.keyword)) return true;
  return false;
}

std::optional<FoundNumber> stated_number(std::u32string_view s, size_t from, const Claim& claim,
                                         const std::string& tmpl) {
  size_t end = std::min(s.size(), from + kWindow);
  for (size_t p = from; p < end; ++p) {
    if (ends_window(s[p])) return std::nullopt;
    if (!is_digit(s[p])) continue;
    std::u32string_view between = s.substr(from, p - from);
    if (qualifies(between) || other_keyword_between(between, claim, tmpl)) return std::nullopt;
    if (!claim.needs.empty() && !contains(between, claim.needs)) return std::nullopt;  // "收到申请12件"
    auto n = number_at(s, p);
    if (!n) return std::nullopt;
    size_t u = n->end;
    while (u < s.size() && s[u] == U' ') ++u;
    if (s.substr(u, claim.unit.size()) != claim.unit) return std::nullopt;
    return n;
  }
  return std::nullopt;
}

bool inside_tables(const RuleContext& ctx, Range r) {
  for (const TableData* t : {&ctx.tables.active, &ctx.tables.requests, &ctx.tables.review})
    if (t->range && r.start >= t->range->start && r.end <= t->range->end) return true;
  return false;
}

// Narrative as a reader sees it: PDF text wraps sentences at the line end ("…被申请行政复议2" /
// "件…"), so lines that do not end a sentence are joined, remembering where each character is.
struct Paragraph {
  std::u32string text;
  std::vector<uint32_t> at;  // document text index of each character
};

bool ends_sentence(std::u32string_view s) {
  return !s.empty() && std::u32string_view(U"。!?;:；：！？").find(s.back()) != std::u32string_view::npos;
}

bool lone_line(const Document& doc, size_t i) {
  const Token& t = doc.tokens[i];
  bool alone_after = i + 1 >= doc.tokens.size() || doc.tokens[i + 1].row != t.row;
  return !t.positional && t.col == 0 && alone_after;
}

std::vector<Paragraph> paragraphs(const RuleContext& ctx) {
  std::vector<Paragraph> out;
  bool open = false;
  for (size_t i = 0; i < ctx.doc.tokens.size(); ++i) {
    const Token& t = ctx.doc.tokens[i];
    if (t.kind != TokenKind::Text || inside_tables(ctx, ctx.doc.token_range(i))) {
      open = false;
      continue;
    }
    std::u32string_view s = ctx.doc.token_text(i);
    bool joins = open && lone_line(ctx.doc, i) && heading_number(s) == 0;
    if (!joins) out.emplace_back();
    for (uint32_t k = t.begin; k < t.end; ++k) {
      out.back().text.push_back(ctx.doc.text.chars[k]);
      out.back().at.push_back(k);
    }
    open = lone_line(ctx.doc, i) && !ends_sentence(s);
  }
  return out;
}

void judge(const RuleContext& ctx, const Report& report, const Paragraph& para, const Claim& claim, size_t keyword_pos,
           const FoundNumber& n, bool with_unit) {
  CellRef primary{};
  bool judged = false;
  for (size_t k = 0; k < claim.readings.size(); ++k) {
    CellRef ref{};
    auto v = reading_value(ctx, claim, k, ref);
    if (!v) continue;
    if (static_cast<double>(*v) == n.value) return;  // one reading agrees: nothing to say
    if (!judged) primary = ref;
    judged = true;
  }
  if (!judged) return;
  std::u32string_view stated = para.text;
  size_t from = std::min(keyword_pos, n.begin);
  if (!claim.verbs.empty() && from >= 6) from -= 6;  // "制发行政规范性文件": quote the verb too
  while (from > 0 && from + 24 < n.begin) ++from;
  Finding f = finding_at(ctx.tables, primary);
  const Cell& cell = cell_at(ctx.tables, primary);
  f.message = "正文“" + to_utf8(stated.substr(from, n.end - from)) + (with_unit ? to_utf8(claim.unit) : "") +
              "”与表格不一致：" + cell_name(ctx.tmpl, primary) + "为 " + cell_value_text(cell);
  if (claim.readings.size() > 1) f.message += "（其他可能的理解也都对不上）";
  f.expected = cell.value;
  f.actual = n.value;
  if (cell.range) f.related.push_back(*cell.range);
  f.range = ctx.doc.text.source_range(para.at[n.begin], para.at[n.end - 1] + 1);
  report(std::move(f));
}

}  // namespace

void text_table_mismatch(const RuleContext& ctx, const Report& report) {
  for (const Paragraph& para : paragraphs(ctx)) {
    std::u32string_view s = para.text;
    for (const Claim& claim : claims(ctx.tmpl.id)) {
      if (!ctx.tables.get(claim.table).found) continue;
      for (size_t p = s.find(claim.keyword); p != std::u32string_view::npos; p = s.find(claim.keyword, p + 1)) {
        VerbCheck verb = verb_before(s, p, claim);
        if (verb == VerbCheck::Missing) continue;
        if (verb == VerbCheck::Negated) {  // "全年未制发行政规范性文件": zero, pointed at the key word
          judge(ctx, report, para, claim, p, FoundNumber{p, p + claim.keyword.size(), 0}, false);
          continue;
        }
        auto n = stated_number(s, p + claim.keyword.size(), claim, ctx.tmpl.id);
        if (!n) continue;
        if (claim.sums.empty() || !adds_to_earlier(s, p, n->begin)) {
          judge(ctx, report, para, claim, p, *n, true);
          continue;
        }
        Claim sum = claim;
        sum.readings = claim.sums;
        judge(ctx, report, para, sum, p, *n, true);
      }
    }
  }
}

const Rule text_table_mismatch_rule{"text-table-mismatch", Severity::Warning, "正文中的数字应与表格一致",
                                    text_table_mismatch};

}  // namespace xxgk::rules
