#!/usr/bin/env bash
# A consistent backup of a running MariaDB database: one transaction's snapshot of every (InnoDB) table, with the
# routines, triggers and events, gzipped, under a timestamped name, next to its SHA-256 checksum file.
#
#   db/backup.sh [DATABASE] [TARGET_DIR]        (defaults: samenplan, the current folder)
#
# The connection comes from the environment (see db/mariadb-connection.sh), never a password on the command line.
# With the binary log on, the dump records the log position it matches (a comment near its top): point-in-time
# recovery replays the log from there (README, "Backup and restore"). Prints the backup's path as its last line.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/mariadb-connection.sh"

database="${1:-samenplan}"
target_dir="${2:-.}"
check_database_name "$database"
[[ -d "$target_dir" ]] || fail "no such folder: $target_dir"
dump="$(find_binary mariadb-dump mysqldump)"
client="$(find_binary mariadb mysql)"
write_options

position=()
if [[ "$("$client" --defaults-extra-file="$options" -N -B -e 'SELECT @@log_bin')" == 1 ]]; then
    position=(--master-data=2)
fi

name="$database-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
leftover="$target_dir/.$name.partial"
start=$(milliseconds)
"$dump" --defaults-extra-file="$options" --single-transaction --routines --triggers --events --hex-blob --quick \
    --default-character-set=utf8mb4 ${position[@]+"${position[@]}"} "$database" | gzip -6 >"$leftover"
mv "$leftover" "$target_dir/$name"
leftover=""
(cd "$target_dir" && sha256sum "$name" >"$name.sha256")
echo "backup: $database to $target_dir/$name ($(stat -c %s "$target_dir/$name") bytes) in $(($(milliseconds) - start)) ms" >&2
echo "$target_dir/$name"
