// CloudFormation resource type → mapper. One line per type, sorted by type.
import { type Mapper, nothing } from '../draft.js';
import { mapApi, mapApiPart, mapIntegration, mapStage } from './apigateway.js';
import { mapScalableTarget } from './app-autoscaling.js';
import { mapAutoScalingGroup } from './autoscaling.js';
import { mapDistribution } from './cloudfront.js';
import { mapGlobalTable, mapTable } from './dynamodb.js';
import { mapInstance, mapLaunchTemplate } from './ec2-compute.js';
import { mapGatewayAttachment, mapInternetGateway, mapSubnet, mapVpc } from './ec2-network.js';
import { mapEip, mapNatGateway, mapRoute, mapRouteTable, mapRouteTableAssociation } from './ec2-routing.js';
import { mapEcsCluster, mapEcsService, mapTaskDefinition } from './ecs.js';
import { mapFileSystem, mapMountTarget } from './efs.js';
import { mapEksCluster, mapNodegroup } from './eks.js';
import { mapCacheCluster, mapReplicationGroup } from './elasticache.js';
import {
  mapClassicLoadBalancer,
  mapListener,
  mapListenerRule,
  mapLoadBalancer,
  mapTargetGroup,
} from './elb.js';
import { mapFunction } from './lambda.js';
import { mapQueue, mapTopic } from './messaging.js';
import { mapKafkaCluster } from './msk.js';
import { mapSearchDomain } from './opensearch.js';
import { mapDbCluster, mapDbInstance } from './rds.js';
import { mapHealthCheck, mapHostedZone, mapRecordSet, mapRecordSetGroup } from './route53.js';
import { mapBucket } from './s3.js';
import { mapWebAcl, mapWebAclAssociation } from './wafv2.js';

/** Subnet groups are read through the databases and caches that name them. */
const readThroughOthers: Mapper = () => nothing();

export const CLOUDFORMATION_MAPPERS: ReadonlyMap<string, Mapper> = new Map<string, Mapper>([
  ['AWS::ApiGateway::Deployment', mapApiPart],
  ['AWS::ApiGateway::Method', mapIntegration],
  ['AWS::ApiGateway::Resource', mapApiPart],
  ['AWS::ApiGateway::RestApi', mapApi],
  ['AWS::ApiGateway::Stage', mapStage],
  ['AWS::ApiGatewayV2::Api', mapApi],
  ['AWS::ApiGatewayV2::Integration', mapIntegration],
  ['AWS::ApiGatewayV2::Route', mapApiPart],
  ['AWS::ApiGatewayV2::Stage', mapStage],
  ['AWS::ApplicationAutoScaling::ScalableTarget', mapScalableTarget],
  ['AWS::AutoScaling::AutoScalingGroup', mapAutoScalingGroup],
  ['AWS::CloudFront::Distribution', mapDistribution],
  ['AWS::DocDB::DBCluster', mapDbCluster],
  ['AWS::DocDB::DBInstance', mapDbInstance],
  ['AWS::DocDB::DBSubnetGroup', readThroughOthers],
  ['AWS::DynamoDB::GlobalTable', mapGlobalTable],
  ['AWS::DynamoDB::Table', mapTable],
  ['AWS::EC2::EIP', mapEip],
  ['AWS::EC2::Instance', mapInstance],
  ['AWS::EC2::InternetGateway', mapInternetGateway],
  ['AWS::EC2::LaunchTemplate', mapLaunchTemplate],
  ['AWS::EC2::NatGateway', mapNatGateway],
  ['AWS::EC2::Route', mapRoute],
  ['AWS::EC2::RouteTable', mapRouteTable],
  ['AWS::EC2::Subnet', mapSubnet],
  ['AWS::EC2::SubnetRouteTableAssociation', mapRouteTableAssociation],
  ['AWS::EC2::VPC', mapVpc],
  ['AWS::EC2::VPCGatewayAttachment', mapGatewayAttachment],
  ['AWS::ECS::Cluster', mapEcsCluster],
  ['AWS::ECS::Service', mapEcsService],
  ['AWS::ECS::TaskDefinition', mapTaskDefinition],
  ['AWS::EFS::FileSystem', mapFileSystem],
  ['AWS::EFS::MountTarget', mapMountTarget],
  ['AWS::EKS::Cluster', mapEksCluster],
  ['AWS::EKS::Nodegroup', mapNodegroup],
  ['AWS::ElastiCache::CacheCluster', mapCacheCluster],
  ['AWS::ElastiCache::ReplicationGroup', mapReplicationGroup],
  ['AWS::ElastiCache::SubnetGroup', readThroughOthers],
  ['AWS::ElasticLoadBalancing::LoadBalancer', mapClassicLoadBalancer],
  ['AWS::ElasticLoadBalancingV2::Listener', mapListener],
  ['AWS::ElasticLoadBalancingV2::ListenerRule', mapListenerRule],
  ['AWS::ElasticLoadBalancingV2::LoadBalancer', mapLoadBalancer],
  ['AWS::ElasticLoadBalancingV2::TargetGroup', mapTargetGroup],
  ['AWS::Elasticsearch::Domain', mapSearchDomain],
  ['AWS::Lambda::Function', mapFunction],
  ['AWS::MSK::Cluster', mapKafkaCluster],
  ['AWS::Neptune::DBCluster', mapDbCluster],
  ['AWS::Neptune::DBInstance', mapDbInstance],
  ['AWS::Neptune::DBSubnetGroup', readThroughOthers],
  ['AWS::OpenSearchService::Domain', mapSearchDomain],
  ['AWS::RDS::DBCluster', mapDbCluster],
  ['AWS::RDS::DBInstance', mapDbInstance],
  ['AWS::RDS::DBSubnetGroup', readThroughOthers],
  ['AWS::Route53::HealthCheck', mapHealthCheck],
  ['AWS::Route53::HostedZone', mapHostedZone],
  ['AWS::Route53::RecordSet', mapRecordSet],
  ['AWS::Route53::RecordSetGroup', mapRecordSetGroup],
  ['AWS::S3::Bucket', mapBucket],
  ['AWS::SNS::Topic', mapTopic],
  ['AWS::SQS::Queue', mapQueue],
  ['AWS::WAFv2::WebACL', mapWebAcl],
  ['AWS::WAFv2::WebACLAssociation', mapWebAclAssociation],
]);
