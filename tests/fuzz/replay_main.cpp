// Runs a fuzz target over files without libFuzzer, so that the regression inputs are checked by
// the ordinary test suite with any compiler (and under -DXXGK_SANITIZE=ON by scripts/sanitize.sh).
//   xxgk_replay_<target> [--limit SECONDS] FILE|DIR...
// Each input must finish (a crash aborts the process) within the time limit (default 20 s; a hang
// that libFuzzer reported as a timeout takes far longer before the fix). Ends with "N passed, M failed".
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

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  double limit = 20;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--limit" && i + 1 < argc) {
      limit = std::atof(argv[++i]);
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
    bool ok = s <= limit;
    std::printf("%s %s (%zu bytes, %.3f s)\n", ok ? "ok  " : "SLOW", f.string().c_str(), bytes.size(), s);
    ok ? ++passed : ++failed;
  }
  std::printf("replay: %d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
