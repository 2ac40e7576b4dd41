import { styleText } from 'node:util';

type Style = Parameters<typeof styleText>[0];

/**
 * What the streams are: progress and colours only on a terminal, never in what a pipeline reads. NO_COLOR
 * (https://no-color.org) turns colours off; FORCE_COLOR is not honoured, so files and pipes stay plain.
 */
export class Terminal {
  constructor(
    readonly stdout: NodeJS.WriteStream = process.stdout,
    readonly stderr: NodeJS.WriteStream = process.stderr,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  /** Progress goes to stderr, and only when stderr is a terminal. */
  get progressEnabled(): boolean {
    return this.stderr.isTTY === true;
  }

  /** The width to fit tables to, or null when stdout is not a terminal. */
  get width(): number | null {
    return this.stdout.isTTY ? (this.stdout.columns ?? 100) : null;
  }

  /** Colours text for stdout when it is a terminal. */
  style(style: Style, text: string): string {
    return this.stdout.isTTY && !this.env.NO_COLOR ? styleText(style, text) : text;
  }

  /** Colours text for stderr when it is a terminal. */
  styleErr(style: Style, text: string): string {
    return this.stderr.isTTY && !this.env.NO_COLOR ? styleText(style, text) : text;
  }
}
