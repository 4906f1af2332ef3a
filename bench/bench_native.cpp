// Native benchmark: time per report and throughput of xxgk::check_to_json, the call the command
// line and the WebAssembly module make. Prints figures; judges nothing (bench/run.sh compares them).
//
//   xxgk_bench [--min-time SECONDS] [--passes N] NAME=PATH[,PATH...] ...
//
// Each NAME=PATHS is a group of reports (files, or directories searched for .txt/.html/.htm/.md).
// Every report is checked once to warm up, then the whole group is checked pass after pass until
// --min-time (default 1 s) has gone by and at least --passes passes (default 3) are done; a report's
// time is its median over the passes. Per group it prints the reports' mean, median, p95 and max
// time, and MB/s (all the group's bytes over the sum of its reports' times), then one line
//   RESULT group=NAME files=N bytes=B chars=C mean_ms=... median_ms=... p95_ms=... max_ms=... mbps=...
// for scripts. Input bytes are read once; reading files is not timed.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <xxgk/xxgk.h>

namespace fs = std::filesystem;

namespace {

struct Report {
  std::string path;
  std::string bytes;
  size_t chars = 0;  // code points, as `wc -m` counts them
  std::vector<double> seconds;
};

size_t count_chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool is_report(const fs::path& p) {
  std::string e = p.extension().string();
  return e == ".txt" || e == ".html" || e == ".htm" || e == ".md";
}

void add_path(const std::string& p, std::vector<Report>& out) {
  std::vector<std::string> files;
  std::error_code ec;
  if (fs::is_directory(p, ec)) {
    for (const auto& e : fs::recursive_directory_iterator(p))
      if (e.is_regular_file() && is_report(e.path())) files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(p);
  }
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "xxgk_bench: cannot read %s\n", f.c_str());
      std::exit(2);
    }
    Report r;
    r.path = f;
    r.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    r.chars = count_chars(r.bytes);
    out.push_back(std::move(r));
  }
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

volatile size_t g_sink = 0;  // keeps the results alive

void run_group(const std::string& name, std::vector<Report>& reports, double min_time, int min_passes) {
  using clock = std::chrono::steady_clock;
  for (auto& r : reports) g_sink = g_sink + xxgk::check_to_json(r.bytes).size();  // warm-up
  auto start = clock::now();
  int passes = 0;
  while (passes < min_passes || std::chrono::duration<double>(clock::now() - start).count() < min_time) {
    for (auto& r : reports) {
      auto t0 = clock::now();
      std::string out = xxgk::check_to_json(r.bytes);
      auto t1 = clock::now();
      g_sink = g_sink + out.size();
      r.seconds.push_back(std::chrono::duration<double>(t1 - t0).count());
    }
    ++passes;
  }
  std::vector<double> per;
  double total_s = 0;
  size_t bytes = 0, chars = 0;
  for (const auto& r : reports) {
    double m = median(r.seconds);
    per.push_back(m);
    total_s += m;
    bytes += r.bytes.size();
    chars += r.chars;
  }
  std::vector<double> sorted = per;
  std::sort(sorted.begin(), sorted.end());
  double mean = total_s / per.size();
  double p95 = sorted[std::min(sorted.size() - 1, static_cast<size_t>(sorted.size() * 0.95))];
  double mbps = bytes / 1e6 / total_s;
  std::printf("%s: %zu reports, %.2f MB (%zu chars), %d passes\n", name.c_str(), reports.size(), bytes / 1e6, chars,
              passes);
  std::printf("  per report: mean %.3f ms, median %.3f ms, p95 %.3f ms, max %.3f ms\n", mean * 1e3, median(per) * 1e3,
              p95 * 1e3, sorted.back() * 1e3);
  std::printf("  throughput: %.1f MB/s\n", mbps);
  if (reports.size() <= 12)
    for (size_t i = 0; i < reports.size(); ++i)
      std::printf("    %-40s %9zu B %9.3f ms\n", fs::path(reports[i].path).filename().string().c_str(),
                  reports[i].bytes.size(), per[i] * 1e3);
  std::printf(
      "RESULT group=%s files=%zu bytes=%zu chars=%zu mean_ms=%.4f median_ms=%.4f p95_ms=%.4f max_ms=%.4f mbps=%.2f\n",
      name.c_str(), reports.size(), bytes, chars, mean * 1e3, median(per) * 1e3, p95 * 1e3, sorted.back() * 1e3, mbps);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  double min_time = 1.0;
  int min_passes = 3;
  std::vector<std::pair<std::string, std::vector<Report>>> groups;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--min-time" && i + 1 < argc) {
      min_time = std::atof(argv[++i]);
    } else if (a == "--passes" && i + 1 < argc) {
      min_passes = std::max(1, std::atoi(argv[++i]));
    } else if (a.find('=') != std::string::npos) {
      std::string name = a.substr(0, a.find('='));
      std::vector<Report> reports;
      std::string paths = a.substr(a.find('=') + 1);
      for (size_t b = 0; b <= paths.size();) {
        size_t e = paths.find(',', b);
        if (e == std::string::npos) e = paths.size();
        if (e > b) add_path(paths.substr(b, e - b), reports);
        b = e + 1;
      }
      if (reports.empty()) {
        std::fprintf(stderr, "xxgk_bench: group %s has no reports\n", name.c_str());
        return 2;
      }
      groups.emplace_back(name, std::move(reports));
    } else {
      std::fprintf(stderr, "usage: xxgk_bench [--min-time S] [--passes N] NAME=PATH[,PATH...] ...\n");
      return 2;
    }
  }
  if (groups.empty()) {
    std::fprintf(stderr, "usage: xxgk_bench [--min-time S] [--passes N] NAME=PATH[,PATH...] ...\n");
    return 2;
  }
  std::printf("xxgk-lint %s native benchmark\n", std::string(xxgk::version()).c_str());
  for (auto& [name, reports] : groups) run_group(name, reports, min_time, min_passes);
  return 0;
}
