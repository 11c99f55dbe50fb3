/** A problem with the input, said so that a person can fix it: where, what, and what to do. */
export class IngestError extends Error {
  constructor(
    /** The file at fault (as given on the command line or relative to it). */
    readonly file: string,
    /** 1-based line, or null when the problem is the whole file. */
    readonly line: number | null,
    /** What is wrong. */
    readonly problem: string,
    /** What to do about it. */
    readonly fix: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}\n  fix: ${fix}`);
    this.name = 'IngestError';
  }
}

/** Several problems at once: ingest reports all it finds before giving up. */
export class IngestErrors extends Error {
  constructor(readonly errors: IngestError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'IngestErrors';
  }
}
