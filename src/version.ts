export const VERSION = '0.1.0';
export const TOOL_NAME = 'bulwark';
export const TOOL_URI = 'https://github.com/bulwark-security/bulwark';
