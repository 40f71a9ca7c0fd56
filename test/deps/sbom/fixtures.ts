import { createHash } from 'node:crypto';
import type { Package } from '../../../src/deps/types.js';

export function sri(text: string): string {
  return `sha512-${createHash('sha512').update(text).digest('base64')}`;
}

export function pkg(partial: Partial<Package> & Pick<Package, 'name' | 'version'>): Package {
  return {
    ecosystem: 'npm',
    direct: false,
    dev: false,
    source: 'package-lock.json',
    path: [partial.name],
    ...partial,
  };
}

/** A small npm + PyPI project: express -> body-parser -> qs, a scoped dev dependency, a Python lockfile. */
export function samplePackages(): Package[] {
  return [
    pkg({
      name: 'express',
      version: '4.18.2',
      direct: true,
      license: 'MIT',
      integrity: [sri('express')],
      dependencies: ['body-parser@1.20.1'],
    }),
    pkg({
      name: 'body-parser',
      version: '1.20.1',
      license: 'MIT',
      integrity: [sri('body-parser')],
      dependencies: ['qs@6.11.0'],
    }),
    pkg({ name: 'qs', version: '6.11.0', license: 'BSD-3-Clause', integrity: [sri('qs')] }),
    pkg({ name: '@types/node', version: '20.1.0', direct: true, dev: true, license: 'MIT' }),
    pkg({ name: 'weird-license', version: '1.0.0', direct: true, license: 'SEE LICENSE IN LICENSE.md' }),
    pkg({ name: 'dual', version: '2.0.0', direct: true, license: '(MIT OR Apache-2.0)' }),
    pkg({
      ecosystem: 'PyPI',
      name: 'Requests',
      version: '2.31.0',
      direct: true,
      source: 'requirements.txt',
      integrity: [`sha256:${createHash('sha256').update('r').digest('hex')}`],
    }),
    // The same package found again in a second lockfile: must appear once.
    pkg({ name: 'qs', version: '6.11.0', source: 'packages/web/package-lock.json', license: 'BSD-3-Clause' }),
  ];
}
