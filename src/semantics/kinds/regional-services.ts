import { UNKNOWN_REGION } from '../../model/domains.js';
import { dependenciesOf } from '../dependencies.js';
import type { KindSemantics, Placement } from '../shape.js';
import { regional, requirementsOf, zonal } from './common.js';

/*
 * Managed services AWS spreads over the zones of a region: they need their
 * region only. A DynamoDB global table serves while any of its regions does.
 * EFS is regional; a mount target stands in its subnet's zone.
 */

const dynamodbTable: KindSemantics = (component, context) => {
  // A global table lists every region it is in, its own included, by name; an unnamed own region adds nothing.
  const regions = new Set(component.attributes.replicaRegions ?? []);
  if (component.region !== UNKNOWN_REGION || regions.size === 0) regions.add(component.region);
  if (regions.size < 2) return regional(component, context);
  const placements: Placement[] = [...regions].sort().map((region) => ({ domain: 'region', region }));
  return {
    type: 'replicas',
    gate: { type: 'any' },
    placements,
    shared: requirementsOf(dependenciesOf(component, context.index)),
  };
};

/** Regional managed kinds and what they become. */
export const regionalSemantics = {
  'aws.apigateway.api': regional,
  'aws.apigateway.stage': regional,
  'aws.dynamodb.table': dynamodbTable,
  'aws.efs.filesystem': regional,
  'aws.efs.mount-target': zonal,
  'aws.s3.bucket': regional,
  'aws.sns.topic': regional,
  'aws.sqs.queue': regional,
  'aws.wafv2.association': regional,
  'aws.wafv2.web-acl': regional,
} satisfies Record<string, KindSemantics>;
