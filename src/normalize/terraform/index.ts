// Terraform facts → canonical model: the AWS pipeline of CloudFormation with Terraform's mappers.
import { normalizeAwsDocuments } from '../cloudformation.js';
import type { FormatNormalizer } from '../format-normalizer.js';
import { TERRAFORM_AWS_REGISTRY } from './registry.js';

/**
 * Normalizes Terraform documents (one per module folder) into canonical
 * components: `aws_*` resources map to the same kinds and attributes as their
 * CloudFormation twins, with the provider's defaults applied.
 */
export const normalizeTerraform: FormatNormalizer = (documents, policy) =>
  normalizeAwsDocuments(documents, policy, TERRAFORM_AWS_REGISTRY);
