/**
 * Logistic regression with an L2 penalty, fitted by Newton's method (iteratively reweighted least
 * squares): with ten features and a few hundred articles it converges in a handful of steps, needs
 * no learning rate, and gives the same weights on every run. Features are standardised first so the
 * penalty treats them alike; the intercept is not penalised.
 */

export interface LogisticFit {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

function solve(a: number[][], b: number[]): number[] {
  // Gaussian elimination with partial pivoting; the system is small and positive definite.
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r]![n]!;
    for (let k = r + 1; k < n; k++) sum -= m[r]![k]! * x[k]!;
    x[r] = sum / m[r]![r]!;
  }
  return x;
}

export function fitLogistic(rows: number[][], labels: boolean[], l2: number, steps = 50): LogisticFit {
  const d = rows[0]?.length ?? 0;
  const n = rows.length;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n);
  const scale = Array.from({ length: d }, (_, j) => {
    const v = rows.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / n;
    return Math.sqrt(v) || 1;
  });
  // Column 0 is the intercept.
  const x = rows.map((r) => [1, ...r.map((v, j) => (v - mean[j]!) / scale[j]!)]);
  let beta = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const z = xi.reduce((s, v, j) => s + v * beta[j]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const w = Math.max(p * (1 - p), 1e-9);
      const err = (labels[i] ? 1 : 0) - p;
      for (let j = 0; j <= d; j++) {
        grad[j]! += err * xi[j]!;
        for (let k = 0; k <= d; k++) hess[j]![k]! += w * xi[j]! * xi[k]!;
      }
    }
    for (let j = 1; j <= d; j++) {
      grad[j]! -= l2 * beta[j]!;
      hess[j]![j]! += l2;
    }
    const delta = solve(hess, grad);
    beta = beta.map((b, j) => b + delta[j]!);
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break;
  }
  return { mean, scale, weights: beta.slice(1), bias: beta[0]! };
}

export function predict(fit: LogisticFit, row: number[]): number {
  let z = fit.bias;
  row.forEach((v, j) => {
    z += ((v - fit.mean[j]!) / fit.scale[j]!) * fit.weights[j]!;
  });
  return 1 / (1 + Math.exp(-z));
}

/** A small seeded generator (mulberry32), so the folds are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Assigns each item to one of k folds so that every stratum (label × language) is spread evenly:
 * each stratum is shuffled with the seed and dealt out round-robin.
 */
export function stratifiedFolds(strata: string[], k: number, seed: number): number[] {
  const random = seeded(seed);
  const folds = new Array<number>(strata.length).fill(0);
  const groups = new Map<string, number[]>();
  strata.forEach((s, i) => groups.set(s, [...(groups.get(s) ?? []), i]));
  let next = 0;
  for (const key of [...groups.keys()].sort()) {
    const members = groups.get(key)!;
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    // Continue the round-robin across strata so small strata do not all land in fold 0.
    for (const m of members) folds[m] = next++ % k;
  }
  return folds;
}
