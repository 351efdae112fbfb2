import { describe, expect, it } from 'vitest';
import { COMPONENT_KINDS } from '../../src/model/kinds.js';
import { defaultPolicy } from '../../src/model/policy.js';
import { CLOUDFORMATION_MAPPERS } from '../../src/normalize/aws/registry.js';
import { normalize } from '../../src/normalize/index.js';
import { doc, fact } from './build.js';

describe('the CloudFormation mapper registry', () => {
  it('lists its types in sorted order, each once', () => {
    const types = [...CLOUDFORMATION_MAPPERS.keys()];
    expect(types).toEqual([...types].sort());
  });

  it('maps every registered type, empty properties included, and reaches every kind', () => {
    const documents = [doc([...CLOUDFORMATION_MAPPERS.keys()].map((type, index) => fact(`R${index}`, type)))];
    const { model, diagnostics } = normalize(documents, defaultPolicy());
    expect(diagnostics.filter((d) => d.code === 'unsupported-resource')).toEqual([]);
    // Every canonical AWS kind can be reached from CloudFormation.
    const kinds = [...new Set(model.components.map((component) => component.kind))].sort();
    expect(kinds).toEqual(
      Object.keys(COMPONENT_KINDS)
        .filter((kind) => kind.startsWith('aws.'))
        .sort(),
    );
  });
});
