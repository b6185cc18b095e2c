import { printable } from './text.js'

/**
 * Text as one line of a GitHub Actions log that the runner reads as text, never as a workflow
 * command. The runner takes a line for a command when, past leading white space, it starts
 * with "::", and (the legacy form) when it holds "##[" anywhere (actions/runner:
 * ActionCommand.TryParseV2 and TryParse). So line breaks and other control characters are
 * written out (printable: a value stays on its line), a "::" that would start the line is
 * written "\u003a:", and every "##[" is written "#\u0023[" (JSON's escapes, so JSON output
 * keeps its meaning).
 *
 * This is the workflow log's one escaper: every line the action logs goes through it
 * (format/workflowCommands.ts), and so does every line the CLI writes when it runs in GitHub
 * Actions (cli/io.ts).
 */
export function logLine(text: string): string {
  return printable(text)
    .replace(/^(\s*)::/, '$1\\u003a:')
    .replace(/##\[/g, '#\\u0023[')
}

/** Text of several lines, as the CLI writes it: each line made a log line, its line breaks kept. */
export function logLines(text: string): string {
  return text.split(/\r?\n/).map(logLine).join('\n')
}
