import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/collectors/index.js';
import type { CanonicalModel, Component } from '../../src/model/component.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { CollectResult } from '../../src/model/facts.js';
import { defaultPolicy } from '../../src/model/policy.js';
import { normalize } from '../../src/normalize/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

let collected: CollectResult;
let model: CanonicalModel;
let diagnostics: Diagnostic[];

beforeAll(async () => {
  collected = await collect(['fixtures/demo'], { root });
  ({ model, diagnostics } = normalize(collected.documents, defaultPolicy()));
});

function component(id: string): Component {
  const found = model.components.find((item) => item.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
}

const targets = (item: Component, role: string) =>
  item.relations.filter((relation) => relation.role === role).map((relation) => relation.target);

describe('the demo architecture', () => {
  it('collects and normalizes its three templates without an error or a warning', () => {
    expect(collected.coverage.map((entry) => [entry.file, entry.status])).toEqual([
      ['fixtures/demo/dns/hosted-zone.yaml', 'analysed'],
      ['fixtures/demo/shop-platform.yaml', 'analysed'],
      ['fixtures/demo/storage.yaml', 'analysed'],
    ]);
    const all = [...collected.diagnostics, ...diagnostics];
    expect(all.filter((d) => d.level !== 'note')).toEqual([]);
  });

  it('has one NAT gateway, in zone #0, for the private subnets of both zones', () => {
    expect(
      model.components.filter((item) => item.kind === 'aws.ec2.nat-gateway').map((item) => item.id),
    ).toEqual(['aws.ec2.nat-gateway:NatGateway']);
    expect(component('aws.ec2.nat-gateway:NatGateway').zones).toEqual(['deployment-region/#0']);
    for (const subnet of ['PrivateSubnetA', 'PrivateSubnetB']) {
      expect(targets(component(`aws.ec2.subnet:${subnet}`), 'natGateway')).toEqual([
        'aws.ec2.nat-gateway:NatGateway',
      ]);
    }
  });

  it('spreads the ALB and the ECS service over two zones, and the admin group may shrink to one', () => {
    const twoZones = ['deployment-region/#0', 'deployment-region/#1'];
    const alb = component('aws.elb.load-balancer:PublicAlb');
    expect(alb.zones).toEqual(twoZones);
    expect(alb.attributes).toEqual({ loadBalancerType: 'application', scheme: 'internet-facing' });
    expect(targets(alb, 'webAcl')).toEqual(['aws.wafv2.web-acl:StorefrontWebAcl']);
    const service = component('aws.ecs.service:StorefrontService');
    expect(service.zones).toEqual(twoZones);
    expect(service.attributes.count).toBe(3);
    expect(component('aws.autoscaling.group:AdminAutoScalingGroup').attributes).toEqual({
      minSize: 1,
      maxSize: 3,
      count: 1,
    });
    expect(targets(component('aws.elb.listener:HttpListener'), 'targetGroup')).toEqual([
      'aws.elb.target-group:StorefrontTargetGroup',
    ]);
    expect(targets(component('aws.elb.listener:HttpListener'), 'ruleTargetGroup')).toEqual([
      'aws.elb.target-group:AdminTargetGroup',
    ]);
  });

  it('links the storefront to every data store it uses', () => {
    expect(targets(component('aws.ecs.task-definition:StorefrontTaskDefinition'), 'uses')).toEqual([
      'aws.dynamodb.table:CartsTable',
      'aws.elasticache.replication-group:SessionCache',
      'aws.rds.cluster:CatalogCluster',
      'aws.rds.instance:OrdersDatabase',
    ]);
  });

  it('models the data stores with their flaws', () => {
    expect(component('aws.rds.instance:OrdersDatabase').attributes).toEqual({
      engine: 'mysql',
      multiAz: false,
      backupRetentionDays: 7,
    });
    expect(component('aws.rds.cluster:CatalogCluster').attributes).toMatchObject({ count: 2 });
    expect(component('aws.elasticache.replication-group:SessionCache').attributes).toMatchObject({
      automaticFailover: false,
      count: 1,
    });
    expect(component('aws.dynamodb.table:CartsTable').attributes.pointInTimeRecovery).toBe(false);
    const images = component('aws.s3.bucket:ProductImagesBucket');
    expect(images.attributes.replicaRegions).toEqual([images.region]);
  });

  it('models the edge: CloudFront without origin group, records and the failover pair', () => {
    const cdn = component('aws.cloudfront.distribution:StorefrontDistribution');
    expect(cdn.attributes).toEqual({ aliases: ['shop.example.com'], originFailover: false });
    expect(targets(cdn, 'origin')).toEqual(['aws.elb.load-balancer:PublicAlb']);
    const shop = component('aws.route53.record:ShopAliasRecords.0');
    expect(shop.attributes.recordName).toBe('shop.example.com');
    expect(targets(shop, 'aliasTarget')).toEqual(['aws.cloudfront.distribution:StorefrontDistribution']);
    expect(targets(shop, 'hostedZone')).toEqual(['aws.route53.hosted-zone:PublicZone']);
    expect(component('aws.route53.record:ApiPrimaryRecord').attributes).toMatchObject({
      failover: 'PRIMARY',
      healthCheck: false,
      ttl: 300,
    });
    expect(component('aws.route53.record:ApiSecondaryRecord').attributes.failover).toBe('SECONDARY');
  });
});
