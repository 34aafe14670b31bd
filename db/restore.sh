#!/usr/bin/env bash
# Restores a backup made by db/backup.sh into a fresh database: checks the backup against its checksum file, creates
# the database (utf8mb4) and loads the dump into it. Refuses a database that already has tables.
#
#   db/restore.sh BACKUP.sql.gz DATABASE
#
# The connection comes from the environment (see db/mariadb-connection.sh), never a password on the command line. Run
# it as the migration account or root: the dump recreates the triggers (the access log's guards among them), and they
# are recreated with the restoring account as their DEFINER (the dump's DEFINER clauses are left out, so that the
# restore needs no SET USER privilege and works on a server where the original account does not exist). With the
# binary log on, the server needs log_bin_trust_function_creators=1 for that (README, "Database").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/mariadb-connection.sh"

[[ $# -eq 2 ]] || fail "usage: restore.sh BACKUP.sql.gz DATABASE"
backup="$1"
database="$2"
check_database_name "$database"
[[ -r "$backup" ]] || fail "cannot read $backup"
[[ -r "$backup.sha256" ]] || fail "no checksum file $backup.sha256"
(cd "$(dirname "$backup")" && sha256sum --check --quiet "$(basename "$backup").sha256") \
    || fail "$backup does not match its checksum: not restored"
client="$(find_binary mariadb mysql)"
write_options

tables="$("$client" --defaults-extra-file="$options" -N -B -e \
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database'")"
[[ "$tables" == 0 ]] || fail "database $database already has $tables tables: restore into a fresh one"

start=$(milliseconds)
"$client" --defaults-extra-file="$options" -e \
    "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# Only the DEFINER comments that mariadb-dump writes at the start of a CREATE TRIGGER/PROCEDURE/FUNCTION/EVENT line;
# table data is on INSERT lines, with its line breaks escaped, so it is never touched.
gzip -dc "$backup" | sed -E 's#^(/\*!5[0-9]{4} CREATE\*/ )/\*!5[0-9]{4} DEFINER=[^*]*\*/ #\1#' | "$client" --defaults-extra-file="$options" --default-character-set=utf8mb4 "$database"
echo "restore: $backup into $database in $(($(milliseconds) - start)) ms" >&2
