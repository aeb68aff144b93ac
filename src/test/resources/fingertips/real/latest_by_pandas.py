#!/usr/bin/python3
"""What an analyst's pandas script makes of each real file here: the expected `inspect --latest`.

usage: latest_by_pandas.py FILE.csv... > latest-by-pandas.tsv

For every file: read it with pandas' defaults (R's "NA" is missing), name its columns by folding
case and keeping letters and digits only (so "IndicatorID", "Indicator.ID" and "Indicator ID" are
one), drop a leading unnamed row-number column, keep the rows with a numeric Value, sort them by
Time period Sortable (stable, so ties keep file order) and take each series' last row. A series is
(indicator id, area code, sex, age, category type, category); a file without an Indicator ID
column is one indicator's. Writes one line per file with its totals, then one per latest row.
Needs Debian's python3-pandas.
"""
import re
import sys
import pandas as pd

KEY = ["indicatorid", "areacode", "sex", "age", "categorytype", "category"]


def fold(name):
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


def latest(path):
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    df.columns = [fold(c) for c in df.columns]
    if df.columns[0] in ("", "x", "unnamed0"):
        df = df.iloc[:, 1:]
    rows = len(df)
    value = pd.to_numeric(df["value"].str.strip().replace({"NA": None, "": None}), errors="coerce")
    df = df.assign(_value=value)
    for k in KEY:
        if k not in df.columns:
            df[k] = ""
        df[k] = df[k].fillna("")
    df["indicatorid"] = df["indicatorid"].str.strip()
    valued = df[df["_value"].notna()]
    if "timeperiodsortable" in valued.columns:
        valued = valued.assign(_order=pd.to_numeric(valued["timeperiodsortable"].str.strip()))
        valued = valued.sort_values("_order", kind="stable")
    last = valued.groupby(KEY, sort=False).tail(1)
    return rows, len(valued), last


def main(paths):
    for path in paths:
        rows, valued, last = latest(path)
        name = path.rsplit("/", 1)[-1]
        print(f"{name}\t{rows}\t{valued}\t{len(last)}\t{last['_value'].sum():.6f}")
        for _, r in last.sort_values(KEY, kind="stable").iterrows():
            key = "|".join(r[k] for k in KEY)
            print(f"\t{key}\t{r['timeperiod']}\t{r['_value']!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
