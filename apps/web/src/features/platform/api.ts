import { useQuery } from '@tanstack/react-query';

export type Health = { status: 'ok'; database: string; version: string };

function isHealth(value: unknown): value is Health {
  return typeof value === 'object' && value !== null && (value as { status?: unknown }).status === 'ok';
}

export async function fetchHealth(signal?: AbortSignal): Promise<Health> {
  const response = await fetch('/api/health', { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`health check answered ${response.status}`);
  const body: unknown = await response.json();
  if (!isHealth(body)) throw new Error('health check gave an unexpected answer');
  return body;
}

/** Whether the server is reachable. One quick retry only: the status line should not stay on "checking" for long. */
export function useHealth() {
  return useQuery({
    queryKey: ['platform', 'health'],
    queryFn: ({ signal }) => fetchHealth(signal),
    retry: 1,
    retryDelay: 500,
    staleTime: 30_000,
  });
}
