// libFuzzer target: see FuzzBodies::snapshot() in fuzzbodies.h and tests/fuzz/README.md.
#include "fuzzbodies.h"

STEWARD_FUZZ_TARGET(FuzzBodies::snapshot)
