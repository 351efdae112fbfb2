import type { ComponentKind } from './kinds.js';
import type { SourceLocation } from './location.js';

/**
 * Canonical attributes. Each normalizer fills what its format says, with the
 * provider's defaults applied (RDS `multiAz` defaults to false); a key left
 * undefined means the input did not say and no default applies.
 */
export interface ComponentAttributes {
  /** Load balancer: `internet-facing` or `internal`. */
  scheme?: 'internet-facing' | 'internal';
  /** Load balancer flavour. */
  loadBalancerType?: 'application' | 'network' | 'gateway' | 'classic';
  /** Load balancer attribute `waf.fail_open.enabled` when declared. */
  wafFailOpen?: boolean;
  /** Subnet: has a route to an internet gateway. Hosted zone: not private (no VPCs). */
  public?: boolean;
  /** RDS instance, ElastiCache, OpenSearch zone awareness: a standby/replica in another zone. */
  multiAz?: boolean;
  /** Database/cache engine (`aurora-mysql`, `docdb`, `neptune`, `redis`...). */
  engine?: string;
  /** Number of nodes/instances/tasks requested (cache nodes, brokers, data nodes, desired tasks). */
  count?: number;
  /** Auto Scaling / ECS / node group lower bound: what may run after scale-in. */
  minSize?: number;
  maxSize?: number;
  /** ElastiCache automatic failover. */
  automaticFailover?: boolean;
  /** Backup retention in days; 0 means backups are off. */
  backupRetentionDays?: number;
  /** DynamoDB point-in-time recovery. */
  pointInTimeRecovery?: boolean;
  /** Regions that hold a replica (DynamoDB global table, S3 replication destinations, read replicas). */
  replicaRegions?: string[];
  /** S3 replication is configured (destinations may be in unknown regions). */
  replication?: boolean;
  /** Route 53 record: DNS name, type, TTL, routing. */
  recordName?: string;
  recordType?: string;
  ttl?: number;
  failover?: 'PRIMARY' | 'SECONDARY';
  /** Record or other health-checked member has a health check. */
  healthCheck?: boolean;
  /** Record routing policy when not simple. */
  routingPolicy?:
    | 'simple'
    | 'failover'
    | 'weighted'
    | 'latency'
    | 'geolocation'
    | 'multivalue'
    | 'geoproximity';
  /** Record set identifier (`SetIdentifier`). */
  setIdentifier?: string;
  /** CloudFront aliases (CNAMEs) and whether it is enabled. */
  aliases?: string[];
  /** CloudFront has an origin group (origin failover). */
  originFailover?: boolean;
  /** ECS launch type / EC2 instance type (informational). */
  launchType?: string;
  /** Lambda, API Gateway, S3, DynamoDB, SQS, SNS: regional managed service spread over zones by AWS. */
  regionalService?: boolean;
}

/** A reference from one component to another with the role it plays. */
export interface Relation {
  /** What the target is to the source: `subnet`, `targetGroup`, `natGateway`, `origin`... */
  role: string;
  /** Canonical id of the target component. */
  target: string;
  location: SourceLocation;
}

/**
 * One component in the canonical model. `id` is `<kind>:<name>`, unique in a
 * scan (the unit is prefixed to `name` when two documents use the same name).
 */
export interface Component {
  id: string;
  kind: ComponentKind;
  /** The resource's logical name in its input. */
  name: string;
  /** Native type, e.g. `AWS::RDS::DBInstance`. */
  nativeType: string;
  format: string;
  provider: 'aws';
  /** Canonical region key (domains.ts): a region name, or UNKNOWN_REGION. */
  region: string;
  /** Canonical zone keys (domains.ts) where the component itself is placed; empty: not zonal, or not said. */
  zones: string[];
  attributes: ComponentAttributes;
  relations: Relation[];
  /** Explicit ordering dependencies (DependsOn) by canonical id; not requirements. */
  dependsOn: string[];
  tags: Record<string, string>;
  locations: SourceLocation[];
  /** Exists only when this condition holds (the collector could not decide it). */
  condition?: string;
}

/** The canonical model of a scan: components sorted by id. */
export interface CanonicalModel {
  components: Component[];
}
