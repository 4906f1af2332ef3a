// Each rule: a clean report it says nothing about, and the smallest change that trips it.
#include <doctest/doctest.h>

#include <set>

#include "rules/rule.h"
#include "support/check_json.h"
#include "support/report_builder.h"

using namespace xxgk::test;

namespace {
Json clean(const std::string& tmpl = "2021") { return check(build_report(clean_spec(tmpl))); }
}  // namespace

TEST_CASE("clean reports of both templates have no finding at all") {
  for (const char* t : {"2019", "2021"}) {
    CAPTURE(t);
    Json r = clean(t);
    CHECK(r["findings"].empty());
  }
}

TEST_CASE("the registry lists every rule once, with a description") {
  std::set<std::string> ids;
  for (const auto& rule : xxgk::rule_registry()) {
    CAPTURE(rule.id);
    CHECK(ids.insert(rule.id).second);
    CHECK(std::string(rule.description).size() > 6);
  }
  for (const char* id : {"req-row-total", "req-result-total", "req-balance", "review-total", "suspect-cell",
                         "cell-missing", "cell-invalid", "table-missing", "template-outdated", "text-table-mismatch"})
    CHECK(ids.count(id) == 1);
}

TEST_CASE("req-row-total: a row whose total is not the sum of the applicants") {
  ReportSpec s = clean_spec();
  s.requests["unavailable_not_held"] = {"3", "2", "0", "0", "0", "0", "4"};
  Json r = check(build_report(s));
  auto f = findings(r, "req-row-total");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["row"] == "unavailable_not_held");
  CHECK(f[0]["column"] == "total");
  CHECK(f[0]["expected"] == 5);
  CHECK(f[0]["actual"] == 4);
  CHECK(f[0]["severity"] == "error");
  CHECK(f[0]["message"].get<std::string>().find("1.本机关不掌握相关政府信息") != std::string::npos);
}

TEST_CASE("req-result-total and req-balance: a column whose (七)总计 is off") {
  ReportSpec s = clean_spec();
  s.requests["total"] = {"10", "3", "0", "0", "0", "0", "13"};
  Json r = check(build_report(s));
  auto result = findings(r, "req-result-total");
  REQUIRE(result.size() == 2);  // 商业企业 and 总计 columns
  CHECK(result[0]["row"] == "total");
  auto balance = findings(r, "req-balance");
  REQUIRE(balance.size() == 2);
  CHECK(balance[0]["row"].is_null());
  CHECK(balance[0]["column"] == "commercial");
}

TEST_CASE("review-total: a review group whose total is wrong") {
  ReportSpec s = clean_spec();
  s.review[9] = "3";
  Json r = check(build_report(s));
  auto f = findings(r, "review-total");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["row"] == "litigation_direct");
  CHECK(f[0]["expected"] == 0);
  CHECK(f[0]["actual"] == 3);
}

TEST_CASE("suspect-cell: one wrong cell is named with the value that mends every equation") {
  ReportSpec s = clean_spec();
  s.requests["partial"] = {"2", "0", "0", "0", "0", "0", "5"};  // total should be 2
  Json r = check(build_report(s));
  auto f = findings(r, "suspect-cell");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["row"] == "partial");
  CHECK(f[0]["column"] == "total");
  CHECK(f[0]["expected"] == 2);
  CHECK(f[0]["actual"] == 5);
}

TEST_CASE("suspect-cell stays silent when no single cell explains the failures") {
  ReportSpec s = clean_spec();
  s.requests["granted"] = {"6", "1", "0", "0", "0", "0", "7"};  // row holds, its column does not
  s.requests["partial"] = {"2", "1", "0", "0", "0", "0", "2"};
  Json r = check(build_report(s));
  CHECK(r["summary"]["errors"].get<int>() > 0);
  CHECK_FALSE(has_rule(r, "suspect-cell"));
}

TEST_CASE("cell-invalid: negative, fractional and text counts") {
  ReportSpec s = clean_spec();
  s.requests["rejected_repeat"] = {"-1", "0", "0", "0", "0", "0", "0"};
  s.active["licensing"] = {"2.5"};
  s.active["penalty"] = {"若干"};
  Json r = check(build_report(s));
  auto f = findings(r, "cell-invalid");
  CHECK(f.size() == 3);
  CHECK(clean()["findings"].empty());
}

TEST_CASE("cell-invalid: a count too large for any report is said on its cell, with no value, and judges nothing") {
  ReportSpec s = clean_spec();
  s.requests["new"][0] = "99999999999999999999";
  Json r = check(build_report(s));
  auto f = findings(r, "cell-invalid");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["row"] == "new");
  CHECK(f[0]["column"] == "natural_person");
  CHECK(f[0]["message"].get<std::string>().find("数字过大") != std::string::npos);
  CHECK(cell(r, "requests", "new", "natural_person")["value"].is_null());
  CHECK(cell(r, "requests", "new", "natural_person")["raw"] == "99999999999999999999");
  CHECK_FALSE(has_rule(r, "req-row-total"));  // the equations through it are not judged
  CHECK_FALSE(has_rule(r, "req-balance"));
}

TEST_CASE("cell-missing: a blank cell in the requests table is said once for its row") {
  ReportSpec s = clean_spec();
  s.requests["rejected_repeat"] = {"0", "/", "0", "0", "", "0", "0"};
  Json r = check(build_report(s));
  auto f = findings(r, "cell-missing");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["row"] == "rejected_repeat");
  CHECK(f[0]["column"].is_null());
  CHECK(f[0]["severity"] == "warning");
  CHECK(r["summary"]["errors"] == 0);
}

TEST_CASE("table-missing: a report without its review table") {
  ReportSpec s = clean_spec();
  s.review.clear();
  Json r = check(build_report(s));
  auto f = findings(r, "table-missing");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["table"] == "review");
}

TEST_CASE("template-outdated: the 2021 template for a 2020 report") {
  ReportSpec s = clean_spec("2021");
  s.year = 2020;
  CHECK(has_rule(check(build_report(s)), "template-outdated"));
  CHECK_FALSE(has_rule(clean("2021"), "template-outdated"));
}

TEST_CASE("section-missing and section-order") {
  ReportSpec s = clean_spec();
  s.section_order = {1, 2, 3, 4, 6};
  Json r = check(build_report(s));
  REQUIRE(findings(r, "section-missing").size() == 1);
  CHECK(findings(r, "section-missing")[0]["message"].get<std::string>().find("五、存在的主要问题") !=
        std::string::npos);
  s.section_order = {1, 2, 3, 4, 6, 5};
  CHECK(findings(check(build_report(s)), "section-order").size() == 1);
}

TEST_CASE("period-mismatch: a period that is not the report year") {
  ReportSpec s = clean_spec();
  s.period = "统计期限为2023年1月1日至2023年11月30日。";
  CHECK(findings(check(build_report(s)), "period-mismatch").size() == 1);
  s.period = "统计期限为2022年1月1日至2022年12月31日。";
  auto f = findings(check(build_report(s)), "period-mismatch");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["expected"] == 2023);
  CHECK(f[0]["actual"] == 2022);
}

TEST_CASE("fee-statement-missing: from 2021 only") {
  ReportSpec s = clean_spec("2021");
  s.section6 = "无。";
  CHECK(has_rule(check(build_report(s)), "fee-statement-missing"));
  ReportSpec old = clean_spec("2019");
  old.section6 = "无。";
  CHECK_FALSE(has_rule(check(build_report(old)), "fee-statement-missing"));
}

TEST_CASE("basis-outdated: a 2023 report citing the 2019 notice") {
  ReportSpec s = clean_spec("2021");
  s.overview = "依据《关于印发政府信息公开工作年度报告格式的通知》（国办公开办函〔2019〕60号）编制。";
  CHECK(has_rule(check(build_report(s)), "basis-outdated"));
  s.overview = "依据国办公开办函〔2021〕30号编制。";
  CHECK_FALSE(has_rule(check(build_report(s)), "basis-outdated"));
}

TEST_CASE("active-in-force and active-published-total") {
  ReportSpec s = clean_spec("2021");
  s.active["normative_docs"] = {"5", "0", "3"};
  CHECK(findings(check(build_report(s)), "active-in-force").size() == 1);
  ReportSpec o = clean_spec("2019");
  o.active["normative_docs"] = {"7", "7", "0"};
  auto f = findings(check(build_report(o)), "active-published-total");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["actual"] == 0);
}

TEST_CASE("active-rules-issuer: a 街道 reporting 规章") {
  ReportSpec s = clean_spec("2021");
  s.agency = "某某区某某街道办事处";
  s.active["rules"] = {"1", "0", "1"};
  CHECK(has_rule(check(build_report(s)), "active-rules-issuer"));
  s.agency = "某某省人民政府办公厅";
  CHECK_FALSE(has_rule(check(build_report(s)), "active-rules-issuer"));
}

TEST_CASE("fees-unit: an amount in 万元 that must have been typed in 元") {
  ReportSpec s = clean_spec("2021");
  s.active["fees"] = {"12500000"};
  CHECK(has_rule(check(build_report(s)), "fees-unit"));
}

TEST_CASE("text-table-mismatch: a plain statement that contradicts its cell") {
  ReportSpec s = clean_spec("2021");
  s.overview = "本年度共收到政府信息公开申请15件，上年结转1件。";
  auto f = findings(check(build_report(s)), "text-table-mismatch");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["row"] == "new");
  CHECK(f[0]["column"] == "total");
  CHECK(f[0]["expected"] == 12);
  CHECK(f[0]["actual"] == 15);
}

TEST_CASE("text-table-mismatch stays silent when any reading agrees or the number is a part") {
  for (const char* sentence : {"本年度共受理政府信息公开申请13件。",  // 新收 12 + 上年结转 1
                               "本年度收到政府信息公开申请12件，其中自然人10件。",
                               "共办结申请12件，结转下年度继续办理1件。", "较上年增加3件，收到申请同比增长5件。",
                               "本年度新收政府信息公开申请12件，加上年结转共需办理13件。",  // 12 + 1
                               "连同上年结转的申请，合计办理13件。", "上年结转申请共1件。"}) {
    CAPTURE(sentence);
    ReportSpec s = clean_spec("2021");
    s.overview = sentence;
    CHECK_FALSE(has_rule(check(build_report(s)), "text-table-mismatch"));
  }
}

TEST_CASE("text-table-mismatch: a sum of 新收 and 上年结转 that no reading gives is still said") {
  ReportSpec s = clean_spec("2021");
  s.overview = "本年度新收政府信息公开申请12件，加上年结转共需办理20件。";
  auto f = findings(check(build_report(s)), "text-table-mismatch");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["actual"] == 20);
  CHECK(f[0]["row"] == "new");
}
