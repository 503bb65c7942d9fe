import { runMochaIn } from './run-mocha';

/** extensionTestsPath entry: the extension's tests against the development build. */
export function run(): Promise<void> {
  return runMochaIn(__dirname);
}
