import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The commented starter `spof.yml` that `spof init` writes; it loads as the default policy. */
export const STARTER_CONFIG = `# spof policy. Reference: the "spof.yml" section of the README;
# JSON Schema: schemas/spof.schema.json in the spof package.
version: 1

# Failure classes every entry point must survive:
# component, replica, host, zone, cluster, region, provider, account.
survive: [component, zone]

# Entry points users reach. Without any, spof infers them from
# internet-facing load balancers, CloudFront aliases and public records.
entries: []
#  - name: shop.example.com
#    target: PublicAlb            # logical name or canonical id
#    survive: [component, zone, region]
inferEntries: true

# Severity overrides (error, warning, note, off) and options per rule id.
rules: {}
#  single-nat-gateway:
#    severity: warning

# Accepted findings. A reason and an expiry date (YYYY-MM-DD) are required;
# an expired suppression stops applying and is reported.
suppressions: []
#  - rule: single-nat-gateway
#    node: aws.ec2.nat-gateway:NatGateway   # or "*" for every node
#    reason: staging only, one NAT gateway accepted
#    expires: 2027-06-30

# Region CloudFormation templates are deployed to when they do not say.
aws: {}
#  region: us-east-1

# Tag keys whose values may appear in reports, besides Name, app, service, team, env, owner.
tags:
  allow: []
`;

export type InitResult = { written: true; file: string } | { written: false; file: string; reason: 'exists' };

/** Writes the starter config into `cwd`; refuses to replace an existing file unless `force`. */
export async function writeStarterConfig(cwd: string, force: boolean): Promise<InitResult> {
  const file = join(cwd, 'spof.yml');
  try {
    // `wx` fails atomically when the file exists, so no check-then-write race.
    await writeFile(file, STARTER_CONFIG, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
    return { written: true, file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { written: false, file, reason: 'exists' };
    throw error;
  }
}
