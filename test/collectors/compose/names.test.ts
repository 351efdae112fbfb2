import { describe, expect, it } from 'vitest';
import {
  composeFileRole,
  distinctivePart,
  folderName,
  projectGuess,
} from '../../../src/collectors/compose/names.js';

describe('compose file names', () => {
  it('tells base files, overrides and named stacks apart', () => {
    expect(composeFileRole('app/compose.yaml')).toBe('base');
    expect(composeFileRole('app/compose.yml')).toBe('base');
    expect(composeFileRole('docker-compose.yml')).toBe('base');
    expect(composeFileRole('app/Docker-Compose.YAML')).toBe('base');
    expect(composeFileRole('app/compose.override.yaml')).toBe('override');
    expect(composeFileRole('app/docker-compose.prod.yml')).toBe('override');
    expect(composeFileRole('stacks/shop.compose.yaml')).toBe('stack');
    expect(composeFileRole('stacks/shop.compose.yml')).toBe('stack');
  });

  it('leaves other YAML files alone', () => {
    expect(composeFileRole('k8s/deployment.yaml')).toBeUndefined();
    expect(composeFileRole('composer.yaml')).toBeUndefined();
    expect(composeFileRole('my-compose.yaml')).toBeUndefined();
    expect(composeFileRole('compose.json')).toBeUndefined();
  });

  it('names the part that tells a file from its siblings', () => {
    expect(distinctivePart('x/pihole-cloudflared-DoH.compose.yaml')).toBe('pihole-cloudflared-DoH');
    expect(distinctivePart('x/docker-compose.prod.yml')).toBe('prod');
    expect(distinctivePart('x/compose.override.yaml')).toBe('override');
    expect(distinctivePart('x/compose.yaml')).toBeUndefined();
  });

  it('guesses a project from the declared name, the stack, then the folder', () => {
    expect(projectGuess('apps/shop/compose.yaml', 'store')).toBe('store');
    expect(projectGuess('apps/shop/compose.yaml', undefined)).toBe('shop');
    expect(projectGuess('stacks/blog.compose.yaml', undefined)).toBe('blog');
    expect(folderName('compose.yaml')).toBe('.');
  });
});
