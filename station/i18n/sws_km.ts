<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>AddFingersDialog</name>
    <message>
        <source>Replace fingerprints</source>
        <translation>ប្តូរស្នាមម្រាមដៃ</translation>
    </message>
    <message>
        <source>Add fingerprints</source>
        <translation>បន្ថែមស្នាមម្រាមដៃ</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1 កើតថ្ងៃ %2</translation>
    </message>
    <message>
        <source>Capture again the fingers whose print on file is poor and tick them below. A capture that matches a print on file shows the person is the one registered: when an old print is too poor to match, also capture another finger on file, not ticked, as a check (a supervisor may replace without a match). The new prints are checked against everyone registered; the central registry checks them again. Read them the privacy notice (version %1) first: they agree to the new fingerprints.</source>
        <translation>ស្កេនម្តងទៀតនូវម្រាមដៃដែលស្នាមក្នុងឯកសារមិនច្បាស់ ហើយគូសធីកវានៅខាងក្រោម។ ការស្កេនដែលត្រូវគ្នានឹងស្នាមក្នុងឯកសារបង្ហាញថាបុគ្គលនេះជាអ្នកដែលបានចុះឈ្មោះ៖ ពេលស្នាមចាស់មិនច្បាស់ពេកដើម្បីត្រូវគ្នា សូមស្កេនម្រាមដៃមួយទៀតដែលមានក្នុងឯកសារ ដោយមិនគូសធីក ជាការផ្ទៀងផ្ទាត់ (អ្នកគ្រប់គ្រងអាចប្តូរដោយគ្មានការត្រូវគ្នា)។ ស្នាមថ្មីត្រូវបានផ្ទៀងផ្ទាត់ជាមួយអ្នកចុះឈ្មោះទាំងអស់ បញ្ជីកណ្តាលផ្ទៀងផ្ទាត់ម្តងទៀត។ សូមអានសេចក្តីជូនដំណឹងអំពីឯកជនភាព (កំណែ %1) ជូនពួកគេជាមុនសិន៖ ពួកគេយល់ព្រមលើស្នាមម្រាមដៃថ្មី។</translation>
    </message>
    <message>
        <source>Capture the fingers they have no print on file for. Before they are added they are checked against everyone registered; the central registry checks them again. Read them the privacy notice (version %1) first: they agree to fingerprints again.</source>
        <translation>ស្កេនម្រាមដៃដែលមិនទាន់មានស្នាមក្នុងបញ្ជី។ មុនពេលបន្ថែម ពួកវាត្រូវបានផ្ទៀងផ្ទាត់ជាមួយអ្នកចុះឈ្មោះទាំងអស់ ហើយបញ្ជីកណ្តាលផ្ទៀងផ្ទាត់ម្តងទៀត។ សូមអានសេចក្តីជូនដំណឹងអំពីឯកជនភាព (កំណែ %1) ជូនពួកគេជាមុនសិន៖ ពួកគេយល់ព្រមផ្តល់ស្នាមម្រាមដៃម្តងទៀត។</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>ប្តូរ៖</translation>
    </message>
    <message>
        <source>e.g. the hospital&apos;s finger check fails: the print on file is smeared</source>
        <translation>ឧ. ការផ្ទៀងផ្ទាត់ម្រាមដៃនៅមន្ទីរពេទ្យបរាជ័យ៖ ស្នាមក្នុងឯកសារព្រិល</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>មូលហេតុ (&amp;W)៖</translation>
    </message>
    <message>
        <source>— read the notice, then choose —</source>
        <translation>— អានសេចក្តីជូនដំណឹង រួចជ្រើសរើស —</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>បុគ្គលនោះផ្ទាល់</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>ឪពុកម្តាយ ឬអាណាព្យាបាល</translation>
    </message>
    <message>
        <source>Agreed b&amp;y:</source>
        <translation>អ្នកយល់ព្រម (&amp;Y)៖</translation>
    </message>
    <message>
        <source>the parent&apos;s or guardian&apos;s name</source>
        <translation>ឈ្មោះឪពុកម្តាយ ឬអាណាព្យាបាល</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>អាណាព្យាបាល (&amp;G)៖</translation>
    </message>
    <message>
        <source>Check and re&amp;place</source>
        <translation>ផ្ទៀងផ្ទាត់ ហើយប្តូរ (&amp;P)</translation>
    </message>
    <message>
        <source>Check and a&amp;dd</source>
        <translation>ផ្ទៀងផ្ទាត់ ហើយបន្ថែម (&amp;D)</translation>
    </message>
    <message>
        <source>Capture at least one finger.</source>
        <translation>សូមស្កេនម្រាមដៃយ៉ាងហោចណាស់មួយ។</translation>
    </message>
    <message>
        <source>Read the notice, then choose who agreed.</source>
        <translation>សូមអានសេចក្តីជូនដំណឹង រួចជ្រើសរើសអ្នកដែលបានយល់ព្រម។</translation>
    </message>
    <message>
        <source>Tick the fingers whose new capture replaces the print on file.</source>
        <translation>សូមគូសធីកម្រាមដៃដែលការស្កេនថ្មីជំនួសស្នាមក្នុងឯកសារ។</translation>
    </message>
    <message>
        <source>Capture the fingers ticked first: %1.</source>
        <translation>សូមស្កេនម្រាមដៃដែលបានគូសធីកជាមុនសិន៖ %1។</translation>
    </message>
    <message>
        <source>Say why the prints are replaced.</source>
        <translation>សូមប្រាប់មូលហេតុដែលប្តូរស្នាមម្រាមដៃ។</translation>
    </message>
</context>
<context>
    <name>AddressPicker</name>
    <message>
        <source>%1 (%2), retired</source>
        <translation>%1 (%2), ឈប់ប្រើ</translation>
    </message>
    <message>
        <source>Retired from the list of places: kept for the records that name it; no new household is registered here.</source>
        <translation>ត្រូវបានដកចេញពីបញ្ជីទីកន្លែង៖ រក្សាទុកសម្រាប់កំណត់ត្រាដែលមានឈ្មោះវា គ្មានការចុះឈ្មោះគ្រួសារថ្មីនៅទីនេះទេ។</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>possible duplicate sent to adjudication</source>
        <translation>ករណីស្ទួនដែលអាចកើតមាន ត្រូវបានបញ្ជូនទៅការវិនិច្ឆ័យ</translation>
    </message>
    <message>
        <source>adjudication decided by the clerk</source>
        <translation>ការវិនិច្ឆ័យត្រូវបានសម្រេចដោយបុគ្គលិក</translation>
    </message>
    <message>
        <source>adjudication approved</source>
        <translation>ការវិនិច្ឆ័យត្រូវបានអនុម័ត</translation>
    </message>
    <message>
        <source>adjudication sent back to the clerk</source>
        <translation>ការវិនិច្ឆ័យត្រូវបានបញ្ជូនត្រឡប់ទៅបុគ្គលិកវិញ</translation>
    </message>
    <message>
        <source>adjudication prints viewed</source>
        <translation>ស្នាមម្រាមដៃនៃការវិនិច្ឆ័យត្រូវបានមើល</translation>
    </message>
    <message>
        <source>card issued</source>
        <translation>បានចេញកាត</translation>
    </message>
    <message>
        <source>card status changed</source>
        <translation>ស្ថានភាពកាតបានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>card-signing certificates installed</source>
        <translation>វិញ្ញាបនបត្រចុះហត្ថលេខាកាតត្រូវបានដំឡើង</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>បានបើកករណី</translation>
    </message>
    <message>
        <source>case assigned</source>
        <translation>ករណីត្រូវបានចាត់តាំង</translation>
    </message>
    <message>
        <source>case plan item added</source>
        <translation>បានបន្ថែមធាតុក្នុងផែនការករណី</translation>
    </message>
    <message>
        <source>case plan item updated</source>
        <translation>ធាតុក្នុងផែនការករណីត្រូវបានធ្វើបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>case closed</source>
        <translation>បានបិទករណី</translation>
    </message>
    <message>
        <source>contribution paid</source>
        <translation>បានបង់វិភាគទាន</translation>
    </message>
    <message>
        <source>contributions refunded</source>
        <translation>វិភាគទានត្រូវបានសងវិញ</translation>
    </message>
    <message>
        <source>copy of a contribution receipt given</source>
        <translation>បានផ្ដល់ច្បាប់ចម្លងបង្កាន់ដៃបង់វិភាគទាន</translation>
    </message>
    <message>
        <source>copy of a refund voucher given</source>
        <translation>បានផ្ដល់ច្បាប់ចម្លងបណ្ណសងប្រាក់វិញ</translation>
    </message>
    <message>
        <source>demonstration data added</source>
        <translation>បានបន្ថែមទិន្នន័យសាកល្បង</translation>
    </message>
    <message>
        <source>grievance received</source>
        <translation>បានទទួលបណ្តឹងតវ៉ា</translation>
    </message>
    <message>
        <source>grievance referred</source>
        <translation>បណ្តឹងតវ៉ាត្រូវបានបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>grievance resolved</source>
        <translation>បណ្តឹងតវ៉ាត្រូវបានដោះស្រាយ</translation>
    </message>
    <message>
        <source>grievance appealed</source>
        <translation>បណ្តឹងតវ៉ាត្រូវបានប្តឹងឧទ្ធរណ៍</translation>
    </message>
    <message>
        <source>grievance closed</source>
        <translation>បណ្តឹងតវ៉ាត្រូវបានបិទ</translation>
    </message>
    <message>
        <source>grievance withdrawn</source>
        <translation>បណ្តឹងតវ៉ាត្រូវបានដកវិញ</translation>
    </message>
    <message>
        <source>household assessed</source>
        <translation>គ្រួសារត្រូវបានវាយតម្លៃ</translation>
    </message>
    <message>
        <source>new head of the household</source>
        <translation>មេគ្រួសារថ្មី</translation>
    </message>
    <message>
        <source>moved to another household</source>
        <translation>បានផ្លាស់ទៅគ្រួសារផ្សេង</translation>
    </message>
    <message>
        <source>registry keys rotated</source>
        <translation>សោនៃបញ្ជីឈ្មោះត្រូវបានប្តូរថ្មី</translation>
    </message>
    <message>
        <source>operator account created</source>
        <translation>គណនីអ្នកប្រើប្រាស់ត្រូវបានបង្កើត</translation>
    </message>
    <message>
        <source>operator account disabled</source>
        <translation>គណនីអ្នកប្រើប្រាស់ត្រូវបានបិទ</translation>
    </message>
    <message>
        <source>operator account enabled</source>
        <translation>គណនីអ្នកប្រើប្រាស់ត្រូវបានបើកឡើងវិញ</translation>
    </message>
    <message>
        <source>operator account locked (failed sign-ins)</source>
        <translation>គណនីអ្នកប្រើប្រាស់ត្រូវបានចាក់សោ (ចូលមិនជោគជ័យច្រើនដង)</translation>
    </message>
    <message>
        <source>operator account unlocked</source>
        <translation>គណនីអ្នកប្រើប្រាស់ត្រូវបានដោះសោ</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>ការចូលមិនជោគជ័យ</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>ពាក្យសម្ងាត់ត្រូវបានប្តូរ</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>ពាក្យសម្ងាត់ត្រូវបានកំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>person registered</source>
        <translation>បុគ្គលត្រូវបានចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>fingerprint search</source>
        <translation>ការស្វែងរកស្នាមម្រាមដៃ</translation>
    </message>
    <message>
        <source>person&apos;s situation recorded</source>
        <translation>ស្ថានភាពរបស់បុគ្គលត្រូវបានកត់ត្រា</translation>
    </message>
    <message>
        <source>death recorded</source>
        <translation>មរណភាពត្រូវបានកត់ត្រា</translation>
    </message>
    <message>
        <source>death withdrawn</source>
        <translation>មរណភាពត្រូវបានដកវិញ</translation>
    </message>
    <message>
        <source>person&apos;s details corrected</source>
        <translation>ព័ត៌មានលម្អិតរបស់បុគ្គលត្រូវបានកែ</translation>
    </message>
    <message>
        <source>consent recorded again</source>
        <translation>ការយល់ព្រមត្រូវបានកត់ត្រាម្តងទៀត</translation>
    </message>
    <message>
        <source>fingerprints erased at the person&apos;s request</source>
        <translation>បានលុបស្នាមម្រាមដៃតាមសំណើរបស់បុគ្គល</translation>
    </message>
    <message>
        <source>fingerprints added to a registered person</source>
        <translation>បានបន្ថែមស្នាមម្រាមដៃជូនអ្នកចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>fingerprints not added: they match other registered people</source>
        <translation>មិនបានបន្ថែមស្នាមម្រាមដៃទេ៖ ត្រូវគ្នានឹងអ្នកចុះឈ្មោះផ្សេងទៀត</translation>
    </message>
    <message>
        <source>fingerprints replaced by a new capture</source>
        <translation>ស្នាមម្រាមដៃត្រូវបានប្តូរដោយការស្កេនថ្មី</translation>
    </message>
    <message>
        <source>fingerprints not replaced: no capture matched the prints on file</source>
        <translation>មិនបានប្តូរស្នាមម្រាមដៃទេ៖ គ្មានការស្កេនណាត្រូវគ្នានឹងស្នាមក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>fingerprints not replaced: they match other registered people</source>
        <translation>មិនបានប្តូរស្នាមម្រាមដៃទេ៖ វាត្រូវគ្នានឹងអ្នកចុះឈ្មោះផ្សេងទៀត</translation>
    </message>
    <message>
        <source>their record given to the person</source>
        <translation>កំណត់ត្រារបស់បុគ្គលត្រូវបានប្រគល់ឱ្យគាត់</translation>
    </message>
    <message>
        <source>copy of an enrolment receipt given</source>
        <translation>បានផ្ដល់ច្បាប់ចម្លងបង្កាន់ដៃចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>copy of a grievance acknowledgement given</source>
        <translation>បានផ្ដល់ច្បាប់ចម្លងបង្កាន់ដៃទទួលបណ្តឹងតវ៉ា</translation>
    </message>
    <message>
        <source>programme membership recorded</source>
        <translation>សមាជិកភាពកម្មវិធីត្រូវបានកត់ត្រា</translation>
    </message>
    <message>
        <source>a programme&apos;s list checked against the registry</source>
        <translation>បានផ្ទៀងផ្ទាត់បញ្ជីរបស់កម្មវិធីជាមួយបញ្ជីឈ្មោះ</translation>
    </message>
    <message>
        <source>programme declined</source>
        <translation>កម្មវិធីត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <source>programme membership ended</source>
        <translation>សមាជិកភាពកម្មវិធីត្រូវបានបញ្ចប់</translation>
    </message>
    <message>
        <source>programme membership withdrawn before it began</source>
        <translation>សមាជិកភាពកម្មវិធីត្រូវបានដកវិញ មុនពេលចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>station backed up</source>
        <translation>ស្ថានីយត្រូវបានបម្រុងទុក</translation>
    </message>
    <message>
        <source>station restored from a backup</source>
        <translation>ស្ថានីយត្រូវបានស្តារពីការបម្រុងទុក</translation>
    </message>
    <message>
        <source>service use recorded (card)</source>
        <translation>ការប្រើប្រាស់សេវាត្រូវបានកត់ត្រា (កាត)</translation>
    </message>
    <message>
        <source>visits exported (for the facility&apos;s claim)</source>
        <translation>បាននាំចេញការមកពិនិត្យ (សម្រាប់ការទាមទារសំណងរបស់មូលដ្ឋានសុខាភិបាល)</translation>
    </message>
    <message>
        <source>sync with the centre</source>
        <translation>ការធ្វើសមកាលកម្មជាមួយមជ្ឈមណ្ឌល</translation>
    </message>
    <message>
        <source>sync refused by the centre</source>
        <translation>មជ្ឈមណ្ឌលបានបដិសេធការធ្វើសមកាលកម្ម</translation>
    </message>
    <message>
        <source>undelivered records exported</source>
        <translation>កំណត់ត្រាដែលមិនទាន់បញ្ជូន ត្រូវបាននាំចេញ</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>user name</source>
        <translation>ឈ្មោះអ្នកប្រើ</translation>
    </message>
    <message>
        <source>role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>same person as</source>
        <translation>ជាបុគ្គលតែមួយនឹង</translation>
    </message>
    <message>
        <source>station</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>ថ្ងៃដំបូង</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>ថ្ងៃចុងក្រោយ</translation>
    </message>
    <message>
        <source>card serial</source>
        <translation>លេខស៊េរីកាត</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>សេចក្តីសម្រេច</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>បេក្ខជន</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>ការចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>adjudication case</source>
        <translation>ករណីវិនិច្ឆ័យ</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>សមាជិកភាព</translation>
    </message>
    <message>
        <source>fingers</source>
        <translation>ម្រាមដៃ</translation>
    </message>
    <message>
        <source>fingers missing</source>
        <translation>ម្រាមដៃដែលខ្វះ</translation>
    </message>
    <message>
        <source>note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>លេខបង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>ម៉ាស៊ីនបោះពុម្ព</translation>
    </message>
    <message>
        <source>records</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>died on</source>
        <translation>ស្លាប់នៅថ្ងៃ</translation>
    </message>
    <message>
        <source>details changed</source>
        <translation>ព័ត៌មានដែលបានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>old and new</source>
        <translation>ចាស់ និងថ្មី</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>consent before</source>
        <translation>ការយល់ព្រមពីមុន</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>ការចូលប្រព័ន្ធបរាជ័យ</translation>
    </message>
    <message>
        <source>household</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <source>head of the household</source>
        <translation>មេគ្រួសារ</translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation>ទំនាក់ទំនងជាមួយមេគ្រួសារ</translation>
    </message>
    <message>
        <source>new household</source>
        <translation>គ្រួសារថ្មី</translation>
    </message>
    <message>
        <source>address changed</source>
        <translation>អាសយដ្ឋានបានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ទៅ</translation>
    </message>
    <message>
        <source>category</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>បានផ្ញើ</translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation>នៅរង់ចាំ</translation>
    </message>
    <message>
        <source>received by the centre</source>
        <translation>មជ្ឈមណ្ឌលបានទទួល</translation>
    </message>
    <message>
        <source>refused by the centre</source>
        <translation>មជ្ឈមណ្ឌលបានបដិសេធ</translation>
    </message>
    <message>
        <source>decisions received</source>
        <translation>សេចក្តីសម្រេចដែលបានទទួល</translation>
    </message>
    <message>
        <source>newly revoked cards</source>
        <translation>កាតដែលទើបដកហូត</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>មូលដ្ឋានសុខាភិបាល</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>ម្ចាស់កាត</translation>
    </message>
    <message>
        <source>second visit that day (confirmed)</source>
        <translation>ការមកលើកទីពីរនៅថ្ងៃនោះ (បានបញ្ជាក់)</translation>
    </message>
    <message>
        <source>finger checked</source>
        <translation>បានពិនិត្យម្រាមដៃ</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>ចេញនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>recorded at</source>
        <translation>កត់ត្រានៅ</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>កត់ត្រាដោយ</translation>
    </message>
    <message>
        <source>replaces card</source>
        <translation>ជំនួសកាត</translation>
    </message>
    <message>
        <source>card</source>
        <translation>កាត</translation>
    </message>
    <message>
        <source>people</source>
        <translation>មនុស្ស</translation>
    </message>
    <message>
        <source>new candidates</source>
        <translation>បេក្ខជនថ្មី</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>បានដកវិញ</translation>
    </message>
    <message>
        <source>unused credit given back</source>
        <translation>ឥណទានមិនបានប្រើ ដែលបានសងវិញ</translation>
    </message>
    <message>
        <source>after a reset</source>
        <translation>ក្រោយការកំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>at</source>
        <translation>នៅ</translation>
    </message>
    <message>
        <source>demo seed</source>
        <translation>លេខទិន្នន័យសាកល្បង</translation>
    </message>
    <message>
        <source>households</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>សមាជិកភាព</translation>
    </message>
    <message>
        <source>programmes declined</source>
        <translation>កម្មវិធីដែលបានបដិសេធ</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>ការទូទាត់</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>កាត</translation>
    </message>
    <message>
        <source>duplicates prevented</source>
        <translation>ការចុះឈ្មោះស្ទួនដែលបានរារាំង</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <source>case plan items</source>
        <translation>ធាតុក្នុងផែនការករណី</translation>
    </message>
    <message>
        <source>grievances</source>
        <translation>បណ្តឹងតវ៉ា</translation>
    </message>
    <message>
        <source>fingers replaced</source>
        <translation>ម្រាមដៃដែលបានប្តូរ</translation>
    </message>
    <message>
        <source>quality before</source>
        <translation>គុណភាពពីមុន</translation>
    </message>
    <message>
        <source>matched the prints on file</source>
        <translation>ត្រូវគ្នានឹងស្នាមក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>fingers captured as a check</source>
        <translation>ម្រាមដៃដែលបានស្កេនសម្រាប់ផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>the same person</source>
        <translation>បុគ្គលតែមួយ</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>មិនមែនបុគ្គលតែមួយ</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>បានចូលរួម</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>បានបដិសេធ</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>បុគ្គលិកចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>សវនករ</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>បានចេញ</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ត្រូវបានដកហូត</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>បាត់</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ត្រូវបានជំនួស</translation>
    </message>
</context>
<context>
    <name>AuditorPage</name>
    <message>
        <source>Cards</source>
        <translation>កាត</translation>
    </message>
    <message>
        <source>Verify the card in the &amp;reader</source>
        <translation>ផ្ទៀងផ្ទាត់កាតក្នុងឧបករណ៍អាន (&amp;R)</translation>
    </message>
    <message>
        <source>Verify a &amp;folder of card dumps...</source>
        <translation>ផ្ទៀងផ្ទាត់ថតទិន្នន័យកាត... (&amp;F)</translation>
    </message>
    <message>
        <source>No card verified yet.</source>
        <translation>មិនទាន់ផ្ទៀងផ្ទាត់កាតណាមួយទេ។</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Card serial</source>
        <translation>លេខស៊េរីកាត</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>កំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <source>Verify the &amp;audit log chain</source>
        <translation>ផ្ទៀងផ្ទាត់ខ្សែសង្វាក់កំណត់ហេតុសវនកម្ម (&amp;A)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>អ្នកប្រើប្រាស់</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>កូដ</translation>
    </message>
    <message>
        <source>Card verification is not set up on this station: trust anchors and revocation list are missing.</source>
        <translation>ការផ្ទៀងផ្ទាត់កាតមិនទាន់រៀបចំនៅស្ថានីយនេះទេ៖ វិញ្ញាបនបត្រឫស និងបញ្ជីដកហូតបាត់។</translation>
    </message>
    <message>
        <source>Only auditors and supervisors can read the audit log.</source>
        <translation>មានតែសវនករ និងអ្នកត្រួតពិនិត្យទេ ដែលអាចអានកំណត់ហេតុសវនកម្មបាន។</translation>
    </message>
    <message>
        <source>action, e.g. card or person.enrol</source>
        <translation>សកម្មភាព ឧ. card ឬ person.enrol</translation>
    </message>
    <message>
        <source>operator user name</source>
        <translation>ឈ្មោះអ្នកប្រើរបស់ប្រតិបត្តិករ</translation>
    </message>
    <message>
        <source>person id, card serial or case</source>
        <translation>លេខសម្គាល់បុគ្គល លេខស៊េរីកាត ឬករណី</translation>
    </message>
    <message>
        <source>&amp;Show events</source>
        <translation>បង្ហាញព្រឹត្តិការណ៍ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>នាំចេញ CSV... (&amp;E)</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>សកម្មភាព (&amp;T)៖</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>អ្នកប្រើប្រាស់ (&amp;O)៖</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>កំណត់ត្រា (&amp;B)៖</translation>
    </message>
    <message>
        <source>Reading the card...</source>
        <translation>កំពុងអានកាត...</translation>
    </message>
    <message>
        <source>Folder of card dumps</source>
        <translation>ថតទិន្នន័យកាត</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ត្រូវបានដកហូត</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>មិនត្រូវបានដកហូត</translation>
    </message>
    <message>
        <source>Certificate chain: %1
Revocation: %2
Detail: %3</source>
        <translation>ខ្សែវិញ្ញាបនបត្រ៖ %1
ការដកហូត៖ %2
ព័ត៌មានលម្អិត៖ %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>មានសុពលភាព</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>មិនមានសុពលភាព</translation>
    </message>
    <message numerus="yes">
        <source>Valid: %1 of %n card dump(s).</source>
        <translation>
            <numerusform>ទិន្នន័យកាត %1 ក្នុងចំណោម %n មានសុពលភាព។</numerusform>
            <numerusform>ទិន្នន័យកាត %1 ក្នុងចំណោម %n មានសុពលភាព។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), newest first</source>
        <translation>
            <numerusform>ព្រឹត្តិការណ៍ %Ln ថ្មីបំផុតមុន</numerusform>
            <numerusform>ព្រឹត្តិការណ៍ %Ln ថ្មីបំផុតមុន</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) saved to %1</source>
        <translation>
            <numerusform>ព្រឹត្តិការណ៍ %Ln បានរក្សាទុកក្នុង %1</numerusform>
            <numerusform>ព្រឹត្តិការណ៍ %Ln បានរក្សាទុកក្នុង %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain could not be checked: %1</source>
        <translation>មិនអាចពិនិត្យខ្សែសង្វាក់សវនកម្មបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>កំពុងផ្ទៀងផ្ទាត់...</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 events, schema %2, head %3</source>
        <translation>ខ្សែសង្វាក់សវនកម្មល្អ៖ ព្រឹត្តិការណ៍ %1 គ្រោងការណ៍ %2 ក្បាល %3</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>កំពុងអាន...</translation>
    </message>
    <message>
        <source>(station)</source>
        <translation>(ស្ថានីយ)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>មិនអាចរក្សាទុកបាន៖ %1</translation>
    </message>
    <message>
        <source>Save the audit events</source>
        <translation>រក្សាទុកព្រឹត្តិការណ៍សវនកម្ម</translation>
    </message>
    <message>
        <source>AUDIT CHAIN BROKEN: %1</source>
        <translation>ខ្សែសង្វាក់សវនកម្មខូច៖ %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the station</source>
        <translation>បម្រុងទុកស្ថានីយ</translation>
    </message>
    <message>
        <source>The backup holds the whole station: its people, fingerprints, keys and the records not yet sent to the centre. Another computer can become this station from it. Keep the passphrase apart from the file.</source>
        <translation>ការបម្រុងទុកមានស្ថានីយទាំងមូល៖ មនុស្ស ស្នាមម្រាមដៃ កូនសោ និងកំណត់ត្រាដែលមិនទាន់ផ្ញើទៅមជ្ឈមណ្ឌល។ កុំព្យូទ័រផ្សេងអាចក្លាយជាស្ថានីយនេះពីវាបាន។ សូមរក្សាឃ្លាសម្ងាត់ដាច់ដោយឡែកពីឯកសារ។</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>ជ្រើសរើស... (&amp;H)</translation>
    </message>
    <message>
        <source>Save in &amp;folder</source>
        <translation>រក្សាទុកក្នុងថត (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>ឃ្លាសម្ងាត់ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>ម្តងទៀត (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>បម្រុងទុក (&amp;B)</translation>
    </message>
    <message>
        <source>Save the backup in</source>
        <translation>រក្សាទុកការបម្រុងទុកក្នុង</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>ថត %1 មិនមានទេ។</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>ឃ្លាសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>ឃ្លាសម្ងាត់ទាំងពីរខុសគ្នា។</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No records yet</source>
        <translation>មិនទាន់មានកំណត់ត្រា</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Fingers</source>
        <extracomment>Enter on the finger list: the clerk means Next</extracomment>
        <translation>ម្រាមដៃ</translation>
    </message>
    <message>
        <source>Quality %v / 100</source>
        <translation>គុណភាព %v / 100</translation>
    </message>
    <message>
        <source>&amp;Capture (Space)</source>
        <translation>ស្កេន (Space) (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry this finger</source>
        <translation>ស្កេនម្រាមដៃនេះម្តងទៀត (&amp;R)</translation>
    </message>
    <message>
        <source>Finger not &amp;available...</source>
        <translation>ម្រាមដៃមិនអាចស្កេនបាន... (&amp;A)</translation>
    </message>
    <message>
        <source>Demo person at the scanner: </source>
        <translation>មនុស្សសាកល្បងនៅម៉ាស៊ីនស្កេន៖ </translation>
    </message>
    <message>
        <source>Synthetic fingers: another number is another person; an earlier number brings that person back (a duplicate).</source>
        <translation>ម្រាមដៃសំយោគ៖ លេខផ្សេងគឺជាមនុស្សផ្សេង។ លេខមុននាំមនុស្សនោះត្រឡប់មកវិញ (ស្ទួន)។</translation>
    </message>
    <message>
        <source>No scanner is connected. Connect one, or start the station with --scanner FOLDER.</source>
        <translation>គ្មានម៉ាស៊ីនស្កេនភ្ជាប់ទេ។ ភ្ជាប់ម៉ាស៊ីនស្កេន ឬចាប់ផ្តើមស្ថានីយជាមួយ --scanner FOLDER។</translation>
    </message>
    <message>
        <source>%1: the scanner image shows no fingerprint. Place the finger flat on the glass and retry.</source>
        <translation>%1៖ រូបភាពពីម៉ាស៊ីនស្កេនគ្មានស្នាមម្រាមដៃទេ។ ដាក់ម្រាមដៃឲ្យរាបលើកញ្ចក់ ហើយស្កេនម្តងទៀត។</translation>
    </message>
    <message>
        <source>Place the finger flat on the scanner and press Capture.</source>
        <translation>ដាក់ម្រាមដៃឲ្យរាបលើម៉ាស៊ីនស្កេន ហើយចុចស្កេន។</translation>
    </message>
    <message>
        <source>Good print. Continue with the next finger.</source>
        <translation>ស្នាមម្រាមដៃល្អ។ បន្តទៅម្រាមដៃបន្ទាប់។</translation>
    </message>
    <message>
        <source>Still poor after several tries: keep the best print, or mark the finger not available with a reason.</source>
        <translation>នៅតែមិនល្អក្រោយព្យាយាមច្រើនដង៖ រក្សាស្នាមល្អបំផុត ឬសម្គាល់ម្រាមដៃថាមិនអាចស្កេនបានដោយមានមូលហេតុ។</translation>
    </message>
    <message>
        <source>Acceptable. A retry may give a better print: roll less, press evenly.</source>
        <translation>អាចទទួលយកបាន។ ស្កេនម្តងទៀតអាចល្អជាង៖ កុំរមៀលច្រើន សង្កត់ស្មើៗ។</translation>
    </message>
    <message>
        <source>Few ridge details found: press the whole fingertip flat (not just the tip), then retry.</source>
        <translation>រកឃើញព័ត៌មានលម្អិតនៃខ្សែស្នាមម្រាមដៃតិចពេក៖ សង្កត់ចុងម្រាមដៃទាំងមូលឲ្យរាបស្មើ (មិនមែនតែចុងទេ) រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Few ridge details even after several tries: keep the best print and capture more fingers, or mark it not available.</source>
        <translation>ព័ត៌មានលម្អិតនៅតែតិច ក្រោយព្យាយាមច្រើនដង៖ រក្សាស្នាមល្អបំផុត ហើយស្កេនម្រាមដៃផ្សេងទៀតបន្ថែម ឬសម្គាល់ថាមិនអាចស្កេនបាន។</translation>
    </message>
    <message>
        <source>Poor print: wipe the finger and the glass, place the finger flat and centred, press gently, then retry.</source>
        <translation>ស្នាមម្រាមដៃមិនល្អ៖ ជូតម្រាមដៃ និងកញ្ចក់ ដាក់ម្រាមដៃឲ្យរាបនៅកណ្តាល សង្កត់ថ្នមៗ រួចស្កេនម្តងទៀត។</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>មិនអាចស្កេនបាន</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>demo scanner (synthetic person %1)</source>
        <translation>ម៉ាស៊ីនស្កេនសាកល្បង (មនុស្សសិប្បនិម្មិតទី %1)</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>ម៉ាស៊ីនស្កេន៖ %1</translation>
    </message>
    <message>
        <source>Ne&amp;xt finger: %1 (Space)</source>
        <translation>ម្រាមដៃបន្ទាប់៖ %1 (Space) (&amp;X)</translation>
    </message>
    <message>
        <source>%1 minutiae</source>
        <translation>មីនុយសៀ %1</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>មិនអាចស្កេនបាន៖ %1</translation>
    </message>
</context>
<context>
    <name>CardOutcomeView</name>
    <message>
        <source>The card&apos;s data is damaged or not a social protection credential.</source>
        <translation>ទិន្នន័យកាតខូច ឬមិនមែនជាប័ណ្ណគាំពារសង្គម។</translation>
    </message>
    <message>
        <source>The card was not issued by a recognised office.</source>
        <translation>កាតមិនត្រូវបានចេញដោយការិយាល័យដែលទទួលស្គាល់ទេ។</translation>
    </message>
    <message>
        <source>The issuing office&apos;s certificate has expired.</source>
        <translation>វិញ្ញាបនបត្ររបស់ការិយាល័យចេញកាតផុតសុពលភាពហើយ។</translation>
    </message>
    <message>
        <source>The issuer&apos;s signature does not match: the data was changed.</source>
        <translation>ហត្ថលេខាអ្នកចេញមិនត្រូវគ្នា៖ ទិន្នន័យត្រូវបានកែប្រែ។</translation>
    </message>
    <message>
        <source>The card has been revoked.</source>
        <translation>កាតត្រូវបានដកហូត។</translation>
    </message>
    <message>
        <source>The card was signed after its issuing station was revoked (stolen or withdrawn).</source>
        <translation>កាតនេះត្រូវបានចុះហត្ថលេខាបន្ទាប់ពីស្ថានីយចេញកាតត្រូវបានដកហូត (ត្រូវបានលួច ឬដកចេញ)។</translation>
    </message>
    <message>
        <source>The card is not valid yet.</source>
        <translation>កាតមិនទាន់មានសុពលភាពទេ។</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>កាតផុតសុពលភាពហើយ។</translation>
    </message>
    <message>
        <source>The fingerprints on the card were altered.</source>
        <translation>ស្នាមម្រាមដៃលើកាតត្រូវបានកែប្រែ។</translation>
    </message>
    <message>
        <source>The card could not prove it is the original (possible copy).</source>
        <translation>កាតមិនអាចបញ្ជាក់ថាជាកាតដើមបានទេ (អាចជាកាតចម្លង)។</translation>
    </message>
    <message>
        <source>The revocation list could not be checked.</source>
        <translation>មិនអាចពិនិត្យបញ្ជីដកហូតបានទេ។</translation>
    </message>
    <message>
        <source>The card is dated before its issuing station was revoked, but that station never delivered it to the central registry: it cannot be told from a card made with the station&apos;s stolen key. The holder gets a new card at the office.</source>
        <translation>កាតនេះមានកាលបរិច្ឆេទមុនពេលស្ថានីយចេញកាតត្រូវបានដកហូត ប៉ុន្តែស្ថានីយនោះមិនដែលបញ្ជូនវាទៅបញ្ជីកណ្ដាលទេ៖ គេមិនអាចបែងចែកវាពីកាតដែលធ្វើដោយកូនសោដែលត្រូវបានលួចរបស់ស្ថានីយនោះបានទេ។ ម្ចាស់កាតទទួលកាតថ្មីនៅការិយាល័យ។</translation>
    </message>
    <message>
        <source>the revocation list is out of date</source>
        <translation>បញ្ជីដកហូតហួសសម័យហើយ</translation>
    </message>
    <message>
        <source>no card was challenged (printed or copied credential)</source>
        <translation>មិនបានសាកល្បងកាតផ្ទាល់ទេ (ឯកសារបោះពុម្ព ឬចម្លង)</translation>
    </message>
    <message>
        <source>the card&apos;s fingerprints are sealed and this desk holds no template key: the finger check is not available here</source>
        <translation>ស្នាមម្រាមដៃនៅលើកាតត្រូវបានចាក់សោ ហើយតុនេះគ្មានកូនសោគំរូទេ៖ ការពិនិត្យម្រាមដៃមិនអាចធ្វើបាននៅទីនេះទេ</translation>
    </message>
    <message>
        <source>the card&apos;s fingerprints are sealed for another programme&apos;s template key: the finger check is not available here</source>
        <translation>ស្នាមម្រាមដៃនៅលើកាតត្រូវបានចាក់សោសម្រាប់កូនសោគំរូរបស់កម្មវិធីផ្សេង៖ ការពិនិត្យម្រាមដៃមិនអាចធ្វើបាននៅទីនេះទេ</translation>
    </message>
    <message>
        <source>the card&apos;s sealed fingerprints do not open: the finger check is not available here</source>
        <translation>ស្នាមម្រាមដៃដែលបានចាក់សោនៅលើកាតមិនអាចបើកបានទេ៖ ការពិនិត្យម្រាមដៃមិនអាចធ្វើបាននៅទីនេះទេ</translation>
    </message>
    <message>
        <source>signed before its issuing station was revoked: still valid</source>
        <translation>បានចុះហត្ថលេខាមុនពេលស្ថានីយចេញកាតត្រូវបានដកហូត៖ នៅតែមានសុពលភាព</translation>
    </message>
    <message>
        <source>ID %1 · %2 · born %3 · lives in %6
Card %4, expired on %5</source>
        <translation>លេខសម្គាល់ %1 · %2 · កើត %3 · រស់នៅ %6
កាត %4 ផុតសុពលភាពនៅថ្ងៃ %5</translation>
    </message>
    <message>
        <source>ID %1 · %2 · born %3 · lives in %6
Card %4</source>
        <translation>លេខសម្គាល់ %1 · %2 · កើត %3 · រស់នៅ %6
កាត %4</translation>
    </message>
    <message>
        <source>NOT VALID — %1</source>
        <translation>មិនមានសុពលភាព — %1</translation>
    </message>
    <message>
        <source>This card is in the name of %1 %2.</source>
        <translation>កាតនេះជារបស់ %1 %2។</translation>
    </message>
    <message>
        <source>VALID CARD — %1 %2</source>
        <translation>កាតមានសុពលភាព — %1 %2</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>មិនបានបញ្ជាក់</translation>
    </message>
    <message>
        <source>ID %1 · %2 · born %3 · lives in %6
Card %4, valid until %5</source>
        <translation>លេខសម្គាល់ %1 · %2 · កើត %3 · រស់នៅ %6
កាត %4 មានសុពលភាពដល់ %5</translation>
    </message>
    <message>
        <source>%1: covered today, until %2</source>
        <translation>%1៖ មានសិទ្ធិថ្ងៃនេះ ដល់ %2</translation>
    </message>
    <message>
        <source>%1: not yet, from %2</source>
        <translation>%1៖ មិនទាន់ចាប់ផ្តើម ចាប់ពី %2</translation>
    </message>
    <message>
        <source>%1: ended on %2</source>
        <translation>%1៖ បានបញ្ចប់ នៅ %2</translation>
    </message>
    <message>
        <source>No programme on this card</source>
        <translation>គ្មានកម្មវិធីលើកាតនេះទេ</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ចំណាំ៖ %1</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Place a blank card in the reader, then press Issue.</source>
        <translation>ដាក់កាតទទេក្នុងឧបករណ៍អាន រួចចុចចេញកាត។</translation>
    </message>
    <message>
        <source>Find &amp;readers</source>
        <translation>ស្វែងរកឧបករណ៍អាន (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Issue the card</source>
        <translation>ចេញកាត (&amp;I)</translation>
    </message>
    <message>
        <source>Rea&amp;der:</source>
        <translation>ឧបករណ៍អាន (&amp;D)៖</translation>
    </message>
    <message>
        <source>No card issued yet. The card can also be issued later.</source>
        <translation>មិនទាន់ចេញកាតទេ។ អាចចេញកាតនៅពេលក្រោយក៏បាន។</translation>
    </message>
    <message>
        <source>Writing the card: do not remove it...</source>
        <translation>កំពុងសរសេរកាត៖ កុំដកចេញ...</translation>
    </message>
    <message>
        <source>No card reader found. Connect one and press Find readers.</source>
        <translation>រកមិនឃើញឧបករណ៍អានកាតទេ។ ភ្ជាប់មួយ ហើយចុចស្វែងរកឧបករណ៍អាន។</translation>
    </message>
    <message>
        <source>Reading the person&apos;s record</source>
        <translation>កំពុងអានកំណត់ត្រារបស់បុគ្គល</translation>
    </message>
    <message>
        <source>Writing the card</source>
        <translation>កំពុងសរសេរកាត</translation>
    </message>
    <message>
        <source>Reading the card back</source>
        <translation>កំពុងអានកាតឡើងវិញ</translation>
    </message>
    <message>
        <source>Verifying the card</source>
        <translation>កំពុងផ្ទៀងផ្ទាត់កាត</translation>
    </message>
    <message>
        <source>Recording the card</source>
        <translation>កំពុងកត់ត្រាកាត</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>Card %1 issued and recorded.</source>
        <translation>កាត %1 ត្រូវបានចេញ និងកត់ត្រា។</translation>
    </message>
</context>
<context>
    <name>CardReader</name>
    <message>
        <source>The card could not be read: place it on the reader and try again.</source>
        <translation>មិនអាចអានកាតបានទេ៖ សូមដាក់វានៅលើឧបករណ៍អាន ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
</context>
<context>
    <name>CardReviewPanel</name>
    <message>
        <source>Cards in use that no longer say what the registry says: a hospital reads the card alone. Call the holder in and issue a new card (Clerk, Find: Issue a card to the selected person); each card stays here until a new one replaces it.</source>
        <translation>កាតដែលកំពុងប្រើ ប៉ុន្តែលែងត្រូវនឹងអ្វីដែលបញ្ជីឈ្មោះកត់ត្រា៖ មន្ទីរពេទ្យអានតែកាតប៉ុណ្ណោះ។ សូមហៅម្ចាស់កាតមក ហើយចេញកាតថ្មី (បុគ្គលិកចុះឈ្មោះ ស្វែងរក៖ ចេញកាតឱ្យបុគ្គលដែលបានជ្រើស)។ កាតនីមួយៗនៅក្នុងបញ្ជីនេះរហូតដល់មានកាតថ្មីជំនួស។</translation>
    </message>
    <message>
        <source>Cards to replace</source>
        <translation>កាតដែលត្រូវប្តូរ</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>កាត</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>ម្ចាស់កាត</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>អ្វីដែលខុស</translation>
    </message>
    <message>
        <source>Cards to replace (%1)</source>
        <translation>កាតដែលត្រូវប្តូរ (%1)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>ថ្ងៃកំណើត</translation>
    </message>
    <message>
        <source>village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <source>Shows old details (%1).</source>
        <translation>បង្ហាញព័ត៌មានចាស់ (%1)។</translation>
    </message>
    <message>
        <source>Still claims %1, which no longer covers the holder.</source>
        <translation>នៅតែបង្ហាញ %1 ដែលលែងគ្របដណ្តប់ម្ចាស់កាតហើយ។</translation>
    </message>
    <message>
        <source>Does not show %1.</source>
        <translation>មិនបង្ហាញ %1 ទេ។</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>ផុតសុពលភាពនៅថ្ងៃ %1។</translation>
    </message>
    <message>
        <source>Its record cannot be read.</source>
        <translation>មិនអាចអានកំណត់ត្រារបស់វាបានទេ។</translation>
    </message>
</context>
<context>
    <name>CasePlanPanel</name>
    <message>
        <source>S&amp;how the case</source>
        <translation>បង្ហាញករណី (&amp;H)</translation>
    </message>
    <message>
        <source>card serial or person id</source>
        <translation>លេខស៊េរីកាត ឬលេខសម្គាល់បុគ្គល</translation>
    </message>
    <message>
        <source>&amp;Person id or card:</source>
        <translation>លេខសម្គាល់បុគ្គល ឬកាត (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Read the card</source>
        <translation>អានកាត (&amp;R)</translation>
    </message>
    <message>
        <source>choose a member</source>
        <translation>ជ្រើសរើសសមាជិកម្នាក់</translation>
    </message>
    <message>
        <source>Househo&amp;ld member:</source>
        <translation>សមាជិកគ្រួសារ (&amp;L)៖</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>បើកករណី</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>បើកករណី (&amp;O)</translation>
    </message>
    <message>
        <source>Case &amp;manager</source>
        <translation>អ្នកគ្រប់គ្រងករណី (&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;ituation</source>
        <translation>ស្ថានការណ៍ (&amp;I)</translation>
    </message>
    <message>
        <source>Personal plan</source>
        <translation>ផែនការផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>&amp;Close the case</source>
        <translation>បិទករណី (&amp;C)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ការតាមដាន</translation>
    </message>
    <message>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>Update the selected i&amp;tem</source>
        <translation>ធ្វើបច្ចុប្បន្នភាពធាតុដែលបានជ្រើស (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ស្ថានភាព (&amp;S)៖</translation>
    </message>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>បន្ថែមទៅផែនការ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ប្រភេទ (&amp;K)</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>សេវា (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>អ្វី (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>កាលកំណត់ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>តាមដាននៅថ្ងៃ (&amp;F)</translation>
    </message>
    <message>
        <source>Close this case? Its plan is kept, but nothing can be added to it or changed any more.</source>
        <translation>បិទករណីនេះឬ? ផែនការរបស់វានៅរក្សាទុក ប៉ុន្តែមិនអាចបន្ថែម ឬកែប្រែអ្វីទៀតបានទេ។</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>បានបិទករណី។</translation>
    </message>
    <message>
        <source>Enter the person id or the card serial first.</source>
        <translation>សូមបញ្ចូលលេខសម្គាល់បុគ្គល ឬលេខស៊េរីកាតជាមុនសិន។</translation>
    </message>
    <message>
        <source>Died on %1: no case can be opened.</source>
        <translation>បានទទួលមរណភាពនៅថ្ងៃ %1៖ មិនអាចបើកករណីបានទេ។</translation>
    </message>
    <message>
        <source>No case yet: open one.</source>
        <translation>មិនទាន់មានករណីទេ៖ សូមបើកមួយ។</translation>
    </message>
    <message>
        <source>This card is revoked; its holder&apos;s case is shown all the same.</source>
        <translation>កាតនេះត្រូវបានដកហូត ប៉ុន្តែករណីរបស់ម្ចាស់កាតនៅតែបង្ហាញដដែល។</translation>
    </message>
    <message>
        <source>This card was reported lost; its holder&apos;s case is shown all the same.</source>
        <translation>កាតនេះត្រូវបានរាយការណ៍ថាបាត់ ប៉ុន្តែករណីរបស់ម្ចាស់កាតនៅតែបង្ហាញដដែល។</translation>
    </message>
    <message>
        <source>This card was replaced by a newer one; its holder&apos;s case is shown all the same.</source>
        <translation>កាតនេះត្រូវបានជំនួសដោយកាតថ្មី ប៉ុន្តែករណីរបស់ម្ចាស់កាតនៅតែបង្ហាញដដែល។</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1 កើតថ្ងៃ %2</translation>
    </message>
    <message>
        <source>, died on %1</source>
        <translation> ស្លាប់នៅថ្ងៃ %1</translation>
    </message>
    <message>
        <source>Case {0} ({1}), case manager {2}: {3}</source>
        <translation>ករណី {0} ({1}), អ្នកគ្រប់គ្រងករណី {2}៖ {3}</translation>
    </message>
    <message>
        <source>Case opened.</source>
        <translation>បានបើកករណី។</translation>
    </message>
    <message>
        <source>Added to the plan.</source>
        <translation>បានបន្ថែមទៅផែនការ។</translation>
    </message>
    <message>
        <source>Select a plan item first.</source>
        <translation>សូមជ្រើសធាតុផែនការជាមុនសិន។</translation>
    </message>
    <message>
        <source>Plan item updated.</source>
        <translation>បានធ្វើបច្ចុប្បន្នភាពធាតុផែនការ។</translation>
    </message>
</context>
<context>
    <name>CasePrintsDialog</name>
    <message>
        <source>Compare the prints</source>
        <translation>ប្រៀបធៀបស្នាមម្រាមដៃ</translation>
    </message>
    <message>
        <source>&amp;Registered person:</source>
        <translation>បុគ្គលដែលបានចុះឈ្មោះ (&amp;R)៖</translation>
    </message>
    <message>
        <source>&amp;Finger:</source>
        <translation>ម្រាមដៃ (&amp;F)៖</translation>
    </message>
    <message>
        <source>The clerk&apos;s note: %1</source>
        <translation>កំណត់ចំណាំរបស់ស្មៀន៖ %1</translation>
    </message>
    <message>
        <source>The applicant gave no print of this finger</source>
        <translation>អ្នកដាក់ពាក្យមិនបានផ្តល់ស្នាមម្រាមដៃនេះទេ</translation>
    </message>
    <message>
        <source>No registered print of this finger</source>
        <translation>គ្មានស្នាមម្រាមដៃនេះដែលបានចុះឈ្មោះទេ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>អ្នកដាក់ពាក្យ</translation>
    </message>
    <message>
        <source>Registered person</source>
        <translation>បុគ្គលដែលបានចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Same &amp;person as this registered person</source>
        <translation>មនុស្សតែមួយនឹងបុគ្គលដែលបានចុះឈ្មោះនេះ (&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n minutiae paired (linked in green)</source>
        <translation>
            <numerusform>មីនុយសៀ %n ត្រូវបានផ្គូផ្គង (ភ្ជាប់ជាពណ៌បៃតង)</numerusform>
            <numerusform>មីនុយសៀ %n ត្រូវបានផ្គូផ្គង (ភ្ជាប់ជាពណ៌បៃតង)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>case manager (empty: everyone)</source>
        <translation>អ្នកគ្រប់គ្រងករណី (ទទេ៖ ទាំងអស់)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ផ្ទុកឡើងវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Case &amp;manager:</source>
        <translation>អ្នកគ្រប់គ្រងករណី (&amp;M)៖</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>ការតាមដានដែលហួសកាលកំណត់</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>ចំនួនថ្ងៃហួសកាលកំណត់</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>អ្នកគ្រប់គ្រងករណី</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>In &amp;progress, follow up on</source>
        <translation>កំពុងដំណើរការ តាមដាននៅថ្ងៃ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>រួចរាល់ (&amp;D)</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>ថ្ងៃ (&amp;Y)៖</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>កំណត់សម្គាល់ (&amp;N)៖</translation>
    </message>
    <message>
        <source>user name of the new case manager</source>
        <translation>ឈ្មោះអ្នកប្រើរបស់អ្នកគ្រប់គ្រងករណីថ្មី</translation>
    </message>
    <message>
        <source>&amp;Hand the case to</source>
        <translation>ប្រគល់ករណីទៅ (&amp;H)</translation>
    </message>
    <message>
        <source>New case mana&amp;ger:</source>
        <translation>អ្នកគ្រប់គ្រងករណីថ្មី (&amp;G)៖</translation>
    </message>
    <message>
        <source>Overdue follow-ups ({0})</source>
        <translation>ការតាមដានដែលហួសកាលកំណត់ ({0})</translation>
    </message>
    <message>
        <source>Select a follow-up in the list first.</source>
        <translation>សូមជ្រើសការតាមដានមួយក្នុងបញ្ជីជាមុនសិន។</translation>
    </message>
    <message>
        <source>Follow-up recorded.</source>
        <translation>បានកត់ត្រាការតាមដាន។</translation>
    </message>
    <message>
        <source>Enter the user name of the new case manager.</source>
        <translation>សូមបញ្ចូលឈ្មោះអ្នកប្រើរបស់អ្នកគ្រប់គ្រងករណីថ្មី។</translation>
    </message>
    <message>
        <source>Case handed to {0}.</source>
        <translation>បានប្រគល់ករណីទៅ {0}។</translation>
    </message>
</context>
<context>
    <name>ClerkPage</name>
    <message>
        <source>1. Find</source>
        <extracomment>The household of the person just enrolled (the Household programmes tab opens on it). A registered person the clerk issues a card to from the search (no enrolment).</extracomment>
        <translation>១. ស្វែងរក</translation>
    </message>
    <message>
        <source>2. Person</source>
        <translation>២. បុគ្គល</translation>
    </message>
    <message>
        <source>3. Fingerprints</source>
        <translation>៣. ស្នាមម្រាមដៃ</translation>
    </message>
    <message>
        <source>4. Duplicate check</source>
        <translation>៤. ពិនិត្យស្ទួន</translation>
    </message>
    <message>
        <source>5. Programmes</source>
        <translation>៥. កម្មវិធី</translation>
    </message>
    <message>
        <source>6. Card</source>
        <translation>៦. កាត</translation>
    </message>
    <message>
        <source>7. Receipt</source>
        <translation>៧. បង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>បន្ទាប់ &gt; (&amp;N)</translation>
    </message>
    <message>
        <source>Start a ne&amp;w enrolment</source>
        <translation>ចាប់ផ្តើមការចុះឈ្មោះថ្មី (&amp;W)</translation>
    </message>
    <message>
        <source>This person was not registered: a possible duplicate waits for adjudication.</source>
        <translation>បុគ្គលនេះមិនត្រូវបានចុះឈ្មោះទេ៖ ករណីអាចស្ទួនកំពុងរង់ចាំការវិនិច្ឆ័យ។</translation>
    </message>
    <message>
        <source>Confirm the programmes first (untick all to register none).</source>
        <translation>បញ្ជាក់កម្មវិធីជាមុនសិន (ដកសញ្ញាធីកទាំងអស់ ដើម្បីមិនចុះឈ្មោះ)។</translation>
    </message>
    <message>
        <source>Wait until the card is written: do not remove it.</source>
        <translation>សូមរង់ចាំរហូតដល់កាតត្រូវបានសរសេររួច៖ កុំដកវាចេញ។</translation>
    </message>
    <message>
        <source>Start a new enrolment? What was typed and the fingerprints captured for this person will be lost.</source>
        <translation>ចាប់ផ្តើមការចុះឈ្មោះថ្មីមែនទេ? អ្វីដែលបានវាយ និងស្នាមម្រាមដៃដែលបានស្កេនសម្រាប់បុគ្គលនេះនឹងបាត់។</translation>
    </message>
    <message>
        <source>Wait until the duplicate check finishes: it may be registering the person.</source>
        <translation>សូមរង់ចាំរហូតដល់ការពិនិត្យស្ទួនបញ្ចប់៖ វាប្រហែលជាកំពុងចុះឈ្មោះបុគ្គលនេះ។</translation>
    </message>
    <message>
        <source>Reading the household&apos;s address...</source>
        <translation>កំពុងអានអាសយដ្ឋានគ្រួសារ...</translation>
    </message>
    <message>
        <source>The registry is not available on this station.</source>
        <translation>បញ្ជីមិនមាននៅស្ថានីយនេះទេ។</translation>
    </message>
    <message>
        <source>This person belongs to no household: programmes are proposed per household.</source>
        <translation>បុគ្គលនេះមិនស្ថិតក្នុងគ្រួសារណាទេ៖ កម្មវិធីត្រូវបានស្នើតាមគ្រួសារ។</translation>
    </message>
    <message>
        <source>Place a blank card in the reader, then press Issue.</source>
        <translation>ដាក់កាតទទេក្នុងឧបករណ៍អាន រួចចុចចេញកាត។</translation>
    </message>
    <message>
        <source>A card for %1. The card %2 they hold now will be replaced: hospitals refuse it from then on.</source>
        <translation>កាតសម្រាប់ %1។ កាត %2 ដែលគាត់កាន់ឥឡូវនឹងត្រូវជំនួស៖ មន្ទីរពេទ្យបដិសេធវាចាប់ពីពេលនោះ។</translation>
    </message>
    <message>
        <source>A card for %1.</source>
        <translation>កាតសម្រាប់ %1។</translation>
    </message>
    <message>
        <source>The check did not finish and nothing was registered: press Next to check again.</source>
        <translation>ការពិនិត្យមិនបានបញ្ចប់ ហើយគ្មានអ្វីត្រូវបានចុះឈ្មោះទេ៖ ចុច បន្ទាប់ ដើម្បីពិនិត្យម្តងទៀត។</translation>
    </message>
    <message>
        <source>Reading the record...</source>
        <translation>កំពុងអានកំណត់ត្រា...</translation>
    </message>
    <message>
        <source>The record could not be read, so there is nothing to print or save yet: read it again in a moment.</source>
        <translation>មិនអាចអានកំណត់ត្រាបានទេ ដូច្នេះមិនទាន់មានអ្វីសម្រាប់បោះពុម្ព ឬរក្សាទុកនៅឡើយ៖ សូមអានវាម្តងទៀតបន្តិចទៀត។</translation>
    </message>
    <message>
        <source>%1 (%2) is registered.
Person ID: %3
Lives in: %4
Programmes: %5
Card: %6</source>
        <translation>%1 (%2) បានចុះឈ្មោះហើយ។
លេខសម្គាល់បុគ្គល៖ %3
រស់នៅ៖ %4
កម្មវិធី៖ %5
កាត៖ %6</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>មិនទាន់ចេញ</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>មិនអាចចាប់ផ្តើមម៉ាស៊ីនបោះពុម្ពបានទេ។</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>បានផ្ញើទៅ %1។</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>ម៉ាស៊ីនបោះពុម្ព</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>បោះពុម្ពបង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>The receipt could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>មិនអាចរក្សាទុកបង្កាន់ដៃក្នុង %1 បានទេ៖ សូមពិនិត្យថាថតនេះអាចសរសេរបាន (USB ដោតជាប់ មានទំហំទំនេរ) រួចរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>បានរក្សាទុក៖ %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Privacy and consent</source>
        <extracomment>The clerk asked for the person&apos;s record on paper. A supervisor asked to erase the person&apos;s fingerprints (consent to them withdrawn). The clerk asked to add fingerprints (consent to them given again, or fingers missing). The clerk asked to replace prints on file by new captures (poor prints).</extracomment>
        <translation>ឯកជនភាព និងការយល់ព្រម</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1 កើតថ្ងៃ %2</translation>
    </message>
    <message>
        <source>On file:</source>
        <translation>មានក្នុងបញ្ជី៖</translation>
    </message>
    <message>
        <source>&amp;Erase their fingerprints...</source>
        <translation>លុបស្នាមម្រាមដៃរបស់ពួកគេ... (&amp;E)</translation>
    </message>
    <message>
        <source>The person withdraws their consent to fingerprints: they are erased here and at the central registry; the registration stays.</source>
        <translation>បុគ្គលដកការយល់ព្រមលើស្នាមម្រាមដៃ៖ ស្នាមម្រាមដៃត្រូវបានលុបនៅទីនេះ និងនៅបញ្ជីកណ្តាល។ ការចុះឈ្មោះនៅដដែល។</translation>
    </message>
    <message>
        <source>A&amp;dd fingerprints...</source>
        <translation>បន្ថែមស្នាមម្រាមដៃ... (&amp;D)</translation>
    </message>
    <message>
        <source>Capture the fingers with no print on file (after the person agrees again): checked against everyone registered before they are added.</source>
        <translation>ស្កេនម្រាមដៃដែលមិនទាន់មានស្នាមក្នុងបញ្ជី (បន្ទាប់ពីបុគ្គលនោះយល់ព្រមម្តងទៀត)៖ ផ្ទៀងផ្ទាត់ជាមួយអ្នកចុះឈ្មោះទាំងអស់ មុនពេលបន្ថែម។</translation>
    </message>
    <message>
        <source>Re&amp;place fingerprints...</source>
        <translation>ប្តូរស្នាមម្រាមដៃ... (&amp;P)</translation>
    </message>
    <message>
        <source>Capture again fingers whose print on file is poor (the hospital&apos;s finger check fails): a capture matching a print on file shows it is them; checked against everyone registered before they replace the old prints.</source>
        <translation>ស្កេនម្តងទៀតនូវម្រាមដៃដែលស្នាមក្នុងឯកសារមិនច្បាស់ (ការផ្ទៀងផ្ទាត់ម្រាមដៃនៅមន្ទីរពេទ្យបរាជ័យ)៖ ការស្កេនដែលត្រូវគ្នានឹងស្នាមក្នុងឯកសារបង្ហាញថាជាពួកគេ ហើយត្រូវផ្ទៀងផ្ទាត់ជាមួយអ្នកចុះឈ្មោះទាំងអស់ មុនពេលជំនួសស្នាមចាស់។</translation>
    </message>
    <message>
        <source>Fingerprints:</source>
        <translation>ស្នាមម្រាមដៃ៖</translation>
    </message>
    <message>
        <source>Privacy notice, version %1: read it to the person (or a child&apos;s parent or guardian).</source>
        <translation>សេចក្តីជូនដំណឹងអំពីឯកជនភាព កំណែ %1៖ សូមអានវាឱ្យបុគ្គលនោះស្តាប់ (ឬឪពុកម្តាយ ឬអាណាព្យាបាលរបស់កុមារ)។</translation>
    </message>
    <message>
        <source>&amp;What the registry holds about them (PDF)</source>
        <translation>អ្វីដែលបញ្ជីរក្សាទុកអំពីពួកគេ (PDF) (&amp;W)</translation>
    </message>
    <message>
        <source>Their details, consent, programmes, cards, payments, visits, grievances and what the office did: a PDF to print and give them. Never their fingerprints. Recorded in the audit trail.</source>
        <translation>ព័ត៌មានលម្អិត ការយល់ព្រម កម្មវិធី កាត ការបង់ប្រាក់ ការមកពិនិត្យ បណ្តឹងតវ៉ា និងអ្វីដែលការិយាល័យបានធ្វើ៖ ឯកសារ PDF សម្រាប់បោះពុម្ព ហើយប្រគល់ឱ្យពួកគេ។ មិនដែលមានស្នាមម្រាមដៃរបស់ពួកគេទេ។ ត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <source>— read the notice, then choose —</source>
        <translation>— អានសេចក្តីជូនដំណឹង រួចជ្រើសរើស —</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>បុគ្គលនោះផ្ទាល់</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>ឪពុកម្តាយ ឬអាណាព្យាបាល</translation>
    </message>
    <message>
        <source>Agreed b&amp;y:</source>
        <translation>អ្នកយល់ព្រម (&amp;Y)៖</translation>
    </message>
    <message>
        <source>the parent&apos;s or guardian&apos;s name</source>
        <translation>ឈ្មោះឪពុកម្តាយ ឬអាណាព្យាបាល</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>អាណាព្យាបាល (&amp;G)៖</translation>
    </message>
    <message>
        <source>&amp;Record the consent</source>
        <translation>កត់ត្រាការយល់ព្រម (&amp;R)</translation>
    </message>
    <message>
        <source>Read the notice, then choose who agreed.</source>
        <translation>សូមអានសេចក្តីជូនដំណឹង រួចជ្រើសរើសអ្នកដែលបានយល់ព្រម។</translation>
    </message>
    <message>
        <source>This consent is already on file: nothing to record.</source>
        <translation>ការយល់ព្រមនេះមានក្នុងបញ្ជីរួចហើយ៖ គ្មានអ្វីត្រូវកត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>nothing: registered before consent was recorded</source>
        <translation>គ្មាន៖ បានចុះឈ្មោះមុនពេលមានការកត់ត្រាការយល់ព្រម</translation>
    </message>
    <message>
        <source>%1 (parent or guardian) agreed after privacy notice %2</source>
        <translation>%1 (ឪពុកម្តាយ ឬអាណាព្យាបាល) បានយល់ព្រមបន្ទាប់ពីសេចក្តីជូនដំណឹងអំពីឯកជនភាព %2</translation>
    </message>
    <message>
        <source>the person agreed after privacy notice %2</source>
        <translation>បុគ្គលនោះបានយល់ព្រមបន្ទាប់ពីសេចក្តីជូនដំណឹងអំពីឯកជនភាព %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finger(s) on file</source>
        <translation>
            <numerusform>មានម្រាមដៃ %n ក្នុងឯកសារ</numerusform>
            <numerusform>មានម្រាមដៃ %n ក្នុងឯកសារ</numerusform>
        </translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>គ្មានក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>erased on %1 at their request</source>
        <translation>បានលុបនៅ %1 តាមសំណើរបស់ពួកគេ</translation>
    </message>
    <message>
        <source>Ask: read them the notice and record who agrees.</source>
        <translation>សូមសួរ៖ អានសេចក្តីជូនដំណឹងឱ្យគេស្តាប់ ហើយកត់ត្រាអ្នកដែលយល់ព្រម។</translation>
    </message>
    <message>
        <source>Ask again: the privacy notice has changed since (now version %1).</source>
        <translation>សូមសួរម្តងទៀត៖ សេចក្តីជូនដំណឹងអំពីឯកជនភាពបានផ្លាស់ប្តូរ (ឥឡូវជាកំណែ %1)។</translation>
    </message>
    <message>
        <source>Ask again: a parent or guardian agreed for them as a child; they are %1 or over now and agree themselves.</source>
        <translation>សូមសួរម្តងទៀត៖ ឪពុកម្តាយ ឬអាណាព្យាបាលបានយល់ព្រមជំនួសគេកាលនៅជាកុមារ ឥឡូវគេមានអាយុ %1 ឆ្នាំឡើងហើយ ត្រូវយល់ព្រមដោយខ្លួនឯង។</translation>
    </message>
    <message>
        <source>The consent on file stands: nothing to ask unless they wish to change who agreed.</source>
        <translation>ការយល់ព្រមក្នុងបញ្ជីនៅមានសុពលភាព៖ មិនចាំបាច់សួរទេ លើកលែងតែគេចង់ប្តូរអ្នកយល់ព្រម។</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a person&apos;s details</source>
        <translation>កែព័ត៌មានលម្អិតរបស់បុគ្គល</translation>
    </message>
    <message>
        <source>Correct the details of %1. The central registry is told; a card that shows a changed detail should be replaced.</source>
        <translation>កែព័ត៌មានលម្អិតរបស់ %1។ បញ្ជីចុះឈ្មោះកណ្ដាលនឹងត្រូវបានជូនដំណឹង។ កាតដែលបង្ហាញព័ត៌មានដែលបានផ្លាស់ប្ដូរ គួរតែត្រូវបានប្ដូរថ្មី។</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1 កើតថ្ងៃ %2</translation>
    </message>
    <message>
        <source>&amp;Estimated</source>
        <translation>ប៉ាន់ស្មាន (&amp;E)</translation>
    </message>
    <message>
        <source>The &amp;whole household moves to this address</source>
        <translation>គ្រួសារទាំងមូលផ្លាស់ទៅអាសយដ្ឋាននេះ (&amp;W)</translation>
    </message>
    <message>
        <source>Relation to &amp;head</source>
        <translation>ទំនាក់ទំនងជាមួយមេគ្រួសារ (&amp;H)</translation>
    </message>
    <message>
        <source>Names, sex, date of birth and ID numbers are corrected by a supervisor.</source>
        <translation>ឈ្មោះ ភេទ ថ្ងៃខែឆ្នាំកំណើត និងលេខអត្តសញ្ញាណ ត្រូវកែដោយអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>e.g. birth certificate 42/1991; moved to Kang Ta Noeng</source>
        <translation>ឧ. សំបុត្រកំណើត 42/1991; បានផ្លាស់ទៅ Kang Ta Noeng</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>មូលហេតុ (&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>រក្សាទុក (&amp;A)</translation>
    </message>
    <message>
        <source>Nothing was changed: correct a detail first.</source>
        <translation>មិនមានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ៖ សូមកែព័ត៌មានណាមួយជាមុនសិន។</translation>
    </message>
    <message>
        <source>Change the address first: the whole household moves to the new one.</source>
        <translation>សូមប្ដូរអាសយដ្ឋានជាមុនសិន៖ គ្រួសារទាំងមូលផ្លាស់ទៅអាសយដ្ឋានថ្មី។</translation>
    </message>
    <message>
        <source>Give the reason for the correction (the document that shows the right details).</source>
        <translation>សូមផ្ដល់មូលហេតុនៃការកែ (ឯកសារដែលបង្ហាញព័ត៌មានត្រឹមត្រូវ)។</translation>
    </message>
    <message>
        <source>name (local script)</source>
        <translation>ឈ្មោះ (អក្សរជាតិ)</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>ឈ្មោះឡាតាំង</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <source>date of birth estimated or not</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើតប៉ាន់ស្មាន ឬអត់</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>លេខអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation>ទំនាក់ទំនងជាមួយមេគ្រួសារ</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <source>Record a death</source>
        <translation>កត់ត្រាមរណភាព</translation>
    </message>
    <message>
        <source>Recording the death of %1 ends their programmes on that date and revokes their card. The person stays in the registry, and the central registry is told.</source>
        <translation>ការកត់ត្រាមរណភាពរបស់ %1 បញ្ចប់កម្មវិធីរបស់គាត់នៅថ្ងៃនោះ ហើយដកហូតកាតរបស់គាត់។ បុគ្គលនេះនៅតែមានក្នុងបញ្ជី ហើយបញ្ជីកណ្តាលត្រូវបានជូនដំណឹង។</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1 កើត %2</translation>
    </message>
    <message>
        <source>&amp;Date of death</source>
        <translation>កាលបរិច្ឆេទមរណភាព (&amp;D)</translation>
    </message>
    <message>
        <source>e.g. death certificate 123/2026, Batheay commune</source>
        <translation>ឧ. សំបុត្រមរណភាព 123/2026 ឃុំបាធាយ</translation>
    </message>
    <message>
        <source>&amp;Known from</source>
        <translation>ប្រភពព័ត៌មាន (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Record the death</source>
        <translation>កត់ត្រាមរណភាព (&amp;R)</translation>
    </message>
    <message>
        <source>Say where the death is known from (the death certificate, the commune&apos;s register...).</source>
        <translation>សូមបញ្ជាក់ប្រភពនៃព័ត៌មានមរណភាព (សំបុត្រមរណភាព បញ្ជីរបស់ឃុំ...)។</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>note for the supervisor (optional)</source>
        <translation>កំណត់ចំណាំសម្រាប់អ្នកគ្រប់គ្រង (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>&amp;Different people: register</source>
        <translation>មនុស្សផ្សេងគ្នា៖ ចុះឈ្មោះ (&amp;D)</translation>
    </message>
</context>
<context>
    <name>DuplicatePage</name>
    <message>
        <source>The duplicate check runs when the fingerprints are complete.</source>
        <translation>ការពិនិត្យស្ទួនដំណើរការនៅពេលស្នាមម្រាមដៃគ្រប់គ្រាន់។</translation>
    </message>
    <message>
        <source>Name (local)</source>
        <translation>ឈ្មោះ (អក្សរជាតិ)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>ឈ្មោះ (ឡាតាំង)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>ថ្ងៃកំណើត</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <source>Fingers that match</source>
        <translation>ម្រាមដៃដែលត្រូវគ្នា</translation>
    </message>
    <message>
        <source>Chance it is someone else</source>
        <translation>ឱកាសដែលជាមនុស្សផ្សេង</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>បានទទួលមរណភាព</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>អ្នកដាក់ពាក្យ</translation>
    </message>
    <message>
        <source>Registered person</source>
        <translation>បុគ្គលដែលបានចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Registered prints are kept as templates only</source>
        <translation>ស្នាមម្រាមដៃដែលបានចុះឈ្មោះរក្សាទុកជាគំរូប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>Same &amp;person (already registered)</source>
        <translation>មនុស្សដដែល (បានចុះឈ្មោះរួច) (&amp;P)</translation>
    </message>
    <message>
        <source>Checking the fingerprints against the registry...</source>
        <translation>កំពុងពិនិត្យស្នាមម្រាមដៃជាមួយបញ្ជី...</translation>
    </message>
    <message>
        <source>No duplicate found. %1 (%2) is registered.</source>
        <translation>រកមិនឃើញការចុះឈ្មោះស្ទួនទេ។ %1 (%2) បានចុះឈ្មោះហើយ។</translation>
    </message>
    <message>
        <source>No duplicate found. Registered as person %1.</source>
        <translation>រកមិនឃើញការចុះឈ្មោះស្ទួនទេ។ បានចុះឈ្មោះជាបុគ្គល %1។</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicate: %n registered person(s) match these fingerprints. Nothing was registered. Compare the prints; the case waits for a supervisor in the adjudication queue.</source>
        <translation>
            <numerusform>អាចស្ទួន៖ មនុស្ស %n នាក់ដែលបានចុះឈ្មោះត្រូវនឹងស្នាមម្រាមដៃទាំងនេះ។ មិនមានការចុះឈ្មោះទេ។ ប្រៀបធៀបស្នាមម្រាមដៃ ករណីនេះរង់ចាំអ្នកគ្រប់គ្រងក្នុងជួរវិនិច្ឆ័យ។</numerusform>
            <numerusform>អាចស្ទួន៖ មនុស្ស %n នាក់ដែលបានចុះឈ្មោះត្រូវនឹងស្នាមម្រាមដៃទាំងនេះ។ មិនមានការចុះឈ្មោះទេ។ ប្រៀបធៀបស្នាមម្រាមដៃ ករណីនេះរង់ចាំអ្នកគ្រប់គ្រងក្នុងជួរវិនិច្ឆ័យ។</numerusform>
        </translation>
    </message>
    <message>
        <source>A matching person is recorded as deceased: someone may be using a dead person&apos;s identity.</source>
        <translation>បុគ្គលដែលត្រូវគ្នាត្រូវបានកត់ត្រាថាបានទទួលមរណភាព៖ អាចមាននរណាម្នាក់កំពុងប្រើអត្តសញ្ញាណរបស់អ្នកស្លាប់។</translation>
    </message>
    <message>
        <source>recorded as deceased on %1</source>
        <translation>បានកត់ត្រាថាទទួលមរណភាពនៅ %1</translation>
    </message>
    <message>
        <source>1 in %1</source>
        <translation>1 ក្នុងចំណោម %1</translation>
    </message>
    <message>
        <source>Recorded: same person as an already registered one.</source>
        <translation>បានកត់ត្រា៖ ជាមនុស្សដដែលដែលបានចុះឈ្មោះរួច។</translation>
    </message>
    <message>
        <source>Recorded: different people.</source>
        <translation>បានកត់ត្រា៖ មនុស្សផ្សេងគ្នា។</translation>
    </message>
    <message>
        <source>A supervisor must approve the decision (Supervisor mode, adjudication queue).</source>
        <translation>អ្នកគ្រប់គ្រងត្រូវអនុម័តសេចក្តីសម្រេចនេះ (របៀបអ្នកគ្រប់គ្រង ជួរវិនិច្ឆ័យ)។</translation>
    </message>
    <message>
        <source>Applicant — %1</source>
        <translation>អ្នកដាក់ពាក្យ — %1</translation>
    </message>
    <message>
        <source>Registered: %1 (%2) — minutiae of the same finger</source>
        <translation>បានចុះឈ្មោះ៖ %1 (%2) — មីនុយសៀនៃម្រាមដៃដដែល</translation>
    </message>
    <message numerus="yes">
        <source>%n minutiae paired (linked in green)</source>
        <translation>
            <numerusform>មីនុយសៀ %n ត្រូវបានផ្គូផ្គង (ភ្ជាប់ជាពណ៌បៃតង)</numerusform>
            <numerusform>មីនុយសៀ %n ត្រូវបានផ្គូផ្គង (ភ្ជាប់ជាពណ៌បៃតង)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase the fingerprints</source>
        <translation>លុបស្នាមម្រាមដៃ</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1 កើតថ្ងៃ %2</translation>
    </message>
    <message numerus="yes">
        <source>The person withdraws their consent to fingerprints. Their %n finger(s) are erased here, and the central registry erases its copies. They stay registered in their programmes.</source>
        <translation>
            <numerusform>បុគ្គលនេះដកការយល់ព្រមលើស្នាមម្រាមដៃ។ ម្រាមដៃ %n របស់ពួកគេត្រូវបានលុបនៅទីនេះ ហើយបញ្ជីកណ្តាលលុបច្បាប់ចម្លងរបស់ខ្លួន។ ពួកគេនៅតែចុះឈ្មោះក្នុងកម្មវិធីរបស់ពួកគេ។</numerusform>
            <numerusform>បុគ្គលនេះដកការយល់ព្រមលើស្នាមម្រាមដៃ។ ម្រាមដៃ %n របស់ពួកគេត្រូវបានលុបនៅទីនេះ ហើយបញ្ជីកណ្តាលលុបច្បាប់ចម្លងរបស់ខ្លួន។ ពួកគេនៅតែចុះឈ្មោះក្នុងកម្មវិធីរបស់ពួកគេ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell them first: the registry can no longer find them by their fingers, and a hospital cannot check their finger against the card. A card they hold keeps the prints it was written with until a new card replaces it.</source>
        <translation>ប្រាប់ពួកគេជាមុនសិន៖ បញ្ជីមិនអាចរកពួកគេតាមម្រាមដៃបានទៀតទេ ហើយមន្ទីរពេទ្យមិនអាចផ្ទៀងផ្ទាត់ម្រាមដៃរបស់ពួកគេជាមួយកាតបានទេ។ កាតដែលពួកគេកាន់នៅតែមានស្នាមម្រាមដៃដែលបានសរសេរចូល រហូតដល់កាតថ្មីជំនួសវា។</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— ជ្រើសរើស —</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>បុគ្គលនោះផ្ទាល់</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>ឪពុកម្តាយ ឬអាណាព្យាបាល</translation>
    </message>
    <message>
        <source>&amp;Asked by:</source>
        <translation>អ្នកស្នើ (&amp;A)៖</translation>
    </message>
    <message>
        <source>the parent&apos;s or guardian&apos;s name</source>
        <translation>ឈ្មោះឪពុកម្តាយ ឬអាណាព្យាបាល</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>អាណាព្យាបាល (&amp;G)៖</translation>
    </message>
    <message>
        <source>&amp;Erase the fingerprints</source>
        <translation>លុបស្នាមម្រាមដៃ (&amp;E)</translation>
    </message>
    <message>
        <source>Choose who asks for the fingerprints to be erased.</source>
        <translation>ជ្រើសរើសអ្នកដែលស្នើឱ្យលុបស្នាមម្រាមដៃ។</translation>
    </message>
    <message>
        <source>Name the parent or guardian who asks.</source>
        <translation>សូមដាក់ឈ្មោះឪពុកម្តាយ ឬអាណាព្យាបាលដែលស្នើ។</translation>
    </message>
    <message>
        <source>The person is a child: a parent or guardian asks for them.</source>
        <translation>បុគ្គលនេះជាកុមារ៖ ឪពុកម្តាយ ឬអាណាព្យាបាលស្នើជំនួសពួកគេ។</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No card in the reader, or it was taken out: put the card in and try again.</source>
        <translation>គ្មានកាតក្នុងឧបករណ៍អាន ឬកាតត្រូវបានដកចេញ៖ សូមដាក់កាតចូល ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>The card reader cannot be reached: check that it is plugged in, then try again.</source>
        <translation>មិនអាចភ្ជាប់ទៅឧបករណ៍អានកាតបានទេ៖ សូមពិនិត្យថាវាត្រូវបានដោតភ្ជាប់ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked: this card can no longer be written.</source>
        <translation>លេខ PIN របស់កាតត្រូវបានបិទ៖ កាតនេះមិនអាចសរសេរបានទៀតទេ។</translation>
    </message>
    <message>
        <source>The card refused the PIN.</source>
        <translation>កាតបានបដិសេធលេខ PIN។</translation>
    </message>
    <message>
        <source>The card was taken out while it was being written: issue it again.</source>
        <translation>កាតត្រូវបានដកចេញខណៈពេលកំពុងសរសេរ៖ សូមចេញកាតម្តងទៀត។</translation>
    </message>
    <message>
        <source>This card has never been issued.</source>
        <translation>កាតនេះមិនធ្លាប់ត្រូវបានចេញទេ។</translation>
    </message>
    <message>
        <source>This card holds no social protection ID (another kind of card?).</source>
        <translation>កាតនេះមិនមានអត្តសញ្ញាណប័ណ្ណគាំពារសង្គមទេ (ប្រហែលជាកាតប្រភេទផ្សេង?)។</translation>
    </message>
    <message>
        <source>The card&apos;s answer was cut off or garbled: hold the card still on the reader and try again.</source>
        <translation>ចម្លើយរបស់កាតត្រូវបានកាត់ ឬខូច៖ សូមដាក់កាតឲ្យនឹងលើឧបករណ៍អាន ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>The registry is busy with another task: nothing was written, try again in a moment.</source>
        <translation>បញ្ជីចុះឈ្មោះកំពុងរវល់ជាមួយការងារផ្សេង៖ គ្មានអ្វីត្រូវបានសរសេរទេ សូមព្យាយាមម្តងទៀតបន្តិចទៀត។</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written. Free some space, then try again.</source>
        <translation>ថាសពេញ៖ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមបង្កើតទំហំទំនេរ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords: a supervisor can unlock it.</source>
        <translation>គណនីនេះត្រូវបានចាក់សោបន្ទាប់ពីពាក្យសម្ងាត់ខុសច្រើនដង៖ អ្នកគ្រប់គ្រងអាចដោះសោវាបាន។</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចធ្វើការនេះបានទេ។</translation>
    </message>
    <message>
        <source>No person has the id %1: check it and try again.</source>
        <translation>គ្មានបុគ្គលដែលមានលេខសម្គាល់ %1 ទេ៖ សូមពិនិត្យ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>No household has the id %1: check it and try again.</source>
        <translation>គ្មានគ្រួសារដែលមានលេខសម្គាល់ %1 ទេ៖ សូមពិនិត្យ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>No card with the number %1 was issued here.</source>
        <translation>មិនបានចេញកាតលេខ %1 នៅទីនេះទេ។</translation>
    </message>
    <message>
        <source>No grievance has the reference or id %1: check the slip and try again.</source>
        <translation>គ្មានបណ្តឹងតវ៉ាដែលមានលេខយោង ឬលេខសម្គាល់ %1 ទេ៖ សូមពិនិត្យប័ណ្ណទទួលស្គាល់ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>No case has the id %1.</source>
        <translation>គ្មានករណីដែលមានលេខសម្គាល់ %1 ទេ។</translation>
    </message>
    <message>
        <source>No plan item has the id %1.</source>
        <translation>គ្មានធាតុផែនការដែលមានលេខសម្គាល់ %1 ទេ។</translation>
    </message>
    <message>
        <source>No programme membership has the id %1.</source>
        <translation>គ្មានសមាជិកភាពកម្មវិធីដែលមានលេខសម្គាល់ %1 ទេ។</translation>
    </message>
    <message>
        <source>No operator has the user name %1.</source>
        <translation>គ្មានប្រតិបត្តិករដែលមានឈ្មោះអ្នកប្រើ %1 ទេ។</translation>
    </message>
    <message>
        <source>The time to appeal ended on %1.</source>
        <translation>រយៈពេលប្តឹងឧទ្ធរណ៍បានផុតនៅថ្ងៃ %1។</translation>
    </message>
    <message>
        <source>This grievance cannot be appealed again.</source>
        <translation>បណ្តឹងតវ៉ានេះមិនអាចប្តឹងឧទ្ធរណ៍ម្តងទៀតបានទេ។</translation>
    </message>
    <message>
        <source>This grievance is %1: that step is not possible now.</source>
        <translation>បណ្តឹងតវ៉ានេះ %1៖ មិនអាចធ្វើជំហាននោះបានឥឡូវនេះទេ។</translation>
    </message>
    <message>
        <source>No payment or refund has the receipt number %1.</source>
        <translation>គ្មានការបង់ប្រាក់ ឬការសងប្រាក់វិញណាដែលមានលេខបង្កាន់ដៃ %1 ទេ។</translation>
    </message>
    <message>
        <source>No membership, receipt or card has the number %1: check it and try again.</source>
        <translation>គ្មានសមាជិកភាព បង្កាន់ដៃ ឬកាតណាដែលមានលេខ %1 ទេ៖ សូមពិនិត្យវា ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>No person has the id or card %1: check it and try again.</source>
        <translation>គ្មានបុគ្គលដែលមានលេខសម្គាល់ ឬកាត %1 ទេ៖ សូមពិនិត្យ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>This case is %1: it can no longer be changed.</source>
        <translation>ករណីនេះ %1៖ មិនអាចកែប្រែបានទៀតទេ។</translation>
    </message>
    <message>
        <source>This plan item is %1: it can no longer be changed.</source>
        <translation>ធាតុផែនការនេះ %1៖ មិនអាចកែប្រែបានទៀតទេ។</translation>
    </message>
    <message>
        <source>This death was already recorded (died on %1, recorded by %2).</source>
        <translation>មរណភាពនេះត្រូវបានកត់ត្រារួចហើយ (ស្លាប់នៅថ្ងៃ %1 កត់ត្រាដោយ %2)។</translation>
    </message>
    <message>
        <source>Answer this question first: %1</source>
        <translation>សូមឆ្លើយសំណួរនេះជាមុនសិន៖ %1</translation>
    </message>
    <message>
        <source>This case was already approved: refresh the list.</source>
        <translation>ករណីនេះត្រូវបានអនុម័តរួចហើយ៖ សូមផ្ទុកបញ្ជីឡើងវិញ។</translation>
    </message>
    <message>
        <source>This case was already approved (perhaps by another supervisor): refresh the list.</source>
        <translation>ករណីនេះត្រូវបានអនុម័តរួចហើយ (ប្រហែលដោយអ្នកគ្រប់គ្រងផ្សេង)៖ សូមផ្ទុកបញ្ជីឡើងវិញ។</translation>
    </message>
    <message>
        <source>This case waits for the clerk&apos;s decision (perhaps another supervisor sent it back): refresh the list.</source>
        <translation>ករណីនេះកំពុងរង់ចាំការសម្រេចរបស់បុគ្គលិក (ប្រហែលអ្នកគ្រប់គ្រងផ្សេងបានបញ្ជូនវាត្រឡប់)៖ សូមផ្ទុកបញ្ជីឡើងវិញ។</translation>
    </message>
    <message>
        <source>Person %1 died on %2: nothing new can be recorded for them.</source>
        <translation>បុគ្គល %1 បានស្លាប់នៅថ្ងៃ %2៖ មិនអាចកត់ត្រាអ្វីថ្មីសម្រាប់គាត់បានទេ។</translation>
    </message>
    <message>
        <source>This membership ended on %1: only its arrears of %2 can be paid.</source>
        <translation>សមាជិកភាពនេះបានបញ្ចប់នៅថ្ងៃ %1៖ អាចបង់បានតែប្រាក់ជំពាក់ចំនួន %2 ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>This membership ended on %1 and nothing is owed on it: no payment can be taken.</source>
        <translation>សមាជិកភាពនេះបានបញ្ចប់នៅថ្ងៃ %1 ហើយគ្មានប្រាក់ជំពាក់ទេ៖ មិនអាចទទួលការបង់ប្រាក់បានទេ។</translation>
    </message>
    <message>
        <source>Nothing was refunded: %1 was confirmed, but %2 is paid towards this membership now (a payment at another desk). Refund again to give back %2.</source>
        <translation>មិនបានសងប្រាក់វិញទេ៖ បានបញ្ជាក់ %1 ប៉ុន្តែឥឡូវនេះបានបង់ %2 សម្រាប់សមាជិកភាពនេះ (ការបង់ប្រាក់នៅបញ្ជរផ្សេង)។ សងវិញម្តងទៀត ដើម្បីប្រគល់ %2 វិញ។</translation>
    </message>
    <message>
        <source>Nothing was refunded: a credit of %1 was confirmed, but it is %2 now (a payment or a refund at another desk). Give it back again to give back %2.</source>
        <translation>មិនបានសងប្រាក់វិញទេ៖ បានបញ្ជាក់ឥណទាន %1 ប៉ុន្តែឥឡូវនេះវាគឺ %2 (ការបង់ប្រាក់ ឬការសងប្រាក់វិញនៅបញ្ជរផ្សេង)។ សងវិញម្តងទៀត ដើម្បីប្រគល់ %2 វិញ។</translation>
    </message>
    <message>
        <source>This membership runs until %1: its credit pays its next periods. Only an ended membership&apos;s credit is given back.</source>
        <translation>សមាជិកភាពនេះនៅដំណើរការរហូតដល់ %1៖ ឥណទានរបស់វាបង់សម្រាប់រយៈពេលបន្ទាប់។ មានតែឥណទាននៃសមាជិកភាពដែលបានបញ្ចប់ប៉ុណ្ណោះ ដែលត្រូវសងវិញ។</translation>
    </message>
    <message>
        <source>This membership has not ended: its credit pays its next periods. Only an ended membership&apos;s credit is given back.</source>
        <translation>សមាជិកភាពនេះមិនទាន់បញ្ចប់ទេ៖ ឥណទានរបស់វាបង់សម្រាប់រយៈពេលបន្ទាប់។ មានតែឥណទាននៃសមាជិកភាពដែលបានបញ្ចប់ប៉ុណ្ណោះ ដែលត្រូវសងវិញ។</translation>
    </message>
    <message>
        <source>Say why the resolution is appealed (in the note).</source>
        <translation>សូមបញ្ជាក់ពីមូលហេតុនៃការប្តឹងឧទ្ធរណ៍លើដំណោះស្រាយ (ក្នុងកំណត់សម្គាល់)។</translation>
    </message>
    <message>
        <source>Say why the credit is given back, or who came for it.</source>
        <translation>សូមបញ្ជាក់ពីមូលហេតុនៃការសងឥណទានវិញ ឬអ្នកណាមកទទួលវា។</translation>
    </message>
    <message>
        <source>Person %1 already holds %2 (since %3), perhaps recorded at another desk: propose again.</source>
        <translation>បុគ្គល %1 មានកម្មវិធី %2 រួចហើយ (តាំងពី %3) ប្រហែលជាបានកត់ត្រានៅតុផ្សេង៖ សូមស្នើម្តងទៀត។</translation>
    </message>
    <message>
        <source>This card was already revoked on %1: nothing changed.</source>
        <translation>កាតនេះត្រូវបានដកហូតរួចហើយនៅថ្ងៃ %1៖ គ្មានអ្វីផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>This card was already reported lost on %1: nothing changed.</source>
        <translation>កាតនេះត្រូវបានរាយការណ៍ថាបាត់រួចហើយនៅថ្ងៃ %1៖ គ្មានអ្វីផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>“%1” is not an employment status the station knows: choose one from the list.</source>
        <translation>“%1” មិនមែនជាស្ថានភាពការងារដែលស្ថានីយស្គាល់ទេ៖ សូមជ្រើសរើសមួយពីបញ្ជី។</translation>
    </message>
    <message>
        <source>“%1” is not a kind of plan item: choose one from the list.</source>
        <translation>“%1” មិនមែនជាប្រភេទធាតុផែនការទេ៖ សូមជ្រើសរើសមួយពីបញ្ជី។</translation>
    </message>
    <message>
        <source>“%1” is not a service a referral can go to: choose one from the list.</source>
        <translation>“%1” មិនមែនជាសេវាដែលអាចបញ្ជូនបន្តទៅបានទេ៖ សូមជ្រើសរើសមួយពីបញ្ជី។</translation>
    </message>
    <message>
        <source>“%1” is not a status of a plan item: choose one from the list.</source>
        <translation>“%1” មិនមែនជាស្ថានភាពនៃធាតុផែនការទេ៖ សូមជ្រើសរើសមួយពីបញ្ជី។</translation>
    </message>
    <message>
        <source>“%1” is not a reason a membership ends: choose one from the list.</source>
        <translation>“%1” មិនមែនជាមូលហេតុនៃការបញ្ចប់សមាជិកភាពទេ៖ សូមជ្រើសរើសមួយពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Other desks took every receipt number tried at the same moment: nothing was recorded. Try again.</source>
        <translation>តុផ្សេងទៀតបានយកលេខបង្កាន់ដៃទាំងអស់ដែលបានសាកល្បងក្នុងពេលតែមួយ៖ គ្មានអ្វីត្រូវបានកត់ត្រាទេ។ សូមព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>Other desks took every grievance reference tried at the same moment: nothing was recorded. Try again.</source>
        <translation>តុផ្សេងទៀតបានយកលេខយោងបណ្តឹងតវ៉ាទាំងអស់ដែលបានសាកល្បងក្នុងពេលតែមួយ៖ គ្មានអ្វីត្រូវបានកត់ត្រាទេ។ សូមព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>%1: the scanner image shows no fingerprint. Place the finger flat on the glass and retry.</source>
        <translation>%1៖ រូបភាពពីម៉ាស៊ីនស្កេនគ្មានស្នាមម្រាមដៃទេ។ ដាក់ម្រាមដៃឲ្យរាបលើកញ្ចក់ ហើយស្កេនម្តងទៀត។</translation>
    </message>
    <message>
        <source>Not approved: people enrolled since this case was opened match the applicant&apos;s fingers (%1). The case went back to the clerk to compare them.</source>
        <translation>មិនបានអនុម័តទេ៖ អ្នកដែលបានចុះឈ្មោះតាំងពីករណីនេះត្រូវបានបើក ត្រូវគ្នានឹងស្នាមម្រាមដៃរបស់អ្នកដាក់ពាក្យ (%1)។ ករណីនេះត្រូវបានបញ្ជូនត្រឡប់ទៅបុគ្គលិកវិញ ដើម្បីប្រៀបធៀប។</translation>
    </message>
    <message>
        <source>Not added: these fingers match other registered people (%1). They may be one person registered twice, or the capture was someone else&apos;s: a supervisor compares the prints.</source>
        <translation>មិនបានបន្ថែមទេ៖ ម្រាមដៃទាំងនេះត្រូវគ្នានឹងអ្នកចុះឈ្មោះផ្សេងទៀត (%1)។ ពួកគេអាចជាមនុស្សតែម្នាក់ដែលបានចុះឈ្មោះពីរដង ឬការស្កេននោះជារបស់អ្នកផ្សេង៖ អ្នកគ្រប់គ្រងប្រៀបធៀបស្នាមម្រាមដៃ។</translation>
    </message>
    <message>
        <source>Not replaced: these fingers match other registered people (%1). They may be one person registered twice, or the capture was someone else&apos;s: a supervisor compares the prints.</source>
        <translation>មិនបានប្តូរទេ៖ ម្រាមដៃទាំងនេះត្រូវគ្នានឹងអ្នកចុះឈ្មោះផ្សេងទៀត (%1)។ ពួកគេអាចជាមនុស្សតែម្នាក់ដែលបានចុះឈ្មោះពីរដង ឬការស្កេននោះជារបស់អ្នកផ្សេង៖ អ្នកគ្រប់គ្រងប្រៀបធៀបស្នាមម្រាមដៃ។</translation>
    </message>
    <message>
        <source>Not replaced: no finger captured matches the print on file (%1). Capture another finger on file as a check, or a supervisor replaces them, saying why.</source>
        <translation>មិនបានប្តូរទេ៖ គ្មានម្រាមដៃដែលបានស្កេនណាត្រូវគ្នានឹងស្នាមក្នុងឯកសារ (%1)។ សូមស្កេនម្រាមដៃមួយទៀតដែលមានក្នុងឯកសារ ជាការផ្ទៀងផ្ទាត់ ឬអ្នកគ្រប់គ្រងប្តូរវា ដោយប្រាប់មូលហេតុ។</translation>
    </message>
    <message>
        <source>The household %1 the applicant was to join no longer exists: send the case back to the clerk to register them in another household.</source>
        <translation>គ្រួសារ %1 ដែលអ្នកដាក់ពាក្យត្រូវចូលរួម លែងមានទៀតហើយ៖ សូមបញ្ជូនករណីនេះត្រឡប់ទៅបុគ្គលិកវិញ ដើម្បីចុះឈ្មោះគាត់ក្នុងគ្រួសារផ្សេង។</translation>
    </message>
    <message>
        <source>You opened this case yourself: another supervisor approves it.</source>
        <translation>អ្នកបានបើកករណីនេះដោយខ្លួនឯង៖ អ្នកគ្រប់គ្រងផ្សេងត្រូវអនុម័តវា។</translation>
    </message>
    <message>
        <source>Say where the death is known from (e.g. the death certificate number and commune).</source>
        <translation>សូមបញ្ជាក់ប្រភពដែលដឹងពីមរណភាព (ឧ. លេខសំបុត្រមរណភាព និងឃុំ)។</translation>
    </message>
    <message>
        <source>The date of death cannot be in the future.</source>
        <translation>កាលបរិច្ឆេទមរណភាពមិនអាចនៅថ្ងៃអនាគតបានទេ។</translation>
    </message>
    <message>
        <source>The date of death is before the person&apos;s birth (%1).</source>
        <translation>កាលបរិច្ឆេទមរណភាពនៅមុនថ្ងៃកំណើតរបស់បុគ្គល (%1)។</translation>
    </message>
    <message>
        <source>Give the reason the death is withdrawn.</source>
        <translation>សូមផ្តល់មូលហេតុដែលដកការកត់ត្រាមរណភាពវិញ។</translation>
    </message>
    <message>
        <source>No death is recorded for this person.</source>
        <translation>មិនមានមរណភាពកត់ត្រាសម្រាប់បុគ្គលនេះទេ។</translation>
    </message>
    <message>
        <source>This payment would take what is paid towards the membership past the most the registry keeps as one amount: nothing was recorded.</source>
        <translation>ការបង់ប្រាក់នេះនឹងធ្វើឲ្យចំនួនសរុបដែលបានបង់សម្រាប់សមាជិកភាពនេះលើសពីចំនួនធំបំផុតដែលបញ្ជីអាចរក្សាទុកជាចំនួនតែមួយ៖ គ្មានអ្វីត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>%1 holds no contributory membership.</source>
        <translation>%1 មិនមានសមាជិកភាពដែលត្រូវបង់វិភាគទានទេ។</translation>
    </message>
    <message>
        <source>This card&apos;s holder has several contributory memberships: press Enter in the field to list them, and choose one.</source>
        <translation>ម្ចាស់កាតនេះមានសមាជិកភាពដែលត្រូវបង់វិភាគទានច្រើន៖ សូមចុច Enter ក្នុងប្រអប់ ដើម្បីបង្ហាញបញ្ជី ហើយជ្រើសរើសមួយ។</translation>
    </message>
    <message>
        <source>%1 heads this household and other living members stay: choose its new head first (New head).</source>
        <translation>%1 ជាមេគ្រួសារនេះ ហើយសមាជិកដែលនៅរស់ផ្សេងទៀតនៅតែស្នាក់នៅ៖ សូមជ្រើសរើសមេគ្រួសារថ្មីជាមុនសិន (មេគ្រួសារថ្មី)។</translation>
    </message>
    <message>
        <source>Every living member would leave: that is the household moving. Correct the address with Correct details... and tick that the whole household moves.</source>
        <translation>សមាជិកដែលនៅរស់ទាំងអស់នឹងចាកចេញ៖ នោះគឺជាការផ្លាស់ទីលំនៅរបស់គ្រួសារ។ សូមកែអាសយដ្ឋានដោយប្រើ កែព័ត៌មានលម្អិត... ហើយធីកថា គ្រួសារទាំងមូលផ្លាស់ទៅអាសយដ្ឋាននេះ។</translation>
    </message>
    <message>
        <source>%1 (%2) is retired from the list of places: register new households in the place that replaced it.</source>
        <translation>%1 (%2) លែងប្រើក្នុងបញ្ជីទីកន្លែងហើយ៖ សូមចុះឈ្មោះគ្រួសារថ្មីនៅទីកន្លែងដែលជំនួសវា។</translation>
    </message>
    <message>
        <source>%1 was not proposed for person %2: propose again.</source>
        <translation>%1 មិនត្រូវបានស្នើសម្រាប់បុគ្គល %2 ទេ៖ សូមស្នើម្តងទៀត។</translation>
    </message>
    <message>
        <source>%1 for person %2 would start on %3, after today: confirm it on the day it starts.</source>
        <translation>%1 សម្រាប់បុគ្គល %2 នឹងចាប់ផ្តើមនៅថ្ងៃ %3 ក្រោយថ្ងៃនេះ៖ សូមបញ្ជាក់វានៅថ្ងៃដែលវាចាប់ផ្តើម។</translation>
    </message>
    <message>
        <source>%1 for person %2 would end on %4, before today: confirm it from a later start date.</source>
        <translation>%1 សម្រាប់បុគ្គល %2 នឹងបញ្ចប់នៅថ្ងៃ %4 មុនថ្ងៃនេះ៖ សូមបញ្ជាក់វាពីកាលបរិច្ឆេទចាប់ផ្តើមក្រោយជាងនេះ។</translation>
    </message>
    <message>
        <source>%1 cannot manage cases: choose a clerk or a supervisor.</source>
        <translation>%1 មិនអាចគ្រប់គ្រងករណីបានទេ៖ សូមជ្រើសរើសបុគ្គលិកចុះឈ្មោះ ឬអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>This membership starts on %1: it cannot end before it starts.</source>
        <translation>សមាជិកភាពនេះចាប់ផ្តើមនៅថ្ងៃ %1៖ វាមិនអាចបញ្ចប់មុនពេលចាប់ផ្តើមបានទេ។</translation>
    </message>
    <message>
        <source>The end date %1 is after today: end the membership on or after its last day.</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់ %1 ក្រោយថ្ងៃនេះ៖ សូមបញ្ចប់សមាជិកភាពនៅថ្ងៃចុងក្រោយរបស់វា ឬក្រោយនោះ។</translation>
    </message>
    <message>
        <source>This membership already ends on %1: nothing changed.</source>
        <translation>សមាជិកភាពនេះបញ្ចប់នៅថ្ងៃ %1 រួចហើយ៖ គ្មានអ្វីផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>This membership begins on %1, after today: withdraw it instead.</source>
        <translation>សមាជិកភាពនេះចាប់ផ្តើមនៅថ្ងៃ %1 ក្រោយថ្ងៃនេះ៖ សូមដកវាវិញជំនួសវិញ។</translation>
    </message>
    <message>
        <source>This membership began on %1: end it on its last day instead.</source>
        <translation>សមាជិកភាពនេះបានចាប់ផ្តើមនៅថ្ងៃ %1៖ សូមបញ្ចប់វានៅថ្ងៃចុងក្រោយរបស់វាជំនួសវិញ។</translation>
    </message>
    <message>
        <source>Contributions were paid towards this membership: refund them and withdraw it in one step (Refund and withdraw).</source>
        <translation>វិភាគទានត្រូវបានបង់សម្រាប់សមាជិកភាពនេះ៖ សូមសងប្រាក់វិញ ហើយដកវាវិញក្នុងជំហានតែមួយ (សងប្រាក់វិញ និងដកវិញ)។</translation>
    </message>
    <message>
        <source>This membership began on %1: only contributions towards a membership not begun yet are refunded at the counter.</source>
        <translation>សមាជិកភាពនេះបានចាប់ផ្តើមនៅថ្ងៃ %1៖ មានតែវិភាគទានសម្រាប់សមាជិកភាពដែលមិនទាន់ចាប់ផ្តើមប៉ុណ្ណោះ ដែលត្រូវបានសងវិញនៅបញ្ជរ។</translation>
    </message>
    <message>
        <source>Nothing is paid towards this membership beyond what it owed: there is no credit to give back.</source>
        <translation>គ្មានប្រាក់បង់សម្រាប់សមាជិកភាពនេះលើសពីអ្វីដែលវាជំពាក់ទេ៖ គ្មានឥណទានដើម្បីសងវិញទេ។</translation>
    </message>
    <message>
        <source>Nothing is paid towards this membership: there is nothing to refund (withdraw it instead).</source>
        <translation>មិនទាន់មានការបង់ប្រាក់សម្រាប់សមាជិកភាពនេះទេ៖ គ្មានអ្វីត្រូវសងវិញទេ (សូមដកវាវិញជំនួសវិញ)។</translation>
    </message>
    <message>
        <source>This membership was withdrawn before it began and what was paid towards it refunded (receipt %1).</source>
        <translation>សមាជិកភាពនេះត្រូវបានដកវិញមុនពេលចាប់ផ្តើម ហើយប្រាក់ដែលបានបង់សម្រាប់វាត្រូវបានសងវិញ (បង្កាន់ដៃ %1)។</translation>
    </message>
    <message>
        <source>The follow-up date %1 is in the past: choose today (%2) or a later day.</source>
        <translation>កាលបរិច្ឆេទតាមដាន %1 បានកន្លងផុតហើយ៖ សូមជ្រើសថ្ងៃនេះ (%2) ឬថ្ងៃក្រោយ។</translation>
    </message>
    <message>
        <source>This adjudication case no longer exists: refresh the list.</source>
        <translation>ករណីវិនិច្ឆ័យនេះលែងមានទៀតហើយ៖ សូមផ្ទុកបញ្ជីឡើងវិញ។</translation>
    </message>
    <message>
        <source>This case was already decided (perhaps at another desk): refresh the list.</source>
        <translation>ករណីនេះត្រូវបានសម្រេចរួចហើយ (ប្រហែលនៅតុផ្សេង)៖ សូមផ្ទុកបញ្ជីឡើងវិញ។</translation>
    </message>
    <message>
        <source>Choose the candidate who is the same person first.</source>
        <translation>សូមជ្រើសបេក្ខជនដែលជាបុគ្គលតែមួយជាមុនសិន។</translation>
    </message>
    <message>
        <source>This case no longer holds the applicant&apos;s fingerprints.</source>
        <translation>ករណីនេះលែងមានស្នាមម្រាមដៃរបស់អ្នកដាក់ពាក្យទៀតហើយ។</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>ពាក្យសម្ងាត់មិនត្រូវដូចឈ្មោះអ្នកប្រើទេ។</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>ពាក្យសម្ងាត់ថ្មីត្រូវតែខុសពីពាក្យចាស់។</translation>
    </message>
    <message>
        <source>An operator named %1 already exists.</source>
        <translation>មានប្រតិបត្តិករឈ្មោះ %1 រួចហើយ។</translation>
    </message>
    <message>
        <source>This user name is not valid: use Latin letters a-z, digits and . - _ (the full name may be in any script).</source>
        <translation>ឈ្មោះអ្នកប្រើនេះមិនត្រឹមត្រូវទេ៖ សូមប្រើអក្សរឡាតាំង a-z លេខ និង . - _ (ឈ្មោះពេញអាចសរសេរជាអក្សរណាក៏បាន)។</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>អ្នកមិនអាចបិទគណនីផ្ទាល់ខ្លួនបានទេ។</translation>
    </message>
    <message>
        <source>This is the last enabled supervisor: the account stays enabled.</source>
        <translation>នេះជាអ្នកគ្រប់គ្រងចុងក្រោយដែលនៅសកម្ម៖ គណនីនេះត្រូវនៅសកម្ម។</translation>
    </message>
    <message>
        <source>A payment must be a positive whole amount.</source>
        <translation>ការបង់ប្រាក់ត្រូវតែជាចំនួនគត់វិជ្ជមាន។</translation>
    </message>
    <message>
        <source>%1 does not collect contributions.</source>
        <translation>%1 មិនប្រមូលវិភាគទានទេ។</translation>
    </message>
    <message>
        <source>Describe the grievance in a few words.</source>
        <translation>សូមរៀបរាប់បណ្តឹងតវ៉ាដោយពាក្យពីរបីម៉ាត់។</translation>
    </message>
    <message>
        <source>The card belongs to another person than the one named.</source>
        <translation>កាតនេះជារបស់បុគ្គលផ្សេងពីអ្នកដែលបានបញ្ជាក់ឈ្មោះ។</translation>
    </message>
    <message>
        <source>Say how the grievance was resolved (in the note).</source>
        <translation>សូមបញ្ជាក់ពីរបៀបដោះស្រាយបណ្តឹងតវ៉ា (ក្នុងកំណត់សម្គាល់)។</translation>
    </message>
    <message>
        <source>Describe the plan item in a few words.</source>
        <translation>សូមរៀបរាប់ធាតុផែនការដោយពាក្យពីរបីម៉ាត់។</translation>
    </message>
    <message>
        <source>A referral must name the service it goes to.</source>
        <translation>ការបញ្ជូនបន្តត្រូវតែបញ្ជាក់សេវាដែលត្រូវបញ្ជូនទៅ។</translation>
    </message>
    <message>
        <source>The programme rules changed since this package was proposed: propose again.</source>
        <translation>វិធានកម្មវិធីបានផ្លាស់ប្តូរតាំងពីកញ្ចប់នេះត្រូវបានស្នើ៖ សូមស្នើម្តងទៀត។</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the visits</source>
        <translation>នាំចេញការមកពិនិត្យ</translation>
    </message>
    <message>
        <source>The visits recorded at this station, one line each, for the facility&apos;s claim (a CSV file for a spreadsheet).</source>
        <translation>ការមកពិនិត្យដែលបានកត់ត្រានៅស្ថានីយនេះ មួយបន្ទាត់សម្រាប់ការមកពិនិត្យនីមួយៗ សម្រាប់ការទាមទារសំណងរបស់មូលដ្ឋានសុខាភិបាល (ឯកសារ CSV សម្រាប់តារាងគណនា)។</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ពី (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>ដល់ (&amp;T)</translation>
    </message>
    <message>
        <source>Save in another &amp;place...</source>
        <translation>រក្សាទុកនៅកន្លែងផ្សេង... (&amp;P)</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>រក្សាទុកក្នុង</translation>
    </message>
    <message>
        <source>&amp;Save the visits</source>
        <translation>រក្សាទុកការមកពិនិត្យ (&amp;S)</translation>
    </message>
    <message>
        <source>Save the visits</source>
        <translation>រក្សាទុកការមកពិនិត្យ</translation>
    </message>
</context>
<context>
    <name>FingerNames</name>
    <message>
        <source>Right thumb</source>
        <translation>មេដៃស្តាំ</translation>
    </message>
    <message>
        <source>Right index</source>
        <translation>ម្រាមចង្អុលស្តាំ</translation>
    </message>
    <message>
        <source>Right middle</source>
        <translation>ម្រាមកណ្ដាលស្តាំ</translation>
    </message>
    <message>
        <source>Right ring</source>
        <translation>ម្រាមនាងស្តាំ</translation>
    </message>
    <message>
        <source>Right little</source>
        <translation>ម្រាមកូនដៃស្តាំ</translation>
    </message>
    <message>
        <source>Left thumb</source>
        <translation>មេដៃឆ្វេង</translation>
    </message>
    <message>
        <source>Left index</source>
        <translation>ម្រាមចង្អុលឆ្វេង</translation>
    </message>
    <message>
        <source>Left middle</source>
        <translation>ម្រាមកណ្ដាលឆ្វេង</translation>
    </message>
    <message>
        <source>Left ring</source>
        <translation>ម្រាមនាងឆ្វេង</translation>
    </message>
    <message>
        <source>Left little</source>
        <translation>ម្រាមកូនដៃឆ្វេង</translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <source>No print yet</source>
        <translation>មិនទាន់មានស្នាមម្រាមដៃ</translation>
    </message>
    <message>
        <source>Fingerprint image</source>
        <translation>រូបភាពស្នាមម្រាមដៃ</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation>បិទដោយមិនរក្សាទុកឬ? អ្វីដែលអ្នកបានវាយនៅទីនេះនឹងបាត់។</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <source>Enter the name in the local script.</source>
        <translation>សូមបញ្ចូលឈ្មោះជាអក្សរជាតិ។</translation>
    </message>
    <message>
        <source>The name in the local script is too long: at most 200 characters.</source>
        <translation>ឈ្មោះជាអក្សរជាតិវែងពេក៖ យ៉ាងច្រើន ២០០ តួអក្សរ។</translation>
    </message>
    <message>
        <source>Enter the name in Latin letters.</source>
        <translation>សូមបញ្ចូលឈ្មោះជាអក្សរឡាតាំង។</translation>
    </message>
    <message>
        <source>Write the Latin name with the letters A to Z only (no accents, no other script).</source>
        <translation>សូមសរសេរឈ្មោះឡាតាំងដោយប្រើតែអក្សរ ក-ហ ឡាតាំង (គ្មានសញ្ញាសំឡេង គ្មានអក្សរផ្សេង)។</translation>
    </message>
    <message>
        <source>The name in Latin letters is too long: at most 200 characters.</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំងវែងពេក៖ យ៉ាងច្រើន ២០០ តួអក្សរ។</translation>
    </message>
    <message>
        <source>Choose the person&apos;s sex.</source>
        <translation>សូមជ្រើសរើសភេទរបស់បុគ្គលនេះ។</translation>
    </message>
    <message>
        <source>The estimated age must be between 0 and %1.</source>
        <translation>អាយុប៉ាន់ស្មានត្រូវនៅចន្លោះ ០ និង %1។</translation>
    </message>
    <message>
        <source>The phone number %1 is not valid: 6 to 20 digits, spaces, + ( ) or -.</source>
        <translation>លេខទូរស័ព្ទ %1 មិនត្រឹមត្រូវ៖ ត្រូវមានពី ៦ ដល់ ២០ ខ្ទង់ ដកឃ្លា + ( ) ឬ -។</translation>
    </message>
    <message>
        <source>The national ID is too long: at most 64 characters.</source>
        <translation>លេខអត្តសញ្ញាណប័ណ្ណវែងពេក៖ យ៉ាងច្រើន ៦៤ តួអក្សរ។</translation>
    </message>
    <message>
        <source>A person under %1 does not agree alone: a parent or guardian agrees for them.</source>
        <translation>បុគ្គលអាយុក្រោម %1 ឆ្នាំ មិនអាចយល់ព្រមដោយខ្លួនឯងបានទេ៖ ឪពុកម្តាយ ឬអាណាព្យាបាលយល់ព្រមជំនួស។</translation>
    </message>
    <message>
        <source>Read the privacy notice to the person, then choose who agreed.</source>
        <translation>សូមអានសេចក្តីជូនដំណឹងអំពីឯកជនភាពឱ្យបុគ្គលនោះស្តាប់ បន្ទាប់មកជ្រើសរើសអ្នកដែលបានយល់ព្រម។</translation>
    </message>
    <message>
        <source>Name the parent or guardian who agreed.</source>
        <translation>សូមបញ្ចូលឈ្មោះឪពុកម្តាយ ឬអាណាព្យាបាលដែលបានយល់ព្រម។</translation>
    </message>
    <message>
        <source>province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <source>district</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>ឃុំ</translation>
    </message>
    <message>
        <source>village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត %1 ស្ថិតនៅពេលអនាគត។</translation>
    </message>
    <message>
        <source>The date of birth %1 is more than %2 years ago.</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត %1 លើសពី %2 ឆ្នាំមុន។</translation>
    </message>
    <message>
        <source>Give the date of birth, or tick &quot;Date unknown&quot; and give an estimated age.</source>
        <translation>សូមបញ្ចូលថ្ងៃខែឆ្នាំកំណើត ឬធីក «មិនដឹងថ្ងៃ» ហើយបញ្ចូលអាយុប៉ាន់ស្មាន។</translation>
    </message>
    <message>
        <source>%1 is not in the %2 %3: choose the %4 again.</source>
        <translation>%1 មិនស្ថិតនៅក្នុង%2 %3 ទេ៖ សូមជ្រើសរើស%4 ម្តងទៀត។</translation>
    </message>
    <message>
        <source>Choose the %1 from the list, or type its code (letters, digits, - or _).</source>
        <translation>សូមជ្រើសរើស%1 ពីបញ្ជី ឬវាយលេខកូដរបស់វា (អក្សរ លេខ - ឬ _)។</translation>
    </message>
</context>
<context>
    <name>GrievanceCategories</name>
    <message>
        <source>Not registered in a programme I am entitled to</source>
        <translation>មិនបានចុះឈ្មោះក្នុងកម្មវិធីដែលខ្ញុំមានសិទ្ធិ</translation>
    </message>
    <message>
        <source>Benefit not paid, late or wrong amount</source>
        <translation>អត្ថប្រយោជន៍មិនបានបើក យឺត ឬចំនួនខុស</translation>
    </message>
    <message>
        <source>Card lost, not working or with wrong data</source>
        <translation>កាតបាត់ មិនដំណើរការ ឬមានទិន្នន័យខុស</translation>
    </message>
    <message>
        <source>My registered data is wrong</source>
        <translation>ទិន្នន័យដែលបានចុះឈ្មោះរបស់ខ្ញុំខុស</translation>
    </message>
    <message>
        <source>Refused or charged at a health facility</source>
        <translation>ត្រូវបានបដិសេធ ឬគិតប្រាក់នៅមូលដ្ឋានសុខាភិបាល</translation>
    </message>
    <message>
        <source>Training, placement or public works problem</source>
        <translation>បញ្ហាបណ្តុះបណ្តាល ការងារ ឬការងារសាធារណៈ</translation>
    </message>
    <message>
        <source>Staff conduct or service quality</source>
        <translation>ឥរិយាបថបុគ្គលិក ឬគុណភាពសេវា</translation>
    </message>
    <message>
        <source>Suspected fraud or corruption</source>
        <translation>សង្ស័យការក្លែងបន្លំ ឬអំពើពុករលួយ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងៗ</translation>
    </message>
</context>
<context>
    <name>GrievanceSlip</name>
    <message>
        <source>Grievance acknowledgement — COPY</source>
        <translation>បង្កាន់ដៃទទួលបណ្តឹងតវ៉ា — ច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>Grievance acknowledgement</source>
        <translation>បង្កាន់ដៃទទួលបណ្តឹងតវ៉ា</translation>
    </message>
    <message>
        <source>COPY — printed %1 by %2</source>
        <translation>ច្បាប់ចម្លង — បោះពុម្ពនៅ %1 ដោយ %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>ថ្ងៃទទួល</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ប្រភេទបណ្តឹង</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>ទាក់ទងនឹង</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>សេវាទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>ឆ្លើយតបមុនថ្ងៃ</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>ស្ថានភាពបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>ដោះស្រាយនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>អ្វីដែលនឹងកើតឡើងបន្ទាប់</translation>
    </message>
    <message>
        <source>The service named above looks into your grievance and answers you by the date above. Keep this paper: give its reference when you come back or call.</source>
        <translation>សេវាដែលមានឈ្មោះខាងលើនឹងពិនិត្យបណ្តឹងរបស់អ្នក ហើយឆ្លើយតបអ្នកមុនកាលបរិច្ឆេទខាងលើ។ សូមរក្សាក្រដាសនេះទុក៖ ប្រាប់លេខយោងរបស់វា នៅពេលអ្នកត្រឡប់មកវិញ ឬទូរស័ព្ទមក។</translation>
    </message>
    <message>
        <source>How to appeal</source>
        <translation>របៀបប្តឹងឧទ្ធរណ៍</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>ទទួលដោយ</translation>
    </message>
</context>
<context>
    <name>GrievanceSlipDialog</name>
    <message>
        <source>Copy of the acknowledgement of grievance %1.</source>
        <translation>ច្បាប់ចម្លងនៃបង្កាន់ដៃទទួលបណ្តឹងតវ៉ា %1។</translation>
    </message>
    <message>
        <source>Grievance %1 received. Give the person its written acknowledgement.</source>
        <translation>បានទទួលបណ្តឹងតវ៉ា %1។ សូមប្រគល់បង្កាន់ដៃទទួលជាលាយលក្ខណ៍អក្សរដល់សាមីខ្លួន។</translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>មិនអាចរក្សាទុកបង្កាន់ដៃទទួលក្នុង %1 បានទេ៖ សូមពិនិត្យថាថតនេះអាចសរសេរបាន (USB ដោតជាប់ មានទំហំទំនេរ) រួចរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <source>Print the acknowledgement</source>
        <translation>បោះពុម្ពបង្កាន់ដៃទទួល</translation>
    </message>
</context>
<context>
    <name>GrievancesPanel</name>
    <message>
        <source>New grievance</source>
        <translation>បណ្តឹងតវ៉ាថ្មី</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n ថ្ងៃ)</numerusform>
            <numerusform>%1 (%n ថ្ងៃ)</numerusform>
        </translation>
    </message>
    <message>
        <source>person id (empty: anonymous)</source>
        <translation>លេខសម្គាល់បុគ្គល (ទទេ៖ អនាមិក)</translation>
    </message>
    <message>
        <source>serial of the card tapped (optional)</source>
        <translation>លេខសៀរៀលនៃកាតដែលបានប៉ះ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>&amp;Take the grievance</source>
        <translation>ទទួលបណ្តឹងតវ៉ា (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>ប្រភេទបណ្តឹង (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>បុគ្គល (&amp;P)</translation>
    </message>
    <message>
        <source>Car&amp;d</source>
        <translation>កាត (&amp;D)</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>អ្វីដែលបានកើតឡើង (&amp;H)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ប្រភេទបណ្តឹង</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>Grievances (nearest deadline first)</source>
        <translation>បណ្តឹងតវ៉ា (កាលកំណត់ជិតបំផុតមុន)</translation>
    </message>
    <message>
        <source>&amp;Open ones only</source>
        <translation>តែបណ្តឹងដែលកំពុងបើក (&amp;O)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>ស្វែងរក (&amp;I)៖</translation>
    </message>
    <message>
        <source>A copy of its ac&amp;knowledgement...</source>
        <translation>ច្បាប់ចម្លងបង្កាន់ដៃទទួល... (&amp;K)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>កាលកំណត់ចុងក្រោយ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>reference on the slip, or card serial; then Enter</source>
        <translation>លេខយោងនៅលើបង្កាន់ដៃ ឬលេខស៊េរីកាត រួចចុច Enter</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>resolution, appeal reason or note</source>
        <translation>ដំណោះស្រាយ មូលហេតុប្តឹងឧទ្ធរណ៍ ឬកំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>Re&amp;fer</source>
        <translation>បញ្ជូនបន្ត (&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>ដោះស្រាយ (&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>បិទ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Appeal</source>
        <translation>ប្តឹងឧទ្ធរណ៍ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>ដកវិញ (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ផ្ទុកឡើងវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>កំណត់សម្គាល់ (&amp;N)៖</translation>
    </message>
    <message>
        <source>no person has this id</source>
        <translation>គ្មានបុគ្គលដែលមានលេខសម្គាល់នេះទេ</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1 កើតថ្ងៃ %2</translation>
    </message>
    <message>
        <source>No grievance has the reference or card %1.</source>
        <translation>គ្មានបណ្តឹងតវ៉ាដែលមានលេខយោង ឬកាត %1 ទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%n grievance(s) of this card&apos;s holder: choose one.</source>
        <translation>
            <numerusform>បណ្តឹងតវ៉ា %n របស់ម្ចាស់កាតនេះ៖ សូមជ្រើសរើសមួយ។</numerusform>
            <numerusform>បណ្តឹងតវ៉ា %n របស់ម្ចាស់កាតនេះ៖ សូមជ្រើសរើសមួយ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Grievance %1: %2, deadline %3.</source>
        <translation>បណ្តឹងតវ៉ា %1៖ %2 កាលកំណត់ %3។</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>អនាមិក</translation>
    </message>
    <message>
        <source>Grievances, nearest deadline first ({0} shown)</source>
        <translation>បណ្តឹងតវ៉ា កាលកំណត់ជិតបំផុតមុន (បង្ហាញ {0})</translation>
    </message>
    <message>
        <source>Grievance {0} received.</source>
        <translation>បានទទួលបណ្តឹងតវ៉ា {0}។</translation>
    </message>
    <message>
        <source>Its acknowledgement could not be prepared: {0}</source>
        <translation>មិនអាចរៀបចំបង្កាន់ដៃទទួលរបស់វាបានទេ៖ {0}</translation>
    </message>
    <message>
        <source>Select a grievance in the list first.</source>
        <translation>សូមជ្រើសបណ្តឹងតវ៉ាមួយក្នុងបញ្ជីជាមុនសិន។</translation>
    </message>
    <message>
        <source>Grievance {0} is now {1} (deadline {2}).</source>
        <translation>បណ្តឹងតវ៉ា {0} ឥឡូវ {1} (កាលកំណត់ {2})។</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Interface language</source>
        <translation>ភាសាផ្ទាំងប្រើប្រាស់</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ចាកចេញ (&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;password...</source>
        <translation>ប្តូរពាក្យសម្ងាត់... (&amp;P)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>មិនទាន់ចូល</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>បុគ្គលិកចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>សវនករ</translation>
    </message>
    <message>
        <source>Sync: not configured</source>
        <translation>សមកាលកម្ម៖ មិនទាន់កំណត់</translation>
    </message>
</context>
<context>
    <name>HospitalPage</name>
    <message>
        <source>Waiting for a card. Place the card on the reader and press Enter.</source>
        <translation>កំពុងរង់ចាំកាត។ ដាក់កាតលើឧបករណ៍អាន ហើយចុច Enter។</translation>
    </message>
    <message>
        <source>Any reader with a card</source>
        <translation>ឧបករណ៍អានណាដែលមានកាត</translation>
    </message>
    <message>
        <source>Find r&amp;eaders</source>
        <translation>ស្វែងរកឧបករណ៍អាន (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Read the card (Enter)</source>
        <translation>អានកាត (Enter) (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next person (Esc)</source>
        <translation>អ្នកបន្ទាប់ (Esc) (&amp;N)</translation>
    </message>
    <message>
        <source>Rea&amp;der:</source>
        <translation>ឧបករណ៍អាន (&amp;D)៖</translation>
    </message>
    <message>
        <source>&amp;Optional finger check:</source>
        <translation>ការពិនិត្យម្រាមដៃ (ស្រេចចិត្ត) (&amp;O)៖</translation>
    </message>
    <message>
        <source>Check the &amp;finger</source>
        <translation>ពិនិត្យម្រាមដៃ (&amp;F)</translation>
    </message>
    <message>
        <source>Record the &amp;visit</source>
        <translation>កត់ត្រាការមកពិនិត្យ (&amp;V)</translation>
    </message>
    <message>
        <source>Card verification is not set up on this station: the national trust anchors and revocation list are missing.</source>
        <translation>ការផ្ទៀងផ្ទាត់កាតមិនទាន់រៀបចំនៅស្ថានីយនេះទេ៖ វិញ្ញាបនបត្រឫសជាតិ និងបញ្ជីដកហូតបាត់។</translation>
    </message>
    <message>
        <source>Still busy with the previous card: wait a moment, then press Enter again.</source>
        <translation>នៅរវល់ជាមួយកាតមុននៅឡើយ៖ សូមរង់ចាំបន្តិច រួចចុច Enter ម្តងទៀត។</translation>
    </message>
    <message>
        <source>Reading the card...</source>
        <translation>កំពុងអានកាត...</translation>
    </message>
    <message>
        <source>This card was already used today at %1 (recorded by %2). Record another visit?</source>
        <translation>កាតនេះត្រូវបានប្រើរួចហើយនៅថ្ងៃនេះ នៅម៉ោង %1 (កត់ត្រាដោយ %2)។ កត់ត្រាការមកពិនិត្យម្ដងទៀតឬ?</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <source>No visit recorded: this card was already used today.</source>
        <translation>មិនបានកត់ត្រាការមកពិនិត្យទេ៖ កាតនេះត្រូវបានប្រើរួចហើយនៅថ្ងៃនេះ។</translation>
    </message>
    <message>
        <source>Visit recorded (queued for the central registry).</source>
        <translation>បានកត់ត្រាការមកពិនិត្យ (រង់ចាំផ្ញើទៅបញ្ជីកណ្តាល)។</translation>
    </message>
    <message>
        <source>The previous card&apos;s visit was not recorded: %1</source>
        <translation>ការមកពិនិត្យរបស់កាតមុនមិនត្រូវបានកត់ត្រាទេ៖ %1</translation>
    </message>
    <message>
        <source>Place the %1 finger on the scanner...</source>
        <translation>ដាក់ម្រាមដៃ %1 លើម៉ាស៊ីនស្កេន...</translation>
    </message>
    <message>
        <source>Finger MATCHES the card</source>
        <translation>ម្រាមដៃត្រូវគ្នានឹងកាត</translation>
    </message>
    <message>
        <source>Finger does NOT match the card. Try again, or another finger; no visit is recorded for a finger that does not match.</source>
        <translation>ម្រាមដៃមិនត្រូវគ្នានឹងកាតទេ។ សាកម្ដងទៀត ឬប្រើម្រាមដៃផ្សេង។ ការមកទទួលសេវាមិនត្រូវបានកត់ត្រាសម្រាប់ម្រាមដៃដែលមិនត្រូវគ្នាទេ។</translation>
    </message>
    <message>
        <source>If the holder&apos;s own fingers keep failing, the print on the card may be poor: the Single Window office captures it again and issues a new card.</source>
        <translation>ប្រសិនបើម្រាមដៃផ្ទាល់របស់ម្ចាស់កាតនៅតែមិនត្រូវគ្នា ស្នាមនៅលើកាតប្រហែលជាមិនច្បាស់៖ ការិយាល័យច្រកចេញចូលតែមួយស្កេនវាម្តងទៀត ហើយចេញកាតថ្មី។</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <source>Who heads the household, and who leaves it. The central registry is told; the dead keep their place.</source>
        <translation>អ្នកណាជាមេគ្រួសារ និងអ្នកណាចាកចេញពីគ្រួសារ។ បញ្ជីឈ្មោះកណ្តាលនឹងត្រូវបានជូនដំណឹង។ អ្នកដែលបានស្លាប់រក្សាកន្លែងរបស់ពួកគេ។</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>សមាជិក (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New head</source>
        <translation>មេគ្រួសារថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Start a new household</source>
        <translation>បង្កើតគ្រួសារថ្មី (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Join another household</source>
        <translation>ចូលរួមគ្រួសារផ្សេង (&amp;J)</translation>
    </message>
    <message>
        <source>H&amp;ead</source>
        <translation>មេគ្រួសារ (&amp;E)</translation>
    </message>
    <message>
        <source>Where they &amp;live now</source>
        <translation>កន្លែងដែលពួកគេរស់នៅឥឡូវ (&amp;L)</translation>
    </message>
    <message>
        <source>A ne&amp;w address</source>
        <translation>អាសយដ្ឋានថ្មី (&amp;W)</translation>
    </message>
    <message>
        <source>a member&apos;s name, person or household id</source>
        <translation>ឈ្មោះសមាជិក លេខសម្គាល់បុគ្គល ឬគ្រួសារ</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ស្វែងរក (&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ind by</source>
        <translation>ស្វែងរកតាម (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;To join</source>
        <translation>គ្រួសារត្រូវចូលរួម (&amp;T)</translation>
    </message>
    <message>
        <source>e.g. head died (certificate 9/2026); married, own house</source>
        <translation>ឧ. មេគ្រួសារបានស្លាប់ (សំបុត្រ 9/2026); រៀបការ មានផ្ទះផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>មូលហេតុ (&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>រក្សាទុក (&amp;A)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>ទំនាក់ទំនងជាមួយមេគ្រួសារ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>ថ្ងៃកំណើត</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>បានទទួលមរណភាព</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>ក្រោយការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>deceased on %1</source>
        <translation>បានទទួលមរណភាពនៅ %1</translation>
    </message>
    <message>
        <source>%1, %2 (household %3)</source>
        <translation>%1, %2 (គ្រួសារ %3)</translation>
    </message>
    <message>
        <source>No other household found: search by a member&apos;s name or id.</source>
        <translation>រកមិនឃើញគ្រួសារផ្សេងទេ៖ ស្វែងរកតាមឈ្មោះ ឬលេខសម្គាល់របស់សមាជិក។</translation>
    </message>
    <message>
        <source>Tick the members who leave the household.</source>
        <translation>សូមធីកសមាជិកដែលចាកចេញពីគ្រួសារ។</translation>
    </message>
    <message>
        <source>Choose who heads the household.</source>
        <translation>សូមជ្រើសរើសអ្នកដែលជាមេគ្រួសារ។</translation>
    </message>
    <message>
        <source>Say how %1 is related to the head.</source>
        <translation>សូមបញ្ជាក់ថា %1 ទាក់ទងនឹងមេគ្រួសារយ៉ាងដូចម្តេច។</translation>
    </message>
    <message>
        <source>Find the household to join and choose it.</source>
        <translation>សូមស្វែងរកគ្រួសារដែលត្រូវចូលរួម ហើយជ្រើសរើសវា។</translation>
    </message>
    <message>
        <source>Give the reason for the change (the form or the document that shows it).</source>
        <translation>សូមផ្តល់មូលហេតុនៃការផ្លាស់ប្តូរ (ទម្រង់ ឬឯកសារដែលបង្ហាញវា)។</translation>
    </message>
    <message>
        <source>%1 now heads household %2.</source>
        <translation>%1 ឥឡូវជាមេគ្រួសារ %2។</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) started a new household headed by %1.</source>
        <translation>
            <numerusform>%n នាក់បានបង្កើតគ្រួសារថ្មីដែលមាន %1 ជាមេគ្រួសារ។</numerusform>
            <numerusform>%n នាក់បានបង្កើតគ្រួសារថ្មីដែលមាន %1 ជាមេគ្រួសារ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) joined the household of %1.</source>
        <translation>
            <numerusform>%n នាក់បានចូលរួមគ្រួសាររបស់ %1។</numerusform>
            <numerusform>%n នាក់បានចូលរួមគ្រួសាររបស់ %1។</numerusform>
        </translation>
    </message>
    <message>
        <source>The household needs its vulnerability assessment before programmes are proposed.</source>
        <translation>គ្រួសារត្រូវការការវាយតម្លៃភាពងាយរងគ្រោះ មុនពេលស្នើកម្មវិធី។</translation>
    </message>
    <message>
        <source>The card %1 shows the old village: issue a new card to replace it.</source>
        <translation>កាត %1 បង្ហាញភូមិចាស់៖ សូមចេញកាតថ្មីដើម្បីជំនួសវា។</translation>
    </message>
    <message>
        <source>Their programme memberships stay with them: review them with the household&apos;s proposal.</source>
        <translation>សមាជិកភាពកម្មវិធីរបស់ពួកគេនៅជាមួយពួកគេ៖ សូមពិនិត្យវាឡើងវិញជាមួយសំណើរបស់គ្រួសារ។</translation>
    </message>
    <message>
        <source>%1 goes to one member a household, and this household now has it twice: end one of the memberships on the Programmes step.</source>
        <translation>%1 ផ្តល់ឱ្យសមាជិកតែម្នាក់ក្នុងមួយគ្រួសារ ហើយឥឡូវនេះគ្រួសារនេះមានវាពីរដង៖ សូមបញ្ចប់សមាជិកភាពមួយនៅជំហាន កម្មវិធី។</translation>
    </message>
</context>
<context>
    <name>HouseholdReviewPanel</name>
    <message>
        <source>Households whose members need a supervisor&apos;s step after a death or a move. Each stays here until it is mended.</source>
        <translation>គ្រួសារដែលសមាជិកត្រូវការជំហានរបស់អ្នកគ្រប់គ្រង បន្ទាប់ពីមរណភាព ឬការផ្លាស់ទីលំនៅ។ គ្រួសារនីមួយៗនៅទីនេះរហូតដល់វាត្រូវបានកែតម្រូវ។</translation>
    </message>
    <message>
        <source>Households to review</source>
        <translation>គ្រួសារត្រូវពិនិត្យ</translation>
    </message>
    <message>
        <source>Household of</source>
        <translation>គ្រួសាររបស់</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>អ្វីដែលត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>&amp;Household...</source>
        <translation>គ្រួសារ... (&amp;H)</translation>
    </message>
    <message>
        <source>Households to review (%1)</source>
        <translation>គ្រួសារត្រូវពិនិត្យ (%1)</translation>
    </message>
    <message>
        <source>No living head: name one (Household...).</source>
        <translation>គ្មានមេគ្រួសារនៅរស់៖ សូមកំណត់ម្នាក់ (គ្រួសារ...)។</translation>
    </message>
    <message>
        <source>Two members are recorded as its head: name the one who heads it (Household...).</source>
        <translation>សមាជិកពីរនាក់ត្រូវបានកត់ត្រាជាមេគ្រួសារ៖ សូមកំណត់អ្នកដែលជាមេគ្រួសារពិតប្រាកដ (គ្រួសារ...)។</translation>
    </message>
    <message>
        <source>%1 is held twice (one member a household): end one on the clerk&apos;s Household programmes tab.</source>
        <translation>%1 ត្រូវបានទទួលពីរដង (សមាជិកតែម្នាក់ក្នុងមួយគ្រួសារ)៖ សូមបញ្ចប់មួយនៅផ្ទាំង កម្មវិធីគ្រួសារ របស់បុគ្គលិក។</translation>
    </message>
    <message>
        <source>Select a household in the list first.</source>
        <translation>សូមជ្រើសរើសគ្រួសារក្នុងបញ្ជីជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>ListCheckDialog</name>
    <message>
        <source>Check a programme&apos;s list</source>
        <translation>ពិនិត្យបញ្ជីរបស់កម្មវិធី</translation>
    </message>
    <message>
        <source>A programme&apos;s own list of the people it pays, saved from its spreadsheet as &apos;CSV UTF-8&apos;. Its first line names the columns: name (or local_name), sex, birth_date or birth_year, village, national_id, beneficiary_id. Each line is matched to the people registered here; the report says who is paid after their death or twice, who is not registered, who is not in the programme, and which members the list leaves out. It names people: keep it as you keep the registry.</source>
        <translation>បញ្ជីផ្ទាល់របស់កម្មវិធី នៃអ្នកដែលកម្មវិធីបង់ប្រាក់ឱ្យ រក្សាទុកពីតារាងគណនាជា &apos;CSV UTF-8&apos;។ បន្ទាត់ទីមួយដាក់ឈ្មោះជួរឈរ៖ name (ឬ local_name), sex, birth_date ឬ birth_year, village, national_id, beneficiary_id។ បន្ទាត់នីមួយៗត្រូវបានផ្គូផ្គងនឹងអ្នកដែលបានចុះឈ្មោះនៅទីនេះ។ របាយការណ៍ប្រាប់ថា អ្នកណាត្រូវបានបង់ប្រាក់ក្រោយពេលស្លាប់ ឬពីរដង អ្នកណាមិនទាន់ចុះឈ្មោះ អ្នកណាមិនស្ថិតក្នុងកម្មវិធី និងសមាជិកណាខ្លះដែលបញ្ជីទុកចោល។ វាមានឈ្មោះមនុស្ស៖ រក្សាវាដូចដែលអ្នករក្សាបញ្ជីឈ្មោះ។</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>កម្មវិធី (&amp;P)</translation>
    </message>
    <message>
        <source>the list&apos;s CSV file</source>
        <translation>ឯកសារ CSV នៃបញ្ជី</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>ជ្រើសរើស... (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>បញ្ជី (&amp;L)</translation>
    </message>
    <message>
        <source>Pays for &amp;day</source>
        <translation>បង់សម្រាប់ថ្ងៃ (&amp;D)</translation>
    </message>
    <message>
        <source>PDF, to read or print</source>
        <translation>PDF សម្រាប់អាន ឬបោះពុម្ព</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV សម្រាប់តារាងគណនា</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>ទម្រង់ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Check the list</source>
        <translation>ពិនិត្យបញ្ជី (&amp;C)</translation>
    </message>
    <message>
        <source>The programme&apos;s list</source>
        <translation>បញ្ជីរបស់កម្មវិធី</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ឯកសារ CSV (*.csv *.txt);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>The registry knows no programme yet.</source>
        <translation>បញ្ជីឈ្មោះមិនទាន់ស្គាល់កម្មវិធីណាមួយនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Choose the list&apos;s file.</source>
        <translation>សូមជ្រើសរើសឯកសារនៃបញ្ជី។</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>គ្មានឯកសារ %1 ទេ។</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in to the station</source>
        <translation>ចូលទៅស្ថានីយ</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>ឈ្មោះអ្នកប្រើ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>ចូល (&amp;S)</translation>
    </message>
    <message>
        <source>Opening the registry...</source>
        <translation>កំពុងបើកបញ្ជី...</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without use. Enter your password to go on where you were; another operator who signs in starts afresh.</source>
        <translation>បានចាក់សោក្រោយ %1 នាទីដែលគ្មានការប្រើប្រាស់។ បញ្ចូលពាក្យសម្ងាត់របស់អ្នក ដើម្បីបន្តពីកន្លែងដែលអ្នកបានឈប់។ ប្រតិបត្តិករផ្សេងដែលចូល នឹងចាប់ផ្តើមថ្មី។</translation>
    </message>
    <message>
        <source>Signed in. Opening the scanner and the card reader...</source>
        <translation>បានចូលហើយ។ កំពុងបើកម៉ាស៊ីនស្កេន និងឧបករណ៍អានកាត...</translation>
    </message>
    <message>
        <source>Operator accounts are not available: this station has no registry yet. Run &apos;sws init&apos; first.</source>
        <translation>គណនីប្រតិបត្តិករមិនមានទេ៖ ស្ថានីយនេះមិនទាន់មានបញ្ជីទេ។ ដំណើរការ &apos;sws init&apos; ជាមុនសិន។</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>បញ្ចូលឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់។</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>កំពុងពិនិត្យ...</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>ជ្រើសរើសពាក្យសម្ងាត់ថ្មី</translation>
    </message>
    <message>
        <source>A supervisor set your password. Choose your own before you start: at least 10 characters, not your user name.</source>
        <translation>អ្នកគ្រប់គ្រងបានកំណត់ពាក្យសម្ងាត់របស់អ្នក។ សូមជ្រើសរើសពាក្យសម្ងាត់ផ្ទាល់ខ្លួនមុនពេលចាប់ផ្តើម៖ យ៉ាងហោចណាស់ 10 តួអក្សរ មិនមែនជាឈ្មោះអ្នកប្រើរបស់អ្នកទេ។</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>ប្តូរពាក្យសម្ងាត់របស់អ្នក</translation>
    </message>
    <message>
        <source>At least 10 characters, not your user name, not the one you have now.</source>
        <translation>យ៉ាងហោចណាស់ 10 តួអក្សរ មិនមែនជាឈ្មោះអ្នកប្រើរបស់អ្នក និងមិនដូចពាក្យសម្ងាត់បច្ចុប្បន្នទេ។</translation>
    </message>
    <message>
        <source>Your password was reset: choose a new one to sign in.</source>
        <translation>ពាក្យសម្ងាត់របស់អ្នកត្រូវបានកំណត់ឡើងវិញ៖ សូមជ្រើសរើសពាក្យសម្ងាត់ថ្មីដើម្បីចូល។</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync: %1 waiting (no central registry set)</source>
        <translation>សមកាលកម្ម៖ %1 កំពុងរង់ចាំ (មិនទាន់កំណត់បញ្ជីកណ្តាល)</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — approval expired, ask the centre to renew</source>
        <extracomment>The services opened in the background are in ``ctx`` (see :meth:`load_services`). The scanner and the card verifier are in ``ctx`` too (after :attr:`services_ready`). Asks a yes/no question (a message box; tests answer it themselves).</extracomment>
        <translation>សមកាលកម្ម៖ %1 កំពុងរង់ចាំ — ការអនុម័តបានផុតកំណត់ សូមស្នើមជ្ឈមណ្ឌលបន្ត</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — not yet approved by the centre</source>
        <translation>សមកាលកម្ម៖ %1 កំពុងរង់ចាំ — មជ្ឈមណ្ឌលមិនទាន់អនុម័តនៅឡើយ</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — station revoked by the centre</source>
        <translation>សមកាលកម្ម៖ %1 កំពុងរង់ចាំ — ស្ថានីយត្រូវបានដកហូតដោយមជ្ឈមណ្ឌល</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — suspended by the centre (a copy of this station suspected)</source>
        <translation>សមកាលកម្ម៖ %1 កំពុងរង់ចាំ — ត្រូវបានផ្អាកដោយមជ្ឈមណ្ឌល (សង្ស័យថាជាច្បាប់ចម្លងនៃស្ថានីយនេះ)</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — stopped, signing key lost</source>
        <translation>សមកាលកម្ម៖ %1 កំពុងរង់ចាំ — បានឈប់ បាត់កូនសោ</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — offline, will retry</source>
        <translation>សមកាលកម្ម៖ %1 កំពុងរង់ចាំ — គ្មានអ៊ីនធឺណិត នឹងព្យាយាមម្តងទៀត</translation>
    </message>
    <message>
        <source>Sync: %1 waiting</source>
        <translation>សមកាលកម្ម៖ %1 កំពុងរង់ចាំ</translation>
    </message>
    <message>
        <source>Single Window station — %1</source>
        <translation>ស្ថានីយច្រកចេញចូលតែមួយ — %1</translation>
    </message>
    <message>
        <source>Sign out? The enrolment in progress will be lost: what was typed and the fingerprints captured.</source>
        <translation>ចាកចេញមែនទេ? ការចុះឈ្មោះដែលកំពុងធ្វើនឹងបាត់៖ អ្វីដែលបានវាយ និងស្នាមម្រាមដៃដែលបានស្កេន។</translation>
    </message>
    <message>
        <source>Change the language? The enrolment in progress starts again: what was typed and the fingerprints captured will be lost.</source>
        <translation>ប្តូរភាសាមែនទេ? ការចុះឈ្មោះដែលកំពុងធ្វើនឹងចាប់ផ្តើមឡើងវិញ៖ អ្វីដែលបានវាយ និងស្នាមម្រាមដៃដែលបានស្កេននឹងបាត់។</translation>
    </message>
    <message>
        <source>&amp;Clerk</source>
        <translation>បុគ្គលិកចុះឈ្មោះ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hospital focal point</source>
        <translation>ចំណុចទំនាក់ទំនងមន្ទីរពេទ្យ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Auditor</source>
        <translation>សវនករ (&amp;A)</translation>
    </message>
    <message>
        <source>Su&amp;pervisor</source>
        <translation>អ្នកគ្រប់គ្រង (&amp;P)</translation>
    </message>
    <message>
        <source>this mode</source>
        <translation>របៀបនេះ</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>ពិការភាព</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>មាន</translation>
    </message>
    <message>
        <source>no</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>មានការងារ</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>ធ្វើការងារផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>informal work</source>
        <translation>ការងារក្រៅប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>គ្មានការងារ</translation>
    </message>
    <message>
        <source>student</source>
        <translation>សិស្ស/និស្សិត</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ចូលនិវត្តន៍</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>មិនធ្វើការ</translation>
    </message>
    <message>
        <source>child</source>
        <translation>កុមារ</translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <source>Ho&amp;usehold programmes</source>
        <translation>កម្មវិធីគ្រួសារ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Grievances</source>
        <translation>បណ្តឹងតវ៉ា (&amp;G)</translation>
    </message>
    <message>
        <source>Case &amp;follow-ups</source>
        <translation>ការតាមដានករណី (&amp;F)</translation>
    </message>
    <message>
        <source>Households to re&amp;view</source>
        <translation>គ្រួសារត្រូវពិនិត្យ (&amp;V)</translation>
    </message>
    <message>
        <source>Cards to replace</source>
        <translation>កាតដែលត្រូវប្តូរ</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>ការបង់ប្រាក់</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>ផែនការករណី</translation>
    </message>
    <message>
        <source>&amp;Enrolment</source>
        <translation>ការចុះឈ្មោះ (&amp;E)</translation>
    </message>
    <message>
        <source>This person belongs to no household: there is nothing to open.</source>
        <translation>បុគ្គលនេះមិនស្ថិតក្នុងគ្រួសារណាទេ៖ គ្មានអ្វីត្រូវបើកទេ។</translation>
    </message>
    <message>
        <source>Opera&amp;tors</source>
        <translation>ប្រតិបត្តិករ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>ទិដ្ឋភាពទូទៅ (&amp;O)</translation>
    </message>
</context>
<context>
    <name>NewOperatorDialog</name>
    <message>
        <source>Add an operator</source>
        <translation>បន្ថែមប្រតិបត្តិករ</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>បុគ្គលិកចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>សវនករ</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>ឈ្មោះអ្នកប្រើ (&amp;U)</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>ឈ្មោះពេញ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>តួនាទី (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>ម្តងទៀត (&amp;A)</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>សូមបញ្ចូលឈ្មោះអ្នកប្រើ។</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ %1 តួអក្សរ។</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <source>User</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>ចូលចុងក្រោយ</translation>
    </message>
    <message>
        <source>A&amp;dd an operator...</source>
        <translation>បន្ថែមប្រតិបត្តិករ... (&amp;D)</translation>
    </message>
    <message>
        <source>Reset pass&amp;word...</source>
        <translation>កំណត់ពាក្យសម្ងាត់ឡើងវិញ... (&amp;W)</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>ដោះសោ (&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>បិទគណនី (&amp;I)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ជាប់សោ</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>ត្រូវប្តូរពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>បុគ្គលិកចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>សវនករ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>មិនដែល</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>បើកគណនីវិញ (&amp;E)</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>កំពុងដំណើរការ...</translation>
    </message>
    <message>
        <source>Operator %1 added.</source>
        <translation>បានបន្ថែមប្រតិបត្តិករ %1។</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>កំណត់ពាក្យសម្ងាត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Choose a temporary password for %1 and give it to them in person. They must choose their own at the next sign-in; the account is unlocked.</source>
        <translation>ជ្រើសរើសពាក្យសម្ងាត់បណ្តោះអាសន្នសម្រាប់ %1 ហើយប្រគល់ជូនពួកគេដោយផ្ទាល់។ ពួកគេត្រូវជ្រើសរើសពាក្យសម្ងាត់ផ្ទាល់ខ្លួននៅពេលចូលលើកក្រោយ។ គណនីត្រូវបានដោះសោ។</translation>
    </message>
    <message>
        <source>Password of %1 reset: they must choose a new one at the next sign-in.</source>
        <translation>ពាក្យសម្ងាត់របស់ %1 ត្រូវបានកំណត់ឡើងវិញ៖ ពួកគេត្រូវជ្រើសរើសពាក្យសម្ងាត់ថ្មីនៅពេលចូលលើកក្រោយ។</translation>
    </message>
    <message>
        <source>Operator %1 unlocked.</source>
        <translation>បានដោះសោប្រតិបត្តិករ %1។</translation>
    </message>
    <message>
        <source>Operator %1 enabled: they can sign in again.</source>
        <translation>បានបើកគណនីប្រតិបត្តិករ %1៖ ពួកគេអាចចូលបានម្តងទៀត។</translation>
    </message>
    <message>
        <source>Operator %1 disabled: they can no longer sign in. Their records stay.</source>
        <translation>បានបិទគណនីប្រតិបត្តិករ %1៖ ពួកគេមិនអាចចូលបានទៀតទេ។ កំណត់ត្រារបស់ពួកគេនៅដដែល។</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>រក្សាទុកជា PDF (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>បោះពុម្ព... (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>បិទ (&amp;C)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>បានរក្សាទុក៖ %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>មិនអាចចាប់ផ្តើមម៉ាស៊ីនបោះពុម្ពបានទេ។</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>បានផ្ញើទៅ %1។</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>ម៉ាស៊ីនបោះពុម្ព</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Current password</source>
        <translation>ពាក្យសម្ងាត់បច្ចុប្បន្ន (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>ពាក្យសម្ងាត់ថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>ម្តងទៀត (&amp;A)</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>ពាក្យសម្ងាត់ថ្មីទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>កំពុងពិនិត្យ...</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <source>S&amp;how the statement</source>
        <translation>បង្ហាញរបាយការណ៍គណនី (&amp;H)</translation>
    </message>
    <message>
        <source>choose a membership</source>
        <translation>ជ្រើសរើសសមាជិកភាពមួយ</translation>
    </message>
    <message>
        <source>&amp;Of the household:</source>
        <translation>ក្នុងគ្រួសារ (&amp;O)៖</translation>
    </message>
    <message>
        <source>&amp;Record the payment</source>
        <translation>កត់ត្រាការបង់ប្រាក់ (&amp;R)</translation>
    </message>
    <message>
        <source>receipt number, card serial or membership id</source>
        <translation>លេខបង្កាន់ដៃ លេខស៊េរីកាត ឬលេខសម្គាល់សមាជិកភាព</translation>
    </message>
    <message>
        <source>The number of one of the member&apos;s receipts, the serial of their card, or the membership&apos;s id. Or double-click the membership in the Household programmes tab.</source>
        <translation>លេខនៃបង្កាន់ដៃមួយរបស់សមាជិក លេខស៊េរីកាតរបស់គាត់ ឬលេខសម្គាល់សមាជិកភាព។ ឬចុចពីរដងលើសមាជិកភាពនៅក្នុងផ្ទាំងកម្មវិធីគ្រួសារ។</translation>
    </message>
    <message>
        <source>Mem&amp;bership, card or receipt:</source>
        <translation>សមាជិកភាព កាត ឬបង្កាន់ដៃ (&amp;B)៖</translation>
    </message>
    <message>
        <source>Read the &amp;card</source>
        <translation>អានកាត (&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>ចំនួនទឹកប្រាក់ (&amp;M)៖</translation>
    </message>
    <message>
        <source>Save the receipt as P&amp;DF</source>
        <translation>រក្សាទុកបង្កាន់ដៃជា PDF (&amp;D)</translation>
    </message>
    <message>
        <source>Pr&amp;int the receipt...</source>
        <translation>បោះពុម្ពបង្កាន់ដៃ... (&amp;I)</translation>
    </message>
    <message>
        <source>Select a line to give a copy of its receipt or voucher; Enter prints one.</source>
        <translation>ជ្រើសបន្ទាត់មួយ ដើម្បីផ្ដល់ច្បាប់ចម្លងបង្កាន់ដៃ ឬបណ្ណរបស់វា។ ចុច Enter ដើម្បីបោះពុម្ពច្បាប់ចម្លង។</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as PDF</source>
        <translation>រក្សាទុកច្បាប់ចម្លងជា PDF (&amp;Y)</translation>
    </message>
    <message>
        <source>Print a co&amp;py...</source>
        <translation>បោះពុម្ពច្បាប់ចម្លង... (&amp;P)</translation>
    </message>
    <message>
        <source>Save the s&amp;tatement as PDF</source>
        <translation>រក្សាទុករបាយការណ៍គណនីជា PDF (&amp;T)</translation>
    </message>
    <message>
        <source>Print the statement...</source>
        <translation>បោះពុម្ពរបាយការណ៍គណនី...</translation>
    </message>
    <message>
        <source>Never ran: the holder died before it began; %1 to refund to the family</source>
        <translation>មិនដែលដំណើរការ៖ ម្ចាស់សមាជិកភាពបានទទួលមរណភាពមុនពេលវាចាប់ផ្តើម; ប្រាក់ %1 ត្រូវសងទៅគ្រួសារវិញ</translation>
    </message>
    <message>
        <source>Never ran: a death recorded before it began kept it; %1 to refund</source>
        <translation>មិនដែលដំណើរការ៖ មរណភាពដែលបានកត់ត្រាមុនពេលវាចាប់ផ្តើម បានរក្សាវាទុក; ប្រាក់ %1 ត្រូវសងវិញ</translation>
    </message>
    <message numerus="yes">
        <source>Ended on %1: arrears %2, %n period(s) overdue of %3 charged, paid until %4</source>
        <translation>
            <numerusform>បានបញ្ចប់នៅ %1៖ ប្រាក់ជំពាក់ %2, %n វគ្គហួសកំណត់ ក្នុងចំណោម %3 វគ្គដែលបានគិតប្រាក់, បានបង់រហូតដល់ %4</numerusform>
            <numerusform>បានបញ្ចប់នៅ %1៖ ប្រាក់ជំពាក់ %2, %n វគ្គហួសកំណត់ ក្នុងចំណោម %3 វគ្គដែលបានគិតប្រាក់, បានបង់រហូតដល់ %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended on %1: arrears %2, %n period(s) overdue of %3 charged, nothing paid</source>
        <translation>
            <numerusform>បានបញ្ចប់នៅ %1៖ ប្រាក់ជំពាក់ %2, %n វគ្គហួសកំណត់ ក្នុងចំណោម %3 វគ្គដែលបានគិតប្រាក់, មិនបានបង់អ្វីទេ</numerusform>
            <numerusform>បានបញ្ចប់នៅ %1៖ ប្រាក់ជំពាក់ %2, %n វគ្គហួសកំណត់ ក្នុងចំណោម %3 វគ្គដែលបានគិតប្រាក់, មិនបានបង់អ្វីទេ</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>in arrears</source>
        <translation>ជំពាក់ប្រាក់</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>ផ្អាក</translation>
    </message>
    <message numerus="yes">
        <source>Status %1: arrears %2, %n period(s) overdue of %3 due, paid until %4</source>
        <translation>
            <numerusform>ស្ថានភាព %1៖ ប្រាក់ជំពាក់ %2, %n វគ្គហួសកំណត់ ក្នុងចំណោម %3 វគ្គដែលត្រូវបង់, បានបង់រហូតដល់ %4</numerusform>
            <numerusform>ស្ថានភាព %1៖ ប្រាក់ជំពាក់ %2, %n វគ្គហួសកំណត់ ក្នុងចំណោម %3 វគ្គដែលត្រូវបង់, បានបង់រហូតដល់ %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status %1: arrears %2, %n period(s) overdue of %3 due, nothing paid yet</source>
        <translation>
            <numerusform>ស្ថានភាព %1៖ ប្រាក់ជំពាក់ %2, %n វគ្គហួសកំណត់ ក្នុងចំណោម %3 វគ្គដែលត្រូវបង់, មិនទាន់បានបង់អ្វីទេ</numerusform>
            <numerusform>ស្ថានភាព %1៖ ប្រាក់ជំពាក់ %2, %n វគ្គហួសកំណត់ ក្នុងចំណោម %3 វគ្គដែលត្រូវបង់, មិនទាន់បានបង់អ្វីទេ</numerusform>
        </translation>
    </message>
    <message>
        <source>, credit %1 to give back to the family</source>
        <translation>, ឥណទាន %1 ត្រូវសងទៅគ្រួសារវិញ</translation>
    </message>
    <message>
        <source>, credit %1 to give back</source>
        <translation>, ឥណទាន %1 ត្រូវសងវិញ</translation>
    </message>
    <message>
        <source>, credit %1</source>
        <translation>, ឥណទាន %1</translation>
    </message>
    <message>
        <source>The receipt could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>មិនអាចរក្សាទុកបង្កាន់ដៃក្នុង %1 បានទេ៖ សូមពិនិត្យថាថតនេះអាចសរសេរបាន (USB ដោតជាប់ មានទំហំទំនេរ) រួចរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>បានរក្សាទុក៖ %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>មិនអាចចាប់ផ្តើមម៉ាស៊ីនបោះពុម្ពបានទេ។</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>បានផ្ញើទៅ %1។</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>ម៉ាស៊ីនបោះពុម្ព</translation>
    </message>
    <message>
        <source>The statement could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>មិនអាចរក្សាទុករបាយការណ៍គណនីក្នុង %1 បានទេ៖ សូមពិនិត្យថាថតនេះអាចសរសេរបាន (USB ដោតជាប់ មានទំហំទំនេរ) រួចរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <source>Print the statement</source>
        <translation>បោះពុម្ពរបាយការណ៍គណនី</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>បោះពុម្ពបង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>Print a copy of %1</source>
        <translation>បោះពុម្ពច្បាប់ចម្លងនៃ %1</translation>
    </message>
    <message>
        <source>Select the line of the history to give a copy of first.</source>
        <translation>សូមជ្រើសបន្ទាត់ក្នុងប្រវត្តិ ដែលត្រូវផ្ដល់ច្បាប់ចម្លង ជាមុនសិន។</translation>
    </message>
    <message>
        <source>The copy could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>មិនអាចរក្សាទុកច្បាប់ចម្លងក្នុង %1 បានទេ៖ សូមពិនិត្យថាថតនេះអាចសរសេរបាន (USB ដោតជាប់ មានទំហំទំនេរ) រួចរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>កំពុងដំណើរការ...</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Of the card holder:</source>
        <translation>របស់ម្ចាស់កាត (&amp;O)៖</translation>
    </message>
    <message>
        <source>%1 (ended %2)</source>
        <translation>%1 (បានបញ្ចប់ %2)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (ចាប់ពី %2)</translation>
    </message>
    <message>
        <source>This card&apos;s holder has several contributory memberships: choose one in the list.</source>
        <translation>ម្ចាស់កាតនេះមានសមាជិកភាពដែលត្រូវបង់វិភាគទានច្រើន៖ សូមជ្រើសរើសមួយក្នុងបញ្ជី។</translation>
    </message>
    <message>
        <source>This card is revoked; the payment is taken all the same.</source>
        <translation>កាតនេះត្រូវបានដកហូត ប៉ុន្តែការបង់ប្រាក់នៅតែទទួលយកដដែល។</translation>
    </message>
    <message>
        <source>This card was reported lost; the payment is taken all the same.</source>
        <translation>កាតនេះត្រូវបានរាយការណ៍ថាបាត់ ប៉ុន្តែការបង់ប្រាក់នៅតែទទួលយកដដែល។</translation>
    </message>
    <message>
        <source>This card was replaced by a newer one; the payment is taken all the same.</source>
        <translation>កាតនេះត្រូវបានជំនួសដោយកាតថ្មី ប៉ុន្តែការបង់ប្រាក់នៅតែទទួលយកដដែល។</translation>
    </message>
    <message>
        <source>Enter a receipt number, the card serial or the membership id first.</source>
        <translation>សូមបញ្ចូលលេខបង្កាន់ដៃ លេខស៊េរីកាត ឬលេខសម្គាល់សមាជិកភាពជាមុនសិន។</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4 refunded</source>
        <translation>%1 (%2)៖ បានសងវិញ %3 %4</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4 paid</source>
        <translation>%1 (%2)៖ បានបង់ %3 %4</translation>
    </message>
    <message>
        <source>Receipt %1: %2 %3 received.</source>
        <translation>បង្កាន់ដៃ %1៖ បានទទួល %2 %3។</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>បានកត់ត្រាការបង់ប្រាក់។</translation>
    </message>
</context>
<context>
    <name>PersonFormPage</name>
    <message>
        <source>Household</source>
        <extracomment>Enter in the last field (the national ID): the clerk means Next</extracomment>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <source>New househo&amp;ld (this person is the head)</source>
        <translation>គ្រួសារថ្មី (បុគ្គលនេះជាមេគ្រួសារ) (&amp;L)</translation>
    </message>
    <message>
        <source>Member of e&amp;xisting household:</source>
        <translation>សមាជិកគ្រួសារដែលមានស្រាប់៖ (&amp;X)</translation>
    </message>
    <message>
        <source>household id</source>
        <translation>លេខគ្រួសារ</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>ប្តី/ប្រពន្ធ</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>កូន</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>ឪពុកម្តាយ</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>សាច់ញាតិផ្សេងទៀត</translation>
    </message>
    <message>
        <source>H&amp;ousehold id:</source>
        <translation>លេខ (&amp;O)៖</translation>
    </message>
    <message>
        <source>Relation to &amp;head:</source>
        <translation>ជា (&amp;H)៖</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>name as written locally</source>
        <translation>ឈ្មោះជាអក្សរជាតិ</translation>
    </message>
    <message>
        <source>the same name in Latin letters</source>
        <translation>ឈ្មោះដដែលជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <source>La&amp;tin:</source>
        <translation>ឡាតាំង (&amp;T)៖</translation>
    </message>
    <message>
        <source>Na&amp;me (local script)</source>
        <translation>ឈ្មោះ (អក្សរជាតិ) (&amp;M)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— ជ្រើសរើស —</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>ភេទ (&amp;S)</translation>
    </message>
    <message>
        <source>Date unknown: estimated &amp;age</source>
        <translation>មិនដឹងថ្ងៃ៖ អាយុប៉ាន់ស្មាន (&amp;A)</translation>
    </message>
    <message>
        <source>Date o&amp;f birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត (&amp;F)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>Privacy notice...</source>
        <translation>សេចក្តីជូនដំណឹងអំពីឯកជនភាព...</translation>
    </message>
    <message>
        <source>— read the notice, then choose —</source>
        <translation>— អានសេចក្តីជូនដំណឹង រួចជ្រើសរើស —</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>បុគ្គលនោះផ្ទាល់</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>ឪពុកម្តាយ ឬអាណាព្យាបាល</translation>
    </message>
    <message>
        <source>the parent&apos;s or guardian&apos;s name</source>
        <translation>ឈ្មោះឪពុកម្តាយ ឬអាណាព្យាបាល</translation>
    </message>
    <message>
        <source>Agreed b&amp;y:</source>
        <translation>អ្នកយល់ព្រម (&amp;Y)៖</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>អាណាព្យាបាល៖</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>សេចក្តីជូនដំណឹងអំពីឯកជនភាព</translation>
    </message>
    <message>
        <source>Version %1. Read it to the person (or a child&apos;s parent or guardian), then choose who agreed.</source>
        <translation>កំណែ %1។ សូមអានវាឱ្យបុគ្គលនោះស្តាប់ (ឬឪពុកម្តាយ ឬអាណាព្យាបាលរបស់កុមារ) បន្ទាប់មកជ្រើសរើសអ្នកដែលបានយល់ព្រម។</translation>
    </message>
    <message>
        <source>province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <source>district</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>ឃុំ</translation>
    </message>
    <message>
        <source>village (name or code)</source>
        <translation>ភូមិ (ឈ្មោះ ឬលេខកូដ)</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>ខេត្ត៖</translation>
    </message>
    <message>
        <source>Dist&amp;rict:</source>
        <translation>ស្រុក (&amp;R)៖</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>ឃុំ (&amp;C)៖</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>ភូមិ (&amp;V)៖</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>អាសយដ្ឋាន (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ទូរស័ព្ទ (&amp;P)</translation>
    </message>
    <message>
        <source>National &amp;ID</source>
        <translation>អត្តសញ្ញាណប័ណ្ណ (&amp;I)</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>បើមាន</translation>
    </message>
    <message>
        <source>Head of the household</source>
        <translation>មេគ្រួសារ</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>Not available on this station yet: %1</source>
        <translation>មិនទាន់មាននៅស្ថានីយនេះទេ៖ %1</translation>
    </message>
</context>
<context>
    <name>PlanItems</name>
    <message>
        <source>goal</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <source>action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>ការបញ្ជូនបន្ត</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>The rules propose these programmes. Tick what the person takes, then confirm.</source>
        <extracomment>Enter on the list: the clerk means Next</extracomment>
        <translation>ច្បាប់ស្នើកម្មវិធីទាំងនេះ។ ធីកកម្មវិធីដែលបុគ្គលទទួលយក រួចបញ្ជាក់។</translation>
    </message>
    <message>
        <source>C&amp;onfirm the programmes</source>
        <translation>បញ្ជាក់កម្មវិធី (&amp;O)</translation>
    </message>
    <message>
        <source>Considered, not eligible:</source>
        <translation>បានពិចារណា មិនមានសិទ្ធិ៖</translation>
    </message>
    <message>
        <source>Facts the rules lack (poverty level, disability, employment) are recorded in the Household programmes tab; propose again there.</source>
        <translation>ព័ត៌មានដែលច្បាប់ខ្វះ (កម្រិតភាពក្រីក្រ ពិការភាព ការងារ) ត្រូវកត់ត្រានៅផ្ទាំងកម្មវិធីគ្រួសារ ហើយស្នើម្តងទៀតនៅទីនោះ។</translation>
    </message>
    <message>
        <source>Checking eligibility...</source>
        <translation>កំពុងពិនិត្យលក្ខខណ្ឌ...</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>គ្មានកំណត់</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) proposed (rules %1)</source>
        <translation>
            <numerusform>កម្មវិធី %n ត្រូវបានស្នើ (ច្បាប់ %1)</numerusform>
            <numerusform>កម្មវិធី %n ត្រូវបានស្នើ (ច្បាប់ %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n programme(s) joined.</source>
        <translation>
            <numerusform>បានកត់ត្រា៖ បានចូលកម្មវិធី %n។</numerusform>
            <numerusform>បានកត់ត្រា៖ បានចូលកម្មវិធី %n។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammesPanel</name>
    <message>
        <source>Household id</source>
        <translation>លេខសម្គាល់គ្រួសារ</translation>
    </message>
    <message>
        <source>Pr&amp;opose programmes</source>
        <translation>ស្នើកម្មវិធី (&amp;O)</translation>
    </message>
    <message>
        <source>Members (the rules need disability and employment)</source>
        <translation>សមាជិក (ច្បាប់ត្រូវការព័ត៌មានពិការភាព និងការងារ)</translation>
    </message>
    <message>
        <source>&amp;Save the members&apos; situation</source>
        <translation>រក្សាទុកស្ថានការណ៍សមាជិក (&amp;S)</translation>
    </message>
    <message>
        <source>Vulnerability assessment</source>
        <translation>ការវាយតម្លៃភាពងាយរងគ្រោះ</translation>
    </message>
    <message>
        <source>&amp;Record the assessment</source>
        <translation>កត់ត្រាការវាយតម្លៃ (&amp;R)</translation>
    </message>
    <message>
        <source>Proposed package (tick what is taken)</source>
        <translation>កញ្ចប់ដែលបានស្នើ (គូសធីកអ្វីដែលបានទទួល)</translation>
    </message>
    <message>
        <source>&amp;Confirm the ticked programmes</source>
        <translation>បញ្ជាក់កម្មវិធីដែលបានគូសធីក (&amp;C)</translation>
    </message>
    <message>
        <source>Considered, not proposed:</source>
        <translation>បានពិចារណា តែមិនបានស្នើ៖</translation>
    </message>
    <message>
        <source>Memberships held</source>
        <translation>សមាជិកភាពដែលកំពុងមាន</translation>
    </message>
    <message>
        <source>En&amp;d membership</source>
        <translation>បញ្ចប់សមាជិកភាព (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Withdraw (not begun)</source>
        <translation>ដកវិញ (មិនទាន់ចាប់ផ្តើម) (&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;fund and withdraw</source>
        <translation>សងប្រាក់វិញ និងដកវិញ (&amp;F)</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>បានផ្លាស់ទីលំនៅចេញ</translation>
    </message>
    <message>
        <source>no longer eligible</source>
        <translation>លែងមានសិទ្ធិទទួល</translation>
    </message>
    <message>
        <source>at the person&apos;s own request</source>
        <translation>តាមសំណើផ្ទាល់ខ្លួនរបស់បុគ្គលនោះ</translation>
    </message>
    <message>
        <source>held twice (the extra one)</source>
        <translation>មានពីរដង (សមាជិកភាពលើស)</translation>
    </message>
    <message>
        <source>Enter the household id first.</source>
        <translation>សូមបញ្ចូលលេខសម្គាល់គ្រួសារជាមុនសិន។</translation>
    </message>
    <message>
        <source>The assessment of household %1 was recorded.</source>
        <translation>ការវាយតម្លៃរបស់គ្រួសារ %1 ត្រូវបានកត់ត្រាហើយ។</translation>
    </message>
    <message>
        <source>Score {0:g}: {1} (questionnaire {2})</source>
        <translation>ពិន្ទុ {0:g}៖ {1} (កម្រងសំណួរ {2})</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>គ្មានអ្វីផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source> until {0}</source>
        <translation> រហូតដល់ {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) under rules %1.</source>
        <translation>
            <numerusform>សំណើ %n តាមច្បាប់ %1។</numerusform>
            <numerusform>សំណើ %n តាមច្បាប់ %1។</numerusform>
        </translation>
    </message>
    <message>
        <source>the holder died</source>
        <translation>ម្ចាស់សិទ្ធិបានទទួលមរណភាព</translation>
    </message>
    <message>
        <source> (ended: %1)</source>
        <translation> (បានបញ្ចប់៖ %1)</translation>
    </message>
    <message>
        <source>%1: %2 from %3</source>
        <translation>%1៖ %2 ចាប់ពី %3</translation>
    </message>
    <message>
        <source>%1: %2 begins on %3</source>
        <translation>%1៖ %2 ចាប់ផ្តើមនៅថ្ងៃ %3</translation>
    </message>
    <message>
        <source>Not begun yet: Withdraw withdraws it (it never runs); it can be ended from %1, the day it begins.</source>
        <translation>មិនទាន់ចាប់ផ្តើមនៅឡើយ៖ ប៊ូតុង «ដកវិញ» ដកវាវិញ (វាមិនដំណើរការទាល់តែសោះ)។ វាអាចបញ្ចប់បានចាប់ពីថ្ងៃ %1 ដែលជាថ្ងៃវាចាប់ផ្តើម។</translation>
    </message>
    <message>
        <source> (this household has it twice, one member a household: end this one)</source>
        <translation> (គ្រួសារនេះមានវាពីរដង សមាជិកតែម្នាក់ក្នុងមួយគ្រួសារ៖ សូមបញ្ចប់មួយនេះ)</translation>
    </message>
    <message>
        <source>%1 (deceased): %2 was to begin on %3; %4 paid is owed to the family (Refund and withdraw)</source>
        <translation>%1 (បានទទួលមរណភាព)៖ %2 ត្រូវចាប់ផ្តើមនៅថ្ងៃ %3; ប្រាក់ %4 ដែលបានបង់ ត្រូវសងទៅគ្រួសារវិញ (សងប្រាក់វិញ និងដកវិញ)</translation>
    </message>
    <message>
        <source>%1 (deceased)</source>
        <translation>%1 (បានទទួលមរណភាព)</translation>
    </message>
    <message>
        <source>%1: %2 never ran; %3 %4 paid towards it can be given back (Give back the credit)</source>
        <translation>%1៖ %2 មិនដែលដំណើរការទេ; ប្រាក់ %3 %4 ដែលបានបង់សម្រាប់វា អាចសងវិញបាន (សងឥណទានវិញ)</translation>
    </message>
    <message>
        <source>%1: %2 ended on %5; a credit of %3 %4 can be given back (Give back the credit)</source>
        <translation>%1៖ %2 បានបញ្ចប់នៅថ្ងៃ %5; ឥណទាន %3 %4 អាចសងវិញបាន (សងឥណទានវិញ)</translation>
    </message>
    <message>
        <source>Choose the credit to give back first.</source>
        <translation>សូមជ្រើសរើសឥណទានដែលត្រូវសងវិញជាមុនសិន។</translation>
    </message>
    <message>
        <source>Give back all %1 %2 paid towards %3 to the family of %4 and withdraw it (it never ran)?</source>
        <translation>សងប្រាក់ទាំងអស់ %1 %2 ដែលបានបង់សម្រាប់ %3 ទៅគ្រួសាររបស់ %4 វិញ ហើយដកវាវិញ (វាមិនដែលដំណើរការទេ) ឬ?</translation>
    </message>
    <message>
        <source>Give back all %1 %2 paid towards %3 to %4 and withdraw it (it never ran)?</source>
        <translation>សងប្រាក់ទាំងអស់ %1 %2 ដែលបានបង់សម្រាប់ %3 ទៅ %4 វិញ ហើយដកវាវិញ (វាមិនដែលដំណើរការទេ) ឬ?</translation>
    </message>
    <message>
        <source>Give back %1 %2 paid towards %3 beyond what it owed to the family of %4?</source>
        <translation>សងប្រាក់ %1 %2 ដែលបានបង់សម្រាប់ %3 លើសពីអ្វីដែលវាជំពាក់ ទៅគ្រួសាររបស់ %4 វិញ ឬ?</translation>
    </message>
    <message>
        <source>Give back %1 %2 paid towards %3 beyond what it owed to %4?</source>
        <translation>សងប្រាក់ %1 %2 ដែលបានបង់សម្រាប់ %3 លើសពីអ្វីដែលវាជំពាក់ ទៅ %4 វិញ ឬ?</translation>
    </message>
    <message>
        <source>Give back the credit</source>
        <translation>សងឥណទានវិញ</translation>
    </message>
    <message>
        <source>Refund receipt %1: %2 %3 given back to the family of %4.</source>
        <translation>បង្កាន់ដៃសងប្រាក់វិញ %1៖ បានសង %2 %3 ទៅគ្រួសាររបស់ %4 វិញ។</translation>
    </message>
    <message>
        <source>Refund receipt %1: %2 %3 given back to %4.</source>
        <translation>បង្កាន់ដៃសងប្រាក់វិញ %1៖ បានសង %2 %3 ទៅ %4 វិញ។</translation>
    </message>
    <message>
        <source>%1 withdrawn (it never ran).</source>
        <translation>%1 ត្រូវបានដកវិញ (វាមិនដែលដំណើរការទេ)។</translation>
    </message>
    <message>
        <source>Choose the membership to end first.</source>
        <translation>សូមជ្រើសរើសសមាជិកភាពដែលត្រូវបញ្ចប់ជាមុនសិន។</translation>
    </message>
    <message>
        <source>This membership has not begun yet: withdraw it instead (Withdraw).</source>
        <translation>សមាជិកភាពនេះមិនទាន់ចាប់ផ្តើមនៅឡើយទេ៖ សូមដកវាវិញជំនួសវិញ (ដកវិញ)។</translation>
    </message>
    <message>
        <source>Choose the membership to withdraw first.</source>
        <translation>សូមជ្រើសរើសសមាជិកភាពដែលត្រូវដកវិញជាមុនសិន។</translation>
    </message>
    <message>
        <source>This membership has begun: end it on its last day instead (End membership).</source>
        <translation>សមាជិកភាពនេះបានចាប់ផ្តើមហើយ៖ សូមបញ្ចប់វានៅថ្ងៃចុងក្រោយរបស់វាជំនួសវិញ (បញ្ចប់សមាជិកភាព)។</translation>
    </message>
    <message>
        <source>Choose the membership to refund first.</source>
        <translation>សូមជ្រើសរើសសមាជិកភាពដែលត្រូវសងប្រាក់វិញជាមុនសិន។</translation>
    </message>
    <message>
        <source>Give back %1 %2 paid towards %3 of %4 (to the family: %4 died before it began) and withdraw it?</source>
        <translation>សងប្រាក់ %1 %2 ដែលបានបង់សម្រាប់ %3 របស់ %4 ទៅគ្រួសារវិញ (%4 បានទទួលមរណភាពមុនពេលវាចាប់ផ្តើម) ហើយដកវាវិញឬ?</translation>
    </message>
    <message>
        <source>Give back %1 %2 paid towards %3 to %4 and withdraw it (it never begins)?</source>
        <translation>សងប្រាក់ %1 %2 ដែលបានបង់សម្រាប់ %3 ទៅ %4 វិញ ហើយដកវាវិញ (វានឹងមិនចាប់ផ្តើមទេ) ឬ?</translation>
    </message>
    <message>
        <source>Refund and withdraw</source>
        <translation>សងប្រាក់វិញ និងដកវិញ</translation>
    </message>
    <message>
        <source>Nothing was refunded.</source>
        <translation>មិនបានសងប្រាក់វិញទេ។</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>គ្រួសារ (&amp;H)៖</translation>
    </message>
    <message>
        <source>Double-click a membership, or press Enter on it, to see its statement and record a payment (Payments tab).</source>
        <translation>ចុចពីរដងលើសមាជិកភាព ឬចុច Enter លើវា ដើម្បីមើលរបាយការណ៍ និងកត់ត្រាការបង់ប្រាក់ (ផ្ទាំងការបង់ប្រាក់)។</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>មូលហេតុ (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>ថ្ងៃចុងក្រោយ (&amp;L)៖</translation>
    </message>
    <message>
        <source>why, or who came for it</source>
        <translation>មូលហេតុ ឬអ្នកណាមកទទួល</translation>
    </message>
    <message>
        <source>Give &amp;back the credit</source>
        <translation>សងឥណទានវិញ (&amp;B)</translation>
    </message>
    <message>
        <source>%1 collects no contributions: there is nothing to pay.</source>
        <translation>%1 មិនប្រមូលវិភាគទានទេ៖ គ្មានអ្វីត្រូវបង់ទេ។</translation>
    </message>
    <message>
        <source>Refund receipt %1: %2 %3 given back to the family of %4; %5 withdrawn.</source>
        <translation>បង្កាន់ដៃសងប្រាក់វិញ %1៖ បានសង %2 %3 ទៅគ្រួសាររបស់ %4 វិញ; %5 ត្រូវបានដកវិញ។</translation>
    </message>
    <message>
        <source>Refund receipt %1: %2 %3 given back to %4; %5 withdrawn.</source>
        <translation>បង្កាន់ដៃសងប្រាក់វិញ %1៖ បានសង %2 %3 ទៅ %4 វិញ; %5 ត្រូវបានដកវិញ។</translation>
    </message>
    <message>
        <source>%1: %2 withdrawn (it was to begin on %3).</source>
        <translation>%1៖ %2 ត្រូវបានដកវិញ (វាត្រូវចាប់ផ្តើមនៅថ្ងៃ %3)។</translation>
    </message>
    <message>
        <source>%1: %2 ends on %3.</source>
        <translation>%1៖ %2 បញ្ចប់នៅថ្ងៃ %3។</translation>
    </message>
    <message>
        <source>Card %1 still claims it: issue a new card.</source>
        <translation>កាត %1 នៅតែបញ្ជាក់សិទ្ធិនេះ៖ សូមចេញកាតថ្មី។</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>សមាជិក %n នាក់</numerusform>
            <numerusform>សមាជិក %n នាក់</numerusform>
        </translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>មេគ្រួសារ៖ %1</translation>
    </message>
    <message>
        <source>No head recorded</source>
        <translation>មិនទាន់កត់ត្រាមេគ្រួសារ</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>មិនទាន់វាយតម្លៃ</translation>
    </message>
    <message>
        <source>assessed %1: %2 (score %3)</source>
        <translation>បានវាយតម្លៃ %1៖ %2 (ពិន្ទុ %3)</translation>
    </message>
    <message>
        <source>extremely poor</source>
        <translation>ក្រីក្រខ្លាំង</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>ក្រីក្រ</translation>
    </message>
    <message>
        <source>near poor</source>
        <translation>ជិតក្រីក្រ</translation>
    </message>
    <message>
        <source>not poor</source>
        <translation>មិនក្រីក្រ</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) recorded, %1 declined.</source>
        <translation>
            <numerusform>បានកត់ត្រាសមាជិកភាព %n, បដិសេធ %1។</numerusform>
            <numerusform>បានកត់ត្រាសមាជិកភាព %n, បដិសេធ %1។</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is proposed: assess the household and record its members&apos; situation.</source>
        <translation>គ្មានសំណើទេ៖ សូមវាយតម្លៃគ្រួសារ ហើយកត់ត្រាស្ថានការណ៍សមាជិករបស់ខ្លួន។</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>ថត</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ដ្រាយ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>មើលក្នុង (&amp;L)៖</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ថត៖</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ឈ្មោះឯកសារ (&amp;N)៖</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ប្រភេទឯកសារ (&amp;T)៖</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ជ្រើសរើស (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>បើក (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ទៅមុខ</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ថតមេ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>បង្កើតថតថ្មី</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>ទិដ្ឋភាពបញ្ជី</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>ទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ទៅមុខ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ទៅថតមេ</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>បង្កើតថតថ្មី</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>ប្ដូរទៅទិដ្ឋភាពបញ្ជី</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>ប្ដូរទៅទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>របារចំហៀង</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>បញ្ជីទីតាំង និងចំណាំ</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ថត</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>ថតថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>ប្ដូរឈ្មោះ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>លុប (&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>បង្ហាញឯកសារលាក់ (&amp;H)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>កាលបរិច្ឆេទកែប្រែ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>កុំព្យូទ័រ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>How many people live and eat in the household?</source>
        <translation>តើមានមនុស្សប៉ុន្មាននាក់រស់នៅ និងហូបចុកក្នុងគ្រួសារ?</translation>
    </message>
    <message>
        <source>Main material of the roof</source>
        <translation>សម្ភារៈសំខាន់នៃដំបូល</translation>
    </message>
    <message>
        <source>Main material of the outer walls</source>
        <translation>សម្ភារៈសំខាន់នៃជញ្ជាំងខាងក្រៅ</translation>
    </message>
    <message>
        <source>Main source of drinking water</source>
        <translation>ប្រភពទឹកផឹកសំខាន់</translation>
    </message>
    <message>
        <source>Toilet facility</source>
        <translation>បង្គន់</translation>
    </message>
    <message>
        <source>Is the dwelling connected to electricity?</source>
        <translation>តើលំនៅដ្ឋានមានភ្លើងអគ្គិសនីទេ?</translation>
    </message>
    <message>
        <source>Main cooking fuel</source>
        <translation>ឥន្ធនៈចម្អិនអាហារសំខាន់</translation>
    </message>
    <message>
        <source>Agricultural land used by the household</source>
        <translation>ដីកសិកម្មដែលគ្រួសារប្រើប្រាស់</translation>
    </message>
    <message>
        <source>Does the household own a motorbike or car?</source>
        <translation>តើគ្រួសារមានម៉ូតូ ឬរថយន្តទេ?</translation>
    </message>
    <message>
        <source>Does the household own a television?</source>
        <translation>តើគ្រួសារមានទូរទស្សន៍ទេ?</translation>
    </message>
    <message>
        <source>Does any member earn a regular wage or salary?</source>
        <translation>តើមានសមាជិកណាម្នាក់ទទួលបានប្រាក់ឈ្នួល ឬប្រាក់ខែទៀងទាត់ទេ?</translation>
    </message>
    <message>
        <source>Does a member have a chronic illness that stops them working?</source>
        <translation>តើមានសមាជិកណាម្នាក់មានជំងឺរ៉ាំរ៉ៃដែលធ្វើឲ្យមិនអាចធ្វើការបានទេ?</translation>
    </message>
    <message>
        <source>How many &amp;people live and eat in the household?</source>
        <translation>តើមានមនុស្សប៉ុន្មាននាក់រស់នៅ និងហូបចុកក្នុងគ្រួសារ? (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Main material of the roof</source>
        <translation>សម្ភារៈសំខាន់នៃដំបូល (&amp;M)</translation>
    </message>
    <message>
        <source>Main material of the ou&amp;ter walls</source>
        <translation>សម្ភារៈសំខាន់នៃជញ្ជាំងខាងក្រៅ (&amp;T)</translation>
    </message>
    <message>
        <source>Main source of drin&amp;king water</source>
        <translation>ប្រភពទឹកផឹកសំខាន់ (&amp;K)</translation>
    </message>
    <message>
        <source>Toilet facility (&amp;J)</source>
        <translation>បង្គន់ (&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Is the dwelling connected to electricity?</source>
        <translation>តើលំនៅដ្ឋានមានភ្លើងអគ្គិសនីទេ? (&amp;I)</translation>
    </message>
    <message>
        <source>Main cooking fuel (&amp;Q)</source>
        <translation>ឥន្ធនៈចម្អិនអាហារសំខាន់ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Agricultural land used by the household</source>
        <translation>ដីកសិកម្មដែលគ្រួសារប្រើប្រាស់ (&amp;A)</translation>
    </message>
    <message>
        <source>Does the household own a motorbike or car? (&amp;X)</source>
        <translation>តើគ្រួសារមានម៉ូតូ ឬរថយន្តទេ? (&amp;X)</translation>
    </message>
    <message>
        <source>Does the household own a tele&amp;vision?</source>
        <translation>តើគ្រួសារមានទូរទស្សន៍ទេ? (&amp;V)</translation>
    </message>
    <message>
        <source>Does any member earn a regular wage or salar&amp;y?</source>
        <translation>តើមានសមាជិកណាម្នាក់ទទួលបានប្រាក់ឈ្នួល ឬប្រាក់ខែទៀងទាត់ទេ? (&amp;Y)</translation>
    </message>
    <message>
        <source>Does a member have a chronic illness that stops them working? (&amp;Z)</source>
        <translation>តើមានសមាជិកណាម្នាក់មានជំងឺរ៉ាំរ៉ៃដែលធ្វើឲ្យមិនអាចធ្វើការបានទេ? (&amp;Z)</translation>
    </message>
    <message>
        <source>thatch</source>
        <translation>ស្លឹក</translation>
    </message>
    <message>
        <source>metal sheet</source>
        <translation>ស័ង្កសី</translation>
    </message>
    <message>
        <source>tiles</source>
        <translation>ក្បឿង</translation>
    </message>
    <message>
        <source>concrete</source>
        <translation>បេតុង</translation>
    </message>
    <message>
        <source>mud or bamboo</source>
        <translation>ដី ឬឫស្សី</translation>
    </message>
    <message>
        <source>wood</source>
        <translation>ឈើ</translation>
    </message>
    <message>
        <source>brick or concrete</source>
        <translation>ឥដ្ឋ ឬបេតុង</translation>
    </message>
    <message>
        <source>surface water</source>
        <translation>ទឹកលើដី (ស្ទឹង បឹង ស្រះ)</translation>
    </message>
    <message>
        <source>unprotected well</source>
        <translation>អណ្តូងគ្មានការការពារ</translation>
    </message>
    <message>
        <source>protected well</source>
        <translation>អណ្តូងមានការការពារ</translation>
    </message>
    <message>
        <source>piped water</source>
        <translation>ទឹកម៉ាស៊ីន</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>pit latrine</source>
        <translation>បង្គន់រណ្តៅ</translation>
    </message>
    <message>
        <source>flush toilet</source>
        <translation>បង្គន់ចាក់ទឹក</translation>
    </message>
    <message>
        <source>charcoal</source>
        <translation>ធ្យូង</translation>
    </message>
    <message>
        <source>gas or electricity</source>
        <translation>ហ្គាស ឬអគ្គិសនី</translation>
    </message>
    <message>
        <source>under half a hectare</source>
        <translation>តិចជាងកន្លះហិកតា</translation>
    </message>
    <message>
        <source>half a hectare to 2 hectares</source>
        <translation>ពីកន្លះហិកតា ដល់ ២ហិកតា</translation>
    </message>
    <message>
        <source>over 2 hectares</source>
        <translation>លើសពី ២ហិកតា</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>no reason was recorded</source>
        <translation>មិនមានមូលហេតុត្រូវបានកត់ត្រាទេ</translation>
    </message>
    <message>
        <source>%1 (the reason as recorded, in English)</source>
        <translation>%1 (មូលហេតុដូចដែលបានកត់ត្រា ជាភាសាអង់គ្លេស)</translation>
    </message>
    <message>
        <source>not eligible: %1</source>
        <translation>មិនមានសិទ្ធិ៖ %1</translation>
    </message>
    <message>
        <source>eligible, not proposed: %1</source>
        <translation>មានសិទ្ធិ តែមិនបានស្នើ៖ %1</translation>
    </message>
    <message>
        <source>eligible because %1</source>
        <translation>មានសិទ្ធិ ដោយសារ %1</translation>
    </message>
    <message>
        <source>%1 (one member per household)</source>
        <translation>%1 (សមាជិកម្នាក់ក្នុងមួយគ្រួសារ)</translation>
    </message>
    <message>
        <source>%1 is not recorded</source>
        <translation>%1 មិនទាន់បានកត់ត្រា</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2 is one of %3</source>
        <translation>%1 %2 ស្ថិតក្នុងចំណោម %3</translation>
    </message>
    <message>
        <source>%1 %2 is not one of %3</source>
        <translation>%1 %2 មិនស្ថិតក្នុងចំណោម %3</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 គឺ %2</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 គឺ %2 មិនមែន %3</translation>
    </message>
    <message>
        <source>already a member</source>
        <translation>ជាសមាជិករួចហើយ</translation>
    </message>
    <message>
        <source>already in %1, which excludes it</source>
        <translation>មានក្នុង %1 រួចហើយ ដែលមិនអាចរួមជាមួយកម្មវិធីនេះ</translation>
    </message>
    <message>
        <source>the household already has one member in it</source>
        <translation>គ្រួសារមានសមាជិកម្នាក់ក្នុងកម្មវិធីនេះរួចហើយ</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 និង %2</translation>
    </message>
    <message>
        <source>age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>ពិការភាព</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>head of household</source>
        <translation>មេគ្រួសារ</translation>
    </message>
    <message>
        <source>household poverty level</source>
        <translation>កម្រិតភាពក្រីក្ររបស់គ្រួសារ</translation>
    </message>
    <message>
        <source>household PMT score</source>
        <translation>ពិន្ទុ PMT របស់គ្រួសារ</translation>
    </message>
    <message>
        <source>household size</source>
        <translation>ចំនួនសមាជិកគ្រួសារ</translation>
    </message>
    <message>
        <source>children under 16 in the household</source>
        <translation>កុមារអាយុក្រោម 16 ឆ្នាំក្នុងគ្រួសារ</translation>
    </message>
    <message>
        <source>members aged 60 or more in the household</source>
        <translation>សមាជិកអាយុ 60 ឆ្នាំឡើងក្នុងគ្រួសារ</translation>
    </message>
    <message>
        <source>members with a disability in the household</source>
        <translation>សមាជិកពិការក្នុងគ្រួសារ</translation>
    </message>
    <message>
        <source>%1 %2 is exactly %3</source>
        <translation>%1 %2 ស្មើនឹង %3</translation>
    </message>
    <message>
        <source>%1 %2 is other than %3</source>
        <translation>%1 %2 ខុសពី %3</translation>
    </message>
    <message>
        <source>%1 %2 is below %3</source>
        <translation>%1 %2 ស្ថិតក្រោម %3</translation>
    </message>
    <message>
        <source>%1 %2 is at or below %3</source>
        <translation>%1 %2 ស្ថិតត្រឹម ឬក្រោម %3</translation>
    </message>
    <message>
        <source>%1 %2 is above %3</source>
        <translation>%1 %2 ស្ថិតលើ %3</translation>
    </message>
    <message>
        <source>%1 %2 is at or above %3</source>
        <translation>%1 %2 ស្ថិតត្រឹម ឬលើ %3</translation>
    </message>
    <message>
        <source>%1 %2 == %3</source>
        <translation>%1 %2 ស្មើ %3</translation>
    </message>
    <message>
        <source>%1 %2 != %3</source>
        <translation>%1 %2 មិនស្មើ %3</translation>
    </message>
    <message>
        <source>%1 %2 &lt; %3</source>
        <translation>%1 %2 តិចជាង %3</translation>
    </message>
    <message>
        <source>%1 %2 &lt;= %3</source>
        <translation>%1 %2 មិនលើស %3</translation>
    </message>
    <message>
        <source>%1 %2 &gt; %3</source>
        <translation>%1 %2 លើស %3</translation>
    </message>
    <message>
        <source>%1 %2 &gt;= %3</source>
        <translation>%1 %2 ចាប់ពី %3 ឡើង</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Enrolment receipt</source>
        <translation>បង្កាន់ដៃចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Contribution receipt</source>
        <translation>បង្កាន់ដៃបង់វិភាគទាន</translation>
    </message>
    <message>
        <source>nothing paid</source>
        <translation>មិនទាន់បានបង់អ្វីទេ</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>លេខបង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>Contribution receipt — COPY</source>
        <translation>បង្កាន់ដៃបង់វិភាគទាន — ច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>Refund voucher — COPY</source>
        <translation>បណ្ណសងប្រាក់វិញ — ច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>Refund voucher</source>
        <translation>បណ្ណសងប្រាក់វិញ</translation>
    </message>
    <message>
        <source>Withdrawal with refund of the contributions paid</source>
        <translation>ការដកវិញ ដោយសងវិភាគទានដែលបានបង់វិញ</translation>
    </message>
    <message>
        <source>Refund of the credit after the membership ended</source>
        <translation>ការសងប្រាក់សល់វិញ បន្ទាប់ពីសមាជិកភាពបានបញ្ចប់</translation>
    </message>
    <message>
        <source>Refund to the family of a member who died</source>
        <translation>ការសងប្រាក់វិញដល់គ្រួសាររបស់សមាជិកដែលបានទទួលមរណភាព</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>ម្ចាស់សមាជិកភាព</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>ចំនួនទឹកប្រាក់បានសងវិញ</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>ការសងប្រាក់វិញ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>Received by (name and signature)</source>
        <translation>អ្នកទទួល (ឈ្មោះ និងហត្ថលេខា)</translation>
    </message>
    <message>
        <source>Paid out by</source>
        <translation>បង់ចេញដោយ</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>ចំនួនទឹកប្រាក់បានទទួល</translation>
    </message>
    <message>
        <source>Paid until</source>
        <translation>បានបង់រហូតដល់</translation>
    </message>
    <message>
        <source>Enrolment receipt — COPY</source>
        <translation>បង្កាន់ដៃចុះឈ្មោះ — ច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <source>COPY — printed %1 by %2; registered on %3</source>
        <translation>ច្បាប់ចម្លង — បោះពុម្ពនៅ %1 ដោយ %2។ ចុះឈ្មោះនៅថ្ងៃ %3</translation>
    </message>
    <message>
        <source>COPY — printed %1 by %2; the original was issued %3</source>
        <translation>ច្បាប់ចម្លង — បោះពុម្ពនៅ %1 ដោយ %2។ ច្បាប់ដើមបានចេញនៅ %3</translation>
    </message>
    <message>
        <source>Paid until, arrears</source>
        <translation>បានបង់រហូតដល់ និងប្រាក់ជំពាក់</translation>
    </message>
    <message>
        <source>not on a copy: see the statement</source>
        <translation>មិនសរសេរលើច្បាប់ចម្លងទេ៖ សូមមើលរបាយការណ៍គណនី</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>ប្រាក់ជំពាក់</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>ទទួលដោយ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>ឈ្មោះ (ឡាតាំង)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Person ID</source>
        <translation>លេខសម្គាល់បុគ្គល</translation>
    </message>
    <message>
        <source>Household ID</source>
        <translation>លេខសម្គាល់គ្រួសារ</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <source>Card serial</source>
        <translation>លេខស៊េរីកាត</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>មិនទាន់ចេញ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>ចុះឈ្មោះដោយ</translation>
    </message>
    <message>
        <source>Keep this receipt. Show it at any Single Window office; the code identifies your record.</source>
        <translation>សូមរក្សាទុកបង្កាន់ដៃនេះ។ បង្ហាញវានៅការិយាល័យច្រកចេញចូលតែមួយណាមួយ។ កូដនេះកំណត់អត្តសញ្ញាណកំណត់ត្រារបស់អ្នក។</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source>%1, parent or guardian (privacy notice %2)</source>
        <translation>%1 ឪពុកម្តាយ ឬអាណាព្យាបាល (សេចក្តីជូនដំណឹងអំពីឯកជនភាព %2)</translation>
    </message>
    <message>
        <source>the person (privacy notice %1)</source>
        <translation>បុគ្គលនោះផ្ទាល់ (សេចក្តីជូនដំណឹងអំពីឯកជនភាព %1)</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>&amp;Print the receipt...</source>
        <translation>បោះពុម្ពបង្កាន់ដៃ... (&amp;P)</translation>
    </message>
    <message>
        <source>Save the &amp;receipt (PDF)</source>
        <translation>រក្សាទុកបង្កាន់ដៃ (PDF) (&amp;R)</translation>
    </message>
    <message>
        <source>Read the record &amp;again</source>
        <translation>អានកំណត់ត្រាម្តងទៀត (&amp;A)</translation>
    </message>
</context>
<context>
    <name>RefundVoucherDialog</name>
    <message>
        <source>Refund voucher</source>
        <translation>បណ្ណសងប្រាក់វិញ</translation>
    </message>
    <message>
        <source>Refund recorded: receipt %1, %2 %3. Give the person the voucher to sign.</source>
        <translation>បានកត់ត្រាការសងប្រាក់វិញ៖ បង្កាន់ដៃ %1, %2 %3។ សូមឲ្យអ្នកទទួលចុះហត្ថលេខាលើបណ្ណនេះ។</translation>
    </message>
    <message>
        <source>The voucher could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>មិនអាចរក្សាទុកបណ្ណក្នុង %1 បានទេ៖ សូមពិនិត្យថាថតនេះអាចសរសេរបាន (USB ដោតជាប់ មានទំហំទំនេរ) រួចរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <source>Print the voucher</source>
        <translation>បោះពុម្ពបណ្ណ</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>%1 - as of %2 - station %3</source>
        <translation>%1 - គិតត្រឹម %2 - ស្ថានីយ %3</translation>
    </message>
    <message>
        <source>%1 (continued %2)</source>
        <translation>%1 (ត %2)</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>គ្មានអ្វីត្រូវរាយការណ៍</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>... and %1 more rows: see the CSV</source>
        <translation>... និង %1 ជួរទៀត៖ សូមមើលឯកសារ CSV</translation>
    </message>
    <message>
        <source>Coverage of social protection and employment programmes</source>
        <translation>ការគ្របដណ្តប់នៃកម្មវិធីគាំពារសង្គម និងការងារ</translation>
    </message>
    <message>
        <source>Grievances and appeals</source>
        <translation>បណ្តឹងតវ៉ា និងបណ្តឹងឧទ្ធរណ៍</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>ការគ្រប់គ្រងករណី</translation>
    </message>
    <message>
        <source>Day&apos;s till: contributions taken and refunds paid out</source>
        <translation>បញ្ជីសាច់ប្រាក់ប្រចាំថ្ងៃ៖ វិភាគទានដែលបានទទួល និងប្រាក់ដែលបានសងវិញ</translation>
    </message>
    <message>
        <source>What the registry holds about you</source>
        <translation>អ្វីដែលបញ្ជីរក្សាទុកអំពីអ្នក</translation>
    </message>
    <message>
        <source>A programme&apos;s list checked against the registry</source>
        <translation>បញ្ជីរបស់កម្មវិធី ដែលបានផ្ទៀងផ្ទាត់ជាមួយបញ្ជីឈ្មោះ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <source>Members by programme</source>
        <translation>សមាជិកតាមកម្មវិធី</translation>
    </message>
    <message>
        <source>Members by programme and age group</source>
        <translation>សមាជិកតាមកម្មវិធី និងក្រុមអាយុ</translation>
    </message>
    <message>
        <source>Coverage by sex and age group</source>
        <translation>ការគ្របដណ្តប់តាមភេទ និងក្រុមអាយុ</translation>
    </message>
    <message>
        <source>Programmes per household</source>
        <translation>ចំនួនកម្មវិធីក្នុងមួយគ្រួសារ</translation>
    </message>
    <message>
        <source>Households by poverty level (latest assessment)</source>
        <translation>គ្រួសារតាមកម្រិតភាពក្រីក្រ (ការវាយតម្លៃចុងក្រោយ)</translation>
    </message>
    <message>
        <source>Cards by status</source>
        <translation>កាតតាមស្ថានភាព</translation>
    </message>
    <message>
        <source>Contributory memberships by status</source>
        <translation>សមាជិកភាពបង់វិភាគទានតាមស្ថានភាព</translation>
    </message>
    <message>
        <source>People to ask for their consent again at their next visit</source>
        <translation>មនុស្សដែលត្រូវសុំការយល់ព្រមម្តងទៀតនៅពេលមកលើកក្រោយ</translation>
    </message>
    <message>
        <source>Grievances by status</source>
        <translation>បណ្តឹងតវ៉ាតាមស្ថានភាព</translation>
    </message>
    <message>
        <source>Grievances by category and status</source>
        <translation>បណ្តឹងតវ៉ាតាមប្រភេទ និងស្ថានភាព</translation>
    </message>
    <message>
        <source>Open grievances by age</source>
        <translation>បណ្តឹងតវ៉ាកំពុងបើកតាមរយៈពេល</translation>
    </message>
    <message>
        <source>Open grievances past their deadline (longest first)</source>
        <translation>បណ្តឹងតវ៉ាកំពុងបើកដែលហួសកាលកំណត់ (យូរជាងគេមុន)</translation>
    </message>
    <message>
        <source>Case load by case manager</source>
        <translation>បន្ទុកករណីតាមអ្នកគ្រប់គ្រងករណី</translation>
    </message>
    <message>
        <source>Referrals by service and status</source>
        <translation>ការបញ្ជូនបន្តតាមសេវា និងស្ថានភាព</translation>
    </message>
    <message>
        <source>Overdue follow-ups (oldest first)</source>
        <translation>ការតាមដានដែលហួសកាលកំណត់ (ចាស់ជាងគេមុន)</translation>
    </message>
    <message>
        <source>Totals by currency (never added across currencies)</source>
        <translation>សរុបតាមរូបិយប័ណ្ណ (មិនដែលបូកឆ្លងរូបិយប័ណ្ណទេ)</translation>
    </message>
    <message>
        <source>By clerk and currency</source>
        <translation>តាមបុគ្គលិក និងរូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>By programme and currency</source>
        <translation>តាមកម្មវិធី និងរូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Every receipt and refund (office time)</source>
        <translation>បង្កាន់ដៃ និងការសងប្រាក់វិញទាំងអស់ (ម៉ោងការិយាល័យ)</translation>
    </message>
    <message>
        <source>Copies of receipts and vouchers given (from the audit trail)</source>
        <translation>ច្បាប់ចម្លងបង្កាន់ដៃ និងបណ្ណដែលបានផ្តល់ (ពីកំណត់ត្រាសវនកម្ម)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>ព័ត៌មានលម្អិតរបស់អ្នក</translation>
    </message>
    <message>
        <source>Fingers recorded (kept encrypted, never printed)</source>
        <translation>ម្រាមដៃដែលបានកត់ត្រា (រក្សាទុកដោយអ៊ិនគ្រីប មិនដែលបោះពុម្ព)</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>កាត</translation>
    </message>
    <message>
        <source>Contributions paid and refunded</source>
        <translation>វិភាគទានដែលបានបង់ និងបានសងវិញ</translation>
    </message>
    <message>
        <source>Visits recorded with your cards</source>
        <translation>ការមកពិនិត្យដែលបានកត់ត្រាជាមួយកាតរបស់អ្នក</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>បណ្តឹងតវ៉ា</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>សំណុំរឿងករណី</translation>
    </message>
    <message>
        <source>What the office did with your record</source>
        <translation>អ្វីដែលការិយាល័យបានធ្វើជាមួយកំណត់ត្រារបស់អ្នក</translation>
    </message>
    <message>
        <source>On the list after their death: stop the payment</source>
        <translation>នៅក្នុងបញ្ជីក្រោយពេលស្លាប់៖ បញ្ឈប់ការបង់ប្រាក់</translation>
    </message>
    <message>
        <source>On the list more than once</source>
        <translation>នៅក្នុងបញ្ជីច្រើនជាងម្តង</translation>
    </message>
    <message>
        <source>Registered, but not in the programme on the date</source>
        <translation>បានចុះឈ្មោះ ប៉ុន្តែមិនស្ថិតក្នុងកម្មវិធីនៅថ្ងៃនោះ</translation>
    </message>
    <message>
        <source>To check with the person: the line fits more than one person, or one only in part</source>
        <translation>ត្រូវពិនិត្យជាមួយសាមីខ្លួន៖ បន្ទាត់នេះត្រូវនឹងមនុស្សច្រើននាក់ ឬត្រូវនឹងម្នាក់តែមួយផ្នែក</translation>
    </message>
    <message>
        <source>Not registered: invite them to the office</source>
        <translation>មិនទាន់ចុះឈ្មោះ៖ អញ្ជើញពួកគេមកការិយាល័យ</translation>
    </message>
    <message>
        <source>In the programme here, not on the list</source>
        <translation>ស្ថិតក្នុងកម្មវិធីនៅទីនេះ តែមិនមាននៅក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>Lines not read</source>
        <translation>បន្ទាត់ដែលមិនបានអាន</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>រង្វាស់</translation>
    </message>
    <message>
        <source>value</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>members</source>
        <translation>សមាជិក</translation>
    </message>
    <message>
        <source>women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <source>share of the population (%)</source>
        <translation>ភាគរយនៃប្រជាជន (%)</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>ក្រុមអាយុ</translation>
    </message>
    <message>
        <source>population</source>
        <translation>ប្រជាជន</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>បានគ្របដណ្តប់</translation>
    </message>
    <message>
        <source>coverage (%)</source>
        <translation>ការគ្របដណ្តប់ (%)</translation>
    </message>
    <message>
        <source>programmes</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <source>households</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <source>poverty level</source>
        <translation>កម្រិតភាពក្រីក្រ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>កាត</translation>
    </message>
    <message>
        <source>arrears (minor units)</source>
        <translation>ប្រាក់ជំពាក់ (ឯកតារង)</translation>
    </message>
    <message>
        <source>grievances</source>
        <translation>បណ្តឹងតវ៉ា</translation>
    </message>
    <message>
        <source>category</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>past the deadline</source>
        <translation>ហួសកាលកំណត់</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>កាលកំណត់ចុងក្រោយ</translation>
    </message>
    <message>
        <source>days overdue</source>
        <translation>ចំនួនថ្ងៃហួសកាលកំណត់</translation>
    </message>
    <message>
        <source>appeals</source>
        <translation>បណ្តឹងឧទ្ធរណ៍</translation>
    </message>
    <message>
        <source>case manager</source>
        <translation>អ្នកគ្រប់គ្រងករណី</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>ករណីកំពុងបើក</translation>
    </message>
    <message>
        <source>closed cases</source>
        <translation>ករណីបានបិទ</translation>
    </message>
    <message>
        <source>open plan items</source>
        <translation>ធាតុផែនការកំពុងបើក</translation>
    </message>
    <message>
        <source>overdue follow-ups</source>
        <translation>ការតាមដានហួសកាលកំណត់</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>កាលបរិច្ឆេទតាមដាន</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>case id</source>
        <translation>លេខសម្គាល់ករណី</translation>
    </message>
    <message>
        <source>description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>ការបង់ប្រាក់</translation>
    </message>
    <message>
        <source>paid (minor units)</source>
        <translation>បានបង់ (ឯកតារង)</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>ការសងប្រាក់វិញ</translation>
    </message>
    <message>
        <source>refunded (minor units)</source>
        <translation>បានសងវិញ (ឯកតារង)</translation>
    </message>
    <message>
        <source>net to hand over (minor units)</source>
        <translation>ចំនួនសុទ្ធត្រូវប្រគល់ (ឯកតារង)</translation>
    </message>
    <message>
        <source>time</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>លេខបង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>ម្ចាស់សមាជិកភាព</translation>
    </message>
    <message>
        <source>amount (minor units)</source>
        <translation>ចំនួនទឹកប្រាក់ (ឯកតារង)</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>given by</source>
        <translation>ផ្តល់ដោយ</translation>
    </message>
    <message>
        <source>given to</source>
        <translation>ផ្តល់ទៅ</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>ការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>cases / items</source>
        <translation>ករណី / ធាតុ</translation>
    </message>
    <message>
        <source>finger</source>
        <translation>ម្រាមដៃ</translation>
    </message>
    <message>
        <source>recorded on</source>
        <translation>កត់ត្រានៅថ្ងៃ</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>until</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>card</source>
        <translation>កាត</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>ចេញនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>status since</source>
        <translation>ស្ថានភាពចាប់ពី</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ថ្ងៃ</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>មូលដ្ឋានសុខាភិបាល</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>ទទួលនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>opened on</source>
        <translation>បើកនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>បិទនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>អ្វីដែលបានធ្វើ</translation>
    </message>
    <message>
        <source>station</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <source>line</source>
        <translation>បន្ទាត់</translation>
    </message>
    <message>
        <source>number on the list</source>
        <translation>លេខក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>name on the list</source>
        <translation>ឈ្មោះក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>person id</source>
        <translation>លេខសម្គាល់បុគ្គល</translation>
    </message>
    <message>
        <source>registered name</source>
        <translation>ឈ្មោះដែលបានចុះ</translation>
    </message>
    <message>
        <source>why</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>people</source>
        <translation>មនុស្ស</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>បន្ទាត់</translation>
    </message>
    <message>
        <source>numbers on the list</source>
        <translation>លេខក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>programmes held</source>
        <translation>កម្មវិធីដែលមាន</translation>
    </message>
    <message>
        <source>may be</source>
        <translation>អាចជា</translation>
    </message>
    <message>
        <source>what agrees</source>
        <translation>អ្វីដែលត្រូវគ្នា</translation>
    </message>
    <message>
        <source>birth</source>
        <translation>កំណើត</translation>
    </message>
    <message>
        <source>born</source>
        <translation>កើត</translation>
    </message>
    <message>
        <source>village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <source>name (local script)</source>
        <translation>ឈ្មោះ (អក្សរជាតិ)</translation>
    </message>
    <message>
        <source>name (Latin letters)</source>
        <translation>ឈ្មោះ (អក្សរឡាតាំង)</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>ថ្ងៃកំណើត</translation>
    </message>
    <message>
        <source>birth date (estimated)</source>
        <translation>ថ្ងៃកំណើត (ប៉ាន់ស្មាន)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>identity number</source>
        <translation>លេខអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>household</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation>ទំនាក់ទំនងជាមួយមេគ្រួសារ</translation>
    </message>
    <message>
        <source>registered on</source>
        <translation>ចុះឈ្មោះនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>people to ask for their consent again</source>
        <translation>មនុស្សដែលត្រូវសុំការយល់ព្រមម្តងទៀត</translation>
    </message>
    <message>
        <source>never asked (registered before consent was recorded)</source>
        <translation>មិនដែលបានសួរ (បានចុះឈ្មោះមុនពេលកត់ត្រាការយល់ព្រម)</translation>
    </message>
    <message>
        <source>the privacy notice changed since</source>
        <translation>សេចក្តីជូនដំណឹងអំពីឯកជនភាពបានផ្លាស់ប្តូរតាំងពីពេលនោះ</translation>
    </message>
    <message>
        <source>came of age (a parent or guardian agreed for them)</source>
        <translation>បានគ្រប់អាយុ (ឪពុកម្តាយ ឬអាណាព្យាបាលបានយល់ព្រមជំនួស)</translation>
    </message>
    <message>
        <source>refused by the central registry: the same person as someone already enrolled at another station (national adjudication)</source>
        <translation>បញ្ជីកណ្តាលបានបដិសេធ៖ ជាមនុស្សតែមួយនឹងនរណាម្នាក់ដែលបានចុះឈ្មោះរួចហើយនៅស្ថានីយ៍ផ្សេង (ការវិនិច្ឆ័យថ្នាក់ជាតិ)</translation>
    </message>
    <message>
        <source>refused by the central registry: fingerprints added later belong to someone already enrolled at another station, found the same person (national adjudication)</source>
        <translation>បញ្ជីកណ្តាលបានបដិសេធ៖ ស្នាមម្រាមដៃដែលបានបន្ថែមនៅពេលក្រោយ ជារបស់នរណាម្នាក់ដែលបានចុះឈ្មោះរួចហើយនៅស្ថានីយ៍ផ្សេង ហើយត្រូវបានរកឃើញថាជាមនុស្សតែមួយ (ការវិនិច្ឆ័យថ្នាក់ជាតិ)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list in a cell (&quot;name, sex&quot;; &quot;،&quot; in Urdu).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>died on</source>
        <translation>ស្លាប់នៅថ្ងៃ</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>consent given by</source>
        <translation>ការយល់ព្រមផ្តល់ដោយ</translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <translation>ឪពុកម្តាយ ឬអាណាព្យាបាល</translation>
    </message>
    <message>
        <source>privacy notice read</source>
        <translation>សេចក្តីជូនដំណឹងអំពីឯកជនភាពដែលបានអាន</translation>
    </message>
    <message>
        <source>consent recorded on</source>
        <translation>ការយល់ព្រមកត់ត្រានៅថ្ងៃ</translation>
    </message>
    <message>
        <source>central registry</source>
        <translation>បញ្ជីកណ្តាល</translation>
    </message>
    <message>
        <source>programme code</source>
        <translation>លេខកូដកម្មវិធី</translation>
    </message>
    <message>
        <source>list</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <source>lines read</source>
        <translation>បន្ទាត់ដែលបានអាន</translation>
    </message>
    <message>
        <source>lines not read</source>
        <translation>បន្ទាត់ដែលមិនបានអាន</translation>
    </message>
    <message>
        <source>found in the registry</source>
        <translation>រកឃើញក្នុងបញ្ជីឈ្មោះ</translation>
    </message>
    <message>
        <source>found, and in the programme on the date</source>
        <translation>រកឃើញ និងស្ថិតក្នុងកម្មវិធីនៅថ្ងៃនោះ</translation>
    </message>
    <message>
        <source>after death</source>
        <translation>ក្រោយពេលស្លាប់</translation>
    </message>
    <message>
        <source>more than once</source>
        <translation>ច្រើនជាងម្តង</translation>
    </message>
    <message>
        <source>registered, not in the programme</source>
        <translation>បានចុះឈ្មោះ មិនស្ថិតក្នុងកម្មវិធី</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>ត្រូវពិនិត្យ</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>មិនទាន់ចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>in the programme, not on the list</source>
        <translation>ក្នុងកម្មវិធី មិនមានក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>population (registered people)</source>
        <translation>ប្រជាជន (អ្នកដែលបានចុះឈ្មោះ)</translation>
    </message>
    <message>
        <source>registered people deceased by the report date (left out)</source>
        <translation>អ្នកដែលបានចុះឈ្មោះ ហើយបានស្លាប់ត្រឹមថ្ងៃរបាយការណ៍ (មិនរាប់បញ្ចូល)</translation>
    </message>
    <message>
        <source>households assessed</source>
        <translation>គ្រួសារដែលបានវាយតម្លៃ</translation>
    </message>
    <message>
        <source>people covered by at least one programme</source>
        <translation>អ្នកដែលបានគ្របដណ្តប់ដោយកម្មវិធីយ៉ាងហោចណាស់មួយ</translation>
    </message>
    <message>
        <source>coverage of the population (%)</source>
        <translation>ការគ្របដណ្តប់លើប្រជាជន (%)</translation>
    </message>
    <message>
        <source>households with a combined package (2+ programmes)</source>
        <translation>គ្រួសារដែលមានកញ្ចប់រួម (កម្មវិធី 2 ឬច្រើនជាងនេះ)</translation>
    </message>
    <message>
        <source>duplicates prevented (station-wide)</source>
        <translation>ការចុះឈ្មោះស្ទួនដែលបានរារាំង (ទូទាំងស្ថានីយ)</translation>
    </message>
    <message>
        <source>cards issued and valid</source>
        <translation>កាតដែលបានចេញ និងនៅមានសុពលភាព</translation>
    </message>
    <message>
        <source>cards ever issued</source>
        <translation>កាតដែលធ្លាប់បានចេញសរុប</translation>
    </message>
    <message>
        <source>grievances received</source>
        <translation>បណ្តឹងតវ៉ាដែលបានទទួល</translation>
    </message>
    <message>
        <source>open</source>
        <translation>កំពុងបើក</translation>
    </message>
    <message>
        <source>open and past their deadline</source>
        <translation>កំពុងបើក និងហួសកាលកំណត់</translation>
    </message>
    <message>
        <source>resolved or closed after a resolution</source>
        <translation>បានដោះស្រាយ ឬបានបិទក្រោយការដោះស្រាយ</translation>
    </message>
    <message>
        <source>resolved within deadline (%)</source>
        <translation>បានដោះស្រាយក្នុងកាលកំណត់ (%)</translation>
    </message>
    <message>
        <source>case files</source>
        <translation>សំណុំរឿងករណី</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ផ្សេងៗ</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>មនុស្សតែមួយ</translation>
    </message>
    <message>
        <source>same details</source>
        <translation>ព័ត៌មានដូចគ្នា</translation>
    </message>
    <message>
        <source>same number</source>
        <translation>លេខដូចគ្នា</translation>
    </message>
    <message>
        <source>identity number, another name</source>
        <translation>លេខអត្តសញ្ញាណ ឈ្មោះផ្សេង</translation>
    </message>
    <message>
        <source>name nearly</source>
        <translation>ឈ្មោះស្ទើរតែដូច</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>ឆ្នាំកំណើត</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>មិនបានបញ្ជាក់</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>ការបង់ប្រាក់</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>ការសងប្រាក់វិញ</translation>
    </message>
    <message>
        <source>receipt copy</source>
        <translation>ច្បាប់ចម្លងបង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>voucher copy</source>
        <translation>ច្បាប់ចម្លងបណ្ណ</translation>
    </message>
    <message>
        <source>female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>បុគ្គលនោះផ្ទាល់</translation>
    </message>
    <message>
        <source>a parent or guardian</source>
        <translation>ឪពុកម្តាយ ឬអាណាព្យាបាល</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source>not sent to the central registry</source>
        <translation>មិនបានផ្ញើទៅបញ្ជីកណ្តាល</translation>
    </message>
    <message>
        <source>not yet sent to the central registry</source>
        <translation>មិនទាន់បានផ្ញើទៅបញ្ជីកណ្តាល</translation>
    </message>
    <message>
        <source>sent to the central registry, not yet acknowledged</source>
        <translation>បានផ្ញើទៅបញ្ជីកណ្តាល មិនទាន់បានទទួលស្គាល់</translation>
    </message>
    <message>
        <source>received by the central registry; its national duplicate check is to come</source>
        <translation>បញ្ជីកណ្តាលបានទទួល ការពិនិត្យស្ទួនថ្នាក់ជាតិនឹងធ្វើនៅពេលក្រោយ</translation>
    </message>
    <message>
        <source>accepted by the central registry (no one else enrolled with these fingers)</source>
        <translation>បញ្ជីកណ្តាលបានទទួលយក (គ្មាននរណាផ្សេងចុះឈ្មោះដោយម្រាមដៃទាំងនេះទេ)</translation>
    </message>
    <message>
        <source>held at the central registry as a possible duplicate of someone enrolled elsewhere; national adjudication is to come</source>
        <translation>ត្រូវបានរក្សាទុកនៅបញ្ជីកណ្តាល ជាករណីស្ទួនដែលអាចកើតមានជាមួយនរណាម្នាក់ដែលបានចុះឈ្មោះនៅកន្លែងផ្សេង ការវិនិច្ឆ័យថ្នាក់ជាតិនឹងធ្វើនៅពេលក្រោយ</translation>
    </message>
    <message>
        <source>People whose death was recorded with a date on or before the report date are left out of every figure (population, covered, programmes, households, contributions); they are counted apart in the summary, so registered people = population + deceased. A death after the report date still counts.</source>
        <translation>អ្នកដែលមរណភាពរបស់ពួកគេត្រូវបានកត់ត្រាដោយមានកាលបរិច្ឆេទនៅថ្ងៃ ឬមុនថ្ងៃរបាយការណ៍ មិនត្រូវបានរាប់បញ្ចូលក្នុងតួលេខណាមួយទេ (ប្រជាជន អ្នកបានគ្របដណ្តប់ កម្មវិធី គ្រួសារ វិភាគទាន)។ ពួកគេត្រូវបានរាប់ដាច់ដោយឡែកក្នុងសេចក្តីសង្ខេប ដូច្នេះ អ្នកដែលបានចុះឈ្មោះ = ប្រជាជន + អ្នកដែលបានស្លាប់។ មរណភាពក្រោយថ្ងៃរបាយការណ៍នៅតែត្រូវបានរាប់។</translation>
    </message>
    <message>
        <source>Amounts are whole minor units of their currency; every total is per currency, never added across currencies. A refund is money paid out: its amount in the listing is negative, and the net to hand over is paid minus refunded. Times are the office&apos;s clock (%1); the day runs from 00:00 to 24:00 there.</source>
        <translation>ចំនួនទឹកប្រាក់គិតជាឯកតារងពេញនៃរូបិយប័ណ្ណរបស់វា។ សរុបនីមួយៗគិតតាមរូបិយប័ណ្ណ មិនដែលបូកឆ្លងរូបិយប័ណ្ណទេ។ ការសងប្រាក់វិញ គឺជាប្រាក់ដែលបានបង់ចេញ៖ ចំនួនរបស់វាក្នុងបញ្ជីគឺអវិជ្ជមាន ហើយចំនួនសុទ្ធត្រូវប្រគល់ គឺប្រាក់បានបង់ដកប្រាក់បានសងវិញ។ ម៉ោងគឺតាមនាឡិកាការិយាល័យ (%1)។ ថ្ងៃចាប់ពីម៉ោង 00:00 ដល់ 24:00 នៅទីនោះ។</translation>
    </message>
    <message>
        <source>Only the receipts, refunds and copies of %1 (%2): a clerk&apos;s report shows their own till.</source>
        <translation>មានតែបង្កាន់ដៃ ការសងប្រាក់វិញ និងច្បាប់ចម្លងរបស់ %1 (%2) ប៉ុណ្ណោះ៖ របាយការណ៍របស់បុគ្គលិកបង្ហាញតែសាច់ប្រាក់ផ្ទាល់ខ្លួនរបស់គាត់។</translation>
    </message>
    <message>
        <source>Your fingerprints are kept encrypted and are never printed: this paper says only which fingers were recorded and when. To correct a mistake, show this paper at a Single Window office: a correction is recorded with its reason.</source>
        <translation>ស្នាមម្រាមដៃរបស់អ្នកត្រូវបានរក្សាទុកដោយអ៊ិនគ្រីប ហើយមិនដែលបោះពុម្ពទេ៖ ឯកសារនេះបញ្ជាក់តែម្រាមដៃណាខ្លះដែលបានកត់ត្រា និងនៅពេលណា។ ដើម្បីកែកំហុស សូមបង្ហាញឯកសារនេះនៅការិយាល័យច្រកចេញចូលតែមួយ៖ ការកែត្រូវបានកត់ត្រាជាមួយមូលហេតុរបស់វា។</translation>
    </message>
    <message>
        <source>Each line of the list is matched to the registered people by what it gives: an identity number, the name, sex, birth date or year, village. &apos;To check&apos; lines fit more than one person or one only in part: ask the person before acting on them.</source>
        <translation>បន្ទាត់នីមួយៗនៃបញ្ជីត្រូវបានផ្គូផ្គងនឹងអ្នកដែលបានចុះឈ្មោះ តាមអ្វីដែលវាផ្តល់៖ លេខអត្តសញ្ញាណ ឈ្មោះ ភេទ ថ្ងៃ ឬឆ្នាំកំណើត ភូមិ។ បន្ទាត់ &apos;ត្រូវពិនិត្យ&apos; ត្រូវនឹងមនុស្សច្រើននាក់ ឬត្រូវនឹងម្នាក់តែមួយផ្នែក៖ សូមសួរសាមីខ្លួនមុននឹងធ្វើអ្វីមួយ។</translation>
    </message>
    <message>
        <source>Nothing was taken, paid out or copied at this station on %1.</source>
        <translation>គ្មានអ្វីត្រូវបានទទួល បង់ចេញ ឬចម្លងនៅស្ថានីយនេះនៅថ្ងៃ %1 ទេ។</translation>
    </message>
    <message>
        <source>this station&apos;s counter</source>
        <translation>បញ្ជរនៃស្ថានីយនេះ</translation>
    </message>
    <message>
        <source>Commune %1</source>
        <translation>ឃុំ %1</translation>
    </message>
    <message>
        <source>District %1 (%2)</source>
        <translation>ស្រុក %1 (%2)</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>ស្រុក %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ថ្ងៃ</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Save a report</source>
        <translation>រក្សាទុករបាយការណ៍</translation>
    </message>
    <message>
        <source>The report is saved in the station&apos;s reports folder. It holds counts, codes and grievance references, never names. A PDF is in the language of this desk; a CSV keeps the codes in English, for spreadsheets and other programs.</source>
        <translation>របាយការណ៍ត្រូវបានរក្សាទុកក្នុងថតរបាយការណ៍របស់ស្ថានីយ។ វាមានចំនួន កូដ និងលេខយោងបណ្តឹងតវ៉ា មិនដែលមានឈ្មោះទេ។ ឯកសារ PDF ជាភាសារបស់តុនេះ ចំណែកឯកសារ CSV រក្សាកូដជាភាសាអង់គ្លេស សម្រាប់តារាងគណនា និងកម្មវិធីផ្សេងទៀត។</translation>
    </message>
    <message>
        <source>Coverage by programme, sex and age</source>
        <translation>ការគ្របដណ្តប់តាមកម្មវិធី ភេទ និងអាយុ</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>បណ្តឹងតវ៉ា</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>ការគ្រប់គ្រងករណី</translation>
    </message>
    <message>
        <source>&amp;Which report</source>
        <translation>របាយការណ៍មួយណា (&amp;W)</translation>
    </message>
    <message>
        <source>As of &amp;date</source>
        <translation>គិតត្រឹមថ្ងៃ (&amp;D)</translation>
    </message>
    <message>
        <source>The whole station</source>
        <translation>ស្ថានីយទាំងមូល</translation>
    </message>
    <message>
        <source>Commune %1 (%2)</source>
        <translation>ឃុំ %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>តំបន់ (&amp;A)</translation>
    </message>
    <message>
        <source>PDF, to read or print</source>
        <translation>PDF សម្រាប់អាន ឬបោះពុម្ព</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV សម្រាប់តារាងគណនា</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>ទម្រង់ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>ផ្ទុកឡើងវិញ (&amp;R)</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search before registering: a person must be registered only once.</source>
        <extracomment>a registered person&apos;s id: issue them a card (a first one, or one that replaces theirs) open a found person: (person id, household id or None)</extracomment>
        <translation>ស្វែងរកមុនចុះឈ្មោះ៖ បុគ្គលម្នាក់ត្រូវចុះឈ្មោះតែម្តងប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ស្វែងរក (&amp;S)</translation>
    </message>
    <message>
        <source>Read the &amp;card</source>
        <translation>អានកាត (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open cases to decide...</source>
        <translation>ករណីរង់ចាំការសម្រេច (&amp;O)...</translation>
    </message>
    <message>
        <source>Name (local)</source>
        <translation>ឈ្មោះ (អក្សរជាតិ)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>ឈ្មោះ (ឡាតាំង)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>ថ្ងៃកំណើត</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <source>Household of</source>
        <translation>គ្រួសារ (មេគ្រួសារ)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>កាត</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>បានទទួលមរណភាព</translation>
    </message>
    <message>
        <source>Double-click a person, or press Enter, to open their household.</source>
        <translation>ចុចពីរដងលើបុគ្គល ឬចុច Enter ដើម្បីបើកគ្រួសាររបស់គេ។</translation>
    </message>
    <message>
        <source>&amp;Register a new person in a new household</source>
        <translation>ចុះឈ្មោះបុគ្គលថ្មីក្នុងគ្រួសារថ្មី (&amp;R)</translation>
    </message>
    <message>
        <source>Add a &amp;member to the selected household</source>
        <translation>បន្ថែមសមាជិកទៅគ្រួសារដែលបានជ្រើស (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Issue a card to the selected person</source>
        <translation>ចេញកាតឱ្យបុគ្គលដែលបានជ្រើស (&amp;I)</translation>
    </message>
    <message>
        <source>Record a &amp;death...</source>
        <translation>កត់ត្រាមរណភាព... (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Household...</source>
        <translation>គ្រួសារ... (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Print the receipt again...</source>
        <translation>បោះពុម្ពបង្កាន់ដៃម្តងទៀត... (&amp;P)</translation>
    </message>
    <message>
        <source>Save the receipt again as PD&amp;F</source>
        <translation>រក្សាទុកបង្កាន់ដៃម្តងទៀតជា PDF (&amp;F)</translation>
    </message>
    <message>
        <source>Correct de&amp;tails...</source>
        <translation>កែព័ត៌មានលម្អិត... (&amp;T)</translation>
    </message>
    <message>
        <source>Privac&amp;y and consent...</source>
        <translation>ឯកជនភាព និងការយល់ព្រម... (&amp;Y)</translation>
    </message>
    <message>
        <source>The registry is not available on this station.</source>
        <translation>បញ្ជីមិនមាននៅស្ថានីយនេះទេ។</translation>
    </message>
    <message>
        <source>Type a name, a phone number or an id, then search.</source>
        <translation>វាយឈ្មោះ លេខទូរស័ព្ទ ឬលេខសម្គាល់ រួចស្វែងរក។</translation>
    </message>
    <message>
        <source>Reading the card...</source>
        <translation>កំពុងអានកាត...</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>កំពុងស្វែងរក...</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>recorded as deceased on %1</source>
        <translation>បានកត់ត្រាថាទទួលមរណភាពនៅ %1</translation>
    </message>
    <message>
        <source>More than %1 people match: showing the first %1. Type more of the name to narrow the search.</source>
        <translation>មានច្រើនជាង %1 នាក់ត្រូវគ្នា៖ បង្ហាញ %1 នាក់ដំបូង។ វាយឈ្មោះបន្ថែមដើម្បីបង្រួមការស្វែងរក។</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>រកឃើញ %n នាក់</numerusform>
            <numerusform>រកឃើញ %n នាក់</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, or register a new person.</source>
        <translation>រកមិនឃើញ។ ពិនិត្យអក្ខរាវិរុទ្ធ ឬចុះឈ្មោះបុគ្គលថ្មី។</translation>
    </message>
    <message>
        <source>This card is revoked; its holder is found all the same.</source>
        <translation>កាតនេះត្រូវបានដកហូត ប៉ុន្តែម្ចាស់កាតនៅតែត្រូវបានរកឃើញដដែល។</translation>
    </message>
    <message>
        <source>This card was reported lost; its holder is found all the same.</source>
        <translation>កាតនេះត្រូវបានរាយការណ៍ថាបាត់ ប៉ុន្តែម្ចាស់កាតនៅតែត្រូវបានរកឃើញដដែល។</translation>
    </message>
    <message>
        <source>This card was replaced by a newer one; its holder is found all the same.</source>
        <translation>កាតនេះត្រូវបានជំនួសដោយកាតថ្មី ប៉ុន្តែម្ចាស់កាតនៅតែត្រូវបានរកឃើញដដែល។</translation>
    </message>
    <message>
        <source>The first is the member the receipt was given to.</source>
        <translation>ទីមួយគឺជាសមាជិកដែលបានទទួលបង្កាន់ដៃនេះ។</translation>
    </message>
    <message>
        <source>The first is the person the grievance slip was given to.</source>
        <translation>ទីមួយគឺជាបុគ្គលដែលបានទទួលបណ្ណទទួលបណ្តឹងនេះ។</translation>
    </message>
    <message>
        <source>Recording the death...</source>
        <translation>កំពុងកត់ត្រាមរណភាព...</translation>
    </message>
    <message numerus="yes">
        <source>Death recorded: %n programme(s) ended, card(s) revoked: %1.</source>
        <translation>
            <numerusform>បានកត់ត្រាមរណភាព៖ បានបញ្ចប់កម្មវិធី %n កាតដែលបានដកហូត៖ %1។</numerusform>
            <numerusform>បានកត់ត្រាមរណភាព៖ បានបញ្ចប់កម្មវិធី %n កាតដែលបានដកហូត៖ %1។</numerusform>
        </translation>
    </message>
    <message>
        <source>They headed their household: choose its new head with Household...</source>
        <translation>ពួកគេជាមេគ្រួសារ៖ សូមជ្រើសរើសមេគ្រួសារថ្មីដោយប្រើ គ្រួសារ...</translation>
    </message>
    <message>
        <source>Saving the correction...</source>
        <translation>កំពុងរក្សាទុកការកែ...</translation>
    </message>
    <message>
        <source>Details corrected: %1.</source>
        <translation>ព័ត៌មានត្រូវបានកែ៖ %1។</translation>
    </message>
    <message numerus="yes">
        <source>%n other member(s) of the household moved too.</source>
        <translation>
            <numerusform>សមាជិកគ្រួសារ %n នាក់ផ្សេងទៀតក៏បានផ្លាស់ទៅដែរ។</numerusform>
            <numerusform>សមាជិកគ្រួសារ %n នាក់ផ្សេងទៀតក៏បានផ្លាស់ទៅដែរ។</numerusform>
        </translation>
    </message>
    <message>
        <source>The card %1 shows the old details: issue a new card to replace it.</source>
        <translation>កាត %1 បង្ហាញព័ត៌មានចាស់៖ សូមចេញកាតថ្មីដើម្បីជំនួសវា។</translation>
    </message>
    <message>
        <source>Ask for the person&apos;s consent again</source>
        <translation>សូមសួររកការយល់ព្រមរបស់បុគ្គលនោះម្តងទៀត</translation>
    </message>
    <message>
        <source>Erasing the fingerprints...</source>
        <translation>កំពុងលុបស្នាមម្រាមដៃ...</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints erased for %1 (%n finger(s)); the central registry is told.</source>
        <translation>
            <numerusform>បានលុបស្នាមម្រាមដៃរបស់ %1 (ម្រាមដៃ %n)។ បញ្ជីកណ្តាលត្រូវបានជូនដំណឹង។</numerusform>
            <numerusform>បានលុបស្នាមម្រាមដៃរបស់ %1 (ម្រាមដៃ %n)។ បញ្ជីកណ្តាលត្រូវបានជូនដំណឹង។</numerusform>
        </translation>
    </message>
    <message>
        <source>Card(s) %1 still carry them: issue a new card to replace them.</source>
        <translation>កាត %1 នៅតែមានស្នាមម្រាមដៃ៖ ចេញកាតថ្មីដើម្បីជំនួសវា។</translation>
    </message>
    <message>
        <source>Checking and adding the fingerprints...</source>
        <translation>កំពុងផ្ទៀងផ្ទាត់ និងបន្ថែមស្នាមម្រាមដៃ...</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints added for %1 (%n finger(s)): they match no one else registered; the central registry checks them too.</source>
        <translation>
            <numerusform>បានបន្ថែមស្នាមម្រាមដៃសម្រាប់ %1 (%n ម្រាមដៃ)៖ មិនត្រូវគ្នានឹងអ្នកចុះឈ្មោះផ្សេងទៀតទេ។ បញ្ជីកណ្តាលក៏ផ្ទៀងផ្ទាត់ដែរ។</numerusform>
            <numerusform>បានបន្ថែមស្នាមម្រាមដៃសម្រាប់ %1 (%n ម្រាមដៃ)៖ មិនត្រូវគ្នានឹងអ្នកចុះឈ្មោះផ្សេងទៀតទេ។ បញ្ជីកណ្តាលក៏ផ្ទៀងផ្ទាត់ដែរ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Card(s) %1 were written without them: issue a new card to carry them.</source>
        <translation>កាត %1 ត្រូវបានសរសេរដោយគ្មានពួកវា៖ សូមចេញកាតថ្មីដើម្បីផ្ទុកពួកវា។</translation>
    </message>
    <message>
        <source>Checking and replacing the fingerprints...</source>
        <translation>កំពុងផ្ទៀងផ្ទាត់ និងប្តូរស្នាមម្រាមដៃ...</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints replaced for %1 (%n finger(s)): they match no one else registered; the central registry checks them too.</source>
        <translation>
            <numerusform>បានប្តូរស្នាមម្រាមដៃសម្រាប់ %1 (%n ម្រាមដៃ)៖ មិនត្រូវគ្នានឹងអ្នកចុះឈ្មោះផ្សេងទៀតទេ។ បញ្ជីកណ្តាលក៏ផ្ទៀងផ្ទាត់ដែរ។</numerusform>
            <numerusform>បានប្តូរស្នាមម្រាមដៃសម្រាប់ %1 (%n ម្រាមដៃ)៖ មិនត្រូវគ្នានឹងអ្នកចុះឈ្មោះផ្សេងទៀតទេ។ បញ្ជីកណ្តាលក៏ផ្ទៀងផ្ទាត់ដែរ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown to be them by: %1.</source>
        <translation>បានបង្ហាញថាជាពួកគេដោយ៖ %1។</translation>
    </message>
    <message>
        <source>No finger matched the prints on file: replaced on the supervisor&apos;s decision.</source>
        <translation>គ្មានម្រាមដៃណាត្រូវគ្នានឹងស្នាមក្នុងឯកសារទេ៖ បានប្តូរតាមការសម្រេចរបស់អ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>Card(s) %1 carry the old prints: issue a new card to replace them.</source>
        <translation>កាត %1 ផ្ទុកស្នាមចាស់៖ សូមចេញកាតថ្មីដើម្បីជំនួសវា។</translation>
    </message>
    <message>
        <source>Writing the record...</source>
        <translation>កំពុងសរសេរកំណត់ត្រា...</translation>
    </message>
    <message>
        <source>Saved as %1: print it and give it to them.</source>
        <translation>បានរក្សាទុកជា %1៖ សូមបោះពុម្ព ហើយប្រគល់ឱ្យពួកគេ។</translation>
    </message>
    <message>
        <source>Recording the consent...</source>
        <translation>កំពុងកត់ត្រាការយល់ព្រម...</translation>
    </message>
    <message>
        <source>Consent recorded for %1 (privacy notice %2).</source>
        <translation>បានកត់ត្រាការយល់ព្រមសម្រាប់ %1 (សេចក្តីជូនដំណឹងអំពីឯកជនភាព %2)។</translation>
    </message>
    <message>
        <source>Print a copy of the receipt</source>
        <translation>បោះពុម្ពច្បាប់ចម្លងនៃបង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>Reading the record...</source>
        <translation>កំពុងអានកំណត់ត្រា...</translation>
    </message>
    <message>
        <source>%1 died on %2: no copy of the enrolment receipt is given for a deceased person.</source>
        <translation>%1 បានស្លាប់នៅថ្ងៃ %2៖ មិនផ្តល់ច្បាប់ចម្លងបង្កាន់ដៃចុះឈ្មោះសម្រាប់អ្នកដែលបានស្លាប់ទេ។</translation>
    </message>
    <message>
        <source>The copy could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>មិនអាចរក្សាទុកច្បាប់ចម្លងក្នុង %1 បានទេ៖ សូមពិនិត្យថាថតនេះអាចសរសេរបាន (USB ដោតជាប់ មានទំហំទំនេរ) រួចរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>បានរក្សាទុក៖ %1</translation>
    </message>
    <message>
        <source>name (local or Latin), phone, person or household id, card serial, receipt or grievance number</source>
        <translation>ឈ្មោះ (ជាតិ ឬឡាតាំង) ទូរស័ព្ទ លេខបុគ្គល ឬលេខគ្រួសារ លេខស៊េរីកាត លេខបង្កាន់ដៃ ឬលេខបណ្តឹង</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>មិនអាចចាប់ផ្តើមម៉ាស៊ីនបោះពុម្ពបានទេ។</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>បានផ្ញើទៅ %1។</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>ម៉ាស៊ីនបោះពុម្ព</translation>
    </message>
</context>
<context>
    <name>ServicePanel</name>
    <message>
        <source>Working...</source>
        <translation>កំពុងដំណើរការ...</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>social assistance</source>
        <translation>ជំនួយសង្គម</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>ការទូទាត់</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>ការចុះបញ្ជី</translation>
    </message>
    <message>
        <source>health</source>
        <translation>សុខាភិបាល</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>office manager</source>
        <translation>ប្រធានការិយាល័យ</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>អធិការកិច្ច</translation>
    </message>
    <message>
        <source>training</source>
        <translation>បណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>education</source>
        <translation>អប់រំ</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>ជំនួយផ្លូវច្បាប់</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ផ្សេងៗ</translation>
    </message>
</context>
<context>
    <name>SlipWords</name>
    <message numerus="yes">
        <source>If you disagree with the answer, you may appeal within %n day(s) of it, at this office.</source>
        <translation>
            <numerusform>ប្រសិនបើអ្នកមិនយល់ស្របនឹងចម្លើយ អ្នកអាចប្តឹងឧទ្ធរណ៍ក្នុងរយៈពេល %n ថ្ងៃ គិតពីថ្ងៃឆ្លើយតប នៅការិយាល័យនេះ។</numerusform>
            <numerusform>ប្រសិនបើអ្នកមិនយល់ស្របនឹងចម្លើយ អ្នកអាចប្តឹងឧទ្ធរណ៍ក្នុងរយៈពេល %n ថ្ងៃ គិតពីថ្ងៃឆ្លើយតប នៅការិយាល័យនេះ។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Statement of contributions</source>
        <translation>របាយការណ៍គណនីភាគទាន</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>ម្ចាស់សមាជិកភាព</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>សមាជិកភាព</translation>
    </message>
    <message>
        <source>Standing today</source>
        <translation>ស្ថានភាពថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>បោះពុម្ពដោយ</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>បង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ទំព័រ %1 នៃ %2</translation>
    </message>
    <message>
        <source>Statement of contributions (continued): %1 — %2</source>
        <translation>របាយការណ៍គណនីភាគទាន (ត)៖ %1 — %2</translation>
    </message>
    <message>
        <source>No payment recorded yet.</source>
        <translation>មិនទាន់មានការបង់ប្រាក់ត្រូវបានកត់ត្រានៅឡើយទេ។</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>បានសងវិញ %1</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>បានបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>បានដោះស្រាយ</translation>
    </message>
    <message>
        <source>appealed</source>
        <translation>បានប្តឹងឧទ្ធរណ៍</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>កំពុងបើក</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>បានគ្រោង</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>កំពុងដំណើរការ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>បានលុបចោល</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Needs your attention</source>
        <translation>ត្រូវការការយកចិត្តទុកដាក់របស់អ្នក</translation>
    </message>
    <message>
        <source>Revo&amp;ke the card...</source>
        <translation>ដកហូតកាត... (&amp;K)</translation>
    </message>
    <message>
        <source>Adjudication queue</source>
        <translation>ជួរវិនិច្ឆ័យ</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>បានបើក</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>អ្នកដាក់ពាក្យ</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>បេក្ខជន</translation>
    </message>
    <message>
        <source>Clerk&apos;s decision</source>
        <translation>សេចក្តីសម្រេចរបស់បុគ្គលិក</translation>
    </message>
    <message>
        <source>&amp;Approve the decision</source>
        <translation>អនុម័តសេចក្តីសម្រេច (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Send back to the clerk</source>
        <translation>បញ្ជូនត្រឡប់ទៅបុគ្គលិក (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare the prints...</source>
        <translation>ប្រៀបធៀបស្នាមម្រាមដៃ (&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ផ្ទុកឡើងវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Sync to the central registry</source>
        <translation>ធ្វើសមកាលកម្មទៅបញ្ជីកណ្តាល</translation>
    </message>
    <message>
        <source>Install new card-signing certificates...</source>
        <translation>ដំឡើងវិញ្ញាបនបត្រចុះហត្ថលេខាកាតថ្មី...</translation>
    </message>
    <message>
        <source>Back &amp;up the station...</source>
        <translation>បម្រុងទុកស្ថានីយ... (&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;ports...</source>
        <translation>របាយការណ៍... (&amp;P)</translation>
    </message>
    <message>
        <source>Check a pro&amp;gramme&apos;s list...</source>
        <translation>ពិនិត្យបញ្ជីរបស់កម្មវិធី... (&amp;G)</translation>
    </message>
    <message>
        <source>Registered at this station</source>
        <translation>បានចុះឈ្មោះនៅស្ថានីយនេះ</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>តាមអាយុ</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>តាមភេទ</translation>
    </message>
    <message>
        <source>By commune</source>
        <translation>តាមឃុំ</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>មនុស្សដដែល</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>មនុស្សផ្សេងគ្នា</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>រង់ចាំ</translation>
    </message>
    <message>
        <source>same person as %1</source>
        <translation>មនុស្សដដែលនឹង %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1
Sent, not yet acknowledged: %2
Acknowledged: %3
Rejected by the centre: %4</source>
        <translation>រង់ចាំផ្ញើ៖ %1
បានផ្ញើ មិនទាន់បញ្ជាក់៖ %2
បានបញ្ជាក់៖ %3
មជ្ឈមណ្ឌលបដិសេធ៖ %4</translation>
    </message>
    <message>
        <source>Of which awaiting the centre&apos;s duplicate check: %1</source>
        <translation>ក្នុងនោះ រង់ចាំការពិនិត្យស្ទួននៅថ្នាក់កណ្តាល៖ %1</translation>
    </message>
    <message>
        <source>People: %1 · Households: %2 · Adjudications pending: %3</source>
        <translation>មនុស្ស៖ %1 · គ្រួសារ៖ %2 · ការវិនិច្ឆ័យរង់ចាំ៖ %3</translation>
    </message>
    <message>
        <source>You opened this case yourself: another supervisor approves it.</source>
        <translation>អ្នកបានបើកករណីនេះដោយខ្លួនឯង៖ អ្នកគ្រប់គ្រងផ្សេងត្រូវអនុម័តវា។</translation>
    </message>
    <message>
        <source>The clerk has not decided this case yet.</source>
        <translation>បុគ្គលិកមិនទាន់សម្រេចករណីនេះទេ។</translation>
    </message>
    <message>
        <source>The clerk&apos;s note: %1</source>
        <translation>កំណត់ចំណាំរបស់ស្មៀន៖ %1</translation>
    </message>
    <message>
        <source>Sent back to the clerk.</source>
        <translation>បានបញ្ជូនត្រឡប់ទៅបុគ្គលិក។</translation>
    </message>
    <message>
        <source>Approved: registered as person %1.</source>
        <translation>បានអនុម័ត៖ បានចុះឈ្មោះជាបុគ្គល %1។</translation>
    </message>
    <message>
        <source>Approved: no new person was registered.</source>
        <translation>បានអនុម័ត៖ មិនមានការចុះឈ្មោះបុគ្គលថ្មីទេ។</translation>
    </message>
    <message>
        <source>The card %1 of %2 is still valid, but the central registry found this person already enrolled at another station (one person, one card): revoke the card.</source>
        <translation>កាត %1 របស់ %2 នៅតែមានសុពលភាព ប៉ុន្តែបញ្ជីកណ្តាលបានរកឃើញថាបុគ្គលនេះបានចុះឈ្មោះរួចហើយនៅស្ថានីយផ្សេង (មនុស្សម្នាក់ កាតមួយ)៖ សូមដកហូតកាតនេះ។</translation>
    </message>
    <message>
        <source>This station&apos;s packet-signing key is missing (%1): nothing is sent to the central registry until it is restored.</source>
        <translation>កូនសោចុះហត្ថលេខាកញ្ចប់ទិន្នន័យរបស់ស្ថានីយនេះបាត់ (%1)៖ គ្មានអ្វីត្រូវបានផ្ញើទៅបញ្ជីកណ្តាលទេ រហូតដល់វាត្រូវបានស្តារឡើងវិញ។</translation>
    </message>
    <message>
        <source>This station&apos;s packet-signing key is damaged (%1): nothing is sent to the central registry until it is restored.</source>
        <translation>កូនសោចុះហត្ថលេខាកញ្ចប់ទិន្នន័យរបស់ស្ថានីយនេះខូច (%1)៖ គ្មានអ្វីត្រូវបានផ្ញើទៅបញ្ជីកណ្តាលទេ រហូតដល់វាត្រូវបានស្តារឡើងវិញ។</translation>
    </message>
    <message>
        <source>Restore it from the station&apos;s backup (sws db restore); never make a new one: the centre would refuse every record signed by it.</source>
        <translation>សូមស្តារវាពីការបម្រុងទុករបស់ស្ថានីយ (sws db restore)៖ កុំបង្កើតថ្មី ព្រោះមជ្ឈមណ្ឌលនឹងបដិសេធរាល់កំណត់ត្រាដែលចុះហត្ថលេខាដោយវា។</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 h %2 min ahead of the central registry&apos;s: records are dated wrong and cards issued here may be refused elsewhere as not yet valid: set the date and time.</source>
        <translation>នាឡិការបស់កុំព្យូទ័រនេះលឿនជាងនាឡិការបស់បញ្ជីកណ្តាល %1 ម៉ោង %2 នាទី៖ កំណត់ត្រាមានកាលបរិច្ឆេទខុស ហើយកាតដែលចេញនៅទីនេះអាចត្រូវបានបដិសេធនៅកន្លែងផ្សេងថាមិនទាន់មានសុពលភាព៖ សូមកំណត់កាលបរិច្ឆេទ និងម៉ោង។</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 h %2 min behind the central registry&apos;s: records are dated wrong and cards issued here may be refused elsewhere as expired too early: set the date and time.</source>
        <translation>នាឡិការបស់កុំព្យូទ័រនេះយឺតជាងនាឡិការបស់បញ្ជីកណ្តាល %1 ម៉ោង %2 នាទី៖ កំណត់ត្រាមានកាលបរិច្ឆេទខុស ហើយកាតដែលចេញនៅទីនេះអាចត្រូវបានបដិសេធនៅកន្លែងផ្សេងថាផុតកំណត់មុនពេល៖ សូមកំណត់កាលបរិច្ឆេទ និងម៉ោង។</translation>
    </message>
    <message>
        <source>The centre&apos;s list of places (version %1) was not used: %2.</source>
        <translation>បញ្ជីទីកន្លែងរបស់បញ្ជីកណ្តាល (កំណែ %1) មិនត្រូវបានប្រើទេ៖ %2។</translation>
    </message>
    <message>
        <source>The centre&apos;s list of places was not used: %2.</source>
        <translation>បញ្ជីទីកន្លែងរបស់បញ្ជីកណ្តាល មិនត្រូវបានប្រើទេ៖ %2។</translation>
    </message>
    <message>
        <source>This station keeps its list (version %1).</source>
        <translation>ស្ថានីយនេះនៅតែប្រើបញ្ជីរបស់ខ្លួន (កំណែ %1)។</translation>
    </message>
    <message>
        <source>This station keeps its list.</source>
        <translation>ស្ថានីយនេះនៅតែប្រើបញ្ជីរបស់ខ្លួន។</translation>
    </message>
    <message>
        <source>Ask the office&apos;s IT contact to update the station.</source>
        <translation>សូមស្នើអ្នកទំនាក់ទំនងផ្នែកព័ត៌មានវិទ្យារបស់ការិយាល័យ ឱ្យធ្វើបច្ចុប្បន្នភាពស្ថានីយនេះ។</translation>
    </message>
    <message>
        <source>Revoke the card</source>
        <translation>ដកហូតកាត</translation>
    </message>
    <message>
        <source>Revoke the card %1 of %2? It stops working at every hospital and office.</source>
        <translation>ដកហូតកាត %1 របស់ %2 ឬ? វានឹងលែងប្រើបាននៅគ្រប់មន្ទីរពេទ្យ និងការិយាល័យ។</translation>
    </message>
    <message>
        <source>Card %1 revoked: the revocation list is signed again and the centre is told.</source>
        <translation>កាត %1 ត្រូវបានដកហូត៖ បញ្ជីដកហូតត្រូវបានចុះហត្ថលេខាម្តងទៀត ហើយមជ្ឈមណ្ឌលនឹងត្រូវបានជូនដំណឹង។</translation>
    </message>
    <message numerus="yes">
        <source>The centre has not approved this station yet: %Ln record(s) wait on this computer until it does, the oldest since %1.</source>
        <translation>
            <numerusform>មជ្ឈមណ្ឌលមិនទាន់អនុម័តស្ថានីយនេះនៅឡើយទេ៖ កំណត់ត្រា %Ln កំពុងរង់ចាំនៅលើកុំព្យូទ័រនេះ រហូតដល់វាអនុម័ត ដែលចាស់ជាងគេតាំងពីថ្ងៃ %1។</numerusform>
            <numerusform>មជ្ឈមណ្ឌលមិនទាន់អនុម័តស្ថានីយនេះនៅឡើយទេ៖ កំណត់ត្រា %Ln កំពុងរង់ចាំនៅលើកុំព្យូទ័រនេះ រហូតដល់វាអនុម័ត ដែលចាស់ជាងគេតាំងពីថ្ងៃ %1។</numerusform>
        </translation>
    </message>
    <message>
        <source>The centre has not approved this station yet: its records wait here until it does.</source>
        <translation>មជ្ឈមណ្ឌលមិនទាន់អនុម័តស្ថានីយនេះនៅឡើយទេ៖ កំណត់ត្រារបស់វារង់ចាំនៅទីនេះរហូតដល់វាអនុម័ត។</translation>
    </message>
    <message>
        <source>Writing the day&apos;s till report...</source>
        <translation>កំពុងសរសេររបាយការណ៍សាច់ប្រាក់ប្រចាំថ្ងៃ...</translation>
    </message>
    <message>
        <source>The till report could not be saved in %1: check that this folder can be written (space left), then try again.</source>
        <translation>មិនអាចរក្សាទុករបាយការណ៍សាច់ប្រាក់ក្នុង %1 បានទេ៖ សូមពិនិត្យថាថតនេះអាចសរសេរបាន (នៅសល់ទំហំ) រួចសាកល្បងម្តងទៀត។</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>កំពុងសរសេររបាយការណ៍...</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>បានរក្សាទុករបាយការណ៍៖ %1</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: check that this folder can be written (space left), then try again.</source>
        <translation>មិនអាចរក្សាទុករបាយការណ៍ក្នុង %1 បានទេ៖ សូមពិនិត្យថាថតនេះអាចសរសេរបាន (នៅសល់ទំហំ) រួចសាកល្បងម្តងទៀត។</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>មិនបានសរសេររបាយការណ៍ទេ៖ %1</translation>
    </message>
    <message>
        <source>Checking the list against the registry...</source>
        <translation>កំពុងផ្ទៀងផ្ទាត់បញ្ជីជាមួយបញ្ជីឈ្មោះ...</translation>
    </message>
    <message>
        <source>List checked, report saved: %1</source>
        <translation>បានពិនិត្យបញ្ជី ហើយបានរក្សាទុករបាយការណ៍៖ %1</translation>
    </message>
    <message>
        <source>The list was not checked: %1</source>
        <translation>មិនបានពិនិត្យបញ្ជីទេ៖ %1</translation>
    </message>
    <message>
        <source>Day&apos;s till report saved: %1</source>
        <translation>បានរក្សាទុករបាយការណ៍សាច់ប្រាក់ប្រចាំថ្ងៃ៖ %1</translation>
    </message>
    <message>
        <source>No till report was written: %1</source>
        <translation>មិនបានសរសេររបាយការណ៍សាច់ប្រាក់ទេ៖ %1</translation>
    </message>
    <message>
        <source>Registration expired on %1: records are kept here until the centre renews it</source>
        <translation>ការចុះឈ្មោះបានផុតកំណត់នៅ %1៖ កំណត់ត្រាត្រូវបានរក្សាទុកនៅទីនេះ រហូតដល់មជ្ឈមណ្ឌលបន្តវា</translation>
    </message>
    <message>
        <source>Da&amp;y&apos;s till report...</source>
        <translation>របាយការណ៍សាច់ប្រាក់ប្រចាំថ្ងៃ... (&amp;Y)</translation>
    </message>
    <message>
        <source>Registration valid until %1</source>
        <translation>ការចុះឈ្មោះមានសុពលភាពរហូតដល់ %1</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) — ask the centre to renew</source>
        <translation>
            <numerusform>ផុតកំណត់ក្នុងរយៈពេល %n ថ្ងៃ — សូមស្នើមជ្ឈមណ្ឌលឱ្យបន្ត</numerusform>
            <numerusform>ផុតកំណត់ក្នុងរយៈពេល %n ថ្ងៃ — សូមស្នើមជ្ឈមណ្ឌលឱ្យបន្ត</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has revoked this station: it refuses its records until it approves the station again. Nothing is lost: %Ln record(s) wait on this computer. Contact the central registry.</source>
        <translation>
            <numerusform>មជ្ឈមណ្ឌលបានដកហូតស្ថានីយនេះ៖ វាបដិសេធកំណត់ត្រារបស់ស្ថានីយនេះ រហូតដល់វាអនុម័តស្ថានីយនេះម្តងទៀត។ គ្មានអ្វីបាត់បង់ទេ៖ កំណត់ត្រា %Ln កំពុងរង់ចាំនៅលើកុំព្យូទ័រនេះ។ សូមទាក់ទងបញ្ជីកណ្តាល។</numerusform>
            <numerusform>មជ្ឈមណ្ឌលបានដកហូតស្ថានីយនេះ៖ វាបដិសេធកំណត់ត្រារបស់ស្ថានីយនេះ រហូតដល់វាអនុម័តស្ថានីយនេះម្តងទៀត។ គ្មានអ្វីបាត់បង់ទេ៖ កំណត់ត្រា %Ln កំពុងរង់ចាំនៅលើកុំព្យូទ័រនេះ។ សូមទាក់ទងបញ្ជីកណ្តាល។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has suspended this station: it received records from two computers using this station&apos;s identity. Nothing is lost: %Ln record(s) wait on this computer. If a new computer replaced this one from its backup, export them below and give the file to the central registry&apos;s operator; otherwise contact the central registry.</source>
        <translation>
            <numerusform>មជ្ឈមណ្ឌលបានផ្អាកស្ថានីយនេះ៖ វាបានទទួលកំណត់ត្រាពីកុំព្យូទ័រពីរដែលប្រើអត្តសញ្ញាណរបស់ស្ថានីយនេះ។ គ្មានអ្វីបាត់បង់ទេ៖ កំណត់ត្រា %Ln កំពុងរង់ចាំនៅលើកុំព្យូទ័រនេះ។ ប្រសិនបើកុំព្យូទ័រថ្មីមួយបានជំនួសកុំព្យូទ័រនេះពីការបម្រុងទុករបស់វា សូមនាំចេញកំណត់ត្រាទាំងនោះខាងក្រោម ហើយប្រគល់ឯកសារទៅប្រតិបត្តិករនៃបញ្ជីកណ្តាល។ បើមិនដូច្នោះទេ សូមទាក់ទងបញ្ជីកណ្តាល។</numerusform>
            <numerusform>មជ្ឈមណ្ឌលបានផ្អាកស្ថានីយនេះ៖ វាបានទទួលកំណត់ត្រាពីកុំព្យូទ័រពីរដែលប្រើអត្តសញ្ញាណរបស់ស្ថានីយនេះ។ គ្មានអ្វីបាត់បង់ទេ៖ កំណត់ត្រា %Ln កំពុងរង់ចាំនៅលើកុំព្យូទ័រនេះ។ ប្រសិនបើកុំព្យូទ័រថ្មីមួយបានជំនួសកុំព្យូទ័រនេះពីការបម្រុងទុករបស់វា សូមនាំចេញកំណត់ត្រាទាំងនោះខាងក្រោម ហើយប្រគល់ឯកសារទៅប្រតិបត្តិករនៃបញ្ជីកណ្តាល។ បើមិនដូច្នោះទេ សូមទាក់ទងបញ្ជីកណ្តាល។</numerusform>
        </translation>
    </message>
    <message>
        <source>The centre does not know this station (%1): its records wait here. Contact the central registry.</source>
        <translation>មជ្ឈមណ្ឌលមិនស្គាល់ស្ថានីយនេះ (%1) ទេ៖ កំណត់ត្រារបស់វារង់ចាំនៅទីនេះ។ សូមទាក់ទងបញ្ជីកណ្តាល។</translation>
    </message>
    <message>
        <source>(deceased %1)</source>
        <translation>(បានទទួលមរណភាព %1)</translation>
    </message>
    <message>
        <source>No card can be issued: the card-signing certificates end on %1. Ask for new ones.</source>
        <translation>មិនអាចចេញកាតបានទេ៖ វិញ្ញាបនបត្រចុះហត្ថលេខាកាតផុតកំណត់នៅ %1។ សូមស្នើសុំវិញ្ញាបនបត្រថ្មី។</translation>
    </message>
    <message>
        <source>Cards issued now are valid only until %1: the card-signing certificates end then. Ask for new ones.</source>
        <translation>កាតដែលចេញឥឡូវនេះមានសុពលភាពត្រឹមតែដល់ %1៖ វិញ្ញាបនបត្រចុះហត្ថលេខាកាតផុតកំណត់នៅពេលនោះ។ សូមស្នើសុំវិញ្ញាបនបត្រថ្មី។</translation>
    </message>
    <message>
        <source>Card-signing certificates valid until %1</source>
        <translation>វិញ្ញាបនបត្រចុះហត្ថលេខាកាតមានសុពលភាពរហូតដល់ %1</translation>
    </message>
    <message>
        <source>Folder with the new card-signing certificates</source>
        <translation>ថតដែលមានវិញ្ញាបនបត្រចុះហត្ថលេខាកាតថ្មី</translation>
    </message>
    <message>
        <source>Checking the new certificates...</source>
        <translation>កំពុងពិនិត្យវិញ្ញាបនបត្រថ្មី...</translation>
    </message>
    <message>
        <source>New card-signing certificates installed: cards issued now are valid until %1.</source>
        <translation>បានដំឡើងវិញ្ញាបនបត្រចុះហត្ថលេខាកាតថ្មី៖ កាតដែលចេញឥឡូវនេះមានសុពលភាពរហូតដល់ %1។</translation>
    </message>
    <message>
        <source>The certificates were not installed: %1</source>
        <translation>មិនបានដំឡើងវិញ្ញាបនបត្រទេ៖ %1</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>ការបម្រុងទុកចុងក្រោយ៖ មិនដែល</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>ការបម្រុងទុកចុងក្រោយ៖ %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) exist only on this computer.</source>
        <translation>
            <numerusform>កំណត់ត្រា %Ln មាននៅលើកុំព្យូទ័រនេះតែប៉ុណ្ណោះ។</numerusform>
            <numerusform>កំណត់ត្រា %Ln មាននៅលើកុំព្យូទ័រនេះតែប៉ុណ្ណោះ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>កំពុងសរសេរការបម្រុងទុក...</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1 (%Ln person(s)).</source>
        <translation>
            <numerusform>បានសរសេរការបម្រុងទុកទៅ %1 (មនុស្ស %Ln នាក់)។</numerusform>
            <numerusform>បានសរសេរការបម្រុងទុកទៅ %1 (មនុស្ស %Ln នាក់)។</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was written: %1</source>
        <translation>មិនបានសរសេរការបម្រុងទុកទេ៖ %1</translation>
    </message>
</context>
<context>
    <name>UnavailableDialog</name>
    <message>
        <source>Finger not available</source>
        <translation>ម្រាមដៃមិនអាចស្កេនបាន</translation>
    </message>
    <message>
        <source>Why can the %1 not be captured?</source>
        <translation>ហេតុអ្វីមិនអាចស្កេន %1 បាន?</translation>
    </message>
    <message>
        <source>Amputated</source>
        <translation>ត្រូវបានកាត់ចេញ</translation>
    </message>
    <message>
        <source>Injured or bandaged</source>
        <translation>របួស ឬរុំរបួស</translation>
    </message>
    <message>
        <source>Worn or scarred</source>
        <translation>រិល ឬមានស្លាកស្នាម</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>មូលហេតុ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>កំណត់ចំណាំ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>UndeliveredExport</name>
    <message>
        <source>E&amp;xport undelivered records...</source>
        <translation>នាំចេញកំណត់ត្រាដែលមិនទាន់បញ្ជូន... (&amp;X)</translation>
    </message>
    <message>
        <source>Writes the records this computer never delivered to one signed file, sealed for the central registry, whose operator imports it. They also stay here.</source>
        <translation>សរសេរកំណត់ត្រាដែលកុំព្យូទ័រនេះមិនទាន់បានបញ្ជូន ទៅក្នុងឯកសារតែមួយដែលមានហត្ថលេខា និងបិទជិតសម្រាប់បញ្ជីកណ្តាល ដែលប្រតិបត្តិកររបស់វានាំចូលវា។ កំណត់ត្រាទាំងនោះក៏នៅទីនេះដែរ។</translation>
    </message>
    <message>
        <source>Folder to write the undelivered records to</source>
        <translation>ថតសម្រាប់សរសេរកំណត់ត្រាដែលមិនទាន់បញ្ជូន</translation>
    </message>
    <message>
        <source>Writing the undelivered records...</source>
        <translation>កំពុងសរសេរកំណត់ត្រាដែលមិនទាន់បញ្ជូន...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undelivered record(s) written to %1, signed by this station. They also stay here. Give the file to the central registry&apos;s operator, who imports it.</source>
        <translation>
            <numerusform>កំណត់ត្រាមិនទាន់បញ្ជូនចំនួន %Ln ត្រូវបានសរសេរទៅ %1 ដោយមានហត្ថលេខារបស់ស្ថានីយនេះ។ កំណត់ត្រាទាំងនោះក៏នៅទីនេះដែរ។ សូមប្រគល់ឯកសារទៅប្រតិបត្តិករនៃបញ្ជីកណ្តាល ដែលនឹងនាំចូលវា។</numerusform>
            <numerusform>កំណត់ត្រាមិនទាន់បញ្ជូនចំនួន %Ln ត្រូវបានសរសេរទៅ %1 ដោយមានហត្ថលេខារបស់ស្ថានីយនេះ។ កំណត់ត្រាទាំងនោះក៏នៅទីនេះដែរ។ សូមប្រគល់ឯកសារទៅប្រតិបត្តិករនៃបញ្ជីកណ្តាល ដែលនឹងនាំចូលវា។</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: every record of this station reached the central registry.</source>
        <translation>គ្មានអ្វីត្រូវនាំចេញទេ៖ កំណត់ត្រាទាំងអស់របស់ស្ថានីយនេះបានទៅដល់បញ្ជីកណ្តាលហើយ។</translation>
    </message>
    <message>
        <source>This station was restored from a backup and has not told the central registry yet: let it sync once, then export.</source>
        <translation>ស្ថានីយនេះត្រូវបានស្ដារពីការបម្រុងទុក ហើយមិនទាន់បានប្រាប់បញ្ជីកណ្តាលនៅឡើយទេ៖ សូមឱ្យវាធ្វើសមកាលកម្មម្តងសិន រួចនាំចេញ។</translation>
    </message>
    <message>
        <source>The fingerprints of a waiting record cannot be opened: nothing was written. Check the registry (sws db check --deep).</source>
        <translation>ស្នាមម្រាមដៃនៃកំណត់ត្រាដែលកំពុងរង់ចាំមួយមិនអាចបើកបានទេ៖ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមពិនិត្យបញ្ជី (sws db check --deep)។</translation>
    </message>
    <message>
        <source>%1 already exists: nothing was written. Choose another folder, or move that file away first.</source>
        <translation>%1 មានរួចហើយ៖ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមជ្រើសរើសថតផ្សេង ឬផ្លាស់ទីឯកសារនោះចេញជាមុនសិន។</translation>
    </message>
    <message>
        <source>%1 cannot be used for the export: nothing was written. Choose another folder.</source>
        <translation>%1 មិនអាចប្រើសម្រាប់ការនាំចេញបានទេ៖ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមជ្រើសរើសថតផ្សេង។</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Nothing was written; choose another folder.</source>
        <translation>មិនអាចសរសេរ %1 បានទេ៖ ថាសពេញ។ គ្មានអ្វីត្រូវបានសរសេរទេ សូមជ្រើសរើសថតផ្សេង។</translation>
    </message>
    <message>
        <source>%1 cannot be written: this folder may not be written to (read only, or no permission). Nothing was written; choose another folder.</source>
        <translation>មិនអាចសរសេរ %1 បានទេ៖ ថតនេះមិនអនុញ្ញាតឱ្យសរសេរទេ (អានបានតែប៉ុណ្ណោះ ឬគ្មានសិទ្ធិ)។ គ្មានអ្វីត្រូវបានសរសេរទេ សូមជ្រើសរើសថតផ្សេង។</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder is gone (a USB stick taken out?). Nothing was written; choose another folder.</source>
        <translation>មិនអាចសរសេរ %1 បានទេ៖ ថតនោះលែងមានហើយ (ឧបករណ៍ USB ត្រូវបានដកចេញឬ?)។ គ្មានអ្វីត្រូវបានសរសេរទេ សូមជ្រើសរើសថតផ្សេង។</translation>
    </message>
    <message>
        <source>%1 cannot be written. Nothing was written; choose another folder.</source>
        <translation>មិនអាចសរសេរ %1 បានទេ។ គ្មានអ្វីត្រូវបានសរសេរទេ សូមជ្រើសរើសថតផ្សេង។</translation>
    </message>
</context>
<context>
    <name>VisitsList</name>
    <message>
        <source>Visits recorded here today</source>
        <translation>ការមកពិនិត្យដែលបានកត់ត្រានៅទីនេះថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>E&amp;xport the visits...</source>
        <translation>នាំចេញការមកពិនិត្យ... (&amp;X)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>ម្ចាស់កាត</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>កាត</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>កត់ត្រាដោយ</translation>
    </message>
    <message>
        <source>Visits recorded here today: %1</source>
        <translation>ការមកពិនិត្យដែលបានកត់ត្រានៅទីនេះថ្ងៃនេះ៖ %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <source>Today&apos;s visits could not be read: %1</source>
        <translation>មិនអាចអានការមកពិនិត្យថ្ងៃនេះបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>កំពុងរក្សាទុក...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) from %1 to %2 saved to %3</source>
        <translation>
            <numerusform>ការមកពិនិត្យ %Ln ពី %1 ដល់ %2 បានរក្សាទុកក្នុង %3</numerusform>
            <numerusform>ការមកពិនិត្យ %Ln ពី %1 ដល់ %2 បានរក្សាទុកក្នុង %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The visits were not saved: %1</source>
        <translation>មិនបានរក្សាទុកការមកពិនិត្យទេ៖ %1</translation>
    </message>
</context>
<context>
    <name>WaitingCasesDialog</name>
    <message>
        <source>Cases waiting for a decision</source>
        <translation>ករណីរង់ចាំការសម្រេច</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>បានបើក</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>អ្នកដាក់ពាក្យ</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>បេក្ខជន</translation>
    </message>
    <message>
        <source>&amp;Compare the prints and decide...</source>
        <translation>ប្រៀបធៀបស្នាមម្រាមដៃ ហើយសម្រេច (&amp;C)...</translation>
    </message>
    <message>
        <source>No case is waiting for a decision.</source>
        <translation>គ្មានករណីណារង់ចាំការសម្រេចទេ។</translation>
    </message>
    <message>
        <source>Recorded. A supervisor must approve the decision.</source>
        <translation>បានកត់ត្រា។ អ្នកគ្រប់គ្រងត្រូវអនុម័តការសម្រេចនេះ។</translation>
    </message>
</context>
</TS>
