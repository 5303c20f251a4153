"""schemathesis over the service's own /openapi.json: no 500, and every answer in the schema."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings

from service.app import create_app
from service.settings import Settings

app = create_app({"settings": Settings.from_env(redis_url="", rate_limit="off")})
schema = schemathesis.openapi.from_wsgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_own_spec(case):
    response = case.call_and_validate()
    assert response.status_code < 500
