#!/usr/bin/env bash
#! Runs both fuzz targets for a while each (default 600 s) on nightly, seeded from fuzz/seeds.
# Usage: fuzz/run.sh [SECONDS]. Needs `cargo install cargo-fuzz` and the nightly toolchain.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
seconds="${1:-600}"
for target in criteria container; do
  mkdir -p "corpus/$target"
  cargo +nightly fuzz run "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1
done
