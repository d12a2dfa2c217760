import { describe, expect, it } from 'vitest';
import { derivedUuid } from './derived-uuid.js';
import { UUID } from './validation.js';

describe('derivedUuid', () => {
  it('is a UUID (version 8), the same for the same parts and another for others', () => {
    const id = derivedUuid('patient', 'note');
    expect(id).toMatch(UUID);
    expect(id.charAt(14)).toBe('8');
    expect('89ab').toContain(id.charAt(19));
    expect(derivedUuid('patient', 'note')).toBe(id);
    expect(derivedUuid('patient', 'other')).not.toBe(id);
    expect(derivedUuid('patientn', 'ote')).not.toBe(id);
  });
});
