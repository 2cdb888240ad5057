"""Fixtures: a tiny corpus with the fake embedder (fast), and the real bundled corpus (marked `model`)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

CO = """ Committee on Economic, Social and Cultural Rights

  Concluding observations on the report of Examplestan*

 A. Introduction

1. The Committee considered the report of Examplestan at its meetings in 2019.

  Trade union rights

2. The Committee is concerned about the registration of trade unions, which remains
mandatory, and about restrictions on non-
governmental organizations.

E/C.12/EXA/CO/1

 3

3. The Committee recommends that the State party:

 (a) Simplify the registration of trade unions;

 (b) Repeal the ban on strikes in the oil sector.

  Right to water

4. The Committee is concerned that 40 per cent of rural households lack safe drinking water.
"""

STATE = """Committee on Economic, Social and Cultural Rights
Second periodic report submitted by Examplestan
[Date received: 1 May 2022]
Recommendation regarding trade union rights (para. 3)
1.Trade unions are now registered within ten days under the Trade Union Act.
2. The ban on strikes in the oil sector was lifted in 2021.
3. The following measures were taken:
Wells were drilled in 120 villages
Water tariffs were frozen
"""


@pytest.fixture()
def tiny_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "co.txt").write_text(CO, encoding="utf-8")
    (folder / "state.txt").write_text(STATE, encoding="utf-8")
    return folder


@pytest.fixture()
def tiny_bot(tiny_corpus: Path, tmp_path: Path):
    from assistant import Assistant
    from assistant.search.embed import FakeEmbedder

    return Assistant.load(tiny_corpus, tmp_path / "index", embedder=FakeEmbedder(), progress=False,
                          settings={"answerability": {"bias": 10.0, "weights": {}, "threshold": 0.5}})  # calibrated for the real model


@pytest.fixture(scope="session")
def bot():
    """The bundled corpus with the real model; builds index/default once if it is missing."""
    from assistant import Assistant

    return Assistant.load(progress=False)
