import { describe, expect, it } from 'vitest';
import { RefValue } from '../../../src/model/value.js';
import { collectTexts } from './helpers.js';

const JSON_MODULE = `{
  "//": "network written by a generator",
  "variable": {
    "azs": { "default": ["eu-west-1a", "eu-west-1b"] }
  },
  "provider": {
    "aws": [{ "region": "eu-west-1" }]
  },
  "resource": {
    "aws_subnet": {
      "private": {
        "count": "\${length(var.azs)}",
        "availability_zone": "\${var.azs[count.index]}",
        "vpc_id": "\${aws_vpc.main.id}"
      }
    },
    "aws_vpc": {
      "main": { "cidr_block": "10.0.0.0/16" }
    }
  }
}
`;

describe('terraform JSON configuration syntax', () => {
  it('reads .tf.json blocks with the line of each block name, mixed with native files', async () => {
    const outcome = await collectTexts({
      'main.tf.json': JSON_MODULE,
      'lb.tf': 'resource "aws_lb" "web" {\n  subnets = aws_subnet.private[*].id\n}\n',
    });
    expect(outcome.diagnostics).toEqual([]);
    const facts = new Map((outcome.document?.resources ?? []).map((fact) => [fact.id, fact]));
    expect([...facts.keys()].sort()).toEqual([
      'aws_lb.web',
      'aws_subnet.private[0]',
      'aws_subnet.private[1]',
      'aws_vpc.main',
    ]);
    expect(facts.get('aws_subnet.private[1]')?.properties.availability_zone).toBe('eu-west-1b');
    expect(facts.get('aws_subnet.private[1]')?.location).toEqual({ file: 'm/main.tf.json', line: 11 });
    expect(facts.get('aws_vpc.main')?.location).toEqual({ file: 'm/main.tf.json', line: 18 });
    expect(facts.get('aws_subnet.private[0]')?.region).toBe('eu-west-1');
    expect(facts.get('aws_lb.web')?.properties.subnets).toEqual([
      new RefValue('aws_subnet.private[0]', 'id'),
      new RefValue('aws_subnet.private[1]', 'id'),
    ]);
    expect(outcome.coverage.map((entry) => entry.status)).toEqual(['analysed', 'analysed']);
  });
});
