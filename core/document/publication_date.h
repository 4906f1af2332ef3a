// The publication date a pasted page states about itself: "发布时间：2024-01-20 09:30" in the site
// chrome, "发布时间: 2022-01-13 08:38" in a crawler's header, "公开日期 | 2024-01-17" in a CMS
// metadata table. Not the date a report is signed or written (成文日期), nor when a crawler
// fetched it (采集时间).
#pragma once

#include <optional>

#include "document/document.h"

namespace xxgk {

struct PublicationDate {
  int year = 0, month = 0, day = 0;
  Range range;
};

// The earliest date the page states it was published; nullopt when it states none.
std::optional<PublicationDate> read_publication_date(const Document& doc);

}  // namespace xxgk
