import type { Component } from '../../model/component.js';
import { dependenciesOf } from '../dependencies.js';
import type { ModelIndex } from '../model-index.js';
import { singleZone, zonesOf } from '../placement.js';
import type { KindSemantics, Requirement } from '../shape.js';
import { inOneZone, regional, requirementsOf } from './common.js';

/*
 * VPC networking. A subnet stands in its zone and requires what its route
 * tables route through: a private subnet whose default route goes to a NAT
 * gateway requires that gateway (and so the NAT's own zone), a public subnet
 * the internet gateway. Route table → route → NAT/IGW keeps the path readable.
 */

const ROUTING_KINDS = new Set([
  'aws.ec2.route-table',
  'aws.ec2.route',
  'aws.ec2.nat-gateway',
  'aws.ec2.internet-gateway',
]);

/** Internet gateways attached to the VPCs `component` is in. */
function internetGatewaysOf(component: Component, index: ModelIndex): Component[] {
  const gateways = new Map<string, Component>();
  for (const vpc of index.relatedOfKind(component, 'aws.ec2.vpc')) {
    for (const gateway of index.relatedOfKind(vpc, 'aws.ec2.internet-gateway'))
      gateways.set(gateway.id, gateway);
  }
  return [...gateways.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

function gatewayRequirements(gateways: readonly Component[], reason: string): Requirement[] {
  return gateways.map((gateway) => ({ node: gateway.id, reason, locations: gateway.locations }));
}

const subnet: KindSemantics = (component, { index }) => {
  const dependencies = dependenciesOf(component, index);
  const requires = requirementsOf(dependencies);
  const routed = dependencies.some((dependency) => ROUTING_KINDS.has(dependency.component.kind));
  // A subnet marked public whose routes the input does not show still needs the VPC's internet gateway.
  if (!routed && component.attributes.public === true) {
    requires.push(...gatewayRequirements(internetGatewaysOf(component, index), 'internetGateway'));
  }
  return { type: 'single', placement: singleZone(component, zonesOf(component, index)), requires };
};

/** A NAT gateway stands in its (public) subnet's zone and sends traffic out through the VPC's internet gateway. */
const natGateway: KindSemantics = (component, context) => {
  const gateways = new Map<string, Component>();
  for (const placed of zonesOf(component, context.index).slots.flatMap((slot) => slot.subnets)) {
    for (const gateway of internetGatewaysOf(placed.component, context.index))
      gateways.set(gateway.id, gateway);
  }
  const sorted = [...gateways.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return inOneZone(component, context, gatewayRequirements(sorted, 'internetGateway'));
};

/** Networking kinds and what they become. */
export const networkSemantics = {
  'aws.ec2.eip': regional,
  'aws.ec2.internet-gateway': regional,
  'aws.ec2.nat-gateway': natGateway,
  'aws.ec2.route': regional,
  'aws.ec2.route-table': regional,
  'aws.ec2.subnet': subnet,
  'aws.ec2.vpc': regional,
} satisfies Record<string, KindSemantics>;
