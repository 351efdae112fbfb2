import { describe, expect, it } from 'vitest';
import { scanHeaders } from '../../../src/collectors/terraform/headers.js';

describe('terraform block header scanner', () => {
  it('finds top-level headers past braces in strings, templates, heredocs and comments', () => {
    const dollar = '$';
    const text = [
      '# resource "fake" "comment" {', // 1
      'resource "aws_vpc" "main" {', // 2
      `  name = "a } b ${dollar}{join("}", ["{"])} c"`, // 3
      '  policy = <<-EOT', // 4
      '    resource "fake" "heredoc" {', // 5
      '  EOT', // 6
      '  nested {', // 7
      '    x = 1 // }', // 8
      '  }', // 9
      '}', // 10
      '/* multi', // 11
      '   line } */', // 12
      'data "aws_availability_zones" "az" {}', // 13
      'locals {', // 14
      `  a = "${dollar}${dollar}{not a template"`, // 15
      '}', // 16
      'variable "v" {', // 17
      '  default = { a = "}" }', // 18
      '}', // 19
      'provider "aws" {', // 20
      '  alias = "b"', // 21
      '}', // 22
      'module "m" {', // 23
      '  source = "./m"', // 24
      '}', // 25
      'output "o" {', // 26
      '  value = 1', // 27
      '}', // 28
      '',
    ].join('\n');
    expect(scanHeaders(text).map((header) => [header.kind, header.labels, header.line])).toEqual([
      ['resource', ['aws_vpc', 'main'], 2],
      ['data', ['aws_availability_zones', 'az'], 13],
      ['locals', [], 14],
      ['variable', ['v'], 17],
      ['provider', ['aws'], 20],
      ['module', ['m'], 23],
      ['output', ['o'], 26],
    ]);
  });

  it('ignores blocks that are not top-level and unknown block kinds', () => {
    const text = 'resource "a_b" "c" {\n  resource "x" "y" {\n  }\n}\nfoo "bar" {\n}\n';
    expect(scanHeaders(text).map((header) => header.line)).toEqual([1]);
  });
});

describe('terraform block header scanner, heredocs', () => {
  it('skips a plain heredoc whose body has braces and quotes, and counts CRLF lines', () => {
    const text =
      'resource "a_b" "c" {\r\n  x = <<EOF\r\n  "unclosed { quote\r\n}\r\nEOF\r\n}\r\n\r\nresource "a_b" "d" {\r\n}\r\n';
    expect(scanHeaders(text).map((header) => [header.labels[1], header.line])).toEqual([
      ['c', 1],
      ['d', 8],
    ]);
  });
});
