# Sourced by the CI scripts that run a client against the emulator: builds it, starts it on a
# free port in the background (stopped when the script exits) and waits for the port.
# After `start_emulator VENV LOG_NAME [EMULATOR_ARGS...]`: $port, $target_dir and $emulator_bin
# are set; the emulator's output goes to $target_dir/LOG_NAME.

# Builds the emulator and sets $target_dir and $emulator_bin (no server started).
build_emulator() {
    local venv="$1"
    cargo build --quiet -p crashplan-emulator
    target_dir=$(cargo metadata --format-version 1 --no-deps | "$venv/bin/python" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
    emulator_bin="$target_dir/debug/crashplan-emulator"
}

start_emulator() {
    local venv="$1" log_name="$2"
    shift 2
    build_emulator "$venv"
    port=$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "$emulator_bin" --port "$port" "$@" > "$target_dir/$log_name" 2>&1 &
    emulator_pid=$!
    trap 'kill "$emulator_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 1 100); do  # bounded wait for the port, at most 10 s
        if "$venv/bin/python" -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.1)" 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    echo "the emulator did not listen on port $port within 10 s (see $target_dir/$log_name)" >&2
    return 1
}
