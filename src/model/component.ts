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

  // Kubernetes and docker-compose. `count` is the replicas asked for (omitted means 1);
  // `minSize` is an HPA's minReplicas when one targets the workload.
  /** Kubernetes namespace (`default` when omitted). */
  namespace?: string;
  /** Labels of the pods a workload runs (pod template labels), or of the object itself. */
  labels?: Record<string, string>;
  /** A Service's or PodDisruptionBudget's label selector (matchLabels and equality matchExpressions). */
  selector?: Record<string, string>;
  /** Container images, as written. */
  images?: string[];
  /** Rollout: `RollingUpdate`, `Recreate` or `OnDelete`. */
  updateStrategy?: 'RollingUpdate' | 'Recreate' | 'OnDelete';
  /** Rolling update's or PDB's maxUnavailable (`25%`, `1`), as written. */
  maxUnavailable?: string | number;
  /** PDB's minAvailable, as written. */
  minAvailable?: string | number;
  /** Every container of the pod has a readiness probe. */
  readinessProbe?: boolean;
  /** What guarantees spread over zones: a DoNotSchedule zone topology spread or required zone anti-affinity (`required`), a soft one (`preferred`), or nothing. */
  zoneSpread?: 'required' | 'preferred' | 'none';
  /** The same over nodes (`kubernetes.io/hostname`). */
  hostSpread?: 'required' | 'preferred' | 'none';
  /** Zones a nodeSelector or required node affinity pins the pods to. */
  pinnedZones?: string[];
  /** Volumes whose data lives and dies with one pod (`emptyDir`) or one node (`hostPath`). */
  localState?: Array<'emptyDir' | 'hostPath'>;
  /** Kubernetes Service type. */
  serviceType?: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
  /** Hostnames an Ingress, Gateway listener or HTTPRoute serves. */
  hosts?: string[];
  /** Volume access modes (`ReadWriteOnce`...). */
  accessModes?: string[];
  /** A Pod created by a controller (ownerReferences), not a bare Pod. */
  controlled?: boolean;
  /** docker-compose `restart` policy. */
  restart?: string;
  /** Keeps data that matters: a database-like image or a named volume mounted (compose), a StatefulSet. */
  holdsState?: boolean;
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
  /** Who runs it: `aws`, `kubernetes` (a cluster), `docker` (a compose host). */
  provider: 'aws' | 'kubernetes' | 'docker';
  /** Canonical region key (domains.ts): a region name, or UNKNOWN_REGION. */
  region: string;
  /**
   * For `kubernetes` and `docker`: the cluster or compose project it runs in
   * (`cluster` when manifests do not say which; the compose project name).
   */
  cluster?: string;
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
