import { runMochaIn } from '../suite/run-mocha';

/** extensionTestsPath entry: the installed .vsix's tests. */
export function run(): Promise<void> {
  return runMochaIn(__dirname);
}
