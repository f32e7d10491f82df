// One logging interface for the edge; the Action's implementation writes workflow commands.
import * as core from '@actions/core';
import { terminalText } from '../reporters/plain-text.js';

export interface Logger {
  info(msg: string): void;
  warning(msg: string): void;
  debug(msg: string): void;
}

export const actionsLogger: Logger = {
  // core.info writes the line as it is (warning and debug escape their data as command values):
  // anything quoting the repository must not become a workflow command.
  info: (m) => core.info(terminalText(m)),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};
