#!/usr/bin/python3
"""A seeded synthetic graph shaped like a built xwlb graph (1,337 daily transcripts), to time queries.

Documents 2015-2025, people, organisations with aliases, initiatives, events, places, statements with
text, and the edges of design/SCHEMA.md with their properties (count/start/end, title/date/status,
document). Sizes default to a guess at the xwlb build: ~45,000 nodes and ~220,000 edges.
Usage: /usr/bin/python3 corpus_like.py [--docs 1337] [--out DIR]   (writes DIR/graph.json)
"""
import argparse, datetime, json, os, random

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉鹏宇浩然志红玉兰海波峰斌凯亮晨阳欣怡"
PLACES = ["北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "四川省", "贵州省", "云南省", "陕西省"]
ORG_SUFFIX = ["人民政府", "发展和改革委员会", "科学技术局", "工业和信息化厅", "教育厅", "生态环境厅", "商务厅", "财政厅", "人民代表大会常务委员会", "政协"]
TITLES = ["书记", "副书记", "省长", "副省长", "市长", "副市长", "主任", "副主任", "厅长", "局长", "主席"]
INITIATIVES = ["新质生产力", "京津冀协同发展", "乡村振兴", "一带一路", "共同富裕", "双碳", "长江经济带", "粤港澳大湾区", "高质量发展", "脱贫攻坚", "放管服", "数字中国", "健康中国", "美丽中国", "制造强国"]
CUES = ["表示", "指出", "强调", "说"]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=1337)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "corpus-like"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    nodes, edges = [], []
    people = [f"per_{i:06d}" for i in range(a.docs * 6)]
    for i, p in enumerate(people):
        name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice([1, 2])))
        nodes.append({"id": p, "type": "Person", "name": name + ("" if i < 2000 else str(i)), "aliases": [name]})
    orgs = []
    for place in PLACES:
        for suffix in ORG_SUFFIX:
            orgs.append((place + suffix, place))
    orgs += [(f"{rng.choice(PLACES)}第{i}研究院", "") for i in range(a.docs * 6)]
    org_ids = []
    for i, (name, place) in enumerate(orgs):
        oid = f"org_{i:06d}"
        org_ids.append(oid)
        nodes.append({"id": oid, "type": "Organization", "name": name, "aliases": [name, name.replace(place, "省" if place.endswith("省") else "市")] if place else [name], "kind": "government"})
    ini_ids = []
    for i in range(a.docs * 2):
        base = INITIATIVES[i] if i < len(INITIATIVES) else f"{rng.choice(INITIATIVES)}行动{i}"
        ini_ids.append(f"ini_{i:06d}")
        nodes.append({"id": ini_ids[-1], "type": "Initiative", "name": base, "aliases": [base]})
    plc_ids = [f"plc_{i:03d}" for i in range(len(PLACES))]
    nodes += [{"id": pid, "type": "Place", "name": PLACES[i]} for i, pid in enumerate(plc_ids)]
    start = datetime.date(2015, 1, 2)
    stm = 0
    for d in range(a.docs):
        did = f"doc_{d:06d}"
        date = (start + datetime.timedelta(days=3 * d)).isoformat()
        nodes.append({"id": did, "type": "Document", "name": f"xwlb-{date}.txt", "path": f"{date[:4]}/{date}.txt", "published": date, "source": "央视网", "place": "", "sha256": "%064x" % rng.getrandbits(256)})
        # Popular entities are mentioned far more often (a Zipf-like pick).
        ents = {rng.choice(people[: int(len(people) * rng.random() ** 3) + 1]) for _ in range(30)}
        ents |= {rng.choice(org_ids[: int(len(org_ids) * rng.random() ** 3) + 1]) for _ in range(60)}
        ents |= {rng.choice(ini_ids[: int(len(ini_ids) * rng.random() ** 4) + 1]) for _ in range(20)}
        ents |= set(rng.sample(plc_ids, 5))
        for e in sorted(ents):
            s = rng.randrange(20000)
            edges.append({"source": did, "target": e, "type": "MENTIONS", "count": rng.randint(1, 5), "start": s, "end": s + 4})
        speakers = [e for e in sorted(ents) if e.startswith("per_")]
        for p in speakers:
            o = rng.choice(org_ids[:200])
            t = rng.choice(TITLES)
            s = rng.randrange(20000)
            edges.append({"source": p, "target": o, "type": "HOLDS_POSITION", "title": t, "document": did, "date": date, "status": rng.choice(["", "current", "former", "new"]), "start": s, "end": s + 6})
            for _ in range(rng.randint(0, 2)):
                sid = f"stm_{stm:07d}"
                stm += 1
                text = "要" + "".join(rng.choices(GIVEN + "推进发展建设改革创新治理保障", k=40))
                nodes.append({"id": sid, "type": "Statement", "name": text[:12], "text": text, "cue": rng.choice(CUES), "mode": "direct", "document": did, "start": s, "end": s + 50})
                edges.append({"source": p, "target": sid, "type": "SAID"})
                edges.append({"source": sid, "target": did, "type": "REPORTED_IN"})
                for about in rng.sample(sorted(e for e in ents if e.startswith("ini_") or e.startswith("org_")), 2):
                    edges.append({"source": sid, "target": about, "type": "ABOUT", "start": s + 3, "end": s + 7})
    keys = {}
    for e in edges:
        pair = (e["source"], e["target"])
        e["key"] = keys[pair] = keys.get(pair, -1) + 1
    os.makedirs(a.out, exist_ok=True)
    doc = {"schemaVersion": 1, "directed": True, "multigraph": True, "graph": {"schemaVersion": 1}, "nodes": nodes, "edges": edges}
    with open(os.path.join(a.out, "graph.json"), "w") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
    print(f"{len(nodes)} nodes, {len(edges)} edges -> {a.out}/graph.json")


if __name__ == "__main__":
    main()
