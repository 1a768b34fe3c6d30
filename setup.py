"""Map the three source roots onto importable packages (pyproject can't list mapped subpackages)."""

from setuptools import find_packages, setup

ROOTS = {
    "labgate": "src/labgate",
    "labgate_generated": "generated",
    "labgate_overrides": "overrides",
}


def packages() -> list[str]:
    found = []
    for name, path in ROOTS.items():
        found.append(name)
        found += [f"{name}.{sub}" for sub in find_packages(path)]
    return found


setup(package_dir=ROOTS, packages=packages())
