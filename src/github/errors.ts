// Classifying API failures at the edge: a missing permission is a notice, never a failed job.

export interface ApiFailure {
  status?: number;
  message: string;
}

export function apiFailure(e: unknown): ApiFailure {
  const err = e as { status?: number; message?: string };
  return { status: typeof err?.status === 'number' ? err.status : undefined, message: String(err?.message ?? e).split('\n')[0]!.slice(0, 300) };
}

/** 403 "Resource not accessible by integration" (read-only token) or a 404 on a private resource. */
export function isPermissionError(e: unknown): boolean {
  const status = (e as { status?: number })?.status;
  if (status !== 403 && status !== 401) return false;
  return !/rate limit/i.test(String((e as Error)?.message ?? ''));
}
