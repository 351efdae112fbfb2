// AWS::ApplicationAutoScaling::ScalableTarget: the task bounds of an ECS service.
import type { ComponentAttributes } from '../../model/component.js';
import { type Mapper, nothing } from '../draft.js';
import { asString, get, refTargets } from '../values.js';

/**
 * A scalable target on `ecs:service:DesiredCount` is what an ECS service may
 * scale in to (`minSize`) and out to. Other dimensions do not change how many
 * copies of something run, so they inform nothing here.
 */
export const mapScalableTarget: Mapper = (fact, context) => {
  const output = nothing();
  if (asString(get(fact.properties, 'ScalableDimension')) !== 'ecs:service:DesiredCount') return output;
  const attributes: ComponentAttributes = {};
  const minSize = context.redundancy.number(fact, 'MinCapacity', get(fact.properties, 'MinCapacity'));
  const maxSize = context.redundancy.number(fact, 'MaxCapacity', get(fact.properties, 'MaxCapacity'), {
    pick: 'max',
  });
  if (minSize !== undefined) attributes.minSize = minSize;
  if (maxSize !== undefined) attributes.maxSize = maxSize;
  const services = refTargets(get(fact.properties, 'ResourceId')).filter(
    (id) => context.resource(id)?.type === 'AWS::ECS::Service',
  );
  output.amendments = services.map((source) => ({ source, attributes }));
  return output;
};
