import { beforeAll, describe, expect, it } from 'vitest';
import { jsonReport } from '../../src/report/json/index.js';
import { sarifReport } from '../../src/report/sarif/index.js';
import type { ScanResult } from '../../src/scan.js';
import { lineOfResource, nodesByRule, scanFolder } from './scan-folder.js';

const PLATFORM = 'fixtures/demo/shop-platform.yaml';
let result: ScanResult;

beforeAll(async () => {
  result = await scanFolder('fixtures/demo');
});

describe('the demo architecture', () => {
  it('reads every template completely', () => {
    expect(result.complete).toBe(true);
    expect(result.coverage.map((entry) => [entry.file, entry.status])).toEqual([
      ['fixtures/demo/dns/hosted-zone.yaml', 'analysed'],
      ['fixtures/demo/shop-platform.yaml', 'analysed'],
      ['fixtures/demo/storage.yaml', 'analysed'],
    ]);
    expect(result.diagnostics.filter((d) => d.level !== 'note')).toEqual([]);
  });

  it('infers the two public names as entries', () => {
    expect(result.entries.map((entry) => [entry.entry.name, entry.entry.source])).toEqual([
      ['api.example.com', 'inferred'],
      ['shop.example.com', 'inferred'],
    ]);
  });

  it('finds each intended flaw, on the right resource, and nothing on the redundant parts', () => {
    expect(nodesByRule(result)).toEqual({
      'backups-disabled': ['aws.elasticache.replication-group:SessionCache'],
      'cache-no-automatic-failover': ['aws.elasticache.replication-group:SessionCache'],
      'capacity-below-two': ['aws.autoscaling.group:AdminAutoScalingGroup'],
      'cloudfront-no-origin-failover': ['aws.cloudfront.distribution:StorefrontDistribution'],
      'database-single-zone': ['aws.rds.instance:OrdersDatabase'],
      'dns-failover-ttl-too-long': [
        'aws.route53.record:ApiPrimaryRecord',
        'aws.route53.record:ApiSecondaryRecord',
      ],
      'dns-failover-without-health-check': ['aws.route53.record:ApiPrimaryRecord'],
      'dynamodb-no-point-in-time-recovery': ['aws.dynamodb.table:CartsTable'],
      's3-replication-same-region': ['aws.s3.bucket:ProductImagesBucket'],
      'single-nat-gateway': ['aws.ec2.nat-gateway:NatGateway'],
      'single-point-of-failure': [
        'aws.ec2.nat-gateway:NatGateway',
        'aws.elasticache.replication-group:SessionCache',
        'aws.rds.instance:OrdersDatabase',
      ],
      'single-provider-dependency': ['provider:aws'],
      'single-region-dependency': ['region:deployment-region'],
      'single-zone-dependency': [
        'zone:deployment-region/#0',
        'zone:deployment-region/#unknown-OrdersDatabase',
        'zone:deployment-region/#unknown-SessionCache',
      ],
      'waf-fail-mode-undeclared': ['aws.elb.load-balancer:PublicAlb'],
    });
  });

  it('points every resource finding at the line that declares the resource', () => {
    for (const finding of result.findings.filter((f) => f.node.id.startsWith('aws.'))) {
      const [location] = finding.locations;
      expect(location?.line, finding.node.id).toBe(lineOfResource(location?.file ?? '', finding.node.name));
    }
    const nat = result.findings.find((f) => f.ruleId === 'single-nat-gateway');
    expect(nat?.locations).toEqual([{ file: PLATFORM, line: lineOfResource(PLATFORM, 'NatGateway') }]);
  });

  it('explains the zone failure through the NAT gateway the other zone depends on', () => {
    const zone = result.findings.find((f) => f.node.id === 'zone:deployment-region/#0');
    expect(zone?.severity).toBe('error');
    expect(zone?.entries).toEqual(['entry:api.example.com', 'entry:shop.example.com']);
    expect(zone?.path.slice(-4)).toEqual([
      'aws.ecs.service:StorefrontService#1',
      'aws.ec2.subnet:PrivateSubnetB',
      'aws.ec2.nat-gateway:NatGateway',
      'zone:deployment-region/#0',
    ]);
  });

  it('rates region and provider losses as notes under the default policy', () => {
    const severities = Object.fromEntries(
      result.findings.filter((f) => f.ruleId.startsWith('single-')).map((f) => [f.node.id, f.severity]),
    );
    expect(severities['region:deployment-region']).toBe('note');
    expect(severities['provider:aws']).toBe('note');
    expect(severities['aws.rds.instance:OrdersDatabase']).toBe('error');
  });

  it('keeps the Multi-AZ ALB, the three-task ECS service and the two-instance Aurora cluster off every cut', () => {
    const cutNodes = new Set(result.entries.flatMap((entry) => entry.cuts.map((cut) => cut.node)));
    for (const node of [
      'aws.ecs.service:StorefrontService#0',
      'aws.ecs.service:StorefrontService#1',
      'aws.ecs.service:StorefrontService#2',
      'aws.elb.load-balancer:PublicAlb#0',
      'aws.elb.load-balancer:PublicAlb#1',
    ]) {
      expect(cutNodes.has(node), node).toBe(false);
    }
    expect(cutNodes.has('aws.rds.instance:CatalogWriter')).toBe(false);
    expect(cutNodes.has('aws.rds.instance:CatalogReader')).toBe(false);
    // The cluster itself is the redundancy group over both instances: a cut by definition, reported by no rule.
    const cluster = result.findings.filter((f) => f.node.id === 'aws.rds.cluster:CatalogCluster');
    expect(cluster).toEqual([]);
  });
});

describe('determinism', () => {
  it('gives byte-identical JSON and SARIF reports for the same input', async () => {
    const options = { colorLevel: 0 as const, githubActions: false };
    const again = await scanFolder('fixtures/demo');
    expect(jsonReport(again, options)).toBe(jsonReport(result, options));
    expect(sarifReport(again, options)).toBe(sarifReport(result, options));
  });
});
