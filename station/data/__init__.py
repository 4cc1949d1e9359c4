"""Master data delivered with the station: programme catalogue + eligibility rules, the
vulnerability questionnaire and grievance categories (JSON files, versioned inside)."""
