# Sourced by .ci/run and run.sh: sets JAVA_HOME to a JDK 21 or newer, installing one from Debian's
# packages if none is on the machine.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  local best="" best_major=0
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/javac" ] || continue
    local major
    major="$(java_major "$home" || echo 0)"
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$home"; best_major="$major"
    fi
  done
  [ -n "$best" ] && echo "$best"
}

JDK="$(find_jdk || true)"
if [ -z "$JDK" ]; then
  echo "No JDK 21+ found; trying Debian's packages" >&2
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq || true
    $SUDO apt-get install -y -qq openjdk-25-jdk-headless >/dev/null 2>&1 \
      || $SUDO apt-get install -y -qq openjdk-21-jdk-headless >/dev/null 2>&1 || true
  fi
  JDK="$(find_jdk || true)"
fi
if [ -z "$JDK" ]; then
  echo "This build needs a JDK 21 or newer and none could be found or installed." >&2
  exit 1
fi
export JAVA_HOME="$JDK"
export PATH="$JAVA_HOME/bin:$PATH"
echo "Using JDK at $JAVA_HOME ($(java_major "$JAVA_HOME"))"

