// biome-ignore-all lint/suspicious/noTemplateCurlyInString: compose interpolation is written with ${VAR} on purpose.
import { describe, expect, it } from 'vitest';
import { interpolate } from '../../../src/collectors/compose/interpolate.js';
import { UnknownValue } from '../../../src/model/value.js';

describe('compose interpolation', () => {
  it('leaves text without variables as it is', () => {
    expect(interpolate('mysql:8.0')).toBe('mysql:8.0');
  });

  it('takes the default of ${VAR:-default} and ${VAR-default}', () => {
    expect(interpolate('${TAG:-1.25}')).toBe('1.25');
    expect(interpolate('nginx:${TAG-stable}-alpine')).toBe('nginx:stable-alpine');
    expect(interpolate('${HOST:-db}:${PORT:-5432}')).toBe('db:5432');
  });

  it('resolves nested defaults from the inside out', () => {
    expect(interpolate('${A:-${B:-cache}}')).toBe('cache');
  });

  it('keeps $$ a literal dollar, also inside defaults', () => {
    expect(interpolate('price: $$5')).toBe('price: $5');
    expect(interpolate('${X:-a$$b}')).toBe('a$b');
  });

  it('makes a value that needs the environment unknown, naming the variables only', () => {
    for (const text of ['${TIMEZONE}', '$HOME/x', 'http://${HOST:?host required}:80', '${FLAG:+on}']) {
      const value = interpolate(text);
      expect(value).toBeInstanceOf(UnknownValue);
    }
    const value = interpolate('${DB_PASSWORD}@${HOST}') as UnknownValue;
    expect(value.reason).toBe('set from the environment (DB_PASSWORD, HOST)');
  });

  it('never reads the process environment', () => {
    process.env.SPOF_COMPOSE_CANARY = 'from-the-machine';
    try {
      expect(interpolate('${SPOF_COMPOSE_CANARY}')).toBeInstanceOf(UnknownValue);
      expect(interpolate('${SPOF_COMPOSE_CANARY:-fallback}')).toBe('fallback');
    } finally {
      delete process.env.SPOF_COMPOSE_CANARY;
    }
  });
});
