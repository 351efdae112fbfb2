// AWS::ApiGateway (REST) and AWS::ApiGatewayV2 (HTTP, WebSocket) APIs, stages and integrations.
import { draft, type Mapper, nothing, only, relate } from '../draft.js';
import { get, refTargets } from '../values.js';

export const mapApi: Mapper = (fact) => only(draft('aws.apigateway.api', fact, { regionalService: true }));

export const mapStage: Mapper = (fact) => {
  const stage = draft('aws.apigateway.stage', fact);
  relate(stage, 'api', refTargets(get(fact.properties, 'RestApiId') ?? get(fact.properties, 'ApiId')));
  return only(stage);
};

/** A method or integration is no component: what it calls becomes the API's `integration`. */
export const mapIntegration: Mapper = (fact) => {
  const output = nothing();
  const api = refTargets(get(fact.properties, 'RestApiId') ?? get(fact.properties, 'ApiId'));
  const uri = get(fact.properties, 'Integration', 'Uri') ?? get(fact.properties, 'IntegrationUri');
  for (const source of api) {
    for (const target of refTargets(uri)) output.attachments.push({ source, role: 'integration', target });
  }
  return output;
};

/** Deployments and resources only shape the API's paths. */
export const mapApiPart: Mapper = () => nothing();
