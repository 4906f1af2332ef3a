// The public entry point of the xxgk-lint core: one call from input bytes to the result contract
// (../shared/spec/output.md). The command line, the WebAssembly module and the tests all go through
// here, so the JSON they print is the same byte for byte.
#pragma once

#include <string>
#include <string_view>

namespace xxgk {

struct CheckOptions {
  // "" detects the template from the report; "2019" or "2021" forces it.
  std::string template_id;
  // The same body's report of the year before (UTF-8 text or HTML), for the cross-report rules;
  // empty: none. Its own findings are not reported.
  std::string previous;
};

// Checks one report (UTF-8 text or HTML) and returns the result as compact JSON on one line.
// Unreadable input (invalid UTF-8, GBK, binary, empty) gives a result with an "error" object
// instead of tables. Nothing in the core throws; only the standard library can (out of memory):
// the command line catches that, and the browser build has no exceptions at all (an allocation
// failure aborts the module, and the page loads a fresh one).
std::string check_to_json(std::string_view input, const CheckOptions& options = {});

// For HTML input, the document as the HTML reader laid it out, for drawing it as a document (never
// part of the check result): {"html": true, "blocks": [BLOCK]} in reading order, where BLOCK is
//   {"kind": "p", "chrome": bool, "range": RANGE, "runs": [RUN]} or
//   {"kind": "table", "chrome": bool, "range": RANGE, "rows": [[{"rowspan", "colspan", "range", "runs"}]]}
// or, past the blocks a view keeps of a very long stretch of site or report,
//   {"kind": "omitted", "chrome": bool, "range": RANGE, "count": blocks left out},
// and RUN is {"text", "start", "end"}: the text as the input had it (entities decoded, white space
// folded) whose k-th UTF-16 unit stands at start + k in the input. Ranges are UTF-16 offsets into
// the input, as in the result contract. "chrome" marks the site around the report (before its
// title or first section, after the end of its last section); with no section found, none is.
// Plain text gives {"html": false, "blocks": []}; unreadable input adds the "error" of a result.
std::string document_to_json(std::string_view input);

// The error result (same shape as for unreadable input) for a check that failed inside the
// program, code "internal": what a caller prints when check_to_json itself could not answer.
std::string internal_error_json(std::string_view what);

// The tool version printed in every result ("0.1.0").
std::string_view version();

// Every rule as JSON: [{"id", "severity", "description"}], in registry order.
std::string rules_to_json();

// Both templates as JSON, for drawing the tables in their official layout:
// [{"id", "tables": [{"id", "title", "label", "rows": [{"id", "label", "group", "display",
//   "columns": [{"id", "label", "display"}]}]}]}]. Rows in printed order; "group" is the heading
// that spans the row's label ("(三)不予公开", "第二十条第(一)项"), "" when none.
std::string templates_to_json();

}  // namespace xxgk
