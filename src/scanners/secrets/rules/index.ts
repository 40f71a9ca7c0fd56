import type { SecretRule } from '../rule-types.js';
import { aiRules } from './ai.js';
import { chatRules } from './chat.js';
import { cloudRules } from './cloud.js';
import { databaseRules } from './databases.js';
import { genericRules } from './generic.js';
import { keyRules } from './keys.js';
import { kubernetesRules } from './kubernetes.js';
import { paymentRules } from './payments.js';
import { saasRules } from './saas.js';
import { vcsRules } from './vcs.js';

/** Every secrets rule, one family per file. */
export const secretRules: readonly SecretRule[] = [
  ...keyRules,
  ...cloudRules,
  ...vcsRules,
  ...paymentRules,
  ...chatRules,
  ...aiRules,
  ...saasRules,
  ...databaseRules,
  ...kubernetesRules,
  ...genericRules,
];
