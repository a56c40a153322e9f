#!/usr/bin/env python3
"""Precision of `orgchart extract` structure facts on labelled notices: a fact is right when the body it names is a
labelled body (or its tail) and its holder (person, post or unit) is one of that body's labelled heads, deputies,
members or office host (tolerant of titles and punctuation, as score.py). Usage:
  notice-precision.py OUTDIR EXPECTED_DIR... [--verbose]   (OUTDIR holds score.py's NN-name.json outputs)"""
import json, glob, os, re, sys, unicodedata

def norm(s):
    s = unicodedata.normalize('NFKC', s or '').replace('同志', '')
    return re.sub(r'[\s\W_]+', '', s)

def entry_keys(e):
    out = []
    for k in ('person', 'post', 'unit'):
        if e.get(k): out.append(norm(e[k]))
    return out

def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    verbose = '--verbose' in sys.argv
    outdir, dirs = args[0], args[1:]
    tot_ok = tot = 0
    for lab in sorted(sum((glob.glob(os.path.join(d, '*.expected.json')) for d in dirs), [])):
        name = os.path.basename(lab)[:-len('.expected.json')]
        out = os.path.join(outdir, name + '.json')
        if not os.path.exists(out): continue
        exp = json.load(open(lab))
        bodies = {norm(b['name']): b for b in exp['bodies']}
        facts = json.load(open(out)).get('structure', [])
        ok = n = 0
        bad = []
        for f in facts:
            body = norm((f.get('unit') or {}).get('name'))
            match = [b for k, b in bodies.items() if k == body or k.endswith(body) or body.endswith(k)
                     or k.endswith(body.lstrip('省市县区镇')) and len(body) > 3]
            if f['kind'] == 'body':
                n += 1
                if match: ok += 1
                else: bad.append(('body', body))
                continue
            holder = f.get('person') or f.get('member') or f.get('host') or {}
            h = norm(holder.get('name'))
            ht = norm((holder.get('name') or '') + (holder.get('title') or ''))
            keys = []
            for b in match:
                for fld in ('heads', 'deputies', 'members'):
                    for e in b.get(fld) or []: keys += entry_keys(e)
                if b.get('office_host'): keys.append(norm(b['office_host']))
            n += 1
            good = any(k and (k in ht or h in k or norm(re.sub(r'[(（].*?[)）]', '', k)) in ht) for k in keys)
            if good: ok += 1
            else: bad.append((f['kind'], body, holder.get('name'), holder.get('title')))
        tot += n; tot_ok += ok
        print(f'{name:50} {ok}/{n} {100*ok/max(n,1):5.1f}%')
        if verbose:
            for b in bad: print('   WRONG', b)
    print(f'{"OVERALL":50} {tot_ok}/{tot} {100*tot_ok/max(tot,1):5.1f}%')

main()
