import { describe, expect, it } from 'vitest';
import { collectTexts } from './helpers.js';

type Row = [code: string, level: string, file: string | undefined, line: number | undefined];

async function diagnosticsOf(files: Record<string, string>): Promise<Row[]> {
  const outcome = await collectTexts(files);
  return outcome.diagnostics.map((d) => [d.code, d.level, d.file, d.line]);
}

describe('terraform bad input', () => {
  it('reports a syntax error with file and line and still reads the other files', async () => {
    const outcome = await collectTexts({
      'broken.tf': 'resource "aws_vpc" "a" {\n  cidr_block = "10.0.0.0/16"\n  tags =\n}\n',
      'ok.tf': 'resource "aws_vpc" "b" {\n  cidr_block = "10.1.0.0/16"\n}\n',
    });
    expect(outcome.diagnostics.map((d) => [d.code, d.level, d.file, d.line])).toEqual([
      ['parse-error', 'error', 'm/broken.tf', 3],
    ]);
    expect(outcome.diagnostics[0]?.message).not.toContain('tags');
    expect(outcome.coverage.map((entry) => [entry.file, entry.status, entry.reason])).toEqual([
      ['m/broken.tf', 'skipped', 'parse-error'],
      ['m/ok.tf', 'analysed', undefined],
    ]);
    expect(outcome.document?.file).toBe('m/ok.tf');
    expect(outcome.document?.resources.map((fact) => fact.id)).toEqual(['aws_vpc.b']);
  });

  it('gives no document when every file is broken', async () => {
    const outcome = await collectTexts({ 'main.tf': 'resource "a" {\n' });
    expect(outcome.document).toBeUndefined();
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(['parse-error']);
  });

  it('reports an undeclared variable at the block that uses it', async () => {
    const text = '\n\nresource "aws_db_instance" "a" {\n  instance_class = var.size\n}\n';
    expect(await diagnosticsOf({ 'main.tf': text })).toEqual([
      ['dangling-reference', 'error', 'm/main.tf', 3],
    ]);
  });

  it('reports an undeclared local inside a locals block no resource uses', async () => {
    const text = 'variable "x" {\n  default = 1\n}\n\nlocals {\n  a = local.missing\n}\n';
    expect(await diagnosticsOf({ 'main.tf': text })).toEqual([
      ['dangling-reference', 'error', 'm/main.tf', 5],
    ]);
  });

  it('reports references to resources, data sources and provider aliases that do not exist', async () => {
    const text = [
      'resource "aws_nat_gateway" "a" {',
      '  subnet_id = aws_subnet.missing.id',
      '}',
      'resource "aws_subnet" "b" {',
      '  availability_zone = data.aws_availability_zones.none.names[0]',
      '  depends_on        = [aws_vpc.gone]',
      '}',
      'resource "aws_s3_bucket" "c" {',
      '  provider = aws.nowhere',
      '}',
      '',
    ].join('\n');
    expect(await diagnosticsOf({ 'main.tf': text })).toEqual([
      ['dangling-reference', 'error', 'm/main.tf', 1],
      ['dangling-reference', 'error', 'm/main.tf', 4],
      ['dangling-reference', 'error', 'm/main.tf', 4],
      ['dangling-reference', 'error', 'm/main.tf', 8],
    ]);
  });

  it('keeps a resource with for_each over an unknown value as one [*] fact with a warning', async () => {
    const outcome = await collectTexts({
      'main.tf':
        'variable "names" {}\n\nresource "aws_sqs_queue" "q" {\n  for_each = var.names\n  name     = each.key\n}\n',
    });
    expect(outcome.document?.resources.map((fact) => fact.id)).toEqual(['aws_sqs_queue.q[*]']);
    expect(outcome.diagnostics.map((d) => [d.code, d.level, d.line])).toEqual([
      ['unresolved-value', 'warning', 3],
    ]);
  });

  it('reports invalid JSON syntax in a .tf.json file with its line', async () => {
    const outcome = await collectTexts({ 'main.tf.json': '{\n  "resource": {\n    "aws_vpc": ,\n  }\n}\n' });
    expect(outcome.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ['parse-error', 'm/main.tf.json', 3],
    ]);
    expect(outcome.coverage[0]?.status).toBe('skipped');
  });

  it('reports a block declared twice, in one file or across files, at the later declaration', async () => {
    const outcome = await collectTexts({
      'a.tf': 'resource "aws_vpc" "a" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_vpc" "a" {\n}\n',
      'b.tf': '\nvariable "v" {}\n',
      'c.tf': 'variable "v" {}\n',
    });
    expect(outcome.diagnostics.map((d) => [d.code, d.level, d.file, d.line])).toEqual([
      ['duplicate-object', 'error', 'm/a.tf', 5],
      ['duplicate-object', 'error', 'm/c.tf', 1],
    ]);
    expect(outcome.document?.resources[0]?.properties.cidr_block).toBe('10.0.0.0/16');
  });

  it('reports a module call it does not expand as an error: its resources are missing', async () => {
    const outcome = await collectTexts({
      'main.tf': '# network\nmodule "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n',
    });
    expect(outcome.diagnostics.map((d) => [d.code, d.level, d.line])).toEqual([
      ['unsupported-resource', 'error', 2],
    ]);
    expect(outcome.document?.resources).toEqual([]);
  });
});
