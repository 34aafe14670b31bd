#!/usr/bin/env bash
# Issue 16, the load test: simulated district nurses and leefcoaches (Gatling, speaking Vaadin's protocol) against the
# production jar on a real MariaDB filled with a generated region, everything on loopback (README, "Benchmarks").
#
#   src/ops/load-test.sh [run]    builds the production jar if it is missing, starts MariaDB (Debian's mariadbd, a data
#                                 folder of its own in RUN_DIR), fills it with the region generator once (full scale,
#                                 a small access log; kept for the next run), starts the jar with the prod and loadtest
#                                 profiles, runs Gatling (the steps below), checks the database afterwards, prints the
#                                 figures per step and writes them to target/benchmarks/load-test.txt; then stops all
#   src/ops/load-test.sh short    the same with 50 users for 1 minute (a quick try)
#   src/ops/load-test.sh start    only MariaDB with the region and the application, until Ctrl-C (to look around)
#
# Settings (environment): LOAD_STEPS (50,100,250,500,1000,1500,2000 concurrent users), LOAD_HOLD (120 s per step), LOAD_RAMP
# (30 s between steps), LOAD_THINK (1: the think times as below; 0.5 halves them), LOAD_NURSES (0.34: the share of
# district nurses, the rest leefcoaches), LOAD_JFR=1 (a flight recording of the application, summarised after the
# run), JAVA_OPTS (-Xms1g -Xmx4g), LOAD_GATLING_HEAP (1g), LOAD_RUN_DIR (target/load-test),
# LOAD_BASE_PORT (18200: the application on +1, its management port on +2, MariaDB on +3),
# LOAD_REGION_SCALE (1), LOAD_ACCESS_LOG_SCALE (0.001). Everything it starts is stopped when it ends, also on failure
# or Ctrl-C; the whole run is bounded (Gatling's maximum duration, and a time-out around it).
set -euo pipefail

command=${1:-run}
project=$(cd "$(dirname "$0")/../.." && pwd)
run_dir=${LOAD_RUN_DIR:-$project/target/load-test}
base_port=${LOAD_BASE_PORT:-18200}
app_port=$((base_port + 1))
management_port=$((base_port + 2))
db_port=$((base_port + 3))
jar=${SAMENPLAN_JAR:-$project/target/samenplan-0.1.0-SNAPSHOT.jar}
results=$project/target/benchmarks
PATH=$PATH:/usr/sbin:/sbin

say() { echo "load-test: $*"; }
pid_of() { [[ -s $run_dir/$1.pid ]] && cat "$run_dir/$1.pid"; }
alive() { local pid; pid=$(pid_of "$1") && kill -0 "$pid" 2>/dev/null; }

stop_part() {
  local name=$1 grace=${2:-30} pid
  pid=$(pid_of "$name") || return 0
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 10; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$run_dir/$name.pid"
}

stop_all() {
  stop_part gatling 10
  stop_part app 30
  stop_part mariadb 60
}

require() {
  local missing=()
  for tool in mariadbd mariadb-install-db mariadb java jcmd curl mvn; do
    command -v "$tool" > /dev/null || missing+=("$tool")
  done
  if ((${#missing[@]})); then
    echo "load-test: missing ${missing[*]}; install with: apt-get install -y mariadb-server curl maven" >&2
    exit 2
  fi
}

secret() { head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 24; }
kept() { [[ -s $run_dir/$1 ]] || secret > "$run_dir/$1"; chmod 600 "$run_dir/$1"; cat "$run_dir/$1"; }
root_sql() { mariadb --no-defaults -uroot --socket="$run_dir/db/mariadb.sock" "$@"; }

start_mariadb() {
  local data=$run_dir/db/data as_root=()
  [[ $(id -u) == 0 ]] && as_root=(--user=root)
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
    --innodb-buffer-pool-size="${LOAD_DB_BUFFER_POOL:-1G}" --max-connections=200 > /dev/null 2>&1 &
  echo $! > "$run_dir/mariadb.pid"
  disown
  for ((i = 0; i < 600; i++)); do
    root_sql -e "SELECT 1" > /dev/null 2>&1 && break
    alive mariadb || { tail -20 "$run_dir/db/mariadbd.log" >&2; return 1; }
    sleep 0.1
  done
  root_sql -e "CREATE DATABASE IF NOT EXISTS samenplan CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'samenplan'@'127.0.0.1' IDENTIFIED BY '$db_password';
    ALTER USER 'samenplan'@'127.0.0.1' IDENTIFIED BY '$db_password';
    GRANT ALL PRIVILEGES ON samenplan.* TO 'samenplan'@'127.0.0.1';"
}

fill_region() {
  local scale=${LOAD_REGION_SCALE:-1} log_scale=${LOAD_ACCESS_LOG_SCALE:-0.001}
  # a run writes to the access log, so the generator would no longer know its region: the run folder remembers it
  if [[ $(cat "$run_dir/region-done" 2>/dev/null) == "$scale/$log_scale" ]]; then
    say "the region (scale $scale, access log $log_scale) is there from an earlier run"
    return 0
  fi
  say "the region (scale $scale, access log $log_scale): generated once, reused when complete"
  (cd "$project" && SAMENPLAN_REGION_PASSWORD=$db_password mvn -q -B -ntp test -Dtest=RegionGeneratorBenchmark \
    -Dsamenplan.region.url="jdbc:mariadb://127.0.0.1:$db_port/samenplan" -Dsamenplan.region.user=samenplan \
    -Dsamenplan.region.scale="$scale" -Dsamenplan.region.access-log-scale="$log_scale" \
    -Dsurefire.redirectTestOutputToFile=false > "$run_dir/region.log" 2>&1) \
    || { tail -40 "$run_dir/region.log" >&2; return 1; }
  grep -E "Generated region|reus" "$run_dir/region.log" | tail -2 || true
  echo "$scale/$log_scale" > "$run_dir/region-done"
}

# The simulated users' data: each nurse with clients of their open tasks, each leefcoach with clients of their team
# (the surname to search for); the run picks rows at random.
feeders() {
  local sql="root_sql --batch --skip-column-names samenplan"
  {
    echo "username,client"
    root_sql --batch --skip-column-names samenplan -e "SELECT DISTINCT u.username, t.client_id FROM task t
      JOIN app_user u ON u.id = t.assignee_id WHERE u.role = 'WIJKVERPLEEGKUNDIGE' AND u.active
      AND t.status IN ('OPEN', 'BEZIG') AND t.due_date <= CURDATE() + INTERVAL 7 DAY" | tr '\t' ','
  } > "$run_dir/nurses.csv"
  {
    echo "username,client,surname"
    root_sql --batch --skip-column-names samenplan -e "SELECT u.username, c.id, c.last_name
      FROM app_user u JOIN client c ON c.team_id = u.team_id WHERE u.role = 'LEEFCOACH' AND u.active
      AND c.status = 'ACTIEF' AND MOD(c.id, 7) = 0" | tr '\t' ','
  } > "$run_dir/leefcoaches.csv"
  say "feeders: $(($(wc -l < "$run_dir/nurses.csv") - 1)) nurse/client rows," \
    "$(($(wc -l < "$run_dir/leefcoaches.csv") - 1)) leefcoach/client rows"
  [[ $(wc -l < "$run_dir/nurses.csv") -gt 1 && $(wc -l < "$run_dir/leefcoaches.csv") -gt 1 ]]
}

start_app() {
  local jfr=()
  [[ ${LOAD_JFR:-0} == 1 ]] && jfr=("-XX:StartFlightRecording=filename=$run_dir/app.jfr,settings=profile,dumponexit=true")
  say "starting the application on 127.0.0.1:$app_port (prod + loadtest profiles)"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  (cd "$project" && exec env PORT="$app_port" SAMENPLAN_MANAGEMENT_PORT="$management_port" \
    SAMENPLAN_DB_URL="jdbc:mariadb://127.0.0.1:$db_port/samenplan" \
    SAMENPLAN_DB_USER=samenplan SAMENPLAN_DB_PASSWORD="$db_password" SAMENPLAN_SECURE_COOKIE=false \
    SAMENPLAN_ADMIN_USERNAME=beheer SAMENPLAN_ADMIN_PASSWORD="$(kept admin-password)" \
    SAMENPLAN_SECOND_FACTOR_KEY="$(kept second-factor-key)" \
    java ${JAVA_OPTS:--Xms1g -Xmx4g -XX:+ExitOnOutOfMemoryError} "${jfr[@]}" -jar "$jar" \
    --spring.profiles.active=prod,loadtest --server.address=127.0.0.1 --management.server.address=127.0.0.1 \
    --samenplan.loadtest.acknowledge=unsafe-on-loopback-only ${LOAD_APP_ARGS:-} > "$run_dir/app.log" 2>&1) &
  echo $! > "$run_dir/app.pid"
  disown
  local started=$SECONDS
  until curl -sf --max-time 5 "http://127.0.0.1:$app_port/readyz" > /dev/null 2>&1; do
    alive app || { say "the application stopped while starting:" >&2; tail -30 "$run_dir/app.log" >&2; return 1; }
    ((SECONDS - started < 240)) || { say "not ready within 240 s" >&2; return 1; }
    sleep 0.5
  done
  say "the application is ready after $((SECONDS - started)) s"
}

run_gatling() {
  local mode=$1 steps hold ramp
  if [[ $mode == short ]]; then steps=50 hold=${LOAD_HOLD:-60} ramp=${LOAD_RAMP:-10}
  else steps=${LOAD_STEPS:-50,100,250,500,1000,1500,2000} hold=${LOAD_HOLD:-120} ramp=${LOAD_RAMP:-30}; fi
  mkdir -p "$results"
  say "Gatling: steps $steps users, $hold s each, $ramp s ramps (load now: $(cut -d' ' -f1-3 /proc/loadavg))"
  # shellcheck disable=SC2086
  (cd "$project/src/ops/load-test" && exec timeout 40m mvn -B -ntp -q gatling:test \
    -Dgatling.heap="${LOAD_GATLING_HEAP:-1g}" -Dload.baseUrl="http://127.0.0.1:$app_port" \
    -Dload.metricsUrl="http://127.0.0.1:$management_port/actuator/prometheus" \
    -Dload.appPid="$(pid_of app)" -Dload.dbPid="$(pid_of mariadb)" -Dload.steps="$steps" -Dload.hold="$hold" \
    -Dload.ramp="$ramp" -Dload.think="${LOAD_THINK:-1}" -Dload.nurses="${LOAD_NURSES:-0.34}" \
    -Dload.feeders="$run_dir" -Dload.out="$results/load-test.txt" -Dgatling.core.directory.results="$run_dir/gatling" \
    > "$run_dir/gatling.log" 2>&1) &
  echo $! > "$run_dir/gatling.pid"
  wait "$(pid_of gatling)" || say "Gatling ended with failures (see $run_dir/gatling.log)"
  rm -f "$run_dir/gatling.pid"
}

# Afterwards: the tasks the simulated nurses marked gedaan really are gedaan in the database, as many as succeeded.
check_database() {
  local since=$1 done_db done_ok
  done_db=$(root_sql --batch --skip-column-names samenplan -e "SELECT COUNT(*) FROM task t JOIN app_user u
    ON u.display_name = t.changed_by WHERE t.status = 'GEDAAN' AND t.changed_at >= '$since'
    AND u.role = 'WIJKVERPLEEGKUNDIGE'")
  done_ok=$(sed -n 's/^gedaan clicks that succeeded: \([0-9]*\).*/\1/p' "$results/load-test.txt" | head -1)
  {
    echo "database check: $done_db tasks marked gedaan by the nurses since the start (UTC $since);" \
      "$done_ok gedaan clicks succeeded"
  } | tee -a "$results/load-test.txt"
}

jfr_summary() {
  [[ -s $run_dir/app.jfr ]] || return 0
  say "the hottest frames of the application's flight recording (top of stack, own code first):"
  jfr print --events jdk.ExecutionSample --stack-depth 1 "$run_dir/app.jfr" 2>/dev/null \
    | grep -A1 "stackTrace = \[" | grep -v "stackTrace\|--" | sed 's/line:.*//' | sort | uniq -c | sort -rn \
    | head -25 | tee "$results/load-test-hot-methods.txt"
}

main() {
  require
  mkdir -p "$run_dir"
  run_dir=$(cd "$run_dir" && pwd)
  db_password=$(kept db-password)
  trap 'stop_all' EXIT
  trap 'exit 143' TERM
  trap 'exit 130' INT
  trap 'exit 129' HUP
  if [[ ! -f $jar ]]; then
    say "building the production jar (mvn -Pproduction -DskipTests package)"
    (cd "$project" && mvn -q -B -ntp -Pproduction -DskipTests package)
  fi
  start_mariadb
  fill_region
  feeders
  start_app
  if [[ $command == start ]]; then
    say "ready: http://127.0.0.1:$app_port (users such as regio001.wijkverpleegkundige1, password samenplan); Ctrl-C stops"
    while alive app; do sleep 1; done
    return
  fi
  local since
  since=$(date -u '+%Y-%m-%d %H:%M:%S')
  run_gatling "$command"
  check_database "$since"
  stop_part app 30
  jfr_summary
}

case $command in
  run | short | start) main ;;
  *) echo "usage: src/ops/load-test.sh [run|short|start]" >&2; exit 2 ;;
esac
