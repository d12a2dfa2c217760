import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Vitest global setup: the proofs run the compiled server, so compile it (and the engine) first. */
export default function setup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  for (const pkg of ['@hamstring-rehab/engine', '@hamstring-rehab/server']) {
    execFileSync('npm', ['run', 'build', '--silent', '-w', pkg], { cwd: root, stdio: 'inherit' });
  }
}
