// The cross-report rules (a report against last year's), the pairing of a batch, and
// published-late: each from a consistent pair and the smallest change that breaks it.
#include <doctest/doctest.h>

#include "pairing/pairing.h"
#include "support/check_json.h"
#include "support/report_builder.h"
#include "text/text.h"

using namespace xxgk::test;

namespace {

Json check_pair(const std::string& now, const std::string& previous) {
  xxgk::CheckOptions options;
  options.previous = previous;
  return Json::parse(xxgk::check_to_json(now, options));
}

// This year's report (2023) and last year's (2022) of the same body, every chain holding:
// 结转 1 自然人 from 2022 into 2023, 行政规范性文件 8 in force + 3 issued − 1 repealed = 10.
ReportSpec this_year() { return clean_spec("2021"); }

ReportSpec last_year() {
  ReportSpec s = clean_spec("2021");
  s.year = 2022;
  s.active["normative_docs"] = {"3", "1", "8"};
  s.overview = "本年度围绕法治政府建设要求，健全政务公开工作机制，各项工作有序开展。";
  return s;
}

const char* const kCrossRules[] = {"previous-mismatch", "carry-over-continuity", "in-force-continuity",
                                   "text-repeated"};

size_t cross_findings(const Json& r) {
  size_t n = 0;
  for (const char* rule : kCrossRules) n += findings(r, rule).size();
  return n;
}

const std::vector<std::string> kColumns = {"natural_person", "commercial", "research", "social_org",
                                           "legal_service",  "other_org",  "total"};

// A narrative of eight sentences about `year`, with numbers that change every year.
std::string overview(int year, int n) {
  std::string y = std::to_string(year), k = std::to_string(n);
  return y +
         "年，我局认真贯彻落实《条例》，坚持以公开为常态、不公开为例外。\n"
         "全年通过门户网站主动公开政府信息" +
         k +
         "条，及时更新机构职能、财政预决算等信息。\n"
         "进一步规范依申请公开受理、审核、答复流程，均在法定期限内答复。\n"
         "落实信息发布三审三校制度，严格保密审查，全年未发生泄密事件。\n"
         "持续优化政府信息公开专栏，加强政务新媒体管理，关停" +
         k +
         "个账号。\n"
         "将政务公开纳入年度绩效考核，开展季度自查和" +
         k +
         "次专项检查。\n"
         "组织全体工作人员参加政务公开业务培训，提高依法公开的能力。\n";
}

}  // namespace

TEST_CASE("a consistent pair of consecutive years has no cross-report finding") {
  Json r = check_pair(build_report(this_year()), build_report(last_year()));
  CHECK(cross_findings(r) == 0);
  CHECK(r["summary"]["warnings"] == 0);
}

TEST_CASE("without a previous report no cross-report rule says anything") {
  ReportSpec s = this_year();
  s.requests["carried_over"] = {"3", "0", "0", "0", "0", "0", "3"};
  s.requests["new"] = {"8", "2", "0", "0", "0", "0", "10"};
  CHECK(cross_findings(check(build_report(s))) == 0);
}

TEST_CASE("carry-over-continuity: a broken chain is reported on its column with both numbers and years") {
  for (size_t c = 0; c + 1 < kColumns.size(); ++c) {
    CAPTURE(kColumns[c]);
    ReportSpec before = last_year();
    before.requests["carry_forward"][c] = std::to_string(std::stoi(before.requests["carry_forward"][c]) + 2);
    before.requests["carry_forward"][6] = std::to_string(std::stoi(before.requests["carry_forward"][6]) + 2);
    std::string previous = build_report(before);
    Json r = check_pair(build_report(this_year()), previous);
    auto f = findings(r, "carry-over-continuity");
    REQUIRE(f.size() == 2);  // the column and 总计
    CHECK(f[0]["column"] == kColumns[c]);
    CHECK(f[1]["column"] == "total");
    CHECK(f[0]["table"] == "requests");
    CHECK(f[0]["row"] == "carried_over");
    CHECK(f[0]["severity"] == "warning");
    CHECK(f[0]["expected"] == (c == 0 ? 3 : 2));
    CHECK(f[0]["actual"] == (c == 0 ? 1 : 0));
    std::string message = f[0]["message"];
    CHECK(message.find("2023 年") != std::string::npos);
    CHECK(message.find("2022 年") != std::string::npos);
    CHECK(message.find("结转下年度") != std::string::npos);
    auto at = f[0]["previous_range"];
    REQUIRE(at.is_object());
    std::u32string text = xxgk::to_u32(previous);  // no character beyond the BMP: UTF-16 offsets = indices
    CHECK(xxgk::to_utf8(text.substr(at["start"].get<size_t>(), 1)) == (c == 0 ? "3" : "2"));
  }
}

TEST_CASE("carry-over-continuity: a blank on either side is not judged") {
  ReportSpec before = last_year();
  before.requests["carry_forward"] = {"/", "4", "0", "0", "0", "0", "1"};
  ReportSpec now = this_year();
  now.requests["carried_over"] = {"1", "—", "0", "0", "0", "0", "1"};
  Json r = check_pair(build_report(now), build_report(before));
  CHECK(findings(r, "carry-over-continuity").empty());
}

TEST_CASE("another body's report: one warning, and nothing is judged") {
  ReportSpec before = last_year();
  before.agency = "某某市教育局";
  before.requests["carry_forward"] = {"5", "0", "0", "0", "0", "0", "5"};
  Json r = check_pair(build_report(this_year()), build_report(before));
  CHECK(findings(r, "previous-mismatch").size() == 1);
  CHECK(cross_findings(r) == 1);
  CHECK(findings(r, "previous-mismatch")[0]["message"].get<std::string>().find("某某市教育局") != std::string::npos);
}

TEST_CASE("a report not of the year before: one warning, and nothing is judged") {
  ReportSpec before = last_year();
  before.year = 2021;
  before.requests["carry_forward"] = {"5", "0", "0", "0", "0", "0", "5"};
  Json r = check_pair(build_report(this_year()), build_report(before));
  CHECK(findings(r, "previous-mismatch").size() == 1);
  CHECK(cross_findings(r) == 1);
}

TEST_CASE("a previous report that states no year is compared on the caller's word") {
  ReportSpec before = last_year();
  before.requests["carry_forward"] = {"5", "0", "0", "0", "0", "0", "5"};
  std::string previous = build_report(before);
  previous = previous.substr(previous.find('\n') + 1);  // no title
  previous = previous.substr(previous.find('\n') + 1);  // no statistics period
  Json r = check_pair(build_report(this_year()), previous);
  CHECK(Json::parse(xxgk::check_to_json(previous))["year"].is_null());
  CHECK(findings(r, "previous-mismatch").empty());
  CHECK(findings(r, "carry-over-continuity").size() == 2);
}

TEST_CASE("an unreadable previous report: one warning that says so") {
  Json r = check_pair(build_report(this_year()), std::string("\xff\xfe\x00\x01", 4));
  auto f = findings(r, "previous-mismatch");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["message"].get<std::string>().find("无法读取") != std::string::npos);
}

TEST_CASE("the 2020 report in the 2019 template: carry-over judged, in-force not") {
  ReportSpec before = clean_spec("2019");  // 2020
  before.requests["carry_forward"] = {"2", "0", "0", "0", "0", "0", "2"};
  ReportSpec now = this_year();
  now.year = 2021;
  now.active["normative_docs"] = {"3", "1", "99"};
  Json r = check_pair(build_report(now), build_report(before));
  CHECK(findings(r, "carry-over-continuity").size() == 2);
  CHECK(findings(r, "in-force-continuity").empty());
  CHECK(findings(r, "previous-mismatch").empty());
}

TEST_CASE("in-force-continuity: in force ≠ last year's + issued − repealed, on its row") {
  for (const char* row : {"rules", "normative_docs"}) {
    CAPTURE(row);
    ReportSpec now = this_year();
    now.active[row] = {"3", "1", "20"};
    ReportSpec before = last_year();
    before.active[row] = {"3", "1", "8"};
    Json r = check_pair(build_report(now), build_report(before));
    auto f = findings(r, "in-force-continuity");
    REQUIRE(f.size() == 1);
    CHECK(f[0]["row"] == row);
    CHECK(f[0]["column"] == "in_force");
    CHECK(f[0]["expected"] == 10);
    CHECK(f[0]["actual"] == 20);
    CHECK(f[0]["previous_range"].is_object());
  }
}

TEST_CASE("text-repeated: last year's narrative with new numbers is reported, a new one is not") {
  ReportSpec before = last_year();
  before.overview = overview(2022, 12);
  ReportSpec now = this_year();
  now.overview = overview(2023, 31);
  Json r = check_pair(build_report(now), build_report(before));
  auto f = findings(r, "text-repeated");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["actual"] == 100);
  CHECK(f[0]["message"].get<std::string>().find("100%") != std::string::npos);
  CHECK(f[0]["range"].is_object());
  CHECK(f[0]["previous_range"].is_object());

  now.overview =
      "本年度，我局紧扣年度重点任务，围绕优化营商环境做好政策发布和解读。\n"
      "全年发布政策解读二十余篇，制作图解和短视频，便于群众理解。\n"
      "开展政府开放日活动，邀请企业代表和群众代表走进机关。\n"
      "规范依申请公开办理流程，全年未发生行政复议和诉讼。\n"
      "完成网站适老化改造，提升无障碍浏览服务水平。\n"
      "加强考核督办，对发现的问题建立台账逐项整改。\n";
  CHECK(findings(check_pair(build_report(now), build_report(before)), "text-repeated").empty());
}

TEST_CASE("published-late: a department's report after 1月31日, a government's after 3月31日") {
  struct Case {
    const char* agency;
    const char* chrome;
    bool late;
  };
  const Case cases[] = {
      {"某某市教育局", "发布时间：2024-02-15 10:21", true},
      {"某某市教育局", "发布时间：2024-01-31 17:40", false},
      {"某某市教育局", "发布日期：2024年02月01日", true},
      {"某某市教育局", "公开日期：2024/1/20", false},
      {"某某市教育局", "成文日期：2024-01-10\n发布日期：2024-03-02", true},
      {"某某市教育局", "成文日期：2024-03-10", false},                           // not the publication date
      {"某某市教育局", "采集时间：2025-12-30T21:37:37+08:00", false},            // a crawler's fetch, not publication
      {"某某市教育局", "发文机关：某某市教育局日期:2024-02-15 08:45:34", true},  // fields run together
      {"某某市教育局", "发文机关：某某市教育局更新日期:2024-02-15", false},
      {"某某市人民政府", "日期:2024-03-20 09:00:12", false},
      {"某某市人民政府", "发布时间: 2024-04-01 09:00", true},
      {"某某市人民政府办公室", "发布时间: 2024-02-10 09:00", true},
      {"某某县石桥镇人民政府", "发布时间: 2024-06-01 09:00", false},  // a 乡镇: no deadline of 第49条
      {"某某区新华街道办事处", "发布时间: 2024-06-01 09:00", false},
      {"某某市经济技术开发区管理委员会", "发布时间: 2024-06-01 09:00", false},  // not settled by 第49条
      {"某某省人民政府", "发布时间: 2024-04-01 09:00", true},
      {"某某省教育厅", "发布时间: 2024-02-01 09:00", true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.agency);
    CAPTURE(c.chrome);
    ReportSpec s = this_year();
    s.agency = c.agency;
    Json r = check(std::string(c.chrome) + "\n" + build_report(s));
    CHECK(r["agency"] == c.agency);
    CHECK(has_rule(r, "published-late") == c.late);
  }
}

TEST_CASE("published-late: a page naming no body is judged by what its text calls itself, and says so") {
  struct Case {
    const char* overview;
    const char* chrome;
    bool late;
  };
  const Case cases[] = {
      {"本年度，我局依法做好政府信息公开工作。", "发布时间：2024-02-15 10:21", true},
      {"本年度，我局依法做好政府信息公开工作。", "发布时间：2024-01-30 10:21", false},
      {"本年度，我区依法做好政府信息公开工作。", "发布时间：2024-02-15 10:21", false},  // a government: 3月31日
      {"本年度，我区依法做好政府信息公开工作。", "发布时间：2024-04-02 10:21", true},
      {"本年度，我区（经济开发区）依法做好政府信息公开工作。", "发布时间：2024-04-02 10:21", false},  // a zone
      {"本年度，我局配合我区做好政府信息公开工作。", "发布时间：2024-04-02 10:21", false},            // two kinds
      {"本年度，我镇依法做好政府信息公开工作。", "发布时间：2024-04-02 10:21", false},                // a 乡镇
      {"本年度依法做好政府信息公开工作。", "发布时间：2024-04-02 10:21", false},                      // nothing said
  };
  for (const Case& c : cases) {
    CAPTURE(c.overview);
    CAPTURE(c.chrome);
    ReportSpec s = this_year();
    s.agency = "";
    s.overview = c.overview;
    Json r = check(std::string(c.chrome) + "\n" + build_report(s));
    CHECK(r["agency"].is_null());
    auto late = findings(r, "published-late");
    CHECK(late.size() == (c.late ? 1u : 0u));
    if (!late.empty()) CHECK(late[0]["message"].get<std::string>().find("报告未写明机关名称") != std::string::npos);
  }
}

TEST_CASE("published-late: no judgement without a stated date") {
  ReportSpec s = this_year();
  s.agency = "某某市教育局";
  CHECK_FALSE(has_rule(check(build_report(s)), "published-late"));
}

TEST_CASE("a batch pairs the same body's consecutive years, and nothing doubtful") {
  using xxgk::ReportIdentity;
  std::vector<ReportIdentity> batch = {{"某某市教育局", 2023},
                                       {"某某市教育局", 2022},
                                       {"某某市民政局", 2022},
                                       {"某某市教育局", 2021},
                                       {"某某市财政局", 2023},
                                       {"某某市财政局", 2022},
                                       {"某某市财政局", 2022},  // two 2022: ambiguous
                                       {"", 2022},
                                       {"某某市民政局", std::nullopt}};
  std::vector<int> previous = xxgk::pair_consecutive(batch);
  CHECK(previous == std::vector<int>{1, 3, -1, -1, -1, -1, -1, -1, -1});
}

TEST_CASE("judge_pair: a body's name read short still pairs, another body's does not") {
  using xxgk::PairVerdict;
  CHECK(xxgk::judge_pair({"厦门市思明区人民政府办公室", 2023}, {"思明区人民政府办公室", 2022}) ==
        PairVerdict::Consecutive);
  CHECK(xxgk::judge_pair({"厦门市思明区教育局", 2023}, {"厦门市湖里区教育局", 2022}) == PairVerdict::OtherBody);
  CHECK(xxgk::judge_pair({"厦门市思明区教育局", 2023}, {"", 2022}) == PairVerdict::Consecutive);
  CHECK(xxgk::judge_pair({"厦门市思明区教育局", 2023}, {"厦门市思明区教育局", std::nullopt}) ==
        PairVerdict::YearUnknown);
  CHECK(xxgk::judge_pair({"厦门市思明区教育局", 2023}, {"厦门市思明区教育局", 2023}) == PairVerdict::NotYearBefore);
}
