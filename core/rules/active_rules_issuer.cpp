// active-rules-issuer: 规章 are made by the State Council's departments and by provincial and
// 设区的市 governments. A 乡镇, 街道 or 县级 body reporting 规章 has most likely put its
// 规范性文件 in the wrong row.
#include "text/text_search.h"
#include "rules/active_checks.h"
#include "rules/all_rules.h"

namespace xxgk::rules {
namespace {

bool cannot_make_rules(const std::string& agency_utf8) {
  std::u32string a = to_u32(agency_utf8);
  // 乡镇 by their government ("…镇人民政府", "…乡"), not by a name that holds 镇 (镇江市).
  if (contains_any(a, {U"街道", U"县", U"镇人民政府", U"乡人民政府", U"镇政府", U"乡政府"})) return true;
  if (!a.empty() && (a.back() == U'镇' || a.back() == U'乡')) return true;
  // 区 under a 市 ("厦门市思明区…"): a county-level district.
  size_t city = a.find(U'市'), district = a.find(U'区');
  return city != std::u32string::npos && district != std::u32string::npos && district > city &&
         !contains_any(a, {U"开发区", U"新区", U"自治区", U"高新区", U"保税区", U"园区"});
}

}  // namespace

void active_rules_issuer(const RuleContext& ctx, const Report& report) {
  if (ctx.meta.agency.empty() || !cannot_make_rules(ctx.meta.agency)) return;
  int row = ctx.tmpl.active.row_index("rules");
  const auto& cells = ctx.tables.active.cells;
  if (!ctx.tables.active.found || row < 0) return;
  for (int c = 0; c < static_cast<int>(cells[row].size()); ++c) {
    auto v = count_value(cells[row][c]);
    if (!v || *v == 0) continue;
    Finding f = finding_at(ctx.tables, {TableId::Active, row, c});
    f.message = ctx.meta.agency + "无权制定规章，但「规章」的" + column_name(ctx.tmpl, TableId::Active, row, c) +
                "填写 " + format_number(*v) + "：是否应填在「规范性文件」一行？";
    f.actual = static_cast<double>(*v);
    report(std::move(f));
    return;
  }
}

const Rule active_rules_issuer_rule{"active-rules-issuer", Severity::Warning, "乡镇、街道和县级机关无权制定规章",
                                    active_rules_issuer};

}  // namespace xxgk::rules
