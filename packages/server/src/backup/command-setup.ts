import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config.js';

/** What an `npm run <tool> -- FILE` command learns before it does anything: its FILE and the server's settings. */
export type CommandSetup =
  { ok: true; file: string; config: Config } | { ok: false; answer: { code: number; message: string } };

/**
 * The shared start of the operator's file commands (backup, erasures): exactly one FILE argument (exit 2 with
 * `usage` otherwise) and the server's own settings as `npm start` reads them (exit 1 with their message).
 */
export function commandSetup(
  env: Readonly<Record<string, string | undefined>>,
  args: readonly string[],
  /** Where the server runs (DATA_DIR is relative to it), and where FILE is relative to. */
  dirs: { server: string; user: string },
  usage: string,
): CommandSetup {
  const [file, ...extra] = args;
  if (file === undefined || file === '' || extra.length > 0 || file.startsWith('-')) {
    return { ok: false, answer: { code: 2, message: usage } };
  }
  try {
    const config = loadConfig(env, path.join(dirs.server, 'packages/web/dist'), dirs.server);
    return { ok: true, file: path.resolve(dirs.user, file), config };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, answer: { code: 1, message: error.message } };
    throw error;
  }
}
