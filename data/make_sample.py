#!/usr/bin/env python3
# Writes data/transfers.csv, the illustrative sample described in data/README.md:
#   python3 data/make_sample.py > data/transfers.csv
import csv, sys
rows = []
def add(deal, date, kind, frm, to, patents):
    for i, p in enumerate(patents):
        f = frm[i % len(frm)] if isinstance(frm, list) else frm
        t = to[i % len(to)] if isinstance(to, list) else to
        rows.append([deal, date, kind, f, t, p])

nokia = ["Nokia Corporation", "NOKIA CORP.", "Nokia Oyj", "NOKIA CORPORATION"]
msft = ["Microsoft Corporation", "MICROSOFT CORP", "Microsoft Corp."]
xiaomi = ["Xiaomi Inc.", "XIAOMI INC", "Xiaomi, Inc."]
fih = ["FIH Mobile Limited", "FIH MOBILE LTD."]
apple = ["Apple Inc.", "APPLE INC"]

designs = [f"USD7{n:05d}" for n in range(10101, 10113)]            # 12 Nokia design patents
nokia_util = [f"US8{n:06d}" for n in range(100101, 100141)]         # 40 Nokia utility patents
msft_own = [f"US7{n:06d}" for n in range(500101, 500159)]           # 58 Microsoft patents
msft_lic = [f"US7{n:06d}" for n in range(600101, 600121)]           # 20 Microsoft patents licensed to Xiaomi
xiaomi_own = [f"US9{n:06d}" for n in range(500101, 500111)]         # 10 Xiaomi patents

# Inventors assign their inventions to their employers (a few shown; most employer records are left out).
inventors = [("Virtanen, Mikko", "Korhonen, Anna"), ("Nieminen, Jari",), ("Mäkinen, Liisa", "Laine, Pekka"),
             ("Heikkinen, Timo",), ("Koskinen, Sari",)]
for i, p in enumerate(nokia_util[:5]):
    add(f"EMP-NOK-{i+1}", f"20{9 + i:02d}-0{3 + i}-15", "employer", list(inventors[i]), nokia[i % 2], [p] * len(inventors[i]))
for i, p in enumerate(xiaomi_own[:3]):
    add(f"EMP-XM-{i+1}", ["2014-10-02", "2015-03-02", "2015-11-02"][i], "employer", ["Wang, Wei", "Li, Na"][: i % 2 + 1], xiaomi[0], [p] * (i % 2 + 1))
for i, p in enumerate(msft_own[:2]):
    add(f"EMP-MS-{i+1}", f"2012-0{5 + i}-21", "employer", ["Smith, John A.", "Garcia, Maria"][i], msft[0], [p])

# 2014: Nokia's handset business to Microsoft: design patents assigned, utility patents licensed.
add("NOK-MSFT-2014", "2014-04-25", "assignment", nokia, "Microsoft Mobile Oy", designs)
add("NOK-MSFT-2014", "2014-04-25", "license", nokia, msft, nokia_util)
# 2016: Microsoft sells the feature-phone business to FIH Mobile, with half of the designs.
add("MSFT-FIH-2016", "2016-05-18", "assignment", "Microsoft Mobile Oy", fih, designs[:6])
add("MSFT-FIH-2016", "2016-05-18", "assignment", msft, fih, msft_own[:4])
# FIH pledges the designs to a lender, and the lien is later released.
add("FIH-LIEN-2016", "2016-09-30", "security", fih, "Bank of Taiwan", designs[:6])
add("FIH-RELEASE-2018", "2018-03-15", "release", "BANK OF TAIWAN", fih[0], designs[:6])
# 2016: Microsoft and Xiaomi cross-license, and Microsoft sells Xiaomi patents (about 1,500 in reality). The sale is
# recorded as three conveyances over a week, as such sales are: two by Microsoft Corporation, one by its
# patent-holding subsidiary (with the designs Microsoft Mobile Oy holds).
add("MSFT-XIAOMI-2016", "2016-06-01", "license", msft, xiaomi, msft_lic)
add("MSFT-XIAOMI-2016", "2016-06-01", "license", xiaomi, msft, xiaomi_own)
add("MSFT-XIAOMI-SALE-1", "2016-06-01", "assignment", msft, xiaomi, msft_own[4:30])
add("MSFT-XIAOMI-SALE-2", "2016-06-03", "assignment", msft, xiaomi, msft_own[30:44])
add("MSFT-XIAOMI-SALE-3", "2016-06-07", "assignment", "Microsoft Technology Licensing, LLC", xiaomi, msft_own[44:])
add("MSFT-XIAOMI-SALE-3", "2016-06-07", "assignment", "Microsoft Mobile Oy", xiaomi, designs[6:])
# 2017: Nokia licenses Apple.
add("NOK-APPLE-2017", "2017-05-23", "license", nokia, apple, nokia_util[:30])
# 2017: Nokia and Xiaomi cross-license, and Nokia sells Xiaomi some patents: the sale is recorded twice, by Nokia
# Corporation and a week later by Nokia Technologies Oy.
add("NOK-XIAOMI-2017", "2017-07-05", "license", nokia, xiaomi, nokia_util[15:40])
add("NOK-XIAOMI-2017", "2017-07-05", "license", xiaomi, nokia, xiaomi_own)
add("NOK-XIAOMI-SALE-1", "2017-07-05", "assignment", nokia, xiaomi, nokia_util[32:36])
add("NOK-XIAOMI-SALE-2", "2017-07-12", "assignment", "Nokia Technologies Oy", xiaomi, nokia_util[36:40])

# Real records repeat rows (a re-recorded page); patlap counts such a duplicate once and reports it in stats.
rows.append(list(rows[-40]))
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["deal", "date", "kind", "from", "to", "patent"])
w.writerows(rows)
