import re, sys, json
KIND = {"n":"personal-name","p":"named-place","a":"street-address","pc":"postcode","dob":"date-of-birth",
        "d":"exact-date","cn":"case-number","ph":"phone-number","e":"email","nhs":"nhs-number","ni":"ni-number"}
src, dst, register = sys.argv[1], sys.argv[2], sys.argv[3]
clean = "clean" in dst
pat = re.compile(r"\[\[(\w+):(.*?)\]\]")
items = []
for ln, line in enumerate(open(src, encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"): continue
    text = ""; labs = []; last = 0
    for m in pat.finditer(line):
        text += line[last:m.start()]
        k, s = m.group(1), m.group(2)
        if k not in KIND: sys.exit(f"line {ln}: bad kind {k}")
        labs.append((KIND[k], s, len(text)))
        text += s; last = m.end()
    text += line[last:]
    if "[[" in text or "]]" in text: sys.exit(f"line {ln}: stray brackets")
    if clean and labs: sys.exit(f"line {ln}: labels in clean")
    if not clean and not (1 <= len(labs) <= 7): print(f"WARN line {ln}: {len(labs)} labels")
    out = []
    for kind, s, start in labs:
        occ = 0; pos = -1
        while True:
            pos = text.find(s, pos + 1)
            if pos < 0: sys.exit(f"line {ln}: cannot find {s}")
            occ += 1
            if pos == start: break
        out.append((kind, s, occ))
    # unlabelled repeats of labelled strings
    for s in set(x[1] for x in labs):
        tot = 0; pos = -1
        while True:
            pos = text.find(s, pos + 1)
            if pos < 0: break
            tot += 1
        nl = sum(1 for x in labs if x[1] == s)
        if tot != nl: print(f"NOTE line {ln}: {s!r} appears {tot}x, labelled {nl}x")
    items.append((text, out))
def q(s): return json.dumps(s, ensure_ascii=False)
with open(dst, "w", encoding="utf-8") as f:
    f.write("# Invented, blind red-team corpus (redteam-am): every person, address, phone number, email, case number and date is fictional.\n")
    f.write("# Settings: Devon and Cornwall (Plymouth, Torbay, Truro, Camborne, Bodmin, St Austell, Penzance), Kent and Medway (Margate, Gillingham, Chatham, Folkestone, Ashford, Dover), Cumbria (Barrow-in-Furness, Carlisle, Workington, Whitehaven)\n")
    f.write(f"# Register: {register}\n")
    f.write("# Written by hand without reference to the detector or its data.\n")
    f.write(f"# Passages: {len(items)}\n")
    for text, out in items:
        f.write(f"- text: {q(text)}\n")
        if not out: f.write("  labels: []\n"); continue
        parts = []
        for kind, s, occ in out:
            p = f"{{kind: {kind}, text: {q(s)}"
            if occ > 1: p += f", occurrence: {occ}"
            parts.append(p + "}")
        f.write("  labels: [" + ", ".join(parts) + "]\n")
print(dst, len(items), "passages,", sum(len(o) for _, o in items), "labels")
