import { field, isRawMap } from './raw.js';

const RESOURCE_TYPE = /^(AWS|Custom|Alexa)::[A-Za-z0-9]/;

/** Cheap test on the text, before parsing: a template names at least one of these keys. */
export function mightBeTemplate(text: string): boolean {
  return text.includes('Resources') || text.includes('AWSTemplateFormatVersion');
}

/**
 * A parsed document is a CloudFormation template when its top level declares
 * the format version, or has a Resources map holding an `AWS::`/`Custom::` type.
 */
export function isTemplate(value: unknown): boolean {
  if (!isRawMap(value)) return false;
  if (field(value, 'AWSTemplateFormatVersion') !== undefined) return true;
  const resources = field(value, 'Resources');
  if (!isRawMap(resources)) return false;
  return Object.values(resources).some((resource) => {
    if (!isRawMap(resource)) return false;
    const type = field(resource, 'Type');
    return typeof type === 'string' && RESOURCE_TYPE.test(type);
  });
}
