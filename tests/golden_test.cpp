// Golden tests: every tests/fixtures/NAME.txt|html with its readable NAME.expected.json.
// After a reviewed change, XXGK_UPDATE_GOLDEN=1 rewrites the expected files.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/check_json.h"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool is_fixture(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".md";
}

// The first line where two texts differ, to make a failure readable.
std::string first_difference(const std::string& a, const std::string& b) {
  std::istringstream sa(a), sb(b);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ha = static_cast<bool>(std::getline(sa, la)), hb = static_cast<bool>(std::getline(sb, lb));
    if (!ha && !hb) return "";
    if (la != lb || ha != hb) return "line " + std::to_string(line) + ":\n  expected: " + lb + "\n  actual:   " + la;
  }
}

}  // namespace

TEST_CASE("golden fixtures give their expected results") {
  const bool update = std::getenv("XXGK_UPDATE_GOLDEN") != nullptr;
  std::vector<fs::path> inputs;
  for (const auto& e : fs::directory_iterator(XXGK_FIXTURES_DIR))
    if (e.is_regular_file() && is_fixture(e.path())) inputs.push_back(e.path());
  std::sort(inputs.begin(), inputs.end());
  CHECK(inputs.size() > 0);
  for (const fs::path& input : inputs) {
    std::string name = input.filename().string();
    CAPTURE(name);
    std::string actual = xxgk::test::Json::parse(xxgk::check_to_json(read_file(input))).dump(2) + "\n";
    fs::path expected_path = input.parent_path() / (input.stem().string() + ".expected.json");
    if (update) {
      std::ofstream(expected_path, std::ios::binary) << actual;
      continue;
    }
    if (!fs::exists(expected_path)) {
      FAIL_CHECK("no " << expected_path.filename().string()
                       << ": review the output, then run with XXGK_UPDATE_GOLDEN=1");
      continue;
    }
    std::string expected = read_file(expected_path);
    std::string diff = first_difference(actual, expected);
    CAPTURE(diff);
    CHECK(actual == expected);
  }
}

// Pairs: tests/fixtures/pairs/NAME.txt checked against last year's NAME.previous.txt.
TEST_CASE("golden pairs of consecutive reports give their expected results") {
  const bool update = std::getenv("XXGK_UPDATE_GOLDEN") != nullptr;
  const fs::path dir = fs::path(XXGK_FIXTURES_DIR) / "pairs";
  std::vector<fs::path> inputs;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (e.path().extension() == ".txt" && name.find(".previous.") == std::string::npos) inputs.push_back(e.path());
  }
  std::sort(inputs.begin(), inputs.end());
  CHECK(inputs.size() >= 6);
  for (const fs::path& input : inputs) {
    std::string name = input.filename().string();
    CAPTURE(name);
    xxgk::CheckOptions options;
    options.previous = read_file(dir / (input.stem().string() + ".previous.txt"));
    CHECK(!options.previous.empty());
    std::string actual = xxgk::test::Json::parse(xxgk::check_to_json(read_file(input), options)).dump(2) + "\n";
    fs::path expected_path = dir / (input.stem().string() + ".expected.json");
    if (update) {
      std::ofstream(expected_path, std::ios::binary) << actual;
      continue;
    }
    std::string expected = read_file(expected_path);
    std::string diff = first_difference(actual, expected);
    CAPTURE(diff);
    CHECK(actual == expected);
  }
}
