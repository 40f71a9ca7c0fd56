import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../../src/core/finding.js';
import {
  decideForAiAssisted,
  securityReviewFindings,
  securityReviewRequirements,
} from '../../../src/policy/ai-assisted/index.js';
import { decide } from '../../../src/policy/decide.js';
import { defaultPolicy } from '../../../src/policy/load.js';
import { aiAssistedSection } from '../../../src/policy/sections/ai-assisted.js';
import type { LedgerEntry } from '../../../src/provenance/index.js';

const ai = aiAssistedSection.parse({});
const SHA = 'd'.repeat(40);

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'sast-xss',
    scanner: 'sast',
    severity: 'medium',
    confidence: 'high',
    title: 't',
    message: 'm',
    location: { path: 'src/view.ts', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    snippet: '',
    cwe: [],
    remediation: '',
    fingerprint: 'f',
    ...overrides,
  };
}

function entry(commit: string, securityReview: boolean): LedgerEntry {
  return {
    seq: 1,
    date: '2026-02-01',
    commit,
    ai_model: 'm',
    task_summary: 't',
    human_reviewer: 'Dana',
    security_review: securityReview,
    modifications_made: [],
    data_classification: 'internal',
    context_sanitised: true,
    prompt_hash: null,
    files: [],
    signer: null,
    prev_hash: '0',
    hash: '1',
  };
}

test('a medium SAST finding blocks in an AI-assisted change but only needs review otherwise', () => {
  const policy = defaultPolicy();
  const human = finding({});
  const base = decide(human, policy);
  assert.equal(base.decision, 'review');
  assert.deepEqual(decideForAiAssisted(human, ai, base), base);
  const assisted = finding({ provenance: { aiAssisted: true, commit: SHA } });
  const strict = decideForAiAssisted(assisted, ai, decide(assisted, policy));
  assert.equal(strict.decision, 'block');
  assert.match(strict.reason, /ai_assisted\.sast\.block_on includes medium/);
});

test('a high advisory blocks in an AI-assisted change; stricter thresholds never loosen the base decision', () => {
  const dep = finding({
    scanner: 'deps',
    ruleId: 'deps-vulnerable-package',
    severity: 'high',
    provenance: { aiAssisted: true },
  });
  assert.equal(decide(dep, defaultPolicy()).decision, 'review');
  assert.equal(decideForAiAssisted(dep, ai, decide(dep, defaultPolicy())).decision, 'block');
  const lax = aiAssistedSection.parse({ sast: { block_on: [], review_on: [] } });
  const high = finding({ severity: 'high', provenance: { aiAssisted: true } });
  assert.equal(decideForAiAssisted(high, lax, { decision: 'block', reason: 'sast' }).decision, 'block');
  const info = finding({ severity: 'info', provenance: { aiAssisted: true } });
  assert.equal(decideForAiAssisted(info, ai, { decision: 'inform', reason: 'x' }).decision, 'inform');
});

test('an informational finding on a security path is raised to review without a ledger security review', () => {
  const f = finding({
    severity: 'info',
    location: { path: 'src/auth/login.ts', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    provenance: { aiAssisted: true, commit: SHA },
  });
  assert.equal(decideForAiAssisted(f, ai, { decision: 'inform', reason: 'x' }, [entry(SHA, false)]).decision, 'review');
  assert.equal(decideForAiAssisted(f, ai, { decision: 'inform', reason: 'x' }, [entry(SHA, true)]).decision, 'inform');
});

test('AI-assisted changes to security-sensitive paths need a ledger security review', () => {
  const reviewed = 'e'.repeat(40);
  const ledger = new Map([
    [reviewed.slice(0, 10), [entry(reviewed.slice(0, 10), true)]],
    [SHA, [entry(SHA, false)]],
  ]);
  const changed = [
    { path: 'src/auth/login.ts', aiAssisted: true, commit: SHA },
    { path: 'lib/crypto/aes.ts', aiAssisted: true, commit: reviewed },
    { path: 'src/session-store.ts', aiAssisted: false, commit: SHA },
    { path: 'src/view.ts', aiAssisted: true, commit: SHA },
  ];
  const requirements = securityReviewRequirements(changed, ai, ledger);
  assert.deepEqual(
    requirements.map((r) => [r.path, r.reviewed]),
    [
      ['src/auth/login.ts', false],
      ['lib/crypto/aes.ts', true],
    ],
  );
  const findings = securityReviewFindings(requirements, ai);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]?.ruleId, 'ai-security-review-required');
  assert.equal(findings[0]?.scanner, 'policy');
  assert.equal(findings[0]?.decision, 'block');
  assert.equal(
    securityReviewFindings(requirements, aiAssistedSection.parse({ require_ledger_entry: false })).length,
    0,
  );
});
