import { describe, expect, it } from 'vitest';
import { hostReferences } from '../../../src/normalize/kubernetes/env-hosts.js';

const names = (value: string) =>
  hostReferences(value).map((reference) =>
    reference.namespace === undefined ? reference.name : `${reference.name}.${reference.namespace}`,
  );

describe('host names in configuration values', () => {
  it.each([
    ['cartservice:7070', ['cartservice']],
    ['redis://cart-redis:6379', ['cart-redis']],
    ['redis://:secret@cart-redis:6379/0', ['cart-redis']],
    ['http://payments.shop.svc.cluster.local:9000/api?x=1', ['payments.shop']],
    ['payments.shop', ['payments.shop']],
    ['payments.shop.svc', ['payments.shop']],
    ['payments.shop.svc.cluster.local', ['payments.shop']],
    ['Payments.Shop:80', ['payments.shop']],
    ['a:1, b:2;c:3', ['a', 'b', 'c']],
    ['amqp://guest:guest@rabbitmq', ['rabbitmq']],
  ])('%s', (value, expected) => {
    expect(names(value)).toEqual(expected);
  });

  it.each([
    'cartservice',
    'true',
    '8080',
    '10.0.0.1:80',
    'https://api.stripe.com/v1',
    'a.b.c:80',
    'hello world',
    '',
    '/var/lib/data',
  ])('reads nothing in %j', (value) => {
    expect(names(value)).toEqual([]);
  });
});
