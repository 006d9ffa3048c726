/** An RFC 9457 problem: what went wrong with a request, for the client to read. */
export class ProblemError extends Error {
  override name = "ProblemError";
  readonly status: number;
  readonly title: string;
  readonly extra: Record<string, unknown>;

  constructor(status: number, title: string, detail: string, extra: Record<string, unknown> = {}) {
    super(detail);
    this.status = status;
    this.title = title;
    this.extra = extra;
  }

  body(instance: string) {
    return {
      type: `about:blank`,
      title: this.title,
      status: this.status,
      detail: this.message,
      instance,
      ...this.extra,
    };
  }
}

export function badRequest(
  detail: string,
  errors: { parameter: string; expected: string }[] = [],
): ProblemError {
  return new ProblemError(400, "Bad request", detail, errors.length > 0 ? { errors } : {});
}
