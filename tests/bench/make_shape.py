#!/usr/bin/env python3
"""Writes one adversarial input shape for tests/bench/scaling.sh, of size N, to OUT.

Shapes (each one patent or one file that a quadratic algorithm would choke on):
  long-chain   one patent passed along N parties, twenty a day       (transfer CSV)
  one-day      N transfers of one patent on one day, the deal ids     (transfer CSV)
               running against the chain's order
  many-deals   one patent in N deals: licences to N licensees and     (transfer CSV)
               liens to N lenders, after one sale
  co-owners    one patent sold to N co-owners together, each of whom  (transfer CSV)
               then sells its share
  alias-chain  N aliases, each naming the next                        (alias file; a one-row transfer CSV
                                                                       beside it, OUT.csv)
Usage: make_shape.py SHAPE N OUT
"""
import datetime
import sys

shape, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
start = datetime.date(1800, 1, 1)
HEADER = "deal,date,kind,from,to,patent\n"


def day(i):  # twenty transfers a day: two million rows stay within the past
    return (start + datetime.timedelta(days=i // 20)).isoformat()


with open(out, "w") as f:
    if shape == "alias-chain":
        f.write("name,party\n")
        for i in range(n):
            f.write(f"Name{i},Name{i + 1}\n")
        with open(out + ".csv", "w") as rows:
            rows.write(HEADER + "D1,2020-01-01,assignment,Name0,Buyer,US1\n")
        sys.exit(0)
    f.write(HEADER)
    if shape == "long-chain":
        for i in range(n):
            f.write(f"D{i},{day(i)},assignment,P{i},P{i + 1},US1\n")
    elif shape == "one-day":
        for i in range(n):
            f.write(f"D{10 ** 8 - i},2020-01-01,assignment,P{i},P{i + 1},US1\n")
    elif shape == "many-deals":
        f.write("S0,1900-01-01,assignment,Inventor,Owner,US1\n")
        for i in range(n):
            kind, to = ("license", f"Licensee{i}") if i % 2 == 0 else ("security", f"Lender{i}")
            f.write(f"D{i},{day(i)},{kind},Owner,{to},US1\n")
    elif shape == "co-owners":
        for i in range(n):
            f.write(f"S0,1900-01-01,assignment,Seller,Owner{i},US1\n")
        for i in range(n):
            f.write(f"D{i},{day(i)},assignment,Owner{i},Buyer{i},US1\n")
    else:
        sys.exit(f"unknown shape {shape}")
