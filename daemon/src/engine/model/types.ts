import type { ThreatCategory } from '../types';

export type ClassName = ThreatCategory | 'benign';

/** Class order of the model's outputs (and of the weights file). */
export const CLASS_NAMES: readonly ClassName[] = [
  'benign',
  'prompt_injection',
  'data_exfiltration',
  'system_manipulation',
  'privacy_violation',
  'malicious_input',
];

export interface ModelScores {
  probabilities: Record<ClassName, number>;
  /** 1 - P(benign). */
  attackProbability: number;
  /** The input range [start, end) that contributed most to the top attack class, in input coordinates. */
  span: [number, number];
}
