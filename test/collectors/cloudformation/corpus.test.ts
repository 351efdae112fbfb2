import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect } from '../../../src/collectors/index.js';
import { RefValue, UnknownValue, ZoneValue } from '../../../src/model/value.js';

const SHARED = fileURLToPath(new URL('../../../../shared', import.meta.url));
const CORPUS = 'corpus/cloudformation-templates';

/** Resources per template, counted with awk over the logical-id lines of each Resources section. */
const EXPECTED_COUNTS: Record<string, number> = {
  'AutoScaling/AutoScalingMultiAZWithNotifications.yaml': 12,
  'AutoScaling/AutoScalingRollingUpdates.yaml': 6,
  'DynamoDB/DynamoDB_Table.yaml': 1,
  'ECS/EC2LaunchType/clusters/private-vpc.yaml': 42,
  'ECS/EC2LaunchType/services/private-service.yaml': 4,
  'ElasticLoadBalancing/ELBWithLockedDownAutoScaledInstances.yaml': 4,
  'RainModules/vpc.yml': 23,
  'VPC/FindInMapAZs.yaml': 22,
  'VPC/VPC_EC2_Instance_With_Multiple_Static_IPAddresses.yaml': 5,
};

describe('the shared CloudFormation corpus', async () => {
  const result = await collect([CORPUS], { root: SHARED });
  const document = (name: string) => {
    const found = result.documents.find((candidate) => candidate.file === `${CORPUS}/${name}`);
    if (found === undefined) throw new Error(`no document for ${name}`);
    return found;
  };
  const resource = (name: string, id: string) => {
    const found = document(name).resources.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`no resource ${id} in ${name}`);
    return found;
  };

  it('collects without any error diagnostic', () => {
    expect(result.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  });

  it('accounts for every template once, as analysed by the cloudformation collector', () => {
    expect(result.coverage).toEqual(
      Object.keys(EXPECTED_COUNTS)
        .sort()
        .map((name) => ({ file: `${CORPUS}/${name}`, status: 'analysed', format: 'cloudformation' })),
    );
  });

  it('finds the expected number of resources in each template', () => {
    const counts = Object.fromEntries(
      result.documents.map((found) => [found.file.slice(CORPUS.length + 1), found.resources.length]),
    );
    expect(counts).toEqual(EXPECTED_COUNTS);
  });

  it('locates resources at their logical-id lines (grep -n)', () => {
    expect(resource('DynamoDB/DynamoDB_Table.yaml', 'myDynamoDBTable').location.line).toBe(43);
    expect(resource('RainModules/vpc.yml', 'VPC').location.line).toBe(3);
    expect(resource('RainModules/vpc.yml', 'PublicSubnet1').location.line).toBe(11);
    expect(resource('ECS/EC2LaunchType/services/private-service.yaml', 'TaskDefinition').location.line).toBe(
      66,
    );
  });

  it('places Rain module subnets in distinct zone indices of the deployment region', () => {
    const zone = (id: string) => resource('RainModules/vpc.yml', id).properties.AvailabilityZone;
    expect(zone('PublicSubnet1')).toEqual(new ZoneValue(undefined, 0, undefined));
    expect(zone('PublicSubnet2')).toEqual(new ZoneValue(undefined, 1, undefined));
  });

  it('keeps a zone read from a region-keyed mapping unknown, since the region is the deployment one', () => {
    const zone = resource('VPC/FindInMapAZs.yaml', 'PublicSubnet1').properties.AvailabilityZone;
    expect(zone).toBeInstanceOf(UnknownValue);
    expect(resource('VPC/FindInMapAZs.yaml', 'PublicSubnet1').properties.VpcId).toEqual(new RefValue('VPC'));
  });

  it('decides a condition from a parameter default and drops the NoValue branch', () => {
    // HasCustomRole is Not(Equals(Role, "")) and Role defaults to "": TaskRoleArn is !If [.., .., AWS::NoValue].
    const task = resource('ECS/EC2LaunchType/services/private-service.yaml', 'TaskDefinition').properties;
    expect(Object.hasOwn(task, 'TaskRoleArn')).toBe(false);
    expect(task.Family).toBe('nginx');
  });
});
