// text-repeated: the narrative of 一、总体情况 and 五、存在的主要问题及改进情况 copied from last
// year's report. Sentences are compared once years and numbers are masked ("2023年共收到申请12件"
// and "2024年共收到申请15件" are the same sentence), so a report that only updated its numbers
// shows as copied; a share of copied sentences above kCopiedShare is reported, with the longest
// run of copied sentences.
#include <unordered_map>

#include "rules/all_rules.h"
#include "rules/cross_report.h"
#include "document/sections.h"
#include "text/normalize.h"

namespace xxgk::rules {
namespace {

// Short pieces are headings and set phrases every report repeats ("（一）主动公开情况").
constexpr size_t kMinSentenceChars = 12;
constexpr size_t kMaxHeadingChars = 30;
// Below this many sentences there is too little narrative to call it copied.
constexpr size_t kMinSentences = 6;
// Share of copied sentences above which the narrative counts as copied (see README: measured on
// consecutive real reports, whose own share stays well below).
constexpr double kCopiedShare = 0.8;
// A section's narrative is read this far at most (site chrome after the last section).
constexpr size_t kMaxSectionChars = 20000;

struct Sentence {
  std::u32string key;  // masked: digits to '#', spaces dropped
  size_t begin = 0, end = 0;  // characters of the document text
  int section = 0;     // a copied passage does not run on across the tables into section 五
};

bool ends_sentence(char32_t c) { return c == U'。' || c == U';' || c == U'!' || c == U'?' || c == U'；'; }

void add_sentence(const Document& doc, int section, size_t begin, size_t end, std::vector<Sentence>& out) {
  Sentence s{U"", begin, end, section};
  for (size_t k = begin; k < end; ++k) {
    char32_t c = doc.text.chars[k];
    if (is_space(c)) continue;
    bool number = is_digit(c) || ((c == U'.' || c == U',') && !s.key.empty() && s.key.back() == U'#');
    if (number) {
      if (s.key.empty() || s.key.back() != U'#') s.key.push_back(U'#');
      continue;
    }
    s.key.push_back(c);
  }
  // Section headings are the template's words, the same every year.
  bool heading = s.key.size() <= kMaxHeadingChars && heading_number(s.key) != 0;
  if (s.key.size() >= kMinSentenceChars && !heading) out.push_back(std::move(s));
}

// The sentences of section `number`, from its heading to the next heading found.
void section_sentences(const RuleContext& ctx, int number, std::vector<Sentence>& out) {
  const SectionHeading* h = ctx.sections.get(number);
  if (!h) return;
  size_t end_token = ctx.doc.tokens.size();
  for (const SectionHeading& other : ctx.sections.found)
    if (other.token > h->token && other.token < end_token) end_token = other.token;
  size_t chars = 0;
  for (size_t i = h->token; i < end_token && chars < kMaxSectionChars; ++i) {
    const Token& t = ctx.doc.tokens[i];
    if (t.kind != TokenKind::Text) continue;
    chars += t.end - t.begin;
    size_t begin = t.begin;
    for (size_t k = t.begin; k < t.end; ++k) {
      if (!ends_sentence(ctx.doc.text.chars[k])) continue;
      add_sentence(ctx.doc, number, begin, k + 1, out);
      begin = k + 1;
    }
    add_sentence(ctx.doc, number, begin, t.end, out);
  }
}

std::vector<Sentence> narrative(const RuleContext& ctx) {
  std::vector<Sentence> out;
  section_sentences(ctx, 1, out);
  section_sentences(ctx, 5, out);
  return out;
}

struct CopiedRun {
  size_t first = 0, count = 0;  // in this year's sentences
};

}  // namespace

void text_repeated(const RuleContext& ctx, const Report& report) {
  const RuleContext* prev = comparable_previous(ctx);
  if (!prev) return;
  std::vector<Sentence> now = narrative(ctx), before = narrative(*prev);
  if (now.size() < kMinSentences || before.empty()) return;
  std::unordered_map<std::u32string, const Sentence*> last_year;
  for (const Sentence& s : before) last_year.emplace(s.key, &s);
  std::vector<const Sentence*> match(now.size(), nullptr);
  size_t copied = 0;
  CopiedRun longest, run;
  for (size_t k = 0; k < now.size(); ++k) {
    auto it = last_year.find(now[k].key);
    if (k > 0 && now[k].section != now[k - 1].section) run = {k, 0};
    if (it == last_year.end()) {
      run = {k + 1, 0};
      continue;
    }
    match[k] = it->second;
    ++copied;
    if (++run.count > longest.count) longest = run;
  }
  double share = static_cast<double>(copied) / static_cast<double>(now.size());
  if (share <= kCopiedShare) return;
  const Sentence& first = now[longest.first];
  const Sentence& last = now[longest.first + longest.count - 1];
  size_t prev_begin = SIZE_MAX, prev_end = 0;
  for (size_t k = longest.first; k < longest.first + longest.count; ++k) {
    prev_begin = std::min(prev_begin, match[k]->begin);
    prev_end = std::max(prev_end, match[k]->end);
  }
  Finding f;
  f.range = ctx.doc.text.source_range(first.begin, last.end);
  f.previous_range = prev->doc.text.source_range(prev_begin, prev_end);
  std::u32string_view opening = ctx.doc.text.original_view(first.begin, std::min(last.end, first.begin + 16));
  f.message = "第一部分「总体情况」和第五部分「存在的主要问题及改进情况」共 " + std::to_string(now.size()) + " 句，其中 " +
              std::to_string(copied) + " 句（" + std::to_string(static_cast<int>(share * 100 + 0.5)) +
              "%）与" + year_label(*prev, "上年") + "报告相同（年份和数字不计）；最长一段从「" + to_utf8(opening) +
              "……」起连续 " + std::to_string(longest.count) + " 句照搬上年，请按本年度实际情况撰写";
  f.expected = kCopiedShare * 100;
  f.actual = static_cast<double>(static_cast<int>(share * 100 + 0.5));
  report(std::move(f));
}

}  // namespace xxgk::rules
