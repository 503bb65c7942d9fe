import { strict as assert } from 'node:assert';
import { join, resolve } from 'node:path';
import { resolveDataDir } from '../../../daemon/src/store/data-dir';

describe('resolveDataDir', () => {
  const home = '/home/ana';
  it('prefers --data-dir, then SOC_AGENTS_DATA_DIR, then ~/.soc-agents', () => {
    assert.equal(resolveDataDir('/x', { SOC_AGENTS_DATA_DIR: '/y' }, home), '/x');
    assert.equal(resolveDataDir(undefined, { SOC_AGENTS_DATA_DIR: '/y' }, home), '/y');
    assert.equal(resolveDataDir(undefined, {}, home), join(home, '.soc-agents'));
    assert.equal(resolveDataDir('', { SOC_AGENTS_DATA_DIR: '' }, home), join(home, '.soc-agents'), 'empty values are unset');
  });
  it('expands a leading ~ and makes relative paths absolute', () => {
    assert.equal(resolveDataDir('~/soc', {}, home), join(home, 'soc'));
    assert.equal(resolveDataDir(undefined, { SOC_AGENTS_DATA_DIR: '~' }, home), home);
    assert.equal(resolveDataDir('rel/dir', {}, home), resolve('rel/dir'));
  });
});
