#include <doctest/doctest.h>

#include "document/document.h"
#include "readers/html_reader.h"
#include "readers/line_layouts.h"
#include "text/decode.h"

using namespace xxgk;

namespace {

struct Cells {
  std::vector<std::string> text;
  std::vector<Token> tokens;
};

Cells cells_of(const std::string& input) {
  Document doc = build_document(decode_input(input));
  Cells c;
  c.tokens = doc.tokens;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    std::string t = doc.token_utf8(i);  // an empty cell spans the spaces between its bars
    c.text.push_back(t.find_first_not_of(' ') == std::string::npos ? "" : t);
  }
  return c;
}

}  // namespace

TEST_CASE("pipe rows keep empty cells in place and drop the closing bar") {
  Cells c = cells_of("3.要求提供公开出版物 | 0 | 0 | | ||\n");
  CHECK(c.text == std::vector<std::string>{"3.要求提供公开出版物", "0", "0", "", "", ""});
  CHECK(c.tokens[3].kind == TokenKind::Empty);
  CHECK(c.tokens[3].positional);
  CHECK(c.tokens[0].row == c.tokens[5].row);
}

TEST_CASE("bar lines: a lone bar opens a row, each cell line ends in a bar") {
  Cells c = cells_of("|\n规章 |\n0 |\n1 | ||\n|\n行政许可 |\n5 | ||\n");
  CHECK(c.text == std::vector<std::string>{"规章", "0", "1", "", "", "行政许可", "5", "", ""});
  CHECK(c.tokens[0].row == c.tokens[2].row);
  CHECK(c.tokens[0].row != c.tokens[5].row);
  CHECK(c.tokens[2].col == 2);
}

TEST_CASE("markdown rows lose their outer bars and the rule line") {
  Cells c = cells_of("| 信息内容 | 本年制发件数 |\n|---|:---:|\n| 规章 | 2 |\n");
  CHECK(c.text == std::vector<std::string>{"信息内容", "本年制发件数", "规章", "2"});
}

TEST_CASE("tab rows split on tabs and keep empty cells") {
  Cells c = cells_of("(三)不予公开\t1.属于国家秘密\t0\t\t3\n");
  CHECK(c.text == std::vector<std::string>{"(三)不予公开", "1.属于国家秘密", "0", "", "3"});
  CHECK(c.tokens[3].kind == TokenKind::Empty);
}

TEST_CASE("PDF text splits on runs of spaces and peels trailing numbers") {
  Cells c = cells_of("行政规范性文件      3     1      10\n规章 0 0 0\n");
  CHECK(c.text == std::vector<std::string>{"行政规范性文件", "3", "1", "10", "规章", "0", "0", "0"});
  CHECK_FALSE(c.tokens[1].positional);
}

TEST_CASE("one cell per line ignores blank lines") {
  Cells c = cells_of("规章\n\n0\n\n 0\n0 \n");
  CHECK(c.text == std::vector<std::string>{"规章", "0", "0", "0"});
}

TEST_CASE("HTML grids keep every value's column: spans are empty places, except in the labels' room") {
  struct Case {
    const char* what;
    const char* html;
    const char* text;
  };
  const Case cases[] = {
      {"a row span is an empty place; a label's colspan is none",
       "<table><tr><td rowspan=2>(三)不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>"
       "<tr><td>2.其他法律行政法规禁止公开</td><td>4</td></tr>"
       "<tr><td colspan=2>(七)总计</td><td>9</td></tr></table>",
       "(三)不予公开\t1.属于国家秘密\t0\n\t2.其他法律行政法规禁止公开\t4\n(七)总计\t9\n"},
      {"a blank cell after a label spanning two columns stays in the first value column",
       "<table><tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>(一)予以公开</td>"
       "<td>&nbsp;</td><td>1</td></tr><tr><td colspan=2>(二)部分公开</td><td>2</td><td>&nbsp;</td></tr></table>",
       "三、本年度办理结果\t(一)予以公开\t\t1\n\t(二)部分公开\t2\t\n"},
      {"an empty cell beside a row label, in the labels' room, is no blank value",
       "<table><tr><td rowspan=3>三、本年度办理结果</td><td>(三)不予公开</td><td>1.属于国家秘密</td><td>0</td>"
       "<td>1</td></tr><tr><td>(四)无法提供</td><td>&nbsp;</td><td>&nbsp;</td><td>2</td></tr>"
       "<tr><td>(七)总计</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></table>",
       "三、本年度办理结果\t(三)不予公开\t1.属于国家秘密\t0\t1\n\t(四)无法提供\t\t2\n\t(七)总计\t\t\n"},
      {"a value cell spanning columns keeps the places it covers",
       "<table><tr><td>政府集中采购</td><td colspan=2>3</td><td>5</td></tr></table>", "政府集中采购\t3\t\t5\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK(to_utf8(build_document(decode_input(c.html)).text.chars) == c.text);
  }
}

TEST_CASE("HTML entities, split spans and Word markup read as plain cell text") {
  std::string html =
      "<!--[if gte mso 9]><xml><w:x>junk</w:x></xml><![endif]--><p class=MsoNormal>标题<o:p></o:p></p>"
      "<table><tr><td><span>1</span><span>4</span></td><td>&nbsp;</td><td>&#20844;&amp;</td></tr></table>"
      "<script>document.write('<table><tr><td>99</td></tr></table>')</script><style>td{}</style>";
  Document doc = build_document(decode_input(html));
  CHECK(to_utf8(doc.text.chars) == "标题\n14\t\t公&\n");
}

TEST_CASE("an empty pipe cell spans the room between its bars, so it can be pointed at") {
  Document doc = build_document(decode_input("规章 |   | 0 |\n"));
  REQUIRE(doc.tokens.size() == 3);
  CHECK(doc.tokens[1].kind == TokenKind::Empty);
  CHECK(doc.token_range(1).end - doc.token_range(1).start == 3);
}

TEST_CASE("a cell's raw text is what the user typed, not its normalised form") {
  Document doc = build_document(decode_input("规章\t１２\t—\t－2\n"));
  REQUIRE(doc.tokens.size() == 4);
  CHECK(doc.token_raw(1) == "１２");
  CHECK(doc.token_raw(2) == "—");
  CHECK(doc.token_raw(3) == "－2");
  CHECK(doc.tokens[3].number == -2);
}

TEST_CASE("ranges of HTML cells point into the HTML source") {
  std::string html = "<table><tr><td>规章</td><td>&#49;2</td></tr></table>";
  Document doc = build_document(decode_input(html));
  REQUIRE(doc.tokens.size() == 2);
  Range r = doc.token_range(1);
  // "&#49;2" starts at offset 26 and ends at 32 in the source
  CHECK(r.start == 26);
  CHECK(r.end == 32);
}

TEST_CASE("unclosed and hostile HTML does not lose text or blow up") {
  std::string html = "<table><tr><td colspan=999999999>a<td rowspan=-5>b<tr><td>c";
  Document doc = build_document(decode_input(html));
  std::string text = to_utf8(doc.text.chars);
  CHECK(text.find('a') != std::string::npos);
  CHECK(text.find('c') != std::string::npos);
  CHECK(text.size() < 1000);
}

TEST_CASE("HTML is told apart from text by a table tag or a leading bracket") {
  CHECK(looks_like_html(decode_input("  <p>x</p>").text));
  CHECK(looks_like_html(decode_input("报告\n<TABLE>").text));
  CHECK_FALSE(looks_like_html(decode_input("a < b").text));
}

TEST_CASE("a CMS layout table around the article keeps the report tables inside it as grids") {
  std::string html =
      "<table class=layout><tr><td><p>一、总体情况</p><p>正文。</p>"
      "<table><tr><td>规章</td><td>0</td><td>1</td></tr></table>"
      "<p>三、收到和处理政府信息公开申请情况</p></td><td>侧栏</td></tr></table>";
  Document doc = build_document(decode_input(html));
  CHECK(to_utf8(doc.text.chars) == "一、总体情况\n正文。\n规章\t0\t1\n三、收到和处理政府信息公开申请情况\n侧栏\n");
}

TEST_CASE("paragraphs inside a grid cell read as one cell") {
  Document doc =
      build_document(decode_input("<table><tr><td><p>(二)部分公开</p><p>(区分处理的)</p></td><td>3</td></tr></table>"));
  CHECK(to_utf8(doc.text.chars) == "(二)部分公开 (区分处理的)\t3\n");
}

TEST_CASE("a count's note wrapped onto its own line joins the count's cell") {
  Document doc = build_document(decode_input("行政规范性文件\n3\n（其中修订1件）\n1\n(三)\n不予公开\n"));
  REQUIRE(doc.tokens.size() == 5);
  CHECK(doc.tokens[1].kind == TokenKind::Number);
  CHECK(doc.tokens[1].number == 3);
  CHECK(doc.token_raw(1) == "3\n（其中修订1件）");
  CHECK(doc.token_utf8(3) == "(三)");  // a label's numbering is no note
}

TEST_CASE("a note in a cell of its own in a delimited row stays a cell") {
  Document doc = build_document(decode_input("规章 | 3 | (含转办) |\n"));
  REQUIRE(doc.tokens.size() == 3);
  CHECK(doc.tokens[2].kind == TokenKind::Text);
}

TEST_CASE("a page copied as text, its cells' paragraphs between lone tabs, reads as tab rows with their blanks") {
  // What a browser's innerText gives for <td><p>…</p></td>: each cell on lines of its own, a line
  // holding a tab between two cells, nothing between two tabs for an empty cell, and more blank
  // lines between rows.
  Cells c = cells_of(
      "一、本年新收政府信息公开申请数量\n\n\t\n\n26\n\n\t\n\n\t\n\n\t\n\n\t\n\n\t\n\n\t\n\n26\n\n\n\n\n"
      "二、上年结转政府信息公开申请数量\n\n\t\n\n0\n\n\t\n\n\t\n\n\t\n\n\t\n\n\t\n\n\t\n\n\n\n\n"
      "三、本年度办理结果\n");
  const std::vector<std::string> expected = {"一、本年新收政府信息公开申请数量",
                                             "26",
                                             "",
                                             "",
                                             "",
                                             "",
                                             "",
                                             "26",
                                             "二、上年结转政府信息公开申请数量",
                                             "0",
                                             "",
                                             "",
                                             "",
                                             "",
                                             "",
                                             "",
                                             "三、本年度办理结果"};
  CHECK(c.text == expected);
  REQUIRE(c.tokens.size() == expected.size());
  for (size_t i = 0; i < 16; ++i) {
    CAPTURE(i);
    CHECK(c.tokens[i].positional);
    CHECK(c.tokens[i].row == c.tokens[i < 8 ? 0 : 8].row);
  }
  CHECK(c.tokens[0].row != c.tokens[8].row);
  CHECK(c.tokens[16].row != c.tokens[8].row);
}

TEST_CASE("pandoc's bracketed spans lose their markup, and what stays keeps its place") {
  const std::string input =
      "[二、主动公开政府信息情况]{style=\"font-family: 黑体, SimHei;\"}\n"
      "[1]见附件 [注]{.note} [不是]{样式}\n";
  Document doc = build_document(decode_input(input));
  CHECK(doc.token_utf8(0) == "二、主动公开政府信息情况");
  CHECK(doc.token_range(0).start == 1);                     // just after the '[' it dropped
  CHECK(doc.token_utf8(1) == "[1]见附件 注 [不是]{样式}");  // a footnote mark and braces without a key stay
}

TEST_CASE("a line of indentation holding a tab, or a paragraph, is no cell of a copied row") {
  std::string prose;  // 150 characters: a paragraph, not a cell
  for (int i = 0; i < 150; ++i) prose += "文";
  Cells c = cells_of("一、总体情况\n  \t  \n" + prose + "\n\t\n" + prose + "\n");
  REQUIRE(c.tokens.size() >= 3);
  CHECK(c.text[0] == "一、总体情况");
  CHECK_FALSE(c.tokens[0].positional);
  CHECK(c.text.back() == prose);
  CHECK_FALSE(c.tokens.back().positional);  // a paragraph after a lone tab ends the row, it is no cell
}

TEST_CASE("page text whose source broke its lines inside labels reads as if on one line") {
  // A crawler's textContent keeps the page source's line breaks, indented with no-break spaces:
  // in labels ("8．属于行政" | "查询事项…"), after a numbering ("…00000006．" | "属于四类…") and
  // inside the tables where a line holds no run ("有效件数规章000…").
  const std::string indent = "\n \xC2\xA0 \xC2\xA0 \xC2\xA0 ";
  const std::string page =
      "一、总体情况2023年，我局依法做好政府信息公开工作，全年主动公开政府信息86条，收到申请12件，依法按时答复。"
      "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行" +
      indent + "有效件数规章000行政规范性文件2093三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计" +
      "一、本年新收政府信息公开申请数量1200001二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开10"
      "00001" +
      "（二）部分公开0000000（三）不予公开1．属于国家秘密00000002．其他法律行政法规禁止公开00000003．危及“三安全一稳定”"
      "0000000" +
      "4．保护第三方合法权益00000005．属于三类内部事务信息00000006．" + indent +
      "属于四类过程性信息00000007．属于行政执法案卷0000000" + "8．属于行政" + indent + "查询事项1100002（四）无法提供";
  Cells c = cells_of(page);
  auto index_of = [&](const std::string& text) {
    for (size_t i = 0; i < c.text.size(); ++i)
      if (c.text[i].find(text) != std::string::npos) return i;
    return c.text.size();
  };
  size_t query = index_of("查询事项");
  REQUIRE(query + 1 < c.text.size());
  CHECK(c.text[query].rfind("8.属于行政", 0) == 0);  // one label (normalised: ．is .), from its numbering to its end
  CHECK(c.text[query + 1] == "1100002");
  size_t process = index_of("属于四类过程性信息");
  REQUIRE(process + 1 < c.text.size());
  CHECK(c.text[process].rfind("6.", 0) == 0);
  CHECK(c.text[process - 1] == "0000000");  // 内部事务信息's cells, without the 6 of the numbering
  size_t rules = index_of("规章");
  REQUIRE(rules + 1 < c.text.size());
  CHECK(c.text[rules + 1] == "000");
}
