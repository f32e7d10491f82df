// One logging interface for the edge; the Action's implementation writes workflow commands.
import * as core from '@actions/core';

export interface Logger {
  info(msg: string): void;
  warning(msg: string): void;
  debug(msg: string): void;
}

export const actionsLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};
