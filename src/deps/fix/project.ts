import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configError } from '../../core/errors.js';
import { matchPackage } from '../osv/match.js';
import { AdvisoryDb } from '../osv/store.js';
import { loadProjectPackages, type ProjectPackages } from '../sbom/project.js';
import { vulnerabilityFromMatch } from './from-matches.js';
import { planFixes } from './plan.js';
import type { FixPlan, VulnerabilityInput } from './types.js';

export interface ProjectFixPlan {
  project: ProjectPackages;
  vulnerabilities: VulnerabilityInput[];
  plan: FixPlan;
  readFile: (relPath: string) => string | undefined;
}

/** Read the lockfiles under `root`, match them against the offline advisory database and plan the upgrades. */
export async function planProjectFixes(root: string, dbDir: string): Promise<ProjectFixPlan> {
  const db = new AdvisoryDb(dbDir);
  if (db.isEmpty) {
    throw configError(
      `the advisory database at ${dbDir} is empty`,
      'run `bulwark db import` or `bulwark db update` first, or pass --db DIR',
    );
  }
  const project = await loadProjectPackages(root);
  const vulnerabilities = project.packages.flatMap((pkg) =>
    matchPackage(pkg, db.lookup(pkg.ecosystem, pkg.name)).map((match) => vulnerabilityFromMatch(pkg, match)),
  );
  const readFile = (rel: string) => {
    try {
      return readFileSync(join(root, rel), 'utf8');
    } catch {
      return undefined;
    }
  };
  return { project, vulnerabilities, plan: planFixes(project.packages, vulnerabilities, { readFile }), readFile };
}
