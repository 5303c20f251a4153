"""The speaker registry over HTTP: search (alias-aware, fuzzy), a speaker's profile, and the
editors' corrections (merge, split)."""

from __future__ import annotations

import marshmallow as ma
from flask_smorest import Blueprint

from service.api.archiving import archive, documents
from service.errors import Conflict
from service.schemas import (
    ItemsSchema,
    MergeRequestSchema,
    SpeakerProfileSchema,
    SpeakerSearchArgs,
    SplitRequestSchema,
)

blp = Blueprint("speakers", __name__, url_prefix="/v1",
                description="Speakers linked across articles")


_errors = documents(blp, (404, "No such speaker"),
                    (409, "An edit the registry's state does not allow"))


@blp.route("/speakers", methods=["GET"])
@blp.arguments(SpeakerSearchArgs, location="query", unknown=ma.RAISE)
@blp.response(200, ItemsSchema)
@_errors
def search(args):
    """Speakers whose name or alias is like q, best first"""
    return {"items": archive().speakers(args["q"], args["limit"])}


@blp.route("/speakers/<int:speaker_id>", methods=["GET"])
@blp.response(200, SpeakerProfileSchema)
@_errors
def profile(speaker_id: int):
    """A speaker: names, roles over time, counts by month, latest quotes and claims"""
    return archive().speaker(speaker_id)


@blp.route("/speakers/<int:speaker_id>/merge", methods=["POST"])
@blp.arguments(MergeRequestSchema)
@blp.response(200, SpeakerProfileSchema)
@_errors
def merge(args, speaker_id: int):
    """Merge another speaker into this one (the other's id keeps resolving here)"""
    try:
        return archive().merge(speaker_id, args["other"])
    except ValueError as exc:
        raise Conflict(str(exc)) from exc


@blp.route("/speakers/<int:speaker_id>/split", methods=["POST"])
@blp.arguments(SplitRequestSchema)
@blp.response(201, SpeakerProfileSchema)
@_errors
def split(args, speaker_id: int):
    """Move the given quotes to a new speaker of the given name"""
    try:
        return archive().split(speaker_id, args["quotes"], args["name"])
    except ValueError as exc:
        raise Conflict(str(exc)) from exc
