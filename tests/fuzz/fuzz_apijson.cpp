// libFuzzer target: see FuzzBodies::apiJson() in fuzzbodies.h and tests/fuzz/README.md.
#include "fuzzbodies.h"

STEWARD_FUZZ_TARGET(FuzzBodies::apiJson)
