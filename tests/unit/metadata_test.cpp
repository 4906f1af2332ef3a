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
  Metadata m = meta("本年度报告由包头市人民政府外事办公室根据条例编制。所列数据的统计期限为2023年1月1日至2023年12月31日。");
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
