/** What a command may touch: output streams, environment. Tests pass their own. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is only used there, and never with NO_COLOR). */
  readonly isTTY: boolean;
  /** Whether stderr is a terminal (progress bars are only drawn there). */
  readonly errIsTTY?: boolean;
  readonly cwd: string;
}

/** Bad usage: exit code 2, with the command's help hint. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const EXIT = { ok: 0, data: 1, usage: 2 } as const;
