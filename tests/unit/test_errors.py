from labgate.errors import BackendError, backend_message, redact, register_secret


def test_registered_secrets_never_survive_redaction():
    register_secret("s3cr3t-canary-value")
    assert "s3cr3t" not in redact("auth failed for token s3cr3t-canary-value at host")


def test_bearer_like_strings_are_masked():
    assert "abcdefghijklmnopqrstuvwxyz" not in redact(
        "Authorization: Bearer abcdefghijklmnopqrstuvwxyz012"
    )


def test_backend_message_shapes():
    assert backend_message(b'{"error_code":"INVALID_PARAMETER_VALUE","message":"bad filter"}') == (
        "INVALID_PARAMETER_VALUE: bad filter"
    )
    assert (
        backend_message(b'{"meta":{"result_msg":"Invalid task id"},"data":{}}') == "Invalid task id"
    )
    assert backend_message(b'{"errors":[{"description":"Invalid job id"}]}') == "Invalid job id"
    assert backend_message(b"<html><body>Bad Gateway</body></html>") == "Bad Gateway"


def test_backend_error_has_status_message_and_hint():
    err = BackendError(
        "mlflow", 404, b'{"error_code":"RESOURCE_DOES_NOT_EXIST","message":"Run x not found"}'
    )
    text = str(err)
    assert "mlflow returned HTTP 404" in text and "Run x not found" in text and "hint:" in text
