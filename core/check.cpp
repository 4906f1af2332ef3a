#include "check_report.h"
#include "result/result_json.h"
#include "rules/rule.h"
#include "tables/table_reader.h"
#include "text/text_search.h"

namespace xxgk {
namespace {

// Words only one template prints: its headers and rows. Used when the tables fit both equally.
int template_evidence(const Document& doc, const Template& t) {
  static const std::u32string_view k2021[] = {U"本年制发件数", U"本年废止件数", U"现行有效件数",
                                              U"逾期不补正",   U"逾期未按收费", U"本年收费金额"};
  static const std::u32string_view k2019[] = {U"本年新制作数量", U"对外公开总数量", U"其他对外管理服务事项",
                                              U"政府集中采购",   U"采购项目数量",   U"上一年项目数量"};
  int score = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].kind != TokenKind::Text) continue;
    std::u32string_view s = doc.token_text(i);
    if (s.size() > 60) continue;
    for (auto w : t.id == "2021" ? k2021 : k2019)
      if (contains(s, w)) ++score;
  }
  return score;
}

// Reads the tables with both templates and keeps the better fit; a tie goes to the words each
// template alone prints, then to the report year.
const Template& choose_template(const Document& doc, const Sections& sections, const Metadata& meta, Tables& tables) {
  Tables t2019 = read_tables(doc, sections, template_2019());
  Tables t2021 = read_tables(doc, sections, template_2021());
  int s2019 = fit_score(t2019), s2021 = fit_score(t2021);
  if (s2019 == s2021) {
    s2019 = template_evidence(doc, template_2019());
    s2021 = template_evidence(doc, template_2021());
  }
  if (s2019 == s2021) {
    s2019 = meta.year && *meta.year < 2021;
    s2021 = !s2019;
  }
  bool use2021 = s2021 > s2019;
  tables = use2021 ? std::move(t2021) : std::move(t2019);
  return use2021 ? template_2021() : template_2019();
}

// Input to document, sections, metadata and tables: everything but the rules. Nullopt (with
// r.error set) when the input cannot be read.
std::optional<Document> read_report(std::string_view input, const std::string& template_id, CheckResult& r) {
  DecodedInput decoded = decode_input(input);
  r.chars = decoded.utf16_length;
  if (decoded.error) {
    r.error = decoded.error;
    return std::nullopt;
  }
  Document doc = build_document(std::move(decoded));
  r.html = doc.html;
  r.sections = find_sections(doc);
  r.meta = read_metadata(doc);
  const Template* forced = template_by_id(template_id);
  if (forced) {
    r.tables = read_tables(doc, r.sections, *forced);
    r.tmpl = forced;
  } else {
    r.tmpl = &choose_template(doc, r.sections, r.meta, r.tables);
  }
  r.template_found = forced || r.tables.active.found || r.tables.requests.found || r.tables.review.found;
  return doc;
}

RuleContext context_of(const Document& doc, const CheckResult& r, bool template_forced) {
  return RuleContext{doc, r.sections, r.meta, r.tables, *r.tmpl, template_forced};
}

}  // namespace

CheckResult check_report(std::string_view input, const CheckOptions& options) {
  CheckResult r;
  std::optional<Document> doc = read_report(input, options.template_id, r);
  if (!doc) return r;
  RuleContext ctx = context_of(*doc, r, template_by_id(options.template_id) != nullptr);
  // The previous year's report is read on its own (its template detected: it may be the old
  // one); only the cross-report rules look at it.
  CheckResult previous;
  std::optional<Document> previous_doc;
  std::optional<RuleContext> previous_ctx;
  if (!options.previous.empty()) {
    previous_doc = read_report(options.previous, "", previous);
    if (previous_doc) previous_ctx.emplace(context_of(*previous_doc, previous, false));
    ctx.previous = previous_ctx ? &*previous_ctx : nullptr;
    ctx.previous_error = previous.error ? &*previous.error : nullptr;
  }
  r.findings = run_rules(ctx);
  return r;
}

std::string check_to_json(std::string_view input, const CheckOptions& options) {
  return result_json(check_report(input, options));
}

std::string input_too_large_json(size_t bytes) { return error_result_json(input_too_large(bytes)); }

std::string unreadable_json(std::string_view message) {
  return error_result_json({"unreadable", std::string(message)});
}

std::string internal_error_json(std::string_view what) { return error_result_json(internal_error(what)); }

std::string_view version() { return XXGK_VERSION; }

}  // namespace xxgk
