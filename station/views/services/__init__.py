"""Panels for the Single Window services after identity (issue 9): thin widgets over
:mod:`station.services`.

- :class:`ProgrammesPanel`: a household's vulnerability assessment (the form is generated from
  the questionnaire file), its proposed combined package with the reasons, and confirmation.
- :class:`GrievancesPanel`: grievance intake, the work list with status and deadline, and the
  steps refer / resolve / appeal / close.
- :class:`CasePlanPanel`: one person's case: open it, build the personal plan, progress,
  close it.
- :class:`CasesPanel`: overdue case-plan follow-ups for the supervisor, with progress.
- :class:`PaymentsPanel`: a contributory membership's statement, a payment, its receipt.
- :class:`HouseholdReviewPanel`: households a death or a move left to mend, for the
  supervisor (no living head, two heads, a household programme held twice).
- :class:`CardReviewPanel`: the cards in use that no longer say what the registry says (old
  details, a programme ended or joined since, expired), for the supervisor.

Each takes ``(station, operator, clock)``: the open :class:`station.model.station.Station`,
the signed-in operator's ``OperatorInfo`` and the GUI's clock. Every service call runs in a
worker (:class:`station.views.workers.TaskRunner`); errors reach the clerk as one sentence.
"""

from station.views.services.card_review_panel import CardReviewPanel
from station.views.services.case_plan_panel import CasePlanPanel
from station.views.services.cases_panel import CasesPanel
from station.views.services.grievances_panel import GrievancesPanel
from station.views.services.household_review_panel import HouseholdReviewPanel
from station.views.services.payments_panel import PaymentsPanel
from station.views.services.programmes_panel import ProgrammesPanel

__all__ = ["CardReviewPanel", "CasePlanPanel", "CasesPanel", "GrievancesPanel",
           "HouseholdReviewPanel", "PaymentsPanel", "ProgrammesPanel"]
