// A row read with fewer numbers than columns from a layout that keeps no empty cells (one cell
// per line, PDF text): which cell was lost is unknown. The equations can tell: if exactly one way
// of leaving a gap makes every judged equation through the row hold, the numbers go there.
// Otherwise the row stays unplaced and cell-missing says so; nothing is guessed.
#pragma once

#include "tables/tables.h"

namespace xxgk {

void place_short_rows(Tables& tables);

}  // namespace xxgk
