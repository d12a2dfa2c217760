import { sqliteBackend } from '../../proof/lib/backends.js';
import { startServer as startServerProcess } from '../../proof/lib/server-process.js';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The compiled server (which serves the built web app at /) on a free loopback port and a fresh SQLite
 * data folder, started as the proofs start it (proof/lib/server-process.ts); `stop` ends it and removes
 * the folder. Its mail goes to the test process's SMTP server (e2e/lib/mail.ts). `env` adds settings.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const backend = sqliteBackend();
  try {
    const server = await startServerProcess(backend, { env });
    return {
      url: server.url,
      stop: async () => {
        await server.kill('SIGTERM');
        await backend.drop();
      },
    };
  } catch (error) {
    await backend.drop();
    throw error;
  }
}
