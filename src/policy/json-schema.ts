import { z } from 'zod';
import { policySchema } from './schema.js';

/** The JSON Schema of security-policy.yaml, for editors (yaml-language-server) and CI validation. */
export function policyJsonSchema(): object {
  const schema = z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://bulwark.dev/schema/security-policy.json',
    title: 'Bulwark security policy (security-policy.yaml)',
  };
}
