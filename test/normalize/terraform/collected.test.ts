import { describe, expect, it } from 'vitest';
import { terraform } from '../../../src/collectors/terraform/index.js';
import { defaultPolicy } from '../../../src/model/policy.js';
import { normalizeTerraform } from '../../../src/normalize/terraform/index.js';

/** Written the way teams write it: subnets from `count` over a zone list, a splat, an inline route. */
const MAIN_TF = `
provider "aws" { region = "us-east-1" }
variable "azs" { default = ["us-east-1a", "us-east-1b"] }
resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_subnet" "public" {
  count             = length(var.azs)
  vpc_id            = aws_vpc.main.id
  availability_zone = var.azs[count.index]
}
resource "aws_nat_gateway" "main" { subnet_id = aws_subnet.public[0].id }
resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.main.id
  }
}
resource "aws_lb" "web" { subnets = aws_subnet.public[*].id }
resource "aws_db_instance" "orders" { engine = "postgres" }
`;

describe('terraform normalizer on collected HCL', () => {
  it('maps what the Terraform collector reads from a module folder', async () => {
    const collected = await terraform.collectFolder('infra', [{ file: 'infra/main.tf', text: MAIN_TF }]);
    expect(collected.document).toBeDefined();
    const result = normalizeTerraform(collected.document ? [collected.document] : [], defaultPolicy());
    const byId = new Map(result.components.map((component) => [component.id, component]));
    expect(byId.get('aws.elb.load-balancer:aws_lb.web')?.zones).toEqual([
      'us-east-1/us-east-1a',
      'us-east-1/us-east-1b',
    ]);
    expect(byId.get('aws.ec2.nat-gateway:aws_nat_gateway.main')?.zones).toEqual(['us-east-1/us-east-1a']);
    expect(
      byId
        .get('aws.ec2.route:aws_route_table.private.route.0')
        ?.relations.map((r) => `${r.role} → ${r.target}`),
    ).toEqual([
      'natGateway → aws.ec2.nat-gateway:aws_nat_gateway.main',
      'routeTable → aws.ec2.route-table:aws_route_table.private',
    ]);
    expect(byId.get('aws.rds.instance:aws_db_instance.orders')?.attributes).toEqual({
      engine: 'postgres',
      multiAz: false,
      backupRetentionDays: 1,
    });
    expect(byId.get('aws.rds.instance:aws_db_instance.orders')?.locations).toEqual([
      { file: 'infra/main.tf', line: 19 },
    ]);
    expect(result.diagnostics).toEqual([]);
  });
});
