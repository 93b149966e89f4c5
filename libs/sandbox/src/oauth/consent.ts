/** The consent screen a person sees at the fake vendor (real HTML with real buttons, for browser tests). */
export function consentPage(input: { vendor: string; clientId: string; scope: string; decisionUrl: string; requestId: string }): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  const scopes = input.scope
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((s) => `<li>${esc(s)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(input.vendor)} - Authorize access</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem}button{font-size:1rem;padding:.5rem 1.25rem;margin-right:.5rem}</style></head>
<body><main>
<h1>${esc(input.vendor)}</h1>
<p><strong>${esc(input.clientId)}</strong> (Tributary) wants read-only access to your ${esc(input.vendor)} account:</p>
<ul>${scopes || '<li>basic access</li>'}</ul>
<p>This is a sandbox: no real ${esc(input.vendor)} account is involved.</p>
<form method="post" action="${esc(input.decisionUrl)}">
<input type="hidden" name="request" value="${esc(input.requestId)}">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form></main></body></html>`;
}
