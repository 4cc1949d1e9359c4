"""The audit trail's action codes (``programme.end``...) in the auditor's words.

The code stays what the log, the exports and ``sws audit log`` carry; the window shows the
words beside it. Each text is a literal ``translate`` call (context "AuditActions"), so that
lupdate finds it; a code not listed (a newer station's) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def action_words() -> dict[str, str]:
    """Every action the station writes to its audit trail, in the interface language."""
    translate = QCoreApplication.translate
    return {
        "adjudication.open": translate("AuditActions", "possible duplicate sent to adjudication"),
        "adjudication.decide": translate("AuditActions", "adjudication decided by the clerk"),
        "adjudication.approve": translate("AuditActions", "adjudication approved"),
        "adjudication.send_back": translate("AuditActions", "adjudication sent back to the clerk"),
        "adjudication.view_prints": translate("AuditActions", "adjudication prints viewed"),
        "card.issue": translate("AuditActions", "card issued"),
        "card.status": translate("AuditActions", "card status changed"),
        "card.signer_install": translate("AuditActions", "card-signing certificates installed"),
        "case.open": translate("AuditActions", "case opened"),
        "case.assign": translate("AuditActions", "case assigned"),
        "case.plan": translate("AuditActions", "case plan item added"),
        "case.progress": translate("AuditActions", "case plan item updated"),
        "case.close": translate("AuditActions", "case closed"),
        "contribution.pay": translate("AuditActions", "contribution paid"),
        "demo.populate": translate("AuditActions", "demonstration data added"),
        "grievance.intake": translate("AuditActions", "grievance received"),
        "grievance.refer": translate("AuditActions", "grievance referred"),
        "grievance.resolve": translate("AuditActions", "grievance resolved"),
        "grievance.appeal": translate("AuditActions", "grievance appealed"),
        "grievance.close": translate("AuditActions", "grievance closed"),
        "grievance.withdraw": translate("AuditActions", "grievance withdrawn"),
        "household.assess": translate("AuditActions", "household assessed"),
        "keys.rotate": translate("AuditActions", "registry keys rotated"),
        "operator.create": translate("AuditActions", "operator account created"),
        "operator.disable": translate("AuditActions", "operator account disabled"),
        "operator.enable": translate("AuditActions", "operator account enabled"),
        "operator.lock": translate("AuditActions", "operator account locked (failed sign-ins)"),
        "operator.unlock": translate("AuditActions", "operator account unlocked"),
        "operator.login_failed": translate("AuditActions", "sign-in failed"),
        "operator.password_change": translate("AuditActions", "password changed"),
        "operator.password_reset": translate("AuditActions", "password reset"),
        "person.enrol": translate("AuditActions", "person registered"),
        "person.search": translate("AuditActions", "fingerprint search"),
        "person.situation": translate("AuditActions", "person's situation recorded"),
        "person.death": translate("AuditActions", "death recorded"),
        "person.death_undone": translate("AuditActions", "death withdrawn"),
        "programme.join": translate("AuditActions", "programme membership recorded"),
        "programme.decline": translate("AuditActions", "programme declined"),
        "programme.end": translate("AuditActions", "programme membership ended"),
        "registry.backup": translate("AuditActions", "station backed up"),
        "registry.restore": translate("AuditActions", "station restored from a backup"),
        "service.use": translate("AuditActions", "service use recorded (card)"),
        "sync.run": translate("AuditActions", "sync with the centre"),
        "sync.refused": translate("AuditActions", "sync refused by the centre"),
        "sync.export": translate("AuditActions", "undelivered records exported"),
    }
