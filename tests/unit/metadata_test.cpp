#include <doctest/doctest.h>

#include "document/metadata.h"
#include "document/sections.h"
#include "text/decode.h"

using namespace xxgk;

namespace {
Metadata meta(const std::string& s) { return read_metadata(build_document(decode_input(s))); }
}  // namespace

TEST_CASE("the title gives the agency and the year") {
  Metadata m = meta("厦门市思明区人民政府办公室2019年政府信息公开工作年度报告\n正文");
  CHECK(m.agency == "厦门市思明区人民政府办公室");
  CHECK(m.year == 2019);
  CHECK(m.title_year);
}

TEST_CASE("without a title the report's description of itself gives them") {
  Metadata m = meta(
      "根据《漳州市人民政府办公室关于编制2023年政府信息公开年度工作报告有关事项的通知》要求，"
      "现向社会公布漳州古雷港经济开发区2023年政府信息公开工作年度报告。");
  CHECK(m.agency == "漳州古雷港经济开发区");
  CHECK(m.year == 2023);
}

TEST_CASE("the statistics period is read with its range") {
  Metadata m =
      meta("本年度报告由包头市人民政府外事办公室根据条例编制。所列数据的统计期限为2023年1月1日至2023年12月31日。");
  REQUIRE(m.period);
  CHECK(m.period->start_month == 1);
  CHECK(m.period->end_day == 31);
  CHECK(m.year == 2023);
  CHECK(m.agency == "包头市人民政府外事办公室");
}

TEST_CASE("section headings are found by number and key words, not table rows") {
  Document doc = build_document(decode_input(
      "一、总体情况\n二、行政机关主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
      "一、本年新收政府信息公开申请数量\n三、本年度办理结果\n四、结转下年度继续办理\n"
      "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n五、政府信息公开工作存在的主要问题及改进情况\n"
      "六、其他需要报告的事项\n"));
  Sections s = find_sections(doc);
  REQUIRE(s.found.size() == 6);
  for (int n = 1; n <= 6; ++n) CHECK(s.found[n - 1].number == n);
  CHECK(s.found[3].token == 6);
}

TEST_CASE("a section numbered otherwise than the template is found by its title, in the template's order") {
  // Seven parts (an extra 二), so 主动公开 is 三 and 其他事项 七; a narrative sub-heading that only
  // mentions 主动公开 is not taken for section 二.
  Document doc = build_document(
      decode_input("一、总体情况\n二、落实政务公开工作主要任务\n（三）主动公开工作\n三、主动公开政府信息情况\n"
                   "四、收到和处理政府信息公开申请情况\n五、政府信息公开行政复议、行政诉讼情况\n"
                   "六、存在的主要问题及改进情况\n七、其他需要报告的事项\n"));
  Sections s = find_sections(doc);
  REQUIRE(s.found.size() == 6);
  const size_t tokens[] = {0, 3, 4, 5, 6, 7};
  for (int n = 1; n <= 6; ++n) {
    CAPTURE(n);
    CHECK(s.found[n - 1].number == n);
    CHECK(s.found[n - 1].token == tokens[n - 1]);
  }
  // A table part that numbers afresh after the narrative: its 一、主动公开政府信息情况 stands
  // after 三, so it cannot be section 二.
  Document afresh = build_document(decode_input(
      "一、总体情况\n二、收到和处理政府信息公开申请情况\n三、其他需要报告的事项\n一、主动公开政府信息情况\n"));
  Sections t = find_sections(afresh);
  CHECK(t.found.size() == 3);  // 一, and 三 and 六 by their titles
  CHECK(t.get(2) == nullptr);
}

TEST_CASE("a year written with spaces before 年, under the agency's line, is the title's") {
  Metadata m = meta(
      "                云溪区人民政府\n      2024 年政府信息公开工作年度报告\n\n"
      "   本报告由岳阳市云溪区人民政府办公室根据《条例》要求编制。\n");
  CHECK(m.year == 2024);
  REQUIRE(m.title_year);
  CHECK(m.agency == "岳阳市云溪区人民政府");  // the body's fullest name, not its compiling office
}

TEST_CASE("a body named only by its kind or its level is no agency") {
  for (const char* body : {"省政府", "市人民政府", "街道办事处", "办事处", "区管委会", "管理委员会"}) {
    CAPTURE(body);
    std::string text = std::string("根据《条例》要求，") + body + "编制了本年度政府信息公开工作年度报告。\n今年，" +
                       body + "认真做好政府信息公开工作。\n";
    CHECK(meta(text).agency.empty());
  }
}

TEST_CASE("the year and the agency come from wherever the report states them") {
  struct Case {
    const char* what;
    const char* text;
    int year;
    const char* agency;
  };
  const Case cases[] = {
      {"a title wrapped onto a second line still gives the year and the agency",
       "正文\n2024 年某某市科委政府信息公开工作\n年度报告\n根据《条例》的要求编制本报告。\n", 2024, "某某市科委"},
      {"a crawler's header gives the title and the agency",
       "标题: 青山区农业农村局2022年度 政府信息公开工作年度报告\n发布时间: 2023-01-10 09:00\n发布机构: 办公室\n"
       "==================== 正文 ====================\n根据《条例》要求编制本报告。一、总体情况 全年主动公开信息。\n",
       2022, "青山区农业农村局"},
      {"without a title, period or self-description, the page's date is a year after the report's",
       "标题: 政府信息公开工作年度报告\n发布时间: 2023-01-10 09:00\n发布机构: 青山区农业农村局\n正文\n", 2022,
       "青山区农业农村局"},
      {"the signature and its date close the report",
       "一、总体情况\n我局扎实推进政务公开。\n六、其他需要报告的事项\n无。\n\n青山县交通运输局\n2024年1月15日\n- 6 -\n",
       2023, "青山县交通运输局"},
      {"a signature at the end of a run-together page is read too",
       "一、总体情况 我单位扎实推进政务公开。六、其他需要报告的事项 我单位本年度没有产生信息公开处理费。 "
       "青山区综合执法与应急管理局 2023年1月5日",
       2022, "青山区综合执法与应急管理局"},
      {"a signature is found above the site's links to other pages",
       "六、其他需要报告的事项\n无。\n青山区教育局\n2021年3月23日\n上一篇：青山区教育局2019年政府信息公开工作年度报告\n"
       "下一篇：关于公布政务服务事项清单的通知\n",
       2020, "青山区教育局"},
      {"a name spaced out in PDF text is read without its spaces",
       "青山区 人民政府 2023 年政府信息公开工作年度报告\n正文\n", 2023, "青山区人民政府"},
      {"a title with 关于 before its year gives the agency before it",
       "青山区旅游与文化体育局 关于2020年度政府信息公开工作年度报告\n正文\n", 2020, "青山区旅游与文化体育局"},
      {"the site the report itself is published on is its body's",
       "根据《条例》要求编制本报告。本报告电子版可在青山区交通运输局门户网站（http://www.example.gov.cn）"
       "查阅或下载。\n一、总体情况\n2023年，我局在国家税务总局网站转载政策解读3篇。\n",
       2023, "青山区交通运输局"},
      {"the site's name may be wrapped over lines of PDF text",
       "所列数据的统计期限为2023年1月1日至2023年12月31日。本报告电子版可在青山市高新技术产业开发区\n"
       "管理委员会门户网站（http://www.example.gov.cn）查阅。\n一、总体情况\n",
       2023, "青山市高新技术产业开发区管理委员会"},
      {"another body's site named in the narrative is not the report's",
       "根据《条例》要求编制本年度报告。\n一、总体情况\n2023年，我局在国家税务总局网站转载政策解读3篇。\n", 2023, ""},
      {"a sentence wrapped so that its end looks like a title gives the name without its verb",
       "根据《条例》要求，\n现向社会公布青山县新华街道办事处2025年政府信息公开工作年度报告。\n", 2025,
       "青山县新华街道办事处"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    Metadata m = meta(c.text);
    CHECK(m.year == c.year);
    CHECK(m.agency == c.agency);
  }
}

TEST_CASE("a statistics period wrapped over two lines and ending without its year is read") {
  Metadata m = meta("本年度报告中所列数据统计期限为 2025\n年 1 月 1 日至 12 月 31 日。本年度报告电子版可下载。\n");
  REQUIRE(m.period);
  CHECK(m.period->start_year == 2025);
  CHECK(m.period->end_year == 2025);
  CHECK(m.period->end_month == 12);
  CHECK(m.period->end_day == 31);
  CHECK(m.year == 2025);
}

TEST_CASE("a fragment of a sentence is never the agency") {
  for (const char* text : {"今年我局根据《条例》要求，扎实推进政务公开。\n", "督促各片区管理局按照要求公开信息。\n",
                           "各处室根据职责做好公开工作。\n", "发布机构: 办公室\n"}) {
    CAPTURE(text);
    CHECK(meta(text).agency.empty());
  }
}

TEST_CASE("when the title and the statistics period disagree, the title's year is the report's") {
  Metadata m = meta("青山县财政局2023年政府信息公开工作年度报告\n统计期限为2022年1月1日至2022年12月31日。\n");
  CHECK(m.year == 2023);
}

TEST_CASE("a name closing the page without a date under it may be the site's, and is not the agency") {
  Metadata m = meta("六、其他需要报告的事项\n本年度无其他需要报告的事项。\n青山区人民政府\n");
  CHECK(m.agency.empty());
}

TEST_CASE("a range of dates ending without its year is no period unless the text says it is one") {
  Metadata m = meta("2023年1月1日至6月30日开展专项检查。\n");
  CHECK_FALSE(m.period);
}
