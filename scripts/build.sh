#!/usr/bin/env bash
# Configures and builds Steward into build/ (Release with debug info).
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache, when the machine has it, makes rebuilds and second build trees cheap.
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S . -B "${BUILD_DIR:-build}" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "${launcher[@]}" >/dev/null
cmake --build "${BUILD_DIR:-build}" --parallel "$(nproc)"
