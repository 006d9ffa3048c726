/**
 * A seeded random source: xoshiro128** (32-bit state, fast with Math.imul) for integers and
 * uniforms, and Marsaglia and Tsang's ziggurat (128 layers) for standard normals.
 * Deterministic for a seed, so every run with --seed repeats exactly.
 */

/** splitmix32: spreads any 32-bit seed into well-mixed state words. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

const KN = new Int32Array(128);
const WN = new Float64Array(128);
const FN = new Float64Array(128);
{
  const m1 = 2147483648.0;
  const vn = 9.91256303526217e-3;
  let dn = 3.442619855899;
  let tn = dn;
  const q = vn / Math.exp(-0.5 * dn * dn);
  KN[0] = Math.trunc((dn / q) * m1);
  KN[1] = 0;
  WN[0] = q / m1;
  WN[127] = dn / m1;
  FN[0] = 1;
  FN[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    KN[i + 1] = Math.trunc((dn / tn) * m1);
    tn = dn;
    FN[i] = Math.exp(-0.5 * dn * dn);
    WN[i] = dn / m1;
  }
}
const R = 3.442619855899;

export class Random {
  /** xoshiro128** state: four 32-bit words. */
  readonly #s = new Int32Array(4);

  /** Streams for different `stream` numbers under one seed are independent of each other. */
  constructor(seed: number, stream = 0) {
    const state = { s: (seed ^ Math.imul(stream + 1, 0x27d4eb2d)) | 0 };
    for (let i = 0; i < 4; i++) this.#s[i] = splitmix32(state);
    if (this.#s.every((word) => word === 0)) this.#s[0] = 1;
  }

  /** Uniform in (0, 1). */
  uniform(): number {
    return this.#uni();
  }

  /** Standard normal. */
  normal(): number {
    const out = new Float64Array(1);
    this.fillNormal(out);
    return out[0] as number;
  }

  /**
   * Fills `out` with standard normals (ziggurat). The generator's state lives in locals for the
   * whole block, with the xoshiro step written out: this loop is the hot path of the Monte Carlo.
   * The rare draws outside the ziggurat's rectangles (about 1 in 100) go through #tail.
   */
  fillNormal(out: Float64Array): void {
    const st = this.#s;
    let a = st[0] as number;
    let b = st[1] as number;
    let c = st[2] as number;
    let d = st[3] as number;
    for (let i = 0; i < out.length; i++) {
      const hz = Math.imul(rotl(Math.imul(b, 5), 7), 9) | 0;
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = rotl(d, 11);
      const iz = hz & 127;
      if (Math.abs(hz) < (KN[iz] as number)) {
        out[i] = hz * (WN[iz] as number);
      } else {
        st[0] = a;
        st[1] = b;
        st[2] = c;
        st[3] = d;
        out[i] = this.#tail(hz, iz);
        a = st[0] as number;
        b = st[1] as number;
        c = st[2] as number;
        d = st[3] as number;
      }
    }
    st[0] = a;
    st[1] = b;
    st[2] = c;
    st[3] = d;
  }

  #next(): number {
    const st = this.#s;
    const b = st[1] as number;
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9);
    const t = b << 9;
    st[2] = (st[2] as number) ^ (st[0] as number);
    st[3] = (st[3] as number) ^ b;
    st[1] = b ^ (st[2] as number);
    st[0] = (st[0] as number) ^ (st[3] as number);
    st[2] = (st[2] as number) ^ t;
    st[3] = rotl(st[3] as number, 11);
    return r | 0;
  }

  #uni(): number {
    return ((this.#next() >>> 0) + 0.5) / 4294967296;
  }

  #tail(hzIn: number, izIn: number): number {
    let hz = hzIn;
    let iz = izIn;
    for (;;) {
      const x = hz * (WN[iz] as number);
      if (iz === 0) {
        let xt: number;
        let y: number;
        do {
          xt = -Math.log(this.#uni()) / R;
          y = -Math.log(this.#uni());
        } while (y + y < xt * xt);
        return hz > 0 ? R + xt : -R - xt;
      }
      const f0 = FN[iz] as number;
      if (f0 + this.#uni() * ((FN[iz - 1] as number) - f0) < Math.exp(-0.5 * x * x)) return x;
      hz = this.#next();
      iz = hz & 127;
      if (Math.abs(hz) < (KN[iz] as number)) return hz * (WN[iz] as number);
    }
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
