#pragma once

#include <cstddef>
#include <cstdint>

// The libFuzzer entry point every target in tests/fuzz defines.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
