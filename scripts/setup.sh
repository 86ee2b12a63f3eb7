#!/usr/bin/env bash
# Fresh machine set-up: the system packages the deck needs (as root on Debian), then the project's packages.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || missing+=(fonts-noto-cjk)  # no -q: an early exit would fail the pipe
# Inter: the deck's Latin face (English text, and Latin letters and figures in Chinese decks).
fc-list 2>/dev/null | grep 'Inter' >/dev/null || missing+=(fonts-inter)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# playwright-chromium's install script would download a browser; we use the system's Chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# vite is pinned by "overrides" in package.json: 8.4 lists an optional dependency the registry does not serve, which npm ci rejects.
npm ci --no-audit --no-fund
