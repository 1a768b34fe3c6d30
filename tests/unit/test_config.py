import pytest

from labgate.config import ConfigError, load


def test_nothing_configured_means_every_backend_absent_with_a_reason():
    s = load(env={"HOME": "/nonexistent"})
    assert s.instances == {}
    assert "MLFLOW_TRACKING_URI" in s.absent["mlflow"]
    assert "CLEARML_API_HOST" in s.absent["clearml"]
    assert "QARNOT_CLIENT_TOKEN" in s.absent["qarnot"]
    assert "LABGATE_SLURM_URL" in s.absent["slurm"]


def test_env_conventions():
    s = load(
        env={
            "HOME": "/nonexistent",
            "MLFLOW_TRACKING_URI": "http://127.0.0.1:5000/",
            "MLFLOW_TRACKING_TOKEN": "tok-mlflow-123",
            "QARNOT_CLIENT_TOKEN": "qtok-123456",
            "CLEARML_API_HOST": "http://clearml:8008",
            "CLEARML_API_ACCESS_KEY": "AK",
            "CLEARML_API_SECRET_KEY": "SK-secret",
        }
    )
    assert s.instance("mlflow").url == "http://127.0.0.1:5000"
    assert s.instance("qarnot").url == "https://api.qarnot.com"
    assert s.instance("clearml").auth["secret_key"] == "SK-secret"
    assert "SK-secret" not in repr(s.instance("clearml"))


def test_clearml_conf_file(tmp_path):
    conf = tmp_path / ".clearml" / "clearml.conf"
    conf.parent.mkdir()
    conf.write_text(
        'api { api_server: "http://cm:8008"\n credentials { access_key: "AK", secret_key: "SK1234" } }'
    )
    s = load(env={"HOME": str(tmp_path)})
    assert s.instance("clearml").url == "http://cm:8008"


def test_clearml_missing_credentials_names_file_and_variables(tmp_path):
    s = load(env={"HOME": str(tmp_path), "CLEARML_API_HOST": "http://cm:8008"})
    assert "clearml.conf" in s.absent["clearml"] and "CLEARML_API_ACCESS_KEY" in s.absent["clearml"]


def test_toml_several_slurm_clusters(tmp_path):
    cfg = tmp_path / "labgate.toml"
    cfg.write_text(
        '[[slurm]]\nname = "hpc1"\nurl = "http://127.0.0.1:6830"\nuser = "alice"\ntoken_env = "HPC1_JWT"\n'
        'default_partition = "gpu"\n\n[[slurm]]\nname = "hpc2"\nurl = "http://127.0.0.1:6831"\n'
    )
    s = load(cfg, env={"HOME": "/nonexistent", "HPC1_JWT": "jwt-abcdef"})
    assert [i.name for i in s.instances["slurm"]] == ["hpc1", "hpc2"]
    hpc1 = s.instance("slurm", "hpc1")
    assert hpc1.auth["token"] == "jwt-abcdef" and hpc1.options["default_partition"] == "gpu"
    with pytest.raises(ConfigError, match="hpc3"):
        s.instance("slurm", "hpc3")


def test_destructive_needs_write_too():
    with pytest.raises(ConfigError, match="--allow-write"):
        load(env={}, allow_destructive=True)


def test_unknown_toolset_is_refused():
    with pytest.raises(ConfigError, match="unknown toolsets"):
        load(env={}, toolsets=("mlflow", "wandb"))


def test_non_http_tracking_uri_is_absent_with_reason():
    s = load(env={"MLFLOW_TRACKING_URI": "file:///tmp/mlruns"})
    assert "not an http(s)" in s.absent["mlflow"]


def test_override_naming_a_vanished_operation_fails_loudly(monkeypatch):
    from labgate import registry

    monkeypatch.setattr(
        registry, "overrides", lambda backend: {"operations": {"no_such_op": {"name": "x"}}}
    )
    with pytest.raises(registry.OverrideError, match="slurm spec no longer has: no_such_op"):
        registry.load_operations("slurm")


def test_alias_shadowing_a_live_tool_is_refused(
    monkeypatch,
):
    from labgate import tools
    from labgate.registry import OverrideError

    monkeypatch.setattr(tools, "aliases", lambda: {"search_operations": "mlflow_search_runs"})
    with pytest.raises(OverrideError, match="search_operations"):
        tools.ToolBuilder(load(env={"MLFLOW_TRACKING_URI": "http://127.0.0.1:9"})).build()
