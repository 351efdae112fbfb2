import { describe, expect, it } from 'vitest';
import type { ResourceFact } from '../../../src/model/facts.js';
import { AllZonesValue, RefValue, UnknownValue, type Value, ZoneValue } from '../../../src/model/value.js';
import { collectTexts } from './helpers.js';

const ZONES = 'data "aws_availability_zones" "az" {}\n';

/** The properties of the only instance(s) of `address` in a one-file module. */
async function facts(text: string): Promise<Map<string, ResourceFact>> {
  const outcome = await collectTexts({ 'main.tf': text });
  return new Map((outcome.document?.resources ?? []).map((fact) => [fact.id, fact]));
}

async function property(text: string, id: string, name: string): Promise<Value | undefined> {
  return (await facts(text)).get(id)?.properties[name];
}

describe('terraform expression evaluation', () => {
  it('reads the whole zone list of an unknown region as AllZonesValue and indexes it through element and slice', async () => {
    const text = `${ZONES}resource "x_a" "a" {\n  all = data.aws_availability_zones.az.names\n  one = element(data.aws_availability_zones.az.names, 2)\n  two = slice(data.aws_availability_zones.az.names, 0, 2)\n}\n`;
    const found = await facts(text);
    const props = found.get('x_a.a')?.properties;
    expect(props?.all).toEqual(new AllZonesValue(undefined));
    expect(props?.one).toEqual(new ZoneValue(undefined, 2, undefined));
    expect(props?.two).toEqual([
      new ZoneValue(undefined, 0, undefined),
      new ZoneValue(undefined, 1, undefined),
    ]);
  });

  it('gives data sources the region of their own provider', async () => {
    const text = `provider "aws" {\n  region = "eu-west-1"\n}\n${ZONES}resource "aws_subnet" "a" {\n  availability_zone = data.aws_availability_zones.az.names[1]\n}\n`;
    expect(await property(text, 'aws_subnet.a', 'availability_zone')).toEqual(
      new ZoneValue(undefined, 1, 'eu-west-1'),
    );
  });

  it('evaluates concat, length, tolist, toset and slice over known lists', async () => {
    const text = `locals {\n  a = ["x", "y"]\n  b = concat(local.a, ["y", "z"])\n}\nresource "x_a" "a" {\n  n = length(local.b)\n  s = toset(local.b)\n  l = tolist(slice(local.b, 1, 3))\n}\n`;
    const props = (await facts(text)).get('x_a.a')?.properties;
    expect(props?.n).toBe(4);
    expect(props?.s).toEqual(['x', 'y', 'z']);
    expect(props?.l).toEqual(['y', 'y']);
  });

  it('indexes one instance and keeps references inside expressions it does not evaluate', async () => {
    const text = `resource "aws_subnet" "p" {\n  for_each = { a = "10.0.1.0/24", b = "10.0.2.0/24" }\n  cidr_block = each.value\n}\nresource "x_a" "a" {\n  one = aws_subnet.p["b"].id\n  cond = var_enabled ? aws_subnet.p["a"].id : null\n}\nvariable "unused" {}\n`;
    const found = await facts(text.replace('var_enabled', 'true'));
    expect(found.get('aws_subnet.p["a"]')?.properties.cidr_block).toBe('10.0.1.0/24');
    expect(found.get('x_a.a')?.properties.one).toEqual(new RefValue('aws_subnet.p["b"]', 'id'));
    const cond = found.get('x_a.a')?.properties.cond;
    expect(cond).toBeInstanceOf(UnknownValue);
    expect((cond as UnknownValue).refs).toEqual([new RefValue('aws_subnet.p["a"]', 'id')]);
  });

  it('keeps an unknown count as one [*] fact whose splat is unknown with its reference', async () => {
    const text = `variable "n" {}\nresource "aws_instance" "w" {\n  count = var.n\n  ami = "ami-1"\n}\nresource "aws_lb_target_group_attachment" "t" {\n  targets = aws_instance.w[*].id\n  first = aws_instance.w[0].id\n}\n`;
    const outcome = await collectTexts({ 'main.tf': text });
    const found = new Map((outcome.document?.resources ?? []).map((fact) => [fact.id, fact]));
    expect(found.has('aws_instance.w[*]')).toBe(true);
    const props = found.get('aws_lb_target_group_attachment.t')?.properties;
    const targets = props?.targets;
    expect(targets).toBeInstanceOf(UnknownValue);
    expect((targets as UnknownValue).refs).toEqual([new RefValue('aws_instance.w[*]', 'id')]);
    expect(props?.first).toEqual(new RefValue('aws_instance.w[*]', 'id'));
    expect(outcome.diagnostics.map((d) => [d.code, d.level, d.line])).toEqual([
      ['unresolved-value', 'warning', 2],
    ]);
  });

  it('does not treat for-expression variables or dynamic-block iterators as references', async () => {
    const text = `variable "ports" {\n  default = [80, 443]\n}\nresource "aws_security_group" "s" {\n  names = [for p in var.ports : "port-\${p}"]\n  dynamic "ingress" {\n    for_each = var.ports\n    content {\n      from_port = ingress.value\n    }\n  }\n}\n`;
    const outcome = await collectTexts({ 'main.tf': text });
    expect(outcome.diagnostics).toEqual([]);
    const props = outcome.document?.resources[0]?.properties;
    expect(props?.names).toBeInstanceOf(UnknownValue);
    expect(props?.dynamic).toBeInstanceOf(UnknownValue);
  });

  it('lets *.auto.tfvars override terraform.tfvars and defaults', async () => {
    const outcome = await collectTexts({
      'main.tf': 'variable "size" {\n  default = 1\n}\nresource "x_a" "a" {\n  count = var.size\n}\n',
      'terraform.tfvars': 'size = 2\n',
      'z.auto.tfvars': 'size = 3\n',
      'other.tfvars': 'size = 9\n',
    });
    expect(outcome.document?.resources.map((fact) => fact.id)).toEqual(['x_a.a[0]', 'x_a.a[1]', 'x_a.a[2]']);
    expect(outcome.coverage.find((entry) => entry.file === 'm/other.tfvars')?.status).toBe('not-applicable');
  });

  it('keeps deeply nested expressions and template directives as unknown values with their references', async () => {
    const deep = `${'('.repeat(200)}aws_vpc.v.id${')'.repeat(200)}`;
    const text = `resource "aws_vpc" "v" {}\nresource "x_a" "a" {\n  deep = ${deep}\n  directive = "%{ if true }\${aws_vpc.v.arn}%{ endif }"\n}\n`;
    const outcome = await collectTexts({ 'main.tf': text });
    const props = outcome.document?.resources.find((fact) => fact.id === 'x_a.a')?.properties ?? {};
    for (const name of ['deep', 'directive']) {
      expect(props[name]).toBeInstanceOf(UnknownValue);
      expect((props[name] as UnknownValue).refs).toEqual([new RefValue('aws_vpc.v')]);
    }
    expect(outcome.diagnostics).toEqual([]);
  });
});
