import { describe, expect, it } from 'vitest';
import { codes, collectText, idsAndLines } from './helpers.js';

describe('kubernetes collector: bad input', () => {
  it('reports a manifest without kind as invalid-manifest at its line, and reads the rest', () => {
    const outcome = collectText(`apiVersion: v1
kind: Service
metadata:
  name: kept
---
apiVersion: apps/v1
metadata:
  name: lost
spec:
  replicas: 3
`);
    expect(outcome.status).toBe('analysed');
    if (outcome.status !== 'analysed') return;
    expect(idsAndLines(outcome.document)).toEqual(['default/Service/kept@2']);
    expect(codes(outcome.diagnostics)).toEqual([{ code: 'invalid-manifest', level: 'error', line: 6 }]);
    expect(outcome.diagnostics[0]?.file).toBe('k8s/app.yaml');
    expect(outcome.diagnostics[0]?.message).toContain('no kind');
  });

  it('reports a file whose only object lacks kind (apiVersion and metadata present)', () => {
    const outcome = collectText('apiVersion: apps/v1\nmetadata:\n  name: lost\n');
    expect(outcome.status).toBe('analysed');
    if (outcome.status !== 'analysed') return;
    expect(outcome.document.resources).toEqual([]);
    expect(codes(outcome.diagnostics)).toEqual([{ code: 'invalid-manifest', level: 'error', line: 1 }]);
  });

  it('reports objects without a name and non-map documents among manifests', () => {
    const outcome = collectText(`apiVersion: v1
kind: Service
metadata:
  name: kept
---
apiVersion: v1
kind: Service
metadata:
  labels: {app: x}
---
just a string
`);
    if (outcome.status !== 'analysed') throw new Error(outcome.status);
    expect(codes(outcome.diagnostics)).toEqual([
      { code: 'invalid-manifest', level: 'error', line: 7 },
      { code: 'invalid-manifest', level: 'error', line: 1 },
    ]);
    expect(outcome.diagnostics[0]?.message).toContain('metadata.name');
  });

  it('is not applicable to client-side files shaped like objects (kustomization, kubeconfig)', () => {
    const kustomization =
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - app.yaml\n';
    expect(collectText(kustomization, 'kustomization.yaml')).toEqual({ status: 'not-applicable' });
    const kubeconfig = 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\n';
    expect(collectText(kubeconfig, 'kubeconfig.yaml')).toEqual({ status: 'not-applicable' });
  });

  it('skips an unrendered Helm template before parsing it, pointing at the first action', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "shop.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
`;
    const outcome = collectText(text, 'chart/templates/deployment.yaml');
    expect(outcome.status).toBe('skipped');
    if (outcome.status !== 'skipped') return;
    expect(outcome.reason).toBe('unrendered-template');
    expect(codes(outcome.diagnostics)).toEqual([{ code: 'unrendered-template', level: 'error', line: 4 }]);
    expect(outcome.diagnostics[0]?.message).toContain('helm template');
    expect(outcome.diagnostics[0]?.file).toBe('chart/templates/deployment.yaml');
  });

  it('skips a template whose control lines break the YAML', () => {
    const text = `{{- if .Values.enabled }}
apiVersion: v1
kind: Service
metadata:
  name: web
{{- end }}
`;
    const outcome = collectText(text);
    expect(outcome.status).toBe('skipped');
    if (outcome.status !== 'skipped') return;
    expect(codes(outcome.diagnostics)).toEqual([{ code: 'unrendered-template', level: 'error', line: 1 }]);
  });

  it('flags {{ }} that does not parse even without Helm objects', () => {
    const outcome = collectText('apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ $name }}\n  x: [\n');
    if (outcome.status !== 'skipped') throw new Error(outcome.status);
    expect(codes(outcome.diagnostics)).toEqual([{ code: 'unrendered-template', level: 'error', line: 4 }]);
  });

  it('keeps Prometheus-style templates inside ConfigMap data: that is data, not Helm', () => {
    const outcome = collectText(`apiVersion: v1
kind: ConfigMap
metadata:
  name: alerts
data:
  rules.yaml: |
    summary: "{{ $labels.instance }} is down"
    {{ range .Alerts }}{{ end }}
    title: '{{ template "slack.default.title" . }}'
`);
    expect(outcome.status).toBe('analysed');
    if (outcome.status !== 'analysed') return;
    expect(outcome.diagnostics).toEqual([]);
    expect(idsAndLines(outcome.document)).toEqual(['default/ConfigMap/alerts@2']);
  });

  it('skips a file that does not parse, with the parse error at its line', () => {
    const outcome = collectText('apiVersion: v1\nkind: Service\nmetadata:\n  name: [unclosed\n');
    expect(outcome.status).toBe('skipped');
    if (outcome.status !== 'skipped') return;
    expect(outcome.reason).toBe('parse-error');
    expect(outcome.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['parse-error']);
  });

  it('rejects duplicate keys in JSON manifests', () => {
    const outcome = collectText(
      '{"apiVersion": "v1", "kind": "Service", "kind": "Pod", "metadata": {"name": "a"}}',
      'a.json',
    );
    expect(outcome.status).toBe('skipped');
    if (outcome.status !== 'skipped') return;
    expect(outcome.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['duplicate-key']);
  });
});
