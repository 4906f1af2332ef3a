// text-repeated: the narrative of 一、总体情况 and 五、存在的主要问题及改进情况 copied from last
// year's report. Sentences are compared once years and numbers are masked ("2023年共收到申请12件"
// and "2024年共收到申请15件" are the same sentence), so a report that only updated its numbers
// shows as copied; a share of copied sentences above kCopiedShare is reported, with the longest
// run of copied sentences.
#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "document/sections.h"
#include "rules/all_rules.h"
#include "rules/cross_report.h"
#include "text/normalize.h"

namespace xxgk::rules {
namespace {

// Short pieces are headings and set phrases every report repeats ("（一）主动公开情况").
constexpr size_t kMinSentenceChars = 12;
constexpr size_t kMaxHeadingChars = 30;
// Below this many sentences there is too little narrative to call it copied.
constexpr size_t kMinSentences = 6;
// Share of copied sentences above which the narrative counts as copied: more than half. Consecutive
// real reports of one body share 0-31% (README), a narrative mostly pasted from last year 78-100%.
constexpr double kCopiedShare = 0.5;
// A section's narrative is read this far at most (site chrome after the last section).
constexpr size_t kMaxSectionChars = 20000;

struct Sentence {
  std::u32string key;         // masked: digits to '#', spaces dropped
  size_t begin = 0, end = 0;  // characters of the document text
  int section = 0;            // a copied passage does not run on across the tables into section 五
};

bool ends_sentence(char32_t c) { return c == U'。' || c == U';' || c == U'!' || c == U'?' || c == U'；'; }

// Reads sentences across tokens: a PDF or a narrow paste wraps one sentence over several lines.
class SentenceReader {
 public:
  SentenceReader(int section, std::vector<Sentence>& out) : out_(out) { current_.section = section; }

  void add(char32_t c, size_t at) {
    if (is_space(c)) return;
    if (current_.key.empty()) current_.begin = at;
    current_.end = at + 1;
    bool number = is_digit(c) || ((c == U'.' || c == U',') && !current_.key.empty() && current_.key.back() == U'#');
    if (!number) current_.key.push_back(c);
    else if (current_.key.empty() || current_.key.back() != U'#') current_.key.push_back(U'#');
    if (ends_sentence(c)) finish();
  }

  void finish() {
    // Section headings are the template's words, the same every year.
    bool heading = current_.key.size() <= kMaxHeadingChars && heading_number(current_.key) != 0;
    if (current_.key.size() >= kMinSentenceChars && !heading) out_.push_back(current_);
    current_.key.clear();
  }

 private:
  Sentence current_;
  std::vector<Sentence>& out_;
};

// The sentences of section `number`, from its heading to the next heading found. A heading on a
// line of its own is left out; one run into its first paragraph stays with it.
void section_sentences(const RuleContext& ctx, int number, std::vector<Sentence>& out) {
  const SectionHeading* h = ctx.sections.get(number);
  if (!h) return;
  size_t end_token = ctx.doc.tokens.size();
  for (const SectionHeading& other : ctx.sections.found)
    if (other.token > h->token && other.token < end_token) end_token = other.token;
  SentenceReader reader(number, out);
  size_t chars = 0;
  for (size_t i = h->token; i < end_token && chars < kMaxSectionChars; ++i) {
    const Token& t = ctx.doc.tokens[i];
    if (t.kind != TokenKind::Text || (i == h->token && t.end - t.begin <= kMaxHeadingChars)) continue;
    chars += t.end - t.begin;
    for (size_t k = t.begin; k < t.end; ++k) reader.add(ctx.doc.text.chars[k], k);
  }
  reader.finish();
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

// Which of this year's sentences repeat last year's, and the longest run of them in one section.
struct Copying {
  std::vector<const Sentence*> match;  // last year's sentence that each one repeats, or null
  size_t copied = 0;
  CopiedRun longest;
};

Copying compare(const std::vector<Sentence>& now, const std::vector<Sentence>& before) {
  std::unordered_map<std::u32string, const Sentence*> last_year;
  for (const Sentence& s : before) last_year.emplace(s.key, &s);
  Copying c;
  c.match.assign(now.size(), nullptr);
  CopiedRun run;
  for (size_t k = 0; k < now.size(); ++k) {
    if (k > 0 && now[k].section != now[k - 1].section) run = {k, 0};
    auto it = last_year.find(now[k].key);
    if (it == last_year.end()) {
      run = {k + 1, 0};
      continue;
    }
    c.match[k] = it->second;
    ++c.copied;
    if (++run.count > c.longest.count) c.longest = run;
  }
  return c;
}

// Where last year's report holds the sentences of the longest copied run.
Range previous_span(const RuleContext& prev, const Copying& c) {
  size_t begin = SIZE_MAX, end = 0;
  for (size_t k = c.longest.first; k < c.longest.first + c.longest.count; ++k) {
    begin = std::min(begin, c.match[k]->begin);
    end = std::max(end, c.match[k]->end);
  }
  return prev.doc.text.source_range(begin, end);
}

}  // namespace

void text_repeated(const RuleContext& ctx, const Report& report) {
  const RuleContext* prev = comparable_previous(ctx);
  if (!prev) return;
  std::vector<Sentence> now = narrative(ctx), before = narrative(*prev);
  if (now.size() < kMinSentences || before.empty()) return;
  Copying c = compare(now, before);
  double share = static_cast<double>(c.copied) / static_cast<double>(now.size());
  if (share <= kCopiedShare) return;
  const Sentence& first = now[c.longest.first];
  const Sentence& last = now[c.longest.first + c.longest.count - 1];
  int percent = static_cast<int>(share * 100 + 0.5);
  Finding f;
  f.range = ctx.doc.text.source_range(first.begin, last.end);
  f.previous_range = previous_span(*prev, c);
  std::u32string_view opening = ctx.doc.text.original_view(first.begin, std::min(last.end, first.begin + 16));
  f.message = "第一部分「总体情况」和第五部分「存在的主要问题及改进情况」共 " + std::to_string(now.size()) +
              " 句，其中 " + std::to_string(c.copied) + " 句（" + std::to_string(percent) + "%）与" +
              year_label(*prev, "上年") + "报告相同（年份和数字不计）；最长一段从「" + to_utf8(opening) +
              "……」起连续 " + std::to_string(c.longest.count) + " 句照搬上年，请按本年度实际情况撰写";
  f.expected = kCopiedShare * 100;
  f.actual = percent;
  report(std::move(f));
}

const Rule text_repeated_rule{"text-repeated", Severity::Warning, "总体情况和存在问题部分不应照搬上年报告",
                              text_repeated};

}  // namespace xxgk::rules
