/** Agent hook payloads in each agent's documented shape, and secrets built at test time (never stored). */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export function awsKeyId(): string {
  let body = '';
  for (let i = 0; i < 16; i++) body += BASE32[Math.floor(Math.random() * BASE32.length)];
  return `AKIA${body}`;
}

export function claude(event: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    session_id: 's1',
    transcript_path: '/tmp/t.jsonl',
    cwd: '/nonexistent-bulwark-test',
    hook_event_name: event,
    ...fields,
  };
}

export function cursor(event: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    conversation_id: 'c1',
    generation_id: 'g1',
    hook_event_name: event,
    workspace_roots: ['/nonexistent-bulwark-test'],
    ...fields,
  };
}

export function gemini(event: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    session_id: 's1',
    transcript_path: '',
    cwd: '/nonexistent-bulwark-test',
    hook_event_name: event,
    timestamp: '2026-01-01T00:00:00Z',
    ...fields,
  };
}
