// What the report says about itself: the report year, the agency, the statistics period, and
// the notices it cites as its basis.
#pragma once

#include <optional>
#include <string>

#include "document/document.h"

namespace xxgk {

struct StatedYear {
  int year = 0;
  Range range;
};

struct StatedPeriod {
  int start_year = 0, start_month = 0, start_day = 0;
  int end_year = 0, end_month = 0, end_day = 0;
  Range range;
};

struct Metadata {
  std::optional<int> year;               // the report year, from the best source
  std::optional<StatedYear> title_year;  // "…2023年政府信息公开工作年度报告" in the title
  std::optional<StatedYear> named_year;  // "现向社会公布…2023年政府信息公开工作年度报告"
  std::optional<StatedPeriod> period;    // "统计期限为2023年1月1日至2023年12月31日"
  std::string agency;                    // empty when not found
};

Metadata read_metadata(const Document& doc);

}  // namespace xxgk
