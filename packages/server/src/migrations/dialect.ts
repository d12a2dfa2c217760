/** The two SQL dialects the store runs on. */
export type Dialect = 'sqlite' | 'postgres';
