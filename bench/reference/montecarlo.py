"""The pledgewatch Monte Carlo model written with NumPy, for bench/montecarlo.ts.

Reads the fitted models and the simulation spec as JSON on stdin (the same inputs the
TypeScript engine uses), runs the same model, and prints JSON: seconds taken, path-years
simulated, and each ally's probabilities, for a side-by-side check.
"""

import json
import sys
import time

import numpy as np


def simulate(model, spec, rng):
    n = spec["paths"]
    share = np.full(n, model["startShare"], dtype=np.float64)
    gdp = np.full(n, model["gdp0"], dtype=np.float64)
    threshold = spec["threshold"] - 1e-9
    p_deadline = p_horizon = None
    fan = []
    growth = model["gdpGrowthPct"]
    for step, year in enumerate(range(model["startYear"] + 1, spec["to"] + 1)):
        share += model["mu"] + model["sigma"] * rng.standard_normal(n)
        np.maximum(share, 0.0, out=share)
        hits = np.count_nonzero(share >= threshold)
        g = growth[step] if step < len(growth) else growth[-1]
        gdp *= 1.0 + (g + model["gdpSigmaPct"] * rng.standard_normal(n)) / 100.0
        spending = float(np.dot(share, gdp)) / 100.0
        if year == spec["deadline"]:
            p_deadline = hits / n
        if year == spec["horizon"]:
            p_horizon = hits / n
        p10, p50, p90 = np.quantile(share, [0.1, 0.5, 0.9])
        fan.append([year, p10, p50, p90, float(share.mean()), spending / n])
    return {"ally": model["ally"], "pDeadline": p_deadline, "pHorizon": p_horizon, "fan": fan}


def main():
    data = json.load(sys.stdin)
    spec = data["spec"]
    models = data["models"]
    rng = np.random.default_rng(spec["seed"])
    started = time.perf_counter()
    results = [simulate(m, spec, rng) for m in models]
    seconds = time.perf_counter() - started
    path_years = sum(spec["paths"] * (spec["to"] - m["startYear"]) for m in models)
    json.dump(
        {"seconds": seconds, "pathYears": path_years, "numpy": np.__version__, "results": results},
        sys.stdout,
    )


if __name__ == "__main__":
    main()
