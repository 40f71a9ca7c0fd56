import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { createMcpServer, type McpServerOptions } from '../../src/agents/mcp-server.js';
import { startRegistry } from '../deps/verify/registry-server.js';

async function checkPackage(options: McpServerOptions, args: Record<string, string>) {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createMcpServer(options).connect(serverSide);
  const client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(clientSide);
  const result = (await client.callTool({ name: 'check_package', arguments: args })) as { content: { text: string }[] };
  await client.close();
  return JSON.parse(result.content[0]?.text ?? '{}') as { lookup: string; verdict: string; risks: { kind: string }[] };
}

test('check_package offline: a typosquat of a popular name is flagged without any look-up', async () => {
  const result = await checkPackage({}, { name: 'expresss' });
  assert.equal(result.lookup, 'offline');
  assert.ok(result.risks.some((risk) => risk.kind === 'typosquat'));
});

test('check_package online asks the registry (a local one here) whether the package exists', async () => {
  const registry = await startRegistry();
  try {
    const options: McpServerOptions = {
      online: true,
      endpoints: { npmRegistry: registry.url, npmDownloads: registry.url, pypi: registry.url },
      cacheDir: mkdtempSync(join(tmpdir(), 'bulwark-mcp-cache-')),
    };
    const known = await checkPackage(options, { name: 'express', version: '1.1.0' });
    assert.equal(known.lookup, 'online');
    assert.equal(known.verdict, 'ok');
    const invented = await checkPackage(options, { name: 'express-jwt-auth-helper-pro' });
    assert.ok(
      invented.risks.some((risk) => risk.kind === 'not-found'),
      JSON.stringify(invented.risks),
    );
  } finally {
    await registry.close();
  }
});
