// libFuzzer target: see FuzzBodies::apiError() in fuzzbodies.h and tests/fuzz/README.md.
#include "fuzzbodies.h"

STEWARD_FUZZ_TARGET(FuzzBodies::apiError)
