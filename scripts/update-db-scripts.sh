#!/usr/bin/env bash
# Regenerates db/migrations/*.sql (idempotent SQL Server scripts) from the EF Core migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_DB_SCRIPTS=1 dotnet test tests/HealthAiAcademy.IntegrationTests --filter SqlServer_scripts_in_db_folder_are_up_to_date
