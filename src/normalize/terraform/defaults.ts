/**
 * Where the Terraform AWS provider's default differs from what AWS does for
 * CloudFormation (aws/defaults.ts holds the shared ones). Source: the
 * provider's resource documentation.
 */
export const TERRAFORM_AWS_DEFAULTS = {
  /** `aws_ecs_service.desired_count` defaults to 0 in the provider, not to 1. */
  ecsService: { desiredCount: 0 },
} as const;
