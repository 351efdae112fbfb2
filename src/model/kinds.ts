/**
 * The canonical vocabulary of component kinds. Every format maps into these
 * (`AWS::RDS::DBInstance` and `aws_db_instance` both become `aws.rds.instance`),
 * so semantics and rules read one model.
 */
export const COMPONENT_KINDS = {
  'aws.ec2.vpc': { title: 'VPC', stateful: false },
  'aws.ec2.subnet': { title: 'subnet', stateful: false },
  'aws.ec2.route-table': { title: 'route table', stateful: false },
  'aws.ec2.route': { title: 'route', stateful: false },
  'aws.ec2.internet-gateway': { title: 'internet gateway', stateful: false },
  'aws.ec2.nat-gateway': { title: 'NAT gateway', stateful: false },
  'aws.ec2.eip': { title: 'Elastic IP', stateful: false },
  'aws.ec2.instance': { title: 'EC2 instance', stateful: true },
  'aws.ec2.launch-template': { title: 'launch template', stateful: false },
  'aws.elb.load-balancer': { title: 'load balancer', stateful: false },
  'aws.elb.listener': { title: 'listener', stateful: false },
  'aws.elb.target-group': { title: 'target group', stateful: false },
  'aws.autoscaling.group': { title: 'Auto Scaling group', stateful: false },
  'aws.ecs.cluster': { title: 'ECS cluster', stateful: false },
  'aws.ecs.service': { title: 'ECS service', stateful: false },
  'aws.ecs.task-definition': { title: 'ECS task definition', stateful: false },
  'aws.eks.cluster': { title: 'EKS cluster', stateful: false },
  'aws.eks.nodegroup': { title: 'EKS node group', stateful: false },
  'aws.lambda.function': { title: 'Lambda function', stateful: false },
  'aws.rds.instance': { title: 'RDS instance', stateful: true },
  'aws.rds.cluster': { title: 'database cluster', stateful: true },
  'aws.dynamodb.table': { title: 'DynamoDB table', stateful: true },
  'aws.elasticache.replication-group': { title: 'ElastiCache replication group', stateful: true },
  'aws.elasticache.cluster': { title: 'ElastiCache cluster', stateful: true },
  'aws.s3.bucket': { title: 'S3 bucket', stateful: true },
  'aws.sqs.queue': { title: 'SQS queue', stateful: true },
  'aws.sns.topic': { title: 'SNS topic', stateful: false },
  'aws.cloudfront.distribution': { title: 'CloudFront distribution', stateful: false },
  'aws.route53.hosted-zone': { title: 'Route 53 hosted zone', stateful: false },
  'aws.route53.record': { title: 'Route 53 record', stateful: false },
  'aws.route53.health-check': { title: 'Route 53 health check', stateful: false },
  'aws.wafv2.web-acl': { title: 'WAF web ACL', stateful: false },
  'aws.wafv2.association': { title: 'WAF association', stateful: false },
  'aws.efs.filesystem': { title: 'EFS file system', stateful: true },
  'aws.efs.mount-target': { title: 'EFS mount target', stateful: false },
  'aws.opensearch.domain': { title: 'OpenSearch domain', stateful: true },
  'aws.msk.cluster': { title: 'MSK cluster', stateful: true },
  'aws.apigateway.api': { title: 'API Gateway API', stateful: false },
  'aws.apigateway.stage': { title: 'API Gateway stage', stateful: false },
} as const satisfies Record<string, { title: string; stateful: boolean }>;

export type ComponentKind = keyof typeof COMPONENT_KINDS;

export function isComponentKind(kind: string): kind is ComponentKind {
  return Object.hasOwn(COMPONENT_KINDS, kind);
}
