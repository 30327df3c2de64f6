/** How guessable a passphrase is, from zxcvbn-ts's score (0 = too guessable … 4 = very unguessable). */
export interface PassphraseStrength {
  score: 0 | 1 | 2 | 3 | 4;
  /** The score in words, for the setup screen's meter. */
  words: string;
  /** False for scores 0 and 1 (under about a million guesses): setup refuses those. */
  acceptable: boolean;
}

const WORDS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

type Zxcvbn = typeof import('@zxcvbn-ts/core').zxcvbn;
let loading: Promise<Zxcvbn> | undefined;

/** Loads zxcvbn-ts and its common dictionaries (about 1.6 MB unminified) once, on first use only. */
function loadZxcvbn(): Promise<Zxcvbn> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(([core, common]) => {
    core.zxcvbnOptions.setOptions({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
    return core.zxcvbn;
  });
  return loading;
}

/**
 * Estimates a passphrase's strength with zxcvbn-ts (dictionaries, keyboard patterns, dates, repeats), loading the
 * library lazily so only the setup screen pays for it, and only once the user types.
 * @see https://zxcvbn-ts.github.io/zxcvbn/
 */
export async function estimatePassphraseStrength(passphrase: string): Promise<PassphraseStrength> {
  const zxcvbn = await loadZxcvbn();
  const { score } = zxcvbn(passphrase.normalize('NFC').slice(0, 256), ['sidekey']);
  return { score, words: WORDS[score], acceptable: score >= 2 };
}
