/** A problem with one field of an input: the form shows `message` next to the field at `path`. */
export interface Issue {
  path: string;
  /** A dictionary key or a ready message. */
  message: string;
}

export class ValidationError extends Error {
  constructor(public readonly issues: Issue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'ValidationError';
  }
}

/** Throws a ValidationError when there are issues; repositories call this before writing anything. */
export function assertValid(issues: Issue[]): void {
  if (issues.length > 0) throw new ValidationError(issues);
}
