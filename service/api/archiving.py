"""The archive at the edge, shared by every blueprint that uses it (/v1/archive, /v1/quotes,
/v1/claims, /v1/speakers, /v1/factchecks, /v1/match): this process's connection, and the error
answers such an endpoint documents (the archive's 503 among them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import current_app
from flask_smorest import Blueprint

from service.errors import ArchiveUnavailable
from service.schemas import ErrorSchema


def archive() -> Any:
    """This process's archive (connected on first use), or ArchiveUnavailable (503)."""
    found = current_app.extensions.get("kutip.archive")
    if found is not None:
        return found
    settings = current_app.config["KUTIP_SETTINGS"]
    if not settings.database_url:
        raise ArchiveUnavailable("the archive needs PostgreSQL: this service runs without "
                                 "DATABASE_URL")
    from service.archive.store import Archive

    found = Archive(settings.database_url, pool_size=settings.database_pool_size)
    current_app.extensions["kutip.archive"] = found
    return found


UNAVAILABLE = (503, "No archive configured, or its PostgreSQL is down")


def documents(bp: Blueprint, *answers: tuple[int, str]) -> Callable[[Any], Any]:
    """A view's error answers (status, description) in the spec, and the archive's 503."""
    def document(view):
        for status, description in (*answers, UNAVAILABLE):
            view = bp.alt_response(status, schema=ErrorSchema, description=description)(view)
        return view

    return document
