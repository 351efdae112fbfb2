import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/scan.js';
import { nodesByRule, REPO, scanFolder } from './scan-folder.js';

/** Real templates from aws-cloudformation-templates (../shared/corpus, see its README). */
const CORPUS = resolve(REPO, '../shared/corpus/cloudformation-templates');
const CORPUS_FILE = '../shared/corpus/cloudformation-templates';
let result: ScanResult;

beforeAll(async () => {
  result = await scanFolder(CORPUS);
});

describe('the public CloudFormation corpus', () => {
  it('is read completely: every template analysed, no error diagnostic', () => {
    expect(result.complete).toBe(true);
    expect(result.coverage).toHaveLength(9);
    expect(result.coverage.every((entry) => entry.status === 'analysed')).toBe(true);
  });

  it('finds the single EC2 instance', () => {
    const single = result.findings.filter((f) => f.ruleId === 'single-ec2-instance');
    expect(single.map((f) => [f.node.id, f.locations[0]])).toEqual([
      [
        'aws.ec2.instance:EC2Instance',
        { file: `${CORPUS_FILE}/VPC/VPC_EC2_Instance_With_Multiple_Static_IPAddresses.yaml`, line: 88 },
      ],
    ]);
  });

  it('finds the Auto Scaling groups that can run one instance, and proves the one behind a load balancer a cut', () => {
    const byRule = nodesByRule(result);
    const webServers = `aws.autoscaling.group:${CORPUS_FILE}/AutoScaling/AutoScalingMultiAZWithNotifications/WebServerGroup`;
    expect(byRule['capacity-below-two']).toEqual([webServers, 'aws.autoscaling.group:ECSAutoScalingGroup']);
    expect(byRule['single-point-of-failure']).toEqual([webServers]);
    const finding = result.findings.find((f) => f.ruleId === 'single-point-of-failure');
    expect(finding?.locations[0]?.line).toBe(175);
    expect(finding?.entries).toEqual(['entry:ElasticLoadBalancer']);
  });

  it('reports no single NAT gateway where there is one per zone', () => {
    expect(nodesByRule(result)['single-nat-gateway']).toBeUndefined();
    const nats = result.model.components.filter((c) => c.kind === 'aws.ec2.nat-gateway');
    expect(nats.length).toBeGreaterThanOrEqual(6);
  });

  it('keeps groups with a minimum of two over every zone off the cut sets', () => {
    const rolling = result.entries.filter((e) => e.entry.name.startsWith('ElasticLoadBalancer ('));
    expect(rolling).toHaveLength(2);
    for (const entry of rolling) {
      expect(entry.cuts.some((cut) => cut.node.startsWith('zone:'))).toBe(false);
    }
  });
});
