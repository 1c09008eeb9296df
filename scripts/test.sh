#!/usr/bin/env bash
# Runs every test project. On a fresh machine it first installs what the tests need from Debian's packages:
# Chromium (browser journeys), fonts (PDF certificates), docker-compose (to validate docker-compose.yml),
# aiosmtpd (a real SMTP server for the email test) and qpdf (checks the certificates' PDF structure).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
[ -d /usr/share/fonts/truetype/liberation ] || missing+=(fonts-liberation)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
/usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "Validating docker-compose.yml"
MSSQL_SA_PASSWORD=validation-only ACADEMY_DB_PASSWORD=validation-only DATAPROTECTION_CERTIFICATE_PASSWORD=validation-only SMTP_HOST=validation-only PUBLIC_BASE_URL=https://validation.example docker-compose -f docker-compose.yml config -q

dotnet tool restore >/dev/null
dotnet build HealthAiAcademy.sln -c Release -nologo -v quiet

log="$(mktemp)"
status=0
# One test project at a time (-m:1): on two cores the browser journeys and the integration tests starve each other otherwise.
dotnet test HealthAiAcademy.sln -c Release --no-build -nologo -m:1 2>&1 | tee "$log" || status=$?

# One plain closing line over all test assemblies.
awk '/^(Passed!|Failed!)/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") failed += $(i + 1)
         if ($i == "Passed:") passed += $(i + 1)
         if ($i == "Skipped:") skipped += $(i + 1)
       }
     }
     END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
rm -f "$log"
exit $status
