/** OWASP Top 10 (2021) categories the SAST rules of both languages cite. */
export const INJECTION = ['A03:2021-Injection'];
export const ACCESS = ['A01:2021-Broken Access Control'];
export const CRYPTO = ['A02:2021-Cryptographic Failures'];
export const MISCONFIG = ['A05:2021-Security Misconfiguration'];
export const INTEGRITY = ['A08:2021-Software and Data Integrity Failures'];
export const AUTH = ['A07:2021-Identification and Authentication Failures'];
export const LOGGING = ['A09:2021-Security Logging and Monitoring Failures'];
export const SSRF = ['A10:2021-Server-Side Request Forgery'];
