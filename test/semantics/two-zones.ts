import { component } from './support.js';

/** Two zones of us-east-1, a subnet in each, and the relations that place a component in both. */
export const A = 'us-east-1/us-east-1a';
export const B = 'us-east-1/us-east-1b';
export const subnets = [
  component('aws.ec2.subnet', 'SubA', { zones: [A] }),
  component('aws.ec2.subnet', 'SubB', { zones: [B] }),
];
export const inBoth: Array<[string, string]> = [
  ['subnet', 'aws.ec2.subnet:SubA'],
  ['subnet', 'aws.ec2.subnet:SubB'],
];
