import { erasuresCommand } from './erasures.js';

/** `npm run erasures -- FILE`: PostgreSQL's erasure ledger, brought level with the database (ADR 112). */
erasuresCommand(process.env, process.argv.slice(2), {
  server: process.cwd(),
  user: process.env.INIT_CWD ?? process.cwd(),
})
  .then(({ code, message }) => {
    (code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
    process.exit(code);
  })
  .catch((error: unknown) => {
    process.stderr.write(`erasures failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
