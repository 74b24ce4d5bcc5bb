/** Where a command writes: anything with `write(text)`, so tests pass string collectors. */
export type Writer = Readonly<{ write(chunk: string): unknown }>;

/**
 * A command's outside world: its two output streams, and whether stderr is a terminal (progress
 * bars are drawn only then, so pipes and logs stay clean).
 */
export type CliIo = Readonly<{ stdout: Writer; stderr: Writer; isTTY: boolean }>;

/** A CLI command: arguments after the command name in, exit code out (0 ok, 1 failure, 2 usage). */
export type Command = (argv: readonly string[], io: CliIo) => Promise<number>;
