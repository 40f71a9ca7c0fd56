// Adds the platform-specific optional packages (other operating systems and CPUs) that this machine's npm leaves
// out of package-lock.json, so `npm ci` accepts the lockfile everywhere. Asks the registry through `npm view` for
// each missing package's integrity and platform fields. Run after changing dependencies:
//   node scripts/complete-lockfile.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const OSES = ['android', 'darwin', 'win32', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony', 'linux'];
const CPUS = ['arm64', 'x64', 'ia32', 'riscv64', 's390x', 'ppc64', 'loong64', 'mips64el', 'arm', 'wasm32'];

/**
 * The registry's platform fields, or (when this machine's registry does not serve a foreign-platform package) the
 * platform read from the package's name, which is how these packages are named. Without integrity npm ci still
 * accepts the entry and skips it on other platforms.
 */
function viewOrGuess(name, version) {
  try {
    return JSON.parse(
      execFileSync(
        'npm',
        ['view', `${name}@${version}`, 'dist.integrity', 'os', 'cpu', 'libc', 'license', 'engines', '--json'],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        },
      ),
    );
  } catch {
    const base = name.split('/').pop();
    const os = OSES.find((candidate) => base.includes(candidate));
    const cpu = CPUS.find((candidate) => new RegExp(`(^|-)${candidate}($|-)`).test(base));
    const wasm = /wasm|wasi/.test(base);
    return {
      ...(os ? { os: [os] } : {}),
      ...(cpu || wasm ? { cpu: [wasm ? 'wasm32' : cpu] } : {}),
      ...(base.includes('musl') ? { libc: ['musl'] } : base.includes('gnu') ? { libc: ['glibc'] } : {}),
    };
  }
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || packages[`${path}/node_modules/${name}`]) continue;
    const info = viewOrGuess(name, version);
    packages[key] = {
      version,
      ...(info['dist.integrity'] ? { integrity: info['dist.integrity'] } : {}),
      ...(info.cpu ? { cpu: info.cpu } : {}),
      ...(entry.dev ? { dev: true } : {}),
      ...(entry.devOptional ? { devOptional: true } : {}),
      ...(info.libc ? { libc: [].concat(info.libc) } : {}),
      ...(info.license ? { license: info.license } : {}),
      optional: true,
      ...(info.os ? { os: info.os } : {}),
      ...(info.engines ? { engines: info.engines } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform packages to package-lock.json`);
