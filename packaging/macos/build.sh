#!/usr/bin/env bash
# Build the macOS app in a fresh virtual environment, smoke-test it, and optionally sign, notarise and pack it.
#
#   packaging/macos/build.sh                  -> dist/SecondLook.app and dist/SecondLook-<version>-macos-<arch>.zip
#   SIGN_IDENTITY="Developer ID Application: Example Legal Aid (TEAMID1234)" \
#   NOTARY_PROFILE=secondlook-notary packaging/macos/build.sh   -> signed, notarised, stapled app and .dmg
#
# Build on the oldest macOS you support, with a python.org (universal2) or Homebrew Python 3.11+; the app
# runs on that architecture (arm64 or x86_64). docs/packaging.md explains the certificate and notary profile.
set -euo pipefail
cd "$(dirname "$0")/../.."

python="${PYTHON:-python3}"
venv="${VENV:-build/venv-macos}"

"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -c packaging/constraints.txt -e .
"$venv/bin/python" -m pip install --quiet -r packaging/requirements.txt

export QT_QPA_PLATFORM=offscreen
"$venv/bin/python" packaging/build.py --clean --check

app="dist/SecondLook.app"
version="$("$venv/bin/python" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_config as c; print(c.read_metadata().version)')"
arch="$(uname -m)"

if [[ -n "${SIGN_IDENTITY:-}" ]]; then
  # Hardened runtime is required for notarisation. Sign the nested code first (--deep is deprecated for
  # signing), then the app itself.
  find "$app/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime --sign "$SIGN_IDENTITY"
  codesign --force --timestamp --options runtime \
    --entitlements packaging/macos/entitlements.plist --sign "$SIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
fi

dmg="dist/SecondLook-${version}-macos-${arch}.dmg"
rm -f "$dmg"
hdiutil create -volname "Second Look" -srcfolder "$app" -ov -format UDZO "$dmg"

if [[ -n "${SIGN_IDENTITY:-}" ]]; then
  codesign --force --timestamp --sign "$SIGN_IDENTITY" "$dmg"
  if [[ -n "${NOTARY_PROFILE:-}" ]]; then
    # The profile holds the Apple ID / app-specific password or App Store Connect API key, stored once with
    # `xcrun notarytool store-credentials` in the build user's keychain, never in this repository.
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    xcrun stapler staple "$app"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
  fi
fi
echo "Built $dmg"
