# shellcheck shell=bash
# Sourced by scripts/build and scripts/test from the repo root.
# ensure_venv SPEC: create .venv if needed and `pip install -e SPEC`
# when pyproject.toml changed since the last install of SPEC; then
# compile_builder.
ensure_venv() {
  local spec=$1 name stamp hash
  if ! .venv/bin/python -c '' 2>/dev/null; then
    rm -rf .venv
    if ! python3 -m venv .venv; then
      rm -rf .venv
      if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "python3 -m venv failed: installing python3-venv" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
        python3 -m venv .venv
      else
        echo "python3 -m venv failed: install python3-venv" >&2
        return 1
      fi
    fi
  fi
  name=${spec//[^a-z]/}
  stamp=.venv/.installed-${name:-base}
  hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [[ ! -f $stamp || $(<"$stamp") != "$hash" ]]; then
    .venv/bin/python -m pip install -q --disable-pip-version-check -e "$spec"
    echo "$hash" >"$stamp"
  fi
  compile_builder
}

# compile_builder: byte-compile builder/ (where PYTHONDONTWRITEBYTECODE is
# set, every run would compile its modules again: a tenth of a second of
# each build of the reference).
compile_builder() {
  .venv/bin/python -m compileall -q builder >/dev/null
}
