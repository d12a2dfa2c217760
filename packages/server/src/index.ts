/** @hamstring-rehab/server: the HTTP API on SQLite or PostgreSQL. `server.ts` is the program that listens. */
export { buildApp, type AppOptions } from './app.js';
export { loadConfig, ConfigError, type Config, type DatabaseConfig } from './config.js';
export { createStore, type StoreOptions } from './store/create-store.js';
export type * from './store/store.js';
