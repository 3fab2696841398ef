#!/usr/bin/env bash
# Packages the extension as reportlint.vsix with @vscode/vsce from the npm registry. Not part of the Maven build.
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund
npx --no-install vsce package --out reportlint.vsix
