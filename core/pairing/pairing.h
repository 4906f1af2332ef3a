// Whether two reports are one body's reports of consecutive years: the one decision behind the
// cross-report rules (`--previous`, the page's 上年报告) and the command line's batch pairing.
#pragma once

#include <xxgk/xxgk.h>

namespace xxgk {

// ReportIdentity, identify_report and pair_consecutive are public: xxgk/xxgk.h.

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

}  // namespace xxgk
