#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "readers/run_together_line.h"
#include "tables/run_together.h"
#include "text/text.h"

using namespace xxgk;

namespace {

const std::vector<SumGroup> kRequestRow = {{0, 6}};

// The cells of each split as text: "64/0/0/2/0/4/70".
std::vector<std::string> cells_of(const SplitSearch& s, const std::u32string& run) {
  std::vector<std::string> out;
  for (const auto& split : s.splits) {
    std::string text;
    for (const CellSpan& c : split) text += (text.empty() ? "" : "/") + to_utf8(run.substr(c.begin, c.end - c.begin));
    out.push_back(text);
  }
  return out;
}

std::vector<std::string> split(const std::u32string& run, int cells, const std::vector<SumGroup>& groups,
                               const std::vector<ValueKind>& kinds = {}) {
  return cells_of(split_digit_run(run, cells, groups, kinds, 8), run);
}

}  // namespace

TEST_CASE("a requests row whose total is the sum of its six columns splits one way only") {
  CHECK(split(U"640020470", 7, kRequestRow) == std::vector<std::string>{"64/0/0/2/0/4/70"});
  CHECK(split(U"230 000023", 7, kRequestRow) == std::vector<std::string>{"23/0/0/0/0/0/23"});
}

TEST_CASE("a row the digits allow to split two ways gives both splits, so neither is taken") {
  CHECK(split(U"100100011", 7, kRequestRow) == std::vector<std::string>{"1/0/0/10/0/0/11", "10/0/1/0/0/0/11"});
  // The stray space agrees with both: only the column equations can tell them apart.
  CHECK(split(U"2200003 25", 7, kRequestRow).size() == 2);
}

TEST_CASE("no cell of several digits starts with a zero") {
  CHECK(split(U"000", 3, {}) == std::vector<std::string>{"0/0/0"});
  CHECK(split(U"0012", 2, {}).empty());
  CHECK(split(U"0.5", 1, {}, {ValueKind::Amount}) == std::vector<std::string>{"0.5"});
}

TEST_CASE("a stray space inside a run is a cell boundary") {
  CHECK(split(U"23 0 00 0 023", 7, kRequestRow) == std::vector<std::string>{"23/0/0/0/0/0/23"});
  CHECK(split(U"2 30000023", 7, kRequestRow).empty());  // 2 | 3… cannot give 23 … 23
}

TEST_CASE("a unit after a number closes its cell and stays in it, and no cell spans a space") {
  CHECK(split(U"3个 3443000元", 2, {}) == std::vector<std::string>{"3个/3443000元"});
  CHECK(split(U"3个3443000", 2, {}) == std::vector<std::string>{"3个/3443000"});
  CHECK(split(U"3 3443000", 1, {}).empty());  // the last cell too: it is tried whole
  CHECK(split(U"12件 0 5件", 2, {}).empty());
}

TEST_CASE("the review line splits into three groups that each add up") {
  std::vector<SumGroup> groups = {{0, 4}, {5, 9}, {10, 14}};
  CHECK(split(U"10203120001200000", 15, groups) == std::vector<std::string>{"1/0/2/0/3/12/0/0/0/12/0/0/0/0/0"});
}

TEST_CASE("a decimal point stands only inside an amount") {
  CHECK(split(U"24252.311082", 1, {}, {ValueKind::Amount}) == std::vector<std::string>{"24252.311082"});
  CHECK(split(U"24252.311082", 1, {}, {ValueKind::Count}).empty());
}

TEST_CASE("a minus sign opens a cell, and only a signed count takes it") {
  const std::vector<ValueKind> items = {ValueKind::Count, ValueKind::SignedCount, ValueKind::Count};
  CHECK(split(U"15 -3 12", 3, {}, items) == std::vector<std::string>{"15/-3/12"});
  CHECK(split(U"-315 12", 3, {}, items).empty());     // the first column cannot be negative
  CHECK(split(U"15-312", 3, {}, items).size() == 2);  // 15/-3/12 or 15/-31/2
}

TEST_CASE("a hostile digit run is answered within the budget and without a split") {
  std::u32string huge(5'000'000, U'1');
  SplitSearch s = split_digit_run(huge, 7, kRequestRow, {}, 8);
  CHECK(s.splits.empty());
  std::u32string long_run(100, U'1');  // within the cells' reach: the budget stops the search
  SplitSearch t = split_digit_run(long_run, 7, kRequestRow, {}, 8);
  CHECK(t.splits.size() <= 8);
  std::u32string ones(40, U'1');
  SplitSearch u = split_digit_run(ones, 15, {{0, 4}, {5, 9}, {10, 14}}, {}, 8);
  CHECK(u.splits.size() <= 8);
}

namespace {

Text text_of(const std::u32string& s) {
  Text t;
  for (size_t k = 0; k < s.size(); ++k) t.push(s[k], static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1));
  return t;
}

// The pieces the cutter makes of a page taken for run-together text; a digit run marked "#".
std::vector<std::string> pieces_of(const std::u32string& page) {
  Text text = text_of(page);
  REQUIRE(looks_run_together(text, 0, text.size()));
  std::vector<std::string> pieces;
  for (const RunTogetherPiece& p : cut_run_together(text, 0, text.size()).pieces)
    pieces.push_back((p.digits ? "#" : "") + to_utf8(text.view(p.begin, p.end)));
  return pieces;
}

}  // namespace

TEST_CASE("a run-together page is cut into headings, row labels and digit runs; its narrative stays whole") {
  std::u32string page =
      U"一、总体情况2023年，我局共收到申请3件，均已答复。二、主动公开政府信息情况第二十条第(一)项信息内容"
      U"本年制发件数本年废止件数现行有效件数规章000三、收到和处理政府信息公开申请情况申请人情况自然人"
      U"一、本年新收政府信息公开申请数量3000003(三)不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开"
      U"0000000(七)总计3000003五、存在的主要问题及改进情况一是解读形式单一。六、其他需要报告的事项无。";
  std::vector<std::string> pieces = pieces_of(page);
  const std::vector<std::string> expected = {"一、总体情况",
                                             "2023年，我局共收到申请3件，均已答复。",
                                             "二、主动公开政府信息情况",
                                             "第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规章",
                                             "#000",
                                             "三、收到和处理政府信息公开申请情况",
                                             "申请人情况自然人",
                                             "一、本年新收政府信息公开申请数量",
                                             "#3000003",
                                             "(三)不予公开",
                                             "1.属于国家秘密",
                                             "#0000000",
                                             "2.其他法律行政法规禁止公开",
                                             "#0000000",
                                             "(七)总计",
                                             "#3000003",
                                             "五、存在的主要问题及改进情况",
                                             "一是解读形式单一。",
                                             "六、其他需要报告的事项无。"};
  CHECK(pieces == expected);
}

TEST_CASE("an ordinary long line of narrative is not taken for run-together page text") {
  std::u32string line(300, U'文');
  line += U"电话12345678，邮编350400，2023年共收到申请12件。";
  Text text = text_of(line);
  CHECK_FALSE(looks_run_together(text, 0, text.size()));
}

TEST_CASE("numbering followed by a space, and a heading numbered '四.' with the longest title, are cut apart") {
  std::u32string page =
      U"一、总体情况2023年，我局共收到申请3件，均已答复。三、收到和处理政府信息公开申请情况"
      U"一、本年新收政府信息公开申请数量3000003(三)不予公开1. 属于国家秘密00000002. 其他法律行政法规禁止公开"
      U"0000000(七)总计3000003四. 因政府信息公开工作被申请行政复议、提起行政诉讼情况 行政复议结果维持总计"
      U"000000000000000五、存在的主要问题及改进情况一是解读形式单一。六、其他需要报告的事项无。";
  std::vector<std::string> pieces = pieces_of(page);
  const std::vector<std::string> expected = {"一、总体情况",
                                             "2023年，我局共收到申请3件，均已答复。",
                                             "三、收到和处理政府信息公开申请情况",
                                             "一、本年新收政府信息公开申请数量",
                                             "#3000003",
                                             "(三)不予公开",
                                             "1. 属于国家秘密",
                                             "#0000000",
                                             "2. 其他法律行政法规禁止公开",
                                             "#0000000",
                                             "(七)总计",
                                             "#3000003",
                                             "四. 因政府信息公开工作被申请行政复议、提起行政诉讼情况",
                                             "行政复议结果维持总计",
                                             "#000000000000000",
                                             "五、存在的主要问题及改进情况",
                                             "一是解读形式单一。",
                                             "六、其他需要报告的事项无。"};
  CHECK(pieces == expected);
}

TEST_CASE("a row's numbers with their units are one digit run, and the next label is not taken in") {
  std::u32string page =
      U"一、总体情况2023年，我局共收到申请3件，均已答复。我局坚持以公开为常态、不公开为例外，"
      U"扎实做好政府信息公开各项工作，规范依申请公开办理流程。二、主动公开政府信息情况第二十条第(九)项信息内容"
      U"采购项目数量采购总金额政府集中采购 3个 3443000元 三、收到和处理政府信息公开申请情况申请人情况"
      U"一、本年新收政府信息公开申请数量3000003二、上年结转政府信息公开申请数量0000000(七)总计3000003"
      U"五、存在的主要问题及改进情况一是解读形式单一。";
  std::vector<std::string> pieces = pieces_of(page);
  CHECK(std::find(pieces.begin(), pieces.end(), "#3个 3443000元") != pieces.end());
  CHECK(std::find(pieces.begin(), pieces.end(), "三、收到和处理政府信息公开申请情况") != pieces.end());
}

TEST_CASE("a page whose blank cells left no digits is known by its inline section headings, whatever its footer") {
  std::u32string page =
      U"一、总体情况2023年，我局依法做好政府信息公开工作，坚持以公开为常态、不公开为例外，规范依申请公开办理。"
      U"二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 "
      U"三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 26 26 二、上年结转政府信息公开申请数量 0 0 "
      U"四、政府信息公开行政复议、行政诉讼情况 0 0 0 五、存在的主要问题及改进情况 一是解读形式单一。"
      U"使用帮助 | 联系我们 | 隐私保护 | 新媒体矩阵 | 关于我们 | 网站地图";
  page += std::u32string(1000, U'文');  // the rest of the page: five bars in 1,300 characters are a footer's
  Text text = text_of(page);
  CHECK(looks_run_together(text, 0, text.size()));
  std::u32string narrative(300, U'文');
  narrative += U"一、总体情况 二、主动公开 是本报告的两部分。";  // one heading inline is narrative
  Text plain = text_of(narrative);
  CHECK_FALSE(looks_run_together(plain, 0, plain.size()));
}

TEST_CASE("once a page is known to run its cells together, a short line with one row's run is more of it") {
  Text line =
      text_of(U"其他一、本年新收政府信息公开申请数量21710000218二、上年结转政府信息公开申请数量0000000三、本年度办");
  CHECK_FALSE(looks_run_together(line, 0, line.size()));
  CHECK(looks_run_together(line, 0, line.size(), true));
  Text prose = text_of(U"全年主动公开政府信息10407条，发布政策解读96篇。");
  CHECK_FALSE(looks_run_together(prose, 0, prose.size(), true));
}

TEST_CASE("a line that opens inside the tables is cut as table rows up to section 五, whatever headings follow") {
  std::u32string line =
      U"00000003.其他1100002(七)总计21710000218四、结转下年度继续办理0000000四、政府信息公开行政复议、行政诉讼情况"
      U"行政复议结果维持总计000000000000000五、存在的主要问题及改进情况一是解读形式单一。";
  Text text = text_of(line);
  auto digits_of = [&](bool opens_in_tables) {
    std::vector<std::string> runs;
    for (const RunTogetherPiece& p : cut_run_together(text, 0, text.size(), opens_in_tables).pieces)
      if (p.digits) runs.push_back(to_utf8(line.substr(p.begin, p.end - p.begin)));
    return runs;
  };
  const std::vector<std::string> rows = {"0000000", "1100002", "21710000218", "0000000", "000000000000000"};
  CHECK(digits_of(true) == rows);
  CHECK(digits_of(false) == std::vector<std::string>{"000000000000000"});     // before 四's heading: narrative
  CHECK_FALSE(cut_run_together(text, 0, text.size(), true).tables_continue);  // 五 ended them
}
