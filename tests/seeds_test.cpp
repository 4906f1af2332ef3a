// The five real reports in ../shared/seeds and what ../shared/README.md says a correct
// validator reports about them.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "support/check_json.h"

using namespace xxgk::test;

namespace {

Json seed(const std::string& name) {
  std::ifstream in(std::string(XXGK_SEEDS_DIR) + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return check(ss.str());
}

}  // namespace

TEST_SUITE("seeds") {
  TEST_CASE("xiamen-fao-2023: one cell per line with split headers, no errors") {
    Json r = seed("xiamen-fao-2023.txt");
    CHECK(r["template"] == "2021");
    CHECK(r["year"] == 2023);
    CHECK(r["agency"] == "厦门市人民政府外事办公室");
    CHECK(r["summary"]["errors"] == 0);
    CHECK(cell(r, "active", "normative_docs", "in_force")["value"] == 1);
  }

  TEST_CASE("gulei-2023: pipe rows with lost header characters, no errors") {
    Json r = seed("gulei-2023.txt");
    CHECK(r["template"] == "2021");
    CHECK(r["summary"]["errors"] == 0);
    CHECK(cell(r, "requests", "new", "total")["value"] == 11);
    CHECK(cell(r, "requests", "partial", "total")["value"] == 1);
    CHECK(cell(r, "requests", "unavailable_not_held", "total")["value"] == 10);
    CHECK(cell(r, "active", "licensing", "decisions")["value"] == 1493);
  }

  TEST_CASE("qingyang-fao-2020: six numbers for seven columns give cell-missing, no arithmetic error") {
    Json r = seed("qingyang-fao-2020.txt");
    CHECK(r["template"] == "2019");
    CHECK(r["summary"]["errors"] == 0);
    auto missing = findings(r, "cell-missing");
    REQUIRE(missing.size() == 1);
    CHECK(missing[0]["row"] == "rejected_publication");
  }

  TEST_CASE("baotou-fao-2023: bar lines, no errors") {
    Json r = seed("baotou-fao-2023.txt");
    CHECK(r["template"] == "2021");
    CHECK(r["agency"] == "包头市人民政府外事办公室");
    CHECK(r["summary"]["errors"] == 0);
    CHECK(r["tables"]["review"]["found"] == true);
  }

  TEST_CASE("siming-2019: the suspect cell and the failing equations around it") {
    Json r = seed("siming-2019.txt");
    CHECK(r["template"] == "2019");
    auto suspect = findings(r, "suspect-cell");
    REQUIRE(suspect.size() == 1);
    CHECK(suspect[0]["row"] == "total");
    CHECK(suspect[0]["column"] == "legal_service");
    CHECK(suspect[0]["expected"] == 0);
    CHECK(suspect[0]["actual"] == 2);
    auto row = findings(r, "req-row-total");
    REQUIRE(row.size() == 1);
    CHECK(row[0]["row"] == "total");
    auto result = findings(r, "req-result-total");
    REQUIRE(result.size() == 1);
    CHECK(result[0]["column"] == "legal_service");
    auto balance = findings(r, "req-balance");
    REQUIRE(balance.size() == 1);
    CHECK(balance[0]["column"] == "legal_service");
    auto published = findings(r, "active-published-total");
    REQUIRE(published.size() == 1);
    CHECK(published[0]["row"] == "normative_docs");
    CHECK(r["summary"]["errors"] == 4);
  }

  TEST_CASE("every seed's cells point at their own text in the input") {
    for (const char* name :
         {"xiamen-fao-2023.txt", "gulei-2023.txt", "qingyang-fao-2020.txt", "baotou-fao-2023.txt", "siming-2019.txt"}) {
      CAPTURE(name);
      Json r = seed(name);
      Json c = cell(r, "requests", "new", "total");
      REQUIRE(c["range"].is_object());
      CHECK(c["range"]["end"].get<int>() - c["range"]["start"].get<int>() ==
            static_cast<int>(c["raw"].get<std::string>().size()));
    }
  }
}
