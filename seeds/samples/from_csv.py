#!/usr/bin/env python3
"""Builds replay streams (posts.jsonl, messages.jsonl) from CSVs of real posts and messages.

For trying the whole pipeline on real traffic: `./huixiang demo --once` with HUIXIANG_SAMPLES set
to the output directory replays them through Kafka, Flink and Elasticsearch like the samples.
The output holds the real texts: write it outside the repository (never commit it).

Posts become Weibo posts, messages 12345 messages, one minute apart from 2026-11-01 08:00 (+08:00).
The first N non-empty rows of each file are taken, in file order, so a run is repeatable.

  python3 seeds/samples/from_csv.py --out /tmp/replay \\
      --posts ../shared/data/sentiment/weibo-dev.csv --post-column review --post-limit 6000 \\
      --messages ../shared/data/gov-messages/labeled-dev.csv --message-column text --message-limit 1000
"""
import argparse
import csv
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

CST = timezone(timedelta(hours=8))
BASE = datetime(2026, 11, 1, 8, 0, tzinfo=CST)


def texts(path, column, limit):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if column not in (reader.fieldnames or []):
            sys.exit(f"{path}: no column '{column}' (columns: {', '.join(reader.fieldnames or [])})")
        out = []
        for row in reader:
            text = (row[column] or "").strip()
            if text:
                out.append(text)
                if len(out) == limit:
                    break
        return out


def post(i, text):
    return {
        "source": "weibo",
        "id": f"replay-post-{i}",
        "author": {"name": f"用户{i}", "id": f"replay-u{i}", "verified": False, "followers": 100},
        "text": text,
        "published_at": (BASE + timedelta(minutes=i)).isoformat(),
    }


def message(i, text):
    return {
        "channel": "12345",
        "id": f"replay-msg-{i}",
        "subject": text[:24],
        "body": text,
        "submitted_at": (BASE + timedelta(minutes=i)).strftime("%Y-%m-%d %H:%M:%S"),
    }


def write(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--posts")
    p.add_argument("--post-column", default="review")
    p.add_argument("--post-limit", type=int, default=6000)
    p.add_argument("--messages")
    p.add_argument("--message-column", default="text")
    p.add_argument("--message-limit", type=int, default=1000)
    a = p.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    posts = texts(a.posts, a.post_column, a.post_limit) if a.posts else []
    messages = texts(a.messages, a.message_column, a.message_limit) if a.messages else []
    write(a.out / "posts.jsonl", [post(i, t) for i, t in enumerate(posts)])
    write(a.out / "messages.jsonl", [message(i, t) for i, t in enumerate(messages)])
    print(f"{a.out}: {len(posts)} posts, {len(messages)} messages")


if __name__ == "__main__":
    main()
