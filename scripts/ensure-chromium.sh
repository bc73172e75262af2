#!/bin/sh
# Make sure the browser tests have a Chromium to drive (tests/browser/).
# Used by `make test`. Installs Debian's chromium when it is missing and this runs as
# root where apt-get is available; otherwise says how to install it and carries on,
# and the browser tests then fail with the same advice (they are never skipped).
# AUDITKB_CHROMIUM names another Chromium or Chrome binary to use instead.
set -u

if [ -n "${AUDITKB_CHROMIUM:-}" ] && [ -x "${AUDITKB_CHROMIUM}" ]; then
  exit 0
fi
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "make test: installing Debian's chromium for the browser tests (apt-get)" >&2
  if DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
     DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
    exit 0
  fi
  echo "make test: apt-get could not install chromium" >&2
fi
cat >&2 <<'MSG'
make test: Chromium was not found, so the browser tests in tests/browser/ will fail.
Install it, as root:  apt-get update && apt-get install -y chromium
or set AUDITKB_CHROMIUM to a Chromium or Chrome binary.
MSG
exit 0
