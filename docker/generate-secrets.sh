#!/usr/bin/env bash
# Fills the secrets of a Policyflow .env that are still empty or placeholders, in place:
#   POSTGRES_PASSWORD, POLICYFLOW_API_TOKEN, POLICYFLOW_CODEC_AUTH_TOKEN   (openssl rand -hex)
#   POLICYFLOW_CODEC_KEYS                                                   (k1:<openssl rand -base64 32>)
# A value that is already set is never touched (a new PostgreSQL password or codec key would lock
# you out of existing data). Prints which variables it generated, never their values.
#
#   cp .env.example .env && ./docker/generate-secrets.sh .env
set -euo pipefail

file="${1:-.env}"
[ -f "${file}" ] || { echo "no such file: ${file} (cp .env.example .env first)" >&2; exit 1; }
umask 077

rand_hex() {
  if command -v openssl >/dev/null 2>&1; then openssl rand -hex "$1"
  else head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; fi
}
rand_key() {
  if command -v openssl >/dev/null 2>&1; then openssl rand -base64 32
  else head -c 32 /dev/urandom | base64; fi
}

current() {
  # last assignment wins, as in docker compose
  grep -E "^$1=" "${file}" | tail -n 1 | cut -d= -f2- || true
}

set_value() {
  local name="$1" value="$2" tmp
  tmp="$(mktemp "${file}.XXXXXX")"
  if grep -qE "^${name}=" "${file}"; then
    awk -v n="${name}" -v v="${value}" 'BEGIN{FS=OFS="="} $1==n {print n "=" v; next} {print}' \
      "${file}" > "${tmp}"
  else
    cat "${file}" > "${tmp}"
    printf '%s=%s\n' "${name}" "${value}" >> "${tmp}"
  fi
  cat "${tmp}" > "${file}"
  rm -f "${tmp}"
  echo "generated ${name}"
}

for name in POSTGRES_PASSWORD POLICYFLOW_API_TOKEN POLICYFLOW_CODEC_AUTH_TOKEN; do
  if [ -z "$(current "${name}")" ]; then
    set_value "${name}" "$(rand_hex 32)"
  fi
done

keys="$(current POLICYFLOW_CODEC_KEYS)"
if [ -z "${keys}" ] || [[ "${keys}" == *REPLACE_ME* ]]; then
  set_value POLICYFLOW_CODEC_KEYS "k1:$(rand_key)"
fi

echo "done: ${file} (keep it private; back up POLICYFLOW_CODEC_KEYS - without it the stored histories cannot be read)"
