/** A `xabar` subcommand: a line for the usage, and what it does (its exit code). */
export interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}
