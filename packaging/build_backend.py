"""PEP 517 build backend: setuptools, plus Qt's lrelease for wheels.

A wheel carries compiled translations: setup.py runs lrelease (from PySide6-Essentials) over
translations/*.ts into the wheel's usu_desktop/translations/. Only a wheel build needs it, so
only `get_requires_for_build_wheel` asks for PySide6-Essentials; an editable install or an
sdist compiles nothing (a checkout compiles its catalogs at start-up, see usu_desktop/ui/i18n.py)
and does not download Qt to build.
"""

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - every hook not overridden here is setuptools' own

LRELEASE_REQUIREMENT = "PySide6-Essentials>=6.7,!=6.12.0"  # as pyproject: 6.12.0 breaks refcounts


def get_requires_for_build_wheel(config_settings=None):
    return [*_setuptools.get_requires_for_build_wheel(config_settings), LRELEASE_REQUIREMENT]
