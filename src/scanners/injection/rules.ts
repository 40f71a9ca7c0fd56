import type { RuleMeta } from '../../core/rule.js';

/** The injection scanner's rules as data; every finding names one of these ids. */

const HELP = 'https://github.com/bulwark-security/bulwark/blob/main/docs/rules/injection.md';
const PROMPT_CWE = ['CWE-1427'];

function rule(meta: Omit<RuleMeta, 'helpUri' | 'tags'> & { tags?: string[] }): RuleMeta {
  return {
    ...meta,
    helpUri: `${HELP}#${meta.id.replace('injection/', '')}`,
    tags: ['injection', ...(meta.tags ?? [])],
  };
}

export const RULES = {
  tagSmuggling: rule({
    id: 'injection/unicode-tag-smuggling',
    title: 'Hidden text in Unicode tag characters',
    description:
      'Unicode tag characters (U+E0000-U+E007F) render as nothing but an AI model reads them as text: a known way to smuggle instructions past a human reviewer.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-1427', 'CWE-451'],
    remediation: 'Delete the tag characters; legitimate text uses them only inside flag emoji sequences.',
    tags: ['hidden-unicode'],
  }),
  invisible: rule({
    id: 'injection/invisible-characters',
    title: 'Invisible or zero-width characters',
    description:
      'Zero-width and invisible format characters hide text from reviewers, make identical-looking identifiers differ, or encode data a model can read.',
    severity: 'medium',
    confidence: 'medium',
    cwe: ['CWE-1427', 'CWE-451'],
    remediation: 'Remove the invisible characters, or write them as escapes (\\u200B) where they are really needed.',
    tags: ['hidden-unicode'],
  }),
  bidi: rule({
    id: 'injection/bidi-reordering',
    title: 'Bidirectional control characters reorder text (Trojan Source)',
    description:
      'Bidi override, embedding and isolate controls make text display in a different order than it is read by compilers and models (CVE-2021-42574).',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-451', 'CWE-1427'],
    remediation:
      'Remove the bidi controls, or balance them within the RTL text they belong to and write them as escapes in code.',
    tags: ['hidden-unicode', 'trojan-source'],
  }),
  variationSelectors: rule({
    id: 'injection/variation-selector-smuggling',
    title: 'Variation selectors outside emoji or ideographic sequences',
    description:
      'Variation selectors render as nothing; a run of them after a character can encode arbitrary bytes that a model decodes.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-1427', 'CWE-451'],
    remediation: 'Delete the variation selectors that do not follow an emoji or CJK ideograph.',
    tags: ['hidden-unicode'],
  }),
  privateUse: rule({
    id: 'injection/private-use-characters',
    title: 'Private-use characters',
    description:
      'Private-use code points have no standard meaning or glyph: reviewers cannot see what a model will read.',
    severity: 'low',
    confidence: 'medium',
    cwe: ['CWE-451'],
    remediation: 'Replace them with standard characters or escapes (icon fonts: use CSS escapes such as "\\e900").',
    tags: ['hidden-unicode'],
  }),
  mixedScript: rule({
    id: 'injection/mixed-script-identifier',
    title: 'Identifier mixes Latin with look-alike Cyrillic or Greek letters',
    description:
      'An identifier that mixes scripts looks like an ASCII name but is a different one: a homoglyph attack on reviewers and tools.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-1007'],
    remediation: 'Retype the identifier in one script.',
    tags: ['homoglyph'],
  }),
  confusable: rule({
    id: 'injection/confusable-identifier',
    title: 'Identifier is a look-alike of another identifier in the file',
    description:
      'The identifier is written in non-Latin letters that look exactly like an ASCII identifier used in the same file.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-1007'],
    remediation: 'Rename one of the two identifiers so they differ visibly.',
    tags: ['homoglyph'],
  }),
  override: rule({
    id: 'injection/instruction-override',
    title: 'Instruction to an AI to ignore its previous instructions',
    description:
      'Text that tells an AI model to ignore, forget or replace its instructions: the core of prompt injection.',
    severity: 'high',
    confidence: 'medium',
    cwe: PROMPT_CWE,
    remediation: 'Remove the text; if it documents an attack, quote it in a code span so it reads as an example.',
    tags: ['prompt-injection'],
  }),
  role: rule({
    id: 'injection/role-impersonation',
    title: 'System or role impersonation aimed at an AI model',
    description:
      'Chat-template markers, fake system messages or jailbreak personas that try to change who the model obeys.',
    severity: 'medium',
    confidence: 'medium',
    cwe: PROMPT_CWE,
    remediation: 'Remove the impersonated role markers from content an assistant reads.',
    tags: ['prompt-injection'],
  }),
  toolUse: rule({
    id: 'injection/tool-use-instruction',
    title: 'Instruction to an AI agent to run tools or commands',
    description: 'Text addressed to an AI agent that asks it to run a command or call a tool.',
    severity: 'medium',
    confidence: 'medium',
    cwe: [...PROMPT_CWE, 'CWE-77'],
    remediation: 'Remove the instruction; agents must not take orders from repository content.',
    tags: ['prompt-injection'],
  }),
  downloadExecute: rule({
    id: 'injection/download-and-execute',
    title: 'Download-and-execute command in instruction context',
    description: 'A command that fetches remote code and runs it, placed where an AI agent reads it as an instruction.',
    severity: 'high',
    confidence: 'medium',
    cwe: [...PROMPT_CWE, 'CWE-494'],
    remediation: 'Remove the command; pin and verify anything that must be downloaded.',
    tags: ['prompt-injection'],
  }),
  exfiltration: rule({
    id: 'injection/exfiltration-instruction',
    title: 'Instruction to send secrets or local files elsewhere',
    description: 'Text that asks for keys, environment variables, SSH keys or .env files to be sent to another party.',
    severity: 'high',
    confidence: 'medium',
    cwe: [...PROMPT_CWE, 'CWE-200'],
    remediation: 'Remove the instruction and check the history for who added it.',
    tags: ['prompt-injection', 'exfiltration'],
  }),
  imageExfiltration: rule({
    id: 'injection/markdown-image-exfiltration',
    title: 'Markdown image URL built from placeholders (data exfiltration)',
    description:
      'An image whose URL query is filled from a placeholder makes a model leak data when it renders the image.',
    severity: 'high',
    confidence: 'medium',
    cwe: [...PROMPT_CWE, 'CWE-200'],
    remediation: 'Remove the image or give it a fixed URL.',
    tags: ['prompt-injection', 'exfiltration'],
  }),
  hiddenComment: rule({
    id: 'injection/hidden-comment-instruction',
    title: 'Instructions hidden in an HTML comment',
    description:
      'A Markdown HTML comment is invisible when rendered but read by AI models; this one holds instructions.',
    severity: 'high',
    confidence: 'medium',
    cwe: PROMPT_CWE,
    remediation: 'Delete the comment or move its content into visible text a reviewer can judge.',
    tags: ['prompt-injection'],
  }),
  concealment: rule({
    id: 'injection/concealment-instruction',
    title: 'Instruction to hide actions from the user',
    description: 'Text that asks an assistant not to tell the user what it does: typical of injected instructions.',
    severity: 'medium',
    confidence: 'medium',
    cwe: PROMPT_CWE,
    remediation: 'Remove the instruction.',
    tags: ['prompt-injection'],
  }),
  agentCommand: rule({
    id: 'injection/agent-config-command',
    title: 'Agent configuration runs a risky command',
    description:
      'A hook, MCP server or auto-run task in agent or editor configuration runs a command that downloads and executes code, reaches the network or reads secrets.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-494', 'CWE-77'],
    remediation:
      'Review the command; pin packages, remove network access and secret reads from hooks and auto-run tasks.',
    tags: ['agent-config'],
  }),
  unpinnedPackage: rule({
    id: 'injection/agent-config-unpinned-package',
    title: 'Agent configuration runs an unpinned package',
    description:
      'An MCP server or hook starts a package through npx/uvx/dlx without a fixed version, so whatever is published next runs with your privileges.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-494', 'CWE-1357'],
    remediation: 'Pin an exact version (npx -y package@1.2.3) or install the package as a dependency.',
    tags: ['agent-config'],
  }),
} satisfies Record<string, RuleMeta>;

export type InjectionRuleKey = keyof typeof RULES;

export const INJECTION_RULES: readonly RuleMeta[] = Object.values(RULES);
