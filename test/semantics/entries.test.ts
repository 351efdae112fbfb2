import { describe, expect, it } from 'vitest';
import { build, component, gateOf, requirements } from './support.js';

const A = 'us-east-1/us-east-1a';

function site() {
  return [
    component('aws.route53.hosted-zone', 'Zone'),
    component('aws.elb.load-balancer', 'Alb', { zones: [A], attributes: { scheme: 'internet-facing' } }),
    component('aws.elb.load-balancer', 'Direct', { zones: [A], attributes: { scheme: 'internet-facing' } }),
    component('aws.elb.load-balancer', 'Internal', { zones: [A], attributes: { scheme: 'internal' } }),
    component('aws.cloudfront.distribution', 'Cdn', {
      attributes: { aliases: ['www.example.com'] },
      relations: [['origin', 'aws.elb.load-balancer:Alb']],
    }),
    component('aws.cloudfront.distribution', 'Assets', { attributes: { aliases: ['static.example.com.'] } }),
    component('aws.route53.record', 'Www', {
      attributes: { recordName: 'www.example.com.', recordType: 'A' },
      relations: [
        ['hostedZone', 'aws.route53.hosted-zone:Zone'],
        ['aliasTarget', 'aws.cloudfront.distribution:Cdn'],
      ],
    }),
    component('aws.route53.record', 'Www6', {
      attributes: { recordName: 'www.example.com.', recordType: 'AAAA' },
      relations: [
        ['hostedZone', 'aws.route53.hosted-zone:Zone'],
        ['aliasTarget', 'aws.cloudfront.distribution:Cdn'],
      ],
    }),
  ];
}

describe('inferred entries', () => {
  it('takes public names, then distributions and internet-facing load balancers nothing leads to', () => {
    const { entries, graph } = build(site(), { survive: ['component', 'zone', 'region'] });
    expect(entries).toEqual([
      { node: 'entry:Direct', name: 'Direct', survive: ['component', 'zone', 'region'], source: 'inferred' },
      {
        node: 'entry:static.example.com',
        name: 'static.example.com',
        survive: ['component', 'zone', 'region'],
        source: 'inferred',
      },
      {
        node: 'entry:www.example.com',
        name: 'www.example.com',
        survive: ['component', 'zone', 'region'],
        source: 'inferred',
      },
    ]);
    expect(requirements(graph, 'entry:www.example.com')).toEqual([
      'aws.route53.record:Www',
      'aws.route53.record:Www6',
    ]);
    expect(requirements(graph, 'entry:static.example.com')).toEqual(['aws.cloudfront.distribution:Assets']);
    expect(requirements(graph, 'entry:Direct')).toEqual(['aws.elb.load-balancer:Direct']);
    expect(graph.getNodeAttributes('entry:Direct')).toMatchObject({
      kind: 'entry',
      gate: { type: 'all' },
      label: 'Direct',
    });
    expect(graph.getEdgeAttribute('entry:Direct', 'aws.elb.load-balancer:Direct', 'reason')).toBe('entry');
  });

  it('are off when the policy says so', () => {
    expect(build(site(), { inferEntries: false }).entries).toEqual([]);
  });

  it('names an alias-less distribution by its logical name', () => {
    const { entries } = build([component('aws.cloudfront.distribution', 'Cdn')]);
    expect(entries.map((entry) => entry.name)).toEqual(['Cdn']);
  });
});

describe('declared entries', () => {
  it('replace inference, resolve ids and logical names, and keep their own survive list', () => {
    const { entries, graph } = build(site(), {
      entries: [
        { name: 'shop', target: 'aws.cloudfront.distribution:Cdn', survive: ['component'] },
        { name: 'admin', target: 'Direct' },
      ],
    });
    expect(entries).toEqual([
      { node: 'entry:admin', name: 'admin', survive: ['component', 'zone'], source: 'declared' },
      { node: 'entry:shop', name: 'shop', survive: ['component'], source: 'declared' },
    ]);
    expect(requirements(graph, 'entry:shop')).toEqual(['aws.cloudfront.distribution:Cdn']);
    expect(gateOf(graph, 'entry:shop')).toBe('all');
  });

  it('point at the name node when the record shares its name', () => {
    const records = [
      component('aws.route53.record', 'P', {
        attributes: { recordName: 'a.example.com', failover: 'PRIMARY', healthCheck: true },
      }),
      component('aws.route53.record', 'S', {
        attributes: { recordName: 'a.example.com', failover: 'SECONDARY' },
      }),
    ];
    const { graph } = build(records, { entries: [{ name: 'a', target: 'P' }] });
    expect(requirements(graph, 'entry:a')).toEqual(['dns:a.example.com/A']);
  });

  it('report an unknown or ambiguous target as a config error at its line', () => {
    const { entries, diagnostics } = build(
      [component('aws.lambda.function', 'Api'), component('aws.apigateway.api', 'Api')],
      {
        file: 'spof.yml',
        entries: [
          { name: 'missing', target: 'Nope', location: { file: 'spof.yml', line: 4 } },
          { name: 'twice', target: 'Api', location: { file: 'spof.yml', line: 7 } },
          { name: 'fine', target: 'aws.apigateway.api:Api' },
          { name: 'fine', target: 'aws.lambda.function:Api', location: { file: 'spof.yml', line: 12 } },
        ],
      },
    );
    expect(entries.map((entry) => entry.name)).toEqual(['fine']);
    expect(diagnostics.map((d) => [d.code, d.level, d.file, d.line])).toEqual([
      ['config-error', 'error', 'spof.yml', 4],
      ['config-error', 'error', 'spof.yml', 7],
      ['config-error', 'error', 'spof.yml', 12],
    ]);
  });

  it('without a location point at the policy file', () => {
    const { diagnostics } = build([], { file: 'ops/spof.yml', entries: [{ name: 'x', target: 'Nope' }] });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'config-error', file: 'ops/spof.yml' })]);
    expect(diagnostics[0]).not.toHaveProperty('line');
  });
});
