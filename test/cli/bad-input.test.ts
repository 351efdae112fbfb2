import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BILLION_LAUGHS_IN_RESOURCES } from '../support/yaml-bombs.js';
import { cli, tempDir } from './harness.js';

const QUEUE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Jobs:
    Type: AWS::SQS::Queue
`;

interface Case {
  name: string;
  file: string;
  content: string | Buffer;
  code: string;
  line?: number;
}

const CASES: Case[] = [
  {
    name: 'malformed YAML',
    file: 'broken.yaml',
    content: `${QUEUE}  Other:\n    Type: AWS::SQS::Queue\n    Properties: { VisibilityTimeout: 30\n`,
    code: 'parse-error',
    line: 8,
  },
  {
    name: 'malformed JSON',
    file: 'broken.json',
    content: '{\n  "Resources": {\n    "Jobs": { "Type": "AWS::SQS::Queue", }\n  }\n}\n',
    code: 'parse-error',
    line: 3,
  },
  {
    name: 'an unknown intrinsic',
    file: 'unknown-fn.yaml',
    content: `${QUEUE}    Properties:\n      QueueName: { "Fn::Reverse": "x" }\n`,
    code: 'unknown-intrinsic',
    line: 6,
  },
  {
    name: 'an unknown YAML tag',
    file: 'unknown-tag.yaml',
    content: `${QUEUE}    Properties:\n      QueueName: !Reverse x\n`,
    code: 'unknown-tag',
    line: 6,
  },
  {
    name: 'a dangling !Ref',
    file: 'dangling.yaml',
    content: `${QUEUE}  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Ref Nowhere\n`,
    code: 'dangling-reference',
    line: 8,
  },
  {
    name: 'a duplicated logical id in JSON',
    file: 'duplicate.json',
    content:
      '{\n  "Resources": {\n    "Jobs": { "Type": "AWS::SQS::Queue" },\n    "Jobs": { "Type": "AWS::SNS::Topic" }\n  }\n}\n',
    code: 'duplicate-key',
    line: 4,
  },
  { name: 'a YAML alias bomb', file: 'bomb.yaml', content: BILLION_LAUGHS_IN_RESOURCES, code: 'alias-limit' },
  {
    name: 'a 20 MB template',
    file: 'huge.json',
    content: `{"Resources": {"Jobs": {"Type": "AWS::SQS::Queue", "Metadata": "${'x'.repeat(20 * 1024 * 1024)}"}}}`,
    code: 'file-too-large',
  },
  {
    name: 'invalid UTF-8',
    file: 'latin1.yaml',
    content: Buffer.concat([
      Buffer.from(`${QUEUE}    Properties:\n      QueueName: caf`),
      Buffer.from([0xe9, 0x0a]),
    ]),
    code: 'encoding',
    line: 6,
  },
];

async function scanJson(dir: string, extra: string[] = []) {
  const out = join(dir, 'report', 'spof.json');
  const outcome = await cli(['scan', 'src', '--format', 'json', '--output', out, ...extra], { cwd: dir });
  return { ...outcome, json: JSON.parse(readFileSync(out, 'utf8')) };
}

function withInput(file: string, content: string | Buffer): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'queue.yaml'), QUEUE);
  writeFileSync(join(dir, 'src', file), content);
  return dir;
}

/** Scans `dir` and checks the case's error: exit 2, an incomplete report, the diagnostic on its file (and line). */
async function expectCaseError(dir: string, c: Case) {
  const { code, json } = await scanJson(dir);
  expect(code).toBe(2);
  expect(json.complete).toBe(false);
  const diagnostic = json.diagnostics.find((d: { code: string }) => d.code === c.code);
  expect(diagnostic).toMatchObject({ level: 'error', file: `src/${c.file}` });
  if (c.line !== undefined) expect(diagnostic.line).toBe(c.line);
  return json;
}

describe('bad input: a clear diagnostic naming the file, exit 2, never a clean scan', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const dir = withInput(c.file, c.content);
      const json = await expectCaseError(dir, c);
      // The rest of the input is still analysed and reported.
      expect(json.coverage.inputs).toContainEqual({
        file: 'src/queue.yaml',
        status: 'analysed',
        format: 'cloudformation',
      });
      const partial = await scanJson(dir, ['--allow-partial']);
      expect(partial.code).toBe(0);
      expect(partial.json.complete).toBe(false);
    });
  }

  it('a link out of the scanned folder is reported, never read', async () => {
    const dir = withInput('other.txt', 'x');
    symlinkSync('/etc/passwd', join(dir, 'src', 'passwd.yaml'));
    const { code, json } = await scanJson(dir);
    expect(code).toBe(2);
    expect(json.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'symlink-outside-root', file: 'src/passwd.yaml' }),
    );
    expect(JSON.stringify(json)).not.toContain('root:x:0');
  });

  it('a path that does not exist exits 2, even with --allow-partial', async () => {
    const dir = tempDir();
    const out = join(dir, 'spof.json');
    const { code } = await cli(['scan', 'nowhere', '--format', 'json', '--output', out, '--allow-partial'], {
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(JSON.parse(readFileSync(out, 'utf8')).diagnostics).toContainEqual(
      expect.objectContaining({ code: 'path-not-found', level: 'error' }),
    );
  });

  it('thousands of unrelated YAML files are listed as not applicable, and the scan stays complete', async () => {
    const dir = withInput('queue-copy.yaml', QUEUE);
    for (let i = 0; i < 2000; i++) {
      writeFileSync(
        join(dir, 'src', `config-${i}.yaml`),
        `name: service-${i}\nreplicas: 2\nport: ${8000 + i}\n`,
      );
    }
    const { code, json } = await scanJson(dir);
    expect(code).toBe(0);
    expect(json.complete).toBe(true);
    expect(json.summary.coverage).toEqual({ analysed: 2, 'not-applicable': 2000, excluded: 0, skipped: 0 });
  });
});

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

describe('bad Kubernetes input: a diagnostic naming the file and line, and the exit code the spine defines', () => {
  const errors: Case[] = [
    {
      name: 'a manifest without kind',
      file: 'no-kind.yaml',
      content: `${DEPLOYMENT}---\napiVersion: v1\nmetadata:\n  name: api\nspec:\n  ports: [{ port: 80 }]\n`,
      code: 'invalid-manifest',
      line: 16,
    },
    {
      name: 'a Helm template that was not rendered',
      file: 'chart-deployment.yaml',
      content: DEPLOYMENT.replace('replicas', 'x').replace(
        'name: web\nspec',
        'name: {{ .Release.Name }}\nspec',
      ),
      code: 'unrendered-template',
    },
    {
      name: 'the same object twice',
      file: 'zz-again.yaml',
      content: DEPLOYMENT,
      code: 'duplicate-object',
      line: 2,
    },
  ];
  for (const c of errors) {
    it(`${c.name}: exit 2`, async () => {
      const dir = withInput('web.yaml', DEPLOYMENT);
      writeFileSync(join(dir, 'src', c.file), c.content);
      await expectCaseError(dir, c);
    });
  }

  it('a selector that matches nothing is a warning: the scan stays complete', async () => {
    const dir = withInput('web.yaml', DEPLOYMENT);
    const service =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector: { app: api }\n';
    writeFileSync(join(dir, 'src', 'api.yaml'), service);
    const { code, json } = await scanJson(dir, ['--fail-on', 'none']);
    expect(code).toBe(0);
    expect(json.complete).toBe(true);
    expect(json.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'unmatched-selector',
        level: 'warning',
        file: 'src/api.yaml',
        line: 2,
      }),
    );
  });

  it('a YAML file of another kind beside the manifests is listed as not applicable', async () => {
    const dir = withInput('web.yaml', DEPLOYMENT);
    writeFileSync(join(dir, 'src', 'values.yaml'), 'replicaCount: 2\nimage:\n  tag: 1.27\n');
    const { json } = await scanJson(dir, ['--fail-on', 'none']);
    expect(json.complete).toBe(true);
    expect(json.coverage.inputs).toContainEqual(
      expect.objectContaining({ file: 'src/values.yaml', status: 'not-applicable' }),
    );
    expect(json.coverage.inputs).toContainEqual({
      file: 'src/web.yaml',
      status: 'analysed',
      format: 'kubernetes',
    });
  });
});
