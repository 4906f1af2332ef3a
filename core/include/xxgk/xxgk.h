// The public interface of the xxgk-lint core (what tree-sitter's api.h is to it): from input bytes
// to the result contract (../shared/spec/output.md) as JSON, and the few facts a caller needs to
// present it. The command line, the WebAssembly module and the benchmarks see nothing else (the
// build gives them only this directory), so the JSON they print is the same byte for byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk {

// ---- Checking ----

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

// ---- Results for input the caller could not hand to check_to_json ----
// Same shape as for unreadable input: {"schema", "tool", "input", "error": {code, message}}.

// Inputs beyond this many bytes (a UTF-8 BOM not counted) are refused rather than checked slowly.
constexpr size_t kMaxInputBytes = 16u * 1024u * 1024u;

// The result for input of `bytes` bytes beyond kMaxInputBytes, for a caller that refuses a file
// before reading it: code "too-large", the answer check_to_json gives for such input.
std::string input_too_large_json(size_t bytes);

// The result for a file that could not be read at all (code "unreadable"); `message` says why.
std::string unreadable_json(std::string_view message);

// The result for a check that failed inside the program (code "internal"): what a caller prints
// when check_to_json itself could not answer.
std::string internal_error_json(std::string_view what);

// ---- Describing the tool ----

// The tool version printed in every result ("0.1.0").
std::string_view version();

// Every rule as JSON: [{"id", "severity", "description", "scope"}], in registry order. "scope"
// is "report" for a rule that reads one report, "cross-report" for one that compares it with the
// same body's report of the year before.
std::string rules_to_json();

// Both templates as JSON, for drawing the tables in their official layout:
// [{"id", "tables": [{"id", "title", "label", "rows": [{"id", "label", "group", "display",
//   "columns": [{"id", "label", "display"}]}]}]}]. Rows in printed order; "group" is the heading
// that spans the row's label ("(三)不予公开", "第二十条第(一)项"), "" when none.
std::string templates_to_json();

// A number as messages print it: integers without decimals, others with at most six.
std::string format_number(double v);

// ---- Positions ----
// Where lines begin, counted as the core counts them: a line ends at "\n", "\r\n" or a lone "\r"
// (old Mac files and some CMS exports). Offsets are UTF-16 code units of the input as a JavaScript
// string holds it (a UTF-8 BOM is not counted), the unit of every range in the result. The command
// line's "line:column" and the page's "第 N 行" both rest on this one definition.

// UTF-16 offsets at which each line of `utf8` starts; the first is always 0.
std::vector<uint32_t> line_starts(std::string_view utf8);

struct LineColumn {
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, in UTF-16 code units
};

LineColumn line_column(const std::vector<uint32_t>& starts, uint32_t offset);

// ---- Pairing a batch ----
// Whether reports are one body's reports of consecutive years: the decision behind the command
// line's batch pairing (and, in the core, behind the cross-report rules).

struct ReportIdentity {
  std::string agency;  // empty when the report does not name its body
  std::optional<int> year;
};

// The body and year of a report, read as the check reads them; nullopt when the input cannot
// be read at all.
std::optional<ReportIdentity> identify_report(std::string_view input);

// For each report of a batch, the index of the same body's report of the year before, or -1.
// Stricter than the check's own judgement of a pair someone made, since nobody said the files
// belong together: both must name their body and year, and a (body, year) that occurs twice in
// the batch pairs with nothing.
std::vector<int> pair_consecutive(const std::vector<ReportIdentity>& reports);

}  // namespace xxgk
