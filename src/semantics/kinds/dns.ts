import type { KindSemantics } from '../shape.js';
import { global } from './common.js';

/*
 * Route 53 is global: a hosted zone needs the provider; a record its hosted
 * zone and what it points at. Records sharing a name and type are joined by a
 * name node (dns-names.ts), which carries the failover or routing gate.
 */

/** Route 53 kinds and what they become. */
export const dnsSemantics = {
  'aws.route53.health-check': global,
  'aws.route53.hosted-zone': global,
  'aws.route53.record': global,
} satisfies Record<string, KindSemantics>;
