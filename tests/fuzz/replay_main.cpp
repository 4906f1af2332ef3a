// Runs a fuzz target over files without libFuzzer, so that the regression inputs are checked by
// the ordinary test suite with any compiler (and under -DXXGK_SANITIZE=ON by scripts/sanitize.sh).
//   xxgk_replay_<target> [--limit SECONDS] [--rss-limit-mb MB] FILE|DIR...
// Each input must finish (a crash aborts the process) within the time limit (default 10 s; the hang
// reproducers take far longer before their fix) and keep the process's peak memory under the limit
// (default 1024 MB; the peak only grows, so the first input past it is the culprit).
// Ends with "replay: N passed, M failed".
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <sys/resource.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  double limit = 10;
  long rss_limit_mb = 1024;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--limit" && i + 1 < argc) {
      limit = std::atof(argv[++i]);
      continue;
    }
    if (a == "--rss-limit-mb" && i + 1 < argc) {
      rss_limit_mb = std::atol(argv[++i]);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(a, ec)) {
      for (const auto& e : fs::recursive_directory_iterator(a))
        if (e.is_regular_file() && e.path().filename().string()[0] != '.' && e.path().filename() != "README.md")
          files.push_back(e.path());
    } else {
      files.push_back(a);
    }
  }
  std::sort(files.begin(), files.end());
  int passed = 0, failed = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto t0 = std::chrono::steady_clock::now();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    long peak_mb = ru.ru_maxrss / 1024;
    bool fast = s <= limit, small = peak_mb <= rss_limit_mb, ok = fast && small;
    std::printf("%s %s (%zu bytes, %.3f s, peak %ld MB)\n",
                !fast    ? "SLOW"
                : !small ? "BIG "
                         : "ok  ",
                f.string().c_str(), bytes.size(), s, peak_mb);
    ok ? ++passed : ++failed;
  }
  std::printf("replay: %d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
