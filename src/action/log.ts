import * as core from '@actions/core'

/**
 * Text for the step's log, escaped. core.info writes text as it is, and a line of the log
 * that starts with "::" is a workflow command: a root, file name or server message with a
 * newline in it could start one. Line breaks and % are escaped as in a command's data.
 */
export function escapeLog(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** core.info, escaped: everything the action logs goes through here. */
export function info(message: string): void {
  core.info(escapeLog(message))
}
