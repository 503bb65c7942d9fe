/**
 * V8 options the daemon's own processes start with (the extension's language-server fork,
 * `npm start`, the benchmarks' daemon). They must be given at process start: changing them at run
 * time with v8.setFlagsFromString is undefined behaviour (it crashed in our tests).
 *
 * --no-regexp-tier-up: V8 first runs a regexp in its bytecode interpreter and compiles it only once
 * it is "hot"; with ~250 rule patterns, most of them used a few times per message, many stayed in
 * the interpreter. Compiling them natively at first use made scanMessage ≈ 20 % faster on 1 KB
 * messages and ≈ 35 % on 100 KB ones (same machine, A/B), for ≈ 2 MB more RSS.
 */
export const DAEMON_V8_FLAGS: readonly string[] = ['--no-regexp-tier-up'];
