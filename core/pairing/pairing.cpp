#include "pairing/pairing.h"

#include <map>

#include "document/document.h"
#include "document/metadata.h"
#include "text/text.h"

namespace xxgk {
namespace {

// Whether two names can be one body's: "思明区人民政府办公室" is "厦门市思明区人民政府办公室" with
// the places above it dropped, and a name read short ("州市人民政府办公室") still lies inside the
// whole one. Names that contradict each other ("思明区教育局", "湖里区教育局") cannot.
bool may_be_same_body(const std::string& a, const std::string& b) {
  if (a.size() > b.size()) return may_be_same_body(b, a);
  constexpr size_t kMinName = 4 * 3;  // four characters of UTF-8: less names no body in particular
  return a.size() >= kMinName && b.find(a) != std::string::npos;
}

}  // namespace

PairVerdict judge_pair(const ReportIdentity& current, const ReportIdentity& previous) {
  if (!current.agency.empty() && !previous.agency.empty() && !may_be_same_body(current.agency, previous.agency))
    return PairVerdict::OtherBody;
  if (!current.year || !previous.year) return PairVerdict::YearUnknown;
  return *previous.year == *current.year - 1 ? PairVerdict::Consecutive : PairVerdict::NotYearBefore;
}

bool comparable(PairVerdict verdict) {
  return verdict == PairVerdict::Consecutive || verdict == PairVerdict::YearUnknown;
}

std::vector<int> pair_consecutive(const std::vector<ReportIdentity>& reports) {
  std::map<std::pair<std::string, int>, int> by_key;  // -2: the key occurs more than once
  for (size_t i = 0; i < reports.size(); ++i) {
    const ReportIdentity& r = reports[i];
    if (r.agency.empty() || !r.year) continue;
    auto [it, fresh] = by_key.emplace(std::make_pair(r.agency, *r.year), static_cast<int>(i));
    if (!fresh) it->second = -2;
  }
  std::vector<int> previous(reports.size(), -1);
  for (const auto& [key, index] : by_key) {
    if (index < 0) continue;
    auto before = by_key.find({key.first, key.second - 1});
    if (before != by_key.end() && before->second >= 0) previous[index] = before->second;
  }
  return previous;
}

std::optional<ReportIdentity> identify_report(std::string_view input) {
  DecodedInput decoded = decode_input(input);
  if (decoded.error) return std::nullopt;
  Metadata meta = read_metadata(build_document(std::move(decoded)));
  return ReportIdentity{meta.agency, meta.year};
}

}  // namespace xxgk
