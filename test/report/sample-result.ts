import { DirectedGraph } from 'graphology';
import type { AnalysisResult, EntryResult } from '../../src/analysis/types.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Finding, RuleCategory, Severity } from '../../src/model/finding.js';
import type { EdgeAttributes, NodeAttributes, SpofGraph } from '../../src/model/graph.js';
import { defaultPolicy } from '../../src/model/policy.js';
import type { RuleMeta } from '../../src/model/rule.js';
import type { ScanResult } from '../../src/scan.js';

/** Ids of the sample's nodes. */
export const ids = {
  shop: 'entry:shop.example.com',
  api: 'entry:api.example.com',
  alb: 'aws.elb.load-balancer:PublicAlb',
  nat: 'aws.ec2.nat-gateway:NatGateway',
  db: 'aws.rds.instance:OrdersDb',
  table: 'aws.dynamodb.table:Orders',
  fn: 'aws.lambda.function:Handler',
  zone0: 'zone:deployment-region/#0',
  region: 'region:deployment-region',
  evil: 'aws.s3.bucket:Evil',
};

// A name that tries to reorder text (U+202E), ring the bell, and issue a GitHub Actions command.
export const HOSTILE_NAME = 'Evil\u202Egpj.exe\u0007\n::error::pwned';

function buildGraph(): SpofGraph {
  const graph: SpofGraph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  const add = (id: string, attributes: Partial<NodeAttributes> & Pick<NodeAttributes, 'kind' | 'label'>) =>
    graph.addNode(id, { gate: { type: 'all' }, locations: [], ...attributes });
  add(ids.shop, { kind: 'entry', label: 'shop.example.com' });
  add(ids.api, { kind: 'entry', label: 'api.example.com' });
  add(ids.alb, {
    kind: 'component',
    label: 'PublicAlb',
    gate: { type: 'any' },
    locations: [{ file: 'templates/app.yaml', line: 10 }],
  });
  add(ids.nat, {
    kind: 'component',
    label: 'NatGateway',
    locations: [{ file: 'templates/net.yaml', line: 22 }],
  });
  add(ids.db, {
    kind: 'component',
    label: 'OrdersDb',
    locations: [{ file: 'templates/app.yaml', line: 40 }],
  });
  add(ids.table, {
    kind: 'component',
    label: 'Orders',
    locations: [{ file: 'templates/app.yaml', line: 60 }],
  });
  add(ids.fn, {
    kind: 'component',
    label: 'Handler',
    locations: [{ file: 'templates/api yaml/fn.yaml', line: 5 }],
  });
  add(ids.evil, {
    kind: 'component',
    label: HOSTILE_NAME,
    locations: [{ file: 'templates/app.yaml', line: 80 }],
  });
  add(ids.zone0, { kind: 'domain', domainKind: 'zone', label: 'zone #0 of the deployment region' });
  add(ids.region, { kind: 'domain', domainKind: 'region', label: 'the deployment region' });
  const edge = (from: string, to: string, reason: string) =>
    graph.addEdge(from, to, { reason, locations: [] });
  edge(ids.shop, ids.alb, 'target');
  edge(ids.alb, ids.nat, 'natGateway');
  edge(ids.alb, ids.db, 'database');
  edge(ids.nat, ids.zone0, 'zone');
  edge(ids.zone0, ids.region, 'region');
  edge(ids.api, ids.fn, 'target');
  edge(ids.fn, ids.region, 'region');
  return graph;
}

export function rule(id: string, severity: Severity, category: RuleCategory): RuleMeta {
  return {
    id,
    title: `Title of ${id}`,
    severity,
    category,
    message: `{{node}} breaks ${id}`,
    rationale: `Why ${id} matters.`,
    remediation: `How to fix ${id}.`,
    helpUri: `https://example.org/rules/${id}`,
    tags: ['reliability', category],
    check: 'predicate',
    options: {},
    file: `rules/${id}.yaml`,
  };
}

function finding(
  ruleId: string,
  severity: Severity,
  category: RuleCategory,
  node: Finding['node'],
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId,
    severity,
    category,
    title: `Title of ${ruleId}`,
    message: `${node.name} breaks ${ruleId}`,
    node,
    locations: [],
    entries: [],
    path: [],
    fingerprint: `${ruleId}|${node.id}`,
    ...extra,
  };
}

export const sampleFindings: Finding[] = [
  finding(
    'single-nat-gateway',
    'error',
    'redundancy',
    { id: ids.nat, kind: 'aws.ec2.nat-gateway', type: 'AWS::EC2::NatGateway', name: 'NatGateway' },
    {
      locations: [{ file: 'templates/net.yaml', line: 22 }],
      entries: [ids.shop],
      path: [ids.shop, ids.alb, ids.nat],
    },
  ),
  finding(
    'zone-is-cut',
    'error',
    'placement',
    { id: ids.zone0, kind: 'domain', type: 'zone', name: 'zone #0 of the deployment region' },
    {
      entries: [ids.shop],
      path: [ids.shop, ids.alb, ids.nat, ids.zone0],
    },
  ),
  finding(
    'database-single-zone',
    'warning',
    'placement',
    { id: ids.db, kind: 'aws.rds.instance', type: 'AWS::RDS::DBInstance', name: 'OrdersDb' },
    {
      locations: [{ file: 'templates/app.yaml', line: 40 }],
      entries: [ids.shop],
      path: [ids.shop, ids.alb, ids.db],
      suppression: { reason: 'migration to Aurora in Q1', expires: '2027-03-31' },
    },
  ),
  finding(
    'dynamodb-no-pitr',
    'note',
    'recovery',
    { id: ids.table, kind: 'aws.dynamodb.table', type: 'AWS::DynamoDB::Table', name: 'Orders' },
    {
      locations: [{ file: 'templates/app.yaml', line: 60 }],
    },
  ),
  finding(
    's3-replication-same-region',
    'warning',
    'recovery',
    { id: ids.evil, kind: 'aws.s3.bucket', type: 'AWS::S3::Bucket', name: HOSTILE_NAME },
    {
      locations: [{ file: 'templates/app.yaml', line: 80 }],
      entries: [ids.api, ids.shop],
      path: [ids.api, ids.evil],
    },
  ),
];

const entries: EntryResult[] = [
  {
    entry: { node: ids.shop, name: 'shop.example.com', survive: ['component', 'zone'], source: 'declared' },
    upWithNoFailure: true,
    cuts: [
      { node: ids.zone0, path: [ids.shop, ids.alb, ids.nat, ids.zone0] },
      { node: ids.nat, path: [ids.shop, ids.alb, ids.nat] },
      { node: ids.region, path: [ids.shop, ids.alb, ids.nat, ids.zone0, ids.region] },
    ],
  },
  {
    entry: { node: ids.api, name: 'api.example.com', survive: ['component', 'zone'], source: 'inferred' },
    upWithNoFailure: true,
    cuts: [{ node: ids.region, path: [ids.api, ids.fn, ids.region] }],
  },
];

const diagnostics: Diagnostic[] = [
  {
    code: 'parse-error',
    level: 'error',
    message: 'YAML syntax error: bad indentation of a mapping entry',
    file: 'templates/bad.yaml',
    line: 3,
    column: 5,
  },
  {
    code: 'dangling-reference',
    level: 'warning',
    message: '!Ref MissingSubnet names no resource',
    file: 'templates/app.yaml',
    line: 12,
  },
  {
    code: 'unsupported-resource',
    level: 'note',
    message: 'AWS::IoT::Thing is not modelled',
    file: 'templates/app.yaml',
    line: 90,
  },
];

/** A partial scan with findings of every severity, a suppression, hostile text and a skipped file. */
export function sampleResult(overrides: Partial<ScanResult> = {}): ScanResult {
  const graph = buildGraph();
  const analysis: AnalysisResult = {
    entries,
    blastRadius: new Map([
      [ids.nat, { entries: [ids.shop], nodes: 2 }],
      [ids.region, { entries: [ids.api, ids.shop], nodes: 6 }],
      [ids.table, { entries: [], nodes: 0 }],
      [ids.zone0, { entries: [ids.shop], nodes: 3 }],
    ]),
    articulationPoints: [ids.alb, ids.nat],
    bridges: [[ids.alb, ids.shop]],
  };
  const policy = defaultPolicy();
  policy.rules['dynamodb-no-pitr'] = { severity: 'off' };
  return {
    tool: { name: 'spof', version: '0.1.0' },
    root: '/work/repo',
    complete: false,
    coverage: [
      { file: 'templates/net.yaml', status: 'analysed', format: 'cloudformation' },
      { file: 'templates/app.yaml', status: 'analysed', format: 'cloudformation' },
      { file: 'docs/mkdocs.yaml', status: 'not-applicable', reason: 'not a CloudFormation template' },
      { file: 'templates/bad.yaml', status: 'skipped', format: 'cloudformation', reason: 'parse error' },
    ],
    diagnostics,
    entries,
    findings: sampleFindings,
    rules: [
      rule('zone-is-cut', 'error', 'placement'),
      rule('single-nat-gateway', 'error', 'redundancy'),
      rule('database-single-zone', 'warning', 'placement'),
      rule('dynamodb-no-pitr', 'note', 'recovery'),
      rule('s3-replication-same-region', 'warning', 'recovery'),
    ],
    model: { components: [] },
    graph,
    analysis,
    policy,
    ...overrides,
  };
}
