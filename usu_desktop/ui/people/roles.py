"""What the signed-in user's role may do, as the UI shows it: role names, and controls that are
disabled with a tooltip saying why (the services refuse anyway; this only explains it first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from usu_desktop.domain.permissions import Permission, Role, denial_code
from usu_desktop.ui.errors import code_text

ROLE_NAMES = {
    Role.RECEPTIONIST: QT_TRANSLATE_NOOP("Roles", "Receptionist"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "Manager"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


def role_text(role: Role) -> str:
    return QCoreApplication.translate("Roles", ROLE_NAMES[role])


def may(ctx: Any, permission: Permission) -> bool:
    return bool(ctx.services.actor.can(permission))


def gate(ctx: Any, permission: Permission, *controls: Any) -> bool:
    """Disable `controls` (buttons, actions) with the reason as tooltip when the role lacks
    `permission`; True when it has it (the caller's own enabling rules then apply)."""
    allowed = may(ctx, permission)
    for control in controls:
        if not allowed:
            control.setEnabled(False)
            control.setToolTip(code_text(denial_code(permission)))
    return allowed
