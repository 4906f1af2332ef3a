// Whether two reports are one body's reports of consecutive years: the one decision behind the
// cross-report rules (`--previous`, the page's 上年报告) and the command line's batch pairing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk {

struct ReportIdentity {
  std::string agency;  // empty when the report does not name its body
  std::optional<int> year;
};

enum class PairVerdict {
  Consecutive,    // the year before, and the same body (or a body one of them does not name)
  OtherBody,      // both name their body, and not the same one
  NotYearBefore,  // both state their year, and the previous is not the year before
  YearUnknown,    // a year is not stated: nothing contradicts the caller who paired them
};

PairVerdict judge_pair(const ReportIdentity& current, const ReportIdentity& previous);

// Whether reports someone paired (--previous, the page's 上年报告) are compared: unless what they
// state contradicts the pairing (another body, another year), the caller's word stands.
bool comparable(PairVerdict verdict);

// For each report of a batch, the index of the same body's report of the year before, or -1.
// Stricter than judge_pair, since nobody said the files belong together: both must name their
// body and year, and a (body, year) that occurs twice in the batch pairs with nothing.
std::vector<int> pair_consecutive(const std::vector<ReportIdentity>& reports);

// The body and year of a report, read as the check reads them; nullopt when the input cannot
// be read at all.
std::optional<ReportIdentity> identify_report(std::string_view input);

}  // namespace xxgk
