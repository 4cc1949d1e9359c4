"""The clerk's enrolment workflow, one page per step."""
