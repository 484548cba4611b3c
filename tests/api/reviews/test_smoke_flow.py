from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.reviews.fixtures import Callers, Scenario


def test_scenario_builds(client: TestClient, callers: Callers, scenario: Scenario) -> None:
    assert scenario.review["reference"] == "TSCP-2026-001"
    team = client.get(f"{scenario.url}/team", headers=callers.headers("admin"))
    assert team.status_code == 200, team.text
    assert len(team.json()["members"]) == 2
