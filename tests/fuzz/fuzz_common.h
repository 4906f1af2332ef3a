// Shared by the fuzz targets: a check that aborts (so libFuzzer and the replay driver both see a
// crash) with a message naming the broken invariant.
#pragma once

#include <cstdio>
#include <cstdlib>

#define XXGK_FUZZ_REQUIRE(cond, what)                                                             \
  do {                                                                                            \
    if (!(cond)) {                                                                                \
      std::fprintf(stderr, "xxgk fuzz invariant broken: %s (%s:%d)\n", what, __FILE__, __LINE__); \
      std::abort();                                                                               \
    }                                                                                             \
  } while (0)
