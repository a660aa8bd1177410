# Nền nếp's local cluster: the names, ports and folders every script in deploy/local shares. Sourced, not run.
# Everything lives under NENNEP_LOCAL_DIR (default /tmp/nennep-local), never in the repository and never in the
# machine's own PostgreSQL cluster on 5432.

NENNEP_LOCAL_DIR=${NENNEP_LOCAL_DIR:-/tmp/nennep-local}
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# PostgreSQL: a primary and a streaming standby (synchronous), from Debian's binaries.
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
PRIMARY_PORT=${PRIMARY_PORT:-5433}
STANDBY_PORT=${STANDBY_PORT:-5434}
PRIMARY_DATA=$NENNEP_LOCAL_DIR/pg-primary
STANDBY_DATA=$NENNEP_LOCAL_DIR/pg-standby
STANDBY_NAME=standby1
DB_NAME=nennep
# WAL archive and base backups (deploy/local/backup, deploy/local/restore-drill).
WAL_ARCHIVE=$NENNEP_LOCAL_DIR/wal-archive
BACKUPS=$NENNEP_LOCAL_DIR/backups

# The application: instances on their own ports, one shared key pair, behind the load balancer.
APP_PORTS=(${APP_PORTS:-8081 8082 8083})
LB_PORT=${LB_PORT:-8090}
KEY_DIR=$NENNEP_LOCAL_DIR/keys
# Both hosts, in order; the driver connects to whichever is the primary now. hostRecheckSeconds: how long the driver
# trusts what it last learnt of a host (default 10 s); 2 s, so that a standby just promoted is tried again soon.
JDBC_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT,127.0.0.1:$STANDBY_PORT/$DB_NAME?targetServerType=primary&hostRecheckSeconds=2"
# Each instance's heap (2 cores and a few GB are enough for three), its log and pid file (N counts from 1).
APP_HEAP=${APP_HEAP:-384m}
APP_JAR=$REPO_ROOT/backend/target/quarkus-app/quarkus-run.jar
app_log() { echo "$NENNEP_LOCAL_DIR/app-$1.log"; }
app_pid_file() { echo "$NENNEP_LOCAL_DIR/app-$1.pid"; }
# The demo district's accounts and passwords, as the first instance printed them when it loaded the demo data.
DEMO_ACCOUNTS=$NENNEP_LOCAL_DIR/demo-accounts.txt
# HAProxy: its configuration, pid, log, and the runtime API (admin level) as a UNIX socket.
HAPROXY_CFG=$NENNEP_LOCAL_DIR/haproxy.cfg
HAPROXY_PID=$NENNEP_LOCAL_DIR/haproxy.pid
HAPROXY_LOG=$NENNEP_LOCAL_DIR/haproxy.log
HAPROXY_SOCKET=$NENNEP_LOCAL_DIR/haproxy.sock

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
as_pg() {
  if [ "$(id -u)" = 0 ]; then setpriv --reuid=postgres --regid=postgres --clear-groups -- "$@"; else "$@"; fi
}
