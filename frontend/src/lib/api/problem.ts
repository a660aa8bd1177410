import { i18n } from '@/i18n';
import { localizeDates } from '@/lib/format';
import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/** An error answer of the API (RFC 9457 problem details), thrown out of query functions. */
export class ApiProblemError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds to wait before asking again, from a Retry-After header (e.g. on 429). */
  readonly retryAfter: number | undefined;

  constructor(status: number, problem: Problem, retryAfter?: number) {
    super(problem.title);
    this.name = 'ApiProblemError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/** Retry-After as seconds from now: either delay-seconds or an HTTP date (RFC 9110, 10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The problem with its dates written dd/MM/yyyy, as the screens write them. */
function withLocalDates(problem: Problem): Problem {
  return {
    ...problem,
    title: localizeDates(problem.title),
    detail: localizeDates(problem.detail),
    errors: problem.errors?.map((e) => ({ ...e, message: localizeDates(e.message) })),
  };
}

function isProblem(body: unknown): body is Problem {
  return body !== null && typeof body === 'object' && typeof (body as { title?: unknown }).title === 'string';
}

/**
 * Turns openapi-fetch's `{ data, error, response }` into data or a thrown ApiProblemError.
 * A body that is not problem details (e.g. a proxy's HTML page) still yields a usable problem.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) {
    const problem: Problem = isProblem(error)
      ? withLocalDates(error)
      : {
          type: 'about:blank',
          title: response.statusText || i18n.t('app.unknownError'),
          status: response.status,
          detail: i18n.t('app.serverAnswered', { status: response.status }),
        };
    throw new ApiProblemError(response.status, problem, parseRetryAfter(response.headers.get('Retry-After')));
  }
  return data as T;
}
