#!/usr/bin/env bash
# Runs every libFuzzer target for a bounded time each.
#   tests/fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR] [TARGET...]
# SECONDS per target (default 60); BUILD_DIR defaults to build-asan, the
# clang ASan+UBSan build configured with -DFEROSCOPE_FUZZ=ON. Corpora live
# in BUILD_DIR/fuzz-corpus/<target> (seeded from tests/data/vectors, grown by
# every run); crashes are written to BUILD_DIR/fuzz-crashes/<target>/ and
# make the script fail. A crash input, once fixed, belongs in
# tests/fuzz/regressions/<target>/ (CTest replays those in every build).
# Prints one line per target: executions, corpus size, result.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-60}
build=${2:-$root/build-asan}
shift $(( $# > 2 ? 2 : $# ))
vectors=$root/tests/data/vectors
corpora=$build/fuzz-corpus
crashes=$build/fuzz-crashes
logs=$build/fuzz-logs
mkdir -p "$corpora" "$crashes" "$logs"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(binary native compact sqlitedb telethonsqlite pyrogramsqlite telethonstring gramjsstring
             mtcutestring pyrogramstring mtkrutostring gramjsstore tdata detect roundtrip)
fi

# Copies the files matching a find expression into a corpus, keeping names.
seed_files() { # corpus find-args...
    local corpus=$1; shift
    find "$@" -type f -print0 2>/dev/null | while IFS= read -r -d '' f; do
        cp -n "$f" "$corpus/seed-$(basename "$f")"
    done
}

# Folder targets read "<selector byte><file content>": one seed per file.
seed_folder() { # corpus folder
    local corpus=$1 folder=$2 i=0 f
    while IFS= read -r f; do
        { printf "\\x$(printf %02x "$i")"; cat "$f"; } > "$corpus/seed-$i"
        i=$((i + 1))
    done < <(find "$folder" -type f | LC_ALL=C sort)
}

# The round-trip target reads "<format byte><input>", formats in this order.
seed_roundtrip() { # corpus
    local corpus=$1 i f
    local -a globs=("*.session" "*.native.txt" "*.compact-v1.txt" "*.compact-v2.txt" "telethon_str_*" "gramjs_str_*"
                    "mtcute_str_*" "pyrogram_*string*" "mtkruto_*")
    for i in "${!globs[@]}"; do
        while IFS= read -r f; do
            { printf "\\x$(printf %02x "$i")"; cat "$f"; } > "$corpus/seed-$i-$(basename "$f")"
        done < <(find "$vectors" -type f -name "${globs[$i]}" ! -name "bad-*" | head -n 40)
    done
}

seed() { # target corpus
    local corpus=$2
    case $1 in
        binary) seed_files "$corpus" "$vectors/ferogram" -name "*.session" ;;
        native) seed_files "$corpus" "$vectors/ferogram" -name "*.native.txt" ;;
        compact) seed_files "$corpus" "$vectors/ferogram" -name "*compact*" ;;
        sqlitedb) seed_files "$corpus" "$vectors/ferogram" -name "*.sqlite" ;;
        telethonsqlite) seed_files "$corpus" "$vectors/foreign/telethon" -name "*.session" ;;
        pyrogramsqlite) seed_files "$corpus" "$vectors/foreign/pyrogram" -name "*.session" ;;
        *string) seed_files "$corpus" "$vectors/foreign" -name "*.txt" ;;
        gramjsstore) seed_folder "$corpus" "$vectors/foreign/gramjs/gramjs_store_dc4" ;;
        tdata) FEROSCOPE_FUZZ_EMIT_SEEDS=$corpus ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/fuzz_tdata" ;;
        detect) seed_files "$corpus" "$vectors" -size -64k ! -name "*.json" ! -name "*.md" ;;
        roundtrip) seed_roundtrip "$corpus" ;;
    esac
}

dict_for() {
    case $1 in
        binary | roundtrip) echo "$here/dicts/binary.dict" ;;
        native | compact | *string | detect) echo "$here/dicts/strings.dict" ;;
        *sqlite*) echo "$here/dicts/sqlite.dict" ;;
        tdata) echo "$here/dicts/tdata.dict" ;;
        gramjsstore) echo "$here/dicts/gramjsstore.dict" ;;
    esac
}

failed=0
printf '%-16s %12s %8s  %s\n' target executions corpus result
for t in "${targets[@]}"; do
    exe=$build/tests/fuzz/fuzz_$t
    if [ ! -x "$exe" ]; then
        echo "missing $exe: configure $build with -DFEROSCOPE_FUZZ=ON and build the 'fuzzers' target" >&2
        failed=1
        continue
    fi
    mkdir -p "$corpora/$t" "$crashes/$t"
    seed "$t" "$corpora/$t"
    log=$logs/$t.log
    # Leaks are reported by the test suite (ASan there); here they would stop
    # a run at the first one-time allocation Qt keeps for the process.
    ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
        QT_QPA_PLATFORM=offscreen \
        "$exe" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -max_len=65536 \
        -dict="$(dict_for "$t")" -artifact_prefix="$crashes/$t/" -print_final_stats=1 \
        "$corpora/$t" > "$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    size=$(find "$corpora/$t" -type f | wc -l)
    if [ $rc -eq 0 ]; then result=ok; else result="FAILED (exit $rc, see $log)"; failed=1; fi
    printf '%-16s %12s %8s  %s\n' "$t" "${execs:-?}" "$size" "$result"
done
exit $failed
