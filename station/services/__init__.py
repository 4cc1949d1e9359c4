"""Single Window services beyond identity: eligibility, vulnerability, cases, contributions,
grievances, reports and demo data.

Plain Python over the registry (SQLAlchemy), never Qt: the GUI and the ``sws`` command call the
same functions. Rules and questionnaires are *data* (``station/data/*.json``), delivered to the
station with master data and recorded by version next to every decision they produced.
"""
