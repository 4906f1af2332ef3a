#include "pairing/pairing.h"

#include <map>

#include "document/document.h"
#include "document/metadata.h"
#include "text/text.h"

namespace xxgk {
namespace {

// "思明区人民政府办公室" and "厦门市思明区人民政府办公室" are one body: a name may drop the
// places above it, so one name may be the other with place names in front.
bool same_body(const std::string& a, const std::string& b) {
  if (a == b) return true;
  std::u32string x = to_u32(a), y = to_u32(b);
  if (x.size() > y.size()) std::swap(x, y);
  constexpr size_t kMinName = 6;  // "人民政府办公室" alone names no body in particular
  if (x.size() < kMinName || y.compare(y.size() - x.size(), x.size(), x) != 0) return false;
  static const std::u32string_view kPlaceEnds = U"省市县区州盟旗";
  return kPlaceEnds.find(y[y.size() - x.size() - 1]) != std::u32string_view::npos;
}

}  // namespace

PairVerdict judge_pair(const ReportIdentity& current, const ReportIdentity& previous) {
  if (!current.agency.empty() && !previous.agency.empty() && !same_body(current.agency, previous.agency))
    return PairVerdict::OtherBody;
  if (!current.year || !previous.year) return PairVerdict::YearUnknown;
  return *previous.year == *current.year - 1 ? PairVerdict::Consecutive : PairVerdict::NotYearBefore;
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
