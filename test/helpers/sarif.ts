import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';

// ajv-draft-04 is CommonJS; load its class through require so the types line up under NodeNext.
const Ajv = (
  createRequire(import.meta.url)('ajv-draft-04') as {
    default: new (options: object) => { compile(schema: object): ValidateFunction };
  }
).default;

const schema = JSON.parse(
  readFileSync(new URL('../fixtures/schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
);
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);

export interface SarifLog {
  runs: Array<{
    tool: {
      driver: {
        rules: Array<{ id: string; properties: { cwe: string[]; tags: string[]; 'security-severity': string } }>;
      };
    };
    results: Array<{
      ruleId: string;
      level: string;
      partialFingerprints: Record<string, string>;
      locations: Array<{
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; snippet?: { text: string } };
        };
      }>;
      properties: Record<string, unknown>;
      suppressions?: unknown[];
      codeFlows?: unknown[];
    }>;
    invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }>;
  }>;
}

/** Parse a SARIF file and assert it is valid against the official SARIF 2.1.0 schema. */
export function readValidSarif(path: string): SarifLog {
  const log = JSON.parse(readFileSync(path, 'utf8')) as SarifLog;
  const valid = validate(log);
  assert.ok(valid, `SARIF is not valid: ${JSON.stringify(validate.errors?.slice(0, 3), null, 1)}`);
  return log;
}
