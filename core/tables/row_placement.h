// Rows whose label a converter lost are placed by the template's row order (table_reader). That
// order alone is not proof: the placement stands only while every equation it lets be judged
// holds. If one fails, the error could be the placement's own, so the rows go back to unplaced
// and cell-missing says so; no error finding rests on a placement by order.
#pragma once

#include "tables/tables.h"

namespace xxgk {

void confirm_rows_by_order(Tables& tables);

}  // namespace xxgk
