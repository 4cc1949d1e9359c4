<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditorPage</name>
    <message numerus="yes">
        <source>Valid: %1 of %n card dump(s).</source>
        <translation>
            <numerusform>Valid: %1 of %n card dump.</numerusform>
            <numerusform>Valid: %1 of %n card dumps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), newest first</source>
        <translation>
            <numerusform>%Ln event, newest first</numerusform>
            <numerusform>%Ln events, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) saved to %1</source>
        <translation>
            <numerusform>%Ln event saved to %1</numerusform>
            <numerusform>%Ln events saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasePrintsDialog</name>
    <message numerus="yes">
        <source>%n minutiae paired (linked in green)</source>
        <translation>
            <numerusform>%n minutia paired (linked in green)</numerusform>
            <numerusform>%n minutiae paired (linked in green)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message numerus="yes">
        <source>%n finger(s) on file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePage</name>
    <message numerus="yes">
        <source>Possible duplicate: %n registered person(s) match these fingerprints. Nothing was registered. Compare the prints; the case waits for a supervisor in the adjudication queue.</source>
        <translation>
            <numerusform>Possible duplicate: %n registered person matches these fingerprints. Nothing was registered. Compare the prints; the case waits for a supervisor in the adjudication queue.</numerusform>
            <numerusform>Possible duplicate: %n registered people match these fingerprints. Nothing was registered. Compare the prints; the case waits for a supervisor in the adjudication queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutiae paired (linked in green)</source>
        <translation>
            <numerusform>%n minutia paired (linked in green)</numerusform>
            <numerusform>%n minutiae paired (linked in green)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message numerus="yes">
        <source>The person withdraws their consent to fingerprints. Their %n finger(s) are erased here, and the central registry erases its copies. They stay registered in their programmes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrievancesPanel</name>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grievance(s) of this card&apos;s holder: choose one.</source>
        <translation>
            <numerusform>%n grievance of this card&apos;s holder: choose it.</numerusform>
            <numerusform>%n grievances of this card&apos;s holder: choose one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message numerus="yes">
        <source>%n person(s) started a new household headed by %1.</source>
        <translation>
            <numerusform>%n person started a new household headed by %1.</numerusform>
            <numerusform>%n persons started a new household headed by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) joined the household of %1.</source>
        <translation>
            <numerusform>%n person joined the household of %1.</numerusform>
            <numerusform>%n persons joined the household of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message numerus="yes">
        <source>Ended on %1: arrears %2, %n period(s) overdue of %3 charged, paid until %4</source>
        <translation>
            <numerusform>Ended on %1: arrears %2, %n period overdue of %3 charged, paid until %4</numerusform>
            <numerusform>Ended on %1: arrears %2, %n periods overdue of %3 charged, paid until %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended on %1: arrears %2, %n period(s) overdue of %3 charged, nothing paid</source>
        <translation>
            <numerusform>Ended on %1: arrears %2, %n period overdue of %3 charged, nothing paid</numerusform>
            <numerusform>Ended on %1: arrears %2, %n periods overdue of %3 charged, nothing paid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status %1: arrears %2, %n period(s) overdue of %3 due, paid until %4</source>
        <translation>
            <numerusform>Status %1: arrears %2, %n period overdue of %3 due, paid until %4</numerusform>
            <numerusform>Status %1: arrears %2, %n periods overdue of %3 due, paid until %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status %1: arrears %2, %n period(s) overdue of %3 due, nothing paid yet</source>
        <translation>
            <numerusform>Status %1: arrears %2, %n period overdue of %3 due, nothing paid yet</numerusform>
            <numerusform>Status %1: arrears %2, %n periods overdue of %3 due, nothing paid yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message numerus="yes">
        <source>%n programme(s) proposed (rules %1)</source>
        <translation>
            <numerusform>%n programme proposed (rules %1)</numerusform>
            <numerusform>%n programmes proposed (rules %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n programme(s) joined.</source>
        <translation>
            <numerusform>Recorded: %n programme joined.</numerusform>
            <numerusform>Recorded: %n programmes joined.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammesPanel</name>
    <message numerus="yes">
        <source>%n proposal(s) under rules %1.</source>
        <translation>
            <numerusform>%n proposal under rules %1.</numerusform>
            <numerusform>%n proposals under rules %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) recorded, %1 declined.</source>
        <translation>
            <numerusform>%n membership recorded, %1 declined.</numerusform>
            <numerusform>%n memberships recorded, %1 declined.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n people found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Death recorded: %n programme(s) ended, card(s) revoked: %1.</source>
        <translation>
            <numerusform>Death recorded: %n programme ended, card(s) revoked: %1.</numerusform>
            <numerusform>Death recorded: %n programmes ended, card(s) revoked: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other member(s) of the household moved too.</source>
        <translation>
            <numerusform>%n other member of the household moved too.</numerusform>
            <numerusform>%n other members of the household moved too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints erased for %1 (%n finger(s)); the central registry is told.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints added for %1 (%n finger(s)): they match no one else registered; the central registry checks them too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints replaced for %1 (%n finger(s)): they match no one else registered; the central registry checks them too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlipWords</name>
    <message numerus="yes">
        <source>If you disagree with the answer, you may appeal within %n day(s) of it, at this office.</source>
        <translation>
            <numerusform>If you disagree with the answer, you may appeal within %n day of it, at this office.</numerusform>
            <numerusform>If you disagree with the answer, you may appeal within %n days of it, at this office.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message numerus="yes">
        <source>expires in %n day(s) — ask the centre to renew</source>
        <translation>
            <numerusform>expires in %n day — ask the centre to renew</numerusform>
            <numerusform>expires in %n days — ask the centre to renew</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has revoked this station: it refuses its records until it approves the station again. Nothing is lost: %Ln record(s) wait on this computer. Contact the central registry.</source>
        <translation>
            <numerusform>The centre has revoked this station: it refuses its records until it approves the station again. Nothing is lost: %Ln record waits on this computer. Contact the central registry.</numerusform>
            <numerusform>The centre has revoked this station: it refuses its records until it approves the station again. Nothing is lost: %Ln records wait on this computer. Contact the central registry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has not approved this station yet: %Ln record(s) wait on this computer until it does, the oldest since %1.</source>
        <translation>
            <numerusform>The centre has not approved this station yet: %Ln record waits on this computer until it does, since %1.</numerusform>
            <numerusform>The centre has not approved this station yet: %Ln records wait on this computer until it does, the oldest since %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has suspended this station: it received records from two computers using this station&apos;s identity. Nothing is lost: %Ln record(s) wait on this computer. If a new computer replaced this one from its backup, export them below and give the file to the central registry&apos;s operator; otherwise contact the central registry.</source>
        <translation>
            <numerusform>The centre has suspended this station: it received records from two computers using this station&apos;s identity. Nothing is lost: %Ln record waits on this computer. If a new computer replaced this one from its backup, export it below and give the file to the central registry&apos;s operator; otherwise contact the central registry.</numerusform>
            <numerusform>The centre has suspended this station: it received records from two computers using this station&apos;s identity. Nothing is lost: %Ln records wait on this computer. If a new computer replaced this one from its backup, export them below and give the file to the central registry&apos;s operator; otherwise contact the central registry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) exist only on this computer.</source>
        <translation>
            <numerusform>%Ln record exists only on this computer.</numerusform>
            <numerusform>%Ln records exist only on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1 (%Ln person(s)).</source>
        <translation>
            <numerusform>Backup written to %1 (%Ln person).</numerusform>
            <numerusform>Backup written to %1 (%Ln people).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndeliveredExport</name>
    <message numerus="yes">
        <source>%Ln undelivered record(s) written to %1, signed by this station. They also stay here. Give the file to the central registry&apos;s operator, who imports it.</source>
        <translation>
            <numerusform>%Ln undelivered record written to %1, signed by this station. It also stays here. Give the file to the central registry&apos;s operator, who imports it.</numerusform>
            <numerusform>%Ln undelivered records written to %1, signed by this station. They also stay here. Give the file to the central registry&apos;s operator, who imports it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsList</name>
    <message numerus="yes">
        <source>%Ln visit(s) from %1 to %2 saved to %3</source>
        <translation>
            <numerusform>%Ln visit from %1 to %2 saved to %3</numerusform>
            <numerusform>%Ln visits from %1 to %2 saved to %3</numerusform>
        </translation>
    </message>
</context>
</TS>
