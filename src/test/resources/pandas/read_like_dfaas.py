"""Reads datasets the way the DFaaS project's code does (facts from its repository, see
docs/export.md), and fails loudly where that code would fail or mislead.

  read_like_dfaas.py notebook FILE...   as its forecaster notebooks read results files
  read_like_dfaas.py resume INDEX       as its sampler's resume reads index.csv

Prints one line per file or configuration; exits 1 with the reason on the first problem.
"""

import ast
import sys

import pandas as pd


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def notebook(path):
    df = pd.read_csv(path)
    # The notebooks drop the name columns first, then fill every other column.
    df = df.drop(columns=[c for c in df.columns if c.startswith("function_")])
    # pandas 3 reads text as a string dtype and refuses fillna(0) on it where a cell is empty;
    # this pandas (Debian's) accepts it silently, so the empty cell is what the check looks for.
    for col in df.columns:
        if df[col].dtype == object and df[col].isna().any():
            fail(f"{path}: text column {col} has an empty cell")
    for col in df.columns:
        fill = 1 if col.startswith("success_rate_") else 0
        df.loc[:, col] = df.loc[:, col].fillna(fill)
    numeric = [
        c for c in df.columns
        if c.startswith("rate_function_") or "latency" in c
    ]
    for col in numeric:
        try:
            df[col] = pd.to_numeric(df[col])
        except (ValueError, TypeError) as e:
            fail(f"{path}: column {col} is not numeric: {e}")
    functions = [c[len("rate_function_"):] for c in df.columns if c.startswith("rate_function_")]
    for f in functions:
        at_zero = [c for c in (f"cpu_usage_function_{f}", f"ram_usage_function_{f}",
                               f"power_usage_function_{f}", f"replica_{f}") if c in df.columns]
        df.loc[df["rate_function_" + f] == 0, at_zero] = 0
    rates = [c for c in df.columns if c.startswith("rate_function_")]
    relabelled = df.groupby(rates)["overloaded_node"].transform("all").astype(int)
    if len(relabelled) != len(df):
        fail(f"{path}: relabelling lost rows")
    latency = [c for c in df.columns if c.startswith("medium_latency_function_")]
    print(f"{path}: {len(df)} rows, {len(df.columns)} columns, "
          f"medium latency max {max([df[c].max() for c in latency] + [0])}")


def resume(path):
    df = pd.read_csv(path, sep=";")
    for col in ("functions", "rates", "overloaded", "overload_predicted", "results_file"):
        if col not in df.columns:
            fail(f"{path}: no {col} column")
    df["functions"] = df["functions"].apply(ast.literal_eval)
    df["rates"] = df["rates"].apply(ast.literal_eval)
    if df["overloaded"].dtype != bool or df["overload_predicted"].dtype != bool:
        fail(f"{path}: overloaded/overload_predicted are not read as booleans")
    key = df.apply(lambda r: ",".join(f"{f}={x}" for f, x in zip(r["functions"], r["rates"])),
                   axis=1)
    majority = df.groupby(key)["overloaded"].agg(lambda s: s.sum() > len(s) / 2)
    for configuration, overloaded in majority.items():
        print(f"{configuration} {'overloaded' if overloaded else 'ok'}")


if __name__ == "__main__":
    mode, paths = sys.argv[1], sys.argv[2:]
    for p in paths:
        {"notebook": notebook, "resume": resume}[mode](p)
