#!/usr/bin/env bash
# What the tests need from Debian (issue #13 item 6): Chromium for the browser tests,
# Liberation fonts, LibreOffice Writer and poppler-utils for the document render tests,
# LibreOffice Calc for .xls delegate lists (ADR 0004).
# Run by `npm test` and by .ci/run. Installs what is missing when run as root with apt-get;
# otherwise stops at once and prints the one command to run.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-liberation2 >/dev/null 2>&1 || missing+=(fonts-liberation2)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
# Calc converts .xls delegate lists to .xlsx (ADR 0004).
dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "== Cài các gói Debian mà bộ kiểm thử cần: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "Bộ kiểm thử cần các gói Debian chưa có: ${missing[*]}" >&2
echo "Hãy chạy: sudo sh -c '$cmd'" >&2
exit 1
