import { type AcceptancesPolicy, acceptancesSection } from '../sections/acceptances.js';

/** The acceptances section of a loaded policy, or its defaults while the schema does not carry it. */
export function acceptancesPolicyOf(policy: object): AcceptancesPolicy {
  const section = (policy as { acceptances?: AcceptancesPolicy }).acceptances;
  return section ?? acceptancesSection.parse({});
}
