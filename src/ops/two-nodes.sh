#!/usr/bin/env bash
# Two Samenplan nodes behind nginx on one MariaDB server, all on loopback, for trying out and testing the
# several-nodes topology (README "Several nodes: topology"). Needs Debian's mariadb-server and nginx (no systemd:
# the servers are started directly, as the current user) and Java 17.
#
#   src/ops/two-nodes.sh start  [RUN_DIR]     starts MariaDB, node a, then node b (while a runs), then nginx;
#                                             stays in the foreground until stopped (Ctrl-C, TERM, `stop`) or
#                                             until the process that started it ends, and then stops all of them
#   src/ops/two-nodes.sh stop   [RUN_DIR]     stops everything that `start` started in RUN_DIR
#   src/ops/two-nodes.sh status [RUN_DIR]     says which parts run, and the address
#   src/ops/two-nodes.sh stop-node RUN_DIR a|b   stops one node gracefully (TERM)
#   src/ops/two-nodes.sh kill-node RUN_DIR a|b   kills one node at once (KILL), as a crash does
#
# RUN_DIR (default target/two-nodes) holds the database's data, the nginx configuration, the logs and the process
# ids; a second `start` on the same RUN_DIR keeps the data. How a node runs:
#   SAMENPLAN_JAR=target/samenplan-0.1.0-SNAPSHOT.jar   the production jar (mvn -Pproduction -DskipTests package):
#                                                       the real thing; default when that file exists
#   SAMENPLAN_CLASSPATH=...                             else: a class path (default target/classes and the file
#                                                       target/runtime-classpath.txt that every build writes) in
#                                                       Vaadin's development mode, since the production frontend
#                                                       exists only in the production jar
# Both with the prod Spring profile and the README's production variables. Further settings:
#   TWO_NODES_BASE_PORT (18000, kept in RUN_DIR): nginx on it, node a on +1, node b on +2, MariaDB on
#     +3, the management ports (metrics) of node a on +4 and of node b on +5
#   SAMENPLAN_ADMIN_USERNAME (beheer), SAMENPLAN_ADMIN_PASSWORD (generated, written to RUN_DIR/admin-password),
#   SAMENPLAN_SECOND_FACTOR_KEY (generated once per RUN_DIR), JAVA_OPTS (-Xmx512m), TWO_NODES_START_TIMEOUT (240 s)
set -euo pipefail

command=${1:-}
project=$(cd "$(dirname "$0")/../.." && pwd)
run_dir=${2:-$project/target/two-nodes}
base_port=${TWO_NODES_BASE_PORT:-$(cat "$run_dir/base-port" 2> /dev/null || echo 18000)} # start keeps it there
nginx_port=$base_port
db_port=$((base_port + 3))
PATH=$PATH:/usr/sbin:/sbin

node_port() { case $1 in a) echo $((base_port + 1)) ;; b) echo $((base_port + 2)) ;; *) return 1 ;; esac; }
management_port() { case $1 in a) echo $((base_port + 4)) ;; b) echo $((base_port + 5)) ;; *) return 1 ;; esac; }
say() { echo "two-nodes: $*"; }
pid_of() { [[ -s $run_dir/$1.pid ]] && cat "$run_dir/$1.pid"; }
alive() { local pid; pid=$(pid_of "$1") && kill -0 "$pid" 2>/dev/null; }

# Stops one part: TERM, then KILL after the grace period. Waits until it is gone.
stop_part() {
  local name=$1 grace=${2:-30} signal=${3:-TERM} pid
  pid=$(pid_of "$name") || return 0
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $name (pid $pid, $signal)"
    kill -"$signal" "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 10; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      say "$name did not stop within ${grace} s: KILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$run_dir/$name.pid"
}

stop_all() {
  stop_part nginx 10
  stop_part node-b 30
  stop_part node-a 30
  stop_part mariadb 60
}

require() {
  local missing=()
  for tool in mariadbd mariadb-install-db mariadb nginx java curl; do
    command -v "$tool" > /dev/null || missing+=("$tool")
  done
  if ((${#missing[@]})); then
    echo "two-nodes: missing ${missing[*]}; install with: apt-get install -y mariadb-server nginx curl" >&2
    exit 2
  fi
}

# The process that ran `start` (a shell, a test); 1 when it was started detached (then it runs until stopped).
starter_alive() { [[ $watched == 1 ]] || kill -0 "$watched" 2>/dev/null; }
watched=$PPID

secret() { head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c "$1"; }

# The secrets: from the environment, else made once per run folder and kept there (readable by the owner only).
kept() {
  local file=$run_dir/$1 value=${2:-}
  if [[ -n $value ]]; then
    printf '%s' "$value" > "$file"
  elif [[ ! -s $file ]]; then
    printf '%s' "$3$(secret 24)" > "$file"
  fi
  chmod 600 "$file"
  cat "$file"
}

start_mariadb() {
  local data=$run_dir/db/data as_root=()
  [[ $(id -u) == 0 ]] && as_root=(--user=root) # MariaDB refuses to run as root unless told so
  mkdir -p "$run_dir/db"
  if [[ ! -d $data/mysql ]]; then
    say "creating the database server's data folder $data"
    mariadb-install-db --no-defaults --datadir="$data" "${as_root[@]}" --auth-root-authentication-method=normal \
      --skip-test-db > "$run_dir/db/install.log" 2>&1 || { cat "$run_dir/db/install.log" >&2; return 1; }
  fi
  say "starting MariaDB on 127.0.0.1:$db_port"
  mariadbd --no-defaults --datadir="$data" "${as_root[@]}" --port="$db_port" --bind-address=127.0.0.1 \
    --socket="$run_dir/db/mariadb.sock" --pid-file="$run_dir/db/mariadbd.pid" --log-error="$run_dir/db/mariadbd.log" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --skip-name-resolve \
    > /dev/null 2>&1 &
  echo $! > "$run_dir/mariadb.pid"
  disown
  for ((i = 0; i < 300; i++)); do
    root_sql "SELECT 1" > /dev/null 2>&1 && break
    alive mariadb || { tail -20 "$run_dir/db/mariadbd.log" >&2; return 1; }
    sleep 0.1
  done
  root_sql "CREATE DATABASE IF NOT EXISTS samenplan CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'samenplan'@'127.0.0.1' IDENTIFIED BY '$db_password';
    ALTER USER 'samenplan'@'127.0.0.1' IDENTIFIED BY '$db_password';
    GRANT ALL PRIVILEGES ON samenplan.* TO 'samenplan'@'127.0.0.1';"
}

root_sql() { mariadb --no-defaults -uroot --socket="$run_dir/db/mariadb.sock" -e "$1"; }

start_node() {
  local name=$1 port launch
  port=$(node_port "$name")
  if [[ -n $jar ]]; then
    launch=(-jar "$jar")
  else
    launch=(-cp "$classpath" nl.samenplan.Application --vaadin.productionMode=false)
  fi
  say "starting node $name on 127.0.0.1:$port (${jar:-class path, Vaadin development mode})"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  (cd "$project" && exec env PORT="$port" SAMENPLAN_MANAGEMENT_PORT="$(management_port "$name")" \
    SAMENPLAN_DB_URL="jdbc:mariadb://127.0.0.1:$db_port/samenplan" \
    SAMENPLAN_DB_USER=samenplan SAMENPLAN_DB_PASSWORD="$db_password" SAMENPLAN_SECURE_COOKIE=false \
    SAMENPLAN_ADMIN_USERNAME="$admin_username" SAMENPLAN_ADMIN_PASSWORD="$admin_password" \
    SAMENPLAN_SECOND_FACTOR_KEY="$second_factor_key" \
    java ${JAVA_OPTS:--Xmx512m -XX:+ExitOnOutOfMemoryError} "${launch[@]}" --spring.profiles.active=prod \
    --server.address=127.0.0.1 --spring.application.name="samenplan-$name" \
    > "$run_dir/node-$name.log" 2>&1) &
  echo $! > "$run_dir/node-$name.pid"
  disown # stopped by stop_part, without the shell's "Killed" notices
}

await_node() {
  local name=$1 port started=$SECONDS
  port=$(node_port "$name")
  until curl -sf --max-time 5 "http://127.0.0.1:$port/readyz" > /dev/null 2>&1; do
    starter_alive || { say "the starting process $watched is gone: stopping" >&2; return 1; }
    if ! alive "node-$name"; then
      say "node $name stopped while starting; the end of $run_dir/node-$name.log:" >&2
      tail -30 "$run_dir/node-$name.log" >&2
      return 1
    fi
    if ((SECONDS - started > ${TWO_NODES_START_TIMEOUT:-240})); then
      say "node $name not ready within ${TWO_NODES_START_TIMEOUT:-240} s" >&2
      return 1
    fi
    sleep 0.5
  done
  say "node $name ready after $((SECONDS - started)) s"
}

start_nginx() {
  local dir=$run_dir/nginx
  mkdir -p "$dir/logs" "$dir/temp"
  sed -e "s|@NGINX_PORT@|$nginx_port|g" -e "s|@NODE_A@|127.0.0.1:$(node_port a)|g" \
    -e "s|@NODE_B@|127.0.0.1:$(node_port b)|g" -e "s|@DIR@|$dir|g" -e "s|@USER@|$(id -un)|g" \
    "$project/src/ops/two-nodes-nginx.conf" > "$dir/nginx.conf"
  nginx -t -q -p "$dir" -c "$dir/nginx.conf" -e "$dir/logs/error.log"
  say "starting nginx on 127.0.0.1:$nginx_port"
  nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/logs/error.log" -g 'daemon off;' > /dev/null 2>&1 &
  echo $! > "$run_dir/nginx.pid"
  disown
  for ((i = 0; i < 100; i++)); do
    curl -s --max-time 2 -o /dev/null "http://127.0.0.1:$nginx_port/actuator/health" && return 0
    alive nginx || { cat "$dir/logs/error.log" >&2; return 1; }
    sleep 0.1
  done
  return 1
}

start() {
  require
  mkdir -p "$run_dir"
  run_dir=$(cd "$run_dir" && pwd)
  if alive runner; then
    echo "two-nodes: already running in $run_dir (pid $(pid_of runner)); stop it first" >&2
    exit 1
  fi
  jar=${SAMENPLAN_JAR:-}
  if [[ -z $jar && -z ${SAMENPLAN_CLASSPATH:-} && -f $project/target/samenplan-0.1.0-SNAPSHOT.jar ]]; then
    jar=$project/target/samenplan-0.1.0-SNAPSHOT.jar
  fi
  if [[ -z $jar ]]; then
    classpath=${SAMENPLAN_CLASSPATH:-}
    if [[ -z $classpath ]]; then
      [[ -s $project/target/runtime-classpath.txt ]] || {
        echo "two-nodes: no jar and no class path: run mvn -Pproduction -DskipTests package (or mvn compile)" >&2
        exit 2
      }
      classpath=$project/target/classes:$(cat "$project/target/runtime-classpath.txt")
    fi
  fi
  admin_username=${SAMENPLAN_ADMIN_USERNAME:-beheer}
  admin_password=$(kept admin-password "${SAMENPLAN_ADMIN_PASSWORD:-}" "Proef-")
  second_factor_key=$(kept second-factor-key "${SAMENPLAN_SECOND_FACTOR_KEY:-}" "")
  db_password=$(kept db-password "" "db-")
  echo $$ > "$run_dir/runner.pid"
  echo "$base_port" > "$run_dir/base-port"
  trap 'stop_all; rm -f "$run_dir/runner.pid"' EXIT
  trap 'exit 143' TERM
  trap 'exit 130' INT
  trap 'exit 129' HUP

  start_mariadb
  start_node a
  await_node a
  start_node b # while node a runs: the first administrator and the locks are safe with two nodes
  await_node b
  start_nginx
  say "ready: http://127.0.0.1:$nginx_port (node a $(node_port a), node b $(node_port b), MariaDB $db_port);" \
    "log in as $admin_username with the password in $run_dir/admin-password"
  # until stopped, or until whoever started this is gone (a test that died leaves nothing running)
  while starter_alive; do sleep 1; done
  say "the starting process $watched is gone: stopping"
}

stop() {
  if alive runner; then
    local pid
    pid=$(pid_of runner)
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 1200; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  stop_all # whatever is left, e.g. after the runner was killed
  rm -f "$run_dir/runner.pid"
}

status() {
  local part state running=0
  for part in mariadb node-a node-b nginx; do
    if alive "$part"; then state="runs (pid $(pid_of "$part"))"; running=1; else state="stopped"; fi
    say "$part: $state"
  done
  ((running)) && say "address: http://127.0.0.1:$nginx_port"
  return 0
}

case $command in
  start) start ;;
  stop) stop ;;
  status) status ;;
  stop-node | kill-node)
    node=${3:?which node: a or b}
    node_port "$node" > /dev/null || { echo "two-nodes: node a or b, not $node" >&2; exit 2; }
    if [[ $command == stop-node ]]; then stop_part "node-$node" 30 TERM; else stop_part "node-$node" 5 KILL; fi
    ;;
  *)
    sed -n '2,12p' "$0" >&2
    exit 2
    ;;
esac
