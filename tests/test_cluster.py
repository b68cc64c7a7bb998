"""Extraction on a real Dask cluster (a LocalCluster of worker processes) equals a local build."""
import pytest

from kg import parsing, pipeline
from kg.errors import KGError

from test_build import corpus

distributed = pytest.importorskip("distributed", reason="the cluster extra (distributed) is not installed")
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as c:
        yield c.scheduler_address


def test_a_cluster_build_is_byte_identical_to_a_local_build(tmp_path, cluster):
    corpus(tmp_path / "in", 6)
    local = pipeline.build([tmp_path / "in"], tmp_path / "local")
    remote = pipeline.build([tmp_path / "in"], tmp_path / "remote", cluster=cluster)
    assert [e.status for e in remote.entries] == ["ok"] * 6
    assert (tmp_path / "local" / "graph.ttl").read_bytes() == (tmp_path / "remote" / "graph.ttl").read_bytes()
    assert local.summary()["claims"] == remote.summary()["claims"]


def test_an_unreachable_cluster_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(parsing, "CLUSTER_TIMEOUT", "1s")  # nothing answers there: no need to wait long
    corpus(tmp_path / "in", 1)
    with pytest.raises(KGError, match=r"^cannot reach the Dask cluster at tcp://127\.0\.0\.1:9"):
        pipeline.build([tmp_path / "in"], tmp_path / "out", cluster="tcp://127.0.0.1:9")
