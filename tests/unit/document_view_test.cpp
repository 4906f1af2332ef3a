#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "xxgk/xxgk.h"
#include "text/text.h"

using namespace xxgk;
using nlohmann::json;

namespace {

json view(const std::string& input) { return json::parse(document_to_json(input)); }

// The text of a block's (or cell's) runs, joined.
std::string runs_text(const json& runs) {
  std::string s;
  for (const json& r : runs) s += r["text"].get<std::string>();
  return s;
}

// Each run stands in the input where it says, unit for unit (the input here is ASCII and CJK in
// the BMP, so one UTF-16 unit is one code point).
void check_runs_stand_in(const std::u32string& input, const json& runs) {
  for (const json& r : runs) {
    std::u32string text = to_u32(r["text"].get<std::string>());
    uint32_t start = r["start"], end = r["end"];
    CAPTURE(r.dump());
    CHECK(end - start == text.size());
    CHECK(input.substr(start, end - start) == text);
  }
}

}  // namespace

TEST_CASE("the document view of plain text is empty and says it is not HTML") {
  json v = view("一、总体情况\n本机关主动公开信息。\n");
  CHECK(v["html"] == false);
  CHECK(v["blocks"].empty());
}

TEST_CASE("the document view gives paragraphs and tables with their spans and source places") {
  std::string html =
      "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
      "<p>一、总体情况</p><p>本年度<b>主动公开</b>政府信息&nbsp;12条。</p>"
      "<table><tr><td rowspan=\"2\">信息内容</td><td colspan=\"2\">本年制发件数</td></tr>"
      "<tr><td>规章</td><td>３</td></tr></table><p>结束</p></body></html>";
  json v = view(html);
  std::u32string input = to_u32(html);
  REQUIRE(v["blocks"].size() == 4);
  const json& b = v["blocks"];
  CHECK(b[0]["kind"] == "p");
  CHECK(runs_text(b[0]["runs"]) == "一、总体情况");
  CHECK(runs_text(b[1]["runs"]) == "本年度主动公开政府信息 12条。");  // &nbsp; read as a space
  REQUIRE(b[1]["runs"].size() == 5);                                  // broken at the tags and around the entity
  CHECK(b[1]["runs"][3]["end"].get<int>() - b[1]["runs"][3]["start"].get<int>() == 6);  // "&nbsp;"
  check_runs_stand_in(input, b[0]["runs"]);
  check_runs_stand_in(input, json::array({b[1]["runs"][0], b[1]["runs"][1], b[1]["runs"][4]}));
  CHECK(b[2]["kind"] == "table");
  const json& rows = b[2]["rows"];
  REQUIRE(rows.size() == 2);
  CHECK(rows[0][0]["rowspan"] == 2);
  CHECK(rows[0][1]["colspan"] == 2);
  CHECK(runs_text(rows[1][1]["runs"]) == "３");  // full-width, as printed
  check_runs_stand_in(input, rows[1][1]["runs"]);
  CHECK(runs_text(b[3]["runs"]) == "结束");
  // Nothing of the style sheet or the script reaches the view.
  CHECK(v.dump().find("alert") == std::string::npos);
  CHECK(v.dump().find("color") == std::string::npos);
}

TEST_CASE("the site around the report is marked as chrome, the report is not") {
  std::string html =
      "<div>首页</div><div>政务公开</div><div>通知公告</div>"
      "<h1>某局2023年政府信息公开工作年度报告</h1><p>根据条例编制本报告。</p>"
      "<p>一、总体情况</p><p>本年度主动公开信息。</p>"
      "<p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>1</td></tr></table>"
      "<p>六、其他需要报告的事项</p><p>无。</p>"
      "<div>打印</div><div>关闭</div><div>网站地图</div><div>版权所有</div>";
  json v = view(html);
  const json& b = v["blocks"];
  REQUIRE(b.size() == 15);
  for (size_t k = 0; k < b.size(); ++k) {
    CAPTURE(k);
    CAPTURE(b[k].dump());
    bool chrome = k < 3 || k >= 11;
    CHECK(b[k]["chrome"] == chrome);
  }
}

TEST_CASE("without any section heading nothing is folded as chrome") {
  json v = view("<div>首页</div><div>导航</div><p>一段文字。</p>");
  for (const json& b : v["blocks"]) CHECK(b["chrome"] == false);
}

TEST_CASE("a table inside a layout table is one table block among its paragraphs") {
  std::string html =
      "<table><tr><td>栏目</td><td><p>正文开头</p><table><tr><td>甲</td><td>1</td></tr>"
      "<tr><td>乙</td><td>2</td></tr></table><p>正文结尾</p></td></tr></table>";
  json v = view(html);
  const json& b = v["blocks"];
  REQUIRE(b.size() == 4);
  CHECK(runs_text(b[0]["runs"]) == "栏目");
  CHECK(runs_text(b[1]["runs"]) == "正文开头");
  CHECK(b[2]["kind"] == "table");
  CHECK(b[2]["rows"].size() == 2);
  CHECK(runs_text(b[3]["runs"]) == "正文结尾");
}

TEST_CASE("unreadable input gives the result's error in the document view") {
  json v = view("");
  CHECK(v["html"] == false);
  CHECK(v["error"]["code"] == "empty");
}

TEST_CASE("a very long stretch of site keeps its first blocks and names how many it left out") {
  std::string html;
  for (int k = 0; k < 400; ++k) html += "<div>栏目导航</div>";
  html += "<p>一、总体情况</p><p>本年度主动公开信息。</p>";
  json v = view(html);
  const json& b = v["blocks"];
  REQUIRE(b.size() == 303);
  CHECK(b[299]["kind"] == "p");
  CHECK(b[300]["kind"] == "omitted");
  CHECK(b[300]["chrome"] == true);
  CHECK(b[300]["count"] == 100);
  CHECK(b[300]["range"]["end"].get<size_t>() <= html.size());
  CHECK(runs_text(b[301]["runs"]) == "一、总体情况");
  CHECK(b[301]["chrome"] == false);
}

TEST_CASE("tables in and after a layout table stay in reading order among the paragraphs") {
  std::string html =
      "<table><tr><td><table><tr><td>甲</td><td>1</td></tr></table><p>中间</p>"
      "<table><tr><td>乙</td><td>2</td></tr></table></td></tr></table>"
      "<p>之后</p><table><tr><td>丙</td><td>3</td></tr></table>";
  json v = view(html);
  const json& b = v["blocks"];
  REQUIRE(b.size() == 5);
  CHECK(runs_text(b[0]["rows"][0][0]["runs"]) == "甲");
  CHECK(runs_text(b[1]["runs"]) == "中间");
  CHECK(runs_text(b[2]["rows"][0][0]["runs"]) == "乙");
  CHECK(runs_text(b[3]["runs"]) == "之后");
  CHECK(runs_text(b[4]["rows"][0][0]["runs"]) == "丙");
}
