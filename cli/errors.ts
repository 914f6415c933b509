// Exit codes of the command-line contract (DESIGN.md): 0 ran, 1 findings at or above --fail-on, 2 bad input.
export const EXIT = { OK: 0, FINDINGS: 1, BAD_INPUT: 2 } as const;

/** Bad input from the user: the message names what is wrong (file, row, column) and the exit code is 2. */
export class InputError extends Error {
  readonly exitCode = EXIT.BAD_INPUT;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export class NotBuiltError extends InputError {
  constructor(command: string) {
    super(`「${command}」尚未实现 / '${command}' is not built yet`);
    this.name = 'NotBuiltError';
  }
}

/** Thrown by an action that has printed its result and ends with a non-zero code (e.g. --fail-on). */
export class CommandExit {
  constructor(readonly exitCode: number) {}
}
