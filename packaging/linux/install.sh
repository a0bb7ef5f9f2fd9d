#!/usr/bin/env bash
# Install this Second Look folder for the current user (no root needed), or remove it again.
#
#   ./install.sh              copy to ~/.local/opt/SecondLook, add the menu entry and icons
#   ./install.sh --prefix DIR copy to DIR/SecondLook instead (e.g. /opt, run with sudo; menu entry system-wide)
#   ./install.sh --uninstall  remove what an earlier run installed (the case store is NOT touched)
#
# The case store and settings live in the per-user data folder (~/.local/share/SecondLook), never here,
# so reinstalling or uninstalling the program leaves people's records alone.
set -euo pipefail

app_id="org.secondlook.SecondLook"
name="SecondLook"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

prefix="${HOME}/.local/opt"
share="${XDG_DATA_HOME:-${HOME}/.local/share}"
uninstall=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --prefix) prefix="$2"; share="/usr/local/share"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
target="${prefix}/${name}"

remove_integration() {
  rm -f "${share}/applications/${app_id}.desktop" "${share}/metainfo/${app_id}.metainfo.xml"
  find "${share}/icons/hicolor" -name "${app_id}.*" -delete 2>/dev/null || true
}

if [[ ${uninstall} -eq 1 ]]; then
  remove_integration
  rm -rf -- "${target}"
  echo "Removed ${target} and its menu entry. Your case store was left where it is."
  exit 0
fi

if [[ "${here}" != "${target}" ]]; then
  mkdir -p "${prefix}"
  rm -rf -- "${target}.new"
  cp -a "${here}" "${target}.new"
  # Swap in one step, so a failed copy never leaves half an installation behind.
  rm -rf -- "${target}.old"
  if [[ -e "${target}" ]]; then mv -- "${target}" "${target}.old"; fi
  mv -- "${target}.new" "${target}"
  rm -rf -- "${target}.old"
fi

remove_integration
mkdir -p "${share}/applications" "${share}/metainfo"
sed -e "s|^Exec=.*|Exec=\"${target}/${name}\"|" -e "s|^TryExec=.*|TryExec=${target}/${name}|" \
  "${target}/share/applications/${app_id}.desktop" > "${share}/applications/${app_id}.desktop"
cp "${target}/share/metainfo/${app_id}.metainfo.xml" "${share}/metainfo/"
(cd "${target}/share" && find icons -type f -print0 | while IFS= read -r -d '' icon; do
  mkdir -p "${share}/$(dirname "${icon}")"
  cp "${icon}" "${share}/${icon}"
done)
command -v update-desktop-database >/dev/null && update-desktop-database -q "${share}/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "${share}/icons/hicolor" || true

echo "Installed Second Look in ${target}."
echo "Start it from the applications menu, or run: ${target}/${name}"
