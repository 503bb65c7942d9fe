import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The official SARIF 2.1.0 JSON schema (draft-04), as shipped by Microsoft's @microsoft/jest-sarif
 * package; validated with Ajv and its format checks (uri, date-time).
 */
export function sarifValidator(): { validate: (log: unknown) => boolean; errors: () => string } {
  const path = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(path, 'utf8')) as object;
  // The schema's language-tag pattern is not valid with the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const check = ajv.compile(schema);
  return { validate: (log) => check(log) === true, errors: () => ajv.errorsText(check.errors) };
}
