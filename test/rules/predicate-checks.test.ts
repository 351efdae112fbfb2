import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/rules/checks/index.js';
import type { RawOptions } from '../../src/rules/types.js';
import { component, context } from './support/model.js';

const predicate = CHECKS.get('attribute-predicate');
if (!predicate) throw new Error('attribute-predicate is not registered');

function nodes(options: RawOptions, components: ReturnType<typeof component>[]): string[] {
  expect(predicate?.validate(options)).toEqual([]);
  return (predicate?.run(context(components), options) ?? []).map((report) => report.node);
}

describe('attribute-predicate', () => {
  const single = component('aws.rds.instance', 'Single', { attributes: { multiAz: false } });
  const unset = component('aws.rds.instance', 'Unset');
  const multi = component('aws.rds.instance', 'Multi', { attributes: { multiAz: true } });
  const bucket = component('aws.s3.bucket', 'Logs');

  it('not: matches false and unset, never the value, only the listed kinds', () => {
    const options = { match: [{ kinds: ['aws.rds.instance'], where: { multiAz: { not: true } } }] };
    expect(nodes(options, [single, unset, multi, bucket])).toEqual([
      'aws.rds.instance:Single',
      'aws.rds.instance:Unset',
    ]);
  });

  it('equals, exists and in', () => {
    expect(
      nodes({ match: [{ kinds: ['aws.rds.instance'], where: { multiAz: { equals: true } } }] }, [
        single,
        multi,
      ]),
    ).toEqual(['aws.rds.instance:Multi']);
    expect(
      nodes({ match: [{ kinds: ['aws.rds.instance'], where: { multiAz: { exists: false } } }] }, [
        single,
        unset,
      ]),
    ).toEqual(['aws.rds.instance:Unset']);
    const redis = component('aws.elasticache.cluster', 'Redis', { attributes: { engine: 'redis' } });
    const memcached = component('aws.elasticache.cluster', 'Mem', { attributes: { engine: 'memcached' } });
    expect(
      nodes(
        { match: [{ kinds: ['aws.elasticache.cluster'], where: { engine: { in: ['redis', 'valkey'] } } }] },
        [redis, memcached],
      ),
    ).toEqual(['aws.elasticache.cluster:Redis']);
  });

  it('numeric comparisons never hold for an unset attribute', () => {
    const one = component('aws.autoscaling.group', 'One', { attributes: { minSize: 1 } });
    const two = component('aws.autoscaling.group', 'Two', { attributes: { minSize: 2 } });
    const none = component('aws.autoscaling.group', 'None');
    const kinds = ['aws.autoscaling.group'];
    expect(nodes({ match: [{ kinds, where: { minSize: { lt: 2 } } }] }, [one, two, none])).toEqual([
      'aws.autoscaling.group:One',
    ]);
    expect(nodes({ match: [{ kinds, where: { minSize: { lte: 2 } } }] }, [one, two, none])).toHaveLength(2);
    expect(nodes({ match: [{ kinds, where: { minSize: { gt: 1 } } }] }, [one, two, none])).toEqual([
      'aws.autoscaling.group:Two',
    ]);
    expect(nodes({ match: [{ kinds, where: { minSize: { gte: 1 } } }] }, [one, two, none])).toHaveLength(2);
  });

  it('cases are alternatives, a component is reported once, with its data', () => {
    const record = component('aws.route53.record', 'Primary', {
      attributes: { failover: 'PRIMARY', healthCheck: true, ttl: 300, recordName: 'www.example.com' },
    });
    const options = {
      match: [
        { kinds: ['aws.route53.record'], where: { failover: { exists: true }, ttl: { gt: 60 } } },
        { kinds: ['aws.route53.record'], where: { healthCheck: { equals: true }, ttl: { gt: 60 } } },
      ],
      show: ['recordName'],
    };
    const reports = predicate.run(context([record]), options);
    expect(reports).toEqual([
      {
        node: 'aws.route53.record:Primary',
        data: {
          failover: 'PRIMARY',
          healthCheck: 'true',
          kind: 'Route 53 record',
          name: 'Primary',
          recordName: 'www.example.com',
          ttl: '300',
        },
      },
    ]);
    expect(predicate.dataKeys(options).sort()).toEqual([
      'failover',
      'healthCheck',
      'kind',
      'name',
      'recordName',
      'ttl',
    ]);
  });

  it('rejects unknown attributes, operators, kinds and keys by path', () => {
    const issues = predicate.validate({
      match: [
        {
          kinds: ['aws.rds.instanse'],
          where: { multiAZ: { not: true }, ttl: { gt: '60' }, engine: { like: 'x' } },
        },
      ],
      extra: 1,
    });
    expect(issues.map((issue) => issue.key)).toEqual([
      'options.match[0].kinds[0]',
      'options.match[0].where.multiAZ',
      'options.match[0].where.ttl.gt',
      'options.match[0].where.engine',
      'options.extra',
    ]);
    expect(predicate.validate({}).map((issue) => issue.key)).toEqual(['options.match']);
  });
});
