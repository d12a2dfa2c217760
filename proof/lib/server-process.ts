import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { processMailSink } from './mail.js';

const entry = fileURLToPath(new URL('../../packages/server/dist/server.js', import.meta.url));

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Environment that points the server at this backend's data. */
  env: Record<string, string>;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Stops the process with a signal and waits for it to exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

export interface StartOptions {
  /** Extra environment (after the backend's). */
  env?: Record<string, string>;
  /** Run the server with at most this many open files (soft and hard limit, set by bash's ulimit). */
  fileLimit?: number;
}

/** Starts the compiled server as a child process on a free loopback port and waits for its URL. */
export async function startServer(backend: Backend, options: StartOptions = {}): Promise<ServerProcess> {
  const [command, args] =
    options.fileLimit === undefined
      ? [process.execPath, [entry]]
      : ['bash', ['-c', `ulimit -n ${options.fileLimit} && exec "$0" "$1"`, process.execPath, entry]];
  const child = spawn(command, args, {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      AUTH_RATE_LIMIT: '100000',
      EVALUATE_RATE_LIMIT: '100000',
      SMTP_URL: processMailSink.url,
      MAIL_FROM: 'rehab@example.test',
      ...backend.env,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never outlive the test process, even when a test fails before it stops the server.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server did not start in 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /running at (http:\/\/\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${String(code)} before starting:\n${output}`));
    });
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    url,
    child,
    kill: (signal) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill(signal);
      }),
  };
}

export interface LaunchedServer {
  child: ChildProcess;
  /** Everything it has printed so far, standard output and error together. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output; rejects after `ms` or when it exits first. */
  waitFor(pattern: RegExp, ms: number): Promise<RegExpExecArray>;
  /** Resolves with the exit code once it has exited. */
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the compiled server without waiting for it to listen, and keeps what it prints: for proofs of how it
 * starts (or refuses to) and of what it logs.
 */
export function launchServer(backend: Backend, env: Record<string, string> = {}): LaunchedServer {
  const child = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      AUTH_RATE_LIMIT: '100000',
      EVALUATE_RATE_LIMIT: '100000',
      SMTP_URL: processMailSink.url,
      MAIL_FROM: 'rehab@example.test',
      ...backend.env,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  let output = '';
  const listeners = new Set<() => void>();
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      process.off('exit', reap);
      for (const l of listeners) l();
      resolve(code);
    });
  });
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const l of listeners) l();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern, ms) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = pattern.exec(output);
          if (m !== null) {
            done();
            resolve(m);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            done();
            reject(new Error(`server exited before printing ${String(pattern)}:\n${output}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no ${String(pattern)} in ${ms} ms:\n${output}`));
        }, ms);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      }),
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** The base URL a launched server prints once it listens. */
export async function urlOf(server: LaunchedServer, ms = 30_000): Promise<string> {
  const m = await server.waitFor(/running at (http:\/\/\S+)/, ms);
  return (m[1] ?? '').replace('localhost', '127.0.0.1');
}
