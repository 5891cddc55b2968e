#!/usr/bin/env bash
# Container healthcheck with nothing but bash: an HTTP GET over bash's /dev/tcp (the JRE image has
# no curl or wget, and starting a JVM every few seconds would be wasteful).
#
#   healthcheck [path]      GET http://127.0.0.1:<port><path>, healthy on HTTP 200 only
#                           (Spring Boot's /actuator/health answers 503 while DOWN)
#   healthcheck tcp         healthy as soon as the port accepts a connection
#
# Port: HEALTH_PORT, else MANAGEMENT_SERVER_PORT, else SERVER_PORT, else 8080.
# Path: the argument, else HEALTH_PATH, else /actuator/health.
set -u
port="${HEALTH_PORT:-${MANAGEMENT_SERVER_PORT:-${SERVER_PORT:-8080}}}"
path="${1:-${HEALTH_PATH:-/actuator/health}}"

{ exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null || { echo "port ${port} closed"; exit 1; }
if [ "${path}" = "tcp" ]; then
  exit 0
fi
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n' "${path}" >&3
IFS= read -r -t 5 status <&3 || { echo "no answer on port ${port}"; exit 1; }
status="${status%$'\r'}"
case "${status}" in
  "HTTP/1."?" 200"*) exit 0 ;;
  *) echo "GET ${path}: ${status}"; exit 1 ;;
esac
