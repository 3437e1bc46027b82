import { describe, expect, it } from 'vitest';
import { parseSpan, scanReport, TruncatedJsonError } from '../../src/trivy-gate/json-scan.js';
import { fixtureNames, fixtureText } from './fixtures.js';

const LISTS = new Set(['Vulnerabilities', 'Misconfigurations', 'Secrets', 'ExperimentalModifiedFindings', 'Packages']);

/** The skeleton put back together, to compare with one JSON.parse of the same bytes. */
function reassemble(bytes: Buffer) {
  const skeleton = scanReport(bytes, LISTS)!;
  const whole: Record<string, unknown> = { ...skeleton.top };
  if (Array.isArray(skeleton.results)) {
    whole['Results'] = skeleton.results.map((result) => ({
      ...result.fields,
      ...Object.fromEntries(
        Object.entries(result.lists).map(([name, spans]) => [name, spans.map((span) => parseSpan(bytes, span))]),
      ),
    }));
  }
  return whole;
}

describe('scanReport', () => {
  for (const name of fixtureNames('json')) {
    it(`reads ${name} exactly as JSON.parse does`, () => {
      const text = fixtureText('json', name);
      expect(reassemble(Buffer.from(text))).toEqual(JSON.parse(text));
    });
  }

  it('handles escapes, nesting and non-ASCII text inside values', () => {
    const report = {
      SchemaVersion: 2,
      ArtifactName: 'a "quoted" \\ name ]}',
      Results: [
        {
          Target: 'é/ü',
          Vulnerabilities: [
            { VulnerabilityID: 'CVE-1', Title: 'brackets ] } [ { and "quotes"', Nested: { a: [1, { b: null }] } },
            { n: -1.5e3, t: true },
          ],
        },
        { Target: 'empty', Vulnerabilities: [] },
      ],
    };
    for (const text of [
      JSON.stringify(report),
      JSON.stringify(report, null, 2),
      JSON.stringify(report, null, '\t').replace(/\n/g, '\r\n'),
    ]) {
      expect(reassemble(Buffer.from(text))).toEqual(report);
    }
  });

  it('says undefined for a document that is not an object, so the caller can say what it is', () => {
    expect(scanReport(Buffer.from(' [1, 2] '), LISTS)).toBeUndefined();
    expect(scanReport(Buffer.from('null'), LISTS)).toBeUndefined();
  });

  it('knows a truncated document from a malformed one', () => {
    const text = fixtureText('json', 'image-alpine-39.json');
    for (const cut of [1, 100, Math.floor(text.length / 2), text.trimEnd().length - 1]) {
      expect(() => scanReport(Buffer.from(text.slice(0, cut)), LISTS), `cut at ${cut}`).toThrow(TruncatedJsonError);
    }
    const malformed = [
      '{"SchemaVersion": 2 "ArtifactName": "x"}',
      '{"SchemaVersion": 2,}',
      '{"Results": [{"Vulnerabilities": [{"a": 1} {"b": 2}]}]}',
      '{"Results": [{"Vulnerabilities": [{"a": tru}]}]}',
      '{"SchemaVersion": 2} trailing',
      "{'SchemaVersion': 2}",
    ];
    for (const text of malformed) {
      expect(() => {
        const skeleton = scanReport(Buffer.from(text), LISTS);
        // leaves are parsed when read: a bad finding is found then
        for (const result of Array.isArray(skeleton?.results) ? skeleton.results : [])
          for (const spans of Object.values(result.lists)) spans.forEach((span) => parseSpan(Buffer.from(text), span));
      }, text).toThrow(SyntaxError);
    }
  });
});
