/**
 * V8 options the daemon's own processes start with (the extension's language-server fork,
 * `npm start`, the benchmarks' daemon). They must be given at process start: changing them at run
 * time with v8.setFlagsFromString is undefined behaviour (it crashed in our tests).
 *
 * --no-regexp-tier-up: V8 first runs a regexp in its bytecode interpreter and compiles it only once
 * it is "hot"; with ~250 rule patterns, most of them used a few times per message, many stayed in
 * the interpreter. Compiling them natively at first use made scanMessage ≈ 20 % faster on 1 KB
 * messages and ≈ 35 % on 100 KB ones (same machine, A/B), for ≈ 2 MB more RSS.
 *
 * --heap-growing-percent=300: after a full collection V8 lets the old space grow to 4× what
 * survived before the next one (the most V8 grows it by on its own). Left to itself it picked
 * ≈ 1.4× under a sustained burst, so the gate's thread ran a major GC every ≈ 3.5 s, each ≈ 70 ms
 * of marking on the main thread that shares two cores with the scan thread, and the events that
 * arrived meanwhile waited: p99 event → restriction 59 ms at 5,000 ev/s (1-minute burst), with
 * 3× 17.7–22.4 ms, with 4× 15.0–18.7 ms (nine runs, same machine). The price is heap headroom
 * under load: the bench process's peak RSS ≈ +200 MB in that burst.
 */
export const DAEMON_V8_FLAGS: readonly string[] = ['--no-regexp-tier-up', '--heap-growing-percent=300'];
