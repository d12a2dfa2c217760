import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Vitest global setup: the journeys run the built web app on the compiled server, so build both. */
export default function setup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // Vitest sets NODE_ENV=test; the app is built as it ships.
  const env = { ...process.env, NODE_ENV: 'production' };
  for (const pkg of ['@hamstring-rehab/engine', '@hamstring-rehab/server', '@hamstring-rehab/web']) {
    execFileSync('npm', ['run', 'build', '--silent', '-w', pkg], { cwd: root, stdio: 'inherit', env });
  }
}
