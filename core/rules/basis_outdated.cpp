// basis-outdated: a report for 2021 or later that cites the 2019 template notice
// (国办公开办函〔2019〕60号) as its basis instead of 〔2021〕30号.
#include "text/text_search.h"
#include "rules/all_rules.h"

namespace xxgk::rules {
namespace {

// "2019〕60号", "2019]60号", "(2019)60号": the year, one closing bracket, then 60号.
std::optional<size_t> notice_2019_at(std::u32string_view s) {
  for (size_t p = s.find(U"2019"); p != std::u32string_view::npos; p = s.find(U"2019", p + 1)) {
    std::u32string_view rest = s.substr(p + 4, 5);
    if (rest.size() >= 4 && std::u32string_view(U"〕])】").find(rest[0]) != std::u32string_view::npos &&
        rest.substr(1, 3) == U"60号")
      return p;
  }
  return std::nullopt;
}

}  // namespace

void basis_outdated(const RuleContext& ctx, const Report& report) {
  if (!ctx.meta.year || *ctx.meta.year < 2021) return;
  for (size_t i = 0; i < ctx.doc.tokens.size(); ++i) {
    std::u32string_view s = ctx.doc.token_text(i);
    auto p = notice_2019_at(s);
    if (!p || !contains(s.substr(*p >= 12 ? *p - 12 : 0, 12), U"办函")) continue;
    const Token& t = ctx.doc.tokens[i];
    Finding f;
    size_t begin = *p >= 7 ? *p - 7 : 0;
    f.range = ctx.doc.text.source_range(t.begin + begin, t.begin + *p + 8);
    f.message = std::to_string(*ctx.meta.year) +
                " 年度报告仍以国办公开办函〔2019〕60号为依据：2021 年起应依据国办公开办函〔2021〕30号";
    report(std::move(f));
    return;
  }
}

const Rule basis_outdated_rule{"basis-outdated", Severity::Warning,
                               "2021 年起的报告不应再以国办公开办函〔2019〕60号为依据", basis_outdated};

}  // namespace xxgk::rules
