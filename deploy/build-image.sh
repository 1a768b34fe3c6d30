#!/usr/bin/env bash
# make image: build the labgate image without a Docker daemon.
#   1. a Debian bookworm base rootfs from mmdebstrap (python3 only), imported once as $BASE_IMAGE;
#   2. a wheelhouse of labgate and its dependencies built on the host (pip inside the build
#      cannot reach the package index);
#   3. buildah bud --isolation chroot of the repository's Dockerfile, installing offline.
# Needs (Debian): buildah podman runc mmdebstrap. Env: IMAGE, BASE_IMAGE, DEBIAN_MIRROR, PY.
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=${IMAGE:-localhost/labgate:latest}
BASE_IMAGE=${BASE_IMAGE:-localhost/labgate-base:bookworm}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
PY=${PY:-.venv/bin/python}
WORK=build/image
for tool in buildah podman mmdebstrap; do
  command -v "$tool" >/dev/null || { echo "build-image: $tool missing (apt-get install buildah podman runc mmdebstrap)" >&2; exit 1; }
done
mkdir -p "$WORK"
start=$(date +%s)
stamp() { echo "build-image: $1 after $(( $(date +%s) - start )) s" >&2; }

if ! podman image exists "$BASE_IMAGE"; then
  mmdebstrap --quiet --variant=essential --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr --include=python3,python3-venv,ca-certificates \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/info/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-include=/usr/share/locale/locale.alias' \
    bookworm "$WORK/base.tar" "$MIRROR"
  podman import --quiet "$WORK/base.tar" "$BASE_IMAGE" >/dev/null
  rm -f "$WORK/base.tar"
  stamp "base image $BASE_IMAGE"
fi

rm -rf build/wheelhouse
"$PY" -m pip wheel --quiet --disable-pip-version-check --wheel-dir build/wheelhouse \
  . "setuptools>=68" wheel
rm -f build/wheelhouse/labgate-*.whl  # labgate itself is built from the sources in the image
stamp "wheelhouse ($(ls build/wheelhouse | wc -l) wheels)"

buildah bud --quiet --isolation chroot --format docker --pull=never \
  --build-arg BASE="$BASE_IMAGE" \
  --build-arg PIP_ARGS="--no-index --find-links /wheels" \
  -t "$IMAGE" . >/dev/null
stamp "image $IMAGE"
podman image inspect "$IMAGE" --format 'build-image: {{.Size}} bytes' >&2
