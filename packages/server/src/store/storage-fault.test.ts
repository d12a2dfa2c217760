import { describe, expect, it } from 'vitest';
import { storageFaultOf } from './storage-fault.js';

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('storageFaultOf', () => {
  it('tells a lost, refused or frozen PostgreSQL', () => {
    expect(storageFaultOf(coded('57P01', 'terminating connection due to administrator command'))).toBe(
      'unreachable',
    );
    expect(storageFaultOf(coded('ECONNREFUSED'))).toBe('unreachable');
    expect(storageFaultOf(coded('08006'))).toBe('unreachable');
    expect(storageFaultOf(new Error('Connection terminated unexpectedly'))).toBe('unreachable');
    expect(storageFaultOf(new Error('timeout exceeded when trying to connect'))).toBe('unreachable');
    expect(storageFaultOf(new Error('wrapped', { cause: coded('ECONNRESET') }))).toBe('unreachable');
    expect(storageFaultOf(new AggregateError([coded('ECONNREFUSED')]))).toBe('unreachable');
  });

  it('tells a full or damaged SQLite file, and leaves every other error alone', () => {
    expect(storageFaultOf(coded('SQLITE_FULL', 'database or disk is full'))).toBe('disk-full');
    expect(storageFaultOf(coded('SQLITE_CORRUPT'))).toBe('damaged');
    expect(storageFaultOf(coded('SQLITE_IOERR_WRITE'))).toBe('damaged');
    expect(storageFaultOf(coded('SQLITE_CONSTRAINT_UNIQUE'))).toBeUndefined();
    expect(storageFaultOf(coded('23505'))).toBeUndefined();
    expect(storageFaultOf(new Error('the disk is on fire'))).toBeUndefined();
    expect(storageFaultOf('text')).toBeUndefined();
  });
});
