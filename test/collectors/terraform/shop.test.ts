import { describe, expect, it } from 'vitest';
import type { ResourceFact } from '../../../src/model/facts.js';
import { RefValue, UnknownValue, ZoneValue } from '../../../src/model/value.js';
import { collectFixture, FIXTURES, lineOf } from './helpers.js';

const SHOP = `${FIXTURES}/shop`;

async function shop(): Promise<Map<string, ResourceFact>> {
  const outcome = await collectFixture('shop');
  return new Map((outcome.document?.resources ?? []).map((fact) => [fact.id, fact]));
}

describe('terraform collector on a team-style module', () => {
  it('reads the folder as one document with every file covered and no diagnostics', async () => {
    const outcome = await collectFixture('shop');
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.document?.unit).toBe(SHOP);
    expect(outcome.document?.file).toBe(`${SHOP}/app.tf`);
    expect(outcome.coverage.map((entry) => [entry.file.slice(SHOP.length + 1), entry.status])).toEqual([
      ['app.tf', 'analysed'],
      ['network.tf', 'analysed'],
      ['providers.tf', 'analysed'],
      ['terraform.tfvars', 'analysed'],
      ['variables.tf', 'analysed'],
    ]);
  });

  it('expands count over the zone list from terraform.tfvars', async () => {
    const facts = await shop();
    const subnets = [...facts.values()].filter((fact) => fact.id.startsWith('aws_subnet.private'));
    expect(subnets.map((fact) => fact.id)).toEqual([
      'aws_subnet.private[0]',
      'aws_subnet.private[1]',
      'aws_subnet.private[2]',
    ]);
    expect(subnets.map((fact) => fact.properties.availability_zone)).toEqual([
      'us-east-1a',
      'us-east-1b',
      'us-east-1c',
    ]);
    expect(subnets[1]?.properties.cidr_block).toBe('10.0.1.0/24');
    expect(subnets[2]?.properties.tags).toEqual({ Name: 'shop-prod-private-2' });
    expect(subnets[0]?.properties.vpc_id).toEqual(new RefValue('aws_vpc.main', 'id'));
  });

  it('gives zones by index for data.aws_availability_zones names', async () => {
    const facts = await shop();
    expect(facts.get('aws_subnet.public[1]')?.properties.availability_zone).toEqual(
      new ZoneValue(undefined, 1, 'us-east-1'),
    );
    expect(facts.get('aws_subnet.public[0]')?.properties.cidr_block).toBeInstanceOf(UnknownValue);
  });

  it('turns a splat into one reference per known instance', async () => {
    const facts = await shop();
    expect(facts.get('aws_lb.web')?.properties.subnets).toEqual([
      new RefValue('aws_subnet.public[0]', 'id'),
      new RefValue('aws_subnet.public[1]', 'id'),
    ]);
    expect(facts.get('aws_db_subnet_group.orders')?.properties.subnet_ids).toEqual(
      [0, 1, 2].map((index) => new RefValue(`aws_subnet.private[${index}]`, 'id')),
    );
  });

  it('reads the single NAT, the database and the one-node cache with their values', async () => {
    const facts = await shop();
    const nat = facts.get('aws_nat_gateway.main');
    expect(nat?.properties.subnet_id).toEqual(new RefValue('aws_subnet.public[0]', 'id'));
    expect(nat?.properties.allocation_id).toEqual(new RefValue('aws_eip.nat', 'id'));
    expect(nat?.dependsOn).toEqual(['aws_vpc.main']);
    const db = facts.get('aws_db_instance.orders');
    expect(db?.type).toBe('aws_db_instance');
    expect(db?.properties.availability_zone).toBe('us-east-1a');
    expect(db?.properties.identifier).toBe('shop-prod-orders');
    expect(db?.properties.multi_az).toBeUndefined();
    expect(db?.properties.db_subnet_group_name).toEqual(new RefValue('aws_db_subnet_group.orders', 'name'));
    const cache = facts.get('aws_elasticache_cluster.sessions');
    expect(cache?.properties.num_cache_nodes).toBe(1);
    expect(cache?.properties.tags).toBeInstanceOf(UnknownValue);
  });

  it('places each fact on its block header line in its own file', async () => {
    const facts = await shop();
    const expected: [string, string, string][] = [
      ['aws_vpc.main', 'network.tf', 'resource "aws_vpc" "main"'],
      ['aws_subnet.private[2]', 'network.tf', 'resource "aws_subnet" "private"'],
      ['aws_nat_gateway.main', 'network.tf', 'resource "aws_nat_gateway" "main"'],
      ['aws_lb.web', 'app.tf', 'resource "aws_lb" "web"'],
      ['aws_db_instance.orders', 'app.tf', 'resource "aws_db_instance" "orders"'],
      ['aws_elasticache_cluster.sessions', 'app.tf', 'resource "aws_elasticache_cluster" "sessions"'],
      ['aws_s3_bucket.backups["weekly"]', 'app.tf', 'resource "aws_s3_bucket" "backups"'],
    ];
    for (const [id, file, header] of expected)
      expect(facts.get(id)?.location).toEqual({
        file: `${SHOP}/${file}`,
        line: lineOf(`${SHOP}/${file}`, header),
      });
  });

  it('puts resources in their provider region, alias included, and expands for_each', async () => {
    const facts = await shop();
    expect(facts.get('aws_vpc.main')?.region).toBe('us-east-1');
    const buckets = [...facts.values()].filter((fact) => fact.type === 'aws_s3_bucket');
    expect(buckets.map((fact) => [fact.id, fact.region, fact.properties.bucket])).toEqual([
      ['aws_s3_bucket.backups["daily"]', 'us-west-2', 'shop-prod-daily'],
      ['aws_s3_bucket.backups["weekly"]', 'us-west-2', 'shop-prod-weekly'],
    ]);
  });

  it('keeps nested blocks and heredocs as values', async () => {
    const facts = await shop();
    expect(facts.get('aws_security_group.web')?.properties.ingress).toEqual([
      { cidr_blocks: ['0.0.0.0/0'], from_port: 443, protocol: 'tcp', to_port: 443 },
    ]);
    expect(facts.get('aws_iam_policy.read_orders')?.properties.policy).toContain('"Action": "rds:Describe*"');
  });

  it('emits no fact for data sources', async () => {
    const facts = await shop();
    expect(facts.size).toBe(16);
    expect([...facts.keys()].some((id) => id.startsWith('data.'))).toBe(false);
  });
});
