import type { Io } from "./io.ts";

export { toCsv } from "../data/to-csv.ts";

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 } as const;
export type Colour = keyof typeof CODES;

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function painter(io: Io): (text: string, colour: Colour) => string {
  const on = io.isTTY && !io.env.NO_COLOR;
  return (text, colour) => (on ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text);
}

/** The escape sequences this CLI writes itself: its colours, a reset, and clearing a line. */
const OWN_SEQUENCES = new Set([...Object.values(CODES), 0].map((c) => `\u001b[${c}m`)).add(
  "\u001b[2K",
);

/**
 * Text fit for a terminal: every control character is removed (escape sequences that would
 * make a link, write the clipboard or hide text, from an article or a data file), except line
 * breaks, tabs, carriage returns and the sequences this CLI writes itself.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    // an operating-system command or device string (ESC ] ... BEL or ESC \\) goes whole, with its
    // payload; then CSI sequences (ESC [ ... letter); then any other control character
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finds control characters to remove
    /\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b\[[0-9;?]*[ -/]*[@-~]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g,
    (m) => (OWN_SEQUENCES.has(m) ? m : ""),
  );
}

export const TERMINAL_STATUS_COLOURS: Record<string, Colour> = {
  met: "green",
  on_track: "blue",
  at_risk: "yellow",
  off_track: "red",
  on_path: "green",
  behind_path: "red",
  missed: "red",
};

export function fixed(value: number | null | undefined, digits: number, signed = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "-";
  const s = value.toFixed(digits);
  return signed && value > 0 ? `+${s}` : s;
}

/** USD million as billions with one decimal: the unit analysts quote. */
export function usdBn(valueM: number | null | undefined): string {
  return valueM === null || valueM === undefined ? "-" : (valueM / 1000).toFixed(1);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
const ANSI = /\u001b\[\d+m/g;
const width = (s: string) => [...s.replace(ANSI, "")].length;

export interface Column {
  readonly header: string;
  readonly align?: "left" | "right";
}

/** A plain-text table; colour codes do not count toward widths. */
export function table(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  // a loop, not Math.max(...rows): a long listing would overflow the call stack
  const widths = columns.map((c, i) => {
    let w = width(c.header);
    for (const r of rows) w = Math.max(w, width(r[i] ?? ""));
    return w;
  });
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - width(cell));
        return columns[i]?.align === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...rows.map(line)].join("\n");
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
