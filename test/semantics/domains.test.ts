import { describe, expect, it } from 'vitest';
import { build, component, gateOf, requirements } from './support.js';

describe('failure domains', () => {
  const { graph } = build([
    component('aws.ec2.subnet', 'SubnetA', { zones: ['us-east-1/us-east-1a'] }),
    component('aws.ec2.subnet', 'SubnetB', { zones: ['deployment-region/#1'], region: 'deployment-region' }),
  ]);

  it('chains zone → region → provider, all gates `all`', () => {
    expect(requirements(graph, 'zone:us-east-1/us-east-1a')).toEqual(['region:us-east-1']);
    expect(requirements(graph, 'region:us-east-1')).toEqual(['provider:aws']);
    expect(requirements(graph, 'provider:aws')).toEqual([]);
    for (const node of ['zone:us-east-1/us-east-1a', 'region:us-east-1', 'provider:aws']) {
      expect(gateOf(graph, node)).toBe('all');
      expect(graph.getNodeAttribute(node, 'kind')).toBe('domain');
    }
    expect(graph.getNodeAttribute('zone:us-east-1/us-east-1a', 'domainKind')).toBe('zone');
    expect(graph.getNodeAttribute('region:us-east-1', 'domainKind')).toBe('region');
    expect(graph.getNodeAttribute('provider:aws', 'domainKind')).toBe('provider');
  });

  it('labels zones and regions for people', () => {
    expect(graph.getNodeAttribute('zone:us-east-1/us-east-1a', 'label')).toBe('us-east-1a');
    expect(graph.getNodeAttribute('zone:deployment-region/#1', 'label')).toBe(
      'zone #1 of the deployment region',
    );
    expect(graph.getNodeAttribute('region:deployment-region', 'label')).toBe('the deployment region');
    expect(requirements(graph, 'zone:deployment-region/#1')).toEqual(['region:deployment-region']);
  });

  it('gives a subnet with no zone a zone of its own, labelled as such', () => {
    const { graph: g } = build([component('aws.ec2.subnet', 'Loose')]);
    expect(requirements(g, 'aws.ec2.subnet:Loose')).toEqual(['zone:us-east-1/#unknown-Loose']);
    expect(g.getNodeAttribute('zone:us-east-1/#unknown-Loose', 'label')).toBe('the single zone of Loose');
  });

  it('keeps component attributes on component nodes and reasons on edges', () => {
    const attributes = graph.getNodeAttributes('aws.ec2.subnet:SubnetA');
    expect(attributes).toMatchObject({
      kind: 'component',
      componentId: 'aws.ec2.subnet:SubnetA',
      componentKind: 'aws.ec2.subnet',
      label: 'SubnetA',
    });
    expect(attributes.locations).toEqual([{ file: 'template.yaml', line: expect.any(Number) }]);
    expect(graph.getEdgeAttribute('aws.ec2.subnet:SubnetA', 'zone:us-east-1/us-east-1a', 'reason')).toBe(
      'zone',
    );
    expect(graph.getEdgeAttribute('zone:us-east-1/us-east-1a', 'region:us-east-1', 'reason')).toBe('region');
  });
});
