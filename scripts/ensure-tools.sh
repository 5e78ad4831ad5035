#!/usr/bin/env bash
# Install whatever is missing for building (`build`) or also for testing (`test`); skip
# whatever is already there at the right version, so a second run takes seconds.
#
#   scripts/ensure-tools.sh build   Rust wasm target, Trunk 0.21.14, wasm-bindgen CLI (= Cargo.lock),
#                                   npm packages (wasm-opt from binaryen, terser, Playwright, axe)
#   scripts/ensure-tools.sh test    the above, plus Debian's chromium, chromium-driver, fonts-noto-cjk
#   scripts/ensure-tools.sh bench   the above, plus Lighthouse (bench/package-lock.json) and twiggy
set -euo pipefail
what=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# (No `grep -q` after a pipe: with pipefail, an early exit kills the writer and reads as a failure.)
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The machine's Rust (rustup) with the wasm target.
command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 1; }
if ! rustup target list --installed 2>/dev/null | grep -x wasm32-unknown-unknown >/dev/null; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.21.14 (0.22 needs a newer rustc). About 7 minutes the first time.
if ! trunk --version 2>/dev/null | grep '^trunk 0\.21\.14$' >/dev/null; then
  say "installing trunk 0.21.14 (about 7 minutes, once)"
  cargo install trunk --version 0.21.14 --locked
fi

# wasm-bindgen CLI at exactly the version in Cargo.lock (without --locked: the registry
# mirror lacks one of its locked crates).
wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")
if ! wasm-bindgen --version 2>/dev/null | grep " $wb\$" >/dev/null; then
  say "installing wasm-bindgen-cli $wb (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$wb"
fi

# npm packages, pinned by package-lock.json; reinstalled only when the lock file changes.
npm_ci() { # dir
  local dir=$1 stamp="$1/node_modules/.lock-sha256" sum
  sum=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
    local name=${dir#"$root"}; say "installing npm packages in ./${name#/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$sum" > "$stamp"
  fi
}
npm_ci "$root"

if [ "$what" = test ] || [ "$what" = bench ]; then
  # Debian's Chromium and ChromeDriver (never a downloaded browser) and CJK fonts.
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if [ "$what" = bench ]; then
  npm_ci "$root/bench"
  # twiggy, for the size ledger (`make ledger`).
  if ! twiggy --version 2>/dev/null | grep '^twiggy-opt 0\.8\.0$\|^twiggy 0\.8\.0$' >/dev/null; then
    say "installing twiggy 0.8.0 (a few minutes, once)"
    cargo install twiggy --version 0.8.0 --locked
  fi
fi
exit 0
