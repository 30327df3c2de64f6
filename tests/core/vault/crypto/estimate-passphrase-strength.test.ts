import { describe, expect, it } from 'vitest';
import { estimatePassphraseStrength } from '../../../../core/vault/crypto/estimate-passphrase-strength';

describe('estimatePassphraseStrength', () => {
  it('rates common and keyboard-pattern passphrases very weak or weak and refuses them', async () => {
    for (const passphrase of ['password', 'password1', 'qwertyuiop', '12345678', 'sidekey123']) {
      const strength = await estimatePassphraseStrength(passphrase);
      expect(strength.score, passphrase).toBeLessThanOrEqual(1);
      expect(strength.acceptable).toBe(false);
      expect(['Very weak', 'Weak']).toContain(strength.words);
    }
  });

  it('rates a long passphrase of unrelated words strong and accepts it', async () => {
    const strength = await estimatePassphraseStrength('violet tractor unfold marsh oyster');
    expect(strength).toEqual({ score: 4, words: 'Very strong', acceptable: true });
  });
});
