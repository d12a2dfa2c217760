import { backupCommand } from './backup.js';

/** `npm run backup -- FILE`: a consistent online copy of the SQLite database, while the server runs. */
backupCommand(process.env, process.argv.slice(2), {
  server: process.cwd(),
  user: process.env.INIT_CWD ?? process.cwd(),
})
  .then(({ code, message }) => {
    (code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
    process.exit(code);
  })
  .catch((error: unknown) => {
    process.stderr.write(`backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
