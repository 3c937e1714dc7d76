import type { CoreStatus } from '../core/status.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function describe(status: CoreStatus, logDir: string): { title: string; detail: string; tone: 'wait' | 'alert' } {
  switch (status.state) {
    case 'starting':
      return {
        title: 'Starting the console…',
        detail: 'Opening the database and connecting to the broker.',
        tone: 'wait',
      };
    case 'running':
      return { title: 'Console running', detail: status.httpUrl, tone: 'wait' };
    case 'restarting':
      return {
        title: 'The console stopped unexpectedly — alarms are NOT being received',
        detail: `${status.reason}\n\nRestarting automatically in ${Math.ceil(status.delayMs / 1000)} s (attempt ${status.attempt}).`,
        tone: 'alert',
      };
    case 'stopped':
      return {
        title: 'The console is not running — alarms are NOT being received',
        detail: `${status.reason}\n\nUse "Restart console" in the tray menu or the Console menu. Logs: ${logDir}`,
        tone: 'alert',
      };
  }
}

/**
 * A self-contained page shown while the core is not serving the console. Static on purpose: no
 * script runs (its CSP forbids it), so the preload API it also receives is unreachable, and every
 * text from the core is escaped.
 */
export function statusPageHtml(status: CoreStatus, logDir: string): string {
  const { title, detail, tone } = describe(status, logDir);
  const accent = tone === 'alert' ? '#ff5a4f' : '#8fb3ff';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Watchfloor — ${escapeHtml(title)}</title>
<style>
body{margin:0;height:100vh;display:grid;place-items:center;background:#101722;color:#e8edf5;font:16px system-ui,sans-serif}
main{max-width:46rem;padding:2rem;border-left:6px solid ${accent}}
h1{font-size:1.6rem;margin:0 0 1rem;color:${accent}}
pre{white-space:pre-wrap;font:inherit;margin:0;color:#c9d3e3}
</style></head>
<body><main><h1>${escapeHtml(title)}</h1><pre>${escapeHtml(detail)}</pre></main></body></html>`;
}

export function statusPageUrl(status: CoreStatus, logDir: string): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(statusPageHtml(status, logDir))}`;
}
