# labgate: streamable HTTP on 0.0.0.0:8000/mcp, auth required, as an unprivileged user.
#   docker build -t labgate .          (pip installs from the package index)
#   make image                         (no daemon: buildah, a Debian base from mmdebstrap and a
#                                       local wheelhouse; see deploy/build-image.sh)
ARG BASE=python:3.11-slim-bookworm

FROM ${BASE} AS build
# extra pip arguments; make image passes "--no-index --find-links /wheels"
ARG PIP_ARGS=""
WORKDIR /src
# build/wheelhouse exists only for make image; pyproject.toml keeps the COPY valid without it
COPY pyproject.toml build/wheelhous[e] /wheels/
COPY pyproject.toml setup.py README.md ./
COPY src ./src
COPY generated ./generated
COPY overrides ./overrides
# hadolint ignore=SC2086
RUN python3 -m venv /opt/labgate \
    && /opt/labgate/bin/pip install --no-cache-dir --disable-pip-version-check ${PIP_ARGS} /src \
    && /opt/labgate/bin/pip uninstall --yes --disable-pip-version-check pip setuptools

FROM ${BASE}
COPY --from=build /opt/labgate /opt/labgate
RUN echo 'labgate:x:10001:10001:labgate:/nonexistent:/usr/sbin/nologin' >> /etc/passwd \
    && echo 'labgate:x:10001:' >> /etc/group \
    && mkdir -p /etc/labgate
ENV PATH=/opt/labgate/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HOME=/nonexistent
# numeric, so Kubernetes can check runAsNonRoot
USER 10001:10001
EXPOSE 8000
# Configuration: backend variables (MLFLOW_TRACKING_URI, ...), LABGATE_TOKEN (required),
# LABGATE_ALLOWED_HOSTS (required: the Host names clients use, e.g. "labgate.example.org,labgate:*";
# without it labgate refuses to start, since 0.0.0.0 would otherwise accept any Host), and
# optionally LABGATE_CONFIG=/etc/labgate/labgate.toml (mounted).
# (LABGATE_PORT only tells the health check about a `--port` given after the image name)
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
    CMD ["python3", "-c", "import os, urllib.request as u; u.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('LABGATE_PORT', '8000'), timeout=2)"]
ENTRYPOINT ["labgate", "serve", "--transport", "http", "--host", "0.0.0.0", "--port", "8000"]
