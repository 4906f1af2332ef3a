// published-late: the publication date the page states is past the legal deadline for the report
// year (《政府信息公开条例》第四十九条): 1月31日 for a 县级以上人民政府部门's report, 3月31日 for a
// 县级以上人民政府's own report. Other bodies (乡镇, 街道, 开发区, 事业单位), or a page that states no
// date or no year, are not judged. A page that names no body is judged by what its text calls
// itself ("我局", "我区"), and says so.
#include <tuple>

#include "document/publication_date.h"
#include "text/text_search.h"
#include "rules/all_rules.h"

namespace xxgk::rules {
namespace {

enum class BodyKind { Government, Department, Other };

bool ends_with(std::u32string_view s, std::u32string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// Which deadline applies, from the body's name: "思明区人民政府" governs a 县级以上 area;
// "…人民政府办公室", "…局", "…委员会" are its departments; "石桥镇人民政府", "…街道办事处",
// "…管理委员会" and what else the name does not settle are other bodies.
BodyKind body_kind(const std::string& agency) {
  std::u32string name = to_u32(agency);
  std::u32string_view s = name;
  if (contains_any(s, {U"街道", U"乡人民政府", U"镇人民政府", U"管理委员会", U"居民委员会", U"村民委员会"}))
    return BodyKind::Other;
  if (ends_with(s, U"人民政府")) {
    static const std::u32string_view kAreaEnds = U"省市县区州盟旗";
    return s.size() > 4 && kAreaEnds.find(s[s.size() - 5]) != std::u32string_view::npos ? BodyKind::Government
                                                                                        : BodyKind::Other;
  }
  for (std::u32string_view end : {U"局", U"厅", U"委员会", U"委", U"办公室", U"办"})
    if (ends_with(s, end) && s.size() > end.size() + 2) return BodyKind::Department;
  return BodyKind::Other;
}

// A page that never names its body still calls itself: "我局" in a department's report, "我区" in
// a district government's. Only one kind of self-reference settles the kind; none, or two kinds,
// or a zone's words (a 开发区 or 实验区 also says "我区" and is not bound by 第49条) settle
// nothing. Returns the word it went by.
std::pair<BodyKind, std::u32string> body_kind_by_self_reference(std::u32string_view text) {
  if (contains_any(text, {U"开发区", U"高新区", U"实验区", U"新区", U"园区", U"管委会", U"管理委员会"}))
    return {BodyKind::Other, U""};
  static const std::u32string_view kDepartment[] = {U"我局", U"我委", U"我厅", U"我办"};
  static const std::u32string_view kGovernment[] = {U"我区", U"我县", U"我市", U"我省", U"我州", U"我旗"};
  static const std::u32string_view kOther[] = {U"我镇", U"我乡",   U"我街道", U"我中心", U"我院",
                                               U"我校", U"我公司", U"我所",   U"我站"};
  auto first_of = [&](auto& words) {
    for (std::u32string_view w : words)
      if (contains(text, w)) return std::u32string(w);
    return std::u32string();
  };
  std::u32string department = first_of(kDepartment), government = first_of(kGovernment), other = first_of(kOther);
  if (!other.empty() || department.empty() == government.empty()) return {BodyKind::Other, U""};
  return department.empty() ? std::pair{BodyKind::Government, government} : std::pair{BodyKind::Department, department};
}

}  // namespace

void published_late(const RuleContext& ctx, const Report& report) {
  if (!ctx.meta.year) return;
  BodyKind kind = body_kind(ctx.meta.agency);
  std::u32string self_reference;
  if (ctx.meta.agency.empty()) std::tie(kind, self_reference) = body_kind_by_self_reference(ctx.doc.text.chars);
  if (kind == BodyKind::Other) return;
  auto date = read_publication_date(ctx.doc);
  if (!date) return;
  int deadline_year = *ctx.meta.year + 1, deadline_month = kind == BodyKind::Government ? 3 : 1;
  if (std::tie(date->year, date->month, date->day) <= std::make_tuple(deadline_year, deadline_month, 31)) return;
  Finding f;
  f.range = date->range;
  std::string stated =
      std::to_string(date->year) + "年" + std::to_string(date->month) + "月" + std::to_string(date->day) + "日";
  std::string deadline = std::to_string(deadline_year) + "年" + std::to_string(deadline_month) + "月31日";
  f.message = "页面所示发布日期 " + stated + " 晚于法定公开时限 " + deadline + "（《政府信息公开条例》第四十九条：" +
              (kind == BodyKind::Government ? "县级以上人民政府的年度报告应于每年3月31日前公布"
                                            : "县级以上人民政府部门的年度报告应于每年1月31日前公布") +
              "）";
  if (!self_reference.empty())
    f.message += "；报告未写明机关名称，按正文自称“" + to_utf8(self_reference) + "”视为" +
                 (kind == BodyKind::Government ? "县级以上人民政府" : "政府部门");
  report(std::move(f));
}

const Rule published_late_rule{"published-late", Severity::Warning,
                               "页面所示发布日期不应晚于法定时限（部门1月31日，县级以上人民政府3月31日）",
                               published_late};

}  // namespace xxgk::rules
