import { fork, type ChildProcess } from 'node:child_process';

/** What a bench child process sends back once: its result, or why it failed. */
export type ChildMessage<T> = { ok: true; result: T } | { ok: false; error: string };

const running = new Set<ChildProcess>();

/** Stops every bench child still running: SIGTERM lets a phase close its app, SIGKILL follows if it lingers. */
export function stopChildren(signal: NodeJS.Signals = 'SIGTERM') {
  for (const child of running) {
    child.kill(signal);
    if (signal !== 'SIGKILL') setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  }
}

/**
 * Forks a TypeScript file (tsx is inherited through execArgv), sends it one request and resolves with the one
 * result it reports. Bounded: a child that does not report within `timeoutMs` is killed and the promise rejects.
 */
export function runChild<Request, Result>(file: string, request: Request, timeoutMs: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = fork(file, [], { execArgv: process.execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    running.add(child);
    let settled = false;
    const finish = (error: Error | null, result?: Result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      running.delete(child);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolve(result as Result);
    };
    const timer = setTimeout(() => finish(new Error(`${file} did not report within ${timeoutMs / 1000} s`)), timeoutMs);
    child.once('message', (message: ChildMessage<Result>) => {
      if (message.ok) finish(null, message.result);
      else finish(new Error(message.error));
    });
    child.once('error', (error) => finish(error));
    child.once('exit', (code, signal) => finish(new Error(`${file} exited (${code ?? signal}) before reporting`)));
    child.send(request as object);
  });
}

/** The child side: answers the one request with `work`'s result, then exits; exits too when the parent goes away. */
export function serveOnce<Request, Result>(work: (request: Request) => Promise<Result>, onFailure: () => Promise<void> = async () => {}) {
  process.once('disconnect', () => void onFailure().finally(() => process.exit(1)));
  process.once('message', (message) => {
    work(message as Request).then(
      (result) => process.send?.({ ok: true, result } satisfies ChildMessage<Result>, () => process.exit(0)),
      (error: unknown) => {
        // drizzle wraps driver errors; the cause (ECONNREFUSED, a missing role…) is what a person needs to see.
        const cause = error instanceof Error && error.cause !== undefined ? `\ncaused by: ${String(error.cause)}` : '';
        const text = (error instanceof Error ? (error.stack ?? error.message) : String(error)) + cause;
        void onFailure()
          .catch(() => undefined)
          .finally(() => process.send?.({ ok: false, error: text } satisfies ChildMessage<Result>, () => process.exit(1)));
      },
    );
  });
}
