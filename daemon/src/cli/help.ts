/** Help texts, one per command; `soc-agents help COMMAND` and `COMMAND --help` print them. */
export const MAIN_HELP = `soc-agents — SOC AI Agents: a security operations center for AI agents and LLM apps

Usage: soc-agents <command> [options]

Commands:
  check     Scan messages for prompt injection, data exfiltration, command injection,
            privacy violations, malicious input and hidden Unicode; prints JSON verdicts.
  scan      Scan prompt files, agent instructions, MCP configs and agent code (text, JSON, SARIF).
  lsp       Language server (--stdio or --node-ipc) for any LSP client; --http-port also runs the daemon.
  rules     List the rule catalog (id, category, severity, OWASP LLM id, title).
  daemon    Run the SOC daemon: chat endpoint, OpenAI-compatible proxy, agents, live dashboard.
  scenario  Replay an attack scenario against a running daemon and print what it did.
  smoke-test  Start an in-process daemon on a free port, run every scenario, check each outcome.
  audit     Verify or list the tamper-evident audit trail (daemon stopped).
  help      Show help for a command: soc-agents help check

Options:
  -h, --help     Show help
  -v, --version  Show the version
`;

export const CHECK_HELP = `soc-agents check — scan messages with the detection engine

Usage:
  soc-agents check "TEXT"            Scan one message given as an argument.
  soc-agents check --stdin           Scan all of standard input as one message.
  soc-agents check --jsonl           Read JSON lines ({"text": "...", ...}) on standard input and
                                     write one JSON verdict per line, in the same order. A line that
                                     is not a JSON object with a string "text" gets {"error": "..."}
                                     and the run goes on. Other fields: "id" is echoed back;
                                     "source" (user|system|assistant|agent|tool_result|
                                     document|code_comment|prompt_file) is passed to the
                                     engine; "agent" is a message from another agent.

Options:
  --mode MODE        Security mode: default | security_aware | strict (default: default).
  --pack PACK        Enable a compliance rule pack: hipaa | pci | sox (repeatable).
  --pretty           Indent the JSON of a single verdict.
  --fail-if-flagged  Exit with code 1 when any scanned message is flagged (for scripts and hooks).
  -h, --help         Show this help.

A verdict is {"flagged", "category", "severity", "score", "findings": [{"ruleId", "category",
"severity", "confidence", "start", "end", "evidence"}], "probabilities"}; start/end are UTF-16
offsets into the original text. Exit code 2 on a usage error.
`;

export const RULES_HELP = `soc-agents rules — list the rule catalog

Usage: soc-agents rules [--json]

  --json   Print the catalog as a JSON array instead of a table.
`;
