#!/usr/bin/env bash
# Build the Linux bundle in a fresh virtual environment, smoke-test it and pack it:
#
#   packaging/linux/build.sh                 -> dist/SecondLook/ and dist/SecondLook-<version>-linux-<arch>.tar.gz
#   PYTHON=python3.11 packaging/linux/build.sh
#   packaging/linux/build.sh --no-check      # skip the smoke checks (not for a release)
#   packaging/linux/build.sh --dist DIR --work DIR   # other arguments go to packaging/build.py
#
# Build on the oldest distribution you support: the bundle carries its own Python and Qt, but links
# against the build machine's glibc, so it runs on that glibc and newer only.
set -euo pipefail
cd "$(dirname "$0")/../.."

python="${PYTHON:-python3}"
venv="${VENV:-build/venv-linux}"
check="--check"
if [[ "${1:-}" == "--no-check" ]]; then check=""; shift; fi

"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -c packaging/constraints.txt -e .
"$venv/bin/python" -m pip install --quiet -r packaging/requirements.txt

# The GUI smoke check runs on Qt's offscreen platform: no display needed.
export QT_QPA_PLATFORM=offscreen
"$venv/bin/python" packaging/build.py --clean $check --archive "$@"
