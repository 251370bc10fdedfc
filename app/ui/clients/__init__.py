"""Clients (服务对象): the list, the client's page, the registration form, the household."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.kit.context import AppContext


def register(ctx: AppContext) -> None:
    ctx.provide("open_client", _open_client)
    ctx.provide("add_client", _add_client)
    ctx.provide("edit_client", _edit_client)
    ctx.provide("open_referral", _open_referral)


def _open_client(ctx: AppContext, client_id: str) -> QWidget:
    from app.ui.clients.client_detail import ClientDetailDialog

    return ctx.show_kept(ClientDetailDialog(ctx, client_id, ctx.window))


def _add_client(ctx: AppContext) -> str | None:
    from app.ui.clients.client_form import ClientFormDialog

    dialog = ClientFormDialog(ctx, None, ctx.window)
    if dialog.exec() and dialog.saved_id:
        ctx.open_client(dialog.saved_id)
        return dialog.saved_id
    return None


def _edit_client(ctx: AppContext, client_id: str) -> bool:
    from app.ui.clients.client_form import ClientFormDialog

    return bool(ClientFormDialog(ctx, client_id, ctx.window).exec())


def _open_referral(ctx: AppContext, referral_id: str) -> bool:
    from app.ui.clients.referral_dialog import ReferralDialog

    dialog = ReferralDialog(ctx, referral_id, ctx.window)
    done = bool(dialog.exec())
    dialog.deleteLater()  # by Qt, after its own nested dialogs are gone
    return done
