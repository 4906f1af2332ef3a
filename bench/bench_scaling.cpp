// Scaling benchmark: one report checked at 1x, 10x and 100x its size (the report pasted over and
// over), to show that the cost grows linearly. Prints figures; never fails on a slow result.
//
//   xxgk_bench_scaling [--min-time S] FILE...      (default: the seeds in ../shared/seeds)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <xxgk/xxgk.h>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The best time of as many checks as fit in min_time (at least 3): the least disturbed run.
double best_ms(const std::string& input, double min_time) {
  double best = 1e300, spent = 0;
  for (int runs = 0; runs < 3 || spent < min_time * 1000; ++runs) {
    auto t0 = Clock::now();
    std::string out = xxgk::check_to_json(input);
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (out.empty()) std::abort();  // keeps the call from being optimised away
    best = std::min(best, ms);
    spent += ms;
  }
  return best;
}

void scale(const fs::path& file, double min_time) {
  const std::string one = read_file(file);
  double base_ms = 0;
  std::printf("%s (%zu bytes)\n", file.filename().string().c_str(), one.size());
  std::printf("  %6s %12s %10s %9s %12s\n", "size", "bytes", "ms", "MB/s", "ms / 1x-ms");
  for (int times : {1, 10, 100}) {
    std::string input;
    input.reserve(one.size() * times);
    for (int k = 0; k < times; ++k) input += one;
    double ms = best_ms(input, min_time);
    if (times == 1) base_ms = ms;
    std::printf("  %5dx %12zu %10.3f %9.1f %12.1f\n", times, input.size(), ms, input.size() / 1e3 / ms, ms / base_ms);
  }
  std::printf(
      "  (linear: the last column grows no faster than 1, 10, 100; a fixed cost per check, about\n"
      "   half of it the JSON of every template cell, makes small inputs dearer per byte)\n");
}

}  // namespace

int main(int argc, char** argv) {
  double min_time = 0.5;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--min-time" && i + 1 < argc) min_time = std::atof(argv[++i]);
    else files.push_back(a);
  }
  if (files.empty()) {
    fs::path seeds = fs::path(XXGK_SEEDS_DIR);
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(seeds, ec)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: xxgk_bench_scaling [--min-time S] FILE...\n");
    return 2;
  }
  for (const auto& f : files) scale(f, min_time);
  return 0;
}
