import type { InjectionRuleKey } from './rules.js';

/**
 * Signals of instructions aimed at an AI model, as data. A finding's severity comes from the sum of the weights of
 * the distinct signals in the same paragraph or comment (see instructions.ts), so ordinary wording that hits one
 * weak signal stays at info/low.
 */
export type SignalKind =
  | 'override'
  | 'override-weak'
  | 'jailbreak'
  | 'role-marker'
  | 'tool'
  | 'download-exec'
  | 'exfil'
  | 'conceal'
  | 'ai-address';

export interface SignalDef {
  kind: SignalKind;
  /** The rule a finding led by this signal reports; undefined for boosters that never lead. */
  rule?: InjectionRuleKey;
  weight: number;
  /** Global regexes. Non-English forms sit next to the English ones. */
  patterns: readonly RegExp[];
  /** The verb must start a clause (imperative), checked on the text before the match. */
  imperative?: boolean;
}

const STRONG_OBJECT = String.raw`(?:instructions?|prompts?|directives?|system\s+prompt|programming|orders)`;
const WEAK_OBJECT = '(?:rules|guidelines|guidance|context|messages?|commands|conversation|constraints|restrictions)';
const BEFORE = '(?:previous|prior|preceding|above|earlier|foregoing|original|initial|system|existing|old)';

export const SIGNALS: readonly SignalDef[] = [
  {
    kind: 'override',
    rule: 'override',
    weight: 4,
    patterns: [
      new RegExp(
        String.raw`\b(?:ignore|disregard|forget|override|bypass|discard)\s+(?:(?:all|any|every|each|of|the|your|my)\s+)*${BEFORE}\s+(?:\w+\s+)?${STRONG_OBJECT}\b`,
        'gi',
      ),
      new RegExp(
        String.raw`\b(?:ignore|disregard|forget|discard)\s+(?:all\s+)?(?:of\s+)?your\s+(?:\w+\s+)?${STRONG_OBJECT}\b`,
        'gi',
      ),
      // German, French, Spanish, Portuguese, Italian
      /\b(?:ignorier(?:e|en|t)?|vergiss|vergessen\s+sie|missachte)\s+(?:(?:alle|bitte|die|s[äa]mtliche)\s+)*(?:vorherigen|bisherigen|obigen|vorigen|deine|ihre|fr[üu]heren)\s+(?:\S+\s+)?(?:anweisungen|instruktionen|befehle|vorgaben)/gi,
      /\b(?:ignore[zr]?|oublie[zr]?)\s+(?:toutes\s+)?(?:les\s+|tes\s+|vos\s+)?(?:instructions|consignes|directives)(?:\s+(?:pr[ée]c[ée]dentes|ant[ée]rieures|ci-dessus))?/gi,
      /\b(?:ignora|ignore|olvida|olvide)\s+(?:todas\s+)?(?:las\s+|tus\s+|sus\s+)?(?:instrucciones|indicaciones)(?:\s+(?:anteriores|previas))?/gi,
      /\b(?:ignore|ignora|esque[çc]a)\s+(?:todas\s+)?(?:as\s+|suas\s+)?(?:instru[çc][õo]es)(?:\s+(?:anteriores|pr[ée]vias))?/gi,
      /\b(?:ignora|dimentica)\s+(?:tutte\s+)?(?:le\s+)?(?:tue\s+)?istruzioni(?:\s+precedenti)?/gi,
      // Chinese, Japanese, Russian
      /(?:忽略|无视|忽视|忘记|忘掉|無視|忘記)掉?你?(?:之前|以上|上面|先前|上述|前面|所有|全部|你的|的)+(?:指令|指示|说明|說明|提示词|规则|设定)/g,
      /(?:以前|これまで|上記|前|先ほど)の(?:すべての|全ての)?(?:指示|命令|プロンプト)(?:を|は)?(?:すべて)?(?:無視|忘れ)/g,
      /(?:игнорируй(?:те)?|проигнорируй(?:те)?|забудь(?:те)?)\s+(?:все\s+)?(?:предыдущие\s+|свои\s+|прошлые\s+|твои\s+|ваши\s+)?(?:инструкции|указания|команды)/gi,
    ],
  },
  {
    kind: 'override-weak',
    rule: 'override',
    weight: 2,
    patterns: [
      new RegExp(String.raw`\b(?:ignore|disregard|forget)\s+(?:(?:all|any|the)\s+)*${BEFORE}\s+${WEAK_OBJECT}\b`, 'gi'),
      /\b(?:ignore|disregard|forget)\s+(?:(?:all|everything|anything)\s+)?(?:the\s+)?(?:above|before\s+this|said\s+before|you\s+were\s+told)\b/gi,
      /(?<=\b(?:new|updated|real|actual|revised)\s+)instructions\s*:/gi,
      /\bfrom\s+now\s+on,?\s+you\s+(?:will|must|are|should)\b/gi,
      /\byour\s+(?:new|real|actual)\s+(?:task|goal|instructions|purpose)\s+(?:is|are)\b/gi,
    ],
  },
  {
    kind: 'jailbreak',
    rule: 'role',
    weight: 4,
    patterns: [
      /\byou\s+are\s+now\s+(?:DAN\b|in\s+(?:developer|god|jailbreak|unrestricted|debug)\s+mode|an?\s+unrestricted|free\s+(?:of|from)\s+all)/gi,
      /\bDo\s+Anything\s+Now\b/g,
      /\b(?:act|pretend|roleplay)\s+(?:to\s+be\s+|as\s+)DAN\b/gi,
      /\bas\s+(?:the|your)\s+(?:system\s+administrator|administrator|sysadmin|developer|creator|owner|operator|admin)\s*,?\s+I\s+(?:hereby\s+)?(?:authori[sz]e|permit|allow|order|instruct|command)\s+you\b/gi,
      /\bI\s+am\s+your\s+(?:developer|creator|administrator|owner|operator)\b/gi,
    ],
  },
  {
    kind: 'role-marker',
    rule: 'role',
    weight: 1,
    patterns: [
      /<\|im_start\|>\s*system|<\|system\|>|<\|start_header_id\|>\s*system|\[INST\]|<<SYS>>|\[SYSTEM\]/g,
      /^[\t >*#/-]*SYSTEM\s*(?:PROMPT|MESSAGE|OVERRIDE|NOTE|UPDATE)?\s*:/gm,
      /^#{1,4}\s*(?:System|SYSTEM)\s*(?:Prompt|Message|Override)?\s*:?\s*$/gm,
    ],
  },
  {
    kind: 'tool',
    rule: 'toolUse',
    weight: 1,
    patterns: [
      /\b(?:run|execute)\s+(?:the\s+)?following\s+(?:shell\s+|bash\s+|terminal\s+|powershell\s+)?(?:commands?|scripts?|code)\b/gi,
      /\b(?:call|invoke|use)\s+the\s+[\w.-]+\s+tool\b/gi,
      /\b(?:call|invoke)\s+the\s+tool\b/gi,
      /\buse\s+(?:the\s+|your\s+)?(?:bash|shell|terminal|run_shell_command|computer|browser|fetch|web|edit|write)\s+tool\s+to\b/gi,
    ],
  },
  {
    kind: 'download-exec',
    rule: 'downloadExecute',
    weight: 1,
    patterns: [
      /\b(?:curl|wget)\b[^\n|;&]{1,200}?\|\s*(?:sudo\s+(?:-\w+\s+)*)?(?:ba|z|da|k|fi)?sh\b/gi,
      /\b(?:curl|wget)\b[^\n|;&]{1,200}?\|\s*(?:sudo\s+)?(?:python3?|node|perl|ruby|php)\b/gi,
      /\b(?:curl|wget)\b[^\n]{1,200}?(?:&&|;)\s*(?:sudo\s+)?(?:chmod\s+(?:\+|u\+|a\+|7)|(?:ba)?sh\s+\S|\.\/\S)/gi,
      /\b(?:iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^\n]{1,200}?\|\s*(?:iex|Invoke-Expression)\b/gi,
      /\b(?:iex|Invoke-Expression)\s*\(?\s*(?:\(\s*)?(?:New-Object\s+(?:System\.)?Net\.WebClient\s*\)?\s*\.DownloadString|iwr\b|irm\b|Invoke-WebRequest|Invoke-RestMethod)/gi,
      /\b(?:python3?|node|perl|ruby|bash|sh|zsh)\s+-[ce]\s+["']?\$\(\s*(?:curl|wget)\b/gi,
      /\b(?:bash|sh|zsh|source)\s+<\(\s*(?:curl|wget)\b/gi,
      /\beval\s+["']?\$\(\s*(?:curl|wget)\b/gi,
    ],
  },
  {
    kind: 'exfil',
    rule: 'exfiltration',
    weight: 3,
    imperative: true,
    patterns: [
      /\b(?:send|post|upload|transmit|exfiltrate|forward|e-?mail|leak|submit|pipe|paste)\s+(?:me\s+)?(?:(?:all|the|your|any|every|its|their|my)\s+)*(?:(?:contents?|values?|copy)\s+of\s+(?:all\s+)?(?:the\s+|your\s+)?)?(?:~\/\.ssh\b|~\/\.aws\b|~\/\.\w+|\.ssh\/|id_rsa|id_ed25519|\.env\b|\.npmrc|\.netrc|\.aws\/credentials|api[\s_-]?keys?|access[\s_-]?tokens?|secrets?|credentials|passwords?|private[\s_-]?keys?|ssh[\s_-]?keys?|environment\s+variables|env(?:ironment)?\s+vars?|tokens?|cookies|session\s+tokens?)[^\n]{0,120}?\b(?:to|at|into|via)\s+(?:https?:\/\/|[\w.-]+@[\w-]+\.|[\w-]+\.(?:com|net|org|io|dev|xyz|ru|cn|site|app|me|co)\b|the\s+(?:following\s+)?(?:url|endpoint|webhook|server|address|email)|my\s+(?:server|endpoint|webhook|email)|this\s+(?:url|endpoint|webhook|address))/gi,
    ],
  },
  {
    kind: 'conceal',
    rule: 'concealment',
    weight: 1,
    patterns: [
      /\b(?:do\s+not|don'?t|never)\s+(?:tell|inform|notify|alert|warn)\s+the\s+user\b/gi,
      /\b(?:do\s+not|don'?t|never)\s+(?:mention|reveal|disclose|show)\s+(?:this|it|that|these)(?:\s+(?:step|action|command|instruction)s?)?\b/gi,
      /\bhide\s+(?:this|it|these|that)\s+from\s+the\s+user\b/gi,
      /\bwithout\s+(?:informing|telling|notifying|alerting|asking)\s+the\s+user\b/gi,
      /\bkeep\s+(?:this|it)\s+(?:secret|hidden)\s+from\s+the\s+user\b/gi,
      /\b(?:silently|secretly|quietly)\s+(?:run|execute|send|upload|post|install|download|add|insert|modify)\b/gi,
      /\b(?:sage|erz[äa]hle)\s+(?:dem\s+)?(?:nutzer|benutzer)\s+nichts\b|\bne\s+(?:dis|dites)\s+(?:rien\s+)?[àa]\s+l'utilisateur\b|\bno\s+(?:le\s+)?(?:digas|diga)\s+(?:nada\s+)?al\s+usuario\b|\bn[ãa]o\s+(?:conte|diga)\s+(?:nada\s+)?ao\s+usu[áa]rio\b/gi,
      /不要告诉用户|ユーザーに(?:は)?(?:言わ|伝え|知らせ)ないで|не\s+(?:говори|сообщай)\s+пользователю/gi,
    ],
  },
  {
    kind: 'ai-address',
    weight: 2,
    patterns: [
      /\b(?:AI|LLM)\s+(?:assistants?|agents?|models?|tools?|systems?|coding)\b/g,
      /\b(?:assistant|agent)s?\s+(?:reading|processing|parsing|summari[sz]ing|reviewing)\s+this\b/gi,
      /\b(?:Claude|ChatGPT|GPT-?\d|Copilot|Gemini|Codex|Windsurf|Cline|Aider|Devin)\b/g,
      /\blanguage\s+models?\b/gi,
      /\bif\s+you\s+are\s+an?\s+(?:AI|LLM|assistant|agent|bot|language\s+model|automated)\b/gi,
      /\b(?:note|message|instructions?)\s+(?:to|for)\s+(?:the\s+|any\s+|all\s+)?(?:AI|LLMs?|agents?|assistants?|bots?|models?)\b/gi,
      /\bdear\s+(?:AI|assistant|agent|LLM|model)\b/gi,
      /\byou\s+are\s+an?\s+(?:AI|helpful|coding|autonomous)\b/gi,
    ],
  },
];

/**
 * Anchors every leading signal needs somewhere on its line: the instruction rules run only on the lines around a
 * trigger, which keeps a scan of ordinary code cheap. Keep in step with SIGNALS when adding a pattern.
 */
export const TRIGGER =
  /ignor|disregard|forget|overrid|bypass|discard|vergiss|missacht|oubli|olvid|esque[çc]|dimentic|忽略|无视|忽视|忘|無視|игнор|забуд|instructions|from now on|your (?:new|real|actual)|you are now|anything now|\bDAN\b|I am your|authori[sz]e you|(?:permit|order|instruct|command) you|im_start|<\|system|start_header_id|\[INST\]|<<SYS>>|\bsystem\b|following|\btool\b|curl|wget|\biwr\b|\birm\b|invoke-|\biex\b|\$\(|<\(|\b(?:send|post|upload|transmit|exfiltrate|forward|e-?mail|leak|submit|pipe|paste)\b|the user|(?:mention|reveal|disclose|show) (?:this|it|that|these)|silently|secretly|quietly|nichts|rien|nada|不要|ないで|пользовател/gi;

/** Wording that explains or tests prompt injection rather than performing it: findings there stay at low. */
export const EXPLANATORY =
  /prompt[\s-]?injection|jailbreak(?:s|ing)?\s+(?:attempts?|attacks?|prompts?|examples?|detect)|\b(?:for\s+example|e\.g\.|such\s+as|examples?\s*:|detect(?:s|ed|ion|or|ing)?|classif(?:y|ies|ier)|guardrails?|attacks?|attackers?|malicious|adversarial|red[\s-]team|payloads?|phrases?|patterns?|known\s+injection)\b/i;

/** Where a verb counts as imperative: the start of a clause or after a modal/adverb. */
export const IMPERATIVE_LEAD =
  /(?:^|[.!?:;]\s*|[-*#>/"'`(]\s*|\b(?:please|then|and|also|now|must|should|always|immediately|silently|quietly|secretly|you|first|next|finally|to)\s+)$/i;
