# Sourced by backup.sh and restore.sh: the MariaDB connection from the environment, written into an option file only
# this user can read (nothing secret on a command line or in the process list), and the client binaries.
#   MARIADB_HOST, MARIADB_PORT: over TCP when either is set (default port 3306); else the local socket
#   MARIADB_USER (default: the current user)
#   MARIADB_PASSWORD_FILE (a file holding the password on its first line) or MYSQL_PWD (the password itself)
#   MARIADB_BIN: the folder of the client binaries (mariadb, mariadb-dump; or mysql, mysqldump); default: the PATH
#   MARIADB_SKIP_SSL=1 for a server without TLS (such as the embedded test server)

fail() {
    echo "${0##*/}: $*" >&2
    exit 1
}

find_binary() {
    local name
    for name in "$@"; do
        if [[ -n "${MARIADB_BIN:-}" ]]; then
            if [[ -x "$MARIADB_BIN/$name" ]]; then
                echo "$MARIADB_BIN/$name"
                return
            fi
        elif command -v "$name" >/dev/null; then
            command -v "$name"
            return
        fi
    done
    fail "none of $* found in ${MARIADB_BIN:-the PATH}"
}

# Writes the option file; its path is in $options, removed on exit along with anything in $leftover.
write_options() {
    options="$(mktemp)"
    leftover=""
    trap 'rm -f "$options" ${leftover:+"$leftover"}' EXIT
    chmod 600 "$options"
    {
        echo "[client]"
        if [[ -n "${MARIADB_HOST:-}${MARIADB_PORT:-}" ]]; then
            echo "host=${MARIADB_HOST:-127.0.0.1}"
            echo "port=${MARIADB_PORT:-3306}"
            echo "protocol=TCP"
        fi
        echo "user=${MARIADB_USER:-$(id -un)}"
        if [[ -n "${MARIADB_PASSWORD_FILE:-}" ]]; then
            [[ -r "$MARIADB_PASSWORD_FILE" ]] || fail "cannot read MARIADB_PASSWORD_FILE $MARIADB_PASSWORD_FILE"
            echo "password=$(head -n 1 "$MARIADB_PASSWORD_FILE")"
        fi
        if [[ "${MARIADB_SKIP_SSL:-0}" == 1 ]]; then
            echo "skip-ssl"
        fi
    } >"$options"
}

milliseconds() {
    echo $(($(date +%s%N) / 1000000))
}

check_database_name() {
    [[ "$1" =~ ^[A-Za-z0-9_]+$ ]] || fail "not a database name: $1"
}
