#include <doctest/doctest.h>

#include "support/check_json.h"
#include "support/report_builder.h"

using namespace xxgk::test;

namespace {

// Every cell the spec wrote comes back with that value.
void check_rebuilt(const ReportSpec& spec, const Json& r) {
  for (const auto& entry : spec.requests) {
    const std::string& row = entry.first;  // named copies: doctest's CAPTURE cannot take a
    size_t c = 0;                          // structured binding under clang 14
    for (const auto& item : r["tables"]["requests"]["rows"][row].items()) {
      const std::string column = item.key();
      CAPTURE(row);
      CAPTURE(column);
      CHECK(item.value()["raw"] == entry.second[c++]);
    }
  }
  auto review = r["tables"]["review"]["rows"];
  CHECK(review["review"]["total"]["value"] == 2);
  CHECK(review["litigation_after_review"]["corrected"]["value"] == 1);
}

}  // namespace

TEST_CASE("a clean report is rebuilt exactly in every text layout and both templates") {
  for (const char* tmpl : {"2019", "2021"}) {
    for (Layout layout : {Layout::Pipe, Layout::OnePerLine, Layout::Tabs, Layout::Pdf}) {
      CAPTURE(tmpl);
      CAPTURE(static_cast<int>(layout));
      ReportSpec spec = clean_spec(tmpl);
      Json r = check(build_report(spec, layout));
      CHECK(r["template"] == tmpl);
      CHECK(r["summary"]["errors"] == 0);
      CHECK(r["summary"]["warnings"] == 0);
      check_rebuilt(spec, r);
    }
  }
}

TEST_CASE("every template row and column is present even when the report left it out") {
  ReportSpec spec = clean_spec("2021");
  spec.requests.erase("denied_query_matter");
  Json r = check(build_report(spec));
  Json c = cell(r, "requests", "denied_query_matter", "total");
  CHECK(c["value"].is_null());
  CHECK(c["range"].is_null());
  CHECK(r["tables"]["requests"]["rows"].size() == 25);  // 2021: 22 result rows + 一、二、四
}

TEST_CASE("blank markers are null with their raw text, never zero") {
  ReportSpec spec = clean_spec("2021");
  spec.active["licensing"] = {"/"};
  spec.active["penalty"] = {"无"};
  Json r = check(build_report(spec));
  CHECK(cell(r, "active", "licensing", "decisions")["value"].is_null());
  CHECK(cell(r, "active", "licensing", "decisions")["raw"] == "/");
  CHECK(cell(r, "active", "penalty", "decisions")["raw"] == "无");
}

TEST_CASE("a lost zero among zeros cannot be placed and leaves the row unjudged") {
  ReportSpec spec = clean_spec("2021");
  spec.requests["granted"] = {"5", "1", "0", "0", "0", "6"};  // one of four zero columns lost
  Json r = check(build_report(spec, Layout::OnePerLine));
  // Six numbers for seven columns; several zero columns could have lost the cell, so the row
  // must not be guessed: it stays unjudged and cell-missing says so.
  CHECK(has_rule(r, "cell-missing"));
  CHECK(r["summary"]["errors"] == 0);
}

TEST_CASE("a lost non-zero cell is placed where the equations need it") {
  ReportSpec spec = clean_spec("2021");
  spec.requests["granted"] = {"5", "0", "0", "0", "0", "6"};  // 商业企业 1 lost
  Json r = check(build_report(spec, Layout::OnePerLine));
  auto missing = findings(r, "cell-missing");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0]["row"] == "granted");
  CHECK(missing[0]["column"] == "commercial");
  CHECK(cell(r, "requests", "granted", "natural_person")["value"] == 5);
  CHECK(cell(r, "requests", "granted", "total")["value"] == 6);
  CHECK(r["summary"]["errors"] == 0);
}

TEST_CASE("a row with a number too few is placed by the equations, then by the print, or not at all") {
  ReportSpec spec = clean_spec("2021");
  spec.requests["rejected_publication"] = {"0", "0", "0", "0", "0", "0", ""};
  Json r = check(build_report(spec, Layout::Pipe));
  auto missing = findings(r, "cell-missing");
  REQUIRE(missing.size() == 1);  // all zeros: the equations allow any column; the print says 总计
  CHECK(missing[0]["row"] == "rejected_publication");
  CHECK(missing[0]["column"] == "total");
  CHECK(cell(r, "requests", "rejected_publication", "natural_person")["value"] == 0);
  CHECK(r["summary"]["errors"] == 0);

  spec.requests["rejected_publication"] = {"0", "0", "0", "0", "0", "0"};  // PDF: no place kept
  r = check(build_report(spec, Layout::Pdf));
  missing = findings(r, "cell-missing");
  REQUIRE(missing.size() == 1);  // now nothing says which column: none is named, nothing guessed
  CHECK(missing[0]["column"].is_null());
  CHECK(cell(r, "requests", "rejected_publication", "natural_person")["value"].is_null());
  CHECK(r["summary"]["errors"] == 0);

  spec = clean_spec("2021");
  spec.requests["granted"] = {"5", "1", "0", "0", "0", "0", ""};  // 总计 left blank
  r = check(build_report(spec, Layout::Pipe));
  missing = findings(r, "cell-missing");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0]["column"] == "total");
  CHECK(cell(r, "requests", "granted", "commercial")["value"] == 1);
  CHECK(r["summary"]["errors"] == 0);

  spec.requests["granted"] = {"5", "0", "0", "0", "0", "6", ""};  // 商业企业 lost, the rest moved up
  r = check(build_report(spec, Layout::Pipe));
  missing = findings(r, "cell-missing");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0]["column"] == "commercial");
  CHECK(cell(r, "requests", "granted", "total")["value"] == 6);
  CHECK(r["summary"]["errors"] == 0);
}

TEST_CASE("the template is told apart even when the year says otherwise") {
  ReportSpec spec = clean_spec("2019");
  spec.year = 2022;
  Json r = check(build_report(spec));
  CHECK(r["template"] == "2019");
  CHECK(has_rule(r, "template-outdated"));
  CHECK(check(build_report(spec), "2021")["template"] == "2021");
}

TEST_CASE("review numbers laid out as three labelled groups of five are read in order") {
  ReportSpec spec = clean_spec("2021");
  std::string report = build_report(spec, Layout::OnePerLine);
  std::string plain = "1\n0\n0\n1\n2\n0\n0\n0\n0\n0\n0\n1\n0\n0\n1\n";
  std::string grouped = "行政复议\n1\n0\n0\n1\n2\n未经复议直接起诉\n0\n0\n0\n0\n0\n复议后起诉\n0\n1\n0\n0\n1\n";
  size_t at = report.find(plain);
  REQUIRE(at != std::string::npos);
  report.replace(at, plain.size(), grouped);
  Json r = check(report);
  CHECK(cell(r, "review", "review", "total")["value"] == 2);
  CHECK(cell(r, "review", "litigation_after_review", "corrected")["value"] == 1);
  CHECK(r["summary"]["errors"] == 0);
}

TEST_CASE("sections numbered 第一部分 are found like 一、") {
  ReportSpec spec = clean_spec("2021");
  std::string report = build_report(spec);
  size_t at = report.find("五、存在的主要问题及改进情况");
  report.replace(at, std::string("五、").size(), "第五部分 ");
  CHECK_FALSE(has_rule(check(report), "section-missing"));
}
