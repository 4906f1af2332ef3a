// Rebuilds the three tables by the template, not by the header text: a row is found by its
// label (the most reliable part of any paste), its cells are the numbers that follow it —
// in place for delimited layouts, in order for free ones. The review table has no row labels:
// its fifteen numbers follow the section heading.
#pragma once

#include "document/document.h"
#include "document/sections.h"
#include "tables/tables.h"

namespace xxgk {

Tables read_tables(const Document& doc, const Sections& sections, const Template& tmpl);

// How well the tables fit their template: cells read in complete rows. Used to tell the
// templates apart.
int fit_score(const Tables& tables);

}  // namespace xxgk
