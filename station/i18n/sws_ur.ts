<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AddFingersDialog</name>
    <message>
        <source>Replace fingerprints</source>
        <translation>فنگر پرنٹس تبدیل کریں</translation>
    </message>
    <message>
        <source>Add fingerprints</source>
        <translation>فنگر پرنٹس شامل کریں</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1، پیدائش %2</translation>
    </message>
    <message>
        <source>Capture again the fingers whose print on file is poor and tick them below. A capture that matches a print on file shows the person is the one registered: when an old print is too poor to match, also capture another finger on file, not ticked, as a check (a supervisor may replace without a match). The new prints are checked against everyone registered; the central registry checks them again. Read them the privacy notice (version %1) first: they agree to the new fingerprints.</source>
        <translation>جن انگلیوں کا فائل میں پرنٹ ناقص ہے انہیں دوبارہ اسکین کریں اور نیچے ان پر نشان لگائیں۔ فائل کے کسی پرنٹ سے ملنے والا اسکین ظاہر کرتا ہے کہ یہ وہی رجسٹرڈ شخص ہے: جب پرانا پرنٹ ملنے کے لیے بہت ناقص ہو تو فائل میں موجود کوئی اور انگلی، بغیر نشان کے، جانچ کے طور پر بھی اسکین کریں (سپروائزر میل کے بغیر بھی تبدیل کر سکتا ہے)۔ نئے پرنٹس ہر رجسٹرڈ شخص سے جانچے جاتے ہیں؛ مرکزی رجسٹری دوبارہ جانچتی ہے۔ پہلے انہیں رازداری کا نوٹس (ورژن %1) پڑھ کر سنائیں: وہ نئے فنگر پرنٹس پر رضامندی دیتے ہیں۔</translation>
    </message>
    <message>
        <source>Capture the fingers they have no print on file for. Before they are added they are checked against everyone registered; the central registry checks them again. Read them the privacy notice (version %1) first: they agree to fingerprints again.</source>
        <translation>وہ انگلیاں اسکین کریں جن کا کوئی پرنٹ ریکارڈ میں نہیں۔ شامل کرنے سے پہلے ان کا موازنہ تمام رجسٹرڈ افراد سے کیا جاتا ہے؛ مرکزی رجسٹری دوبارہ جانچتی ہے۔ پہلے انہیں رازداری کا نوٹس (ورژن %1) پڑھ کر سنائیں: وہ فنگر پرنٹس کے لیے دوبارہ رضامندی دیتے ہیں۔</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>تبدیل کریں:</translation>
    </message>
    <message>
        <source>e.g. the hospital&apos;s finger check fails: the print on file is smeared</source>
        <translation>مثلاً ہسپتال میں انگلی کی جانچ ناکام ہوتی ہے: فائل کا پرنٹ دھندلا ہے</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>وجہ (&amp;W):</translation>
    </message>
    <message>
        <source>— read the notice, then choose —</source>
        <translation>— نوٹس پڑھیں، پھر منتخب کریں —</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>خود وہ شخص</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>والدین یا سرپرست</translation>
    </message>
    <message>
        <source>Agreed b&amp;y:</source>
        <translation>رضامندی دینے والا (&amp;Y):</translation>
    </message>
    <message>
        <source>the parent&apos;s or guardian&apos;s name</source>
        <translation>والدین یا سرپرست کا نام</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>سرپرست (&amp;G):</translation>
    </message>
    <message>
        <source>Check and re&amp;place</source>
        <translation>جانچیں اور تبدیل کریں (&amp;P)</translation>
    </message>
    <message>
        <source>Check and a&amp;dd</source>
        <translation>جانچیں اور شامل کریں (&amp;D)</translation>
    </message>
    <message>
        <source>Capture at least one finger.</source>
        <translation>کم از کم ایک انگلی اسکین کریں۔</translation>
    </message>
    <message>
        <source>Read the notice, then choose who agreed.</source>
        <translation>نوٹس پڑھیں، پھر منتخب کریں کہ رضامندی کس نے دی۔</translation>
    </message>
    <message>
        <source>Tick the fingers whose new capture replaces the print on file.</source>
        <translation>ان انگلیوں پر نشان لگائیں جن کا نیا اسکین فائل کے پرنٹ کی جگہ لے گا۔</translation>
    </message>
    <message>
        <source>Capture the fingers ticked first: %1.</source>
        <translation>پہلے نشان زدہ انگلیاں اسکین کریں: %1۔</translation>
    </message>
    <message>
        <source>Say why the prints are replaced.</source>
        <translation>بتائیں کہ پرنٹس کیوں تبدیل کیے جا رہے ہیں۔</translation>
    </message>
</context>
<context>
    <name>AddressPicker</name>
    <message>
        <source>%1 (%2), retired</source>
        <translation>%1 (%2)، ختم شدہ</translation>
    </message>
    <message>
        <source>Retired from the list of places: kept for the records that name it; no new household is registered here.</source>
        <translation>مقامات کی فہرست سے ختم: ان ریکارڈز کے لیے رکھا گیا جن میں اس کا نام ہے؛ یہاں کوئی نیا گھرانہ رجسٹر نہیں ہوتا۔</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>possible duplicate sent to adjudication</source>
        <translation>ممکنہ دہرا اندراج فیصلے کے لیے بھیجا گیا</translation>
    </message>
    <message>
        <source>adjudication decided by the clerk</source>
        <translation>کلرک نے فیصلہ کیا</translation>
    </message>
    <message>
        <source>adjudication approved</source>
        <translation>فیصلہ منظور ہوا</translation>
    </message>
    <message>
        <source>adjudication sent back to the clerk</source>
        <translation>فیصلہ کلرک کو واپس بھیجا گیا</translation>
    </message>
    <message>
        <source>adjudication prints viewed</source>
        <translation>فیصلے کے فنگر پرنٹ دیکھے گئے</translation>
    </message>
    <message>
        <source>card issued</source>
        <translation>کارڈ جاری ہوا</translation>
    </message>
    <message>
        <source>card status changed</source>
        <translation>کارڈ کی حیثیت بدلی گئی</translation>
    </message>
    <message>
        <source>card-signing certificates installed</source>
        <translation>کارڈ پر دستخط کے سرٹیفکیٹ نصب ہوئے</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>کیس کھولا گیا</translation>
    </message>
    <message>
        <source>case assigned</source>
        <translation>کیس سونپا گیا</translation>
    </message>
    <message>
        <source>case plan item added</source>
        <translation>کیس کے منصوبے میں شق شامل کی گئی</translation>
    </message>
    <message>
        <source>case plan item updated</source>
        <translation>کیس کے منصوبے کی شق تازہ کی گئی</translation>
    </message>
    <message>
        <source>case closed</source>
        <translation>کیس بند کیا گیا</translation>
    </message>
    <message>
        <source>contribution paid</source>
        <translation>شراکت کی ادائیگی ہوئی</translation>
    </message>
    <message>
        <source>contributions refunded</source>
        <translation>شراکت کی رقم واپس کی گئی</translation>
    </message>
    <message>
        <source>copy of a contribution receipt given</source>
        <translation>شراکتی ادائیگی کی رسید کی نقل دی گئی</translation>
    </message>
    <message>
        <source>copy of a refund voucher given</source>
        <translation>رقم واپسی کے واؤچر کی نقل دی گئی</translation>
    </message>
    <message>
        <source>demonstration data added</source>
        <translation>نمائشی ڈیٹا شامل کیا گیا</translation>
    </message>
    <message>
        <source>grievance received</source>
        <translation>شکایت موصول ہوئی</translation>
    </message>
    <message>
        <source>grievance referred</source>
        <translation>شکایت آگے بھیجی گئی</translation>
    </message>
    <message>
        <source>grievance resolved</source>
        <translation>شکایت حل ہوئی</translation>
    </message>
    <message>
        <source>grievance appealed</source>
        <translation>شکایت پر اپیل کی گئی</translation>
    </message>
    <message>
        <source>grievance closed</source>
        <translation>شکایت بند کی گئی</translation>
    </message>
    <message>
        <source>grievance withdrawn</source>
        <translation>شکایت واپس لی گئی</translation>
    </message>
    <message>
        <source>household assessed</source>
        <translation>گھرانے کا جائزہ لیا گیا</translation>
    </message>
    <message>
        <source>new head of the household</source>
        <translation>گھرانے کا نیا سربراہ</translation>
    </message>
    <message>
        <source>moved to another household</source>
        <translation>دوسرے گھرانے میں منتقل</translation>
    </message>
    <message>
        <source>registry keys rotated</source>
        <translation>رجسٹری کی کلیدیں بدلی گئیں</translation>
    </message>
    <message>
        <source>operator account created</source>
        <translation>آپریٹر کا اکاؤنٹ بنایا گیا</translation>
    </message>
    <message>
        <source>operator account disabled</source>
        <translation>آپریٹر کا اکاؤنٹ غیر فعال کیا گیا</translation>
    </message>
    <message>
        <source>operator account enabled</source>
        <translation>آپریٹر کا اکاؤنٹ فعال کیا گیا</translation>
    </message>
    <message>
        <source>operator account locked (failed sign-ins)</source>
        <translation>آپریٹر کا اکاؤنٹ مقفل ہوا (ناکام سائن اِن)</translation>
    </message>
    <message>
        <source>operator account unlocked</source>
        <translation>آپریٹر کا اکاؤنٹ کھولا گیا</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>سائن اِن ناکام</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>پاس ورڈ بدلا گیا</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>پاس ورڈ دوبارہ مقرر کیا گیا</translation>
    </message>
    <message>
        <source>person registered</source>
        <translation>فرد کا اندراج ہوا</translation>
    </message>
    <message>
        <source>fingerprint search</source>
        <translation>فنگر پرنٹ کی تلاش</translation>
    </message>
    <message>
        <source>person&apos;s situation recorded</source>
        <translation>فرد کی صورتحال درج کی گئی</translation>
    </message>
    <message>
        <source>death recorded</source>
        <translation>وفات درج کی گئی</translation>
    </message>
    <message>
        <source>death withdrawn</source>
        <translation>وفات کا اندراج واپس لیا گیا</translation>
    </message>
    <message>
        <source>person&apos;s details corrected</source>
        <translation>فرد کی تفصیلات درست کی گئیں</translation>
    </message>
    <message>
        <source>consent recorded again</source>
        <translation>رضامندی دوبارہ درج کی گئی</translation>
    </message>
    <message>
        <source>fingerprints erased at the person&apos;s request</source>
        <translation>فرد کی درخواست پر فنگر پرنٹس مٹا دیے گئے</translation>
    </message>
    <message>
        <source>fingerprints added to a registered person</source>
        <translation>رجسٹرڈ شخص کے فنگر پرنٹس شامل کیے گئے</translation>
    </message>
    <message>
        <source>fingerprints not added: they match other registered people</source>
        <translation>فنگر پرنٹس شامل نہیں کیے گئے: یہ دوسرے رجسٹرڈ افراد سے ملتے ہیں</translation>
    </message>
    <message>
        <source>fingerprints replaced by a new capture</source>
        <translation>فنگر پرنٹس نئے اسکین سے تبدیل کیے گئے</translation>
    </message>
    <message>
        <source>fingerprints not replaced: no capture matched the prints on file</source>
        <translation>فنگر پرنٹس تبدیل نہیں کیے گئے: کوئی اسکین فائل کے پرنٹس سے نہیں ملا</translation>
    </message>
    <message>
        <source>fingerprints not replaced: they match other registered people</source>
        <translation>فنگر پرنٹس تبدیل نہیں کیے گئے: یہ دوسرے رجسٹرڈ افراد سے ملتے ہیں</translation>
    </message>
    <message>
        <source>their record given to the person</source>
        <translation>فرد کو اس کا ریکارڈ دیا گیا</translation>
    </message>
    <message>
        <source>copy of an enrolment receipt given</source>
        <translation>اندراج کی رسید کی نقل دی گئی</translation>
    </message>
    <message>
        <source>copy of a grievance acknowledgement given</source>
        <translation>شکایت کی وصولی کی رسید کی نقل دی گئی</translation>
    </message>
    <message>
        <source>programme membership recorded</source>
        <translation>پروگرام کی رکنیت درج کی گئی</translation>
    </message>
    <message>
        <source>a programme&apos;s list checked against the registry</source>
        <translation>پروگرام کی فہرست رجسٹری سے جانچی گئی</translation>
    </message>
    <message>
        <source>programme declined</source>
        <translation>پروگرام مسترد کیا گیا</translation>
    </message>
    <message>
        <source>programme membership ended</source>
        <translation>پروگرام کی رکنیت ختم کی گئی</translation>
    </message>
    <message>
        <source>programme membership withdrawn before it began</source>
        <translation>پروگرام کی رکنیت شروع ہونے سے پہلے واپس لی گئی</translation>
    </message>
    <message>
        <source>station backed up</source>
        <translation>اسٹیشن کا بیک اپ لیا گیا</translation>
    </message>
    <message>
        <source>station restored from a backup</source>
        <translation>اسٹیشن بیک اپ سے بحال کیا گیا</translation>
    </message>
    <message>
        <source>service use recorded (card)</source>
        <translation>خدمت کا استعمال درج ہوا (کارڈ)</translation>
    </message>
    <message>
        <source>visits exported (for the facility&apos;s claim)</source>
        <translation>دورے برآمد کیے گئے (مرکزِ صحت کے دعوے کے لیے)</translation>
    </message>
    <message>
        <source>sync with the centre</source>
        <translation>مرکز کے ساتھ ہم آہنگی</translation>
    </message>
    <message>
        <source>sync refused by the centre</source>
        <translation>مرکز نے ہم آہنگی مسترد کی</translation>
    </message>
    <message>
        <source>undelivered records exported</source>
        <translation>غیر ترسیل شدہ ریکارڈ برآمد کیے گئے</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>user name</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>same person as</source>
        <translation>وہی فرد جو</translation>
    </message>
    <message>
        <source>station</source>
        <translation>اسٹیشن</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>پہلا دن</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>آخری دن</translation>
    </message>
    <message>
        <source>card serial</source>
        <translation>کارڈ سیریل</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>فیصلہ</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>امیدوار</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <source>adjudication case</source>
        <translation>فیصلہ طلب معاملہ</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>رکنیت</translation>
    </message>
    <message>
        <source>fingers</source>
        <translation>انگلیاں</translation>
    </message>
    <message>
        <source>fingers missing</source>
        <translation>غائب انگلیاں</translation>
    </message>
    <message>
        <source>note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>file</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>رسید نمبر</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>پرنٹر</translation>
    </message>
    <message>
        <source>records</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>died on</source>
        <translation>وفات کی تاریخ</translation>
    </message>
    <message>
        <source>details changed</source>
        <translation>بدلی گئی تفصیلات</translation>
    </message>
    <message>
        <source>old and new</source>
        <translation>پرانا اور نیا</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <source>consent before</source>
        <translation>پہلے کی رضامندی</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>ناکام سائن اِن</translation>
    </message>
    <message>
        <source>household</source>
        <translation>گھرانہ</translation>
    </message>
    <message>
        <source>head of the household</source>
        <translation>گھرانے کا سربراہ</translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation>سربراہ سے رشتہ</translation>
    </message>
    <message>
        <source>new household</source>
        <translation>نیا گھرانہ</translation>
    </message>
    <message>
        <source>address changed</source>
        <translation>پتہ بدل گیا</translation>
    </message>
    <message>
        <source>from</source>
        <translation>سے</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تک</translation>
    </message>
    <message>
        <source>category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>بھیجے گئے</translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation>ابھی منتظر</translation>
    </message>
    <message>
        <source>received by the centre</source>
        <translation>مرکز کو موصول</translation>
    </message>
    <message>
        <source>refused by the centre</source>
        <translation>مرکز نے مسترد کیے</translation>
    </message>
    <message>
        <source>decisions received</source>
        <translation>موصول فیصلے</translation>
    </message>
    <message>
        <source>newly revoked cards</source>
        <translation>نئے منسوخ کارڈ</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>مرکزِ صحت</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>کارڈ ہولڈر</translation>
    </message>
    <message>
        <source>second visit that day (confirmed)</source>
        <translation>اسی دن دوسرا دورہ (تصدیق شدہ)</translation>
    </message>
    <message>
        <source>finger checked</source>
        <translation>انگلی جانچی گئی</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>جاری ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>recorded at</source>
        <translation>درج کرنے کا وقت</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>درج کنندہ</translation>
    </message>
    <message>
        <source>replaces card</source>
        <translation>کارڈ کی جگہ</translation>
    </message>
    <message>
        <source>card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>people</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>new candidates</source>
        <translation>نئے امیدوار</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>واپس لیا گیا</translation>
    </message>
    <message>
        <source>unused credit given back</source>
        <translation>غیر استعمال شدہ جمع رقم واپس کی گئی</translation>
    </message>
    <message>
        <source>after a reset</source>
        <translation>ری سیٹ کے بعد</translation>
    </message>
    <message>
        <source>at</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>demo seed</source>
        <translation>نمائشی ڈیٹا کا نمبر</translation>
    </message>
    <message>
        <source>households</source>
        <translation>گھرانے</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>جائزے</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>رکنیتیں</translation>
    </message>
    <message>
        <source>programmes declined</source>
        <translation>مسترد کیے گئے پروگرام</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>ادائیگیاں</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>duplicates prevented</source>
        <translation>روکے گئے دوہرے اندراج</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>کیس</translation>
    </message>
    <message>
        <source>case plan items</source>
        <translation>کیس کے منصوبے کی شقیں</translation>
    </message>
    <message>
        <source>grievances</source>
        <translation>شکایات</translation>
    </message>
    <message>
        <source>fingers replaced</source>
        <translation>تبدیل شدہ انگلیاں</translation>
    </message>
    <message>
        <source>quality before</source>
        <translation>پہلے کا معیار</translation>
    </message>
    <message>
        <source>matched the prints on file</source>
        <translation>فائل کے پرنٹس سے ملا</translation>
    </message>
    <message>
        <source>fingers captured as a check</source>
        <translation>جانچ کے لیے اسکین کی گئی انگلیاں</translation>
    </message>
    <message>
        <source>the same person</source>
        <translation>ایک ہی شخص</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>ایک ہی شخص نہیں</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>شامل کیا گیا</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ختم</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>کلرک</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>سپروائزر</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>آڈیٹر</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>جاری شدہ</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>گم شدہ</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>تبدیل شدہ</translation>
    </message>
</context>
<context>
    <name>AuditorPage</name>
    <message>
        <source>Cards</source>
        <translation>کارڈز</translation>
    </message>
    <message>
        <source>Verify the card in the &amp;reader</source>
        <translation>ریڈر میں کارڈ کی تصدیق (&amp;R)</translation>
    </message>
    <message>
        <source>Verify a &amp;folder of card dumps...</source>
        <translation>کارڈ ڈمپس کے فولڈر کی تصدیق... (&amp;F)</translation>
    </message>
    <message>
        <source>No card verified yet.</source>
        <translation>ابھی کوئی کارڈ تصدیق نہیں ہوا۔</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Card serial</source>
        <translation>کارڈ سیریل</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>آڈٹ لاگ</translation>
    </message>
    <message>
        <source>Verify the &amp;audit log chain</source>
        <translation>آڈٹ لاگ چین کی تصدیق (&amp;A)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>آپریٹر</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>عمل</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Card verification is not set up on this station: trust anchors and revocation list are missing.</source>
        <translation>اس اسٹیشن پر کارڈ کی تصدیق ترتیب نہیں دی گئی: روٹ سرٹیفکیٹ اور منسوخی فہرست موجود نہیں۔</translation>
    </message>
    <message>
        <source>Only auditors and supervisors can read the audit log.</source>
        <translation>آڈٹ لاگ صرف آڈیٹر اور سپروائزر پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>action, e.g. card or person.enrol</source>
        <translation>عمل، مثلاً card یا person.enrol</translation>
    </message>
    <message>
        <source>operator user name</source>
        <translation>آپریٹر کا صارف نام</translation>
    </message>
    <message>
        <source>person id, card serial or case</source>
        <translation>شخص کی شناخت، کارڈ سیریل یا کیس</translation>
    </message>
    <message>
        <source>&amp;Show events</source>
        <translation>واقعات دکھائیں (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>CSV برآمد کریں... (&amp;E)</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>عمل (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>آپریٹر (&amp;O):</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>موضوع (&amp;B):</translation>
    </message>
    <message>
        <source>Reading the card...</source>
        <translation>کارڈ پڑھا جا رہا ہے...</translation>
    </message>
    <message>
        <source>Folder of card dumps</source>
        <translation>کارڈ ڈمپس کا فولڈر</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>منسوخ نہیں</translation>
    </message>
    <message>
        <source>Certificate chain: %1
Revocation: %2
Detail: %3</source>
        <translation>سرٹیفکیٹ چین: %1
منسوخی: %2
تفصیل: %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>درست</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>غیر درست</translation>
    </message>
    <message numerus="yes">
        <source>Valid: %1 of %n card dump(s).</source>
        <translation>
            <numerusform>%n میں سے %1 کارڈ ڈمپ درست ہیں۔</numerusform>
            <numerusform>%n میں سے %1 کارڈ ڈمپ درست ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), newest first</source>
        <translation>
            <numerusform>%Ln واقعہ، تازہ ترین پہلے</numerusform>
            <numerusform>%Ln واقعات، تازہ ترین پہلے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) saved to %1</source>
        <translation>
            <numerusform>%Ln واقعہ %1 میں محفوظ</numerusform>
            <numerusform>%Ln واقعات %1 میں محفوظ</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain could not be checked: %1</source>
        <translation>آڈٹ چین جانچی نہیں جا سکی: %1</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>تصدیق جاری ہے...</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 events, schema %2, head %3</source>
        <translation>آڈٹ چین درست: %1 واقعات، اسکیما %2، ہیڈ %3</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>پڑھا جا رہا ہے...</translation>
    </message>
    <message>
        <source>(station)</source>
        <translation>(اسٹیشن)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>محفوظ نہیں ہو سکا: %1</translation>
    </message>
    <message>
        <source>Save the audit events</source>
        <translation>آڈٹ واقعات محفوظ کریں</translation>
    </message>
    <message>
        <source>AUDIT CHAIN BROKEN: %1</source>
        <translation>آڈٹ چین ٹوٹ گئی: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the station</source>
        <translation>اسٹیشن کا بیک اپ</translation>
    </message>
    <message>
        <source>The backup holds the whole station: its people, fingerprints, keys and the records not yet sent to the centre. Another computer can become this station from it. Keep the passphrase apart from the file.</source>
        <translation>بیک اپ میں پورا اسٹیشن ہے: لوگ، انگلیوں کے نشان، چابیاں اور وہ ریکارڈ جو ابھی مرکز کو نہیں بھیجے گئے۔ اس سے دوسرا کمپیوٹر یہی اسٹیشن بن سکتا ہے۔ پاس فریز فائل سے الگ رکھیں۔</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>منتخب کریں... (&amp;H)</translation>
    </message>
    <message>
        <source>Save in &amp;folder</source>
        <translation>فولڈر میں محفوظ کریں (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>پاس فریز (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>دوبارہ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>بیک اپ لیں (&amp;B)</translation>
    </message>
    <message>
        <source>Save the backup in</source>
        <translation>بیک اپ یہاں محفوظ کریں</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>فولڈر %1 موجود نہیں۔</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>پاس فریز میں کم از کم %1 حروف ہونے چاہئیں۔</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دونوں پاس فریز مختلف ہیں۔</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No records yet</source>
        <translation>ابھی کوئی ریکارڈ نہیں</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Fingers</source>
        <extracomment>Enter on the finger list: the clerk means Next</extracomment>
        <translation>انگلیاں</translation>
    </message>
    <message>
        <source>Quality %v / 100</source>
        <translation>معیار %v / 100</translation>
    </message>
    <message>
        <source>&amp;Capture (Space)</source>
        <translation>اسکین کریں (Space) (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry this finger</source>
        <translation>یہ انگلی دوبارہ (&amp;R)</translation>
    </message>
    <message>
        <source>Finger not &amp;available...</source>
        <translation>انگلی دستیاب نہیں... (&amp;A)</translation>
    </message>
    <message>
        <source>Demo person at the scanner: </source>
        <translation>اسکینر پر ڈیمو شخص: </translation>
    </message>
    <message>
        <source>Synthetic fingers: another number is another person; an earlier number brings that person back (a duplicate).</source>
        <translation>مصنوعی انگلیاں: دوسرا نمبر دوسرا شخص ہے؛ پہلے والا نمبر اسی شخص کو واپس لاتا ہے (ڈپلیکیٹ)۔</translation>
    </message>
    <message>
        <source>No scanner is connected. Connect one, or start the station with --scanner FOLDER.</source>
        <translation>کوئی اسکینر منسلک نہیں۔ اسکینر لگائیں، یا اسٹیشن --scanner FOLDER کے ساتھ چلائیں۔</translation>
    </message>
    <message>
        <source>%1: the scanner image shows no fingerprint. Place the finger flat on the glass and retry.</source>
        <translation>%1: اسکینر کی تصویر میں کوئی فنگر پرنٹ نہیں۔ انگلی شیشے پر سیدھی رکھیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Place the finger flat on the scanner and press Capture.</source>
        <translation>انگلی اسکینر پر سیدھی رکھیں اور اسکین دبائیں۔</translation>
    </message>
    <message>
        <source>Good print. Continue with the next finger.</source>
        <translation>اچھا پرنٹ۔ اگلی انگلی پر جائیں۔</translation>
    </message>
    <message>
        <source>Still poor after several tries: keep the best print, or mark the finger not available with a reason.</source>
        <translation>کئی کوششوں کے بعد بھی کمزور: بہترین پرنٹ رکھیں، یا وجہ کے ساتھ انگلی کو دستیاب نہیں قرار دیں۔</translation>
    </message>
    <message>
        <source>Acceptable. A retry may give a better print: roll less, press evenly.</source>
        <translation>قابل قبول۔ دوبارہ کوشش بہتر پرنٹ دے سکتی ہے: کم گھمائیں، یکساں دبائیں۔</translation>
    </message>
    <message>
        <source>Few ridge details found: press the whole fingertip flat (not just the tip), then retry.</source>
        <translation>لکیروں کی بہت کم تفصیل ملی: انگلی کا پورا سرا ہموار دبائیں (صرف نوک نہیں)، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Few ridge details even after several tries: keep the best print and capture more fingers, or mark it not available.</source>
        <translation>کئی کوششوں کے بعد بھی تفصیل کم: بہترین پرنٹ رکھیں اور مزید انگلیاں لیں، یا اسے دستیاب نہیں قرار دیں۔</translation>
    </message>
    <message>
        <source>Poor print: wipe the finger and the glass, place the finger flat and centred, press gently, then retry.</source>
        <translation>کمزور پرنٹ: انگلی اور شیشہ صاف کریں، انگلی درمیان میں سیدھی رکھیں، آہستہ دبائیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>دستیاب نہیں</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>demo scanner (synthetic person %1)</source>
        <translation>ڈیمو اسکینر (مصنوعی فرد %1)</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>اسکینر: %1</translation>
    </message>
    <message>
        <source>Ne&amp;xt finger: %1 (Space)</source>
        <translation>اگلی انگلی: %1 (Space) (&amp;X)</translation>
    </message>
    <message>
        <source>%1 minutiae</source>
        <translation>%1 منوشیا</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>دستیاب نہیں: %1</translation>
    </message>
</context>
<context>
    <name>CardOutcomeView</name>
    <message>
        <source>The card&apos;s data is damaged or not a social protection credential.</source>
        <translation>کارڈ کا ڈیٹا خراب ہے یا یہ سماجی تحفظ کی سند نہیں۔</translation>
    </message>
    <message>
        <source>The card was not issued by a recognised office.</source>
        <translation>کارڈ کسی تسلیم شدہ دفتر نے جاری نہیں کیا۔</translation>
    </message>
    <message>
        <source>The issuing office&apos;s certificate has expired.</source>
        <translation>جاری کرنے والے دفتر کے سرٹیفکیٹ کی میعاد ختم ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>The issuer&apos;s signature does not match: the data was changed.</source>
        <translation>جاری کنندہ کے دستخط مماثل نہیں: ڈیٹا بدلا گیا ہے۔</translation>
    </message>
    <message>
        <source>The card has been revoked.</source>
        <translation>کارڈ منسوخ ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>The card was signed after its issuing station was revoked (stolen or withdrawn).</source>
        <translation>یہ کارڈ جاری کرنے والے اسٹیشن کی منسوخی کے بعد دستخط کیا گیا (چوری شدہ یا واپس لیا گیا)۔</translation>
    </message>
    <message>
        <source>The card is not valid yet.</source>
        <translation>کارڈ ابھی درست نہیں۔</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>کارڈ کی میعاد ختم ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>The fingerprints on the card were altered.</source>
        <translation>کارڈ پر فنگر پرنٹس بدلے گئے ہیں۔</translation>
    </message>
    <message>
        <source>The card could not prove it is the original (possible copy).</source>
        <translation>کارڈ اصل ہونے کا ثبوت نہیں دے سکا (ممکنہ نقل)۔</translation>
    </message>
    <message>
        <source>The revocation list could not be checked.</source>
        <translation>منسوخی فہرست جانچی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>The card is dated before its issuing station was revoked, but that station never delivered it to the central registry: it cannot be told from a card made with the station&apos;s stolen key. The holder gets a new card at the office.</source>
        <translation>یہ کارڈ جاری کرنے والے اسٹیشن کی منسوخی سے پہلے کی تاریخ کا ہے، لیکن اس اسٹیشن نے اسے کبھی مرکزی رجسٹری کو نہیں بھیجا: اسے اسٹیشن کی چوری شدہ کلید سے بنے کارڈ سے الگ نہیں پہچانا جا سکتا۔ کارڈ رکھنے والے کو دفتر سے نیا کارڈ ملے گا۔</translation>
    </message>
    <message>
        <source>the revocation list is out of date</source>
        <translation>منسوخی فہرست پرانی ہو چکی ہے</translation>
    </message>
    <message>
        <source>no card was challenged (printed or copied credential)</source>
        <translation>کارڈ کو خود نہیں پرکھا گیا (چھپی ہوئی یا نقل شدہ سند)</translation>
    </message>
    <message>
        <source>the card&apos;s fingerprints are sealed and this desk holds no template key: the finger check is not available here</source>
        <translation>کارڈ پر انگلیوں کے نشانات مہر بند ہیں اور اس ڈیسک کے پاس ٹیمپلیٹ کلید نہیں ہے: یہاں انگلی کی جانچ ممکن نہیں</translation>
    </message>
    <message>
        <source>the card&apos;s fingerprints are sealed for another programme&apos;s template key: the finger check is not available here</source>
        <translation>کارڈ پر انگلیوں کے نشانات کسی دوسرے پروگرام کی ٹیمپلیٹ کلید کے لیے مہر بند ہیں: یہاں انگلی کی جانچ ممکن نہیں</translation>
    </message>
    <message>
        <source>the card&apos;s sealed fingerprints do not open: the finger check is not available here</source>
        <translation>کارڈ پر مہر بند انگلیوں کے نشانات نہیں کھلتے: یہاں انگلی کی جانچ ممکن نہیں</translation>
    </message>
    <message>
        <source>signed before its issuing station was revoked: still valid</source>
        <translation>جاری کرنے والے اسٹیشن کی منسوخی سے پہلے دستخط کیا گیا: اب بھی درست</translation>
    </message>
    <message>
        <source>ID %1 · %2 · born %3 · lives in %6
Card %4, expired on %5</source>
        <translation>شناخت %1 · %2 · پیدائش %3 · رہائش %6
کارڈ %4، میعاد %5 کو ختم ہو گئی</translation>
    </message>
    <message>
        <source>ID %1 · %2 · born %3 · lives in %6
Card %4</source>
        <translation>شناخت %1 · %2 · پیدائش %3 · رہائش %6
کارڈ %4</translation>
    </message>
    <message>
        <source>NOT VALID — %1</source>
        <translation>غیر درست — %1</translation>
    </message>
    <message>
        <source>This card is in the name of %1 %2.</source>
        <translation>یہ کارڈ %1 %2 کے نام پر ہے۔</translation>
    </message>
    <message>
        <source>VALID CARD — %1 %2</source>
        <translation>درست کارڈ — %1 %2</translation>
    </message>
    <message>
        <source>male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>ID %1 · %2 · born %3 · lives in %6
Card %4, valid until %5</source>
        <translation>شناخت %1 · %2 · پیدائش %3 · رہائش %6
کارڈ %4، %5 تک درست</translation>
    </message>
    <message>
        <source>%1: covered today, until %2</source>
        <translation>%1: آج شامل، %2 تک</translation>
    </message>
    <message>
        <source>%1: not yet, from %2</source>
        <translation>%1: ابھی نہیں، %2 سے</translation>
    </message>
    <message>
        <source>%1: ended on %2</source>
        <translation>%1: %2 کو ختم</translation>
    </message>
    <message>
        <source>No programme on this card</source>
        <translation>اس کارڈ پر کوئی پروگرام نہیں</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>نوٹ: %1</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Place a blank card in the reader, then press Issue.</source>
        <translation>خالی کارڈ ریڈر میں رکھیں، پھر جاری کریں دبائیں۔</translation>
    </message>
    <message>
        <source>Find &amp;readers</source>
        <translation>ریڈر تلاش کریں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Issue the card</source>
        <translation>کارڈ جاری کریں (&amp;I)</translation>
    </message>
    <message>
        <source>Rea&amp;der:</source>
        <translation>ریڈر (&amp;D):</translation>
    </message>
    <message>
        <source>No card issued yet. The card can also be issued later.</source>
        <translation>ابھی کوئی کارڈ جاری نہیں ہوا۔ کارڈ بعد میں بھی جاری ہو سکتا ہے۔</translation>
    </message>
    <message>
        <source>Writing the card: do not remove it...</source>
        <translation>کارڈ لکھا جا رہا ہے: اسے نہ نکالیں...</translation>
    </message>
    <message>
        <source>No card reader found. Connect one and press Find readers.</source>
        <translation>کوئی کارڈ ریڈر نہیں ملا۔ ایک لگائیں اور ریڈر تلاش کریں دبائیں۔</translation>
    </message>
    <message>
        <source>Reading the person&apos;s record</source>
        <translation>فرد کا ریکارڈ پڑھا جا رہا ہے</translation>
    </message>
    <message>
        <source>Writing the card</source>
        <translation>کارڈ لکھا جا رہا ہے</translation>
    </message>
    <message>
        <source>Reading the card back</source>
        <translation>کارڈ دوبارہ پڑھا جا رہا ہے</translation>
    </message>
    <message>
        <source>Verifying the card</source>
        <translation>کارڈ کی تصدیق جاری ہے</translation>
    </message>
    <message>
        <source>Recording the card</source>
        <translation>کارڈ درج کیا جا رہا ہے</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>Card %1 issued and recorded.</source>
        <translation>کارڈ %1 جاری اور درج ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>CardReader</name>
    <message>
        <source>The card could not be read: place it on the reader and try again.</source>
        <translation>کارڈ پڑھا نہیں جا سکا: اسے ریڈر پر رکھیں اور دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>CardReviewPanel</name>
    <message>
        <source>Cards in use that no longer say what the registry says: a hospital reads the card alone. Call the holder in and issue a new card (Clerk, Find: Issue a card to the selected person); each card stays here until a new one replaces it.</source>
        <translation>زیرِ استعمال کارڈ جو اب وہ نہیں بتاتے جو رجسٹری میں درج ہے: ہسپتال صرف کارڈ پڑھتا ہے۔ کارڈ والے کو بلائیں اور نیا کارڈ جاری کریں (کلرک، تلاش: منتخب فرد کو کارڈ جاری کریں)؛ ہر کارڈ یہاں رہتا ہے جب تک نیا کارڈ اس کی جگہ نہ لے۔</translation>
    </message>
    <message>
        <source>Cards to replace</source>
        <translation>بدلنے کے لیے کارڈ</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>کارڈ والا</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>گاؤں</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>کیا غلط ہے</translation>
    </message>
    <message>
        <source>Cards to replace (%1)</source>
        <translation>بدلنے کے لیے کارڈ (%1)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>village</source>
        <translation>گاؤں</translation>
    </message>
    <message>
        <source>Shows old details (%1).</source>
        <translation>پرانی تفصیلات دکھاتا ہے (%1)۔</translation>
    </message>
    <message>
        <source>Still claims %1, which no longer covers the holder.</source>
        <translation>اب بھی %1 دکھاتا ہے، جو اب کارڈ والے کا احاطہ نہیں کرتا۔</translation>
    </message>
    <message>
        <source>Does not show %1.</source>
        <translation>%1 نہیں دکھاتا۔</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>%1 کو میعاد ختم ہو گئی۔</translation>
    </message>
    <message>
        <source>Its record cannot be read.</source>
        <translation>اس کا ریکارڈ پڑھا نہیں جا سکتا۔</translation>
    </message>
</context>
<context>
    <name>CasePlanPanel</name>
    <message>
        <source>S&amp;how the case</source>
        <translation>کیس دکھائیں (&amp;H)</translation>
    </message>
    <message>
        <source>card serial or person id</source>
        <translation>کارڈ سیریل یا شخص کا آئی ڈی</translation>
    </message>
    <message>
        <source>&amp;Person id or card:</source>
        <translation>شخص کا آئی ڈی یا کارڈ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Read the card</source>
        <translation>کارڈ پڑھیں (&amp;R)</translation>
    </message>
    <message>
        <source>choose a member</source>
        <translation>کوئی فرد چنیں</translation>
    </message>
    <message>
        <source>Househo&amp;ld member:</source>
        <translation>گھرانے کا فرد (&amp;L):</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>کیس کھولیں</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>کیس کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>Case &amp;manager</source>
        <translation>کیس مینیجر (&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;ituation</source>
        <translation>صورتحال (&amp;I)</translation>
    </message>
    <message>
        <source>Personal plan</source>
        <translation>ذاتی منصوبہ</translation>
    </message>
    <message>
        <source>&amp;Close the case</source>
        <translation>کیس بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Update the selected i&amp;tem</source>
        <translation>منتخب آئٹم اپ ڈیٹ کریں (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>حیثیت (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>منصوبے میں شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>قسم (&amp;K)</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>خدمت (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>کیا (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>مقررہ تاریخ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>فالو اپ کی تاریخ (&amp;F)</translation>
    </message>
    <message>
        <source>Close this case? Its plan is kept, but nothing can be added to it or changed any more.</source>
        <translation>یہ کیس بند کریں؟ اس کا منصوبہ محفوظ رہے گا، لیکن اس میں مزید کچھ شامل یا تبدیل نہیں کیا جا سکے گا۔</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>کیس بند ہو گیا۔</translation>
    </message>
    <message>
        <source>Enter the person id or the card serial first.</source>
        <translation>پہلے شخص کا آئی ڈی یا کارڈ سیریل درج کریں۔</translation>
    </message>
    <message>
        <source>Died on %1: no case can be opened.</source>
        <translation>%1 کو وفات ہوئی: کوئی کیس نہیں کھولا جا سکتا۔</translation>
    </message>
    <message>
        <source>No case yet: open one.</source>
        <translation>ابھی کوئی کیس نہیں: ایک کھولیں۔</translation>
    </message>
    <message>
        <source>This card is revoked; its holder&apos;s case is shown all the same.</source>
        <translation>یہ کارڈ منسوخ ہے؛ کارڈ والے کا کیس پھر بھی دکھایا جاتا ہے۔</translation>
    </message>
    <message>
        <source>This card was reported lost; its holder&apos;s case is shown all the same.</source>
        <translation>یہ کارڈ گم شدہ بتایا گیا تھا؛ کارڈ والے کا کیس پھر بھی دکھایا جاتا ہے۔</translation>
    </message>
    <message>
        <source>This card was replaced by a newer one; its holder&apos;s case is shown all the same.</source>
        <translation>اس کارڈ کی جگہ نیا کارڈ دیا جا چکا ہے؛ کارڈ والے کا کیس پھر بھی دکھایا جاتا ہے۔</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1، پیدائش %2</translation>
    </message>
    <message>
        <source>, died on %1</source>
        <translation>، وفات %1</translation>
    </message>
    <message>
        <source>Case {0} ({1}), case manager {2}: {3}</source>
        <translation>کیس {0} ({1})، کیس مینیجر {2}: {3}</translation>
    </message>
    <message>
        <source>Case opened.</source>
        <translation>کیس کھول دیا گیا۔</translation>
    </message>
    <message>
        <source>Added to the plan.</source>
        <translation>منصوبے میں شامل کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Select a plan item first.</source>
        <translation>پہلے منصوبے کا کوئی آئٹم منتخب کریں۔</translation>
    </message>
    <message>
        <source>Plan item updated.</source>
        <translation>منصوبے کا آئٹم اپ ڈیٹ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>CasePrintsDialog</name>
    <message>
        <source>Compare the prints</source>
        <translation>انگلیوں کے نشانات کا موازنہ</translation>
    </message>
    <message>
        <source>&amp;Registered person:</source>
        <translation>رجسٹرڈ فرد (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Finger:</source>
        <translation>انگلی (&amp;F):</translation>
    </message>
    <message>
        <source>The clerk&apos;s note: %1</source>
        <translation>کلرک کا نوٹ: %1</translation>
    </message>
    <message>
        <source>The applicant gave no print of this finger</source>
        <translation>درخواست گزار نے اس انگلی کا نشان نہیں دیا</translation>
    </message>
    <message>
        <source>No registered print of this finger</source>
        <translation>اس انگلی کا کوئی رجسٹرڈ نشان نہیں</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>درخواست گزار</translation>
    </message>
    <message>
        <source>Registered person</source>
        <translation>رجسٹرڈ فرد</translation>
    </message>
    <message>
        <source>Same &amp;person as this registered person</source>
        <translation>اس رجسٹرڈ فرد جیسا ہی شخص (&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n minutiae paired (linked in green)</source>
        <translation>
            <numerusform>%n منیوشیا جوڑا گیا (سبز لکیر سے جڑا)</numerusform>
            <numerusform>%n منیوشیا جوڑے گئے (سبز لکیر سے جڑے)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>case manager (empty: everyone)</source>
        <translation>کیس مینیجر (خالی: سب)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تازہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Case &amp;manager:</source>
        <translation>کیس مینیجر (&amp;M):</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>تاخیر شدہ فالو اپ</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>تاخیر کے دن</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>کیس مینیجر</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>In &amp;progress, follow up on</source>
        <translation>جاری ہے، فالو اپ کی تاریخ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>مکمل (&amp;D)</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>دن (&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>نوٹ (&amp;N):</translation>
    </message>
    <message>
        <source>user name of the new case manager</source>
        <translation>نئے کیس مینیجر کا یوزر نیم</translation>
    </message>
    <message>
        <source>&amp;Hand the case to</source>
        <translation>کیس حوالے کریں (&amp;H)</translation>
    </message>
    <message>
        <source>New case mana&amp;ger:</source>
        <translation>نیا کیس مینیجر (&amp;G):</translation>
    </message>
    <message>
        <source>Overdue follow-ups ({0})</source>
        <translation>تاخیر شدہ فالو اپ ({0})</translation>
    </message>
    <message>
        <source>Select a follow-up in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی فالو اپ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Follow-up recorded.</source>
        <translation>فالو اپ درج ہو گیا۔</translation>
    </message>
    <message>
        <source>Enter the user name of the new case manager.</source>
        <translation>نئے کیس مینیجر کا یوزر نیم درج کریں۔</translation>
    </message>
    <message>
        <source>Case handed to {0}.</source>
        <translation>کیس {0} کے حوالے کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>ClerkPage</name>
    <message>
        <source>1. Find</source>
        <extracomment>The household of the person just enrolled (the Household programmes tab opens on it). A registered person the clerk issues a card to from the search (no enrolment).</extracomment>
        <translation>۱۔ تلاش</translation>
    </message>
    <message>
        <source>2. Person</source>
        <translation>۲۔ فرد</translation>
    </message>
    <message>
        <source>3. Fingerprints</source>
        <translation>۳۔ فنگر پرنٹس</translation>
    </message>
    <message>
        <source>4. Duplicate check</source>
        <translation>۴۔ دہرے اندراج کی جانچ</translation>
    </message>
    <message>
        <source>5. Programmes</source>
        <translation>۵۔ پروگرام</translation>
    </message>
    <message>
        <source>6. Card</source>
        <translation>۶۔ کارڈ</translation>
    </message>
    <message>
        <source>7. Receipt</source>
        <translation>۷۔ رسید</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; واپس (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>اگلا &gt; (&amp;N)</translation>
    </message>
    <message>
        <source>Start a ne&amp;w enrolment</source>
        <translation>نیا اندراج شروع کریں (&amp;W)</translation>
    </message>
    <message>
        <source>This person was not registered: a possible duplicate waits for adjudication.</source>
        <translation>یہ فرد رجسٹر نہیں ہوا: ممکنہ دہرا اندراج فیصلے کا منتظر ہے۔</translation>
    </message>
    <message>
        <source>Confirm the programmes first (untick all to register none).</source>
        <translation>پہلے پروگراموں کی تصدیق کریں (کوئی نہیں کے لیے سب کے نشان ہٹا دیں)۔</translation>
    </message>
    <message>
        <source>Wait until the card is written: do not remove it.</source>
        <translation>کارڈ لکھے جانے تک انتظار کریں: اسے نہ نکالیں۔</translation>
    </message>
    <message>
        <source>Start a new enrolment? What was typed and the fingerprints captured for this person will be lost.</source>
        <translation>نیا اندراج شروع کریں؟ اس فرد کے لیے جو لکھا گیا اور جو فنگر پرنٹ لیے گئے وہ ضائع ہو جائیں گے۔</translation>
    </message>
    <message>
        <source>Wait until the duplicate check finishes: it may be registering the person.</source>
        <translation>دہرے اندراج کی جانچ مکمل ہونے تک انتظار کریں: ہو سکتا ہے یہ اس شخص کا اندراج کر رہی ہو۔</translation>
    </message>
    <message>
        <source>Reading the household&apos;s address...</source>
        <translation>گھرانے کا پتہ پڑھا جا رہا ہے...</translation>
    </message>
    <message>
        <source>The registry is not available on this station.</source>
        <translation>اس اسٹیشن پر رجسٹری دستیاب نہیں۔</translation>
    </message>
    <message>
        <source>This person belongs to no household: programmes are proposed per household.</source>
        <translation>یہ فرد کسی گھرانے کا حصہ نہیں: پروگرام گھرانے کے لحاظ سے تجویز ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>Place a blank card in the reader, then press Issue.</source>
        <translation>خالی کارڈ ریڈر میں رکھیں، پھر جاری کریں دبائیں۔</translation>
    </message>
    <message>
        <source>A card for %1. The card %2 they hold now will be replaced: hospitals refuse it from then on.</source>
        <translation>%1 کے لیے کارڈ۔ ان کے پاس موجود کارڈ %2 بدل دیا جائے گا: اس کے بعد ہسپتال اسے رد کریں گے۔</translation>
    </message>
    <message>
        <source>A card for %1.</source>
        <translation>%1 کے لیے کارڈ۔</translation>
    </message>
    <message>
        <source>The check did not finish and nothing was registered: press Next to check again.</source>
        <translation>جانچ مکمل نہیں ہوئی اور کچھ درج نہیں ہوا: دوبارہ جانچنے کے لیے اگلا دبائیں۔</translation>
    </message>
    <message>
        <source>Reading the record...</source>
        <translation>ریکارڈ پڑھا جا رہا ہے...</translation>
    </message>
    <message>
        <source>The record could not be read, so there is nothing to print or save yet: read it again in a moment.</source>
        <translation>ریکارڈ پڑھا نہیں جا سکا، اس لیے ابھی پرنٹ یا محفوظ کرنے کو کچھ نہیں: تھوڑی دیر میں اسے دوبارہ پڑھیں۔</translation>
    </message>
    <message>
        <source>%1 (%2) is registered.
Person ID: %3
Lives in: %4
Programmes: %5
Card: %6</source>
        <translation>%1 (%2) رجسٹر ہو گیا ہے۔
شناختی نمبر: %3
رہائش: %4
پروگرام: %5
کارڈ: %6</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>ابھی جاری نہیں ہوا</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>پرنٹر شروع نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>%1 کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>پرنٹر</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>رسید پرنٹ کریں</translation>
    </message>
    <message>
        <source>The receipt could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>رسید %1 میں محفوظ نہیں ہو سکی: دیکھیں کہ اس فولڈر میں لکھا جا سکتا ہے (یو ایس بی لگی ہو، جگہ باقی ہو)، پھر دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>محفوظ ہوا: %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Privacy and consent</source>
        <extracomment>The clerk asked for the person&apos;s record on paper. A supervisor asked to erase the person&apos;s fingerprints (consent to them withdrawn). The clerk asked to add fingerprints (consent to them given again, or fingers missing). The clerk asked to replace prints on file by new captures (poor prints).</extracomment>
        <translation>رازداری اور رضامندی</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1، پیدائش %2</translation>
    </message>
    <message>
        <source>On file:</source>
        <translation>ریکارڈ میں:</translation>
    </message>
    <message>
        <source>&amp;Erase their fingerprints...</source>
        <translation>ان کے فنگر پرنٹس مٹائیں... (&amp;E)</translation>
    </message>
    <message>
        <source>The person withdraws their consent to fingerprints: they are erased here and at the central registry; the registration stays.</source>
        <translation>فرد فنگر پرنٹس کے لیے اپنی رضامندی واپس لیتا ہے: وہ یہاں اور مرکزی رجسٹری میں مٹا دیے جاتے ہیں؛ رجسٹریشن برقرار رہتی ہے۔</translation>
    </message>
    <message>
        <source>A&amp;dd fingerprints...</source>
        <translation>فنگر پرنٹس شامل کریں... (&amp;D)</translation>
    </message>
    <message>
        <source>Capture the fingers with no print on file (after the person agrees again): checked against everyone registered before they are added.</source>
        <translation>وہ انگلیاں اسکین کریں جن کا کوئی پرنٹ ریکارڈ میں نہیں (شخص کی دوبارہ رضامندی کے بعد): شامل کرنے سے پہلے تمام رجسٹرڈ افراد سے موازنہ۔</translation>
    </message>
    <message>
        <source>Re&amp;place fingerprints...</source>
        <translation>فنگر پرنٹس تبدیل کریں... (&amp;P)</translation>
    </message>
    <message>
        <source>Capture again fingers whose print on file is poor (the hospital&apos;s finger check fails): a capture matching a print on file shows it is them; checked against everyone registered before they replace the old prints.</source>
        <translation>جن انگلیوں کا فائل میں پرنٹ ناقص ہے انہیں دوبارہ اسکین کریں (ہسپتال میں انگلی کی جانچ ناکام ہوتی ہے): فائل کے پرنٹ سے ملنے والا اسکین ظاہر کرتا ہے کہ یہ وہی ہیں؛ پرانے پرنٹس کی جگہ لینے سے پہلے ہر رجسٹرڈ شخص سے جانچے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Fingerprints:</source>
        <translation>فنگر پرنٹس:</translation>
    </message>
    <message>
        <source>Privacy notice, version %1: read it to the person (or a child&apos;s parent or guardian).</source>
        <translation>رازداری کا نوٹس، ورژن %1: اسے اس شخص کو (یا بچے کے والدین یا سرپرست کو) پڑھ کر سنائیں۔</translation>
    </message>
    <message>
        <source>&amp;What the registry holds about them (PDF)</source>
        <translation>رجسٹری میں ان کے بارے میں کیا ہے (PDF) (&amp;W)</translation>
    </message>
    <message>
        <source>Their details, consent, programmes, cards, payments, visits, grievances and what the office did: a PDF to print and give them. Never their fingerprints. Recorded in the audit trail.</source>
        <translation>ان کی تفصیلات، رضامندی، پروگرام، کارڈ، ادائیگیاں، دورے، شکایات اور دفتر نے کیا کیا: چھاپ کر انہیں دینے کے لیے ایک PDF۔ ان کے فنگر پرنٹس کبھی نہیں۔ آڈٹ ٹریل میں درج ہوتا ہے۔</translation>
    </message>
    <message>
        <source>— read the notice, then choose —</source>
        <translation>— نوٹس پڑھیں، پھر منتخب کریں —</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>خود وہ شخص</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>والدین یا سرپرست</translation>
    </message>
    <message>
        <source>Agreed b&amp;y:</source>
        <translation>رضامندی دینے والا (&amp;Y):</translation>
    </message>
    <message>
        <source>the parent&apos;s or guardian&apos;s name</source>
        <translation>والدین یا سرپرست کا نام</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>سرپرست (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Record the consent</source>
        <translation>رضامندی درج کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Read the notice, then choose who agreed.</source>
        <translation>نوٹس پڑھیں، پھر منتخب کریں کہ رضامندی کس نے دی۔</translation>
    </message>
    <message>
        <source>This consent is already on file: nothing to record.</source>
        <translation>یہ رضامندی پہلے سے ریکارڈ میں ہے: درج کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>nothing: registered before consent was recorded</source>
        <translation>کچھ نہیں: رضامندی درج ہونے سے پہلے رجسٹر ہوا</translation>
    </message>
    <message>
        <source>%1 (parent or guardian) agreed after privacy notice %2</source>
        <translation>%1 (والدین یا سرپرست) نے رازداری کے نوٹس %2 کے بعد رضامندی دی</translation>
    </message>
    <message>
        <source>the person agreed after privacy notice %2</source>
        <translation>اس شخص نے رازداری کے نوٹس %2 کے بعد رضامندی دی</translation>
    </message>
    <message numerus="yes">
        <source>%n finger(s) on file</source>
        <translation>
            <numerusform>%n انگلیاں ریکارڈ میں</numerusform>
            <numerusform>%n انگلیاں ریکارڈ میں</numerusform>
        </translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>ریکارڈ میں کوئی نہیں</translation>
    </message>
    <message>
        <source>erased on %1 at their request</source>
        <translation>%1 کو ان کی درخواست پر مٹا دیے گئے</translation>
    </message>
    <message>
        <source>Ask: read them the notice and record who agrees.</source>
        <translation>پوچھیں: انہیں نوٹس پڑھ کر سنائیں اور درج کریں کہ رضامندی کون دیتا ہے۔</translation>
    </message>
    <message>
        <source>Ask again: the privacy notice has changed since (now version %1).</source>
        <translation>دوبارہ پوچھیں: رازداری کا نوٹس اس کے بعد بدل گیا ہے (اب ورژن %1)۔</translation>
    </message>
    <message>
        <source>Ask again: a parent or guardian agreed for them as a child; they are %1 or over now and agree themselves.</source>
        <translation>دوبارہ پوچھیں: بچپن میں ان کی طرف سے والدین یا سرپرست نے رضامندی دی تھی؛ اب ان کی عمر %1 سال یا زیادہ ہے اور وہ خود رضامندی دیتے ہیں۔</translation>
    </message>
    <message>
        <source>The consent on file stands: nothing to ask unless they wish to change who agreed.</source>
        <translation>ریکارڈ میں موجود رضامندی برقرار ہے: پوچھنے کی ضرورت نہیں، سوائے اس کے کہ وہ رضامندی دینے والا بدلنا چاہیں۔</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a person&apos;s details</source>
        <translation>فرد کی تفصیلات درست کریں</translation>
    </message>
    <message>
        <source>Correct the details of %1. The central registry is told; a card that shows a changed detail should be replaced.</source>
        <translation>%1 کی تفصیلات درست کریں۔ مرکزی رجسٹری کو اطلاع دی جاتی ہے؛ جس کارڈ پر بدلی ہوئی تفصیل درج ہو اسے بدلنا چاہیے۔</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1، پیدائش %2</translation>
    </message>
    <message>
        <source>&amp;Estimated</source>
        <translation>تخمینی (&amp;E)</translation>
    </message>
    <message>
        <source>The &amp;whole household moves to this address</source>
        <translation>پورا گھرانہ اس پتے پر منتقل ہوتا ہے (&amp;W)</translation>
    </message>
    <message>
        <source>Relation to &amp;head</source>
        <translation>سربراہ سے رشتہ (&amp;H)</translation>
    </message>
    <message>
        <source>Names, sex, date of birth and ID numbers are corrected by a supervisor.</source>
        <translation>نام، جنس، تاریخ پیدائش اور شناختی نمبر سپروائزر درست کرتا ہے۔</translation>
    </message>
    <message>
        <source>e.g. birth certificate 42/1991; moved to Kang Ta Noeng</source>
        <translation>مثلاً پیدائشی سرٹیفکیٹ 42/1991؛ Kang Ta Noeng منتقل ہو گئے</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>وجہ (&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>محفوظ کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Nothing was changed: correct a detail first.</source>
        <translation>کچھ نہیں بدلا گیا: پہلے کوئی تفصیل درست کریں۔</translation>
    </message>
    <message>
        <source>Change the address first: the whole household moves to the new one.</source>
        <translation>پہلے پتہ بدلیں: پورا گھرانہ نئے پتے پر منتقل ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Give the reason for the correction (the document that shows the right details).</source>
        <translation>درستی کی وجہ بتائیں (وہ دستاویز جس میں صحیح تفصیلات ہیں)۔</translation>
    </message>
    <message>
        <source>name (local script)</source>
        <translation>نام (مقامی رسم الخط)</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>لاطینی نام</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>date of birth estimated or not</source>
        <translation>تاریخ پیدائش تخمینی ہے یا نہیں</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>شناختی نمبر</translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation>سربراہ سے رشتہ</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <source>Record a death</source>
        <translation>وفات درج کریں</translation>
    </message>
    <message>
        <source>Recording the death of %1 ends their programmes on that date and revokes their card. The person stays in the registry, and the central registry is told.</source>
        <translation>%1 کی وفات درج کرنے سے اس تاریخ پر ان کے پروگرام ختم ہو جاتے ہیں اور ان کا کارڈ منسوخ ہو جاتا ہے۔ فرد رجسٹری میں رہتا ہے، اور مرکزی رجسٹری کو اطلاع دی جاتی ہے۔</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1، پیدائش %2</translation>
    </message>
    <message>
        <source>&amp;Date of death</source>
        <translation>تاریخ وفات (&amp;D)</translation>
    </message>
    <message>
        <source>e.g. death certificate 123/2026, Batheay commune</source>
        <translation>مثلاً وفات سرٹیفکیٹ 123/2026، باتھائے کمیون</translation>
    </message>
    <message>
        <source>&amp;Known from</source>
        <translation>ذریعۂ معلومات (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Record the death</source>
        <translation>وفات درج کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Say where the death is known from (the death certificate, the commune&apos;s register...).</source>
        <translation>بتائیں کہ وفات کا علم کہاں سے ہوا (وفات سرٹیفکیٹ، کمیون کا رجسٹر...)۔</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>note for the supervisor (optional)</source>
        <translation>سپروائزر کے لیے نوٹ (اختیاری)</translation>
    </message>
    <message>
        <source>&amp;Different people: register</source>
        <translation>مختلف افراد: رجسٹر کریں (&amp;D)</translation>
    </message>
</context>
<context>
    <name>DuplicatePage</name>
    <message>
        <source>The duplicate check runs when the fingerprints are complete.</source>
        <translation>فنگر پرنٹس مکمل ہونے پر دہرے اندراج کی جانچ ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Name (local)</source>
        <translation>نام (مقامی)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>نام (لاطینی)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>پیدائش</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>گاؤں</translation>
    </message>
    <message>
        <source>Fingers that match</source>
        <translation>مماثل انگلیاں</translation>
    </message>
    <message>
        <source>Chance it is someone else</source>
        <translation>کسی اور شخص ہونے کا امکان</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>متوفی</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>درخواست گزار</translation>
    </message>
    <message>
        <source>Registered person</source>
        <translation>رجسٹرڈ فرد</translation>
    </message>
    <message>
        <source>Registered prints are kept as templates only</source>
        <translation>رجسٹرڈ پرنٹس صرف ٹیمپلیٹ کے طور پر محفوظ ہیں</translation>
    </message>
    <message>
        <source>Same &amp;person (already registered)</source>
        <translation>وہی فرد (پہلے سے رجسٹرڈ) (&amp;P)</translation>
    </message>
    <message>
        <source>Checking the fingerprints against the registry...</source>
        <translation>فنگر پرنٹس رجسٹری سے ملائے جا رہے ہیں...</translation>
    </message>
    <message>
        <source>No duplicate found. %1 (%2) is registered.</source>
        <translation>کوئی دہرا اندراج نہیں ملا۔ %1 (%2) رجسٹر ہو گیا ہے۔</translation>
    </message>
    <message>
        <source>No duplicate found. Registered as person %1.</source>
        <translation>کوئی دہرا اندراج نہیں ملا۔ فرد %1 کے طور پر رجسٹر ہوا۔</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicate: %n registered person(s) match these fingerprints. Nothing was registered. Compare the prints; the case waits for a supervisor in the adjudication queue.</source>
        <translation>
            <numerusform>ممکنہ دہرا اندراج: %n رجسٹرڈ فرد ان فنگر پرنٹس سے مماثل ہے۔ کچھ رجسٹر نہیں ہوا۔ پرنٹس کا موازنہ کریں؛ معاملہ فیصلہ طلب قطار میں سپروائزر کا منتظر ہے۔</numerusform>
            <numerusform>ممکنہ دہرا اندراج: %n رجسٹرڈ افراد ان فنگر پرنٹس سے مماثل ہیں۔ کچھ رجسٹر نہیں ہوا۔ پرنٹس کا موازنہ کریں؛ معاملہ فیصلہ طلب قطار میں سپروائزر کا منتظر ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>A matching person is recorded as deceased: someone may be using a dead person&apos;s identity.</source>
        <translation>ملتا جلتا ایک فرد متوفی درج ہے: ممکن ہے کوئی کسی فوت شدہ فرد کی شناخت استعمال کر رہا ہو۔</translation>
    </message>
    <message>
        <source>recorded as deceased on %1</source>
        <translation>%1 کو متوفی درج</translation>
    </message>
    <message>
        <source>1 in %1</source>
        <translation>%1 میں 1</translation>
    </message>
    <message>
        <source>Recorded: same person as an already registered one.</source>
        <translation>درج ہوا: پہلے سے رجسٹرڈ فرد ہی ہے۔</translation>
    </message>
    <message>
        <source>Recorded: different people.</source>
        <translation>درج ہوا: مختلف افراد۔</translation>
    </message>
    <message>
        <source>A supervisor must approve the decision (Supervisor mode, adjudication queue).</source>
        <translation>سپروائزر کو یہ فیصلہ منظور کرنا ہوگا (سپروائزر موڈ، فیصلہ طلب قطار)۔</translation>
    </message>
    <message>
        <source>Applicant — %1</source>
        <translation>درخواست گزار — %1</translation>
    </message>
    <message>
        <source>Registered: %1 (%2) — minutiae of the same finger</source>
        <translation>رجسٹرڈ: %1 (%2) — اسی انگلی کے منوشیا</translation>
    </message>
    <message numerus="yes">
        <source>%n minutiae paired (linked in green)</source>
        <translation>
            <numerusform>%n منیوشیا جوڑا گیا (سبز لکیر سے جڑا)</numerusform>
            <numerusform>%n منیوشیا جوڑے گئے (سبز لکیر سے جڑے)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase the fingerprints</source>
        <translation>فنگر پرنٹس مٹائیں</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1، پیدائش %2</translation>
    </message>
    <message numerus="yes">
        <source>The person withdraws their consent to fingerprints. Their %n finger(s) are erased here, and the central registry erases its copies. They stay registered in their programmes.</source>
        <translation>
            <numerusform>فرد فنگر پرنٹس کے لیے اپنی رضامندی واپس لیتا ہے۔ ان کی %n انگلیاں یہاں مٹا دی جاتی ہیں، اور مرکزی رجسٹری اپنی نقلیں مٹا دیتی ہے۔ وہ اپنے پروگراموں میں رجسٹرڈ رہتے ہیں۔</numerusform>
            <numerusform>فرد فنگر پرنٹس کے لیے اپنی رضامندی واپس لیتا ہے۔ ان کی %n انگلیاں یہاں مٹا دی جاتی ہیں، اور مرکزی رجسٹری اپنی نقلیں مٹا دیتی ہے۔ وہ اپنے پروگراموں میں رجسٹرڈ رہتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell them first: the registry can no longer find them by their fingers, and a hospital cannot check their finger against the card. A card they hold keeps the prints it was written with until a new card replaces it.</source>
        <translation>پہلے انہیں بتائیں: رجسٹری انہیں ان کی انگلیوں سے دوبارہ نہیں ڈھونڈ سکتی، اور ہسپتال کارڈ کے ساتھ ان کی انگلی کی جانچ نہیں کر سکتا۔ ان کے پاس موجود کارڈ میں وہ نشانات رہتے ہیں جن کے ساتھ وہ لکھا گیا تھا، جب تک نیا کارڈ اس کی جگہ نہ لے۔</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— منتخب کریں —</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>خود وہ شخص</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>والدین یا سرپرست</translation>
    </message>
    <message>
        <source>&amp;Asked by:</source>
        <translation>درخواست دہندہ (&amp;A):</translation>
    </message>
    <message>
        <source>the parent&apos;s or guardian&apos;s name</source>
        <translation>والدین یا سرپرست کا نام</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>سرپرست (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Erase the fingerprints</source>
        <translation>فنگر پرنٹس مٹائیں (&amp;E)</translation>
    </message>
    <message>
        <source>Choose who asks for the fingerprints to be erased.</source>
        <translation>منتخب کریں کہ فنگر پرنٹس مٹانے کی درخواست کون کر رہا ہے۔</translation>
    </message>
    <message>
        <source>Name the parent or guardian who asks.</source>
        <translation>درخواست کرنے والے والدین یا سرپرست کا نام لکھیں۔</translation>
    </message>
    <message>
        <source>The person is a child: a parent or guardian asks for them.</source>
        <translation>فرد بچہ ہے: والدین یا سرپرست ان کی طرف سے درخواست کرتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No card in the reader, or it was taken out: put the card in and try again.</source>
        <translation>ریڈر میں کوئی کارڈ نہیں، یا اسے نکال لیا گیا: کارڈ ڈالیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The card reader cannot be reached: check that it is plugged in, then try again.</source>
        <translation>کارڈ ریڈر تک رسائی نہیں ہو سکی: دیکھیں کہ وہ لگا ہوا ہے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked: this card can no longer be written.</source>
        <translation>کارڈ کا PIN بند ہو چکا ہے: اس کارڈ پر اب لکھا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>The card refused the PIN.</source>
        <translation>کارڈ نے PIN قبول نہیں کیا۔</translation>
    </message>
    <message>
        <source>The card was taken out while it was being written: issue it again.</source>
        <translation>کارڈ لکھے جانے کے دوران نکال لیا گیا: اسے دوبارہ جاری کریں۔</translation>
    </message>
    <message>
        <source>This card has never been issued.</source>
        <translation>یہ کارڈ کبھی جاری نہیں ہوا۔</translation>
    </message>
    <message>
        <source>This card holds no social protection ID (another kind of card?).</source>
        <translation>اس کارڈ میں سماجی تحفظ کی شناخت نہیں (شاید کسی اور قسم کا کارڈ ہے؟)۔</translation>
    </message>
    <message>
        <source>The card&apos;s answer was cut off or garbled: hold the card still on the reader and try again.</source>
        <translation>کارڈ کا جواب ادھورا یا خراب آیا: کارڈ کو ریڈر پر ساکن رکھیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The registry is busy with another task: nothing was written, try again in a moment.</source>
        <translation>رجسٹری کسی اور کام میں مصروف ہے: کچھ نہیں لکھا گیا، تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written. Free some space, then try again.</source>
        <translation>ڈسک بھر چکی ہے: کچھ نہیں لکھا گیا۔ کچھ جگہ خالی کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords: a supervisor can unlock it.</source>
        <translation>بہت زیادہ غلط پاس ورڈ کے بعد یہ اکاؤنٹ بند ہو گیا ہے: سپروائزر اسے کھول سکتا ہے۔</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>غلط صارف نام یا پاس ورڈ۔</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>آپ کا کردار یہ کام نہیں کر سکتا۔</translation>
    </message>
    <message>
        <source>No person has the id %1: check it and try again.</source>
        <translation>شناختی نمبر %1 والا کوئی فرد نہیں: اسے جانچ کر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>No household has the id %1: check it and try again.</source>
        <translation>آئی ڈی %1 والا کوئی گھرانہ نہیں: اسے جانچ کر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>No card with the number %1 was issued here.</source>
        <translation>نمبر %1 والا کوئی کارڈ یہاں جاری نہیں ہوا۔</translation>
    </message>
    <message>
        <source>No grievance has the reference or id %1: check the slip and try again.</source>
        <translation>حوالہ نمبر یا آئی ڈی %1 والی کوئی شکایت نہیں: رسید دیکھ کر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>No case has the id %1.</source>
        <translation>آئی ڈی %1 والا کوئی کیس نہیں۔</translation>
    </message>
    <message>
        <source>No plan item has the id %1.</source>
        <translation>آئی ڈی %1 والا منصوبے کا کوئی آئٹم نہیں۔</translation>
    </message>
    <message>
        <source>No programme membership has the id %1.</source>
        <translation>آئی ڈی %1 والی کسی پروگرام کی رکنیت نہیں۔</translation>
    </message>
    <message>
        <source>No operator has the user name %1.</source>
        <translation>صارف نام %1 والا کوئی آپریٹر نہیں۔</translation>
    </message>
    <message>
        <source>The time to appeal ended on %1.</source>
        <translation>اپیل کی مدت %1 کو ختم ہو گئی۔</translation>
    </message>
    <message>
        <source>This grievance cannot be appealed again.</source>
        <translation>اس شکایت پر دوبارہ اپیل نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>This grievance is %1: that step is not possible now.</source>
        <translation>یہ شکایت %1 ہے: یہ قدم اب ممکن نہیں۔</translation>
    </message>
    <message>
        <source>No payment or refund has the receipt number %1.</source>
        <translation>رسید نمبر %1 والی کوئی ادائیگی یا واپسی نہیں۔</translation>
    </message>
    <message>
        <source>No membership, receipt or card has the number %1: check it and try again.</source>
        <translation>نمبر %1 والی کوئی رکنیت، رسید یا کارڈ نہیں: اسے جانچیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>No person has the id or card %1: check it and try again.</source>
        <translation>شناختی نمبر یا کارڈ %1 والا کوئی فرد نہیں: اسے جانچ کر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>This case is %1: it can no longer be changed.</source>
        <translation>یہ کیس %1 ہے: اب اسے بدلا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>This plan item is %1: it can no longer be changed.</source>
        <translation>منصوبے کا یہ آئٹم %1 ہے: اب اسے بدلا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>This death was already recorded (died on %1, recorded by %2).</source>
        <translation>یہ وفات پہلے ہی درج ہے (وفات %1، درج کنندہ %2)۔</translation>
    </message>
    <message>
        <source>Answer this question first: %1</source>
        <translation>پہلے اس سوال کا جواب دیں: %1</translation>
    </message>
    <message>
        <source>This case was already approved: refresh the list.</source>
        <translation>اس کیس کی منظوری پہلے ہی ہو چکی ہے: فہرست تازہ کریں۔</translation>
    </message>
    <message>
        <source>This case was already approved (perhaps by another supervisor): refresh the list.</source>
        <translation>اس کیس کی منظوری پہلے ہی ہو چکی ہے (شاید کسی اور سپروائزر نے دی): فہرست تازہ کریں۔</translation>
    </message>
    <message>
        <source>This case waits for the clerk&apos;s decision (perhaps another supervisor sent it back): refresh the list.</source>
        <translation>یہ کیس کلرک کے فیصلے کا منتظر ہے (شاید کسی اور سپروائزر نے اسے واپس بھیج دیا): فہرست تازہ کریں۔</translation>
    </message>
    <message>
        <source>Person %1 died on %2: nothing new can be recorded for them.</source>
        <translation>فرد %1 کا %2 کو انتقال ہو گیا: ان کے لیے کچھ نیا درج نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>This membership ended on %1: only its arrears of %2 can be paid.</source>
        <translation>یہ رکنیت %1 کو ختم ہو گئی: صرف اس کے %2 کے بقایا جات ادا کیے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This membership ended on %1 and nothing is owed on it: no payment can be taken.</source>
        <translation>یہ رکنیت %1 کو ختم ہو گئی اور اس پر کچھ واجب الادا نہیں: کوئی ادائیگی نہیں لی جا سکتی۔</translation>
    </message>
    <message>
        <source>Nothing was refunded: %1 was confirmed, but %2 is paid towards this membership now (a payment at another desk). Refund again to give back %2.</source>
        <translation>کچھ واپس نہیں کیا گیا: %1 کی تصدیق ہوئی تھی، لیکن اب اس رکنیت کے لیے %2 ادا شدہ ہے (کسی دوسرے کاؤنٹر پر ادائیگی)۔ %2 واپس کرنے کے لیے دوبارہ رقم واپس کریں۔</translation>
    </message>
    <message>
        <source>Nothing was refunded: a credit of %1 was confirmed, but it is %2 now (a payment or a refund at another desk). Give it back again to give back %2.</source>
        <translation>کچھ واپس نہیں کیا گیا: %1 کی جمع رقم کی تصدیق ہوئی تھی، لیکن اب یہ %2 ہے (کسی دوسرے کاؤنٹر پر ادائیگی یا واپسی)۔ %2 واپس کرنے کے لیے دوبارہ واپس کریں۔</translation>
    </message>
    <message>
        <source>This membership runs until %1: its credit pays its next periods. Only an ended membership&apos;s credit is given back.</source>
        <translation>یہ رکنیت %1 تک جاری ہے: اس کی جمع رقم اگلی مدتوں کی ادائیگی کرتی ہے۔ صرف ختم شدہ رکنیت کی جمع رقم واپس کی جاتی ہے۔</translation>
    </message>
    <message>
        <source>This membership has not ended: its credit pays its next periods. Only an ended membership&apos;s credit is given back.</source>
        <translation>یہ رکنیت ختم نہیں ہوئی: اس کی جمع رقم اگلی مدتوں کی ادائیگی کرتی ہے۔ صرف ختم شدہ رکنیت کی جمع رقم واپس کی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Say why the resolution is appealed (in the note).</source>
        <translation>بتائیں کہ حل کے خلاف اپیل کیوں کی جا رہی ہے (نوٹ میں)۔</translation>
    </message>
    <message>
        <source>Say why the credit is given back, or who came for it.</source>
        <translation>بتائیں کہ جمع رقم کیوں واپس کی جا رہی ہے، یا اسے لینے کون آیا۔</translation>
    </message>
    <message>
        <source>Person %1 already holds %2 (since %3), perhaps recorded at another desk: propose again.</source>
        <translation>فرد %1 کے پاس %2 پہلے سے ہے (%3 سے)، شاید کسی اور کاؤنٹر پر درج ہوا: دوبارہ تجویز کریں۔</translation>
    </message>
    <message>
        <source>This card was already revoked on %1: nothing changed.</source>
        <translation>یہ کارڈ %1 کو پہلے ہی منسوخ ہو چکا ہے: کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>This card was already reported lost on %1: nothing changed.</source>
        <translation>اس کارڈ کی گمشدگی %1 کو پہلے ہی درج ہو چکی ہے: کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>“%1” is not an employment status the station knows: choose one from the list.</source>
        <translation>“%1” کوئی ایسی ملازمت کی حیثیت نہیں جو اسٹیشن جانتا ہو: فہرست میں سے ایک منتخب کریں۔</translation>
    </message>
    <message>
        <source>“%1” is not a kind of plan item: choose one from the list.</source>
        <translation>“%1” منصوبے کے آئٹم کی کوئی قسم نہیں: فہرست میں سے ایک منتخب کریں۔</translation>
    </message>
    <message>
        <source>“%1” is not a service a referral can go to: choose one from the list.</source>
        <translation>“%1” کوئی ایسی سروس نہیں جس کے پاس ریفرل بھیجا جا سکے: فہرست میں سے ایک منتخب کریں۔</translation>
    </message>
    <message>
        <source>“%1” is not a status of a plan item: choose one from the list.</source>
        <translation>“%1” منصوبے کے آئٹم کی کوئی حیثیت نہیں: فہرست میں سے ایک منتخب کریں۔</translation>
    </message>
    <message>
        <source>“%1” is not a reason a membership ends: choose one from the list.</source>
        <translation>“%1” رکنیت ختم ہونے کی کوئی وجہ نہیں: فہرست میں سے ایک منتخب کریں۔</translation>
    </message>
    <message>
        <source>Other desks took every receipt number tried at the same moment: nothing was recorded. Try again.</source>
        <translation>دوسرے ڈیسکوں نے اسی لمحے آزمائے گئے تمام رسید نمبر لے لیے: کچھ درج نہیں ہوا۔ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Other desks took every grievance reference tried at the same moment: nothing was recorded. Try again.</source>
        <translation>دوسرے ڈیسکوں نے اسی لمحے آزمائے گئے تمام شکایت حوالہ نمبر لے لیے: کچھ درج نہیں ہوا۔ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>%1: the scanner image shows no fingerprint. Place the finger flat on the glass and retry.</source>
        <translation>%1: اسکینر کی تصویر میں کوئی فنگر پرنٹ نہیں۔ انگلی شیشے پر سیدھی رکھیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Not approved: people enrolled since this case was opened match the applicant&apos;s fingers (%1). The case went back to the clerk to compare them.</source>
        <translation>منظور نہیں ہوا: اس کیس کے کھلنے کے بعد اندراج شدہ افراد درخواست دہندہ کی انگلیوں سے ملتے ہیں (%1)۔ کیس موازنے کے لیے کلرک کو واپس بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>Not added: these fingers match other registered people (%1). They may be one person registered twice, or the capture was someone else&apos;s: a supervisor compares the prints.</source>
        <translation>شامل نہیں کیے گئے: یہ انگلیاں دوسرے رجسٹرڈ افراد (%1) سے ملتی ہیں۔ ہو سکتا ہے ایک ہی شخص دو بار رجسٹر ہو، یا اسکین کسی اور کا تھا: سپروائزر پرنٹس کا موازنہ کرے۔</translation>
    </message>
    <message>
        <source>Not replaced: these fingers match other registered people (%1). They may be one person registered twice, or the capture was someone else&apos;s: a supervisor compares the prints.</source>
        <translation>تبدیل نہیں کیے گئے: یہ انگلیاں دوسرے رجسٹرڈ افراد (%1) سے ملتی ہیں۔ ہو سکتا ہے ایک ہی شخص دو بار رجسٹر ہو، یا اسکین کسی اور کا تھا: سپروائزر پرنٹس کا موازنہ کرے۔</translation>
    </message>
    <message>
        <source>Not replaced: no finger captured matches the print on file (%1). Capture another finger on file as a check, or a supervisor replaces them, saying why.</source>
        <translation>تبدیل نہیں کیے گئے: کوئی اسکین کی گئی انگلی فائل کے پرنٹ (%1) سے نہیں ملتی۔ جانچ کے طور پر فائل میں موجود کوئی اور انگلی اسکین کریں، یا سپروائزر وجہ بتا کر انہیں تبدیل کرے۔</translation>
    </message>
    <message>
        <source>The household %1 the applicant was to join no longer exists: send the case back to the clerk to register them in another household.</source>
        <translation>گھرانہ %1، جس میں درخواست دہندہ کو شامل ہونا تھا، اب موجود نہیں: کیس کلرک کو واپس بھیجیں تاکہ وہ انہیں کسی اور گھرانے میں درج کرے۔</translation>
    </message>
    <message>
        <source>You opened this case yourself: another supervisor approves it.</source>
        <translation>یہ کیس آپ نے خود کھولا تھا: اس کی منظوری کوئی اور سپروائزر دے گا۔</translation>
    </message>
    <message>
        <source>Say where the death is known from (e.g. the death certificate number and commune).</source>
        <translation>بتائیں کہ وفات کا علم کہاں سے ہوا (مثلاً موت کے سرٹیفکیٹ کا نمبر اور یونین کونسل)۔</translation>
    </message>
    <message>
        <source>The date of death cannot be in the future.</source>
        <translation>وفات کی تاریخ مستقبل میں نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>The date of death is before the person&apos;s birth (%1).</source>
        <translation>وفات کی تاریخ فرد کی پیدائش (%1) سے پہلے ہے۔</translation>
    </message>
    <message>
        <source>Give the reason the death is withdrawn.</source>
        <translation>وفات کا اندراج واپس لینے کی وجہ بتائیں۔</translation>
    </message>
    <message>
        <source>No death is recorded for this person.</source>
        <translation>اس فرد کی کوئی وفات درج نہیں۔</translation>
    </message>
    <message>
        <source>This payment would take what is paid towards the membership past the most the registry keeps as one amount: nothing was recorded.</source>
        <translation>یہ ادائیگی اس رکنیت کے لیے ادا شدہ کل رقم کو اس حد سے آگے لے جائے گی جو رجسٹری ایک رقم کے طور پر رکھ سکتی ہے: کچھ بھی درج نہیں ہوا۔</translation>
    </message>
    <message>
        <source>%1 holds no contributory membership.</source>
        <translation>%1 کی کوئی ایسی رکنیت نہیں جس میں چندہ ادا کیا جاتا ہو۔</translation>
    </message>
    <message>
        <source>This card&apos;s holder has several contributory memberships: press Enter in the field to list them, and choose one.</source>
        <translation>اس کارڈ کے حامل کی کئی چندے والی رکنیتیں ہیں: فہرست دیکھنے کے لیے خانے میں Enter دبائیں، اور ایک چنیں۔</translation>
    </message>
    <message>
        <source>%1 heads this household and other living members stay: choose its new head first (New head).</source>
        <translation>%1 اس گھرانے کے سربراہ ہیں اور دوسرے زندہ افراد یہیں رہتے ہیں: پہلے اس کا نیا سربراہ چنیں (نیا سربراہ)۔</translation>
    </message>
    <message>
        <source>Every living member would leave: that is the household moving. Correct the address with Correct details... and tick that the whole household moves.</source>
        <translation>تمام زندہ افراد چلے جائیں گے: یہ گھرانے کی منتقلی ہے۔ تفصیلات درست کریں... سے پتہ درست کریں اور نشان لگائیں کہ پورا گھرانہ اس پتے پر منتقل ہوتا ہے۔</translation>
    </message>
    <message>
        <source>%1 (%2) is retired from the list of places: register new households in the place that replaced it.</source>
        <translation>%1 (%2) مقامات کی فہرست میں اب استعمال نہیں ہوتا: نئے گھرانے اس کی جگہ لینے والے مقام میں درج کریں۔</translation>
    </message>
    <message>
        <source>%1 was not proposed for person %2: propose again.</source>
        <translation>%1 فرد %2 کے لیے تجویز نہیں کیا گیا تھا: دوبارہ تجویز کریں۔</translation>
    </message>
    <message>
        <source>%1 for person %2 would start on %3, after today: confirm it on the day it starts.</source>
        <translation>فرد %2 کے لیے %1 %3 کو شروع ہوگا، یعنی آج کے بعد: اسے اسی دن تصدیق کریں جس دن یہ شروع ہو۔</translation>
    </message>
    <message>
        <source>%1 for person %2 would end on %4, before today: confirm it from a later start date.</source>
        <translation>فرد %2 کے لیے %1 %4 کو ختم ہو جائے گا، یعنی آج سے پہلے: اسے بعد کی کسی تاریخِ آغاز سے تصدیق کریں۔</translation>
    </message>
    <message>
        <source>%1 cannot manage cases: choose a clerk or a supervisor.</source>
        <translation>%1 کیس نہیں سنبھال سکتا: کوئی کلرک یا سپروائزر منتخب کریں۔</translation>
    </message>
    <message>
        <source>This membership starts on %1: it cannot end before it starts.</source>
        <translation>یہ رکنیت %1 کو شروع ہوتی ہے: یہ شروع ہونے سے پہلے ختم نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>The end date %1 is after today: end the membership on or after its last day.</source>
        <translation>اختتام کی تاریخ %1 آج کے بعد کی ہے: رکنیت اس کے آخری دن یا اس کے بعد ختم کریں۔</translation>
    </message>
    <message>
        <source>This membership already ends on %1: nothing changed.</source>
        <translation>یہ رکنیت پہلے ہی %1 کو ختم ہوتی ہے: کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>This membership begins on %1, after today: withdraw it instead.</source>
        <translation>یہ رکنیت %1 کو شروع ہوتی ہے، آج کے بعد: اس کے بجائے اسے واپس لیں۔</translation>
    </message>
    <message>
        <source>This membership began on %1: end it on its last day instead.</source>
        <translation>یہ رکنیت %1 کو شروع ہو چکی ہے: اس کے بجائے اسے اس کے آخری دن ختم کریں۔</translation>
    </message>
    <message>
        <source>Contributions were paid towards this membership: refund them and withdraw it in one step (Refund and withdraw).</source>
        <translation>اس رکنیت کے لیے شراکت کی ادائیگی ہو چکی ہے: رقم واپس کریں اور اسے ایک ہی قدم میں واپس لیں (رقم واپس کریں اور واپس لیں)۔</translation>
    </message>
    <message>
        <source>This membership began on %1: only contributions towards a membership not begun yet are refunded at the counter.</source>
        <translation>یہ رکنیت %1 کو شروع ہو چکی ہے: کاؤنٹر پر صرف اس رکنیت کی شراکت واپس کی جاتی ہے جو ابھی شروع نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Nothing is paid towards this membership beyond what it owed: there is no credit to give back.</source>
        <translation>اس رکنیت کے لیے واجب رقم سے زیادہ کچھ ادا نہیں کیا گیا: واپس کرنے کے لیے کوئی جمع رقم نہیں۔</translation>
    </message>
    <message>
        <source>Nothing is paid towards this membership: there is nothing to refund (withdraw it instead).</source>
        <translation>اس رکنیت کے لیے کچھ ادا نہیں کیا گیا: واپس کرنے کو کچھ نہیں (اس کے بجائے اسے واپس لیں)۔</translation>
    </message>
    <message>
        <source>This membership was withdrawn before it began and what was paid towards it refunded (receipt %1).</source>
        <translation>یہ رکنیت شروع ہونے سے پہلے واپس لے لی گئی اور اس کے لیے ادا کی گئی رقم واپس کر دی گئی (رسید %1)۔</translation>
    </message>
    <message>
        <source>The follow-up date %1 is in the past: choose today (%2) or a later day.</source>
        <translation>فالو اپ کی تاریخ %1 گزر چکی ہے: آج (%2) یا اس کے بعد کا کوئی دن منتخب کریں۔</translation>
    </message>
    <message>
        <source>This adjudication case no longer exists: refresh the list.</source>
        <translation>یہ فیصلہ طلب کیس اب موجود نہیں: فہرست تازہ کریں۔</translation>
    </message>
    <message>
        <source>This case was already decided (perhaps at another desk): refresh the list.</source>
        <translation>اس کیس کا فیصلہ پہلے ہو چکا ہے (شاید کسی اور کاؤنٹر پر): فہرست تازہ کریں۔</translation>
    </message>
    <message>
        <source>Choose the candidate who is the same person first.</source>
        <translation>پہلے وہ امیدوار منتخب کریں جو یہی فرد ہے۔</translation>
    </message>
    <message>
        <source>This case no longer holds the applicant&apos;s fingerprints.</source>
        <translation>اس کیس میں اب درخواست گزار کے فنگر پرنٹس نہیں ہیں۔</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>پاس ورڈ میں کم از کم %1 حروف ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>پاس ورڈ صارف نام جیسا نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>نیا پاس ورڈ پرانے سے مختلف ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>An operator named %1 already exists.</source>
        <translation>%1 نام کا آپریٹر پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>This user name is not valid: use Latin letters a-z, digits and . - _ (the full name may be in any script).</source>
        <translation>یہ صارف نام درست نہیں: لاطینی حروف a-z، ہندسے اور . - _ استعمال کریں (پورا نام کسی بھی رسم الخط میں ہو سکتا ہے)۔</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>آپ اپنا اکاؤنٹ غیر فعال نہیں کر سکتے۔</translation>
    </message>
    <message>
        <source>This is the last enabled supervisor: the account stays enabled.</source>
        <translation>یہ آخری فعال سپروائزر ہے: اکاؤنٹ فعال رہے گا۔</translation>
    </message>
    <message>
        <source>A payment must be a positive whole amount.</source>
        <translation>ادائیگی ایک مثبت پوری رقم ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>%1 does not collect contributions.</source>
        <translation>%1 میں چندہ (کنٹریبیوشن) جمع نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>Describe the grievance in a few words.</source>
        <translation>شکایت چند الفاظ میں بیان کریں۔</translation>
    </message>
    <message>
        <source>The card belongs to another person than the one named.</source>
        <translation>یہ کارڈ نامزد فرد کا نہیں، کسی اور کا ہے۔</translation>
    </message>
    <message>
        <source>Say how the grievance was resolved (in the note).</source>
        <translation>بتائیں کہ شکایت کیسے حل ہوئی (نوٹ میں)۔</translation>
    </message>
    <message>
        <source>Describe the plan item in a few words.</source>
        <translation>منصوبے کا آئٹم چند الفاظ میں بیان کریں۔</translation>
    </message>
    <message>
        <source>A referral must name the service it goes to.</source>
        <translation>ریفرل میں اس سروس کا نام ہونا چاہیے جس کے پاس بھیجا جا رہا ہے۔</translation>
    </message>
    <message>
        <source>The programme rules changed since this package was proposed: propose again.</source>
        <translation>یہ پیکج تجویز ہونے کے بعد پروگرام کے قواعد بدل گئے: دوبارہ تجویز کریں۔</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the visits</source>
        <translation>دورے برآمد کریں</translation>
    </message>
    <message>
        <source>The visits recorded at this station, one line each, for the facility&apos;s claim (a CSV file for a spreadsheet).</source>
        <translation>اس اسٹیشن پر درج دورے، ہر دورہ ایک سطر میں، مرکزِ صحت کے دعوے کے لیے (اسپریڈشیٹ کے لیے CSV فائل)۔</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>سے (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>تک (&amp;T)</translation>
    </message>
    <message>
        <source>Save in another &amp;place...</source>
        <translation>کسی اور جگہ محفوظ کریں... (&amp;P)</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>محفوظ کرنے کی جگہ</translation>
    </message>
    <message>
        <source>&amp;Save the visits</source>
        <translation>دورے محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Save the visits</source>
        <translation>دورے محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>FingerNames</name>
    <message>
        <source>Right thumb</source>
        <translation>دایاں انگوٹھا</translation>
    </message>
    <message>
        <source>Right index</source>
        <translation>دائیں شہادت کی انگلی</translation>
    </message>
    <message>
        <source>Right middle</source>
        <translation>دائیں درمیانی انگلی</translation>
    </message>
    <message>
        <source>Right ring</source>
        <translation>دائیں انگوٹھی والی انگلی</translation>
    </message>
    <message>
        <source>Right little</source>
        <translation>دائیں چھوٹی انگلی</translation>
    </message>
    <message>
        <source>Left thumb</source>
        <translation>بایاں انگوٹھا</translation>
    </message>
    <message>
        <source>Left index</source>
        <translation>بائیں شہادت کی انگلی</translation>
    </message>
    <message>
        <source>Left middle</source>
        <translation>بائیں درمیانی انگلی</translation>
    </message>
    <message>
        <source>Left ring</source>
        <translation>بائیں انگوٹھی والی انگلی</translation>
    </message>
    <message>
        <source>Left little</source>
        <translation>بائیں چھوٹی انگلی</translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <source>No print yet</source>
        <translation>ابھی کوئی پرنٹ نہیں</translation>
    </message>
    <message>
        <source>Fingerprint image</source>
        <translation>فنگر پرنٹ تصویر</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation>محفوظ کیے بغیر بند کریں؟ یہاں جو کچھ آپ نے لکھا ہے وہ ضائع ہو جائے گا۔</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <source>Enter the name in the local script.</source>
        <translation>نام مقامی رسم الخط میں درج کریں۔</translation>
    </message>
    <message>
        <source>The name in the local script is too long: at most 200 characters.</source>
        <translation>مقامی رسم الخط میں نام بہت لمبا ہے: زیادہ سے زیادہ 200 حروف۔</translation>
    </message>
    <message>
        <source>Enter the name in Latin letters.</source>
        <translation>نام لاطینی حروف میں درج کریں۔</translation>
    </message>
    <message>
        <source>Write the Latin name with the letters A to Z only (no accents, no other script).</source>
        <translation>لاطینی نام صرف A سے Z تک کے حروف سے لکھیں (اعراب یا کوئی اور رسم الخط نہیں)۔</translation>
    </message>
    <message>
        <source>The name in Latin letters is too long: at most 200 characters.</source>
        <translation>لاطینی حروف میں نام بہت لمبا ہے: زیادہ سے زیادہ 200 حروف۔</translation>
    </message>
    <message>
        <source>Choose the person&apos;s sex.</source>
        <translation>اس شخص کی جنس منتخب کریں۔</translation>
    </message>
    <message>
        <source>The estimated age must be between 0 and %1.</source>
        <translation>اندازاً عمر 0 اور %1 کے درمیان ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The phone number %1 is not valid: 6 to 20 digits, spaces, + ( ) or -.</source>
        <translation>فون نمبر %1 درست نہیں: 6 سے 20 ہندسے، خالی جگہ، + ( ) یا -۔</translation>
    </message>
    <message>
        <source>The national ID is too long: at most 64 characters.</source>
        <translation>قومی شناختی نمبر بہت لمبا ہے: زیادہ سے زیادہ 64 حروف۔</translation>
    </message>
    <message>
        <source>A person under %1 does not agree alone: a parent or guardian agrees for them.</source>
        <translation>%1 سال سے کم عمر شخص اکیلے رضامندی نہیں دیتا: اس کی طرف سے والدین یا سرپرست رضامندی دیتے ہیں۔</translation>
    </message>
    <message>
        <source>Read the privacy notice to the person, then choose who agreed.</source>
        <translation>اس شخص کو رازداری کا نوٹس پڑھ کر سنائیں، پھر منتخب کریں کہ رضامندی کس نے دی۔</translation>
    </message>
    <message>
        <source>Name the parent or guardian who agreed.</source>
        <translation>رضامندی دینے والے والدین یا سرپرست کا نام لکھیں۔</translation>
    </message>
    <message>
        <source>province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <source>district</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>یونین کونسل</translation>
    </message>
    <message>
        <source>village</source>
        <translation>گاؤں</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>تاریخ پیدائش %1 مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>The date of birth %1 is more than %2 years ago.</source>
        <translation>تاریخ پیدائش %1 آج سے %2 سال سے زیادہ پہلے کی ہے۔</translation>
    </message>
    <message>
        <source>Give the date of birth, or tick &quot;Date unknown&quot; and give an estimated age.</source>
        <translation>تاریخ پیدائش درج کریں، یا &quot;تاریخ نامعلوم&quot; پر نشان لگا کر اندازاً عمر درج کریں۔</translation>
    </message>
    <message>
        <source>%1 is not in the %2 %3: choose the %4 again.</source>
        <translation>%1 %2 %3 میں نہیں ہے: %4 دوبارہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose the %1 from the list, or type its code (letters, digits, - or _).</source>
        <translation>%1 فہرست سے منتخب کریں، یا اس کا کوڈ لکھیں (حروف، ہندسے، - یا _)۔</translation>
    </message>
</context>
<context>
    <name>GrievanceCategories</name>
    <message>
        <source>Not registered in a programme I am entitled to</source>
        <translation>جس پروگرام کا میں حقدار ہوں اس میں رجسٹر نہیں</translation>
    </message>
    <message>
        <source>Benefit not paid, late or wrong amount</source>
        <translation>امداد ادا نہیں ہوئی، دیر سے ملی یا رقم غلط</translation>
    </message>
    <message>
        <source>Card lost, not working or with wrong data</source>
        <translation>کارڈ گم، خراب یا غلط معلومات والا</translation>
    </message>
    <message>
        <source>My registered data is wrong</source>
        <translation>میرا درج شدہ ڈیٹا غلط ہے</translation>
    </message>
    <message>
        <source>Refused or charged at a health facility</source>
        <translation>صحت مرکز پر انکار یا پیسے وصول کیے گئے</translation>
    </message>
    <message>
        <source>Training, placement or public works problem</source>
        <translation>تربیت، ملازمت یا عوامی کاموں کا مسئلہ</translation>
    </message>
    <message>
        <source>Staff conduct or service quality</source>
        <translation>عملے کا رویہ یا خدمت کا معیار</translation>
    </message>
    <message>
        <source>Suspected fraud or corruption</source>
        <translation>دھوکہ دہی یا بدعنوانی کا شبہ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>GrievanceSlip</name>
    <message>
        <source>Grievance acknowledgement — COPY</source>
        <translation>شکایت کی رسید — نقل</translation>
    </message>
    <message>
        <source>Grievance acknowledgement</source>
        <translation>شکایت کی رسید</translation>
    </message>
    <message>
        <source>COPY — printed %1 by %2</source>
        <translation>نقل — %1 کو %2 نے پرنٹ کی</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>حوالہ نمبر</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>وصولی کی تاریخ</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>اسٹیشن</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>متعلقہ شخص</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>ذمہ دار شعبہ</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>جواب کی آخری تاریخ</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>موجودہ حیثیت</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>حل ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>آگے کیا ہوگا</translation>
    </message>
    <message>
        <source>The service named above looks into your grievance and answers you by the date above. Keep this paper: give its reference when you come back or call.</source>
        <translation>اوپر درج شعبہ آپ کی شکایت کا جائزہ لے گا اور اوپر دی گئی تاریخ تک آپ کو جواب دے گا۔ یہ کاغذ سنبھال کر رکھیں: واپس آنے یا فون کرنے پر اس کا حوالہ نمبر بتائیں۔</translation>
    </message>
    <message>
        <source>How to appeal</source>
        <translation>اپیل کیسے کریں</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>وصول کنندہ</translation>
    </message>
</context>
<context>
    <name>GrievanceSlipDialog</name>
    <message>
        <source>Copy of the acknowledgement of grievance %1.</source>
        <translation>شکایت %1 کی رسید کی نقل۔</translation>
    </message>
    <message>
        <source>Grievance %1 received. Give the person its written acknowledgement.</source>
        <translation>شکایت %1 وصول ہو گئی۔ متعلقہ شخص کو اس کی تحریری رسید دیں۔</translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>رسید %1 میں محفوظ نہیں ہو سکی: دیکھیں کہ اس فولڈر میں لکھا جا سکتا ہے (یو ایس بی لگی ہو، جگہ باقی ہو)، پھر دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Print the acknowledgement</source>
        <translation>رسید پرنٹ کریں</translation>
    </message>
</context>
<context>
    <name>GrievancesPanel</name>
    <message>
        <source>New grievance</source>
        <translation>نئی شکایت</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n دن)</numerusform>
            <numerusform>%1 (%n دن)</numerusform>
        </translation>
    </message>
    <message>
        <source>person id (empty: anonymous)</source>
        <translation>شخص کا آئی ڈی (خالی: گمنام)</translation>
    </message>
    <message>
        <source>serial of the card tapped (optional)</source>
        <translation>ٹیپ کیے گئے کارڈ کا سیریل (اختیاری)</translation>
    </message>
    <message>
        <source>&amp;Take the grievance</source>
        <translation>شکایت درج کریں (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>زمرہ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>فرد (&amp;P)</translation>
    </message>
    <message>
        <source>Car&amp;d</source>
        <translation>کارڈ (&amp;D)</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>کیا ہوا (&amp;H)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Grievances (nearest deadline first)</source>
        <translation>شکایات (قریب ترین آخری تاریخ پہلے)</translation>
    </message>
    <message>
        <source>&amp;Open ones only</source>
        <translation>صرف کھلی ہوئی (&amp;O)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>تلاش کریں (&amp;I):</translation>
    </message>
    <message>
        <source>A copy of its ac&amp;knowledgement...</source>
        <translation>اس کی رسید کی نقل... (&amp;K)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>آخری تاریخ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>حوالہ نمبر</translation>
    </message>
    <message>
        <source>reference on the slip, or card serial; then Enter</source>
        <translation>رسید پر لکھا حوالہ نمبر یا کارڈ کا سیریل، پھر Enter</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>resolution, appeal reason or note</source>
        <translation>حل، اپیل کی وجہ یا نوٹ</translation>
    </message>
    <message>
        <source>Re&amp;fer</source>
        <translation>آگے بھیجیں (&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>حل کریں (&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>بند کریں (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Appeal</source>
        <translation>اپیل (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>واپس لیں (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تازہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>نوٹ (&amp;N):</translation>
    </message>
    <message>
        <source>no person has this id</source>
        <translation>اس شناختی نمبر والا کوئی فرد نہیں</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1، پیدائش %2</translation>
    </message>
    <message>
        <source>No grievance has the reference or card %1.</source>
        <translation>حوالہ نمبر یا کارڈ %1 والی کوئی شکایت نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n grievance(s) of this card&apos;s holder: choose one.</source>
        <translation>
            <numerusform>اس کارڈ کے حامل کی %n شکایت: ایک منتخب کریں۔</numerusform>
            <numerusform>اس کارڈ کے حامل کی %n شکایات: ایک منتخب کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Grievance %1: %2, deadline %3.</source>
        <translation>شکایت %1: %2، آخری تاریخ %3۔</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>گمنام</translation>
    </message>
    <message>
        <source>Grievances, nearest deadline first ({0} shown)</source>
        <translation>شکایات، قریب ترین آخری تاریخ پہلے ({0} دکھائی گئیں)</translation>
    </message>
    <message>
        <source>Grievance {0} received.</source>
        <translation>شکایت {0} موصول ہو گئی۔</translation>
    </message>
    <message>
        <source>Its acknowledgement could not be prepared: {0}</source>
        <translation>اس کی رسید تیار نہیں ہو سکی: {0}</translation>
    </message>
    <message>
        <source>Select a grievance in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی شکایت منتخب کریں۔</translation>
    </message>
    <message>
        <source>Grievance {0} is now {1} (deadline {2}).</source>
        <translation>شکایت {0} اب {1} ہے (آخری تاریخ {2})۔</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Interface language</source>
        <translation>انٹرفیس کی زبان</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>سائن آؤٹ (&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;password...</source>
        <translation>پاس ورڈ تبدیل کریں... (&amp;P)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>سائن ان نہیں</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>کلرک</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>سپروائزر</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>آڈیٹر</translation>
    </message>
    <message>
        <source>Sync: not configured</source>
        <translation>ہم آہنگی: ترتیب نہیں دی گئی</translation>
    </message>
</context>
<context>
    <name>HospitalPage</name>
    <message>
        <source>Waiting for a card. Place the card on the reader and press Enter.</source>
        <translation>کارڈ کا انتظار ہے۔ کارڈ ریڈر پر رکھیں اور Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Any reader with a card</source>
        <translation>کوئی بھی ریڈر جس میں کارڈ ہو</translation>
    </message>
    <message>
        <source>Find r&amp;eaders</source>
        <translation>ریڈر تلاش کریں (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Read the card (Enter)</source>
        <translation>کارڈ پڑھیں (Enter) (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next person (Esc)</source>
        <translation>اگلا فرد (Esc) (&amp;N)</translation>
    </message>
    <message>
        <source>Rea&amp;der:</source>
        <translation>ریڈر (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Optional finger check:</source>
        <translation>اختیاری انگلی کی جانچ (&amp;O):</translation>
    </message>
    <message>
        <source>Check the &amp;finger</source>
        <translation>انگلی جانچیں (&amp;F)</translation>
    </message>
    <message>
        <source>Record the &amp;visit</source>
        <translation>دورہ درج کریں (&amp;V)</translation>
    </message>
    <message>
        <source>Card verification is not set up on this station: the national trust anchors and revocation list are missing.</source>
        <translation>اس اسٹیشن پر کارڈ کی تصدیق ترتیب نہیں دی گئی: قومی روٹ سرٹیفکیٹ اور منسوخی فہرست موجود نہیں۔</translation>
    </message>
    <message>
        <source>Still busy with the previous card: wait a moment, then press Enter again.</source>
        <translation>ابھی پچھلے کارڈ میں مصروف ہے: ذرا انتظار کریں، پھر دوبارہ Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Reading the card...</source>
        <translation>کارڈ پڑھا جا رہا ہے...</translation>
    </message>
    <message>
        <source>This card was already used today at %1 (recorded by %2). Record another visit?</source>
        <translation>یہ کارڈ آج %1 بجے پہلے ہی استعمال ہو چکا ہے (%2 نے درج کیا)۔ ایک اور دورہ درج کریں؟</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>No visit recorded: this card was already used today.</source>
        <translation>کوئی دورہ درج نہیں ہوا: یہ کارڈ آج پہلے ہی استعمال ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>Visit recorded (queued for the central registry).</source>
        <translation>دورہ درج ہو گیا (مرکزی رجسٹری کے لیے قطار میں)۔</translation>
    </message>
    <message>
        <source>The previous card&apos;s visit was not recorded: %1</source>
        <translation>پچھلے کارڈ کا دورہ درج نہیں ہوا: %1</translation>
    </message>
    <message>
        <source>Place the %1 finger on the scanner...</source>
        <translation>%1 انگلی اسکینر پر رکھیں...</translation>
    </message>
    <message>
        <source>Finger MATCHES the card</source>
        <translation>انگلی کارڈ سے مماثل ہے</translation>
    </message>
    <message>
        <source>Finger does NOT match the card. Try again, or another finger; no visit is recorded for a finger that does not match.</source>
        <translation>انگلی کارڈ سے مماثل نہیں۔ دوبارہ کوشش کریں، یا کوئی اور انگلی؛ غیر مماثل انگلی پر کوئی دورہ درج نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>If the holder&apos;s own fingers keep failing, the print on the card may be poor: the Single Window office captures it again and issues a new card.</source>
        <translation>اگر کارڈ ہولڈر کی اپنی انگلیاں بار بار ناکام ہوں تو کارڈ پر پرنٹ ناقص ہو سکتا ہے: سنگل ونڈو دفتر اسے دوبارہ اسکین کر کے نیا کارڈ جاری کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>گھرانہ</translation>
    </message>
    <message>
        <source>Who heads the household, and who leaves it. The central registry is told; the dead keep their place.</source>
        <translation>گھرانے کا سربراہ کون ہے، اور کون گھرانہ چھوڑتا ہے۔ مرکزی رجسٹری کو اطلاع دی جاتی ہے؛ فوت شدگان اپنی جگہ برقرار رکھتے ہیں۔</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>اراکین (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New head</source>
        <translation>نیا سربراہ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Start a new household</source>
        <translation>نیا گھرانہ شروع کریں (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Join another household</source>
        <translation>دوسرے گھرانے میں شامل ہوں (&amp;J)</translation>
    </message>
    <message>
        <source>H&amp;ead</source>
        <translation>سربراہ (&amp;E)</translation>
    </message>
    <message>
        <source>Where they &amp;live now</source>
        <translation>جہاں وہ اب رہتے ہیں (&amp;L)</translation>
    </message>
    <message>
        <source>A ne&amp;w address</source>
        <translation>نیا پتہ (&amp;W)</translation>
    </message>
    <message>
        <source>a member&apos;s name, person or household id</source>
        <translation>کسی رکن کا نام، فرد یا گھرانے کی شناخت</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>تلاش کریں (&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ind by</source>
        <translation>اس سے تلاش (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;To join</source>
        <translation>جس میں شامل ہوں (&amp;T)</translation>
    </message>
    <message>
        <source>e.g. head died (certificate 9/2026); married, own house</source>
        <translation>مثلاً سربراہ فوت ہو گیا (سرٹیفکیٹ 9/2026)؛ شادی، اپنا گھر</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>وجہ (&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>محفوظ کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>سربراہ سے رشتہ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>پیدائش</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>متوفی</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>تبدیلی کے بعد</translation>
    </message>
    <message>
        <source>deceased on %1</source>
        <translation>%1 کو فوت ہوئے</translation>
    </message>
    <message>
        <source>%1, %2 (household %3)</source>
        <translation>%1، %2 (گھرانہ %3)</translation>
    </message>
    <message>
        <source>No other household found: search by a member&apos;s name or id.</source>
        <translation>کوئی دوسرا گھرانہ نہیں ملا: کسی رکن کے نام یا شناخت سے تلاش کریں۔</translation>
    </message>
    <message>
        <source>Tick the members who leave the household.</source>
        <translation>گھرانہ چھوڑنے والے اراکین پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>Choose who heads the household.</source>
        <translation>منتخب کریں کہ گھرانے کا سربراہ کون ہے۔</translation>
    </message>
    <message>
        <source>Say how %1 is related to the head.</source>
        <translation>بتائیں کہ %1 کا سربراہ سے کیا رشتہ ہے۔</translation>
    </message>
    <message>
        <source>Find the household to join and choose it.</source>
        <translation>جس گھرانے میں شامل ہونا ہے اسے تلاش کر کے منتخب کریں۔</translation>
    </message>
    <message>
        <source>Give the reason for the change (the form or the document that shows it).</source>
        <translation>تبدیلی کی وجہ بتائیں (وہ فارم یا دستاویز جو اسے ظاہر کرتی ہے)۔</translation>
    </message>
    <message>
        <source>%1 now heads household %2.</source>
        <translation>%1 اب گھرانہ %2 کے سربراہ ہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) started a new household headed by %1.</source>
        <translation>
            <numerusform>%n فرد نے %1 کی سربراہی میں نیا گھرانہ شروع کیا۔</numerusform>
            <numerusform>%n افراد نے %1 کی سربراہی میں نیا گھرانہ شروع کیا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) joined the household of %1.</source>
        <translation>
            <numerusform>%n فرد %1 کے گھرانے میں شامل ہوا۔</numerusform>
            <numerusform>%n افراد %1 کے گھرانے میں شامل ہوئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The household needs its vulnerability assessment before programmes are proposed.</source>
        <translation>پروگرام تجویز کیے جانے سے پہلے گھرانے کی کمزوری کی جانچ ضروری ہے۔</translation>
    </message>
    <message>
        <source>The card %1 shows the old village: issue a new card to replace it.</source>
        <translation>کارڈ %1 پرانا گاؤں دکھاتا ہے: اس کی جگہ نیا کارڈ جاری کریں۔</translation>
    </message>
    <message>
        <source>Their programme memberships stay with them: review them with the household&apos;s proposal.</source>
        <translation>ان کی پروگرام رکنیتیں ان کے ساتھ رہتی ہیں: گھرانے کی تجویز کے ساتھ ان کا جائزہ لیں۔</translation>
    </message>
    <message>
        <source>%1 goes to one member a household, and this household now has it twice: end one of the memberships on the Programmes step.</source>
        <translation>%1 ہر گھرانے کے ایک رکن کو ملتا ہے، اور اب اس گھرانے کے پاس یہ دو بار ہے: پروگرام کے مرحلے پر ایک رکنیت ختم کریں۔</translation>
    </message>
</context>
<context>
    <name>HouseholdReviewPanel</name>
    <message>
        <source>Households whose members need a supervisor&apos;s step after a death or a move. Each stays here until it is mended.</source>
        <translation>وہ گھرانے جن کے ارکان کو کسی وفات یا نقل مکانی کے بعد نگران کے اقدام کی ضرورت ہے۔ ہر ایک درست ہونے تک یہاں رہتا ہے۔</translation>
    </message>
    <message>
        <source>Households to review</source>
        <translation>جائزے کے لیے گھرانے</translation>
    </message>
    <message>
        <source>Household of</source>
        <translation>گھرانہ</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>گاؤں</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>کیا کرنا ہے</translation>
    </message>
    <message>
        <source>&amp;Household...</source>
        <translation>گھرانہ... (&amp;H)</translation>
    </message>
    <message>
        <source>Households to review (%1)</source>
        <translation>جائزے کے لیے گھرانے (%1)</translation>
    </message>
    <message>
        <source>No living head: name one (Household...).</source>
        <translation>کوئی زندہ سربراہ نہیں: ایک مقرر کریں (گھرانہ...)۔</translation>
    </message>
    <message>
        <source>Two members are recorded as its head: name the one who heads it (Household...).</source>
        <translation>دو ارکان سربراہ درج ہیں: اصل سربراہ مقرر کریں (گھرانہ...)۔</translation>
    </message>
    <message>
        <source>%1 is held twice (one member a household): end one on the clerk&apos;s Household programmes tab.</source>
        <translation>%1 دو بار ہے (ہر گھرانے کا ایک رکن): کلرک کے گھرانے کے پروگرام والے ٹیب پر ایک ختم کریں۔</translation>
    </message>
    <message>
        <source>Select a household in the list first.</source>
        <translation>پہلے فہرست میں ایک گھرانہ منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>ListCheckDialog</name>
    <message>
        <source>Check a programme&apos;s list</source>
        <translation>کسی پروگرام کی فہرست جانچیں</translation>
    </message>
    <message>
        <source>A programme&apos;s own list of the people it pays, saved from its spreadsheet as &apos;CSV UTF-8&apos;. Its first line names the columns: name (or local_name), sex, birth_date or birth_year, village, national_id, beneficiary_id. Each line is matched to the people registered here; the report says who is paid after their death or twice, who is not registered, who is not in the programme, and which members the list leaves out. It names people: keep it as you keep the registry.</source>
        <translation>کسی پروگرام کی اپنی فہرست، ان لوگوں کی جنہیں وہ ادائیگی کرتا ہے، اس کی اسپریڈشیٹ سے &apos;CSV UTF-8&apos; کے طور پر محفوظ کی گئی۔ اس کی پہلی سطر کالموں کے نام دیتی ہے: name (یا local_name)، sex، birth_date یا birth_year، village، national_id، beneficiary_id۔ ہر سطر کو یہاں رجسٹرڈ لوگوں سے ملایا جاتا ہے؛ رپورٹ بتاتی ہے کہ کسے وفات کے بعد یا دو بار ادائیگی ہو رہی ہے، کون رجسٹرڈ نہیں، کون پروگرام میں نہیں، اور کون سے اراکین فہرست میں شامل نہیں۔ اس میں لوگوں کے نام ہیں: اسے رجسٹری کی طرح محفوظ رکھیں۔</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>پروگرام (&amp;P)</translation>
    </message>
    <message>
        <source>the list&apos;s CSV file</source>
        <translation>فہرست کی CSV فائل</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>منتخب کریں... (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>فہرست (&amp;L)</translation>
    </message>
    <message>
        <source>Pays for &amp;day</source>
        <translation>اس دن کی ادائیگی (&amp;D)</translation>
    </message>
    <message>
        <source>PDF, to read or print</source>
        <translation>PDF، پڑھنے یا پرنٹ کرنے کے لیے</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV، اسپریڈشیٹ کے لیے</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>فارمیٹ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Check the list</source>
        <translation>فہرست جانچیں (&amp;C)</translation>
    </message>
    <message>
        <source>The programme&apos;s list</source>
        <translation>پروگرام کی فہرست</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV فائلیں (*.csv *.txt);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>The registry knows no programme yet.</source>
        <translation>رجسٹری ابھی کسی پروگرام کو نہیں جانتی۔</translation>
    </message>
    <message>
        <source>Choose the list&apos;s file.</source>
        <translation>فہرست کی فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>کوئی فائل %1 نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in to the station</source>
        <translation>اسٹیشن میں سائن ان کریں</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>صارف نام (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>سائن ان (&amp;S)</translation>
    </message>
    <message>
        <source>Opening the registry...</source>
        <translation>رجسٹری کھولی جا رہی ہے...</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without use. Enter your password to go on where you were; another operator who signs in starts afresh.</source>
        <translation>%1 منٹ تک استعمال نہ ہونے پر مقفل کر دیا گیا۔ جہاں آپ تھے وہیں سے جاری رکھنے کے لیے اپنا پاس ورڈ درج کریں؛ کوئی دوسرا آپریٹر سائن ان کرے تو نئے سرے سے شروع ہو گا۔</translation>
    </message>
    <message>
        <source>Signed in. Opening the scanner and the card reader...</source>
        <translation>سائن ان ہو گیا۔ اسکینر اور کارڈ ریڈر کھل رہے ہیں...</translation>
    </message>
    <message>
        <source>Operator accounts are not available: this station has no registry yet. Run &apos;sws init&apos; first.</source>
        <translation>آپریٹر اکاؤنٹس دستیاب نہیں: اس اسٹیشن پر ابھی رجسٹری نہیں۔ پہلے &apos;sws init&apos; چلائیں۔</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>اپنا صارف نام اور پاس ورڈ درج کریں۔</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>جانچ ہو رہی ہے...</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>نیا پاس ورڈ منتخب کریں</translation>
    </message>
    <message>
        <source>A supervisor set your password. Choose your own before you start: at least 10 characters, not your user name.</source>
        <translation>سپروائزر نے آپ کا پاس ورڈ مقرر کیا ہے۔ شروع کرنے سے پہلے اپنا پاس ورڈ منتخب کریں: کم از کم 10 حروف، آپ کا صارف نام نہیں۔</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>اپنا پاس ورڈ تبدیل کریں</translation>
    </message>
    <message>
        <source>At least 10 characters, not your user name, not the one you have now.</source>
        <translation>کم از کم 10 حروف، آپ کا صارف نام نہیں، اور موجودہ پاس ورڈ سے مختلف۔</translation>
    </message>
    <message>
        <source>Your password was reset: choose a new one to sign in.</source>
        <translation>آپ کا پاس ورڈ ری سیٹ کیا گیا ہے: سائن ان کے لیے نیا پاس ورڈ منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync: %1 waiting (no central registry set)</source>
        <translation>ہم آہنگی: %1 منتظر (مرکزی رجسٹری مقرر نہیں)</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — approval expired, ask the centre to renew</source>
        <extracomment>The services opened in the background are in ``ctx`` (see :meth:`load_services`). The scanner and the card verifier are in ``ctx`` too (after :attr:`services_ready`). Asks a yes/no question (a message box; tests answer it themselves).</extracomment>
        <translation>ہم آہنگی: %1 منتظر — منظوری کی میعاد ختم، مرکز سے تجدید کروائیں</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — not yet approved by the centre</source>
        <translation>ہم آہنگی: %1 منتظر — مرکز نے ابھی منظوری نہیں دی</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — station revoked by the centre</source>
        <translation>ہم آہنگی: %1 منتظر — مرکز نے اسٹیشن منسوخ کر دیا</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — suspended by the centre (a copy of this station suspected)</source>
        <translation>ہم آہنگی: %1 منتظر — مرکز نے معطل کیا (اس اسٹیشن کی نقل کا شبہ)</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — stopped, signing key lost</source>
        <translation>ہم آہنگی: %1 منتظر — رک گئی، دستخطی کلید گم</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — offline, will retry</source>
        <translation>ہم آہنگی: %1 منتظر — آف لائن، دوبارہ کوشش ہوگی</translation>
    </message>
    <message>
        <source>Sync: %1 waiting</source>
        <translation>ہم آہنگی: %1 منتظر</translation>
    </message>
    <message>
        <source>Single Window station — %1</source>
        <translation>سنگل ونڈو اسٹیشن — %1</translation>
    </message>
    <message>
        <source>Sign out? The enrolment in progress will be lost: what was typed and the fingerprints captured.</source>
        <translation>سائن آؤٹ کریں؟ جاری اندراج ضائع ہو جائے گا: جو لکھا گیا اور جو فنگر پرنٹ لیے گئے۔</translation>
    </message>
    <message>
        <source>Change the language? The enrolment in progress starts again: what was typed and the fingerprints captured will be lost.</source>
        <translation>زبان بدلیں؟ جاری اندراج دوبارہ شروع ہو گا: جو لکھا گیا اور جو فنگر پرنٹ لیے گئے وہ ضائع ہو جائیں گے۔</translation>
    </message>
    <message>
        <source>&amp;Clerk</source>
        <translation>کلرک (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hospital focal point</source>
        <translation>ہسپتال فوکل پوائنٹ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Auditor</source>
        <translation>آڈیٹر (&amp;A)</translation>
    </message>
    <message>
        <source>Su&amp;pervisor</source>
        <translation>سپروائزر (&amp;P)</translation>
    </message>
    <message>
        <source>this mode</source>
        <translation>یہ موڈ</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>معذوری</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>روزگار</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>ملازم</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>اپنا کاروبار</translation>
    </message>
    <message>
        <source>informal work</source>
        <translation>غیر رسمی کام</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>بے روزگار</translation>
    </message>
    <message>
        <source>student</source>
        <translation>طالب علم</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ریٹائرڈ</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>کام نہیں کرتا</translation>
    </message>
    <message>
        <source>child</source>
        <translation>بچہ</translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <source>Ho&amp;usehold programmes</source>
        <translation>گھرانے کے پروگرام (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Grievances</source>
        <translation>شکایات (&amp;G)</translation>
    </message>
    <message>
        <source>Case &amp;follow-ups</source>
        <translation>کیس کی پیروی (&amp;F)</translation>
    </message>
    <message>
        <source>Households to re&amp;view</source>
        <translation>جائزے کے لیے گھرانے (&amp;V)</translation>
    </message>
    <message>
        <source>Cards to replace</source>
        <translation>بدلنے کے لیے کارڈ</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>ادائیگیاں</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>کیس پلان</translation>
    </message>
    <message>
        <source>&amp;Enrolment</source>
        <translation>اندراج (&amp;E)</translation>
    </message>
    <message>
        <source>This person belongs to no household: there is nothing to open.</source>
        <translation>یہ فرد کسی گھرانے کا حصہ نہیں: کھولنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Opera&amp;tors</source>
        <translation>آپریٹرز (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>جائزہ (&amp;O)</translation>
    </message>
</context>
<context>
    <name>NewOperatorDialog</name>
    <message>
        <source>Add an operator</source>
        <translation>آپریٹر شامل کریں</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>کلرک</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>سپروائزر</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>آڈیٹر</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>صارف نام (&amp;U)</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>پورا نام (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>کردار (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>دوبارہ (&amp;A)</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>صارف نام درج کریں۔</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>پاس ورڈ میں کم از کم %1 حروف ہونے چاہییں۔</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <source>User</source>
        <translation>صارف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>آخری سائن ان</translation>
    </message>
    <message>
        <source>A&amp;dd an operator...</source>
        <translation>آپریٹر شامل کریں... (&amp;D)</translation>
    </message>
    <message>
        <source>Reset pass&amp;word...</source>
        <translation>پاس ورڈ ری سیٹ کریں... (&amp;W)</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>ان لاک کریں (&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>غیر فعال کریں (&amp;I)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>غیر فعال</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>پاس ورڈ تبدیل کرنا لازمی</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>کلرک</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>سپروائزر</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>آڈیٹر</translation>
    </message>
    <message>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>فعال کریں (&amp;E)</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>کام جاری ہے...</translation>
    </message>
    <message>
        <source>Operator %1 added.</source>
        <translation>آپریٹر %1 شامل کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>پاس ورڈ ری سیٹ کریں</translation>
    </message>
    <message>
        <source>Choose a temporary password for %1 and give it to them in person. They must choose their own at the next sign-in; the account is unlocked.</source>
        <translation>%1 کے لیے عارضی پاس ورڈ منتخب کریں اور انہیں خود دیں۔ اگلے سائن ان پر انہیں اپنا پاس ورڈ منتخب کرنا ہوگا؛ اکاؤنٹ ان لاک ہو جاتا ہے۔</translation>
    </message>
    <message>
        <source>Password of %1 reset: they must choose a new one at the next sign-in.</source>
        <translation>%1 کا پاس ورڈ ری سیٹ ہو گیا: اگلے سائن ان پر انہیں نیا پاس ورڈ منتخب کرنا ہوگا۔</translation>
    </message>
    <message>
        <source>Operator %1 unlocked.</source>
        <translation>آپریٹر %1 ان لاک کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Operator %1 enabled: they can sign in again.</source>
        <translation>آپریٹر %1 فعال کر دیا گیا: وہ دوبارہ سائن ان کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Operator %1 disabled: they can no longer sign in. Their records stay.</source>
        <translation>آپریٹر %1 غیر فعال کر دیا گیا: وہ اب سائن ان نہیں کر سکتے۔ ان کے ریکارڈ محفوظ رہتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>بطور PDF محفوظ کریں (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>پرنٹ کریں... (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>محفوظ ہوا: %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>پرنٹر شروع نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>%1 کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>پرنٹر</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Current password</source>
        <translation>موجودہ پاس ورڈ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>نیا پاس ورڈ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>دوبارہ (&amp;A)</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>دونوں نئے پاس ورڈ مختلف ہیں۔</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>جانچ ہو رہی ہے...</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <source>S&amp;how the statement</source>
        <translation>گوشوارہ دکھائیں (&amp;H)</translation>
    </message>
    <message>
        <source>choose a membership</source>
        <translation>کوئی رکنیت چنیں</translation>
    </message>
    <message>
        <source>&amp;Of the household:</source>
        <translation>گھرانے میں سے (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Record the payment</source>
        <translation>ادائیگی درج کریں (&amp;R)</translation>
    </message>
    <message>
        <source>receipt number, card serial or membership id</source>
        <translation>رسید نمبر، کارڈ سیریل یا رکنیت آئی ڈی</translation>
    </message>
    <message>
        <source>The number of one of the member&apos;s receipts, the serial of their card, or the membership&apos;s id. Or double-click the membership in the Household programmes tab.</source>
        <translation>رکن کی کسی رسید کا نمبر، ان کے کارڈ کا سیریل، یا رکنیت آئی ڈی۔ یا گھرانے کے پروگرام والے ٹیب میں رکنیت پر ڈبل کلک کریں۔</translation>
    </message>
    <message>
        <source>Mem&amp;bership, card or receipt:</source>
        <translation>رکنیت، کارڈ یا رسید (&amp;B):</translation>
    </message>
    <message>
        <source>Read the &amp;card</source>
        <translation>کارڈ پڑھیں (&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>رقم (&amp;M):</translation>
    </message>
    <message>
        <source>Save the receipt as P&amp;DF</source>
        <translation>رسید بطور PDF محفوظ کریں (&amp;D)</translation>
    </message>
    <message>
        <source>Pr&amp;int the receipt...</source>
        <translation>رسید پرنٹ کریں... (&amp;I)</translation>
    </message>
    <message>
        <source>Select a line to give a copy of its receipt or voucher; Enter prints one.</source>
        <translation>رسید یا واؤچر کی نقل دینے کے لیے ایک سطر منتخب کریں؛ Enter دبانے سے نقل پرنٹ ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as PDF</source>
        <translation>نقل بطور PDF محفوظ کریں (&amp;Y)</translation>
    </message>
    <message>
        <source>Print a co&amp;py...</source>
        <translation>نقل پرنٹ کریں... (&amp;P)</translation>
    </message>
    <message>
        <source>Save the s&amp;tatement as PDF</source>
        <translation>گوشوارہ بطور PDF محفوظ کریں (&amp;T)</translation>
    </message>
    <message>
        <source>Print the statement...</source>
        <translation>گوشوارہ پرنٹ کریں...</translation>
    </message>
    <message>
        <source>Never ran: the holder died before it began; %1 to refund to the family</source>
        <translation>کبھی نافذ نہیں ہوئی: حامل اس کے شروع ہونے سے پہلے وفات پا گیا؛ %1 خاندان کو واپس کرنا ہے</translation>
    </message>
    <message>
        <source>Never ran: a death recorded before it began kept it; %1 to refund</source>
        <translation>کبھی نافذ نہیں ہوئی: اس کے شروع ہونے سے پہلے درج کی گئی وفات نے اسے رکھا؛ %1 واپس کرنا ہے</translation>
    </message>
    <message numerus="yes">
        <source>Ended on %1: arrears %2, %n period(s) overdue of %3 charged, paid until %4</source>
        <translation>
            <numerusform>%1 کو ختم ہوئی: بقایا %2، وصول طلب %3 ادوار میں سے %n دور کی تاخیر، %4 تک ادائیگی</numerusform>
            <numerusform>%1 کو ختم ہوئی: بقایا %2، وصول طلب %3 ادوار میں سے %n ادوار کی تاخیر، %4 تک ادائیگی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended on %1: arrears %2, %n period(s) overdue of %3 charged, nothing paid</source>
        <translation>
            <numerusform>%1 کو ختم ہوئی: بقایا %2، وصول طلب %3 ادوار میں سے %n دور کی تاخیر، کچھ ادا نہیں ہوا</numerusform>
            <numerusform>%1 کو ختم ہوئی: بقایا %2، وصول طلب %3 ادوار میں سے %n ادوار کی تاخیر، کچھ ادا نہیں ہوا</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>in arrears</source>
        <translation>بقایا دار</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>معطل</translation>
    </message>
    <message numerus="yes">
        <source>Status %1: arrears %2, %n period(s) overdue of %3 due, paid until %4</source>
        <translation>
            <numerusform>حیثیت %1: بقایا %2، واجب الادا %3 ادوار میں سے %n دور کی تاخیر، %4 تک ادائیگی</numerusform>
            <numerusform>حیثیت %1: بقایا %2، واجب الادا %3 ادوار میں سے %n ادوار کی تاخیر، %4 تک ادائیگی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status %1: arrears %2, %n period(s) overdue of %3 due, nothing paid yet</source>
        <translation>
            <numerusform>حیثیت %1: بقایا %2، واجب الادا %3 ادوار میں سے %n دور کی تاخیر، ابھی کچھ ادا نہیں ہوا</numerusform>
            <numerusform>حیثیت %1: بقایا %2، واجب الادا %3 ادوار میں سے %n ادوار کی تاخیر، ابھی کچھ ادا نہیں ہوا</numerusform>
        </translation>
    </message>
    <message>
        <source>, credit %1 to give back to the family</source>
        <translation>، جمع رقم %1 خاندان کو واپس کرنی ہے</translation>
    </message>
    <message>
        <source>, credit %1 to give back</source>
        <translation>، جمع رقم %1 واپس کرنی ہے</translation>
    </message>
    <message>
        <source>, credit %1</source>
        <translation>، جمع رقم %1</translation>
    </message>
    <message>
        <source>The receipt could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>رسید %1 میں محفوظ نہیں ہو سکی: دیکھیں کہ اس فولڈر میں لکھا جا سکتا ہے (یو ایس بی لگی ہو، جگہ باقی ہو)، پھر دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>محفوظ ہوا: %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>پرنٹر شروع نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>%1 کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>پرنٹر</translation>
    </message>
    <message>
        <source>The statement could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>گوشوارہ %1 میں محفوظ نہیں ہو سکا: دیکھیں کہ اس فولڈر میں لکھا جا سکتا ہے (یو ایس بی لگی ہو، جگہ باقی ہو)، پھر دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Print the statement</source>
        <translation>گوشوارہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>رسید پرنٹ کریں</translation>
    </message>
    <message>
        <source>Print a copy of %1</source>
        <translation>%1 کی نقل پرنٹ کریں</translation>
    </message>
    <message>
        <source>Select the line of the history to give a copy of first.</source>
        <translation>پہلے تاریخچے میں وہ سطر منتخب کریں جس کی نقل دینی ہے۔</translation>
    </message>
    <message>
        <source>The copy could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>نقل %1 میں محفوظ نہیں ہو سکی: دیکھیں کہ اس فولڈر میں لکھا جا سکتا ہے (یو ایس بی لگی ہو، جگہ باقی ہو)، پھر دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>کام جاری ہے...</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Of the card holder:</source>
        <translation>کارڈ کے حامل کی (&amp;O):</translation>
    </message>
    <message>
        <source>%1 (ended %2)</source>
        <translation>%1 (%2 کو ختم)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 سے)</translation>
    </message>
    <message>
        <source>This card&apos;s holder has several contributory memberships: choose one in the list.</source>
        <translation>اس کارڈ کے حامل کی کئی چندے والی رکنیتیں ہیں: فہرست میں سے ایک چنیں۔</translation>
    </message>
    <message>
        <source>This card is revoked; the payment is taken all the same.</source>
        <translation>یہ کارڈ منسوخ ہے؛ ادائیگی پھر بھی لی جاتی ہے۔</translation>
    </message>
    <message>
        <source>This card was reported lost; the payment is taken all the same.</source>
        <translation>یہ کارڈ گم شدہ بتایا گیا تھا؛ ادائیگی پھر بھی لی جاتی ہے۔</translation>
    </message>
    <message>
        <source>This card was replaced by a newer one; the payment is taken all the same.</source>
        <translation>اس کارڈ کی جگہ نیا کارڈ دیا جا چکا ہے؛ ادائیگی پھر بھی لی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Enter a receipt number, the card serial or the membership id first.</source>
        <translation>پہلے رسید نمبر، کارڈ سیریل یا رکنیت آئی ڈی درج کریں۔</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4 refunded</source>
        <translation>%1 (%2): %3 %4 واپس کیے گئے</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4 paid</source>
        <translation>%1 (%2): %3 %4 ادا کیے گئے</translation>
    </message>
    <message>
        <source>Receipt %1: %2 %3 received.</source>
        <translation>رسید %1: %2 %3 موصول ہوئے۔</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>ادائیگی درج ہو گئی۔</translation>
    </message>
</context>
<context>
    <name>PersonFormPage</name>
    <message>
        <source>Household</source>
        <extracomment>Enter in the last field (the national ID): the clerk means Next</extracomment>
        <translation>گھرانہ</translation>
    </message>
    <message>
        <source>New househo&amp;ld (this person is the head)</source>
        <translation>نیا گھرانہ (یہ فرد سربراہ ہے) (&amp;L)</translation>
    </message>
    <message>
        <source>Member of e&amp;xisting household:</source>
        <translation>موجودہ گھرانے کا رکن: (&amp;X)</translation>
    </message>
    <message>
        <source>household id</source>
        <translation>گھرانے کی شناخت</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>شریک حیات</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>والدین</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>دیگر رشتہ دار</translation>
    </message>
    <message>
        <source>H&amp;ousehold id:</source>
        <translation>گھرانے کی شناخت (&amp;O):</translation>
    </message>
    <message>
        <source>Relation to &amp;head:</source>
        <translation>سربراہ سے رشتہ (&amp;H):</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>name as written locally</source>
        <translation>مقامی رسم الخط میں نام</translation>
    </message>
    <message>
        <source>the same name in Latin letters</source>
        <translation>یہی نام لاطینی حروف میں</translation>
    </message>
    <message>
        <source>La&amp;tin:</source>
        <translation>لاطینی (&amp;T):</translation>
    </message>
    <message>
        <source>Na&amp;me (local script)</source>
        <translation>نام (مقامی رسم الخط) (&amp;M)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— منتخب کریں —</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>جنس (&amp;S)</translation>
    </message>
    <message>
        <source>Date unknown: estimated &amp;age</source>
        <translation>تاریخ نامعلوم: اندازاً عمر (&amp;A)</translation>
    </message>
    <message>
        <source>Date o&amp;f birth</source>
        <translation>تاریخ پیدائش (&amp;F)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <source>Privacy notice...</source>
        <translation>رازداری کا نوٹس...</translation>
    </message>
    <message>
        <source>— read the notice, then choose —</source>
        <translation>— نوٹس پڑھیں، پھر منتخب کریں —</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>خود وہ شخص</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>والدین یا سرپرست</translation>
    </message>
    <message>
        <source>the parent&apos;s or guardian&apos;s name</source>
        <translation>والدین یا سرپرست کا نام</translation>
    </message>
    <message>
        <source>Agreed b&amp;y:</source>
        <translation>رضامندی دینے والا (&amp;Y):</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>سرپرست:</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>رازداری کا نوٹس</translation>
    </message>
    <message>
        <source>Version %1. Read it to the person (or a child&apos;s parent or guardian), then choose who agreed.</source>
        <translation>ورژن %1۔ اسے اس شخص کو (یا بچے کے والدین یا سرپرست کو) پڑھ کر سنائیں، پھر منتخب کریں کہ رضامندی کس نے دی۔</translation>
    </message>
    <message>
        <source>province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <source>district</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>یونین کونسل</translation>
    </message>
    <message>
        <source>village (name or code)</source>
        <translation>گاؤں (نام یا کوڈ)</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>صوبہ:</translation>
    </message>
    <message>
        <source>Dist&amp;rict:</source>
        <translation>ضلع (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>یونین کونسل (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>گاؤں (&amp;V):</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>پتہ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>فون (&amp;P)</translation>
    </message>
    <message>
        <source>National &amp;ID</source>
        <translation>قومی شناختی کارڈ (&amp;I)</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>اگر ہو</translation>
    </message>
    <message>
        <source>Head of the household</source>
        <translation>گھرانے کا سربراہ</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>Not available on this station yet: %1</source>
        <translation>اس اسٹیشن پر ابھی دستیاب نہیں: %1</translation>
    </message>
</context>
<context>
    <name>PlanItems</name>
    <message>
        <source>goal</source>
        <translation>ہدف</translation>
    </message>
    <message>
        <source>action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>ریفرل</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>The rules propose these programmes. Tick what the person takes, then confirm.</source>
        <extracomment>Enter on the list: the clerk means Next</extracomment>
        <translation>قواعد یہ پروگرام تجویز کرتے ہیں۔ جو فرد لے اس پر نشان لگائیں، پھر تصدیق کریں۔</translation>
    </message>
    <message>
        <source>C&amp;onfirm the programmes</source>
        <translation>پروگراموں کی تصدیق کریں (&amp;O)</translation>
    </message>
    <message>
        <source>Considered, not eligible:</source>
        <translation>زیر غور، اہل نہیں:</translation>
    </message>
    <message>
        <source>Facts the rules lack (poverty level, disability, employment) are recorded in the Household programmes tab; propose again there.</source>
        <translation>قواعد کو درکار معلومات (غربت کی سطح، معذوری، روزگار) گھرانے کے پروگرام والے ٹیب میں درج کریں؛ وہاں دوبارہ تجویز کریں۔</translation>
    </message>
    <message>
        <source>Checking eligibility...</source>
        <translation>اہلیت کی جانچ ہو رہی ہے...</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>غیر معینہ</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) proposed (rules %1)</source>
        <translation>
            <numerusform>%n پروگرام تجویز (قواعد %1)</numerusform>
            <numerusform>%n پروگرام تجویز (قواعد %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n programme(s) joined.</source>
        <translation>
            <numerusform>درج ہوا: %n پروگرام میں شمولیت۔</numerusform>
            <numerusform>درج ہوا: %n پروگراموں میں شمولیت۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammesPanel</name>
    <message>
        <source>Household id</source>
        <translation>گھرانے کا آئی ڈی</translation>
    </message>
    <message>
        <source>Pr&amp;opose programmes</source>
        <translation>پروگرام تجویز کریں (&amp;O)</translation>
    </message>
    <message>
        <source>Members (the rules need disability and employment)</source>
        <translation>اراکین (قواعد کو معذوری اور روزگار درکار ہے)</translation>
    </message>
    <message>
        <source>&amp;Save the members&apos; situation</source>
        <translation>اراکین کی صورتحال محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Vulnerability assessment</source>
        <translation>کمزوری کا جائزہ</translation>
    </message>
    <message>
        <source>&amp;Record the assessment</source>
        <translation>جائزہ درج کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Proposed package (tick what is taken)</source>
        <translation>تجویز کردہ پیکج (جو لیا جائے اس پر نشان لگائیں)</translation>
    </message>
    <message>
        <source>&amp;Confirm the ticked programmes</source>
        <translation>نشان زدہ پروگراموں کی تصدیق کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Considered, not proposed:</source>
        <translation>زیر غور، تجویز نہیں کیے گئے:</translation>
    </message>
    <message>
        <source>Memberships held</source>
        <translation>موجودہ رکنیتیں</translation>
    </message>
    <message>
        <source>En&amp;d membership</source>
        <translation>رکنیت ختم کریں (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Withdraw (not begun)</source>
        <translation>واپس لیں (ابھی شروع نہیں ہوئی) (&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;fund and withdraw</source>
        <translation>رقم واپس کریں اور واپس لیں (&amp;F)</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>کہیں اور منتقل ہو گئے</translation>
    </message>
    <message>
        <source>no longer eligible</source>
        <translation>اب اہل نہیں</translation>
    </message>
    <message>
        <source>at the person&apos;s own request</source>
        <translation>فرد کی اپنی درخواست پر</translation>
    </message>
    <message>
        <source>held twice (the extra one)</source>
        <translation>دو بار درج (زائد والی)</translation>
    </message>
    <message>
        <source>Enter the household id first.</source>
        <translation>پہلے گھرانے کا آئی ڈی درج کریں۔</translation>
    </message>
    <message>
        <source>The assessment of household %1 was recorded.</source>
        <translation>گھرانے %1 کا جائزہ درج ہو گیا۔</translation>
    </message>
    <message>
        <source>Score {0:g}: {1} (questionnaire {2})</source>
        <translation>اسکور {0:g}: {1} (سوالنامہ {2})</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source> until {0}</source>
        <translation> {0} تک</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) under rules %1.</source>
        <translation>
            <numerusform>قواعد %1 کے تحت %n تجویز۔</numerusform>
            <numerusform>قواعد %1 کے تحت %n تجاویز۔</numerusform>
        </translation>
    </message>
    <message>
        <source>the holder died</source>
        <translation>حق دار کا انتقال ہو گیا</translation>
    </message>
    <message>
        <source> (ended: %1)</source>
        <translation> (ختم کی گئی: %1)</translation>
    </message>
    <message>
        <source>%1: %2 from %3</source>
        <translation>%1: %2، %3 سے</translation>
    </message>
    <message>
        <source>%1: %2 begins on %3</source>
        <translation>%1: %2، %3 کو شروع ہوگی</translation>
    </message>
    <message>
        <source>Not begun yet: Withdraw withdraws it (it never runs); it can be ended from %1, the day it begins.</source>
        <translation>ابھی شروع نہیں ہوئی: «واپس لیں» اسے واپس لے لیتا ہے (یہ کبھی نہیں چلتی)؛ اسے %1 سے، جس دن یہ شروع ہوتی ہے، ختم کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source> (this household has it twice, one member a household: end this one)</source>
        <translation> (اس گھرانے کے پاس یہ دو بار ہے، ہر گھرانے کا ایک رکن: یہ والی ختم کریں)</translation>
    </message>
    <message>
        <source>%1 (deceased): %2 was to begin on %3; %4 paid is owed to the family (Refund and withdraw)</source>
        <translation>%1 (وفات شدہ): %2 کو %3 کو شروع ہونا تھا؛ ادا شدہ %4 خاندان کو واپس کرنا ہے (رقم واپس کریں اور واپس لیں)</translation>
    </message>
    <message>
        <source>%1 (deceased)</source>
        <translation>%1 (وفات شدہ)</translation>
    </message>
    <message>
        <source>%1: %2 never ran; %3 %4 paid towards it can be given back (Give back the credit)</source>
        <translation>%1: %2 کبھی نہیں چلی؛ اس کے لیے ادا شدہ %3 %4 واپس کیے جا سکتے ہیں (جمع رقم واپس کریں)</translation>
    </message>
    <message>
        <source>%1: %2 ended on %5; a credit of %3 %4 can be given back (Give back the credit)</source>
        <translation>%1: %2 %5 کو ختم ہوئی؛ %3 %4 کی جمع رقم واپس کی جا سکتی ہے (جمع رقم واپس کریں)</translation>
    </message>
    <message>
        <source>Choose the credit to give back first.</source>
        <translation>پہلے وہ جمع رقم منتخب کریں جو واپس کرنی ہے۔</translation>
    </message>
    <message>
        <source>Give back all %1 %2 paid towards %3 to the family of %4 and withdraw it (it never ran)?</source>
        <translation>%3 کے لیے ادا کیے گئے تمام %1 %2 %4 کے خاندان کو واپس کریں اور اسے واپس لیں (یہ کبھی نہیں چلی)؟</translation>
    </message>
    <message>
        <source>Give back all %1 %2 paid towards %3 to %4 and withdraw it (it never ran)?</source>
        <translation>%3 کے لیے ادا کیے گئے تمام %1 %2 %4 کو واپس کریں اور اسے واپس لیں (یہ کبھی نہیں چلی)؟</translation>
    </message>
    <message>
        <source>Give back %1 %2 paid towards %3 beyond what it owed to the family of %4?</source>
        <translation>%3 کے لیے واجب رقم سے زیادہ ادا کیے گئے %1 %2 %4 کے خاندان کو واپس کریں؟</translation>
    </message>
    <message>
        <source>Give back %1 %2 paid towards %3 beyond what it owed to %4?</source>
        <translation>%3 کے لیے واجب رقم سے زیادہ ادا کیے گئے %1 %2 %4 کو واپس کریں؟</translation>
    </message>
    <message>
        <source>Give back the credit</source>
        <translation>جمع رقم واپس کریں</translation>
    </message>
    <message>
        <source>Refund receipt %1: %2 %3 given back to the family of %4.</source>
        <translation>رقم واپسی کی رسید %1: %2 %3 %4 کے خاندان کو واپس کیے گئے۔</translation>
    </message>
    <message>
        <source>Refund receipt %1: %2 %3 given back to %4.</source>
        <translation>رقم واپسی کی رسید %1: %2 %3 %4 کو واپس کیے گئے۔</translation>
    </message>
    <message>
        <source>%1 withdrawn (it never ran).</source>
        <translation>%1 واپس لے لی گئی (یہ کبھی نہیں چلی)۔</translation>
    </message>
    <message>
        <source>Choose the membership to end first.</source>
        <translation>پہلے وہ رکنیت منتخب کریں جسے ختم کرنا ہے۔</translation>
    </message>
    <message>
        <source>This membership has not begun yet: withdraw it instead (Withdraw).</source>
        <translation>یہ رکنیت ابھی شروع نہیں ہوئی: اس کے بجائے اسے واپس لیں («واپس لیں»)۔</translation>
    </message>
    <message>
        <source>Choose the membership to withdraw first.</source>
        <translation>پہلے وہ رکنیت منتخب کریں جسے واپس لینا ہے۔</translation>
    </message>
    <message>
        <source>This membership has begun: end it on its last day instead (End membership).</source>
        <translation>یہ رکنیت شروع ہو چکی ہے: اس کے بجائے اسے اس کے آخری دن ختم کریں («رکنیت ختم کریں»)۔</translation>
    </message>
    <message>
        <source>Choose the membership to refund first.</source>
        <translation>پہلے وہ رکنیت منتخب کریں جس کی رقم واپس کرنی ہے۔</translation>
    </message>
    <message>
        <source>Give back %1 %2 paid towards %3 of %4 (to the family: %4 died before it began) and withdraw it?</source>
        <translation>%4 کی %3 کے لیے ادا کیے گئے %1 %2 خاندان کو واپس کریں (%4 اس کے شروع ہونے سے پہلے وفات پا گئے) اور اسے واپس لیں؟</translation>
    </message>
    <message>
        <source>Give back %1 %2 paid towards %3 to %4 and withdraw it (it never begins)?</source>
        <translation>%3 کے لیے ادا کیے گئے %1 %2 %4 کو واپس کریں اور اسے واپس لیں (یہ کبھی شروع نہیں ہوگی)؟</translation>
    </message>
    <message>
        <source>Refund and withdraw</source>
        <translation>رقم واپس کریں اور واپس لیں</translation>
    </message>
    <message>
        <source>Nothing was refunded.</source>
        <translation>کوئی رقم واپس نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>گھرانہ (&amp;H):</translation>
    </message>
    <message>
        <source>Double-click a membership, or press Enter on it, to see its statement and record a payment (Payments tab).</source>
        <translation>کسی رکنیت پر ڈبل کلک کریں، یا اس پر Enter دبائیں، تاکہ اس کا گوشوارہ دیکھیں اور ادائیگی درج کریں (ادائیگیاں ٹیب)۔</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>وجہ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>آخری دن (&amp;L):</translation>
    </message>
    <message>
        <source>why, or who came for it</source>
        <translation>وجہ، یا کون لینے آیا</translation>
    </message>
    <message>
        <source>Give &amp;back the credit</source>
        <translation>جمع رقم واپس کریں (&amp;B)</translation>
    </message>
    <message>
        <source>%1 collects no contributions: there is nothing to pay.</source>
        <translation>%1 میں کوئی چندہ وصول نہیں کیا جاتا: ادا کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Refund receipt %1: %2 %3 given back to the family of %4; %5 withdrawn.</source>
        <translation>رقم واپسی کی رسید %1: %2 %3 %4 کے خاندان کو واپس کیے گئے؛ %5 واپس لے لی گئی۔</translation>
    </message>
    <message>
        <source>Refund receipt %1: %2 %3 given back to %4; %5 withdrawn.</source>
        <translation>رقم واپسی کی رسید %1: %2 %3 %4 کو واپس کیے گئے؛ %5 واپس لے لی گئی۔</translation>
    </message>
    <message>
        <source>%1: %2 withdrawn (it was to begin on %3).</source>
        <translation>%1: %2 واپس لے لی گئی (اسے %3 کو شروع ہونا تھا)۔</translation>
    </message>
    <message>
        <source>%1: %2 ends on %3.</source>
        <translation>%1: %2 %3 کو ختم ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Card %1 still claims it: issue a new card.</source>
        <translation>کارڈ %1 پر یہ حق اب بھی درج ہے: نیا کارڈ جاری کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n رکن</numerusform>
            <numerusform>%n ارکان</numerusform>
        </translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>سربراہ: %1</translation>
    </message>
    <message>
        <source>No head recorded</source>
        <translation>سربراہ درج نہیں</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>ابھی جائزہ نہیں ہوا</translation>
    </message>
    <message>
        <source>assessed %1: %2 (score %3)</source>
        <translation>جائزہ %1: %2 (اسکور %3)</translation>
    </message>
    <message>
        <source>extremely poor</source>
        <translation>انتہائی غریب</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>غریب</translation>
    </message>
    <message>
        <source>near poor</source>
        <translation>غربت کے قریب</translation>
    </message>
    <message>
        <source>not poor</source>
        <translation>غریب نہیں</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) recorded, %1 declined.</source>
        <translation>
            <numerusform>%n رکنیت درج، %1 مسترد۔</numerusform>
            <numerusform>%n رکنیتیں درج، %1 مسترد۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is proposed: assess the household and record its members&apos; situation.</source>
        <translation>کوئی تجویز نہیں: گھرانے کا جائزہ لیں اور اس کے اراکین کی صورتحال درج کریں۔</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ڈرائیو</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>اس میں دیکھیں (&amp;L):</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولڈر:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>فائل کا نام (&amp;N):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>فائلوں کی قسم (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>منتخب کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>اوپر والا فولڈر</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>فہرست کی صورت</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>تفصیلی صورت</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>پیچھے جائیں</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>آگے جائیں</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>اوپر والے فولڈر میں جائیں</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ایک نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>فہرست کی صورت میں دکھائیں</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>تفصیلی صورت میں دکھائیں</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>سائیڈ بار</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>مقامات اور بُک مارکس کی فہرست</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>فولڈرز</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فائلیں</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>نیا فولڈر (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>نام بدلیں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف کریں (&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>چھپی فائلیں دکھائیں (&amp;H)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تبدیلی کی تاریخ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کمپیوٹر</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ہاں (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>How many people live and eat in the household?</source>
        <translation>گھرانے میں کتنے لوگ رہتے اور کھاتے ہیں؟</translation>
    </message>
    <message>
        <source>Main material of the roof</source>
        <translation>چھت کا بنیادی مواد</translation>
    </message>
    <message>
        <source>Main material of the outer walls</source>
        <translation>بیرونی دیواروں کا بنیادی مواد</translation>
    </message>
    <message>
        <source>Main source of drinking water</source>
        <translation>پینے کے پانی کا بنیادی ذریعہ</translation>
    </message>
    <message>
        <source>Toilet facility</source>
        <translation>بیت الخلا کی سہولت</translation>
    </message>
    <message>
        <source>Is the dwelling connected to electricity?</source>
        <translation>کیا گھر میں بجلی کا کنکشن ہے؟</translation>
    </message>
    <message>
        <source>Main cooking fuel</source>
        <translation>کھانا پکانے کا بنیادی ایندھن</translation>
    </message>
    <message>
        <source>Agricultural land used by the household</source>
        <translation>گھرانے کے زیر استعمال زرعی زمین</translation>
    </message>
    <message>
        <source>Does the household own a motorbike or car?</source>
        <translation>کیا گھرانے کے پاس موٹر سائیکل یا گاڑی ہے؟</translation>
    </message>
    <message>
        <source>Does the household own a television?</source>
        <translation>کیا گھرانے کے پاس ٹیلی وژن ہے؟</translation>
    </message>
    <message>
        <source>Does any member earn a regular wage or salary?</source>
        <translation>کیا کوئی رکن باقاعدہ اجرت یا تنخواہ کماتا ہے؟</translation>
    </message>
    <message>
        <source>Does a member have a chronic illness that stops them working?</source>
        <translation>کیا کسی رکن کو ایسی دائمی بیماری ہے جو اسے کام سے روکتی ہے؟</translation>
    </message>
    <message>
        <source>How many &amp;people live and eat in the household?</source>
        <translation>گھرانے میں کتنے لوگ رہتے اور کھاتے ہیں؟ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Main material of the roof</source>
        <translation>چھت کا بنیادی مواد (&amp;M)</translation>
    </message>
    <message>
        <source>Main material of the ou&amp;ter walls</source>
        <translation>بیرونی دیواروں کا بنیادی مواد (&amp;T)</translation>
    </message>
    <message>
        <source>Main source of drin&amp;king water</source>
        <translation>پینے کے پانی کا بنیادی ذریعہ (&amp;K)</translation>
    </message>
    <message>
        <source>Toilet facility (&amp;J)</source>
        <translation>بیت الخلا کی سہولت (&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Is the dwelling connected to electricity?</source>
        <translation>کیا گھر میں بجلی کا کنکشن ہے؟ (&amp;I)</translation>
    </message>
    <message>
        <source>Main cooking fuel (&amp;Q)</source>
        <translation>کھانا پکانے کا بنیادی ایندھن (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Agricultural land used by the household</source>
        <translation>گھرانے کے زیر استعمال زرعی زمین (&amp;A)</translation>
    </message>
    <message>
        <source>Does the household own a motorbike or car? (&amp;X)</source>
        <translation>کیا گھرانے کے پاس موٹر سائیکل یا گاڑی ہے؟ (&amp;X)</translation>
    </message>
    <message>
        <source>Does the household own a tele&amp;vision?</source>
        <translation>کیا گھرانے کے پاس ٹیلی وژن ہے؟ (&amp;V)</translation>
    </message>
    <message>
        <source>Does any member earn a regular wage or salar&amp;y?</source>
        <translation>کیا کوئی رکن باقاعدہ اجرت یا تنخواہ کماتا ہے؟ (&amp;Y)</translation>
    </message>
    <message>
        <source>Does a member have a chronic illness that stops them working? (&amp;Z)</source>
        <translation>کیا کسی رکن کو ایسی دائمی بیماری ہے جو اسے کام سے روکتی ہے؟ (&amp;Z)</translation>
    </message>
    <message>
        <source>thatch</source>
        <translation>گھاس پھوس</translation>
    </message>
    <message>
        <source>metal sheet</source>
        <translation>دھات کی چادر</translation>
    </message>
    <message>
        <source>tiles</source>
        <translation>کھپریل</translation>
    </message>
    <message>
        <source>concrete</source>
        <translation>کنکریٹ</translation>
    </message>
    <message>
        <source>mud or bamboo</source>
        <translation>مٹی یا بانس</translation>
    </message>
    <message>
        <source>wood</source>
        <translation>لکڑی</translation>
    </message>
    <message>
        <source>brick or concrete</source>
        <translation>اینٹ یا کنکریٹ</translation>
    </message>
    <message>
        <source>surface water</source>
        <translation>سطحی پانی (دریا، تالاب)</translation>
    </message>
    <message>
        <source>unprotected well</source>
        <translation>غیر محفوظ کنواں</translation>
    </message>
    <message>
        <source>protected well</source>
        <translation>محفوظ کنواں</translation>
    </message>
    <message>
        <source>piped water</source>
        <translation>نلکے کا پانی</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>pit latrine</source>
        <translation>گڑھے والا بیت الخلا</translation>
    </message>
    <message>
        <source>flush toilet</source>
        <translation>فلش والا بیت الخلا</translation>
    </message>
    <message>
        <source>charcoal</source>
        <translation>کوئلہ</translation>
    </message>
    <message>
        <source>gas or electricity</source>
        <translation>گیس یا بجلی</translation>
    </message>
    <message>
        <source>under half a hectare</source>
        <translation>آدھے ہیکٹر سے کم</translation>
    </message>
    <message>
        <source>half a hectare to 2 hectares</source>
        <translation>آدھے سے 2 ہیکٹر تک</translation>
    </message>
    <message>
        <source>over 2 hectares</source>
        <translation>2 ہیکٹر سے زیادہ</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>no reason was recorded</source>
        <translation>کوئی وجہ درج نہیں کی گئی</translation>
    </message>
    <message>
        <source>%1 (the reason as recorded, in English)</source>
        <translation>%1 (وجہ جیسے درج ہوئی، انگریزی میں)</translation>
    </message>
    <message>
        <source>not eligible: %1</source>
        <translation>اہل نہیں: %1</translation>
    </message>
    <message>
        <source>eligible, not proposed: %1</source>
        <translation>اہل، لیکن تجویز نہیں کیا گیا: %1</translation>
    </message>
    <message>
        <source>eligible because %1</source>
        <translation>اہل کیونکہ %1</translation>
    </message>
    <message>
        <source>%1 (one member per household)</source>
        <translation>%1 (فی گھرانہ ایک رکن)</translation>
    </message>
    <message>
        <source>%1 is not recorded</source>
        <translation>%1 درج نہیں</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 %2 is one of %3</source>
        <translation>%1 %2 ان میں سے ایک ہے: %3</translation>
    </message>
    <message>
        <source>%1 %2 is not one of %3</source>
        <translation>%1 %2 ان میں سے نہیں ہے: %3</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 %2 ہے</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 %2 ہے، %3 نہیں</translation>
    </message>
    <message>
        <source>already a member</source>
        <translation>پہلے سے رکن ہے</translation>
    </message>
    <message>
        <source>already in %1, which excludes it</source>
        <translation>پہلے سے %1 میں ہے، جو اس کی اجازت نہیں دیتا</translation>
    </message>
    <message>
        <source>the household already has one member in it</source>
        <translation>گھرانے کا ایک رکن پہلے سے اس میں ہے</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 اور %2</translation>
    </message>
    <message>
        <source>age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>معذوری</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>روزگار</translation>
    </message>
    <message>
        <source>head of household</source>
        <translation>گھرانے کا سربراہ</translation>
    </message>
    <message>
        <source>household poverty level</source>
        <translation>گھرانے کی غربت کی سطح</translation>
    </message>
    <message>
        <source>household PMT score</source>
        <translation>گھرانے کا PMT اسکور</translation>
    </message>
    <message>
        <source>household size</source>
        <translation>گھرانے کے افراد کی تعداد</translation>
    </message>
    <message>
        <source>children under 16 in the household</source>
        <translation>گھرانے میں 16 سال سے کم عمر بچے</translation>
    </message>
    <message>
        <source>members aged 60 or more in the household</source>
        <translation>گھرانے میں 60 سال یا زیادہ عمر کے اراکین</translation>
    </message>
    <message>
        <source>members with a disability in the household</source>
        <translation>گھرانے میں معذور اراکین</translation>
    </message>
    <message>
        <source>%1 %2 is exactly %3</source>
        <translation>%1 %2، بالکل %3 ہے</translation>
    </message>
    <message>
        <source>%1 %2 is other than %3</source>
        <translation>%1 %2، %3 کے علاوہ ہے</translation>
    </message>
    <message>
        <source>%1 %2 is below %3</source>
        <translation>%1 %2، %3 سے نیچے ہے</translation>
    </message>
    <message>
        <source>%1 %2 is at or below %3</source>
        <translation>%1 %2، %3 یا اس سے نیچے ہے</translation>
    </message>
    <message>
        <source>%1 %2 is above %3</source>
        <translation>%1 %2، %3 سے اوپر ہے</translation>
    </message>
    <message>
        <source>%1 %2 is at or above %3</source>
        <translation>%1 %2، %3 یا اس سے اوپر ہے</translation>
    </message>
    <message>
        <source>%1 %2 == %3</source>
        <translation>%1 %2، %3 کے برابر ہے</translation>
    </message>
    <message>
        <source>%1 %2 != %3</source>
        <translation>%1 %2، %3 کے برابر نہیں</translation>
    </message>
    <message>
        <source>%1 %2 &lt; %3</source>
        <translation>%1 %2، %3 سے کم ہے</translation>
    </message>
    <message>
        <source>%1 %2 &lt;= %3</source>
        <translation>%1 %2، %3 یا اس سے کم ہے</translation>
    </message>
    <message>
        <source>%1 %2 &gt; %3</source>
        <translation>%1 %2، %3 سے زیادہ ہے</translation>
    </message>
    <message>
        <source>%1 %2 &gt;= %3</source>
        <translation>%1 %2، %3 یا اس سے زیادہ ہے</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Enrolment receipt</source>
        <translation>اندراج کی رسید</translation>
    </message>
    <message>
        <source>Contribution receipt</source>
        <translation>شراکتی ادائیگی کی رسید</translation>
    </message>
    <message>
        <source>nothing paid</source>
        <translation>ابھی کچھ ادا نہیں ہوا</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>رسید نمبر</translation>
    </message>
    <message>
        <source>Contribution receipt — COPY</source>
        <translation>شراکتی ادائیگی کی رسید — نقل</translation>
    </message>
    <message>
        <source>Refund voucher — COPY</source>
        <translation>رقم واپسی کا واؤچر — نقل</translation>
    </message>
    <message>
        <source>Refund voucher</source>
        <translation>رقم واپسی کا واؤچر</translation>
    </message>
    <message>
        <source>Withdrawal with refund of the contributions paid</source>
        <translation>ادا شدہ شراکتوں کی واپسی کے ساتھ دستبرداری</translation>
    </message>
    <message>
        <source>Refund of the credit after the membership ended</source>
        <translation>رکنیت ختم ہونے کے بعد بقایا کریڈٹ کی واپسی</translation>
    </message>
    <message>
        <source>Refund to the family of a member who died</source>
        <translation>فوت شدہ رکن کے خاندان کو رقم کی واپسی</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>اسٹیشن</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>رکنیت دار</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>پروگرام</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>واپس کی گئی رقم</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>رقم کی واپسی</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Received by (name and signature)</source>
        <translation>وصول کنندہ (نام اور دستخط)</translation>
    </message>
    <message>
        <source>Paid out by</source>
        <translation>ادائیگی کنندہ</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>وصول شدہ رقم</translation>
    </message>
    <message>
        <source>Paid until</source>
        <translation>ادائیگی کی تاریخ تک</translation>
    </message>
    <message>
        <source>Enrolment receipt — COPY</source>
        <translation>اندراج کی رسید — نقل</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>COPY — printed %1 by %2; registered on %3</source>
        <translation>نقل — %1 کو %2 نے پرنٹ کی؛ اندراج %3 کو ہوا</translation>
    </message>
    <message>
        <source>COPY — printed %1 by %2; the original was issued %3</source>
        <translation>نقل — %1 کو %2 نے پرنٹ کی؛ اصل %3 کو جاری ہوئی تھی</translation>
    </message>
    <message>
        <source>Paid until, arrears</source>
        <translation>ادائیگی کی تاریخ تک، بقایا</translation>
    </message>
    <message>
        <source>not on a copy: see the statement</source>
        <translation>نقل پر درج نہیں: گوشوارہ دیکھیں</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>بقایا</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>وصول کنندہ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>نام (لاطینی)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Person ID</source>
        <translation>شناختی نمبر</translation>
    </message>
    <message>
        <source>Household ID</source>
        <translation>گھرانے کا نمبر</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>پروگرام</translation>
    </message>
    <message>
        <source>Card serial</source>
        <translation>کارڈ سیریل</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>ابھی جاری نہیں ہوا</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>اندراج کنندہ</translation>
    </message>
    <message>
        <source>Keep this receipt. Show it at any Single Window office; the code identifies your record.</source>
        <translation>یہ رسید سنبھال کر رکھیں۔ اسے کسی بھی سنگل ونڈو دفتر میں دکھائیں؛ کوڈ آپ کے ریکارڈ کی شناخت کرتا ہے۔</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>%1, parent or guardian (privacy notice %2)</source>
        <translation>%1، والدین یا سرپرست (رازداری کا نوٹس %2)</translation>
    </message>
    <message>
        <source>the person (privacy notice %1)</source>
        <translation>خود وہ شخص (رازداری کا نوٹس %1)</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>&amp;Print the receipt...</source>
        <translation>رسید پرنٹ کریں... (&amp;P)</translation>
    </message>
    <message>
        <source>Save the &amp;receipt (PDF)</source>
        <translation>رسید محفوظ کریں (PDF) (&amp;R)</translation>
    </message>
    <message>
        <source>Read the record &amp;again</source>
        <translation>ریکارڈ دوبارہ پڑھیں (&amp;A)</translation>
    </message>
</context>
<context>
    <name>RefundVoucherDialog</name>
    <message>
        <source>Refund voucher</source>
        <translation>رقم واپسی کا واؤچر</translation>
    </message>
    <message>
        <source>Refund recorded: receipt %1, %2 %3. Give the person the voucher to sign.</source>
        <translation>رقم کی واپسی درج ہو گئی: رسید %1، %2 %3۔ وصول کنندہ سے واؤچر پر دستخط کروائیں۔</translation>
    </message>
    <message>
        <source>The voucher could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>واؤچر %1 میں محفوظ نہیں ہو سکا: دیکھیں کہ اس فولڈر میں لکھا جا سکتا ہے (یو ایس بی لگی ہو، جگہ باقی ہو)، پھر دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Print the voucher</source>
        <translation>واؤچر پرنٹ کریں</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>%1 - as of %2 - station %3</source>
        <translation>%1 - بتاریخ %2 - اسٹیشن %3</translation>
    </message>
    <message>
        <source>%1 (continued %2)</source>
        <translation>%1 (جاری %2)</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>رپورٹ کرنے کو کچھ نہیں</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>... and %1 more rows: see the CSV</source>
        <translation>... اور %1 مزید قطاریں: CSV دیکھیں</translation>
    </message>
    <message>
        <source>Coverage of social protection and employment programmes</source>
        <translation>سماجی تحفظ اور روزگار کے پروگراموں کی کوریج</translation>
    </message>
    <message>
        <source>Grievances and appeals</source>
        <translation>شکایات اور اپیلیں</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>کیس مینجمنٹ</translation>
    </message>
    <message>
        <source>Day&apos;s till: contributions taken and refunds paid out</source>
        <translation>دن کا کیش: وصول شدہ کنٹریبیوشنز اور ادا شدہ واپسیاں</translation>
    </message>
    <message>
        <source>What the registry holds about you</source>
        <translation>رجسٹری میں آپ کے بارے میں کیا ہے</translation>
    </message>
    <message>
        <source>A programme&apos;s list checked against the registry</source>
        <translation>پروگرام کی فہرست، رجسٹری سے جانچی گئی</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <source>Members by programme</source>
        <translation>پروگرام کے لحاظ سے ارکان</translation>
    </message>
    <message>
        <source>Members by programme and age group</source>
        <translation>پروگرام اور عمر کے گروپ کے لحاظ سے ارکان</translation>
    </message>
    <message>
        <source>Coverage by sex and age group</source>
        <translation>جنس اور عمر کے گروپ کے لحاظ سے کوریج</translation>
    </message>
    <message>
        <source>Programmes per household</source>
        <translation>فی گھرانہ پروگرام</translation>
    </message>
    <message>
        <source>Households by poverty level (latest assessment)</source>
        <translation>غربت کی سطح کے لحاظ سے گھرانے (تازہ ترین جائزہ)</translation>
    </message>
    <message>
        <source>Cards by status</source>
        <translation>حیثیت کے لحاظ سے کارڈ</translation>
    </message>
    <message>
        <source>Contributory memberships by status</source>
        <translation>حیثیت کے لحاظ سے کنٹریبیوٹری رکنیتیں</translation>
    </message>
    <message>
        <source>People to ask for their consent again at their next visit</source>
        <translation>وہ افراد جن سے اگلی آمد پر دوبارہ رضامندی لینی ہے</translation>
    </message>
    <message>
        <source>Grievances by status</source>
        <translation>حیثیت کے لحاظ سے شکایات</translation>
    </message>
    <message>
        <source>Grievances by category and status</source>
        <translation>زمرے اور حیثیت کے لحاظ سے شکایات</translation>
    </message>
    <message>
        <source>Open grievances by age</source>
        <translation>عمر کے لحاظ سے کھلی شکایات</translation>
    </message>
    <message>
        <source>Open grievances past their deadline (longest first)</source>
        <translation>آخری تاریخ گزری ہوئی کھلی شکایات (سب سے پرانی پہلے)</translation>
    </message>
    <message>
        <source>Case load by case manager</source>
        <translation>کیس مینیجر کے لحاظ سے کیسوں کا بوجھ</translation>
    </message>
    <message>
        <source>Referrals by service and status</source>
        <translation>خدمت اور حیثیت کے لحاظ سے ریفرلز</translation>
    </message>
    <message>
        <source>Overdue follow-ups (oldest first)</source>
        <translation>تاخیر شدہ فالو اپ (سب سے پرانے پہلے)</translation>
    </message>
    <message>
        <source>Totals by currency (never added across currencies)</source>
        <translation>کرنسی کے لحاظ سے میزان (مختلف کرنسیاں کبھی جمع نہیں کی جاتیں)</translation>
    </message>
    <message>
        <source>By clerk and currency</source>
        <translation>کلرک اور کرنسی کے لحاظ سے</translation>
    </message>
    <message>
        <source>By programme and currency</source>
        <translation>پروگرام اور کرنسی کے لحاظ سے</translation>
    </message>
    <message>
        <source>Every receipt and refund (office time)</source>
        <translation>ہر رسید اور واپسی (دفتر کا وقت)</translation>
    </message>
    <message>
        <source>Copies of receipts and vouchers given (from the audit trail)</source>
        <translation>دی گئی رسیدوں اور واؤچرز کی نقول (آڈٹ ریکارڈ سے)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>آپ کی تفصیلات</translation>
    </message>
    <message>
        <source>Fingers recorded (kept encrypted, never printed)</source>
        <translation>درج شدہ انگلیاں (خفیہ رکھی جاتی ہیں، کبھی چھاپی نہیں جاتیں)</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>پروگرام</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>Contributions paid and refunded</source>
        <translation>ادا شدہ اور واپس کیے گئے حصے</translation>
    </message>
    <message>
        <source>Visits recorded with your cards</source>
        <translation>آپ کے کارڈ سے درج دورے</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>شکایات</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>کیس فائلیں</translation>
    </message>
    <message>
        <source>What the office did with your record</source>
        <translation>دفتر نے آپ کے ریکارڈ کے ساتھ کیا کیا</translation>
    </message>
    <message>
        <source>On the list after their death: stop the payment</source>
        <translation>وفات کے بعد فہرست میں: ادائیگی روکیں</translation>
    </message>
    <message>
        <source>On the list more than once</source>
        <translation>فہرست میں ایک سے زیادہ بار</translation>
    </message>
    <message>
        <source>Registered, but not in the programme on the date</source>
        <translation>رجسٹرڈ، لیکن اس تاریخ کو پروگرام میں نہیں</translation>
    </message>
    <message>
        <source>To check with the person: the line fits more than one person, or one only in part</source>
        <translation>فرد سے تصدیق کریں: یہ سطر ایک سے زیادہ افراد سے، یا کسی ایک سے صرف جزوی طور پر ملتی ہے</translation>
    </message>
    <message>
        <source>Not registered: invite them to the office</source>
        <translation>رجسٹرڈ نہیں: انہیں دفتر بلائیں</translation>
    </message>
    <message>
        <source>In the programme here, not on the list</source>
        <translation>یہاں پروگرام میں، فہرست میں نہیں</translation>
    </message>
    <message>
        <source>Lines not read</source>
        <translation>سطریں جو پڑھی نہیں گئیں</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>پیمانہ</translation>
    </message>
    <message>
        <source>value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>پروگرام</translation>
    </message>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>members</source>
        <translation>ارکان</translation>
    </message>
    <message>
        <source>women</source>
        <translation>خواتین</translation>
    </message>
    <message>
        <source>men</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>share of the population (%)</source>
        <translation>آبادی میں حصہ (%)</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>عمر کا گروپ</translation>
    </message>
    <message>
        <source>population</source>
        <translation>آبادی</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>کوریج میں</translation>
    </message>
    <message>
        <source>coverage (%)</source>
        <translation>کوریج (%)</translation>
    </message>
    <message>
        <source>programmes</source>
        <translation>پروگرام</translation>
    </message>
    <message>
        <source>households</source>
        <translation>گھرانے</translation>
    </message>
    <message>
        <source>poverty level</source>
        <translation>غربت کی سطح</translation>
    </message>
    <message>
        <source>status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>arrears (minor units)</source>
        <translation>بقایا (چھوٹی اکائیاں)</translation>
    </message>
    <message>
        <source>grievances</source>
        <translation>شکایات</translation>
    </message>
    <message>
        <source>category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>total</source>
        <translation>کل</translation>
    </message>
    <message>
        <source>age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <source>past the deadline</source>
        <translation>آخری تاریخ گزر چکی</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>حوالہ نمبر</translation>
    </message>
    <message>
        <source>service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>آخری تاریخ</translation>
    </message>
    <message>
        <source>days overdue</source>
        <translation>تاخیر کے دن</translation>
    </message>
    <message>
        <source>appeals</source>
        <translation>اپیلیں</translation>
    </message>
    <message>
        <source>case manager</source>
        <translation>کیس مینیجر</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>کھلے کیس</translation>
    </message>
    <message>
        <source>closed cases</source>
        <translation>بند کیس</translation>
    </message>
    <message>
        <source>open plan items</source>
        <translation>منصوبے کے کھلے نکات</translation>
    </message>
    <message>
        <source>overdue follow-ups</source>
        <translation>تاخیر شدہ فالو اپ</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>فالو اپ کی تاریخ</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>case id</source>
        <translation>کیس آئی ڈی</translation>
    </message>
    <message>
        <source>description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>کرنسی</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>ادائیگیاں</translation>
    </message>
    <message>
        <source>paid (minor units)</source>
        <translation>ادا شدہ (چھوٹی اکائیاں)</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>واپسیاں</translation>
    </message>
    <message>
        <source>refunded (minor units)</source>
        <translation>واپس کیا گیا (چھوٹی اکائیاں)</translation>
    </message>
    <message>
        <source>net to hand over (minor units)</source>
        <translation>حوالے کرنے کی خالص رقم (چھوٹی اکائیاں)</translation>
    </message>
    <message>
        <source>time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>رسید نمبر</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>رکنیت دار</translation>
    </message>
    <message>
        <source>amount (minor units)</source>
        <translation>رقم (چھوٹی اکائیاں)</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>کاغذ</translation>
    </message>
    <message>
        <source>given by</source>
        <translation>دینے والا</translation>
    </message>
    <message>
        <source>given to</source>
        <translation>جسے دیا گیا</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>ریفرلز</translation>
    </message>
    <message>
        <source>cases / items</source>
        <translation>کیس / نکات</translation>
    </message>
    <message>
        <source>finger</source>
        <translation>انگلی</translation>
    </message>
    <message>
        <source>recorded on</source>
        <translation>درج کرنے کی تاریخ</translation>
    </message>
    <message>
        <source>from</source>
        <translation>سے</translation>
    </message>
    <message>
        <source>until</source>
        <translation>تک</translation>
    </message>
    <message>
        <source>card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>جاری کرنے کی تاریخ</translation>
    </message>
    <message>
        <source>status since</source>
        <translation>حیثیت کب سے</translation>
    </message>
    <message>
        <source>day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>مرکز صحت</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>وصولی کی تاریخ</translation>
    </message>
    <message>
        <source>opened on</source>
        <translation>کھولنے کی تاریخ</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>بند کرنے کی تاریخ</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>کیا کیا گیا</translation>
    </message>
    <message>
        <source>station</source>
        <translation>اسٹیشن</translation>
    </message>
    <message>
        <source>line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>number on the list</source>
        <translation>فہرست میں نمبر</translation>
    </message>
    <message>
        <source>name on the list</source>
        <translation>فہرست میں نام</translation>
    </message>
    <message>
        <source>person id</source>
        <translation>فرد کی شناخت</translation>
    </message>
    <message>
        <source>registered name</source>
        <translation>رجسٹرڈ نام</translation>
    </message>
    <message>
        <source>why</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>people</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>سطریں</translation>
    </message>
    <message>
        <source>numbers on the list</source>
        <translation>فہرست میں نمبر</translation>
    </message>
    <message>
        <source>programmes held</source>
        <translation>موجودہ پروگرام</translation>
    </message>
    <message>
        <source>may be</source>
        <translation>ممکنہ فرد</translation>
    </message>
    <message>
        <source>what agrees</source>
        <translation>کیا ملتا ہے</translation>
    </message>
    <message>
        <source>birth</source>
        <translation>پیدائش</translation>
    </message>
    <message>
        <source>born</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>village</source>
        <translation>گاؤں</translation>
    </message>
    <message>
        <source>name (local script)</source>
        <translation>نام (مقامی رسم الخط)</translation>
    </message>
    <message>
        <source>name (Latin letters)</source>
        <translation>نام (لاطینی حروف)</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>birth date (estimated)</source>
        <translation>تاریخ پیدائش (اندازاً)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>identity number</source>
        <translation>شناختی نمبر</translation>
    </message>
    <message>
        <source>household</source>
        <translation>گھرانہ</translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation>سربراہ سے رشتہ</translation>
    </message>
    <message>
        <source>registered on</source>
        <translation>اندراج کی تاریخ</translation>
    </message>
    <message>
        <source>people to ask for their consent again</source>
        <translation>دوبارہ رضامندی لینے والے افراد</translation>
    </message>
    <message>
        <source>never asked (registered before consent was recorded)</source>
        <translation>کبھی نہیں پوچھا گیا (رضامندی درج ہونے سے پہلے اندراج ہوا)</translation>
    </message>
    <message>
        <source>the privacy notice changed since</source>
        <translation>اس کے بعد رازداری نوٹس بدل گیا</translation>
    </message>
    <message>
        <source>came of age (a parent or guardian agreed for them)</source>
        <translation>بالغ ہو گئے (والدین یا سرپرست نے ان کی طرف سے رضامندی دی تھی)</translation>
    </message>
    <message>
        <source>refused by the central registry: the same person as someone already enrolled at another station (national adjudication)</source>
        <translation>مرکزی رجسٹری نے مسترد کر دیا: یہ وہی شخص ہے جو کسی دوسرے اسٹیشن پر پہلے سے درج ہے (قومی فیصلہ)</translation>
    </message>
    <message>
        <source>refused by the central registry: fingerprints added later belong to someone already enrolled at another station, found the same person (national adjudication)</source>
        <translation>مرکزی رجسٹری نے مسترد کر دیا: بعد میں شامل کیے گئے فنگر پرنٹ کسی دوسرے اسٹیشن پر پہلے سے درج شخص کے ہیں، اور دونوں ایک ہی شخص پائے گئے (قومی فیصلہ)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list in a cell (&quot;name, sex&quot;; &quot;،&quot; in Urdu).</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <source>died on</source>
        <translation>وفات کی تاریخ</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <source>consent given by</source>
        <translation>رضامندی دینے والا</translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <translation>والدین یا سرپرست</translation>
    </message>
    <message>
        <source>privacy notice read</source>
        <translation>پڑھا گیا رازداری نوٹس</translation>
    </message>
    <message>
        <source>consent recorded on</source>
        <translation>رضامندی درج کرنے کی تاریخ</translation>
    </message>
    <message>
        <source>central registry</source>
        <translation>مرکزی رجسٹری</translation>
    </message>
    <message>
        <source>programme code</source>
        <translation>پروگرام کوڈ</translation>
    </message>
    <message>
        <source>list</source>
        <translation>فہرست</translation>
    </message>
    <message>
        <source>lines read</source>
        <translation>پڑھی گئی سطریں</translation>
    </message>
    <message>
        <source>lines not read</source>
        <translation>نہ پڑھی گئی سطریں</translation>
    </message>
    <message>
        <source>found in the registry</source>
        <translation>رجسٹری میں ملے</translation>
    </message>
    <message>
        <source>found, and in the programme on the date</source>
        <translation>ملے، اور اس تاریخ کو پروگرام میں</translation>
    </message>
    <message>
        <source>after death</source>
        <translation>وفات کے بعد</translation>
    </message>
    <message>
        <source>more than once</source>
        <translation>ایک سے زیادہ بار</translation>
    </message>
    <message>
        <source>registered, not in the programme</source>
        <translation>رجسٹرڈ، پروگرام میں نہیں</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>تصدیق طلب</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>رجسٹرڈ نہیں</translation>
    </message>
    <message>
        <source>in the programme, not on the list</source>
        <translation>پروگرام میں، فہرست میں نہیں</translation>
    </message>
    <message>
        <source>population (registered people)</source>
        <translation>آبادی (رجسٹرڈ افراد)</translation>
    </message>
    <message>
        <source>registered people deceased by the report date (left out)</source>
        <translation>رپورٹ کی تاریخ تک فوت ہونے والے رجسٹرڈ افراد (شامل نہیں)</translation>
    </message>
    <message>
        <source>households assessed</source>
        <translation>جائزہ شدہ گھرانے</translation>
    </message>
    <message>
        <source>people covered by at least one programme</source>
        <translation>کم از کم ایک پروگرام میں شامل افراد</translation>
    </message>
    <message>
        <source>coverage of the population (%)</source>
        <translation>آبادی کی کوریج (%)</translation>
    </message>
    <message>
        <source>households with a combined package (2+ programmes)</source>
        <translation>مشترکہ پیکج والے گھرانے (2 یا زیادہ پروگرام)</translation>
    </message>
    <message>
        <source>duplicates prevented (station-wide)</source>
        <translation>روکی گئی دہری رجسٹریشن (پورے اسٹیشن میں)</translation>
    </message>
    <message>
        <source>cards issued and valid</source>
        <translation>جاری شدہ اور کارآمد کارڈ</translation>
    </message>
    <message>
        <source>cards ever issued</source>
        <translation>اب تک جاری کیے گئے کارڈ</translation>
    </message>
    <message>
        <source>grievances received</source>
        <translation>موصول شکایات</translation>
    </message>
    <message>
        <source>open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <source>open and past their deadline</source>
        <translation>کھلی اور آخری تاریخ گزری ہوئی</translation>
    </message>
    <message>
        <source>resolved or closed after a resolution</source>
        <translation>حل شدہ یا حل کے بعد بند</translation>
    </message>
    <message>
        <source>resolved within deadline (%)</source>
        <translation>آخری تاریخ کے اندر حل شدہ (%)</translation>
    </message>
    <message>
        <source>case files</source>
        <translation>کیس فائلیں</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>ایک ہی فرد</translation>
    </message>
    <message>
        <source>same details</source>
        <translation>ایک جیسی تفصیلات</translation>
    </message>
    <message>
        <source>same number</source>
        <translation>ایک ہی نمبر</translation>
    </message>
    <message>
        <source>identity number, another name</source>
        <translation>شناختی نمبر، دوسرا نام</translation>
    </message>
    <message>
        <source>name nearly</source>
        <translation>نام تقریباً</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>سالِ پیدائش</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>ادائیگی</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>واپسی</translation>
    </message>
    <message>
        <source>receipt copy</source>
        <translation>رسید کی نقل</translation>
    </message>
    <message>
        <source>voucher copy</source>
        <translation>واؤچر کی نقل</translation>
    </message>
    <message>
        <source>female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <source>male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>خود فرد</translation>
    </message>
    <message>
        <source>a parent or guardian</source>
        <translation>والدین یا سرپرست</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>not sent to the central registry</source>
        <translation>مرکزی رجسٹری کو نہیں بھیجا گیا</translation>
    </message>
    <message>
        <source>not yet sent to the central registry</source>
        <translation>ابھی مرکزی رجسٹری کو نہیں بھیجا گیا</translation>
    </message>
    <message>
        <source>sent to the central registry, not yet acknowledged</source>
        <translation>مرکزی رجسٹری کو بھیج دیا گیا، ابھی تصدیق نہیں ہوئی</translation>
    </message>
    <message>
        <source>received by the central registry; its national duplicate check is to come</source>
        <translation>مرکزی رجسٹری کو موصول ہو گیا؛ قومی دہرے اندراج کی جانچ ابھی ہونی ہے</translation>
    </message>
    <message>
        <source>accepted by the central registry (no one else enrolled with these fingers)</source>
        <translation>مرکزی رجسٹری نے قبول کر لیا (ان انگلیوں سے کوئی اور درج نہیں)</translation>
    </message>
    <message>
        <source>held at the central registry as a possible duplicate of someone enrolled elsewhere; national adjudication is to come</source>
        <translation>مرکزی رجسٹری میں کسی اور جگہ درج شخص کے ممکنہ دہرے اندراج کے طور پر روکا گیا؛ قومی فیصلہ ابھی ہونا ہے</translation>
    </message>
    <message>
        <source>People whose death was recorded with a date on or before the report date are left out of every figure (population, covered, programmes, households, contributions); they are counted apart in the summary, so registered people = population + deceased. A death after the report date still counts.</source>
        <translation>جن افراد کی وفات رپورٹ کی تاریخ یا اس سے پہلے کی تاریخ کے ساتھ درج ہے، وہ کسی بھی عدد (آبادی، کوریج، پروگرام، گھرانے، کنٹریبیوشنز) میں شامل نہیں؛ انہیں خلاصے میں الگ گنا جاتا ہے، اس لیے رجسٹرڈ افراد = آبادی + فوت شدگان۔ رپورٹ کی تاریخ کے بعد کی وفات اب بھی شمار ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Amounts are whole minor units of their currency; every total is per currency, never added across currencies. A refund is money paid out: its amount in the listing is negative, and the net to hand over is paid minus refunded. Times are the office&apos;s clock (%1); the day runs from 00:00 to 24:00 there.</source>
        <translation>رقوم اپنی کرنسی کی پوری چھوٹی اکائیوں میں ہیں؛ ہر میزان فی کرنسی ہے، مختلف کرنسیاں کبھی جمع نہیں کی جاتیں۔ واپسی ادا کی گئی رقم ہے: فہرست میں اس کی رقم منفی ہے، اور حوالے کرنے کی خالص رقم ادا شدہ منفی واپس شدہ ہے۔ اوقات دفتر کی گھڑی (%1) کے مطابق ہیں؛ دن وہاں 00:00 سے 24:00 تک ہے۔</translation>
    </message>
    <message>
        <source>Only the receipts, refunds and copies of %1 (%2): a clerk&apos;s report shows their own till.</source>
        <translation>صرف %1 (%2) کی رسیدیں، واپسیاں اور نقول: کلرک کی رپورٹ صرف اس کا اپنا کیش دکھاتی ہے۔</translation>
    </message>
    <message>
        <source>Your fingerprints are kept encrypted and are never printed: this paper says only which fingers were recorded and when. To correct a mistake, show this paper at a Single Window office: a correction is recorded with its reason.</source>
        <translation>آپ کے فنگر پرنٹس خفیہ رکھے جاتے ہیں اور کبھی چھاپے نہیں جاتے: یہ کاغذ صرف یہ بتاتا ہے کہ کون سی انگلیاں کب درج ہوئیں۔ کسی غلطی کی درستی کے لیے یہ کاغذ کسی سنگل ونڈو دفتر میں دکھائیں: درستی اس کی وجہ کے ساتھ درج ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Each line of the list is matched to the registered people by what it gives: an identity number, the name, sex, birth date or year, village. &apos;To check&apos; lines fit more than one person or one only in part: ask the person before acting on them.</source>
        <translation>فہرست کی ہر سطر کو رجسٹرڈ لوگوں سے اس کی دی گئی معلومات کے ذریعے ملایا جاتا ہے: شناختی نمبر، نام، جنس، تاریخ یا سالِ پیدائش، گاؤں۔ &apos;تصدیق طلب&apos; سطریں ایک سے زیادہ افراد سے یا کسی ایک سے صرف جزوی طور پر ملتی ہیں: ان پر عمل سے پہلے فرد سے پوچھیں۔</translation>
    </message>
    <message>
        <source>Nothing was taken, paid out or copied at this station on %1.</source>
        <translation>%1 کو اس اسٹیشن پر نہ کچھ وصول ہوا، نہ ادا کیا گیا، نہ نقل دی گئی۔</translation>
    </message>
    <message>
        <source>this station&apos;s counter</source>
        <translation>اس اسٹیشن کا کاؤنٹر</translation>
    </message>
    <message>
        <source>Commune %1</source>
        <translation>یونین کونسل %1</translation>
    </message>
    <message>
        <source>District %1 (%2)</source>
        <translation>ضلع %1 (%2)</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>ضلع %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 دن</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Save a report</source>
        <translation>رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <source>The report is saved in the station&apos;s reports folder. It holds counts, codes and grievance references, never names. A PDF is in the language of this desk; a CSV keeps the codes in English, for spreadsheets and other programs.</source>
        <translation>رپورٹ اسٹیشن کے رپورٹس فولڈر میں محفوظ ہوتی ہے۔ اس میں گنتیاں، کوڈ اور شکایات کے حوالہ نمبر ہوتے ہیں، نام کبھی نہیں۔ PDF اس ڈیسک کی زبان میں ہوتی ہے؛ CSV اسپریڈشیٹ اور دوسرے پروگراموں کے لیے کوڈ انگریزی میں رکھتی ہے۔</translation>
    </message>
    <message>
        <source>Coverage by programme, sex and age</source>
        <translation>پروگرام، جنس اور عمر کے لحاظ سے کوریج</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>شکایات</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>کیس مینجمنٹ</translation>
    </message>
    <message>
        <source>&amp;Which report</source>
        <translation>کون سی رپورٹ (&amp;W)</translation>
    </message>
    <message>
        <source>As of &amp;date</source>
        <translation>اس تاریخ کے مطابق (&amp;D)</translation>
    </message>
    <message>
        <source>The whole station</source>
        <translation>پورا اسٹیشن</translation>
    </message>
    <message>
        <source>Commune %1 (%2)</source>
        <translation>یونین کونسل %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>علاقہ (&amp;A)</translation>
    </message>
    <message>
        <source>PDF, to read or print</source>
        <translation>PDF، پڑھنے یا پرنٹ کرنے کے لیے</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV، اسپریڈشیٹ کے لیے</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>فارمیٹ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>تازہ کریں (&amp;R)</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search before registering: a person must be registered only once.</source>
        <extracomment>a registered person&apos;s id: issue them a card (a first one, or one that replaces theirs) open a found person: (person id, household id or None)</extracomment>
        <translation>رجسٹر کرنے سے پہلے تلاش کریں: ہر فرد صرف ایک بار رجسٹر ہو۔</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>تلاش کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Read the &amp;card</source>
        <translation>کارڈ پڑھیں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open cases to decide...</source>
        <translation>فیصلے کے منتظر کیسز (&amp;O)...</translation>
    </message>
    <message>
        <source>Name (local)</source>
        <translation>نام (مقامی)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>نام (لاطینی)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>پیدائش</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>گاؤں</translation>
    </message>
    <message>
        <source>Household of</source>
        <translation>گھرانہ (سربراہ)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>متوفی</translation>
    </message>
    <message>
        <source>Double-click a person, or press Enter, to open their household.</source>
        <translation>کسی فرد پر ڈبل کلک کریں یا Enter دبائیں تاکہ اس کا گھرانہ کھلے۔</translation>
    </message>
    <message>
        <source>&amp;Register a new person in a new household</source>
        <translation>نئے گھرانے میں نیا فرد رجسٹر کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Add a &amp;member to the selected household</source>
        <translation>منتخب گھرانے میں رکن شامل کریں (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Issue a card to the selected person</source>
        <translation>منتخب فرد کو کارڈ جاری کریں (&amp;I)</translation>
    </message>
    <message>
        <source>Record a &amp;death...</source>
        <translation>وفات درج کریں... (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Household...</source>
        <translation>گھرانہ... (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Print the receipt again...</source>
        <translation>رسید دوبارہ پرنٹ کریں... (&amp;P)</translation>
    </message>
    <message>
        <source>Save the receipt again as PD&amp;F</source>
        <translation>رسید دوبارہ PDF کے طور پر محفوظ کریں (&amp;F)</translation>
    </message>
    <message>
        <source>Correct de&amp;tails...</source>
        <translation>تفصیلات درست کریں... (&amp;T)</translation>
    </message>
    <message>
        <source>Privac&amp;y and consent...</source>
        <translation>رازداری اور رضامندی... (&amp;Y)</translation>
    </message>
    <message>
        <source>The registry is not available on this station.</source>
        <translation>اس اسٹیشن پر رجسٹری دستیاب نہیں۔</translation>
    </message>
    <message>
        <source>Type a name, a phone number or an id, then search.</source>
        <translation>نام، فون نمبر یا شناختی نمبر لکھیں، پھر تلاش کریں۔</translation>
    </message>
    <message>
        <source>Reading the card...</source>
        <translation>کارڈ پڑھا جا رہا ہے...</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>تلاش جاری ہے...</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>recorded as deceased on %1</source>
        <translation>%1 کو متوفی درج</translation>
    </message>
    <message>
        <source>More than %1 people match: showing the first %1. Type more of the name to narrow the search.</source>
        <translation>%1 سے زیادہ افراد مماثل ہیں: پہلے %1 دکھائے جا رہے ہیں۔ تلاش محدود کرنے کے لیے مزید نام لکھیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n فرد ملا</numerusform>
            <numerusform>%n افراد ملے</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, or register a new person.</source>
        <translation>کوئی نہیں ملا۔ ہجے چیک کریں، یا نیا فرد رجسٹر کریں۔</translation>
    </message>
    <message>
        <source>This card is revoked; its holder is found all the same.</source>
        <translation>یہ کارڈ منسوخ ہے؛ کارڈ والا پھر بھی مل جاتا ہے۔</translation>
    </message>
    <message>
        <source>This card was reported lost; its holder is found all the same.</source>
        <translation>یہ کارڈ گم شدہ بتایا گیا تھا؛ کارڈ والا پھر بھی مل جاتا ہے۔</translation>
    </message>
    <message>
        <source>This card was replaced by a newer one; its holder is found all the same.</source>
        <translation>اس کارڈ کی جگہ نیا کارڈ دیا جا چکا ہے؛ کارڈ والا پھر بھی مل جاتا ہے۔</translation>
    </message>
    <message>
        <source>The first is the member the receipt was given to.</source>
        <translation>پہلا وہ رکن ہے جسے یہ رسید دی گئی تھی۔</translation>
    </message>
    <message>
        <source>The first is the person the grievance slip was given to.</source>
        <translation>پہلا وہ فرد ہے جسے یہ شکایت کی پرچی دی گئی تھی۔</translation>
    </message>
    <message>
        <source>Recording the death...</source>
        <translation>وفات درج کی جا رہی ہے...</translation>
    </message>
    <message numerus="yes">
        <source>Death recorded: %n programme(s) ended, card(s) revoked: %1.</source>
        <translation>
            <numerusform>وفات درج ہو گئی: %n پروگرام ختم، منسوخ شدہ کارڈ: %1۔</numerusform>
            <numerusform>وفات درج ہو گئی: %n پروگرام ختم، منسوخ شدہ کارڈ: %1۔</numerusform>
        </translation>
    </message>
    <message>
        <source>They headed their household: choose its new head with Household...</source>
        <translation>وہ اپنے گھرانے کے سربراہ تھے: گھرانہ... سے اس کا نیا سربراہ چنیں</translation>
    </message>
    <message>
        <source>Saving the correction...</source>
        <translation>درستی محفوظ ہو رہی ہے...</translation>
    </message>
    <message>
        <source>Details corrected: %1.</source>
        <translation>تفصیلات درست ہو گئیں: %1۔</translation>
    </message>
    <message numerus="yes">
        <source>%n other member(s) of the household moved too.</source>
        <translation>
            <numerusform>گھرانے کا %n اور رکن بھی منتقل ہوا۔</numerusform>
            <numerusform>گھرانے کے %n اور ارکان بھی منتقل ہوئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The card %1 shows the old details: issue a new card to replace it.</source>
        <translation>کارڈ %1 پر پرانی تفصیلات ہیں: اس کی جگہ نیا کارڈ جاری کریں۔</translation>
    </message>
    <message>
        <source>Ask for the person&apos;s consent again</source>
        <translation>اس شخص سے دوبارہ رضامندی لیں</translation>
    </message>
    <message>
        <source>Erasing the fingerprints...</source>
        <translation>فنگر پرنٹس مٹائے جا رہے ہیں...</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints erased for %1 (%n finger(s)); the central registry is told.</source>
        <translation>
            <numerusform>%1 کے فنگر پرنٹس مٹا دیے گئے (%n انگلیاں)؛ مرکزی رجسٹری کو بتا دیا گیا ہے۔</numerusform>
            <numerusform>%1 کے فنگر پرنٹس مٹا دیے گئے (%n انگلیاں)؛ مرکزی رجسٹری کو بتا دیا گیا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Card(s) %1 still carry them: issue a new card to replace them.</source>
        <translation>کارڈ %1 میں یہ اب بھی موجود ہیں: ان کی جگہ نیا کارڈ جاری کریں۔</translation>
    </message>
    <message>
        <source>Checking and adding the fingerprints...</source>
        <translation>فنگر پرنٹس جانچے اور شامل کیے جا رہے ہیں...</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints added for %1 (%n finger(s)): they match no one else registered; the central registry checks them too.</source>
        <translation>
            <numerusform>%1 کے فنگر پرنٹس شامل کیے گئے (%n انگلی): کسی اور رجسٹرڈ شخص سے نہیں ملتے؛ مرکزی رجسٹری بھی جانچے گی۔</numerusform>
            <numerusform>%1 کے فنگر پرنٹس شامل کیے گئے (%n انگلیاں): کسی اور رجسٹرڈ شخص سے نہیں ملتے؛ مرکزی رجسٹری بھی جانچے گی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Card(s) %1 were written without them: issue a new card to carry them.</source>
        <translation>کارڈ %1 ان کے بغیر لکھے گئے تھے: انہیں شامل کرنے کے لیے نیا کارڈ جاری کریں۔</translation>
    </message>
    <message>
        <source>Checking and replacing the fingerprints...</source>
        <translation>فنگر پرنٹس کی جانچ اور تبدیلی ہو رہی ہے...</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints replaced for %1 (%n finger(s)): they match no one else registered; the central registry checks them too.</source>
        <translation>
            <numerusform>%1 کے فنگر پرنٹس تبدیل کیے گئے (%n انگلی): کسی اور رجسٹرڈ شخص سے نہیں ملتے؛ مرکزی رجسٹری بھی جانچے گی۔</numerusform>
            <numerusform>%1 کے فنگر پرنٹس تبدیل کیے گئے (%n انگلیاں): کسی اور رجسٹرڈ شخص سے نہیں ملتے؛ مرکزی رجسٹری بھی جانچے گی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown to be them by: %1.</source>
        <translation>ان کی شناخت اس سے ثابت ہوئی: %1۔</translation>
    </message>
    <message>
        <source>No finger matched the prints on file: replaced on the supervisor&apos;s decision.</source>
        <translation>کوئی انگلی فائل کے پرنٹس سے نہیں ملی: سپروائزر کے فیصلے پر تبدیل کیے گئے۔</translation>
    </message>
    <message>
        <source>Card(s) %1 carry the old prints: issue a new card to replace them.</source>
        <translation>کارڈ %1 پر پرانے پرنٹس ہیں: ان کی جگہ نیا کارڈ جاری کریں۔</translation>
    </message>
    <message>
        <source>Writing the record...</source>
        <translation>ریکارڈ لکھا جا رہا ہے...</translation>
    </message>
    <message>
        <source>Saved as %1: print it and give it to them.</source>
        <translation>%1 کے طور پر محفوظ ہو گیا: اسے چھاپ کر انہیں دیں۔</translation>
    </message>
    <message>
        <source>Recording the consent...</source>
        <translation>رضامندی درج ہو رہی ہے...</translation>
    </message>
    <message>
        <source>Consent recorded for %1 (privacy notice %2).</source>
        <translation>%1 کی رضامندی درج ہو گئی (رازداری کا نوٹس %2)۔</translation>
    </message>
    <message>
        <source>Print a copy of the receipt</source>
        <translation>رسید کی نقل پرنٹ کریں</translation>
    </message>
    <message>
        <source>Reading the record...</source>
        <translation>ریکارڈ پڑھا جا رہا ہے...</translation>
    </message>
    <message>
        <source>%1 died on %2: no copy of the enrolment receipt is given for a deceased person.</source>
        <translation>%1 کا %2 کو انتقال ہو گیا: فوت شدہ فرد کو اندراج کی رسید کی نقل نہیں دی جاتی۔</translation>
    </message>
    <message>
        <source>The copy could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>نقل %1 میں محفوظ نہیں ہو سکی: دیکھیں کہ اس فولڈر میں لکھا جا سکتا ہے (یو ایس بی لگی ہو، جگہ باقی ہو)، پھر دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>محفوظ ہوا: %1</translation>
    </message>
    <message>
        <source>name (local or Latin), phone, person or household id, card serial, receipt or grievance number</source>
        <translation>نام (مقامی یا لاطینی)، فون، فرد یا گھرانے کی شناخت، کارڈ سیریل، رسید یا شکایت نمبر</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>پرنٹر شروع نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>%1 کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>پرنٹر</translation>
    </message>
</context>
<context>
    <name>ServicePanel</name>
    <message>
        <source>Working...</source>
        <translation>کام جاری ہے...</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>social assistance</source>
        <translation>سماجی امداد</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>ادائیگیاں</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>رجسٹری</translation>
    </message>
    <message>
        <source>health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>روزگار</translation>
    </message>
    <message>
        <source>office manager</source>
        <translation>دفتر کا منتظم</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>معائنہ</translation>
    </message>
    <message>
        <source>training</source>
        <translation>تربیت</translation>
    </message>
    <message>
        <source>education</source>
        <translation>تعلیم</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>قانونی مدد</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>SlipWords</name>
    <message numerus="yes">
        <source>If you disagree with the answer, you may appeal within %n day(s) of it, at this office.</source>
        <translation>
            <numerusform>اگر آپ جواب سے متفق نہیں ہیں تو جواب کے %n دن کے اندر اسی دفتر میں اپیل کر سکتے ہیں۔</numerusform>
            <numerusform>اگر آپ جواب سے متفق نہیں ہیں تو جواب کے %n دن کے اندر اسی دفتر میں اپیل کر سکتے ہیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Statement of contributions</source>
        <translation>چندوں کا گوشوارہ</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>اسٹیشن</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>رکنیت دار</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>پروگرام</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>رکنیت</translation>
    </message>
    <message>
        <source>Standing today</source>
        <translation>آج کی صورتحال</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>پرنٹ کنندہ</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1 از %2</translation>
    </message>
    <message>
        <source>Statement of contributions (continued): %1 — %2</source>
        <translation>چندوں کا گوشوارہ (جاری): %1 — %2</translation>
    </message>
    <message>
        <source>No payment recorded yet.</source>
        <translation>ابھی تک کوئی ادائیگی درج نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>%1 واپس کیے گئے</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>received</source>
        <translation>موصول</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>آگے بھیجی گئی</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>حل شدہ</translation>
    </message>
    <message>
        <source>appealed</source>
        <translation>اپیل شدہ</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>منصوبہ بند</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>جاری</translation>
    </message>
    <message>
        <source>done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>منسوخ</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Needs your attention</source>
        <translation>آپ کی توجہ درکار ہے</translation>
    </message>
    <message>
        <source>Revo&amp;ke the card...</source>
        <translation>کارڈ منسوخ کریں... (&amp;K)</translation>
    </message>
    <message>
        <source>Adjudication queue</source>
        <translation>فیصلہ طلب قطار</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>کھولا گیا</translation>
    </message>
    <message>
        <source>By</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>درخواست گزار</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>امیدوار</translation>
    </message>
    <message>
        <source>Clerk&apos;s decision</source>
        <translation>کلرک کا فیصلہ</translation>
    </message>
    <message>
        <source>&amp;Approve the decision</source>
        <translation>فیصلہ منظور کریں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Send back to the clerk</source>
        <translation>کلرک کو واپس بھیجیں (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare the prints...</source>
        <translation>نشانات کا موازنہ کریں... (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تازہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Sync to the central registry</source>
        <translation>مرکزی رجسٹری سے ہم آہنگی</translation>
    </message>
    <message>
        <source>Install new card-signing certificates...</source>
        <translation>کارڈ پر دستخط کی نئی اسناد نصب کریں...</translation>
    </message>
    <message>
        <source>Back &amp;up the station...</source>
        <translation>اسٹیشن کا بیک اپ لیں... (&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;ports...</source>
        <translation>رپورٹس... (&amp;P)</translation>
    </message>
    <message>
        <source>Check a pro&amp;gramme&apos;s list...</source>
        <translation>کسی پروگرام کی فہرست جانچیں... (&amp;G)</translation>
    </message>
    <message>
        <source>Registered at this station</source>
        <translation>اس اسٹیشن پر رجسٹرڈ</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>عمر کے لحاظ سے</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>جنس کے لحاظ سے</translation>
    </message>
    <message>
        <source>By commune</source>
        <translation>یونین کونسل کے لحاظ سے</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>وہی فرد</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>مختلف افراد</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>منتظر</translation>
    </message>
    <message>
        <source>same person as %1</source>
        <translation>وہی فرد جو %1 ہے</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1
Sent, not yet acknowledged: %2
Acknowledged: %3
Rejected by the centre: %4</source>
        <translation>بھیجنے کے منتظر: %1
بھیجے گئے، تصدیق باقی: %2
تصدیق شدہ: %3
مرکز نے مسترد کیے: %4</translation>
    </message>
    <message>
        <source>Of which awaiting the centre&apos;s duplicate check: %1</source>
        <translation>ان میں سے مرکز کی دہرے اندراج کی جانچ کے منتظر: %1</translation>
    </message>
    <message>
        <source>People: %1 · Households: %2 · Adjudications pending: %3</source>
        <translation>افراد: %1 · گھرانے: %2 · زیر التوا فیصلے: %3</translation>
    </message>
    <message>
        <source>You opened this case yourself: another supervisor approves it.</source>
        <translation>یہ کیس آپ نے خود کھولا تھا: اس کی منظوری کوئی اور سپروائزر دے گا۔</translation>
    </message>
    <message>
        <source>The clerk has not decided this case yet.</source>
        <translation>کلرک نے ابھی اس معاملے کا فیصلہ نہیں کیا۔</translation>
    </message>
    <message>
        <source>The clerk&apos;s note: %1</source>
        <translation>کلرک کا نوٹ: %1</translation>
    </message>
    <message>
        <source>Sent back to the clerk.</source>
        <translation>کلرک کو واپس بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>Approved: registered as person %1.</source>
        <translation>منظور: فرد %1 کے طور پر رجسٹر ہوا۔</translation>
    </message>
    <message>
        <source>Approved: no new person was registered.</source>
        <translation>منظور: کوئی نیا فرد رجسٹر نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The card %1 of %2 is still valid, but the central registry found this person already enrolled at another station (one person, one card): revoke the card.</source>
        <translation>%2 کا کارڈ %1 ابھی تک کارآمد ہے، لیکن مرکزی رجسٹری کو یہ شخص کسی اور اسٹیشن پر پہلے سے اندراج شدہ ملا ہے (ایک شخص، ایک کارڈ): یہ کارڈ منسوخ کریں۔</translation>
    </message>
    <message>
        <source>This station&apos;s packet-signing key is missing (%1): nothing is sent to the central registry until it is restored.</source>
        <translation>اس اسٹیشن کی پیکٹ پر دستخط کرنے والی کلید غائب ہے (%1): جب تک یہ بحال نہ ہو، مرکزی رجسٹری کو کچھ نہیں بھیجا جاتا۔</translation>
    </message>
    <message>
        <source>This station&apos;s packet-signing key is damaged (%1): nothing is sent to the central registry until it is restored.</source>
        <translation>اس اسٹیشن کی پیکٹ پر دستخط کرنے والی کلید خراب ہے (%1): جب تک یہ بحال نہ ہو، مرکزی رجسٹری کو کچھ نہیں بھیجا جاتا۔</translation>
    </message>
    <message>
        <source>Restore it from the station&apos;s backup (sws db restore); never make a new one: the centre would refuse every record signed by it.</source>
        <translation>اسے اسٹیشن کے بیک اپ سے بحال کریں (sws db restore)؛ نئی ہرگز نہ بنائیں: مرکز اس سے دستخط شدہ ہر ریکارڈ رد کر دے گا۔</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 h %2 min ahead of the central registry&apos;s: records are dated wrong and cards issued here may be refused elsewhere as not yet valid: set the date and time.</source>
        <translation>اس کمپیوٹر کی گھڑی مرکزی رجسٹری کی گھڑی سے %1 گھنٹے %2 منٹ آگے ہے: ریکارڈ پر غلط تاریخ لگتی ہے اور یہاں جاری کیے گئے کارڈ دوسری جگہوں پر ابھی غیر مؤثر سمجھ کر رد کیے جا سکتے ہیں: تاریخ اور وقت درست کریں۔</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 h %2 min behind the central registry&apos;s: records are dated wrong and cards issued here may be refused elsewhere as expired too early: set the date and time.</source>
        <translation>اس کمپیوٹر کی گھڑی مرکزی رجسٹری کی گھڑی سے %1 گھنٹے %2 منٹ پیچھے ہے: ریکارڈ پر غلط تاریخ لگتی ہے اور یہاں جاری کیے گئے کارڈ دوسری جگہوں پر وقت سے پہلے میعاد ختم سمجھ کر رد کیے جا سکتے ہیں: تاریخ اور وقت درست کریں۔</translation>
    </message>
    <message>
        <source>The centre&apos;s list of places (version %1) was not used: %2.</source>
        <translation>مرکز کی مقامات کی فہرست (ورژن %1) استعمال نہیں ہوئی: %2۔</translation>
    </message>
    <message>
        <source>The centre&apos;s list of places was not used: %2.</source>
        <translation>مرکز کی مقامات کی فہرست استعمال نہیں ہوئی: %2۔</translation>
    </message>
    <message>
        <source>This station keeps its list (version %1).</source>
        <translation>یہ اسٹیشن اپنی ہی فہرست (ورژن %1) استعمال کرتا رہتا ہے۔</translation>
    </message>
    <message>
        <source>This station keeps its list.</source>
        <translation>یہ اسٹیشن اپنی ہی فہرست استعمال کرتا رہتا ہے۔</translation>
    </message>
    <message>
        <source>Ask the office&apos;s IT contact to update the station.</source>
        <translation>دفتر کے آئی ٹی رابطہ کار سے اس اسٹیشن کو اپ ڈیٹ کرنے کو کہیں۔</translation>
    </message>
    <message>
        <source>Revoke the card</source>
        <translation>کارڈ منسوخ کریں</translation>
    </message>
    <message>
        <source>Revoke the card %1 of %2? It stops working at every hospital and office.</source>
        <translation>%2 کا کارڈ %1 منسوخ کریں؟ یہ ہر ہسپتال اور دفتر میں کام کرنا بند کر دے گا۔</translation>
    </message>
    <message>
        <source>Card %1 revoked: the revocation list is signed again and the centre is told.</source>
        <translation>کارڈ %1 منسوخ ہو گیا: منسوخی کی فہرست پر دوبارہ دستخط ہو گئے اور مرکز کو اطلاع دی جائے گی۔</translation>
    </message>
    <message numerus="yes">
        <source>The centre has not approved this station yet: %Ln record(s) wait on this computer until it does, the oldest since %1.</source>
        <translation>
            <numerusform>مرکز نے ابھی یہ اسٹیشن منظور نہیں کیا: %Ln ریکارڈ منظوری تک اس کمپیوٹر پر منتظر ہے، %1 سے۔</numerusform>
            <numerusform>مرکز نے ابھی یہ اسٹیشن منظور نہیں کیا: %Ln ریکارڈ منظوری تک اس کمپیوٹر پر منتظر ہیں، سب سے پرانا %1 سے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The centre has not approved this station yet: its records wait here until it does.</source>
        <translation>مرکز نے ابھی یہ اسٹیشن منظور نہیں کیا: اس کے ریکارڈ منظوری تک یہیں انتظار کرتے ہیں۔</translation>
    </message>
    <message>
        <source>Writing the day&apos;s till report...</source>
        <translation>دن کی کیش رپورٹ لکھی جا رہی ہے...</translation>
    </message>
    <message>
        <source>The till report could not be saved in %1: check that this folder can be written (space left), then try again.</source>
        <translation>کیش رپورٹ %1 میں محفوظ نہیں ہو سکی: دیکھیں کہ اس فولڈر میں لکھا جا سکتا ہے (جگہ باقی ہے)، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>رپورٹ لکھی جا رہی ہے...</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>رپورٹ محفوظ ہو گئی: %1</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: check that this folder can be written (space left), then try again.</source>
        <translation>رپورٹ %1 میں محفوظ نہیں ہو سکی: دیکھیں کہ اس فولڈر میں لکھا جا سکتا ہے (جگہ باقی ہے)، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>کوئی رپورٹ نہیں لکھی گئی: %1</translation>
    </message>
    <message>
        <source>Checking the list against the registry...</source>
        <translation>فہرست رجسٹری سے جانچی جا رہی ہے...</translation>
    </message>
    <message>
        <source>List checked, report saved: %1</source>
        <translation>فہرست جانچ لی گئی، رپورٹ محفوظ ہو گئی: %1</translation>
    </message>
    <message>
        <source>The list was not checked: %1</source>
        <translation>فہرست نہیں جانچی گئی: %1</translation>
    </message>
    <message>
        <source>Day&apos;s till report saved: %1</source>
        <translation>دن کی کیش رپورٹ محفوظ ہو گئی: %1</translation>
    </message>
    <message>
        <source>No till report was written: %1</source>
        <translation>کوئی کیش رپورٹ نہیں لکھی گئی: %1</translation>
    </message>
    <message>
        <source>Registration expired on %1: records are kept here until the centre renews it</source>
        <translation>رجسٹریشن کی میعاد %1 کو ختم ہو گئی: مرکز کی تجدید تک ریکارڈ یہیں محفوظ رہیں گے</translation>
    </message>
    <message>
        <source>Da&amp;y&apos;s till report...</source>
        <translation>دن کی کیش رپورٹ... (&amp;Y)</translation>
    </message>
    <message>
        <source>Registration valid until %1</source>
        <translation>رجسٹریشن %1 تک درست ہے</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) — ask the centre to renew</source>
        <translation>
            <numerusform>میعاد %n دن میں ختم ہو گی — مرکز سے تجدید کی درخواست کریں</numerusform>
            <numerusform>میعاد %n دنوں میں ختم ہو گی — مرکز سے تجدید کی درخواست کریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has revoked this station: it refuses its records until it approves the station again. Nothing is lost: %Ln record(s) wait on this computer. Contact the central registry.</source>
        <translation>
            <numerusform>مرکز نے یہ اسٹیشن منسوخ کر دیا ہے: جب تک وہ اسٹیشن کو دوبارہ منظور نہ کرے، اس کے ریکارڈ رد کرتا ہے۔ کچھ ضائع نہیں ہوا: %Ln ریکارڈ اس کمپیوٹر پر منتظر ہے۔ مرکزی رجسٹری سے رابطہ کریں۔</numerusform>
            <numerusform>مرکز نے یہ اسٹیشن منسوخ کر دیا ہے: جب تک وہ اسٹیشن کو دوبارہ منظور نہ کرے، اس کے ریکارڈ رد کرتا ہے۔ کچھ ضائع نہیں ہوا: %Ln ریکارڈ اس کمپیوٹر پر منتظر ہیں۔ مرکزی رجسٹری سے رابطہ کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has suspended this station: it received records from two computers using this station&apos;s identity. Nothing is lost: %Ln record(s) wait on this computer. If a new computer replaced this one from its backup, export them below and give the file to the central registry&apos;s operator; otherwise contact the central registry.</source>
        <translation>
            <numerusform>مرکز نے یہ اسٹیشن معطل کر دیا ہے: اسے اس اسٹیشن کی شناخت استعمال کرنے والے دو کمپیوٹروں سے ریکارڈ ملے۔ کچھ ضائع نہیں ہوا: %Ln ریکارڈ اس کمپیوٹر پر منتظر ہے۔ اگر کسی نئے کمپیوٹر نے اس کے بیک اپ سے اس کی جگہ لے لی ہے تو نیچے انہیں برآمد کریں اور فائل مرکزی رجسٹری کے آپریٹر کو دیں؛ ورنہ مرکزی رجسٹری سے رابطہ کریں۔</numerusform>
            <numerusform>مرکز نے یہ اسٹیشن معطل کر دیا ہے: اسے اس اسٹیشن کی شناخت استعمال کرنے والے دو کمپیوٹروں سے ریکارڈ ملے۔ کچھ ضائع نہیں ہوا: %Ln ریکارڈ اس کمپیوٹر پر منتظر ہیں۔ اگر کسی نئے کمپیوٹر نے اس کے بیک اپ سے اس کی جگہ لے لی ہے تو نیچے انہیں برآمد کریں اور فائل مرکزی رجسٹری کے آپریٹر کو دیں؛ ورنہ مرکزی رجسٹری سے رابطہ کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The centre does not know this station (%1): its records wait here. Contact the central registry.</source>
        <translation>مرکز اس اسٹیشن (%1) کو نہیں جانتا: اس کے ریکارڈ یہاں منتظر ہیں۔ مرکزی رجسٹری سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>(deceased %1)</source>
        <translation>(متوفی %1)</translation>
    </message>
    <message>
        <source>No card can be issued: the card-signing certificates end on %1. Ask for new ones.</source>
        <translation>کوئی کارڈ جاری نہیں ہو سکتا: کارڈ پر دستخط کی اسناد %1 کو ختم ہو رہی ہیں۔ نئی اسناد منگوائیں۔</translation>
    </message>
    <message>
        <source>Cards issued now are valid only until %1: the card-signing certificates end then. Ask for new ones.</source>
        <translation>اب جاری ہونے والے کارڈ صرف %1 تک کارآمد ہیں: کارڈ پر دستخط کی اسناد تب ختم ہو جاتی ہیں۔ نئی اسناد منگوائیں۔</translation>
    </message>
    <message>
        <source>Card-signing certificates valid until %1</source>
        <translation>کارڈ پر دستخط کی اسناد %1 تک کارآمد</translation>
    </message>
    <message>
        <source>Folder with the new card-signing certificates</source>
        <translation>کارڈ پر دستخط کی نئی اسناد والا فولڈر</translation>
    </message>
    <message>
        <source>Checking the new certificates...</source>
        <translation>نئی اسناد کی جانچ ہو رہی ہے...</translation>
    </message>
    <message>
        <source>New card-signing certificates installed: cards issued now are valid until %1.</source>
        <translation>کارڈ پر دستخط کی نئی اسناد نصب ہو گئیں: اب جاری ہونے والے کارڈ %1 تک کارآمد ہیں۔</translation>
    </message>
    <message>
        <source>The certificates were not installed: %1</source>
        <translation>اسناد نصب نہیں ہوئیں: %1</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>آخری بیک اپ: کبھی نہیں</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>آخری بیک اپ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) exist only on this computer.</source>
        <translation>
            <numerusform>%Ln ریکارڈ صرف اسی کمپیوٹر پر ہے۔</numerusform>
            <numerusform>%Ln ریکارڈ صرف اسی کمپیوٹر پر ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>بیک اپ لکھا جا رہا ہے...</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1 (%Ln person(s)).</source>
        <translation>
            <numerusform>بیک اپ %1 میں لکھ دیا گیا (%Ln فرد)۔</numerusform>
            <numerusform>بیک اپ %1 میں لکھ دیا گیا (%Ln افراد)۔</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was written: %1</source>
        <translation>کوئی بیک اپ نہیں لکھا گیا: %1</translation>
    </message>
</context>
<context>
    <name>UnavailableDialog</name>
    <message>
        <source>Finger not available</source>
        <translation>انگلی دستیاب نہیں</translation>
    </message>
    <message>
        <source>Why can the %1 not be captured?</source>
        <translation>%1 کیوں اسکین نہیں ہو سکتی؟</translation>
    </message>
    <message>
        <source>Amputated</source>
        <translation>کٹی ہوئی</translation>
    </message>
    <message>
        <source>Injured or bandaged</source>
        <translation>زخمی یا پٹی بندھی</translation>
    </message>
    <message>
        <source>Worn or scarred</source>
        <translation>گھسی ہوئی یا زخم کا نشان</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>وجہ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>نوٹ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>UndeliveredExport</name>
    <message>
        <source>E&amp;xport undelivered records...</source>
        <translation>غیر ترسیل شدہ ریکارڈ برآمد کریں... (&amp;X)</translation>
    </message>
    <message>
        <source>Writes the records this computer never delivered to one signed file, sealed for the central registry, whose operator imports it. They also stay here.</source>
        <translation>اس کمپیوٹر کے وہ ریکارڈ جو کبھی نہیں پہنچائے گئے، ایک دستخط شدہ فائل میں لکھتا ہے، جو مرکزی رجسٹری کے لیے مہر بند ہے اور جسے اس کا آپریٹر درآمد کرتا ہے۔ وہ یہاں بھی رہتے ہیں۔</translation>
    </message>
    <message>
        <source>Folder to write the undelivered records to</source>
        <translation>غیر ترسیل شدہ ریکارڈ لکھنے کا فولڈر</translation>
    </message>
    <message>
        <source>Writing the undelivered records...</source>
        <translation>غیر ترسیل شدہ ریکارڈ لکھے جا رہے ہیں...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undelivered record(s) written to %1, signed by this station. They also stay here. Give the file to the central registry&apos;s operator, who imports it.</source>
        <translation>
            <numerusform>%Ln غیر ترسیل شدہ ریکارڈ %1 میں لکھا گیا، اس اسٹیشن کے دستخط کے ساتھ۔ وہ یہاں بھی رہتا ہے۔ فائل مرکزی رجسٹری کے آپریٹر کو دیں، جو اسے درآمد کرے گا۔</numerusform>
            <numerusform>%Ln غیر ترسیل شدہ ریکارڈ %1 میں لکھے گئے، اس اسٹیشن کے دستخط کے ساتھ۔ وہ یہاں بھی رہتے ہیں۔ فائل مرکزی رجسٹری کے آپریٹر کو دیں، جو اسے درآمد کرے گا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: every record of this station reached the central registry.</source>
        <translation>برآمد کرنے کو کچھ نہیں: اس اسٹیشن کا ہر ریکارڈ مرکزی رجسٹری تک پہنچ چکا ہے۔</translation>
    </message>
    <message>
        <source>This station was restored from a backup and has not told the central registry yet: let it sync once, then export.</source>
        <translation>یہ اسٹیشن بیک اپ سے بحال کیا گیا اور اس نے ابھی تک مرکزی رجسٹری کو نہیں بتایا: اسے ایک بار ہم آہنگ ہونے دیں، پھر برآمد کریں۔</translation>
    </message>
    <message>
        <source>The fingerprints of a waiting record cannot be opened: nothing was written. Check the registry (sws db check --deep).</source>
        <translation>ایک منتظر ریکارڈ کے انگلیوں کے نشانات نہیں کھل سکتے: کچھ نہیں لکھا گیا۔ رجسٹری کی جانچ کریں (sws db check --deep)۔</translation>
    </message>
    <message>
        <source>%1 already exists: nothing was written. Choose another folder, or move that file away first.</source>
        <translation>%1 پہلے سے موجود ہے: کچھ نہیں لکھا گیا۔ کوئی اور فولڈر چنیں، یا پہلے اس فائل کو ہٹا دیں۔</translation>
    </message>
    <message>
        <source>%1 cannot be used for the export: nothing was written. Choose another folder.</source>
        <translation>%1 برآمد کے لیے استعمال نہیں ہو سکتا: کچھ نہیں لکھا گیا۔ کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Nothing was written; choose another folder.</source>
        <translation>%1 نہیں لکھی جا سکتی: ڈسک بھری ہوئی ہے۔ کچھ نہیں لکھا گیا؛ کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message>
        <source>%1 cannot be written: this folder may not be written to (read only, or no permission). Nothing was written; choose another folder.</source>
        <translation>%1 نہیں لکھی جا سکتی: اس فولڈر میں لکھا نہیں جا سکتا (صرف پڑھنے کے لیے، یا اجازت نہیں)۔ کچھ نہیں لکھا گیا؛ کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder is gone (a USB stick taken out?). Nothing was written; choose another folder.</source>
        <translation>%1 نہیں لکھی جا سکتی: فولڈر موجود نہیں رہا (کیا USB اسٹک نکال لی گئی؟)۔ کچھ نہیں لکھا گیا؛ کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message>
        <source>%1 cannot be written. Nothing was written; choose another folder.</source>
        <translation>%1 نہیں لکھی جا سکتی۔ کچھ نہیں لکھا گیا؛ کوئی اور فولڈر چنیں۔</translation>
    </message>
</context>
<context>
    <name>VisitsList</name>
    <message>
        <source>Visits recorded here today</source>
        <translation>آج یہاں درج دورے</translation>
    </message>
    <message>
        <source>E&amp;xport the visits...</source>
        <translation>دورے برآمد کریں... (&amp;X)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>کارڈ ہولڈر</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>پروگرام</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>درج کنندہ</translation>
    </message>
    <message>
        <source>Visits recorded here today: %1</source>
        <translation>آج یہاں درج دورے: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Today&apos;s visits could not be read: %1</source>
        <translation>آج کے دورے پڑھے نہیں جا سکے: %1</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>محفوظ ہو رہا ہے...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) from %1 to %2 saved to %3</source>
        <translation>
            <numerusform>%Ln دورہ، %1 سے %2 تک، %3 میں محفوظ ہوا</numerusform>
            <numerusform>%Ln دورے، %1 سے %2 تک، %3 میں محفوظ ہوئے</numerusform>
        </translation>
    </message>
    <message>
        <source>The visits were not saved: %1</source>
        <translation>دورے محفوظ نہیں ہوئے: %1</translation>
    </message>
</context>
<context>
    <name>WaitingCasesDialog</name>
    <message>
        <source>Cases waiting for a decision</source>
        <translation>فیصلے کے منتظر کیسز</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>کھولا گیا</translation>
    </message>
    <message>
        <source>By</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>درخواست گزار</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>امیدوار</translation>
    </message>
    <message>
        <source>&amp;Compare the prints and decide...</source>
        <translation>نشانات کا موازنہ کریں اور فیصلہ کریں... (&amp;C)</translation>
    </message>
    <message>
        <source>No case is waiting for a decision.</source>
        <translation>کوئی کیس فیصلے کا منتظر نہیں۔</translation>
    </message>
    <message>
        <source>Recorded. A supervisor must approve the decision.</source>
        <translation>درج ہو گیا۔ سپروائزر کو فیصلے کی منظوری دینی ہوگی۔</translation>
    </message>
</context>
</TS>
