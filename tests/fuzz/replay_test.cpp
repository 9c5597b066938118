// Replays a fuzz target's corpus (its seeds and every input that once crashed it) as a test, for
// builds without libFuzzer. The target aborts on a failed check; the file name printed before
// each input says which one.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

TEST(FuzzCorpus, EveryInputPasses) {
  std::vector<std::filesystem::path> inputs;
  for (const auto& f : std::filesystem::directory_iterator(FOOTPRINT_FUZZ_CORPUS)) {
    if (f.is_regular_file()) inputs.push_back(f.path());
  }
  std::sort(inputs.begin(), inputs.end());
  ASSERT_FALSE(inputs.empty()) << "no seeds in " << FOOTPRINT_FUZZ_CORPUS;
  for (const auto& path : inputs) {
    std::ifstream in(path, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
    std::cerr << "replaying " << path.string() << "\n";
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  std::cerr << inputs.size() << " inputs replayed\n";
}

}  // namespace
