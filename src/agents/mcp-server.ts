import type { Readable, Writable } from 'node:stream';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { classify } from '../context/classify.js';
import type { HasAiContext } from '../context/policy.js';
import { sanitize } from '../context/sanitize.js';
import type { Finding } from '../core/finding.js';
import type { ScanContext } from '../core/scanner.js';
import type { Endpoints } from '../deps/verify/registry-info.js';
import { verifyPackages } from '../deps/verify/verify.js';
import { defaultPolicy } from '../policy/load.js';
import type { Policy } from '../policy/types.js';
import { scanTextForInjection } from '../scanners/injection/index.js';
import { scanSecretsChunk } from '../scanners/secrets/index.js';
import { VERSION } from '../version.js';

export interface McpServerOptions {
  policy?: Policy;
  root?: string;
  /** check_package asks the package registries (otherwise only the offline typosquat check runs). */
  online?: boolean;
  /** Registry base URLs for check_package (tests, mirrors). */
  endpoints?: Partial<Endpoints>;
  /** Where registry answers are cached (default: the user cache folder). */
  cacheDir?: string;
}

function brief(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    scanner: finding.scanner,
    severity: finding.severity,
    title: finding.title,
    message: finding.message,
    line: finding.location.startLine,
    column: finding.location.startColumn,
    snippet: finding.snippet,
  };
}

/** Secrets (masked) and injection findings in a text: the data behind the scan_snippet tool. */
export function scanSnippet(text: string, path: string, policy: Policy, root = '.'): ReturnType<typeof brief>[] {
  const context: ScanContext = { root, policy, options: { online: false }, skip() {}, note() {} };
  const secrets = scanSecretsChunk({ path, text }, context).filter((finding) => !finding.suppressed);
  return [...secrets, ...scanTextForInjection(text, path)].map(brief);
}

function jsonResult(value: unknown) {
  return { content: [{ type: 'text' as const, text: JSON.stringify(value, null, 2) }] };
}

/** The Bulwark MCP server: scan_snippet, sanitize and classify, all local, nothing leaves the machine. */
export function createMcpServer(options: McpServerOptions = {}): McpServer {
  const policy = options.policy ?? defaultPolicy();
  // The whole policy carries ai_context once the lead wires that section into the schema.
  const aiPolicy = policy as unknown as HasAiContext;
  const server = new McpServer({ name: 'bulwark', version: VERSION });
  server.registerTool(
    'scan_snippet',
    {
      title: 'Scan text for secrets and prompt injection',
      description:
        'Find secrets (values masked) and prompt injection or hidden Unicode in a text. Use before pasting text into a prompt or trusting fetched content.',
      inputSchema: {
        text: z.string().describe('The text to scan.'),
        path: z
          .string()
          .optional()
          .describe('File name the text comes from (selects file-type rules), e.g. README.md.'),
      },
    },
    async ({ text, path }) => {
      const findings = scanSnippet(text, path ?? 'snippet.txt', policy, options.root);
      return jsonResult({ findings, count: findings.length });
    },
  );
  server.registerTool(
    'sanitize',
    {
      title: 'Sanitise text before it reaches an AI',
      description: 'Replace secrets, PII, internal hosts and other sensitive values in a text (redact, mask or hash).',
      inputSchema: {
        text: z.string().describe('The text to sanitise.'),
        mode: z
          .enum(['redact', 'mask', 'hash'])
          .optional()
          .describe('How to replace values (default: the policy default).'),
        path: z.string().optional().describe('File name the text comes from (format-aware replacement).'),
      },
    },
    async ({ text, mode, path }) => {
      const result = sanitize(text, { policy: aiPolicy, ...(mode ? { mode } : {}), ...(path ? { path } : {}) });
      return jsonResult({ text: result.text, replacements: result.replacements });
    },
  );
  server.registerTool(
    'classify',
    {
      title: 'Classify text for AI context',
      description: 'Say whether a text is safe, requires sanitisation or must never be given to an AI, and why.',
      inputSchema: {
        text: z.string().describe('The text to classify.'),
        path: z.string().optional().describe('File name (never-include globs apply to it).'),
      },
    },
    async ({ text, path }) => jsonResult(classify(text, { policy: aiPolicy, ...(path ? { path } : {}) })),
  );
  server.registerTool(
    'check_package',
    {
      title: 'Check a package before adding it',
      description:
        'Before suggesting or installing a dependency: does it exist on its registry, is it a typo of a popular package, how old and how used is it, does it run install scripts. Offline unless the server was started with --online (then only the typosquat check runs).',
      inputSchema: {
        name: z.string().describe('Package name, e.g. express or @types/node.'),
        version: z.string().optional().describe('Version to check (default: latest).'),
        ecosystem: z.enum(['npm', 'PyPI']).optional().describe('Registry (default npm).'),
      },
    },
    async ({ name, version, ecosystem }) => {
      const [result] = await verifyPackages(
        [{ ecosystem: ecosystem ?? 'npm', name, ...(version ? { version } : {}) }],
        {
          offline: options.online !== true,
          ...(options.endpoints ? { endpoints: options.endpoints } : {}),
          ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
          env: process.env,
        },
      );
      return jsonResult(result);
    },
  );
  return server;
}

/** Serve over stdio until the client closes the connection. */
export async function runMcpServer(stdin: Readable, stdout: Writable, options: McpServerOptions = {}): Promise<void> {
  const server = createMcpServer(options);
  const transport = new StdioServerTransport(stdin, stdout);
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    stdin.once('end', () => resolve());
  });
  await server.connect(transport);
  await closed;
  await server.close();
}
