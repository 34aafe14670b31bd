#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on loopback, for trying Samenplan on Galera (issue 15) and for GaleraClusterTest.
# Needs Debian's mariadb-server, galera-4 and rsync (no systemd: every node is a mariadbd started here).
#
#   src/ops/galera.sh start DIR [BASE_PORT]   three nodes, data and logs under DIR; waits until all three are Synced
#   src/ops/galera.sh stop-node DIR N         stops node N (1-3) only, as a node that goes down
#   src/ops/galera.sh stop DIR                stops every node that runs from DIR
#   src/ops/galera.sh status DIR              each node's cluster size and state
#
# Ports (BASE_PORT, default 19000): node N listens for clients on BASE+N, for Galera replication on BASE+10+N, for
# incremental state transfer (IST) on BASE+20+N and for full state transfer (SST, rsync) on BASE+30+N, all on 127.0.0.1.
# Node 1 bootstraps the cluster (--wsrep-new-cluster); nodes 2 and 3 join it and get its data by rsync SST.
# The account for the application: user samenplan, password samenplan, from 127.0.0.1, all privileges.
# A failed start stops every node it started. The nodes run as the current user; as root, as the mysql account that
# Debian's mariadb-server creates (rsync's SST daemon, started by root, would switch to nobody and could not write the
# joiner's data directory), or with --user=root where there is no mysql account.
set -euo pipefail

GALERA_PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
NODES=3
SYNC_TIMEOUT=${GALERA_SYNC_TIMEOUT:-120}

# As root: the mysql account, else root itself
RUN_AS=""
USER_ARGS=()
if [[ $(id -u) -eq 0 ]]; then
  if id mysql >/dev/null 2>&1; then RUN_AS=mysql; else RUN_AS=root; fi
  USER_ARGS=(--user="$RUN_AS")
fi

die() { echo "galera.sh: $*" >&2; exit 1; }

usage() { sed -n '2,13p' "$0" >&2; exit 2; }

node_dir() { echo "$1/node$2"; }

# The client's SQL on node N's socket (root over the socket, no password: the data dirs are made here)
sql() {
  local dir=$1 node=$2; shift 2
  mariadb --no-defaults --protocol=socket -S "$(node_dir "$dir" "$node")/mariadbd.sock" -uroot -N -B -e "$*"
}

write_config() {
  local dir=$1 node=$2 base=$3 nd
  nd=$(node_dir "$dir" "$node")
  local members=()
  for ((m = 1; m <= NODES; m++)); do members+=("127.0.0.1:$((base + 10 + m))"); done
  cat >"$nd/my.cnf" <<EOF
[mysqld]
datadir=$nd/data
socket=$nd/mariadbd.sock
pid-file=$nd/mariadbd.pid
log-error=$nd/mariadbd.err
bind-address=127.0.0.1
port=$((base + node))
skip-name-resolve
skip-ssl
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
innodb_log_file_size=48M
innodb_flush_log_at_trx_commit=2
performance_schema=OFF
# Galera replicates InnoDB only. A table without a primary key would replicate by a hidden key (wsrep_certify_nonPK,
# on by default). innodb_force_primary_key stays OFF for the first start: Liquibase creates its history table without a
# key (changeSet 032 then adds one); once migrated it may be turned on (SET GLOBAL innodb_force_primary_key=ON).
innodb_force_primary_key=OFF
wsrep_on=ON
wsrep_provider=$GALERA_PROVIDER
wsrep_cluster_name=samenplan
wsrep_cluster_address=gcomm://$(IFS=,; echo "${members[*]}")
wsrep_node_name=node$node
wsrep_node_address=127.0.0.1:$((base + 10 + node))
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((base + 10 + node));ist.recv_addr=127.0.0.1:$((base + 20 + node));gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((base + 30 + node))
wsrep_slave_threads=2

[client]
socket=$nd/mariadbd.sock
EOF
}

start_node() {
  local dir=$1 node=$2 nd
  nd=$(node_dir "$dir" "$node")
  shift 2
  # setsid: the node outlives this script (and is not killed with its terminal); stop ends it by its pid file
  setsid mariadbd --defaults-file="$nd/my.cnf" "${USER_ARGS[@]}" "$@" </dev/null >>"$nd/mariadbd.out" 2>&1 &
  echo $! >"$nd/started.pid"
}

# Waits until node N answers and reports the cluster size and Synced; false when its process died or time ran out.
wait_synced() {
  local dir=$1 node=$2 size=$3 deadline=$((SECONDS + SYNC_TIMEOUT)) nd pid state
  nd=$(node_dir "$dir" "$node")
  pid=$(cat "$nd/started.pid")
  while ((SECONDS < deadline)); do
    kill -0 "$pid" 2>/dev/null || { echo "galera.sh: node $node exited; its log:" >&2; tail -30 "$nd/mariadbd.err" >&2; return 1; }
    state=$(sql "$dir" "$node" "select concat(variable_value) from information_schema.global_status where variable_name
      in ('wsrep_cluster_size','wsrep_local_state_comment') order by variable_name" 2>/dev/null | tr '\n' ' ' || true)
    if [[ $state == "$size Synced " ]]; then
      return 0
    fi
    sleep 0.5
  done
  echo "galera.sh: node $node not Synced in a cluster of $size within ${SYNC_TIMEOUT} s (was: '$state')" >&2
  return 1
}

stop_node() {
  local dir=$1 node=$2 nd pid
  nd=$(node_dir "$dir" "$node")
  for file in "$nd/mariadbd.pid" "$nd/started.pid"; do
    [[ -f $file ]] || continue
    pid=$(cat "$file")
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      local i=0
      while kill -0 "$pid" 2>/dev/null && ((i++ < 120)); do sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  rm -f "$nd/started.pid"
}

stop_all() {
  local dir=$1
  for ((n = NODES; n >= 1; n--)); do
    [[ -d $(node_dir "$dir" "$n") ]] && stop_node "$dir" "$n"
  done
  return 0
}

start_cluster() {
  local dir=$1 base=$2
  command -v mariadbd >/dev/null || die "mariadbd is missing (apt-get install mariadb-server)"
  [[ -f $GALERA_PROVIDER ]] || die "$GALERA_PROVIDER is missing (apt-get install galera-4)"
  command -v rsync >/dev/null || die "rsync is missing (apt-get install rsync)"
  ((base >= 1024 && base + 40 < 65536)) || die "BASE_PORT out of range: $base"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  stop_all "$dir"
  trap 'echo "galera.sh: start failed, stopping the nodes" >&2; stop_all "$dir"' ERR
  for ((n = 1; n <= NODES; n++)); do
    rm -rf "$(node_dir "$dir" "$n")"
    mkdir -p "$(node_dir "$dir" "$n")/data"
    write_config "$dir" "$n" "$base"
  done
  if [[ $RUN_AS ]]; then chown -R "$RUN_AS" "$dir"; fi
  mariadb-install-db --defaults-file="$(node_dir "$dir" 1)/my.cnf" "${USER_ARGS[@]}" --auth-root-authentication-method=normal \
    --skip-test-db >"$(node_dir "$dir" 1)/install.out" 2>&1 || { cat "$(node_dir "$dir" 1)/install.out" >&2; false; }
  start_node "$dir" 1 --wsrep-new-cluster
  wait_synced "$dir" 1 1
  sql "$dir" 1 "create user if not exists 'samenplan'@'127.0.0.1' identified by 'samenplan';
    grant all privileges on *.* to 'samenplan'@'127.0.0.1' with grant option"
  # one joiner at a time: each one's SST comes from a donor that is Synced
  for ((n = 2; n <= NODES; n++)); do
    start_node "$dir" "$n"
    wait_synced "$dir" "$n" "$n"
  done
  for ((n = 1; n <= NODES; n++)); do wait_synced "$dir" "$n" "$NODES"; done
  trap - ERR
  echo "Galera cluster of $NODES nodes Synced; clients on 127.0.0.1:$((base + 1)), :$((base + 2)), :$((base + 3))" \
    "(user samenplan, password samenplan); data under $dir"
}

status() {
  local dir=$1
  for ((n = 1; n <= NODES; n++)); do
    printf 'node%d: %s\n' "$n" "$(sql "$dir" "$n" "select group_concat(variable_value order by variable_name separator ' ')
      from information_schema.global_status where variable_name in ('wsrep_cluster_size','wsrep_local_state_comment')" \
      2>/dev/null || echo down)"
  done
}

[[ $# -ge 2 ]] || usage
case $1 in
  start) start_cluster "$2" "${3:-19000}" ;;
  stop) stop_all "$(cd "$2" && pwd)" ;;
  stop-node) [[ ${3:-} =~ ^[1-3]$ ]] || usage; stop_node "$(cd "$2" && pwd)" "$3" ;;
  status) status "$(cd "$2" && pwd)" ;;
  *) usage ;;
esac
