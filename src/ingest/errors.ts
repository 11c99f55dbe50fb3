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

/** Words for the file-system errors a person can act on; anything else keeps its code. */
const FS_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted (a read-only or immutable file?)',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ENOENT: 'it does not exist',
  EEXIST: 'it already exists',
  ELOOP: 'it is a symbolic link, or too many links deep',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many files are open',
  EBUSY: 'it is in use',
};

/**
 * What a Node file-system error means, in words (its code as a fallback).
 * @example describeFsError(Object.assign(new Error('x'), { code: 'EROFS' })) // 'the file system is read-only'
 */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && code in FS_PROBLEMS) return FS_PROBLEMS[code] as string;
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** Is this a Node file-system error (it carries an `E…` code)? */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
