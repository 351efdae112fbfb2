// Terraform AWS resource type → mapper. One line per type, sorted by type.
import type { MapperRegistry } from '../collect-drafts.js';
import { type Mapper, nothing } from '../draft.js';
import { mapDistribution } from './cloudfront.js';
import { mapAutoScalingAttachment, mapAutoScalingGroup, mapInstance, mapLaunchTemplate } from './compute.js';
import { mapBucket, mapBucketReplication, mapTable } from './data.js';
import { mapEcsCluster, mapEcsService, mapTaskDefinition } from './ecs.js';
import { mapCacheCluster, mapReplicationGroup } from './elasticache.js';
import {
  mapListener,
  mapListenerRule,
  mapLoadBalancer,
  mapTargetGroup,
  mapTargetGroupAttachment,
} from './elb.js';
import { mapGatewayAttachment, mapInternetGateway, mapSubnet, mapVpc } from './network.js';
import { mapClusterInstance, mapDbCluster, mapDbInstance } from './rds.js';
import { mapHealthCheck, mapHostedZone, mapRecord } from './route53.js';
import { mapEip, mapNatGateway, mapRoute, mapRouteTable, mapRouteTableAssociation } from './routing.js';
import { mapFunction, mapQueue, mapTopic, mapWebAcl, mapWebAclAssociation } from './serverless.js';

/** Subnet groups are read through the databases and caches that name them. */
const readThroughOthers: Mapper = () => nothing();

export const TERRAFORM_AWS_MAPPERS: ReadonlyMap<string, Mapper> = new Map<string, Mapper>([
  ['aws_alb', mapLoadBalancer],
  ['aws_alb_listener', mapListener],
  ['aws_alb_listener_rule', mapListenerRule],
  ['aws_alb_target_group', mapTargetGroup],
  ['aws_alb_target_group_attachment', mapTargetGroupAttachment],
  ['aws_autoscaling_attachment', mapAutoScalingAttachment],
  ['aws_autoscaling_group', mapAutoScalingGroup],
  ['aws_cloudfront_distribution', mapDistribution],
  ['aws_db_instance', mapDbInstance],
  ['aws_db_subnet_group', readThroughOthers],
  ['aws_docdb_cluster', mapDbCluster],
  ['aws_docdb_cluster_instance', mapClusterInstance],
  ['aws_docdb_subnet_group', readThroughOthers],
  ['aws_dynamodb_table', mapTable],
  ['aws_ecs_cluster', mapEcsCluster],
  ['aws_ecs_service', mapEcsService],
  ['aws_ecs_task_definition', mapTaskDefinition],
  ['aws_eip', mapEip],
  ['aws_elasticache_cluster', mapCacheCluster],
  ['aws_elasticache_replication_group', mapReplicationGroup],
  ['aws_elasticache_subnet_group', readThroughOthers],
  ['aws_instance', mapInstance],
  ['aws_internet_gateway', mapInternetGateway],
  ['aws_internet_gateway_attachment', mapGatewayAttachment],
  ['aws_lambda_function', mapFunction],
  ['aws_launch_template', mapLaunchTemplate],
  ['aws_lb', mapLoadBalancer],
  ['aws_lb_listener', mapListener],
  ['aws_lb_listener_rule', mapListenerRule],
  ['aws_lb_target_group', mapTargetGroup],
  ['aws_lb_target_group_attachment', mapTargetGroupAttachment],
  ['aws_nat_gateway', mapNatGateway],
  ['aws_neptune_cluster', mapDbCluster],
  ['aws_neptune_cluster_instance', mapClusterInstance],
  ['aws_neptune_subnet_group', readThroughOthers],
  ['aws_rds_cluster', mapDbCluster],
  ['aws_rds_cluster_instance', mapClusterInstance],
  ['aws_route', mapRoute],
  ['aws_route53_health_check', mapHealthCheck],
  ['aws_route53_record', mapRecord],
  ['aws_route53_zone', mapHostedZone],
  ['aws_route_table', mapRouteTable],
  ['aws_route_table_association', mapRouteTableAssociation],
  ['aws_s3_bucket', mapBucket],
  ['aws_s3_bucket_replication_configuration', mapBucketReplication],
  ['aws_sns_topic', mapTopic],
  ['aws_sqs_queue', mapQueue],
  ['aws_subnet', mapSubnet],
  ['aws_vpc', mapVpc],
  ['aws_wafv2_web_acl', mapWebAcl],
  ['aws_wafv2_web_acl_association', mapWebAclAssociation],
]);

/**
 * Only AWS types are the spine's to model; other providers' types (`random_id`,
 * `null_resource`, Google, Azure) are not reported as unsupported here.
 */
export const TERRAFORM_AWS_REGISTRY: MapperRegistry = {
  mappers: TERRAFORM_AWS_MAPPERS,
  reportsUnmapped: (type) => type.startsWith('aws_'),
};
