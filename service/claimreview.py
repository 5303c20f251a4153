"""schema.org ClaimReview drafts for the claims of an answer, for fact-checkers' publishing
tools (https://schema.org/ClaimReview; Google's ClaimReview structured-data rules).

A draft has what Kutip knows: the claim (claimReviewed), who made it and where and when it
appeared (itemReviewed, a Claim), and the fact-checking organisation as author when the
caller names it. It never has a reviewRating: the verdict is the fact-checker's.
Pure: an answer dict and the article's metadata in, JSON-LD dicts out.
"""

from __future__ import annotations

from datetime import date

# Author of a draft whose caller named no fact-checking organisation: visibly unfinished, so
# a draft cannot be published as it is by mistake.
UNNAMED_REVIEWER = "(fact-checking organisation to be named)"


def _speaker_author(speaker: dict) -> dict:
    kind = "Person" if speaker.get("kind") == "person" else "Organization"
    author = {"@type": kind, "name": speaker["name"]}
    if kind == "Person" and speaker.get("roles"):
        author["jobTitle"] = speaker["roles"][0]
    return author


def claim_reviews(answer: dict, *, url: str | None = None, published: date | None = None,
                  publisher: str | None = None, reviewer: str | None = None,
                  title: str | None = None, min_checkworthy: float = 0.5) -> list[dict]:
    """One ClaimReview draft per claim at or above min_checkworthy, highest first."""
    speakers = {s["id"]: s for s in answer["speakers"]}
    drafts = []
    for claim in answer["claims"]:
        if claim["checkworthy"] < min_checkworthy:
            continue
        item: dict = {"@type": "Claim"}
        if claim["speaker"] is not None:
            item["author"] = _speaker_author(speakers[claim["speaker"]["id"]])
        elif publisher:
            item["author"] = {"@type": "Organization", "name": publisher}
        if url:
            appearance: dict = {"@type": "CreativeWork", "url": url}
            if title:
                appearance["headline"] = title
            if publisher:
                appearance["publisher"] = {"@type": "Organization", "name": publisher}
            item["appearance"] = appearance
        if published:
            item["datePublished"] = published.isoformat()
        drafts.append({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            # Read alone, in a CMS or a fact-check: the subject written out ("OpenAI telah
            # memiliki ...", not "perusahaan tersebut telah memiliki ...").
            "claimReviewed": claim.get("standalone") or claim["text"],
            "itemReviewed": item,
            "author": {"@type": "Organization", "name": reviewer or UNNAMED_REVIEWER},
            "identifier": f"{answer['id']}#{claim['id']}",
        })
    return drafts
