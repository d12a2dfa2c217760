import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
