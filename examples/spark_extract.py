"""Extract and track the figures of a news archive with Spark.

Reads JSON Lines (one article a line: article JSON, {"id", "title", "text"} or {"id", "html"}, with
an optional "published" date), pipes every partition through `claimtrack extract --jsonl`, and
writes:

  OUTPUT/articles/  the articles with their claims, one a line;
  OUTPUT/errors/    the lines claimtrack could not read, as {"id", "error"} lines;
  OUTPUT/tracked/   one line a tracked figure: its key, its first appearance and every later one
                    (article id, date, speaker), ordered by date.

The tracking key (kind, unit, what is counted, value) comes from the Rust core through
`claimtrack track --jsonl`; this job only groups by it. Run it with spark-submit on a cluster
(ship the binary with --files and pass --claimtrack ./claimtrack), or locally:

  python examples/spark_extract.py archive.jsonl out/ --claimtrack target/release/claimtrack
"""

import argparse
import json
import os
import shlex

from pyspark import SparkConf, SparkContext


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="JSON Lines of articles (a file, a folder or a glob)")
    p.add_argument("output", help="a folder that does not exist yet")
    p.add_argument("--claimtrack", default="claimtrack", help="the claimtrack binary on every worker")
    p.add_argument("--jobs", type=int, default=1, help="claimtrack threads per Spark task")
    p.add_argument("--partitions", type=int, help="input partitions (default: Spark's parallelism)")
    p.add_argument("--master", help="Spark master when not run by spark-submit (default local[*])")
    return p.parse_args()


def mention(m):
    """What a tracked figure keeps of one mention."""
    keep = ("article", "published", "claim", "text", "speaker", "role", "sentence")
    return {k: m[k] for k in keep if k in m}


def tracked_figure(key, mentions):
    """A figure's mentions in order of appearance: by date (ISO dates sort as text; undated last),
    then by article, then by place in the article."""
    ordered = sorted(mentions, key=lambda m: (m.get("published") is None, m.get("published") or "",
                                              m["article"], m["order"]))
    return {
        "key": key,
        "mentions": len(ordered),
        "articles": len({m["article"] for m in ordered}),
        "first": mention(ordered[0]),
        "later": [mention(m) for m in ordered[1:]],
    }


def main():
    args = parse_args()
    conf = SparkConf().setAppName("claimtrack-extract")
    if args.master or not conf.contains("spark.master"):
        conf.setMaster(args.master or "local[*]")
    sc = SparkContext(conf=conf)
    try:
        lines = sc.textFile(args.input, minPartitions=args.partitions or sc.defaultParallelism)
        tool = [args.claimtrack, "--jobs", str(args.jobs)]
        extract = shlex.join([tool[0], "extract", "--jsonl", *tool[1:]])
        track = shlex.join([tool[0], "track", "--jsonl", *tool[1:]])
        # claimtrack answers every line in order: an article (its JSON begins with "schema") or an
        # error line. A partition's failed lines make claimtrack's exit status non-zero, which
        # pipe() does not treat as the task failing, so they are kept rather than lost.
        answered = lines.pipe(extract).cache()
        articles = answered.filter(lambda l: l.startswith('{"schema":'))
        articles.saveAsTextFile(os.path.join(args.output, "articles"))
        answered.filter(lambda l: not l.startswith('{"schema":')).saveAsTextFile(
            os.path.join(args.output, "errors"))
        mentions = articles.pipe(track).map(json.loads).filter(lambda m: "key" in m)
        tracked = mentions.map(lambda m: (m["key"], m)).groupByKey().map(
            lambda kv: tracked_figure(kv[0], list(kv[1])))
        tracked.map(lambda t: json.dumps(t, ensure_ascii=False)).saveAsTextFile(
            os.path.join(args.output, "tracked"))
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
