<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AddFingersDialog</name>
    <message>
        <source>Replace fingerprints</source>
        <translation>Ganti sidik jari</translation>
    </message>
    <message>
        <source>Add fingerprints</source>
        <translation>Tambah sidik jari</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, lahir %2</translation>
    </message>
    <message>
        <source>Capture again the fingers whose print on file is poor and tick them below. A capture that matches a print on file shows the person is the one registered: when an old print is too poor to match, also capture another finger on file, not ticked, as a check (a supervisor may replace without a match). The new prints are checked against everyone registered; the central registry checks them again. Read them the privacy notice (version %1) first: they agree to the new fingerprints.</source>
        <translation>Pindai ulang jari yang sidik jarinya dalam berkas buruk, lalu centang di bawah. Hasil pindai yang cocok dengan sidik jari dalam berkas menunjukkan bahwa orang ini memang yang terdaftar: bila sidik jari lama terlalu buruk untuk cocok, pindai juga jari lain yang ada dalam berkas, tanpa dicentang, sebagai pemeriksaan (supervisor boleh mengganti tanpa kecocokan). Sidik jari baru diperiksa terhadap semua orang terdaftar; registri pusat memeriksanya lagi. Bacakan dulu pemberitahuan privasi (versi %1): mereka menyetujui sidik jari yang baru.</translation>
    </message>
    <message>
        <source>Capture the fingers they have no print on file for. Before they are added they are checked against everyone registered; the central registry checks them again. Read them the privacy notice (version %1) first: they agree to fingerprints again.</source>
        <translation>Ambil sidik jari yang belum ada di berkas. Sebelum ditambahkan, sidik jari diperiksa terhadap semua orang terdaftar; registri pusat memeriksanya lagi. Bacakan dulu pemberitahuan privasi (versi %1): mereka menyetujui sidik jari lagi.</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Ganti:</translation>
    </message>
    <message>
        <source>e.g. the hospital&apos;s finger check fails: the print on file is smeared</source>
        <translation>mis. pemeriksaan jari di rumah sakit gagal: sidik jari dalam berkas buram</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>Ala&amp;san:</translation>
    </message>
    <message>
        <source>— read the notice, then choose —</source>
        <translation>— bacakan pemberitahuan, lalu pilih —</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Orang itu sendiri</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>Orang tua atau wali</translation>
    </message>
    <message>
        <source>Agreed b&amp;y:</source>
        <translation>Yang menyetujui (&amp;Z):</translation>
    </message>
    <message>
        <source>the parent&apos;s or guardian&apos;s name</source>
        <translation>nama orang tua atau wali</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Wali:</translation>
    </message>
    <message>
        <source>Check and re&amp;place</source>
        <translation>Periksa lalu &amp;ganti</translation>
    </message>
    <message>
        <source>Check and a&amp;dd</source>
        <translation>&amp;Periksa lalu tambahkan</translation>
    </message>
    <message>
        <source>Capture at least one finger.</source>
        <translation>Ambil setidaknya satu sidik jari.</translation>
    </message>
    <message>
        <source>Read the notice, then choose who agreed.</source>
        <translation>Bacakan pemberitahuan, lalu pilih siapa yang menyetujui.</translation>
    </message>
    <message>
        <source>Tick the fingers whose new capture replaces the print on file.</source>
        <translation>Centang jari yang hasil pindai barunya menggantikan sidik jari dalam berkas.</translation>
    </message>
    <message>
        <source>Capture the fingers ticked first: %1.</source>
        <translation>Pindai dulu jari yang dicentang: %1.</translation>
    </message>
    <message>
        <source>Say why the prints are replaced.</source>
        <translation>Sebutkan alasan sidik jari diganti.</translation>
    </message>
</context>
<context>
    <name>AddressPicker</name>
    <message>
        <source>%1 (%2), retired</source>
        <translation>%1 (%2), dihapus</translation>
    </message>
    <message>
        <source>Retired from the list of places: kept for the records that name it; no new household is registered here.</source>
        <translation>Dihapus dari daftar tempat: disimpan untuk catatan yang menyebutnya; tidak ada rumah tangga baru yang didaftarkan di sini.</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>possible duplicate sent to adjudication</source>
        <translation>kemungkinan duplikat dikirim ke ajudikasi</translation>
    </message>
    <message>
        <source>adjudication decided by the clerk</source>
        <translation>ajudikasi diputuskan oleh petugas</translation>
    </message>
    <message>
        <source>adjudication approved</source>
        <translation>ajudikasi disetujui</translation>
    </message>
    <message>
        <source>adjudication sent back to the clerk</source>
        <translation>ajudikasi dikembalikan kepada petugas</translation>
    </message>
    <message>
        <source>adjudication prints viewed</source>
        <translation>sidik jari ajudikasi dilihat</translation>
    </message>
    <message>
        <source>card issued</source>
        <translation>kartu diterbitkan</translation>
    </message>
    <message>
        <source>card status changed</source>
        <translation>status kartu diubah</translation>
    </message>
    <message>
        <source>card-signing certificates installed</source>
        <translation>sertifikat penandatanganan kartu dipasang</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>kasus dibuka</translation>
    </message>
    <message>
        <source>case assigned</source>
        <translation>kasus ditugaskan</translation>
    </message>
    <message>
        <source>case plan item added</source>
        <translation>butir rencana kasus ditambahkan</translation>
    </message>
    <message>
        <source>case plan item updated</source>
        <translation>butir rencana kasus diperbarui</translation>
    </message>
    <message>
        <source>case closed</source>
        <translation>kasus ditutup</translation>
    </message>
    <message>
        <source>contribution paid</source>
        <translation>iuran dibayar</translation>
    </message>
    <message>
        <source>contributions refunded</source>
        <translation>iuran dikembalikan</translation>
    </message>
    <message>
        <source>copy of a contribution receipt given</source>
        <translation>salinan tanda terima iuran diberikan</translation>
    </message>
    <message>
        <source>copy of a refund voucher given</source>
        <translation>salinan voucher pengembalian dana diberikan</translation>
    </message>
    <message>
        <source>demonstration data added</source>
        <translation>data demonstrasi ditambahkan</translation>
    </message>
    <message>
        <source>grievance received</source>
        <translation>pengaduan diterima</translation>
    </message>
    <message>
        <source>grievance referred</source>
        <translation>pengaduan dirujuk</translation>
    </message>
    <message>
        <source>grievance resolved</source>
        <translation>pengaduan diselesaikan</translation>
    </message>
    <message>
        <source>grievance appealed</source>
        <translation>banding atas pengaduan diajukan</translation>
    </message>
    <message>
        <source>grievance closed</source>
        <translation>pengaduan ditutup</translation>
    </message>
    <message>
        <source>grievance withdrawn</source>
        <translation>pengaduan ditarik</translation>
    </message>
    <message>
        <source>household assessed</source>
        <translation>rumah tangga dinilai</translation>
    </message>
    <message>
        <source>new head of the household</source>
        <translation>kepala rumah tangga baru</translation>
    </message>
    <message>
        <source>moved to another household</source>
        <translation>pindah ke rumah tangga lain</translation>
    </message>
    <message>
        <source>registry keys rotated</source>
        <translation>kunci registri diganti</translation>
    </message>
    <message>
        <source>operator account created</source>
        <translation>akun operator dibuat</translation>
    </message>
    <message>
        <source>operator account disabled</source>
        <translation>akun operator dinonaktifkan</translation>
    </message>
    <message>
        <source>operator account enabled</source>
        <translation>akun operator diaktifkan</translation>
    </message>
    <message>
        <source>operator account locked (failed sign-ins)</source>
        <translation>akun operator terkunci (gagal masuk)</translation>
    </message>
    <message>
        <source>operator account unlocked</source>
        <translation>akun operator dibuka kuncinya</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>gagal masuk</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>kata sandi diubah</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>kata sandi diatur ulang</translation>
    </message>
    <message>
        <source>person registered</source>
        <translation>orang didaftarkan</translation>
    </message>
    <message>
        <source>fingerprint search</source>
        <translation>pencarian sidik jari</translation>
    </message>
    <message>
        <source>person&apos;s situation recorded</source>
        <translation>situasi orang dicatat</translation>
    </message>
    <message>
        <source>death recorded</source>
        <translation>kematian dicatat</translation>
    </message>
    <message>
        <source>death withdrawn</source>
        <translation>catatan kematian ditarik</translation>
    </message>
    <message>
        <source>person&apos;s details corrected</source>
        <translation>data seseorang diperbaiki</translation>
    </message>
    <message>
        <source>consent recorded again</source>
        <translation>persetujuan dicatat ulang</translation>
    </message>
    <message>
        <source>fingerprints erased at the person&apos;s request</source>
        <translation>sidik jari dihapus atas permintaan orang tersebut</translation>
    </message>
    <message>
        <source>fingerprints added to a registered person</source>
        <translation>sidik jari ditambahkan untuk orang terdaftar</translation>
    </message>
    <message>
        <source>fingerprints not added: they match other registered people</source>
        <translation>sidik jari tidak ditambahkan: cocok dengan orang terdaftar lain</translation>
    </message>
    <message>
        <source>fingerprints replaced by a new capture</source>
        <translation>sidik jari diganti dengan hasil pindai baru</translation>
    </message>
    <message>
        <source>fingerprints not replaced: no capture matched the prints on file</source>
        <translation>sidik jari tidak diganti: tidak ada hasil pindai yang cocok dengan sidik jari dalam berkas</translation>
    </message>
    <message>
        <source>fingerprints not replaced: they match other registered people</source>
        <translation>sidik jari tidak diganti: cocok dengan orang terdaftar lain</translation>
    </message>
    <message>
        <source>their record given to the person</source>
        <translation>data diri diberikan kepada orangnya</translation>
    </message>
    <message>
        <source>copy of an enrolment receipt given</source>
        <translation>salinan tanda terima pendaftaran diberikan</translation>
    </message>
    <message>
        <source>copy of a grievance acknowledgement given</source>
        <translation>salinan tanda terima pengaduan diberikan</translation>
    </message>
    <message>
        <source>programme membership recorded</source>
        <translation>keanggotaan program dicatat</translation>
    </message>
    <message>
        <source>a programme&apos;s list checked against the registry</source>
        <translation>daftar program diperiksa terhadap registri</translation>
    </message>
    <message>
        <source>programme declined</source>
        <translation>program ditolak</translation>
    </message>
    <message>
        <source>programme membership ended</source>
        <translation>keanggotaan program diakhiri</translation>
    </message>
    <message>
        <source>programme membership withdrawn before it began</source>
        <translation>keanggotaan program ditarik kembali sebelum dimulai</translation>
    </message>
    <message>
        <source>station backed up</source>
        <translation>stasiun dicadangkan</translation>
    </message>
    <message>
        <source>station restored from a backup</source>
        <translation>stasiun dipulihkan dari cadangan</translation>
    </message>
    <message>
        <source>service use recorded (card)</source>
        <translation>penggunaan layanan dicatat (kartu)</translation>
    </message>
    <message>
        <source>visits exported (for the facility&apos;s claim)</source>
        <translation>kunjungan diekspor (untuk klaim fasilitas kesehatan)</translation>
    </message>
    <message>
        <source>sync with the centre</source>
        <translation>sinkronisasi dengan pusat</translation>
    </message>
    <message>
        <source>sync refused by the centre</source>
        <translation>sinkronisasi ditolak oleh pusat</translation>
    </message>
    <message>
        <source>undelivered records exported</source>
        <translation>catatan yang belum terkirim diekspor</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>user name</source>
        <translation>nama pengguna</translation>
    </message>
    <message>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <source>person</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>same person as</source>
        <translation>orang yang sama dengan</translation>
    </message>
    <message>
        <source>station</source>
        <translation>stasiun</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>hari pertama</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>hari terakhir</translation>
    </message>
    <message>
        <source>card serial</source>
        <translation>nomor seri kartu</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>keputusan</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>kandidat</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>pendaftaran</translation>
    </message>
    <message>
        <source>adjudication case</source>
        <translation>kasus adjudikasi</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>keanggotaan</translation>
    </message>
    <message>
        <source>fingers</source>
        <translation>jari</translation>
    </message>
    <message>
        <source>fingers missing</source>
        <translation>jari yang tidak ada</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>nomor tanda terima</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>records</source>
        <translation>catatan data</translation>
    </message>
    <message>
        <source>died on</source>
        <translation>meninggal pada</translation>
    </message>
    <message>
        <source>details changed</source>
        <translation>data yang diubah</translation>
    </message>
    <message>
        <source>old and new</source>
        <translation>lama dan baru</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <source>consent before</source>
        <translation>persetujuan sebelumnya</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>gagal masuk</translation>
    </message>
    <message>
        <source>household</source>
        <translation>rumah tangga</translation>
    </message>
    <message>
        <source>head of the household</source>
        <translation>kepala rumah tangga</translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation>hubungan dengan kepala rumah tangga</translation>
    </message>
    <message>
        <source>new household</source>
        <translation>rumah tangga baru</translation>
    </message>
    <message>
        <source>address changed</source>
        <translation>alamat berubah</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ke</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>terkirim</translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation>masih menunggu</translation>
    </message>
    <message>
        <source>received by the centre</source>
        <translation>diterima pusat</translation>
    </message>
    <message>
        <source>refused by the centre</source>
        <translation>ditolak pusat</translation>
    </message>
    <message>
        <source>decisions received</source>
        <translation>keputusan diterima</translation>
    </message>
    <message>
        <source>newly revoked cards</source>
        <translation>kartu baru dicabut</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>fasilitas</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>pemegang kartu</translation>
    </message>
    <message>
        <source>second visit that day (confirmed)</source>
        <translation>kunjungan kedua hari itu (dikonfirmasi)</translation>
    </message>
    <message>
        <source>finger checked</source>
        <translation>sidik jari diperiksa</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>diterbitkan pada</translation>
    </message>
    <message>
        <source>recorded at</source>
        <translation>dicatat pada</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>dicatat oleh</translation>
    </message>
    <message>
        <source>replaces card</source>
        <translation>menggantikan kartu</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kartu</translation>
    </message>
    <message>
        <source>people</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>new candidates</source>
        <translation>kandidat baru</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ditarik</translation>
    </message>
    <message>
        <source>unused credit given back</source>
        <translation>kredit yang tidak terpakai dikembalikan</translation>
    </message>
    <message>
        <source>after a reset</source>
        <translation>setelah diatur ulang</translation>
    </message>
    <message>
        <source>at</source>
        <translation>pada</translation>
    </message>
    <message>
        <source>demo seed</source>
        <translation>nomor data demo</translation>
    </message>
    <message>
        <source>households</source>
        <translation>rumah tangga</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>penilaian</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>keanggotaan</translation>
    </message>
    <message>
        <source>programmes declined</source>
        <translation>program ditolak</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pembayaran</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kartu</translation>
    </message>
    <message>
        <source>duplicates prevented</source>
        <translation>duplikat dicegah</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>kasus</translation>
    </message>
    <message>
        <source>case plan items</source>
        <translation>butir rencana kasus</translation>
    </message>
    <message>
        <source>grievances</source>
        <translation>pengaduan</translation>
    </message>
    <message>
        <source>fingers replaced</source>
        <translation>jari yang diganti</translation>
    </message>
    <message>
        <source>quality before</source>
        <translation>kualitas sebelumnya</translation>
    </message>
    <message>
        <source>matched the prints on file</source>
        <translation>cocok dengan sidik jari dalam berkas</translation>
    </message>
    <message>
        <source>fingers captured as a check</source>
        <translation>jari yang dipindai sebagai pemeriksaan</translation>
    </message>
    <message>
        <source>the same person</source>
        <translation>orang yang sama</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>bukan orang yang sama</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>bergabung</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>berakhir</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>petugas</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>diterbitkan</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>hilang</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>diganti</translation>
    </message>
</context>
<context>
    <name>AuditorPage</name>
    <message>
        <source>Cards</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Verify the card in the &amp;reader</source>
        <translation>Verifikasi kartu di &amp;pembaca</translation>
    </message>
    <message>
        <source>Verify a &amp;folder of card dumps...</source>
        <translation>Verifikasi &amp;folder salinan kartu...</translation>
    </message>
    <message>
        <source>No card verified yet.</source>
        <translation>Belum ada kartu yang diverifikasi.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Card serial</source>
        <translation>Nomor seri kartu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Verify the &amp;audit log chain</source>
        <translation>Verifikasi rantai log &amp;audit</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Card verification is not set up on this station: trust anchors and revocation list are missing.</source>
        <translation>Verifikasi kartu belum disiapkan di stasiun ini: sertifikat akar dan daftar pencabutan tidak ada.</translation>
    </message>
    <message>
        <source>Only auditors and supervisors can read the audit log.</source>
        <translation>Hanya auditor dan supervisor yang dapat membaca log audit.</translation>
    </message>
    <message>
        <source>action, e.g. card or person.enrol</source>
        <translation>tindakan, mis. card atau person.enrol</translation>
    </message>
    <message>
        <source>operator user name</source>
        <translation>nama pengguna operator</translation>
    </message>
    <message>
        <source>person id, card serial or case</source>
        <translation>id orang, nomor seri kartu atau kasus</translation>
    </message>
    <message>
        <source>&amp;Show events</source>
        <translation>&amp;Tampilkan peristiwa</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Ekspor CSV...</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Tin&amp;dakan:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>S&amp;ubjek:</translation>
    </message>
    <message>
        <source>Reading the card...</source>
        <translation>Membaca kartu...</translation>
    </message>
    <message>
        <source>Folder of card dumps</source>
        <translation>Folder salinan kartu</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>tidak dicabut</translation>
    </message>
    <message>
        <source>Certificate chain: %1
Revocation: %2
Detail: %3</source>
        <translation>Rantai sertifikat: %1
Pencabutan: %2
Rincian: %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>sah</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>TIDAK SAH</translation>
    </message>
    <message numerus="yes">
        <source>Valid: %1 of %n card dump(s).</source>
        <translation>
            <numerusform>%1 dari %n salinan kartu sah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), newest first</source>
        <translation>
            <numerusform>%Ln peristiwa, terbaru dahulu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) saved to %1</source>
        <translation>
            <numerusform>%Ln peristiwa disimpan ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain could not be checked: %1</source>
        <translation>Rantai audit tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>Memverifikasi...</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 events, schema %2, head %3</source>
        <translation>Rantai audit utuh: %1 peristiwa, skema %2, kepala %3</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Membaca...</translation>
    </message>
    <message>
        <source>(station)</source>
        <translation>(stasiun)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Tidak dapat menyimpan: %1</translation>
    </message>
    <message>
        <source>Save the audit events</source>
        <translation>Simpan peristiwa audit</translation>
    </message>
    <message>
        <source>AUDIT CHAIN BROKEN: %1</source>
        <translation>RANTAI AUDIT RUSAK: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the station</source>
        <translation>Cadangkan stasiun</translation>
    </message>
    <message>
        <source>The backup holds the whole station: its people, fingerprints, keys and the records not yet sent to the centre. Another computer can become this station from it. Keep the passphrase apart from the file.</source>
        <translation>Cadangan berisi seluruh stasiun: orang, sidik jari, kunci, dan catatan yang belum dikirim ke pusat. Komputer lain dapat menjadi stasiun ini darinya. Simpan frasa sandi terpisah dari berkasnya.</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Pilih...</translation>
    </message>
    <message>
        <source>Save in &amp;folder</source>
        <translation>Simpan di f&amp;older</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frasa sandi</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Cadangkan</translation>
    </message>
    <message>
        <source>Save the backup in</source>
        <translation>Simpan cadangan di</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Frasa sandi minimal %1 karakter.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi berbeda.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No records yet</source>
        <translation>Belum ada data</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Fingers</source>
        <extracomment>Enter on the finger list: the clerk means Next</extracomment>
        <translation>Jari</translation>
    </message>
    <message>
        <source>Quality %v / 100</source>
        <translation>Kualitas %v / 100</translation>
    </message>
    <message>
        <source>&amp;Capture (Space)</source>
        <translation>&amp;Ambil sidik jari (Spasi)</translation>
    </message>
    <message>
        <source>&amp;Retry this finger</source>
        <translation>&amp;Ulangi jari ini</translation>
    </message>
    <message>
        <source>Finger not &amp;available...</source>
        <translation>Jari &amp;tidak tersedia...</translation>
    </message>
    <message>
        <source>Demo person at the scanner: </source>
        <translation>Orang demo di pemindai: </translation>
    </message>
    <message>
        <source>Synthetic fingers: another number is another person; an earlier number brings that person back (a duplicate).</source>
        <translation>Jari sintetis: nomor lain berarti orang lain; nomor sebelumnya membawa orang itu kembali (duplikat).</translation>
    </message>
    <message>
        <source>No scanner is connected. Connect one, or start the station with --scanner FOLDER.</source>
        <translation>Tidak ada pemindai terhubung. Hubungkan pemindai, atau jalankan stasiun dengan --scanner FOLDER.</translation>
    </message>
    <message>
        <source>%1: the scanner image shows no fingerprint. Place the finger flat on the glass and retry.</source>
        <translation>%1: gambar pemindai tidak menunjukkan sidik jari. Letakkan jari rata di kaca lalu ulangi.</translation>
    </message>
    <message>
        <source>Place the finger flat on the scanner and press Capture.</source>
        <translation>Letakkan jari rata di pemindai lalu tekan Ambil.</translation>
    </message>
    <message>
        <source>Good print. Continue with the next finger.</source>
        <translation>Sidik jari bagus. Lanjutkan ke jari berikutnya.</translation>
    </message>
    <message>
        <source>Still poor after several tries: keep the best print, or mark the finger not available with a reason.</source>
        <translation>Masih buruk setelah beberapa kali: simpan hasil terbaik, atau tandai jari tidak tersedia dengan alasan.</translation>
    </message>
    <message>
        <source>Acceptable. A retry may give a better print: roll less, press evenly.</source>
        <translation>Cukup. Mengulang mungkin memberi hasil lebih baik: jangan terlalu digulir, tekan merata.</translation>
    </message>
    <message>
        <source>Few ridge details found: press the whole fingertip flat (not just the tip), then retry.</source>
        <translation>Sedikit detail alur ditemukan: tekan seluruh ujung jari dengan rata (bukan hanya ujungnya), lalu ulangi.</translation>
    </message>
    <message>
        <source>Few ridge details even after several tries: keep the best print and capture more fingers, or mark it not available.</source>
        <translation>Detail alur tetap sedikit setelah beberapa kali: simpan hasil terbaik dan rekam jari lain juga, atau tandai tidak tersedia.</translation>
    </message>
    <message>
        <source>Poor print: wipe the finger and the glass, place the finger flat and centred, press gently, then retry.</source>
        <translation>Sidik jari buruk: lap jari dan kaca, letakkan jari rata di tengah, tekan perlahan, lalu ulangi.</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>tidak tersedia</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>demo scanner (synthetic person %1)</source>
        <translation>pemindai demo (orang sintetis %1)</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>Pemindai: %1</translation>
    </message>
    <message>
        <source>Ne&amp;xt finger: %1 (Space)</source>
        <translation>&amp;Jari berikutnya: %1 (Spasi)</translation>
    </message>
    <message>
        <source>%1 minutiae</source>
        <translation>%1 minusi</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Tidak tersedia: %1</translation>
    </message>
</context>
<context>
    <name>CardOutcomeView</name>
    <message>
        <source>The card&apos;s data is damaged or not a social protection credential.</source>
        <translation>Data kartu rusak atau bukan kredensial perlindungan sosial.</translation>
    </message>
    <message>
        <source>The card was not issued by a recognised office.</source>
        <translation>Kartu tidak diterbitkan oleh kantor yang diakui.</translation>
    </message>
    <message>
        <source>The issuing office&apos;s certificate has expired.</source>
        <translation>Sertifikat kantor penerbit sudah kedaluwarsa.</translation>
    </message>
    <message>
        <source>The issuer&apos;s signature does not match: the data was changed.</source>
        <translation>Tanda tangan penerbit tidak cocok: data telah diubah.</translation>
    </message>
    <message>
        <source>The card has been revoked.</source>
        <translation>Kartu telah dicabut.</translation>
    </message>
    <message>
        <source>The card was signed after its issuing station was revoked (stolen or withdrawn).</source>
        <translation>Kartu ini ditandatangani setelah stasiun penerbitnya dicabut (dicuri atau ditarik).</translation>
    </message>
    <message>
        <source>The card is not valid yet.</source>
        <translation>Kartu belum berlaku.</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>Kartu sudah kedaluwarsa.</translation>
    </message>
    <message>
        <source>The fingerprints on the card were altered.</source>
        <translation>Sidik jari pada kartu telah diubah.</translation>
    </message>
    <message>
        <source>The card could not prove it is the original (possible copy).</source>
        <translation>Kartu tidak dapat membuktikan keasliannya (mungkin salinan).</translation>
    </message>
    <message>
        <source>The revocation list could not be checked.</source>
        <translation>Daftar pencabutan tidak dapat diperiksa.</translation>
    </message>
    <message>
        <source>The card is dated before its issuing station was revoked, but that station never delivered it to the central registry: it cannot be told from a card made with the station&apos;s stolen key. The holder gets a new card at the office.</source>
        <translation>Kartu ini bertanggal sebelum stasiun penerbitnya dicabut, tetapi stasiun itu tidak pernah mengirimkannya ke registri pusat: kartu ini tidak dapat dibedakan dari kartu yang dibuat dengan kunci curian stasiun itu. Pemegang kartu mendapat kartu baru di kantor.</translation>
    </message>
    <message>
        <source>the revocation list is out of date</source>
        <translation>daftar pencabutan sudah kedaluwarsa</translation>
    </message>
    <message>
        <source>no card was challenged (printed or copied credential)</source>
        <translation>kartu tidak diuji langsung (kredensial cetak atau salinan)</translation>
    </message>
    <message>
        <source>the card&apos;s fingerprints are sealed and this desk holds no template key: the finger check is not available here</source>
        <translation>sidik jari pada kartu disegel dan meja ini tidak memiliki kunci templat: pemeriksaan sidik jari tidak tersedia di sini</translation>
    </message>
    <message>
        <source>the card&apos;s fingerprints are sealed for another programme&apos;s template key: the finger check is not available here</source>
        <translation>sidik jari pada kartu disegel untuk kunci templat program lain: pemeriksaan sidik jari tidak tersedia di sini</translation>
    </message>
    <message>
        <source>the card&apos;s sealed fingerprints do not open: the finger check is not available here</source>
        <translation>sidik jari tersegel pada kartu tidak dapat dibuka: pemeriksaan sidik jari tidak tersedia di sini</translation>
    </message>
    <message>
        <source>signed before its issuing station was revoked: still valid</source>
        <translation>ditandatangani sebelum stasiun penerbitnya dicabut: masih berlaku</translation>
    </message>
    <message>
        <source>ID %1 · %2 · born %3 · lives in %6
Card %4, expired on %5</source>
        <translation>ID %1 · %2 · lahir %3 · tinggal di %6
Kartu %4, kedaluwarsa pada %5</translation>
    </message>
    <message>
        <source>ID %1 · %2 · born %3 · lives in %6
Card %4</source>
        <translation>ID %1 · %2 · lahir %3 · tinggal di %6
Kartu %4</translation>
    </message>
    <message>
        <source>NOT VALID — %1</source>
        <translation>TIDAK SAH — %1</translation>
    </message>
    <message>
        <source>This card is in the name of %1 %2.</source>
        <translation>Kartu ini atas nama %1 %2.</translation>
    </message>
    <message>
        <source>VALID CARD — %1 %2</source>
        <translation>KARTU SAH — %1 %2</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>tidak dinyatakan</translation>
    </message>
    <message>
        <source>ID %1 · %2 · born %3 · lives in %6
Card %4, valid until %5</source>
        <translation>ID %1 · %2 · lahir %3 · tinggal di %6
Kartu %4, berlaku sampai %5</translation>
    </message>
    <message>
        <source>%1: covered today, until %2</source>
        <translation>%1: ditanggung hari ini, sampai %2</translation>
    </message>
    <message>
        <source>%1: not yet, from %2</source>
        <translation>%1: belum, mulai %2</translation>
    </message>
    <message>
        <source>%1: ended on %2</source>
        <translation>%1: berakhir pada %2</translation>
    </message>
    <message>
        <source>No programme on this card</source>
        <translation>Tidak ada program pada kartu ini</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Place a blank card in the reader, then press Issue.</source>
        <translation>Letakkan kartu kosong di pembaca, lalu tekan Terbitkan.</translation>
    </message>
    <message>
        <source>Find &amp;readers</source>
        <translation>Cari pemba&amp;ca</translation>
    </message>
    <message>
        <source>&amp;Issue the card</source>
        <translation>&amp;Terbitkan kartu</translation>
    </message>
    <message>
        <source>Rea&amp;der:</source>
        <translation>Pemb&amp;aca:</translation>
    </message>
    <message>
        <source>No card issued yet. The card can also be issued later.</source>
        <translation>Belum ada kartu diterbitkan. Kartu juga bisa diterbitkan nanti.</translation>
    </message>
    <message>
        <source>Writing the card: do not remove it...</source>
        <translation>Menulis kartu: jangan dicabut...</translation>
    </message>
    <message>
        <source>No card reader found. Connect one and press Find readers.</source>
        <translation>Tidak ada pembaca kartu. Hubungkan satu lalu tekan Cari pembaca.</translation>
    </message>
    <message>
        <source>Reading the person&apos;s record</source>
        <translation>Membaca data orang</translation>
    </message>
    <message>
        <source>Writing the card</source>
        <translation>Menulis kartu</translation>
    </message>
    <message>
        <source>Reading the card back</source>
        <translation>Membaca ulang kartu</translation>
    </message>
    <message>
        <source>Verifying the card</source>
        <translation>Memverifikasi kartu</translation>
    </message>
    <message>
        <source>Recording the card</source>
        <translation>Mencatat kartu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Card %1 issued and recorded.</source>
        <translation>Kartu %1 diterbitkan dan dicatat.</translation>
    </message>
</context>
<context>
    <name>CardReader</name>
    <message>
        <source>The card could not be read: place it on the reader and try again.</source>
        <translation>Kartu tidak dapat dibaca: letakkan di pembaca kartu lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>CardReviewPanel</name>
    <message>
        <source>Cards in use that no longer say what the registry says: a hospital reads the card alone. Call the holder in and issue a new card (Clerk, Find: Issue a card to the selected person); each card stays here until a new one replaces it.</source>
        <translation>Kartu yang dipakai tetapi tidak lagi sesuai dengan registri: rumah sakit hanya membaca kartu. Panggil pemegangnya dan terbitkan kartu baru (Petugas, Cari: Terbitkan kartu untuk orang terpilih); setiap kartu tetap di sini sampai diganti kartu baru.</translation>
    </message>
    <message>
        <source>Cards to replace</source>
        <translation>Kartu yang perlu diganti</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Apa yang salah</translation>
    </message>
    <message>
        <source>Cards to replace (%1)</source>
        <translation>Kartu yang perlu diganti (%1)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <source>village</source>
        <translation>dusun</translation>
    </message>
    <message>
        <source>Shows old details (%1).</source>
        <translation>Menampilkan data lama (%1).</translation>
    </message>
    <message>
        <source>Still claims %1, which no longer covers the holder.</source>
        <translation>Masih mencantumkan %1, yang tidak lagi menanggung pemegangnya.</translation>
    </message>
    <message>
        <source>Does not show %1.</source>
        <translation>Tidak mencantumkan %1.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Kedaluwarsa pada %1.</translation>
    </message>
    <message>
        <source>Its record cannot be read.</source>
        <translation>Catatannya tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>CasePlanPanel</name>
    <message>
        <source>S&amp;how the case</source>
        <translation>Tampilkan kasus (&amp;H)</translation>
    </message>
    <message>
        <source>card serial or person id</source>
        <translation>nomor seri kartu atau id orang</translation>
    </message>
    <message>
        <source>&amp;Person id or card:</source>
        <translation>&amp;Id orang atau kartu:</translation>
    </message>
    <message>
        <source>&amp;Read the card</source>
        <translation>&amp;Baca kartu</translation>
    </message>
    <message>
        <source>choose a member</source>
        <translation>pilih seorang anggota</translation>
    </message>
    <message>
        <source>Househo&amp;ld member:</source>
        <translation>Anggota rumah tangga (&amp;N):</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Buka kasus</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>Buka kasus (&amp;O)</translation>
    </message>
    <message>
        <source>Case &amp;manager</source>
        <translation>&amp;Manajer kasus</translation>
    </message>
    <message>
        <source>S&amp;ituation</source>
        <translation>Si&amp;tuasi</translation>
    </message>
    <message>
        <source>Personal plan</source>
        <translation>Rencana pribadi</translation>
    </message>
    <message>
        <source>&amp;Close the case</source>
        <translation>Tutup kasus (&amp;C)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Update the selected i&amp;tem</source>
        <translation>Perbar&amp;ui item yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>Tambahkan ke rencana (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>&amp;Layanan</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>Apa (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Jatuh t&amp;empo</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>Tin&amp;dak lanjut pada</translation>
    </message>
    <message>
        <source>Close this case? Its plan is kept, but nothing can be added to it or changed any more.</source>
        <translation>Tutup kasus ini? Rencananya tetap disimpan, tetapi tidak ada lagi yang dapat ditambahkan atau diubah.</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Kasus ditutup.</translation>
    </message>
    <message>
        <source>Enter the person id or the card serial first.</source>
        <translation>Masukkan id orang atau nomor seri kartu terlebih dahulu.</translation>
    </message>
    <message>
        <source>Died on %1: no case can be opened.</source>
        <translation>Meninggal pada %1: kasus tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>No case yet: open one.</source>
        <translation>Belum ada kasus: buka satu.</translation>
    </message>
    <message>
        <source>This card is revoked; its holder&apos;s case is shown all the same.</source>
        <translation>Kartu ini telah dicabut; kasus pemegangnya tetap ditampilkan.</translation>
    </message>
    <message>
        <source>This card was reported lost; its holder&apos;s case is shown all the same.</source>
        <translation>Kartu ini dilaporkan hilang; kasus pemegangnya tetap ditampilkan.</translation>
    </message>
    <message>
        <source>This card was replaced by a newer one; its holder&apos;s case is shown all the same.</source>
        <translation>Kartu ini telah diganti dengan yang baru; kasus pemegangnya tetap ditampilkan.</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, lahir %2</translation>
    </message>
    <message>
        <source>, died on %1</source>
        <translation>, meninggal pada %1</translation>
    </message>
    <message>
        <source>Case {0} ({1}), case manager {2}: {3}</source>
        <translation>Kasus {0} ({1}), manajer kasus {2}: {3}</translation>
    </message>
    <message>
        <source>Case opened.</source>
        <translation>Kasus dibuka.</translation>
    </message>
    <message>
        <source>Added to the plan.</source>
        <translation>Ditambahkan ke rencana.</translation>
    </message>
    <message>
        <source>Select a plan item first.</source>
        <translation>Pilih item rencana terlebih dahulu.</translation>
    </message>
    <message>
        <source>Plan item updated.</source>
        <translation>Item rencana diperbarui.</translation>
    </message>
</context>
<context>
    <name>CasePrintsDialog</name>
    <message>
        <source>Compare the prints</source>
        <translation>Bandingkan sidik jari</translation>
    </message>
    <message>
        <source>&amp;Registered person:</source>
        <translation>Orang &amp;terdaftar:</translation>
    </message>
    <message>
        <source>&amp;Finger:</source>
        <translation>&amp;Jari:</translation>
    </message>
    <message>
        <source>The clerk&apos;s note: %1</source>
        <translation>Catatan petugas: %1</translation>
    </message>
    <message>
        <source>The applicant gave no print of this finger</source>
        <translation>Pemohon tidak memberikan sidik jari ini</translation>
    </message>
    <message>
        <source>No registered print of this finger</source>
        <translation>Tidak ada sidik jari terdaftar untuk jari ini</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>Registered person</source>
        <translation>Orang terdaftar</translation>
    </message>
    <message>
        <source>Same &amp;person as this registered person</source>
        <translation>&amp;Sama dengan orang terdaftar ini</translation>
    </message>
    <message numerus="yes">
        <source>%n minutiae paired (linked in green)</source>
        <translation>
            <numerusform>%n minusi berpasangan (dihubungkan dengan hijau)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>case manager (empty: everyone)</source>
        <translation>manajer kasus (kosong: semua)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Case &amp;manager:</source>
        <translation>Manajer &amp;kasus:</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Tindak lanjut yang terlambat</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Hari terlambat</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Manajer kasus</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>In &amp;progress, follow up on</source>
        <translation>Sedang diproses, tindak lanjut pada (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Selesai (&amp;D)</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>Ha&amp;ri:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>user name of the new case manager</source>
        <translation>nama pengguna manajer kasus baru</translation>
    </message>
    <message>
        <source>&amp;Hand the case to</source>
        <translation>Serahkan kasus kepada (&amp;H)</translation>
    </message>
    <message>
        <source>New case mana&amp;ger:</source>
        <translation>Manajer kasus &amp;baru:</translation>
    </message>
    <message>
        <source>Overdue follow-ups ({0})</source>
        <translation>Tindak lanjut yang terlambat ({0})</translation>
    </message>
    <message>
        <source>Select a follow-up in the list first.</source>
        <translation>Pilih tindak lanjut di daftar terlebih dahulu.</translation>
    </message>
    <message>
        <source>Follow-up recorded.</source>
        <translation>Tindak lanjut dicatat.</translation>
    </message>
    <message>
        <source>Enter the user name of the new case manager.</source>
        <translation>Masukkan nama pengguna manajer kasus baru.</translation>
    </message>
    <message>
        <source>Case handed to {0}.</source>
        <translation>Kasus diserahkan kepada {0}.</translation>
    </message>
</context>
<context>
    <name>ClerkPage</name>
    <message>
        <source>1. Find</source>
        <extracomment>The household of the person just enrolled (the Household programmes tab opens on it). A registered person the clerk issues a card to from the search (no enrolment).</extracomment>
        <translation>1. Cari</translation>
    </message>
    <message>
        <source>2. Person</source>
        <translation>2. Orang</translation>
    </message>
    <message>
        <source>3. Fingerprints</source>
        <translation>3. Sidik jari</translation>
    </message>
    <message>
        <source>4. Duplicate check</source>
        <translation>4. Cek ganda</translation>
    </message>
    <message>
        <source>5. Programmes</source>
        <translation>5. Program</translation>
    </message>
    <message>
        <source>6. Card</source>
        <translation>6. Kartu</translation>
    </message>
    <message>
        <source>7. Receipt</source>
        <translation>7. Tanda terima</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>Start a ne&amp;w enrolment</source>
        <translation>Mulai pendaftaran &amp;baru</translation>
    </message>
    <message>
        <source>This person was not registered: a possible duplicate waits for adjudication.</source>
        <translation>Orang ini tidak didaftarkan: kemungkinan data ganda menunggu adjudikasi.</translation>
    </message>
    <message>
        <source>Confirm the programmes first (untick all to register none).</source>
        <translation>Konfirmasi program terlebih dahulu (hapus semua centang untuk tidak mendaftar).</translation>
    </message>
    <message>
        <source>Wait until the card is written: do not remove it.</source>
        <translation>Tunggu sampai kartu selesai ditulis: jangan dicabut.</translation>
    </message>
    <message>
        <source>Start a new enrolment? What was typed and the fingerprints captured for this person will be lost.</source>
        <translation>Mulai pendaftaran baru? Yang sudah diketik dan sidik jari yang sudah dipindai untuk orang ini akan hilang.</translation>
    </message>
    <message>
        <source>Wait until the duplicate check finishes: it may be registering the person.</source>
        <translation>Tunggu sampai cek ganda selesai: mungkin sedang mendaftarkan orang ini.</translation>
    </message>
    <message>
        <source>Reading the household&apos;s address...</source>
        <translation>Membaca alamat rumah tangga...</translation>
    </message>
    <message>
        <source>The registry is not available on this station.</source>
        <translation>Registri tidak tersedia di stasiun ini.</translation>
    </message>
    <message>
        <source>This person belongs to no household: programmes are proposed per household.</source>
        <translation>Orang ini tidak termasuk rumah tangga mana pun: program diusulkan per rumah tangga.</translation>
    </message>
    <message>
        <source>Place a blank card in the reader, then press Issue.</source>
        <translation>Letakkan kartu kosong di pembaca, lalu tekan Terbitkan.</translation>
    </message>
    <message>
        <source>A card for %1. The card %2 they hold now will be replaced: hospitals refuse it from then on.</source>
        <translation>Kartu untuk %1. Kartu %2 yang dipegangnya sekarang akan diganti: rumah sakit menolaknya sejak itu.</translation>
    </message>
    <message>
        <source>A card for %1.</source>
        <translation>Kartu untuk %1.</translation>
    </message>
    <message>
        <source>The check did not finish and nothing was registered: press Next to check again.</source>
        <translation>Pemeriksaan tidak selesai dan tidak ada yang didaftarkan: tekan Lanjut untuk memeriksa lagi.</translation>
    </message>
    <message>
        <source>Reading the record...</source>
        <translation>Membaca catatan...</translation>
    </message>
    <message>
        <source>The record could not be read, so there is nothing to print or save yet: read it again in a moment.</source>
        <translation>Catatan tidak dapat dibaca, jadi belum ada yang bisa dicetak atau disimpan: baca lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>%1 (%2) is registered.
Person ID: %3
Lives in: %4
Programmes: %5
Card: %6</source>
        <translation>%1 (%2) telah terdaftar.
ID orang: %3
Tinggal di: %4
Program: %5
Kartu: %6</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>belum diterbitkan</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printer tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Dikirim ke %1.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Cetak tanda terima</translation>
    </message>
    <message>
        <source>The receipt could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>Tanda terima tidak dapat disimpan di %1: periksa bahwa folder ini dapat ditulisi (USB terpasang, ruang masih ada), lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Privacy and consent</source>
        <extracomment>The clerk asked for the person&apos;s record on paper. A supervisor asked to erase the person&apos;s fingerprints (consent to them withdrawn). The clerk asked to add fingerprints (consent to them given again, or fingers missing). The clerk asked to replace prints on file by new captures (poor prints).</extracomment>
        <translation>Privasi dan persetujuan</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, lahir %2</translation>
    </message>
    <message>
        <source>On file:</source>
        <translation>Tercatat:</translation>
    </message>
    <message>
        <source>&amp;Erase their fingerprints...</source>
        <translation>&amp;Hapus sidik jarinya...</translation>
    </message>
    <message>
        <source>The person withdraws their consent to fingerprints: they are erased here and at the central registry; the registration stays.</source>
        <translation>Orang tersebut menarik persetujuannya atas sidik jari: sidik jari dihapus di sini dan di registri pusat; pendaftarannya tetap.</translation>
    </message>
    <message>
        <source>A&amp;dd fingerprints...</source>
        <translation>&amp;Tambah sidik jari...</translation>
    </message>
    <message>
        <source>Capture the fingers with no print on file (after the person agrees again): checked against everyone registered before they are added.</source>
        <translation>Ambil sidik jari yang belum ada di berkas (setelah orang itu menyetujui lagi): diperiksa terhadap semua orang terdaftar sebelum ditambahkan.</translation>
    </message>
    <message>
        <source>Re&amp;place fingerprints...</source>
        <translation>&amp;Ganti sidik jari...</translation>
    </message>
    <message>
        <source>Capture again fingers whose print on file is poor (the hospital&apos;s finger check fails): a capture matching a print on file shows it is them; checked against everyone registered before they replace the old prints.</source>
        <translation>Pindai ulang jari yang sidik jarinya dalam berkas buruk (pemeriksaan jari di rumah sakit gagal): hasil pindai yang cocok dengan sidik jari dalam berkas menunjukkan bahwa itu memang mereka; diperiksa terhadap semua orang terdaftar sebelum menggantikan sidik jari lama.</translation>
    </message>
    <message>
        <source>Fingerprints:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <source>Privacy notice, version %1: read it to the person (or a child&apos;s parent or guardian).</source>
        <translation>Pemberitahuan privasi, versi %1: bacakan kepada orang tersebut (atau orang tua atau wali anak).</translation>
    </message>
    <message>
        <source>&amp;What the registry holds about them (PDF)</source>
        <translation>Apa yang disimpan regist&amp;ri tentang mereka (PDF)</translation>
    </message>
    <message>
        <source>Their details, consent, programmes, cards, payments, visits, grievances and what the office did: a PDF to print and give them. Never their fingerprints. Recorded in the audit trail.</source>
        <translation>Data diri, persetujuan, program, kartu, pembayaran, kunjungan, pengaduan, dan apa yang dilakukan kantor: PDF untuk dicetak dan diberikan kepada mereka. Tidak pernah sidik jari mereka. Dicatat di jejak audit.</translation>
    </message>
    <message>
        <source>— read the notice, then choose —</source>
        <translation>— bacakan pemberitahuan, lalu pilih —</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Orang itu sendiri</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>Orang tua atau wali</translation>
    </message>
    <message>
        <source>Agreed b&amp;y:</source>
        <translation>Yang menyetujui (&amp;Z):</translation>
    </message>
    <message>
        <source>the parent&apos;s or guardian&apos;s name</source>
        <translation>nama orang tua atau wali</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Wali:</translation>
    </message>
    <message>
        <source>&amp;Record the consent</source>
        <translation>&amp;Catat persetujuan</translation>
    </message>
    <message>
        <source>Read the notice, then choose who agreed.</source>
        <translation>Bacakan pemberitahuan, lalu pilih siapa yang menyetujui.</translation>
    </message>
    <message>
        <source>This consent is already on file: nothing to record.</source>
        <translation>Persetujuan ini sudah tercatat: tidak ada yang perlu dicatat.</translation>
    </message>
    <message>
        <source>nothing: registered before consent was recorded</source>
        <translation>tidak ada: terdaftar sebelum persetujuan dicatat</translation>
    </message>
    <message>
        <source>%1 (parent or guardian) agreed after privacy notice %2</source>
        <translation>%1 (orang tua atau wali) menyetujui setelah pemberitahuan privasi %2</translation>
    </message>
    <message>
        <source>the person agreed after privacy notice %2</source>
        <translation>orang itu menyetujui setelah pemberitahuan privasi %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finger(s) on file</source>
        <translation>
            <numerusform>%n jari tercatat</numerusform>
        </translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>tidak ada yang tercatat</translation>
    </message>
    <message>
        <source>erased on %1 at their request</source>
        <translation>dihapus pada %1 atas permintaannya</translation>
    </message>
    <message>
        <source>Ask: read them the notice and record who agrees.</source>
        <translation>Tanyakan: bacakan pemberitahuan dan catat siapa yang menyetujui.</translation>
    </message>
    <message>
        <source>Ask again: the privacy notice has changed since (now version %1).</source>
        <translation>Tanyakan lagi: pemberitahuan privasi telah berubah sejak itu (sekarang versi %1).</translation>
    </message>
    <message>
        <source>Ask again: a parent or guardian agreed for them as a child; they are %1 or over now and agree themselves.</source>
        <translation>Tanyakan lagi: orang tua atau wali menyetujui untuknya saat masih anak; kini ia berusia %1 tahun atau lebih dan menyetujui sendiri.</translation>
    </message>
    <message>
        <source>The consent on file stands: nothing to ask unless they wish to change who agreed.</source>
        <translation>Persetujuan yang tercatat tetap berlaku: tidak perlu ditanyakan kecuali ia ingin mengganti siapa yang menyetujui.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a person&apos;s details</source>
        <translation>Perbaiki data seseorang</translation>
    </message>
    <message>
        <source>Correct the details of %1. The central registry is told; a card that shows a changed detail should be replaced.</source>
        <translation>Perbaiki data %1. Registri pusat diberi tahu; kartu yang memuat data yang berubah sebaiknya diganti.</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, lahir %2</translation>
    </message>
    <message>
        <source>&amp;Estimated</source>
        <translation>Pe&amp;rkiraan</translation>
    </message>
    <message>
        <source>The &amp;whole household moves to this address</source>
        <translation>Seluruh rumah tan&amp;gga pindah ke alamat ini</translation>
    </message>
    <message>
        <source>Relation to &amp;head</source>
        <translation>Hubungan dengan &amp;kepala</translation>
    </message>
    <message>
        <source>Names, sex, date of birth and ID numbers are corrected by a supervisor.</source>
        <translation>Nama, jenis kelamin, tanggal lahir, dan nomor identitas diperbaiki oleh supervisor.</translation>
    </message>
    <message>
        <source>e.g. birth certificate 42/1991; moved to Kang Ta Noeng</source>
        <translation>mis. akta kelahiran 42/1991; pindah ke Kang Ta Noeng</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>Ala&amp;san</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>Sim&amp;pan</translation>
    </message>
    <message>
        <source>Nothing was changed: correct a detail first.</source>
        <translation>Tidak ada yang diubah: perbaiki suatu data terlebih dahulu.</translation>
    </message>
    <message>
        <source>Change the address first: the whole household moves to the new one.</source>
        <translation>Ubah alamatnya dulu: seluruh rumah tangga pindah ke alamat yang baru.</translation>
    </message>
    <message>
        <source>Give the reason for the correction (the document that shows the right details).</source>
        <translation>Berikan alasan perbaikan (dokumen yang menunjukkan data yang benar).</translation>
    </message>
    <message>
        <source>name (local script)</source>
        <translation>nama (aksara lokal)</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>nama Latin</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <source>date of birth estimated or not</source>
        <translation>tanggal lahir perkiraan atau bukan</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>nomor identitas</translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation>hubungan dengan kepala</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <source>Record a death</source>
        <translation>Catat kematian</translation>
    </message>
    <message>
        <source>Recording the death of %1 ends their programmes on that date and revokes their card. The person stays in the registry, and the central registry is told.</source>
        <translation>Mencatat kematian %1 mengakhiri programnya pada tanggal tersebut dan mencabut kartunya. Orang tersebut tetap ada di registri, dan registri pusat diberi tahu.</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, lahir %2</translation>
    </message>
    <message>
        <source>&amp;Date of death</source>
        <translation>&amp;Tanggal kematian</translation>
    </message>
    <message>
        <source>e.g. death certificate 123/2026, Batheay commune</source>
        <translation>mis. akta kematian 123/2026, komune Batheay</translation>
    </message>
    <message>
        <source>&amp;Known from</source>
        <translation>&amp;Diketahui dari</translation>
    </message>
    <message>
        <source>&amp;Record the death</source>
        <translation>&amp;Catat kematian</translation>
    </message>
    <message>
        <source>Say where the death is known from (the death certificate, the commune&apos;s register...).</source>
        <translation>Sebutkan dari mana kematian diketahui (akta kematian, register komune...).</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>note for the supervisor (optional)</source>
        <translation>catatan untuk supervisor (opsional)</translation>
    </message>
    <message>
        <source>&amp;Different people: register</source>
        <translation>&amp;Orang berbeda: daftarkan</translation>
    </message>
</context>
<context>
    <name>DuplicatePage</name>
    <message>
        <source>The duplicate check runs when the fingerprints are complete.</source>
        <translation>Cek ganda berjalan setelah sidik jari lengkap.</translation>
    </message>
    <message>
        <source>Name (local)</source>
        <translation>Nama (lokal)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Nama (Latin)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>Fingers that match</source>
        <translation>Jari yang cocok</translation>
    </message>
    <message>
        <source>Chance it is someone else</source>
        <translation>Peluang orang lain</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>Registered person</source>
        <translation>Orang terdaftar</translation>
    </message>
    <message>
        <source>Registered prints are kept as templates only</source>
        <translation>Sidik jari terdaftar disimpan hanya sebagai templat</translation>
    </message>
    <message>
        <source>Same &amp;person (already registered)</source>
        <translation>Orang &amp;sama (sudah terdaftar)</translation>
    </message>
    <message>
        <source>Checking the fingerprints against the registry...</source>
        <translation>Memeriksa sidik jari terhadap registri...</translation>
    </message>
    <message>
        <source>No duplicate found. %1 (%2) is registered.</source>
        <translation>Tidak ada data ganda. %1 (%2) telah terdaftar.</translation>
    </message>
    <message>
        <source>No duplicate found. Registered as person %1.</source>
        <translation>Tidak ada data ganda. Didaftarkan sebagai orang %1.</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicate: %n registered person(s) match these fingerprints. Nothing was registered. Compare the prints; the case waits for a supervisor in the adjudication queue.</source>
        <translation>
            <numerusform>Kemungkinan ganda: %n orang terdaftar cocok dengan sidik jari ini. Tidak ada yang didaftarkan. Bandingkan sidik jari; kasus menunggu supervisor di antrean adjudikasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>A matching person is recorded as deceased: someone may be using a dead person&apos;s identity.</source>
        <translation>Orang yang cocok tercatat telah meninggal: seseorang mungkin memakai identitas orang yang sudah meninggal.</translation>
    </message>
    <message>
        <source>recorded as deceased on %1</source>
        <translation>tercatat meninggal pada %1</translation>
    </message>
    <message>
        <source>1 in %1</source>
        <translation>1 banding %1</translation>
    </message>
    <message>
        <source>Recorded: same person as an already registered one.</source>
        <translation>Tercatat: orang yang sama dengan yang sudah terdaftar.</translation>
    </message>
    <message>
        <source>Recorded: different people.</source>
        <translation>Tercatat: orang berbeda.</translation>
    </message>
    <message>
        <source>A supervisor must approve the decision (Supervisor mode, adjudication queue).</source>
        <translation>Supervisor harus menyetujui keputusan ini (mode Supervisor, antrean adjudikasi).</translation>
    </message>
    <message>
        <source>Applicant — %1</source>
        <translation>Pemohon — %1</translation>
    </message>
    <message>
        <source>Registered: %1 (%2) — minutiae of the same finger</source>
        <translation>Terdaftar: %1 (%2) — minusi jari yang sama</translation>
    </message>
    <message numerus="yes">
        <source>%n minutiae paired (linked in green)</source>
        <translation>
            <numerusform>%n minusi berpasangan (dihubungkan dengan hijau)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase the fingerprints</source>
        <translation>Hapus sidik jari</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, lahir %2</translation>
    </message>
    <message numerus="yes">
        <source>The person withdraws their consent to fingerprints. Their %n finger(s) are erased here, and the central registry erases its copies. They stay registered in their programmes.</source>
        <translation>
            <numerusform>Orang tersebut menarik persetujuannya atas sidik jari. %n jarinya dihapus di sini, dan registri pusat menghapus salinannya. Ia tetap terdaftar dalam programnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell them first: the registry can no longer find them by their fingers, and a hospital cannot check their finger against the card. A card they hold keeps the prints it was written with until a new card replaces it.</source>
        <translation>Beri tahu dulu: registri tidak dapat lagi menemukannya melalui jarinya, dan rumah sakit tidak dapat mencocokkan jarinya dengan kartu. Kartu yang dipegangnya tetap menyimpan sidik jari yang ditulis di dalamnya sampai kartu baru menggantikannya.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Orang itu sendiri</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>Orang tua atau wali</translation>
    </message>
    <message>
        <source>&amp;Asked by:</source>
        <translation>Diminta &amp;oleh:</translation>
    </message>
    <message>
        <source>the parent&apos;s or guardian&apos;s name</source>
        <translation>nama orang tua atau wali</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Wali:</translation>
    </message>
    <message>
        <source>&amp;Erase the fingerprints</source>
        <translation>&amp;Hapus sidik jari</translation>
    </message>
    <message>
        <source>Choose who asks for the fingerprints to be erased.</source>
        <translation>Pilih siapa yang meminta sidik jari dihapus.</translation>
    </message>
    <message>
        <source>Name the parent or guardian who asks.</source>
        <translation>Sebutkan nama orang tua atau wali yang meminta.</translation>
    </message>
    <message>
        <source>The person is a child: a parent or guardian asks for them.</source>
        <translation>Orang tersebut masih anak-anak: orang tua atau wali yang meminta untuknya.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No card in the reader, or it was taken out: put the card in and try again.</source>
        <translation>Tidak ada kartu di pembaca, atau kartu dicabut: masukkan kartu lalu coba lagi.</translation>
    </message>
    <message>
        <source>The card reader cannot be reached: check that it is plugged in, then try again.</source>
        <translation>Pembaca kartu tidak dapat dijangkau: periksa apakah sudah tersambung, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked: this card can no longer be written.</source>
        <translation>PIN kartu terblokir: kartu ini tidak dapat ditulisi lagi.</translation>
    </message>
    <message>
        <source>The card refused the PIN.</source>
        <translation>Kartu menolak PIN.</translation>
    </message>
    <message>
        <source>The card was taken out while it was being written: issue it again.</source>
        <translation>Kartu dicabut saat sedang ditulis: terbitkan kembali.</translation>
    </message>
    <message>
        <source>This card has never been issued.</source>
        <translation>Kartu ini belum pernah diterbitkan.</translation>
    </message>
    <message>
        <source>This card holds no social protection ID (another kind of card?).</source>
        <translation>Kartu ini tidak memuat ID perlindungan sosial (mungkin kartu jenis lain?).</translation>
    </message>
    <message>
        <source>The card&apos;s answer was cut off or garbled: hold the card still on the reader and try again.</source>
        <translation>Jawaban kartu terputus atau rusak: tahan kartu diam di pembaca lalu coba lagi.</translation>
    </message>
    <message>
        <source>The registry is busy with another task: nothing was written, try again in a moment.</source>
        <translation>Registri sedang sibuk dengan tugas lain: tidak ada yang ditulis, coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written. Free some space, then try again.</source>
        <translation>Disk penuh: tidak ada yang ditulis. Kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords: a supervisor can unlock it.</source>
        <translation>Akun ini terkunci setelah terlalu banyak kata sandi salah: penyelia dapat membukanya.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Peran Anda tidak boleh melakukan ini.</translation>
    </message>
    <message>
        <source>No person has the id %1: check it and try again.</source>
        <translation>Tidak ada orang dengan id %1: periksa lalu coba lagi.</translation>
    </message>
    <message>
        <source>No household has the id %1: check it and try again.</source>
        <translation>Tidak ada rumah tangga dengan id %1: periksa lalu coba lagi.</translation>
    </message>
    <message>
        <source>No card with the number %1 was issued here.</source>
        <translation>Tidak ada kartu bernomor %1 yang diterbitkan di sini.</translation>
    </message>
    <message>
        <source>No grievance has the reference or id %1: check the slip and try again.</source>
        <translation>Tidak ada pengaduan dengan nomor referensi atau id %1: periksa tanda terimanya dan coba lagi.</translation>
    </message>
    <message>
        <source>No case has the id %1.</source>
        <translation>Tidak ada kasus dengan id %1.</translation>
    </message>
    <message>
        <source>No plan item has the id %1.</source>
        <translation>Tidak ada item rencana dengan id %1.</translation>
    </message>
    <message>
        <source>No programme membership has the id %1.</source>
        <translation>Tidak ada keanggotaan program dengan id %1.</translation>
    </message>
    <message>
        <source>No operator has the user name %1.</source>
        <translation>Tidak ada operator dengan nama pengguna %1.</translation>
    </message>
    <message>
        <source>The time to appeal ended on %1.</source>
        <translation>Batas waktu banding berakhir pada %1.</translation>
    </message>
    <message>
        <source>This grievance cannot be appealed again.</source>
        <translation>Pengaduan ini tidak dapat dibanding lagi.</translation>
    </message>
    <message>
        <source>This grievance is %1: that step is not possible now.</source>
        <translation>Pengaduan ini %1: langkah itu tidak dapat dilakukan sekarang.</translation>
    </message>
    <message>
        <source>No payment or refund has the receipt number %1.</source>
        <translation>Tidak ada pembayaran atau pengembalian dengan nomor kuitansi %1.</translation>
    </message>
    <message>
        <source>No membership, receipt or card has the number %1: check it and try again.</source>
        <translation>Tidak ada keanggotaan, kuitansi, atau kartu dengan nomor %1: periksa lalu coba lagi.</translation>
    </message>
    <message>
        <source>No person has the id or card %1: check it and try again.</source>
        <translation>Tidak ada orang dengan id atau kartu %1: periksa lalu coba lagi.</translation>
    </message>
    <message>
        <source>This case is %1: it can no longer be changed.</source>
        <translation>Kasus ini %1: tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>This plan item is %1: it can no longer be changed.</source>
        <translation>Item rencana ini %1: tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>This death was already recorded (died on %1, recorded by %2).</source>
        <translation>Kematian ini sudah dicatat (meninggal pada %1, dicatat oleh %2).</translation>
    </message>
    <message>
        <source>Answer this question first: %1</source>
        <translation>Jawab pertanyaan ini terlebih dahulu: %1</translation>
    </message>
    <message>
        <source>This case was already approved: refresh the list.</source>
        <translation>Kasus ini sudah disetujui: muat ulang daftar.</translation>
    </message>
    <message>
        <source>This case was already approved (perhaps by another supervisor): refresh the list.</source>
        <translation>Kasus ini sudah disetujui (mungkin oleh supervisor lain): muat ulang daftar.</translation>
    </message>
    <message>
        <source>This case waits for the clerk&apos;s decision (perhaps another supervisor sent it back): refresh the list.</source>
        <translation>Kasus ini menunggu keputusan petugas (mungkin supervisor lain mengembalikannya): muat ulang daftar.</translation>
    </message>
    <message>
        <source>Person %1 died on %2: nothing new can be recorded for them.</source>
        <translation>Orang %1 meninggal pada %2: tidak ada hal baru yang dapat dicatat untuknya.</translation>
    </message>
    <message>
        <source>This membership ended on %1: only its arrears of %2 can be paid.</source>
        <translation>Keanggotaan ini berakhir pada %1: hanya tunggakannya sebesar %2 yang dapat dibayar.</translation>
    </message>
    <message>
        <source>This membership ended on %1 and nothing is owed on it: no payment can be taken.</source>
        <translation>Keanggotaan ini berakhir pada %1 dan tidak ada tunggakan: pembayaran tidak dapat diterima.</translation>
    </message>
    <message>
        <source>Nothing was refunded: %1 was confirmed, but %2 is paid towards this membership now (a payment at another desk). Refund again to give back %2.</source>
        <translation>Tidak ada yang dikembalikan: %1 telah dikonfirmasi, tetapi kini %2 telah dibayar untuk keanggotaan ini (pembayaran di loket lain). Kembalikan lagi untuk mengembalikan %2.</translation>
    </message>
    <message>
        <source>Nothing was refunded: a credit of %1 was confirmed, but it is %2 now (a payment or a refund at another desk). Give it back again to give back %2.</source>
        <translation>Tidak ada yang dikembalikan: kredit %1 telah dikonfirmasi, tetapi kini menjadi %2 (pembayaran atau pengembalian di loket lain). Kembalikan lagi untuk mengembalikan %2.</translation>
    </message>
    <message>
        <source>This membership runs until %1: its credit pays its next periods. Only an ended membership&apos;s credit is given back.</source>
        <translation>Keanggotaan ini berlaku sampai %1: kreditnya membayar periode berikutnya. Hanya kredit keanggotaan yang telah berakhir yang dikembalikan.</translation>
    </message>
    <message>
        <source>This membership has not ended: its credit pays its next periods. Only an ended membership&apos;s credit is given back.</source>
        <translation>Keanggotaan ini belum berakhir: kreditnya membayar periode berikutnya. Hanya kredit keanggotaan yang telah berakhir yang dikembalikan.</translation>
    </message>
    <message>
        <source>Say why the resolution is appealed (in the note).</source>
        <translation>Sebutkan alasan banding atas penyelesaian (di catatan).</translation>
    </message>
    <message>
        <source>Say why the credit is given back, or who came for it.</source>
        <translation>Sebutkan alasan kredit dikembalikan, atau siapa yang datang mengambilnya.</translation>
    </message>
    <message>
        <source>Person %1 already holds %2 (since %3), perhaps recorded at another desk: propose again.</source>
        <translation>Orang %1 sudah terdaftar di %2 (sejak %3), mungkin dicatat di meja lain: usulkan lagi.</translation>
    </message>
    <message>
        <source>This card was already revoked on %1: nothing changed.</source>
        <translation>Kartu ini sudah dicabut pada %1: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>This card was already reported lost on %1: nothing changed.</source>
        <translation>Kartu ini sudah dilaporkan hilang pada %1: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>“%1” is not an employment status the station knows: choose one from the list.</source>
        <translation>“%1” bukan status pekerjaan yang dikenal stasiun: pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of plan item: choose one from the list.</source>
        <translation>“%1” bukan jenis item rencana: pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>“%1” is not a service a referral can go to: choose one from the list.</source>
        <translation>“%1” bukan layanan tujuan rujukan: pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>“%1” is not a status of a plan item: choose one from the list.</source>
        <translation>“%1” bukan status item rencana: pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>“%1” is not a reason a membership ends: choose one from the list.</source>
        <translation>“%1” bukan alasan berakhirnya keanggotaan: pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>Other desks took every receipt number tried at the same moment: nothing was recorded. Try again.</source>
        <translation>Meja lain mengambil setiap nomor kuitansi yang dicoba pada saat yang sama: tidak ada yang dicatat. Coba lagi.</translation>
    </message>
    <message>
        <source>Other desks took every grievance reference tried at the same moment: nothing was recorded. Try again.</source>
        <translation>Meja lain mengambil setiap nomor referensi pengaduan yang dicoba pada saat yang sama: tidak ada yang dicatat. Coba lagi.</translation>
    </message>
    <message>
        <source>%1: the scanner image shows no fingerprint. Place the finger flat on the glass and retry.</source>
        <translation>%1: gambar pemindai tidak menunjukkan sidik jari. Letakkan jari rata di kaca lalu ulangi.</translation>
    </message>
    <message>
        <source>Not approved: people enrolled since this case was opened match the applicant&apos;s fingers (%1). The case went back to the clerk to compare them.</source>
        <translation>Tidak disetujui: orang yang terdaftar sejak kasus ini dibuka cocok dengan sidik jari pemohon (%1). Kasus dikembalikan ke petugas untuk dibandingkan.</translation>
    </message>
    <message>
        <source>Not added: these fingers match other registered people (%1). They may be one person registered twice, or the capture was someone else&apos;s: a supervisor compares the prints.</source>
        <translation>Tidak ditambahkan: sidik jari ini cocok dengan orang terdaftar lain (%1). Mungkin satu orang terdaftar dua kali, atau yang dipindai orang lain: supervisor membandingkan sidik jarinya.</translation>
    </message>
    <message>
        <source>Not replaced: these fingers match other registered people (%1). They may be one person registered twice, or the capture was someone else&apos;s: a supervisor compares the prints.</source>
        <translation>Tidak diganti: sidik jari ini cocok dengan orang terdaftar lain (%1). Mungkin satu orang terdaftar dua kali, atau yang dipindai orang lain: supervisor membandingkan sidik jarinya.</translation>
    </message>
    <message>
        <source>Not replaced: no finger captured matches the print on file (%1). Capture another finger on file as a check, or a supervisor replaces them, saying why.</source>
        <translation>Tidak diganti: tidak ada jari yang dipindai yang cocok dengan sidik jari dalam berkas (%1). Pindai jari lain yang ada dalam berkas sebagai pemeriksaan, atau supervisor menggantinya dengan menyebutkan alasan.</translation>
    </message>
    <message>
        <source>The household %1 the applicant was to join no longer exists: send the case back to the clerk to register them in another household.</source>
        <translation>Rumah tangga %1 yang akan dimasuki pemohon sudah tidak ada: kembalikan kasus ini kepada petugas agar ia didaftarkan di rumah tangga lain.</translation>
    </message>
    <message>
        <source>You opened this case yourself: another supervisor approves it.</source>
        <translation>Anda sendiri yang membuka kasus ini: supervisor lain yang menyetujuinya.</translation>
    </message>
    <message>
        <source>Say where the death is known from (e.g. the death certificate number and commune).</source>
        <translation>Sebutkan dari mana kematian diketahui (mis. nomor akta kematian dan desa).</translation>
    </message>
    <message>
        <source>The date of death cannot be in the future.</source>
        <translation>Tanggal kematian tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The date of death is before the person&apos;s birth (%1).</source>
        <translation>Tanggal kematian sebelum kelahiran orang itu (%1).</translation>
    </message>
    <message>
        <source>Give the reason the death is withdrawn.</source>
        <translation>Berikan alasan catatan kematian ditarik.</translation>
    </message>
    <message>
        <source>No death is recorded for this person.</source>
        <translation>Tidak ada kematian yang dicatat untuk orang ini.</translation>
    </message>
    <message>
        <source>This payment would take what is paid towards the membership past the most the registry keeps as one amount: nothing was recorded.</source>
        <translation>Pembayaran ini akan membuat jumlah yang dibayarkan untuk keanggotaan ini melewati batas terbesar yang dapat disimpan registri sebagai satu jumlah: tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>%1 holds no contributory membership.</source>
        <translation>%1 tidak memiliki keanggotaan berkontribusi.</translation>
    </message>
    <message>
        <source>This card&apos;s holder has several contributory memberships: press Enter in the field to list them, and choose one.</source>
        <translation>Pemegang kartu ini memiliki beberapa keanggotaan berkontribusi: tekan Enter di kolom untuk menampilkannya, lalu pilih satu.</translation>
    </message>
    <message>
        <source>%1 heads this household and other living members stay: choose its new head first (New head).</source>
        <translation>%1 adalah kepala rumah tangga ini dan anggota lain yang masih hidup tetap tinggal: pilih dulu kepala yang baru (Kepala baru).</translation>
    </message>
    <message>
        <source>Every living member would leave: that is the household moving. Correct the address with Correct details... and tick that the whole household moves.</source>
        <translation>Semua anggota yang masih hidup akan pergi: itu berarti rumah tangga pindah. Perbaiki alamat dengan Perbaiki data... dan centang bahwa seluruh rumah tangga pindah ke alamat ini.</translation>
    </message>
    <message>
        <source>%1 (%2) is retired from the list of places: register new households in the place that replaced it.</source>
        <translation>%1 (%2) sudah tidak dipakai lagi dalam daftar tempat: daftarkan rumah tangga baru di tempat yang menggantikannya.</translation>
    </message>
    <message>
        <source>%1 was not proposed for person %2: propose again.</source>
        <translation>%1 tidak diusulkan untuk orang %2: usulkan lagi.</translation>
    </message>
    <message>
        <source>%1 for person %2 would start on %3, after today: confirm it on the day it starts.</source>
        <translation>%1 untuk orang %2 akan dimulai pada %3, sesudah hari ini: konfirmasikan pada hari mulainya.</translation>
    </message>
    <message>
        <source>%1 for person %2 would end on %4, before today: confirm it from a later start date.</source>
        <translation>%1 untuk orang %2 akan berakhir pada %4, sebelum hari ini: konfirmasikan dari tanggal mulai yang lebih akhir.</translation>
    </message>
    <message>
        <source>%1 cannot manage cases: choose a clerk or a supervisor.</source>
        <translation>%1 tidak dapat menangani kasus: pilih petugas atau supervisor.</translation>
    </message>
    <message>
        <source>This membership starts on %1: it cannot end before it starts.</source>
        <translation>Keanggotaan ini dimulai pada %1: tidak dapat berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>The end date %1 is after today: end the membership on or after its last day.</source>
        <translation>Tanggal berakhir %1 sesudah hari ini: akhiri keanggotaan pada hari terakhirnya atau sesudahnya.</translation>
    </message>
    <message>
        <source>This membership already ends on %1: nothing changed.</source>
        <translation>Keanggotaan ini sudah berakhir pada %1: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>This membership begins on %1, after today: withdraw it instead.</source>
        <translation>Keanggotaan ini dimulai pada %1, setelah hari ini: tarik kembali saja.</translation>
    </message>
    <message>
        <source>This membership began on %1: end it on its last day instead.</source>
        <translation>Keanggotaan ini dimulai pada %1: akhiri pada hari terakhirnya saja.</translation>
    </message>
    <message>
        <source>Contributions were paid towards this membership: refund them and withdraw it in one step (Refund and withdraw).</source>
        <translation>Iuran telah dibayar untuk keanggotaan ini: kembalikan dananya dan tarik kembali keanggotaan dalam satu langkah (Kembalikan dana dan tarik).</translation>
    </message>
    <message>
        <source>This membership began on %1: only contributions towards a membership not begun yet are refunded at the counter.</source>
        <translation>Keanggotaan ini dimulai pada %1: hanya iuran untuk keanggotaan yang belum dimulai yang dikembalikan di loket.</translation>
    </message>
    <message>
        <source>Nothing is paid towards this membership beyond what it owed: there is no credit to give back.</source>
        <translation>Tidak ada yang dibayar untuk keanggotaan ini melebihi kewajibannya: tidak ada kredit untuk dikembalikan.</translation>
    </message>
    <message>
        <source>Nothing is paid towards this membership: there is nothing to refund (withdraw it instead).</source>
        <translation>Tidak ada yang dibayar untuk keanggotaan ini: tidak ada yang perlu dikembalikan (tarik kembali saja).</translation>
    </message>
    <message>
        <source>This membership was withdrawn before it began and what was paid towards it refunded (receipt %1).</source>
        <translation>Keanggotaan ini ditarik kembali sebelum dimulai dan yang telah dibayar untuknya sudah dikembalikan (kuitansi %1).</translation>
    </message>
    <message>
        <source>The follow-up date %1 is in the past: choose today (%2) or a later day.</source>
        <translation>Tanggal tindak lanjut %1 sudah lewat: pilih hari ini (%2) atau hari sesudahnya.</translation>
    </message>
    <message>
        <source>This adjudication case no longer exists: refresh the list.</source>
        <translation>Kasus adjudikasi ini sudah tidak ada: muat ulang daftar.</translation>
    </message>
    <message>
        <source>This case was already decided (perhaps at another desk): refresh the list.</source>
        <translation>Kasus ini sudah diputuskan (mungkin di meja lain): muat ulang daftar.</translation>
    </message>
    <message>
        <source>Choose the candidate who is the same person first.</source>
        <translation>Pilih dulu kandidat yang merupakan orang yang sama.</translation>
    </message>
    <message>
        <source>This case no longer holds the applicant&apos;s fingerprints.</source>
        <translation>Kasus ini tidak lagi menyimpan sidik jari pemohon.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Kata sandi harus minimal %1 karakter.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>Kata sandi baru harus berbeda dari yang lama.</translation>
    </message>
    <message>
        <source>An operator named %1 already exists.</source>
        <translation>Operator bernama %1 sudah ada.</translation>
    </message>
    <message>
        <source>This user name is not valid: use Latin letters a-z, digits and . - _ (the full name may be in any script).</source>
        <translation>Nama pengguna ini tidak sah: gunakan huruf Latin a-z, angka, dan . - _ (nama lengkap boleh dalam aksara apa pun).</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun sendiri.</translation>
    </message>
    <message>
        <source>This is the last enabled supervisor: the account stays enabled.</source>
        <translation>Ini supervisor aktif terakhir: akunnya tetap aktif.</translation>
    </message>
    <message>
        <source>A payment must be a positive whole amount.</source>
        <translation>Pembayaran harus berupa jumlah bulat positif.</translation>
    </message>
    <message>
        <source>%1 does not collect contributions.</source>
        <translation>%1 tidak memungut iuran.</translation>
    </message>
    <message>
        <source>Describe the grievance in a few words.</source>
        <translation>Jelaskan pengaduan dalam beberapa kata.</translation>
    </message>
    <message>
        <source>The card belongs to another person than the one named.</source>
        <translation>Kartu ini milik orang lain, bukan orang yang disebutkan.</translation>
    </message>
    <message>
        <source>Say how the grievance was resolved (in the note).</source>
        <translation>Sebutkan bagaimana pengaduan diselesaikan (di catatan).</translation>
    </message>
    <message>
        <source>Describe the plan item in a few words.</source>
        <translation>Jelaskan item rencana dalam beberapa kata.</translation>
    </message>
    <message>
        <source>A referral must name the service it goes to.</source>
        <translation>Rujukan harus menyebut layanan yang dituju.</translation>
    </message>
    <message>
        <source>The programme rules changed since this package was proposed: propose again.</source>
        <translation>Aturan program berubah sejak paket ini diusulkan: usulkan lagi.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the visits</source>
        <translation>Ekspor kunjungan</translation>
    </message>
    <message>
        <source>The visits recorded at this station, one line each, for the facility&apos;s claim (a CSV file for a spreadsheet).</source>
        <translation>Kunjungan yang dicatat di stasiun ini, satu baris per kunjungan, untuk klaim fasilitas kesehatan (berkas CSV untuk lembar kerja).</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>Save in another &amp;place...</source>
        <translation>Simpan di tempat &amp;lain...</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Disimpan ke</translation>
    </message>
    <message>
        <source>&amp;Save the visits</source>
        <translation>Si&amp;mpan kunjungan</translation>
    </message>
    <message>
        <source>Save the visits</source>
        <translation>Simpan kunjungan</translation>
    </message>
</context>
<context>
    <name>FingerNames</name>
    <message>
        <source>Right thumb</source>
        <translation>Ibu jari kanan</translation>
    </message>
    <message>
        <source>Right index</source>
        <translation>Telunjuk kanan</translation>
    </message>
    <message>
        <source>Right middle</source>
        <translation>Jari tengah kanan</translation>
    </message>
    <message>
        <source>Right ring</source>
        <translation>Jari manis kanan</translation>
    </message>
    <message>
        <source>Right little</source>
        <translation>Kelingking kanan</translation>
    </message>
    <message>
        <source>Left thumb</source>
        <translation>Ibu jari kiri</translation>
    </message>
    <message>
        <source>Left index</source>
        <translation>Telunjuk kiri</translation>
    </message>
    <message>
        <source>Left middle</source>
        <translation>Jari tengah kiri</translation>
    </message>
    <message>
        <source>Left ring</source>
        <translation>Jari manis kiri</translation>
    </message>
    <message>
        <source>Left little</source>
        <translation>Kelingking kiri</translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <source>No print yet</source>
        <translation>Belum ada sidik jari</translation>
    </message>
    <message>
        <source>Fingerprint image</source>
        <translation>Gambar sidik jari</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation>Tutup tanpa menyimpan? Yang Anda ketik di sini akan hilang.</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <source>Enter the name in the local script.</source>
        <translation>Masukkan nama dalam aksara lokal.</translation>
    </message>
    <message>
        <source>The name in the local script is too long: at most 200 characters.</source>
        <translation>Nama dalam aksara lokal terlalu panjang: paling banyak 200 karakter.</translation>
    </message>
    <message>
        <source>Enter the name in Latin letters.</source>
        <translation>Masukkan nama dalam huruf Latin.</translation>
    </message>
    <message>
        <source>Write the Latin name with the letters A to Z only (no accents, no other script).</source>
        <translation>Tulis nama Latin hanya dengan huruf A sampai Z (tanpa aksen, tanpa aksara lain).</translation>
    </message>
    <message>
        <source>The name in Latin letters is too long: at most 200 characters.</source>
        <translation>Nama dalam huruf Latin terlalu panjang: paling banyak 200 karakter.</translation>
    </message>
    <message>
        <source>Choose the person&apos;s sex.</source>
        <translation>Pilih jenis kelamin orang ini.</translation>
    </message>
    <message>
        <source>The estimated age must be between 0 and %1.</source>
        <translation>Perkiraan usia harus antara 0 dan %1.</translation>
    </message>
    <message>
        <source>The phone number %1 is not valid: 6 to 20 digits, spaces, + ( ) or -.</source>
        <translation>Nomor telepon %1 tidak valid: 6 sampai 20 angka, spasi, + ( ) atau -.</translation>
    </message>
    <message>
        <source>The national ID is too long: at most 64 characters.</source>
        <translation>NIK terlalu panjang: paling banyak 64 karakter.</translation>
    </message>
    <message>
        <source>A person under %1 does not agree alone: a parent or guardian agrees for them.</source>
        <translation>Orang di bawah %1 tahun tidak menyetujui sendiri: orang tua atau wali menyetujui untuknya.</translation>
    </message>
    <message>
        <source>Read the privacy notice to the person, then choose who agreed.</source>
        <translation>Bacakan pemberitahuan privasi kepada orang tersebut, lalu pilih siapa yang menyetujui.</translation>
    </message>
    <message>
        <source>Name the parent or guardian who agreed.</source>
        <translation>Tuliskan nama orang tua atau wali yang menyetujui.</translation>
    </message>
    <message>
        <source>province</source>
        <translation>provinsi</translation>
    </message>
    <message>
        <source>district</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>desa</translation>
    </message>
    <message>
        <source>village</source>
        <translation>dusun</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>Tanggal lahir %1 ada di masa depan.</translation>
    </message>
    <message>
        <source>The date of birth %1 is more than %2 years ago.</source>
        <translation>Tanggal lahir %1 lebih dari %2 tahun yang lalu.</translation>
    </message>
    <message>
        <source>Give the date of birth, or tick &quot;Date unknown&quot; and give an estimated age.</source>
        <translation>Isi tanggal lahir, atau centang &quot;Tanggal tidak diketahui&quot; dan isi perkiraan usia.</translation>
    </message>
    <message>
        <source>%1 is not in the %2 %3: choose the %4 again.</source>
        <translation>%1 tidak berada di %2 %3: pilih %4 lagi.</translation>
    </message>
    <message>
        <source>Choose the %1 from the list, or type its code (letters, digits, - or _).</source>
        <translation>Pilih %1 dari daftar, atau ketik kodenya (huruf, angka, - atau _).</translation>
    </message>
</context>
<context>
    <name>GrievanceCategories</name>
    <message>
        <source>Not registered in a programme I am entitled to</source>
        <translation>Tidak terdaftar di program yang menjadi hak saya</translation>
    </message>
    <message>
        <source>Benefit not paid, late or wrong amount</source>
        <translation>Manfaat tidak dibayar, terlambat, atau jumlahnya salah</translation>
    </message>
    <message>
        <source>Card lost, not working or with wrong data</source>
        <translation>Kartu hilang, tidak berfungsi, atau datanya salah</translation>
    </message>
    <message>
        <source>My registered data is wrong</source>
        <translation>Data terdaftar saya salah</translation>
    </message>
    <message>
        <source>Refused or charged at a health facility</source>
        <translation>Ditolak atau dikenai biaya di fasilitas kesehatan</translation>
    </message>
    <message>
        <source>Training, placement or public works problem</source>
        <translation>Masalah pelatihan, penempatan kerja, atau padat karya</translation>
    </message>
    <message>
        <source>Staff conduct or service quality</source>
        <translation>Perilaku petugas atau mutu layanan</translation>
    </message>
    <message>
        <source>Suspected fraud or corruption</source>
        <translation>Dugaan penipuan atau korupsi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>GrievanceSlip</name>
    <message>
        <source>Grievance acknowledgement — COPY</source>
        <translation>Tanda terima pengaduan — SALINAN</translation>
    </message>
    <message>
        <source>Grievance acknowledgement</source>
        <translation>Tanda terima pengaduan</translation>
    </message>
    <message>
        <source>COPY — printed %1 by %2</source>
        <translation>SALINAN — dicetak %1 oleh %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nomor referensi</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Diterima pada</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Mengenai</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Ditangani oleh</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Jawaban paling lambat</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Status saat ini</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Diselesaikan pada</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>The service named above looks into your grievance and answers you by the date above. Keep this paper: give its reference when you come back or call.</source>
        <translation>Layanan yang disebut di atas akan menelaah pengaduan Anda dan memberi jawaban paling lambat pada tanggal di atas. Simpan kertas ini: sebutkan nomor referensinya saat Anda kembali atau menelepon.</translation>
    </message>
    <message>
        <source>How to appeal</source>
        <translation>Cara mengajukan banding</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Diterima oleh</translation>
    </message>
</context>
<context>
    <name>GrievanceSlipDialog</name>
    <message>
        <source>Copy of the acknowledgement of grievance %1.</source>
        <translation>Salinan tanda terima pengaduan %1.</translation>
    </message>
    <message>
        <source>Grievance %1 received. Give the person its written acknowledgement.</source>
        <translation>Pengaduan %1 diterima. Berikan tanda terima tertulisnya kepada yang bersangkutan.</translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>Tanda terima tidak dapat disimpan di %1: periksa bahwa folder ini dapat ditulisi (USB terpasang, ruang masih ada), lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Print the acknowledgement</source>
        <translation>Cetak tanda terima</translation>
    </message>
</context>
<context>
    <name>GrievancesPanel</name>
    <message>
        <source>New grievance</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n hari)</numerusform>
        </translation>
    </message>
    <message>
        <source>person id (empty: anonymous)</source>
        <translation>id orang (kosong: anonim)</translation>
    </message>
    <message>
        <source>serial of the card tapped (optional)</source>
        <translation>nomor seri kartu yang ditempelkan (opsional)</translation>
    </message>
    <message>
        <source>&amp;Take the grievance</source>
        <translation>&amp;Terima pengaduan</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Orang</translation>
    </message>
    <message>
        <source>Car&amp;d</source>
        <translation>Kart&amp;u</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Apa yang terja&amp;di</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Grievances (nearest deadline first)</source>
        <translation>Pengaduan (tenggat terdekat dahulu)</translation>
    </message>
    <message>
        <source>&amp;Open ones only</source>
        <translation>&amp;Hanya yang masih terbuka</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>T&amp;emukan:</translation>
    </message>
    <message>
        <source>A copy of its ac&amp;knowledgement...</source>
        <translation>Salinan tanda ter&amp;ima...</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nomor referensi</translation>
    </message>
    <message>
        <source>reference on the slip, or card serial; then Enter</source>
        <translation>nomor referensi pada tanda terima, atau nomor seri kartu; lalu Enter</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>resolution, appeal reason or note</source>
        <translation>penyelesaian, alasan banding atau catatan</translation>
    </message>
    <message>
        <source>Re&amp;fer</source>
        <translation>Rujuk (&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Selesaikan</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Tutup (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Appeal</source>
        <translation>Banding (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Tarik kembali (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>no person has this id</source>
        <translation>tidak ada orang dengan id ini</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, lahir %2</translation>
    </message>
    <message>
        <source>No grievance has the reference or card %1.</source>
        <translation>Tidak ada pengaduan dengan nomor referensi atau kartu %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n grievance(s) of this card&apos;s holder: choose one.</source>
        <translation>
            <numerusform>%n pengaduan pemegang kartu ini: pilih salah satu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grievance %1: %2, deadline %3.</source>
        <translation>Pengaduan %1: %2, tenggat %3.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonim</translation>
    </message>
    <message>
        <source>Grievances, nearest deadline first ({0} shown)</source>
        <translation>Pengaduan, tenggat terdekat dahulu ({0} ditampilkan)</translation>
    </message>
    <message>
        <source>Grievance {0} received.</source>
        <translation>Pengaduan {0} diterima.</translation>
    </message>
    <message>
        <source>Its acknowledgement could not be prepared: {0}</source>
        <translation>Tanda terimanya tidak dapat disiapkan: {0}</translation>
    </message>
    <message>
        <source>Select a grievance in the list first.</source>
        <translation>Pilih pengaduan di daftar terlebih dahulu.</translation>
    </message>
    <message>
        <source>Grievance {0} is now {1} (deadline {2}).</source>
        <translation>Pengaduan {0} kini {1} (tenggat {2}).</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Change &amp;password...</source>
        <translation>Ganti &amp;kata sandi...</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Sync: not configured</source>
        <translation>Sinkronisasi: belum diatur</translation>
    </message>
</context>
<context>
    <name>HospitalPage</name>
    <message>
        <source>Waiting for a card. Place the card on the reader and press Enter.</source>
        <translation>Menunggu kartu. Letakkan kartu di pembaca dan tekan Enter.</translation>
    </message>
    <message>
        <source>Any reader with a card</source>
        <translation>Pembaca mana pun yang berisi kartu</translation>
    </message>
    <message>
        <source>Find r&amp;eaders</source>
        <translation>Cari p&amp;embaca</translation>
    </message>
    <message>
        <source>&amp;Read the card (Enter)</source>
        <translation>&amp;Baca kartu (Enter)</translation>
    </message>
    <message>
        <source>&amp;Next person (Esc)</source>
        <translation>Orang berikutn&amp;ya (Esc)</translation>
    </message>
    <message>
        <source>Rea&amp;der:</source>
        <translation>Pemb&amp;aca:</translation>
    </message>
    <message>
        <source>&amp;Optional finger check:</source>
        <translation>Pemeriksaan jari (&amp;opsional):</translation>
    </message>
    <message>
        <source>Check the &amp;finger</source>
        <translation>Periksa &amp;jari</translation>
    </message>
    <message>
        <source>Record the &amp;visit</source>
        <translation>Catat &amp;kunjungan</translation>
    </message>
    <message>
        <source>Card verification is not set up on this station: the national trust anchors and revocation list are missing.</source>
        <translation>Verifikasi kartu belum disiapkan di stasiun ini: sertifikat akar nasional dan daftar pencabutan tidak ada.</translation>
    </message>
    <message>
        <source>Still busy with the previous card: wait a moment, then press Enter again.</source>
        <translation>Masih sibuk dengan kartu sebelumnya: tunggu sebentar, lalu tekan Enter lagi.</translation>
    </message>
    <message>
        <source>Reading the card...</source>
        <translation>Membaca kartu...</translation>
    </message>
    <message>
        <source>This card was already used today at %1 (recorded by %2). Record another visit?</source>
        <translation>Kartu ini sudah dipakai hari ini pukul %1 (dicatat oleh %2). Catat kunjungan lagi?</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>No visit recorded: this card was already used today.</source>
        <translation>Tidak ada kunjungan yang dicatat: kartu ini sudah dipakai hari ini.</translation>
    </message>
    <message>
        <source>Visit recorded (queued for the central registry).</source>
        <translation>Kunjungan tercatat (antre untuk registri pusat).</translation>
    </message>
    <message>
        <source>The previous card&apos;s visit was not recorded: %1</source>
        <translation>Kunjungan kartu sebelumnya tidak tercatat: %1</translation>
    </message>
    <message>
        <source>Place the %1 finger on the scanner...</source>
        <translation>Letakkan jari %1 di pemindai...</translation>
    </message>
    <message>
        <source>Finger MATCHES the card</source>
        <translation>Jari COCOK dengan kartu</translation>
    </message>
    <message>
        <source>Finger does NOT match the card. Try again, or another finger; no visit is recorded for a finger that does not match.</source>
        <translation>Jari TIDAK cocok dengan kartu. Coba lagi, atau jari lain; kunjungan tidak dicatat untuk jari yang tidak cocok.</translation>
    </message>
    <message>
        <source>If the holder&apos;s own fingers keep failing, the print on the card may be poor: the Single Window office captures it again and issues a new card.</source>
        <translation>Jika jari pemegang kartu sendiri terus gagal, sidik jari pada kartu mungkin buruk: kantor Layanan Satu Pintu memindainya ulang dan menerbitkan kartu baru.</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <source>Who heads the household, and who leaves it. The central registry is told; the dead keep their place.</source>
        <translation>Siapa kepala rumah tangga, dan siapa yang keluar. Registri pusat diberi tahu; yang meninggal tetap di tempatnya.</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Anggota</translation>
    </message>
    <message>
        <source>&amp;New head</source>
        <translation>Kepala &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Start a new household</source>
        <translation>&amp;Mulai rumah tangga baru</translation>
    </message>
    <message>
        <source>&amp;Join another household</source>
        <translation>&amp;Gabung ke rumah tangga lain</translation>
    </message>
    <message>
        <source>H&amp;ead</source>
        <translation>&amp;Kepala</translation>
    </message>
    <message>
        <source>Where they &amp;live now</source>
        <translation>&amp;Tempat tinggal sekarang</translation>
    </message>
    <message>
        <source>A ne&amp;w address</source>
        <translation>Alamat bar&amp;u</translation>
    </message>
    <message>
        <source>a member&apos;s name, person or household id</source>
        <translation>nama anggota, id orang atau rumah tangga</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Ca&amp;ri</translation>
    </message>
    <message>
        <source>F&amp;ind by</source>
        <translation>Cari &amp;dengan</translation>
    </message>
    <message>
        <source>&amp;To join</source>
        <translation>&amp;Yang dituju</translation>
    </message>
    <message>
        <source>e.g. head died (certificate 9/2026); married, own house</source>
        <translation>mis. kepala meninggal (akta 9/2026); menikah, rumah sendiri</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>Ala&amp;san</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>Sim&amp;pan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Hubungan dengan kepala</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>Setelah perubahan</translation>
    </message>
    <message>
        <source>deceased on %1</source>
        <translation>meninggal pada %1</translation>
    </message>
    <message>
        <source>%1, %2 (household %3)</source>
        <translation>%1, %2 (rumah tangga %3)</translation>
    </message>
    <message>
        <source>No other household found: search by a member&apos;s name or id.</source>
        <translation>Tidak ada rumah tangga lain ditemukan: cari dengan nama atau id anggota.</translation>
    </message>
    <message>
        <source>Tick the members who leave the household.</source>
        <translation>Centang anggota yang keluar dari rumah tangga.</translation>
    </message>
    <message>
        <source>Choose who heads the household.</source>
        <translation>Pilih siapa yang menjadi kepala rumah tangga.</translation>
    </message>
    <message>
        <source>Say how %1 is related to the head.</source>
        <translation>Sebutkan hubungan %1 dengan kepala.</translation>
    </message>
    <message>
        <source>Find the household to join and choose it.</source>
        <translation>Cari rumah tangga yang dituju lalu pilih.</translation>
    </message>
    <message>
        <source>Give the reason for the change (the form or the document that shows it).</source>
        <translation>Berikan alasan perubahan (formulir atau dokumen yang menunjukkannya).</translation>
    </message>
    <message>
        <source>%1 now heads household %2.</source>
        <translation>%1 kini menjadi kepala rumah tangga %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) started a new household headed by %1.</source>
        <translation>
            <numerusform>%n orang memulai rumah tangga baru dengan kepala %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) joined the household of %1.</source>
        <translation>
            <numerusform>%n orang bergabung dengan rumah tangga %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The household needs its vulnerability assessment before programmes are proposed.</source>
        <translation>Rumah tangga perlu penilaian kerentanan sebelum program diusulkan.</translation>
    </message>
    <message>
        <source>The card %1 shows the old village: issue a new card to replace it.</source>
        <translation>Kartu %1 menunjukkan dusun lama: terbitkan kartu baru sebagai gantinya.</translation>
    </message>
    <message>
        <source>Their programme memberships stay with them: review them with the household&apos;s proposal.</source>
        <translation>Keanggotaan program mereka tetap bersama mereka: tinjau bersama usulan rumah tangga.</translation>
    </message>
    <message>
        <source>%1 goes to one member a household, and this household now has it twice: end one of the memberships on the Programmes step.</source>
        <translation>%1 diberikan kepada satu anggota per rumah tangga, dan rumah tangga ini sekarang memilikinya dua kali: akhiri salah satu keanggotaan pada langkah Program.</translation>
    </message>
</context>
<context>
    <name>HouseholdReviewPanel</name>
    <message>
        <source>Households whose members need a supervisor&apos;s step after a death or a move. Each stays here until it is mended.</source>
        <translation>Rumah tangga yang anggotanya memerlukan langkah penyelia setelah kematian atau kepindahan. Masing-masing tetap di sini sampai diperbaiki.</translation>
    </message>
    <message>
        <source>Households to review</source>
        <translation>Rumah tangga untuk ditinjau</translation>
    </message>
    <message>
        <source>Household of</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Yang perlu dilakukan</translation>
    </message>
    <message>
        <source>&amp;Household...</source>
        <translation>Rumah ta&amp;ngga...</translation>
    </message>
    <message>
        <source>Households to review (%1)</source>
        <translation>Rumah tangga untuk ditinjau (%1)</translation>
    </message>
    <message>
        <source>No living head: name one (Household...).</source>
        <translation>Tidak ada kepala yang masih hidup: tetapkan satu (Rumah tangga...).</translation>
    </message>
    <message>
        <source>Two members are recorded as its head: name the one who heads it (Household...).</source>
        <translation>Dua anggota tercatat sebagai kepala: tetapkan yang benar-benar mengepalai (Rumah tangga...).</translation>
    </message>
    <message>
        <source>%1 is held twice (one member a household): end one on the clerk&apos;s Household programmes tab.</source>
        <translation>%1 dimiliki dua kali (satu anggota per rumah tangga): akhiri salah satunya di tab Program rumah tangga milik petugas.</translation>
    </message>
    <message>
        <source>Select a household in the list first.</source>
        <translation>Pilih rumah tangga di daftar terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>ListCheckDialog</name>
    <message>
        <source>Check a programme&apos;s list</source>
        <translation>Periksa daftar sebuah program</translation>
    </message>
    <message>
        <source>A programme&apos;s own list of the people it pays, saved from its spreadsheet as &apos;CSV UTF-8&apos;. Its first line names the columns: name (or local_name), sex, birth_date or birth_year, village, national_id, beneficiary_id. Each line is matched to the people registered here; the report says who is paid after their death or twice, who is not registered, who is not in the programme, and which members the list leaves out. It names people: keep it as you keep the registry.</source>
        <translation>Daftar milik sebuah program tentang orang yang dibayarnya, disimpan dari lembar kerjanya sebagai &apos;CSV UTF-8&apos;. Baris pertamanya menamai kolom: name (atau local_name), sex, birth_date atau birth_year, village, national_id, beneficiary_id. Setiap baris dicocokkan dengan orang yang terdaftar di sini; laporan menyebutkan siapa yang dibayar setelah meninggal atau dua kali, siapa yang belum terdaftar, siapa yang tidak ikut program, dan anggota mana yang tidak ada di daftar. Laporan ini memuat nama orang: simpanlah seperti Anda menyimpan registri.</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>the list&apos;s CSV file</source>
        <translation>berkas CSV daftar</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>Pi&amp;lih...</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Daftar</translation>
    </message>
    <message>
        <source>Pays for &amp;day</source>
        <translation>Membayar untuk &amp;tanggal</translation>
    </message>
    <message>
        <source>PDF, to read or print</source>
        <translation>PDF, untuk dibaca atau dicetak</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV, untuk lembar kerja</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Check the list</source>
        <translation>Peri&amp;ksa daftar</translation>
    </message>
    <message>
        <source>The programme&apos;s list</source>
        <translation>Daftar program</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Berkas CSV (*.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The registry knows no programme yet.</source>
        <translation>Registri belum mengenal program apa pun.</translation>
    </message>
    <message>
        <source>Choose the list&apos;s file.</source>
        <translation>Pilih berkas daftar.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Tidak ada berkas %1.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in to the station</source>
        <translation>Masuk ke stasiun</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Opening the registry...</source>
        <translation>Membuka registri...</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without use. Enter your password to go on where you were; another operator who signs in starts afresh.</source>
        <translation>Terkunci setelah %1 menit tanpa digunakan. Masukkan kata sandi Anda untuk melanjutkan dari posisi terakhir; operator lain yang masuk akan mulai dari awal.</translation>
    </message>
    <message>
        <source>Signed in. Opening the scanner and the card reader...</source>
        <translation>Sudah masuk. Membuka pemindai dan pembaca kartu...</translation>
    </message>
    <message>
        <source>Operator accounts are not available: this station has no registry yet. Run &apos;sws init&apos; first.</source>
        <translation>Akun operator tidak tersedia: stasiun ini belum memiliki registri. Jalankan &apos;sws init&apos; terlebih dahulu.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Masukkan nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Memeriksa...</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Pilih kata sandi baru</translation>
    </message>
    <message>
        <source>A supervisor set your password. Choose your own before you start: at least 10 characters, not your user name.</source>
        <translation>Seorang supervisor menetapkan kata sandi Anda. Pilih kata sandi sendiri sebelum mulai: minimal 10 karakter, bukan nama pengguna Anda.</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Ganti kata sandi Anda</translation>
    </message>
    <message>
        <source>At least 10 characters, not your user name, not the one you have now.</source>
        <translation>Minimal 10 karakter, bukan nama pengguna Anda, dan bukan kata sandi yang sekarang.</translation>
    </message>
    <message>
        <source>Your password was reset: choose a new one to sign in.</source>
        <translation>Kata sandi Anda diatur ulang: pilih kata sandi baru untuk masuk.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync: %1 waiting (no central registry set)</source>
        <translation>Sinkronisasi: %1 menunggu (registri pusat belum diatur)</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — approval expired, ask the centre to renew</source>
        <extracomment>The services opened in the background are in ``ctx`` (see :meth:`load_services`). The scanner and the card verifier are in ``ctx`` too (after :attr:`services_ready`). Asks a yes/no question (a message box; tests answer it themselves).</extracomment>
        <translation>Sinkronisasi: %1 menunggu — persetujuan berakhir, minta pusat memperpanjang</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — not yet approved by the centre</source>
        <translation>Sinkronisasi: %1 menunggu — belum disetujui pusat</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — station revoked by the centre</source>
        <translation>Sinkronisasi: %1 menunggu — stasiun dicabut oleh pusat</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — suspended by the centre (a copy of this station suspected)</source>
        <translation>Sinkronisasi: %1 menunggu — ditangguhkan oleh pusat (diduga salinan stasiun ini)</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — stopped, signing key lost</source>
        <translation>Sinkronisasi: %1 menunggu — berhenti, kunci hilang</translation>
    </message>
    <message>
        <source>Sync: %1 waiting — offline, will retry</source>
        <translation>Sinkronisasi: %1 menunggu — luring, akan dicoba lagi</translation>
    </message>
    <message>
        <source>Sync: %1 waiting</source>
        <translation>Sinkronisasi: %1 menunggu</translation>
    </message>
    <message>
        <source>Single Window station — %1</source>
        <translation>Stasiun Layanan Satu Pintu — %1</translation>
    </message>
    <message>
        <source>Sign out? The enrolment in progress will be lost: what was typed and the fingerprints captured.</source>
        <translation>Keluar? Pendaftaran yang sedang berjalan akan hilang: yang sudah diketik dan sidik jari yang sudah dipindai.</translation>
    </message>
    <message>
        <source>Change the language? The enrolment in progress starts again: what was typed and the fingerprints captured will be lost.</source>
        <translation>Ganti bahasa? Pendaftaran yang sedang berjalan dimulai lagi: yang sudah diketik dan sidik jari yang sudah dipindai akan hilang.</translation>
    </message>
    <message>
        <source>&amp;Clerk</source>
        <translation>&amp;Petugas</translation>
    </message>
    <message>
        <source>&amp;Hospital focal point</source>
        <translation>&amp;Titik layanan rumah sakit</translation>
    </message>
    <message>
        <source>&amp;Auditor</source>
        <translation>&amp;Auditor</translation>
    </message>
    <message>
        <source>Su&amp;pervisor</source>
        <translation>Su&amp;pervisor</translation>
    </message>
    <message>
        <source>this mode</source>
        <translation>mode ini</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tidak dicatat</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>bekerja</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>wiraswasta</translation>
    </message>
    <message>
        <source>informal work</source>
        <translation>kerja informal</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>menganggur</translation>
    </message>
    <message>
        <source>student</source>
        <translation>pelajar</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>pensiun</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>tidak bekerja</translation>
    </message>
    <message>
        <source>child</source>
        <translation>anak</translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <source>Ho&amp;usehold programmes</source>
        <translation>Prog&amp;ram rumah tangga</translation>
    </message>
    <message>
        <source>&amp;Grievances</source>
        <translation>Pen&amp;gaduan</translation>
    </message>
    <message>
        <source>Case &amp;follow-ups</source>
        <translation>&amp;Tindak lanjut kasus</translation>
    </message>
    <message>
        <source>Households to re&amp;view</source>
        <translation>Rumah tangga untuk ditin&amp;jau</translation>
    </message>
    <message>
        <source>Cards to replace</source>
        <translation>Kartu yang perlu diganti</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>Rencana kasus</translation>
    </message>
    <message>
        <source>&amp;Enrolment</source>
        <translation>&amp;Pendaftaran</translation>
    </message>
    <message>
        <source>This person belongs to no household: there is nothing to open.</source>
        <translation>Orang ini tidak termasuk rumah tangga mana pun: tidak ada yang dibuka.</translation>
    </message>
    <message>
        <source>Opera&amp;tors</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Ikhtisar</translation>
    </message>
</context>
<context>
    <name>NewOperatorDialog</name>
    <message>
        <source>Add an operator</source>
        <translation>Tambah operator</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Masukkan nama pengguna.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Kata sandi harus minimal %1 karakter.</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>A&amp;dd an operator...</source>
        <translation>Tam&amp;bah operator...</translation>
    </message>
    <message>
        <source>Reset pass&amp;word...</source>
        <translation>Atur ulang kata sa&amp;ndi...</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>B&amp;uka kunci</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>Nonakti&amp;fkan</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>terkunci</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>harus ganti kata sandi</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Akti&amp;fkan</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Memproses...</translation>
    </message>
    <message>
        <source>Operator %1 added.</source>
        <translation>Operator %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>Choose a temporary password for %1 and give it to them in person. They must choose their own at the next sign-in; the account is unlocked.</source>
        <translation>Pilih kata sandi sementara untuk %1 dan berikan langsung kepadanya. Ia harus memilih kata sandinya sendiri saat masuk berikutnya; akun dibuka kuncinya.</translation>
    </message>
    <message>
        <source>Password of %1 reset: they must choose a new one at the next sign-in.</source>
        <translation>Kata sandi %1 diatur ulang: ia harus memilih yang baru saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>Operator %1 unlocked.</source>
        <translation>Kunci operator %1 dibuka.</translation>
    </message>
    <message>
        <source>Operator %1 enabled: they can sign in again.</source>
        <translation>Operator %1 diaktifkan: ia dapat masuk lagi.</translation>
    </message>
    <message>
        <source>Operator %1 disabled: they can no longer sign in. Their records stay.</source>
        <translation>Operator %1 dinonaktifkan: ia tidak dapat masuk lagi. Catatannya tetap tersimpan.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>Simpan sebagai P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Cetak...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printer tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Dikirim ke %1.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>printer</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Current password</source>
        <translation>Kata sandi &amp;saat ini</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Kedua kata sandi baru berbeda.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Memeriksa...</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <source>S&amp;how the statement</source>
        <translation>Tampilkan laporan (&amp;H)</translation>
    </message>
    <message>
        <source>choose a membership</source>
        <translation>pilih keanggotaan</translation>
    </message>
    <message>
        <source>&amp;Of the household:</source>
        <translation>Dari rumah tangga (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Record the payment</source>
        <translation>&amp;Catat pembayaran</translation>
    </message>
    <message>
        <source>receipt number, card serial or membership id</source>
        <translation>nomor kuitansi, nomor seri kartu, atau id keanggotaan</translation>
    </message>
    <message>
        <source>The number of one of the member&apos;s receipts, the serial of their card, or the membership&apos;s id. Or double-click the membership in the Household programmes tab.</source>
        <translation>Nomor salah satu kuitansi anggota, nomor seri kartunya, atau id keanggotaan. Atau klik dua kali keanggotaan di tab Program rumah tangga.</translation>
    </message>
    <message>
        <source>Mem&amp;bership, card or receipt:</source>
        <translation>Keanggotaan, kartu, atau kuitansi (&amp;B):</translation>
    </message>
    <message>
        <source>Read the &amp;card</source>
        <translation>B&amp;aca kartu</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Ju&amp;mlah:</translation>
    </message>
    <message>
        <source>Save the receipt as P&amp;DF</source>
        <translation>Simpan tanda terima sebagai P&amp;DF</translation>
    </message>
    <message>
        <source>Pr&amp;int the receipt...</source>
        <translation>Cetak tanda ter&amp;ima...</translation>
    </message>
    <message>
        <source>Select a line to give a copy of its receipt or voucher; Enter prints one.</source>
        <translation>Pilih satu baris untuk memberikan salinan tanda terima atau vouchernya; Enter mencetak salinannya.</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as PDF</source>
        <translation>Simpan sa&amp;linan sebagai PDF</translation>
    </message>
    <message>
        <source>Print a co&amp;py...</source>
        <translation>Ceta&amp;k salinan...</translation>
    </message>
    <message>
        <source>Save the s&amp;tatement as PDF</source>
        <translation>Simpan lapora&amp;n sebagai PDF</translation>
    </message>
    <message>
        <source>Print the statement...</source>
        <translation>Cetak laporan...</translation>
    </message>
    <message>
        <source>Never ran: the holder died before it began; %1 to refund to the family</source>
        <translation>Tidak pernah berjalan: pemegang meninggal sebelum dimulai; %1 dikembalikan kepada keluarga</translation>
    </message>
    <message>
        <source>Never ran: a death recorded before it began kept it; %1 to refund</source>
        <translation>Tidak pernah berjalan: kematian yang dicatat sebelum dimulai menahannya; %1 dikembalikan</translation>
    </message>
    <message numerus="yes">
        <source>Ended on %1: arrears %2, %n period(s) overdue of %3 charged, paid until %4</source>
        <translation>
            <numerusform>Berakhir pada %1: tunggakan %2, %n periode terlambat dari %3 yang ditagihkan, lunas sampai %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended on %1: arrears %2, %n period(s) overdue of %3 charged, nothing paid</source>
        <translation>
            <numerusform>Berakhir pada %1: tunggakan %2, %n periode terlambat dari %3 yang ditagihkan, tidak ada pembayaran</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>in arrears</source>
        <translation>menunggak</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>ditangguhkan</translation>
    </message>
    <message numerus="yes">
        <source>Status %1: arrears %2, %n period(s) overdue of %3 due, paid until %4</source>
        <translation>
            <numerusform>Status %1: tunggakan %2, %n periode terlambat dari %3 yang jatuh tempo, lunas sampai %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status %1: arrears %2, %n period(s) overdue of %3 due, nothing paid yet</source>
        <translation>
            <numerusform>Status %1: tunggakan %2, %n periode terlambat dari %3 yang jatuh tempo, belum ada pembayaran</numerusform>
        </translation>
    </message>
    <message>
        <source>, credit %1 to give back to the family</source>
        <translation>, kredit %1 dikembalikan kepada keluarga</translation>
    </message>
    <message>
        <source>, credit %1 to give back</source>
        <translation>, kredit %1 dikembalikan</translation>
    </message>
    <message>
        <source>, credit %1</source>
        <translation>, kredit %1</translation>
    </message>
    <message>
        <source>The receipt could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>Tanda terima tidak dapat disimpan di %1: periksa bahwa folder ini dapat ditulisi (USB terpasang, ruang masih ada), lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printer tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Dikirim ke %1.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>The statement could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>Laporan tidak dapat disimpan di %1: periksa bahwa folder ini dapat ditulisi (USB terpasang, ruang masih ada), lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Print the statement</source>
        <translation>Cetak laporan</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Cetak tanda terima</translation>
    </message>
    <message>
        <source>Print a copy of %1</source>
        <translation>Cetak salinan %1</translation>
    </message>
    <message>
        <source>Select the line of the history to give a copy of first.</source>
        <translation>Pilih dulu baris riwayat yang salinannya akan diberikan.</translation>
    </message>
    <message>
        <source>The copy could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>Salinan tidak dapat disimpan di %1: periksa bahwa folder ini dapat ditulisi (USB terpasang, ruang masih ada), lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Memproses...</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Of the card holder:</source>
        <translation>Dari pemegang kartu (&amp;O):</translation>
    </message>
    <message>
        <source>%1 (ended %2)</source>
        <translation>%1 (berakhir %2)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (mulai %2)</translation>
    </message>
    <message>
        <source>This card&apos;s holder has several contributory memberships: choose one in the list.</source>
        <translation>Pemegang kartu ini memiliki beberapa keanggotaan berkontribusi: pilih satu di daftar.</translation>
    </message>
    <message>
        <source>This card is revoked; the payment is taken all the same.</source>
        <translation>Kartu ini telah dicabut; pembayaran tetap diterima.</translation>
    </message>
    <message>
        <source>This card was reported lost; the payment is taken all the same.</source>
        <translation>Kartu ini dilaporkan hilang; pembayaran tetap diterima.</translation>
    </message>
    <message>
        <source>This card was replaced by a newer one; the payment is taken all the same.</source>
        <translation>Kartu ini telah diganti dengan yang baru; pembayaran tetap diterima.</translation>
    </message>
    <message>
        <source>Enter a receipt number, the card serial or the membership id first.</source>
        <translation>Masukkan nomor kuitansi, nomor seri kartu, atau id keanggotaan terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4 refunded</source>
        <translation>%1 (%2): %3 %4 dikembalikan</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4 paid</source>
        <translation>%1 (%2): %3 %4 dibayar</translation>
    </message>
    <message>
        <source>Receipt %1: %2 %3 received.</source>
        <translation>Kuitansi %1: %2 %3 diterima.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Pembayaran dicatat.</translation>
    </message>
</context>
<context>
    <name>PersonFormPage</name>
    <message>
        <source>Household</source>
        <extracomment>Enter in the last field (the national ID): the clerk means Next</extracomment>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <source>New househo&amp;ld (this person is the head)</source>
        <translation>Rumah tangga baru (&amp;orang ini kepala keluarga)</translation>
    </message>
    <message>
        <source>Member of e&amp;xisting household:</source>
        <translation>Anggota rumah tangga yang a&amp;da:</translation>
    </message>
    <message>
        <source>household id</source>
        <translation>id rumah tangga</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Orang tua</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Kerabat lain</translation>
    </message>
    <message>
        <source>H&amp;ousehold id:</source>
        <translation>Kod&amp;e:</translation>
    </message>
    <message>
        <source>Relation to &amp;head:</source>
        <translation>&amp;Sebagai:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>name as written locally</source>
        <translation>nama dalam aksara lokal</translation>
    </message>
    <message>
        <source>the same name in Latin letters</source>
        <translation>nama yang sama dalam huruf Latin</translation>
    </message>
    <message>
        <source>La&amp;tin:</source>
        <translation>Lat&amp;in:</translation>
    </message>
    <message>
        <source>Na&amp;me (local script)</source>
        <translation>Na&amp;ma (aksara lokal)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
        <source>Date unknown: estimated &amp;age</source>
        <translation>Tanggal tidak diketahui: perkiraan &amp;usia</translation>
    </message>
    <message>
        <source>Date o&amp;f birth</source>
        <translation>Tanggal la&amp;hir</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Privacy notice...</source>
        <translation>Pemberitahuan privasi...</translation>
    </message>
    <message>
        <source>— read the notice, then choose —</source>
        <translation>— bacakan pemberitahuan, lalu pilih —</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Orang itu sendiri</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>Orang tua atau wali</translation>
    </message>
    <message>
        <source>the parent&apos;s or guardian&apos;s name</source>
        <translation>nama orang tua atau wali</translation>
    </message>
    <message>
        <source>Agreed b&amp;y:</source>
        <translation>Yang menyetujui (&amp;Z):</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>Wali:</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Pemberitahuan privasi</translation>
    </message>
    <message>
        <source>Version %1. Read it to the person (or a child&apos;s parent or guardian), then choose who agreed.</source>
        <translation>Versi %1. Bacakan kepada orang tersebut (atau orang tua atau wali anak), lalu pilih siapa yang menyetujui.</translation>
    </message>
    <message>
        <source>province</source>
        <translation>provinsi</translation>
    </message>
    <message>
        <source>district</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>desa</translation>
    </message>
    <message>
        <source>village (name or code)</source>
        <translation>dusun (nama atau kode)</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Provinsi:</translation>
    </message>
    <message>
        <source>Dist&amp;rict:</source>
        <translation>Ke&amp;camatan:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>Desa (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>Dusun (&amp;V):</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>National &amp;ID</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>jika ada</translation>
    </message>
    <message>
        <source>Head of the household</source>
        <translation>Kepala rumah tangga</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>Not available on this station yet: %1</source>
        <translation>Belum tersedia di stasiun ini: %1</translation>
    </message>
</context>
<context>
    <name>PlanItems</name>
    <message>
        <source>goal</source>
        <translation>tujuan</translation>
    </message>
    <message>
        <source>action</source>
        <translation>tindakan</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>rujukan</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>The rules propose these programmes. Tick what the person takes, then confirm.</source>
        <extracomment>Enter on the list: the clerk means Next</extracomment>
        <translation>Aturan mengusulkan program berikut. Centang yang diambil, lalu konfirmasi.</translation>
    </message>
    <message>
        <source>C&amp;onfirm the programmes</source>
        <translation>K&amp;onfirmasi program</translation>
    </message>
    <message>
        <source>Considered, not eligible:</source>
        <translation>Dipertimbangkan, tidak memenuhi syarat:</translation>
    </message>
    <message>
        <source>Facts the rules lack (poverty level, disability, employment) are recorded in the Household programmes tab; propose again there.</source>
        <translation>Data yang belum ada bagi aturan (tingkat kemiskinan, disabilitas, pekerjaan) dicatat di tab Program rumah tangga; ajukan ulang di sana.</translation>
    </message>
    <message>
        <source>Checking eligibility...</source>
        <translation>Memeriksa kelayakan...</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>tanpa batas</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) proposed (rules %1)</source>
        <translation>
            <numerusform>%n program diusulkan (aturan %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n programme(s) joined.</source>
        <translation>
            <numerusform>Tercatat: %n program diikuti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammesPanel</name>
    <message>
        <source>Household id</source>
        <translation>Id rumah tangga</translation>
    </message>
    <message>
        <source>Pr&amp;opose programmes</source>
        <translation>Usulkan program (&amp;O)</translation>
    </message>
    <message>
        <source>Members (the rules need disability and employment)</source>
        <translation>Anggota (aturan memerlukan disabilitas dan pekerjaan)</translation>
    </message>
    <message>
        <source>&amp;Save the members&apos; situation</source>
        <translation>&amp;Simpan situasi anggota</translation>
    </message>
    <message>
        <source>Vulnerability assessment</source>
        <translation>Penilaian kerentanan</translation>
    </message>
    <message>
        <source>&amp;Record the assessment</source>
        <translation>Catat pe&amp;nilaian</translation>
    </message>
    <message>
        <source>Proposed package (tick what is taken)</source>
        <translation>Paket yang diusulkan (centang yang diambil)</translation>
    </message>
    <message>
        <source>&amp;Confirm the ticked programmes</source>
        <translation>Konfirmasi program yang dicentang (&amp;C)</translation>
    </message>
    <message>
        <source>Considered, not proposed:</source>
        <translation>Dipertimbangkan, tidak diusulkan:</translation>
    </message>
    <message>
        <source>Memberships held</source>
        <translation>Keanggotaan yang dimiliki</translation>
    </message>
    <message>
        <source>En&amp;d membership</source>
        <translation>Akhiri keanggotaan (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Withdraw (not begun)</source>
        <translation>Tarik kembali (belum dimulai) (&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;fund and withdraw</source>
        <translation>Kembalikan dana dan tarik (&amp;F)</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>pindah tempat tinggal</translation>
    </message>
    <message>
        <source>no longer eligible</source>
        <translation>tidak lagi memenuhi syarat</translation>
    </message>
    <message>
        <source>at the person&apos;s own request</source>
        <translation>atas permintaan orang itu sendiri</translation>
    </message>
    <message>
        <source>held twice (the extra one)</source>
        <translation>tercatat dua kali (yang berlebih)</translation>
    </message>
    <message>
        <source>Enter the household id first.</source>
        <translation>Masukkan id rumah tangga terlebih dahulu.</translation>
    </message>
    <message>
        <source>The assessment of household %1 was recorded.</source>
        <translation>Penilaian rumah tangga %1 telah dicatat.</translation>
    </message>
    <message>
        <source>Score {0:g}: {1} (questionnaire {2})</source>
        <translation>Skor {0:g}: {1} (kuesioner {2})</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source> until {0}</source>
        <translation> sampai {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) under rules %1.</source>
        <translation>
            <numerusform>%n usulan menurut aturan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the holder died</source>
        <translation>pemegangnya meninggal dunia</translation>
    </message>
    <message>
        <source> (ended: %1)</source>
        <translation> (diakhiri: %1)</translation>
    </message>
    <message>
        <source>%1: %2 from %3</source>
        <translation>%1: %2 sejak %3</translation>
    </message>
    <message>
        <source>%1: %2 begins on %3</source>
        <translation>%1: %2 mulai pada %3</translation>
    </message>
    <message>
        <source>Not begun yet: Withdraw withdraws it (it never runs); it can be ended from %1, the day it begins.</source>
        <translation>Belum dimulai: Tarik kembali menariknya (keanggotaan ini tidak pernah berjalan); keanggotaan ini dapat diakhiri mulai %1, hari dimulainya.</translation>
    </message>
    <message>
        <source> (this household has it twice, one member a household: end this one)</source>
        <translation> (rumah tangga ini memilikinya dua kali, satu anggota per rumah tangga: akhiri yang ini)</translation>
    </message>
    <message>
        <source>%1 (deceased): %2 was to begin on %3; %4 paid is owed to the family (Refund and withdraw)</source>
        <translation>%1 (meninggal): %2 seharusnya dimulai pada %3; %4 yang dibayar terutang kepada keluarga (Kembalikan dana dan tarik)</translation>
    </message>
    <message>
        <source>%1 (deceased)</source>
        <translation>%1 (meninggal)</translation>
    </message>
    <message>
        <source>%1: %2 never ran; %3 %4 paid towards it can be given back (Give back the credit)</source>
        <translation>%1: %2 tidak pernah berjalan; %3 %4 yang dibayar untuknya dapat dikembalikan (Kembalikan kredit)</translation>
    </message>
    <message>
        <source>%1: %2 ended on %5; a credit of %3 %4 can be given back (Give back the credit)</source>
        <translation>%1: %2 berakhir pada %5; kredit %3 %4 dapat dikembalikan (Kembalikan kredit)</translation>
    </message>
    <message>
        <source>Choose the credit to give back first.</source>
        <translation>Pilih dahulu kredit yang akan dikembalikan.</translation>
    </message>
    <message>
        <source>Give back all %1 %2 paid towards %3 to the family of %4 and withdraw it (it never ran)?</source>
        <translation>Kembalikan seluruh %1 %2 yang dibayar untuk %3 kepada keluarga %4 dan tarik kembali (tidak pernah berjalan)?</translation>
    </message>
    <message>
        <source>Give back all %1 %2 paid towards %3 to %4 and withdraw it (it never ran)?</source>
        <translation>Kembalikan seluruh %1 %2 yang dibayar untuk %3 kepada %4 dan tarik kembali (tidak pernah berjalan)?</translation>
    </message>
    <message>
        <source>Give back %1 %2 paid towards %3 beyond what it owed to the family of %4?</source>
        <translation>Kembalikan %1 %2 yang dibayar untuk %3 melebihi kewajibannya kepada keluarga %4?</translation>
    </message>
    <message>
        <source>Give back %1 %2 paid towards %3 beyond what it owed to %4?</source>
        <translation>Kembalikan %1 %2 yang dibayar untuk %3 melebihi kewajibannya kepada %4?</translation>
    </message>
    <message>
        <source>Give back the credit</source>
        <translation>Kembalikan kredit</translation>
    </message>
    <message>
        <source>Refund receipt %1: %2 %3 given back to the family of %4.</source>
        <translation>Kuitansi pengembalian %1: %2 %3 dikembalikan kepada keluarga %4.</translation>
    </message>
    <message>
        <source>Refund receipt %1: %2 %3 given back to %4.</source>
        <translation>Kuitansi pengembalian %1: %2 %3 dikembalikan kepada %4.</translation>
    </message>
    <message>
        <source>%1 withdrawn (it never ran).</source>
        <translation>%1 ditarik kembali (tidak pernah berjalan).</translation>
    </message>
    <message>
        <source>Choose the membership to end first.</source>
        <translation>Pilih dulu keanggotaan yang akan diakhiri.</translation>
    </message>
    <message>
        <source>This membership has not begun yet: withdraw it instead (Withdraw).</source>
        <translation>Keanggotaan ini belum dimulai: tarik kembali saja (Tarik kembali).</translation>
    </message>
    <message>
        <source>Choose the membership to withdraw first.</source>
        <translation>Pilih dulu keanggotaan yang akan ditarik kembali.</translation>
    </message>
    <message>
        <source>This membership has begun: end it on its last day instead (End membership).</source>
        <translation>Keanggotaan ini sudah dimulai: akhiri pada hari terakhirnya saja (Akhiri keanggotaan).</translation>
    </message>
    <message>
        <source>Choose the membership to refund first.</source>
        <translation>Pilih dulu keanggotaan yang dananya akan dikembalikan.</translation>
    </message>
    <message>
        <source>Give back %1 %2 paid towards %3 of %4 (to the family: %4 died before it began) and withdraw it?</source>
        <translation>Kembalikan %1 %2 yang dibayar untuk %3 milik %4 (kepada keluarga: %4 meninggal sebelum dimulai) dan tarik kembali?</translation>
    </message>
    <message>
        <source>Give back %1 %2 paid towards %3 to %4 and withdraw it (it never begins)?</source>
        <translation>Kembalikan %1 %2 yang dibayar untuk %3 kepada %4 dan tarik kembali (tidak akan pernah dimulai)?</translation>
    </message>
    <message>
        <source>Refund and withdraw</source>
        <translation>Kembalikan dana dan tarik</translation>
    </message>
    <message>
        <source>Nothing was refunded.</source>
        <translation>Tidak ada dana yang dikembalikan.</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>Rumah &amp;tangga:</translation>
    </message>
    <message>
        <source>Double-click a membership, or press Enter on it, to see its statement and record a payment (Payments tab).</source>
        <translation>Klik dua kali sebuah keanggotaan, atau tekan Enter padanya, untuk melihat laporannya dan mencatat pembayaran (tab Pembayaran).</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Hari terakhir:</translation>
    </message>
    <message>
        <source>why, or who came for it</source>
        <translation>alasan, atau siapa yang datang</translation>
    </message>
    <message>
        <source>Give &amp;back the credit</source>
        <translation>Kembalikan kredit (&amp;B)</translation>
    </message>
    <message>
        <source>%1 collects no contributions: there is nothing to pay.</source>
        <translation>%1 tidak memungut iuran: tidak ada yang perlu dibayar.</translation>
    </message>
    <message>
        <source>Refund receipt %1: %2 %3 given back to the family of %4; %5 withdrawn.</source>
        <translation>Kuitansi pengembalian %1: %2 %3 dikembalikan kepada keluarga %4; %5 ditarik kembali.</translation>
    </message>
    <message>
        <source>Refund receipt %1: %2 %3 given back to %4; %5 withdrawn.</source>
        <translation>Kuitansi pengembalian %1: %2 %3 dikembalikan kepada %4; %5 ditarik kembali.</translation>
    </message>
    <message>
        <source>%1: %2 withdrawn (it was to begin on %3).</source>
        <translation>%1: %2 ditarik kembali (seharusnya dimulai pada %3).</translation>
    </message>
    <message>
        <source>%1: %2 ends on %3.</source>
        <translation>%1: %2 berakhir pada %3.</translation>
    </message>
    <message>
        <source>Card %1 still claims it: issue a new card.</source>
        <translation>Kartu %1 masih mencantumkan hak ini: terbitkan kartu baru.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n anggota</numerusform>
        </translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Kepala: %1</translation>
    </message>
    <message>
        <source>No head recorded</source>
        <translation>Kepala keluarga belum dicatat</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>assessed %1: %2 (score %3)</source>
        <translation>dinilai %1: %2 (skor %3)</translation>
    </message>
    <message>
        <source>extremely poor</source>
        <translation>sangat miskin</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>miskin</translation>
    </message>
    <message>
        <source>near poor</source>
        <translation>hampir miskin</translation>
    </message>
    <message>
        <source>not poor</source>
        <translation>tidak miskin</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) recorded, %1 declined.</source>
        <translation>
            <numerusform>%n keanggotaan dicatat, %1 ditolak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is proposed: assess the household and record its members&apos; situation.</source>
        <translation>Tidak ada usulan: nilai rumah tangga dan catat situasi anggotanya.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Kandar</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Lihat di:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Direktori:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Berkas &amp;jenis:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Direktori induk</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke direktori induk</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat sebuah folder baru</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ubah ke tampilan daftar</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ubah ke tampilan rinci</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan penanda</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Direktori</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>How many people live and eat in the household?</source>
        <translation>Berapa orang yang tinggal dan makan bersama dalam rumah tangga?</translation>
    </message>
    <message>
        <source>Main material of the roof</source>
        <translation>Bahan utama atap</translation>
    </message>
    <message>
        <source>Main material of the outer walls</source>
        <translation>Bahan utama dinding luar</translation>
    </message>
    <message>
        <source>Main source of drinking water</source>
        <translation>Sumber utama air minum</translation>
    </message>
    <message>
        <source>Toilet facility</source>
        <translation>Fasilitas jamban</translation>
    </message>
    <message>
        <source>Is the dwelling connected to electricity?</source>
        <translation>Apakah rumah tersambung listrik?</translation>
    </message>
    <message>
        <source>Main cooking fuel</source>
        <translation>Bahan bakar utama untuk memasak</translation>
    </message>
    <message>
        <source>Agricultural land used by the household</source>
        <translation>Lahan pertanian yang digunakan rumah tangga</translation>
    </message>
    <message>
        <source>Does the household own a motorbike or car?</source>
        <translation>Apakah rumah tangga memiliki sepeda motor atau mobil?</translation>
    </message>
    <message>
        <source>Does the household own a television?</source>
        <translation>Apakah rumah tangga memiliki televisi?</translation>
    </message>
    <message>
        <source>Does any member earn a regular wage or salary?</source>
        <translation>Apakah ada anggota yang berpenghasilan upah atau gaji tetap?</translation>
    </message>
    <message>
        <source>Does a member have a chronic illness that stops them working?</source>
        <translation>Apakah ada anggota yang sakit kronis sehingga tidak dapat bekerja?</translation>
    </message>
    <message>
        <source>How many &amp;people live and eat in the household?</source>
        <translation>Berapa orang &amp;yang tinggal dan makan bersama dalam rumah tangga?</translation>
    </message>
    <message>
        <source>&amp;Main material of the roof</source>
        <translation>Bahan &amp;utama atap</translation>
    </message>
    <message>
        <source>Main material of the ou&amp;ter walls</source>
        <translation>Bahan utama d&amp;inding luar</translation>
    </message>
    <message>
        <source>Main source of drin&amp;king water</source>
        <translation>Sumber utama air &amp;minum</translation>
    </message>
    <message>
        <source>Toilet facility (&amp;J)</source>
        <translation>Fasilitas &amp;jamban</translation>
    </message>
    <message>
        <source>&amp;Is the dwelling connected to electricity?</source>
        <translation>Apakah rumah tersambung &amp;listrik?</translation>
    </message>
    <message>
        <source>Main cooking fuel (&amp;Q)</source>
        <translation>Bahan bakar utama untuk memasak (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Agricultural land used by the household</source>
        <translation>Lahan p&amp;ertanian yang digunakan rumah tangga</translation>
    </message>
    <message>
        <source>Does the household own a motorbike or car? (&amp;X)</source>
        <translation>Apakah rumah tangga memiliki sepeda motor atau mobil? (&amp;X)</translation>
    </message>
    <message>
        <source>Does the household own a tele&amp;vision?</source>
        <translation>Apakah rumah tangga memiliki tele&amp;visi?</translation>
    </message>
    <message>
        <source>Does any member earn a regular wage or salar&amp;y?</source>
        <translation>Apakah ada anggota yang berpenghasilan upah atau gaji tetap? (&amp;Z)</translation>
    </message>
    <message>
        <source>Does a member have a chronic illness that stops them working? (&amp;Z)</source>
        <translation>Apakah ada anggota yang sakit &amp;kronis sehingga tidak dapat bekerja?</translation>
    </message>
    <message>
        <source>thatch</source>
        <translation>ilalang/rumbia</translation>
    </message>
    <message>
        <source>metal sheet</source>
        <translation>seng</translation>
    </message>
    <message>
        <source>tiles</source>
        <translation>genteng</translation>
    </message>
    <message>
        <source>concrete</source>
        <translation>beton</translation>
    </message>
    <message>
        <source>mud or bamboo</source>
        <translation>tanah atau bambu</translation>
    </message>
    <message>
        <source>wood</source>
        <translation>kayu</translation>
    </message>
    <message>
        <source>brick or concrete</source>
        <translation>bata atau beton</translation>
    </message>
    <message>
        <source>surface water</source>
        <translation>air permukaan</translation>
    </message>
    <message>
        <source>unprotected well</source>
        <translation>sumur tidak terlindung</translation>
    </message>
    <message>
        <source>protected well</source>
        <translation>sumur terlindung</translation>
    </message>
    <message>
        <source>piped water</source>
        <translation>air ledeng</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>pit latrine</source>
        <translation>jamban cemplung</translation>
    </message>
    <message>
        <source>flush toilet</source>
        <translation>jamban siram</translation>
    </message>
    <message>
        <source>charcoal</source>
        <translation>arang</translation>
    </message>
    <message>
        <source>gas or electricity</source>
        <translation>gas atau listrik</translation>
    </message>
    <message>
        <source>under half a hectare</source>
        <translation>kurang dari setengah hektare</translation>
    </message>
    <message>
        <source>half a hectare to 2 hectares</source>
        <translation>setengah hingga 2 hektare</translation>
    </message>
    <message>
        <source>over 2 hectares</source>
        <translation>lebih dari 2 hektare</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>no reason was recorded</source>
        <translation>tidak ada alasan yang dicatat</translation>
    </message>
    <message>
        <source>%1 (the reason as recorded, in English)</source>
        <translation>%1 (alasan sebagaimana dicatat, dalam bahasa Inggris)</translation>
    </message>
    <message>
        <source>not eligible: %1</source>
        <translation>tidak memenuhi syarat: %1</translation>
    </message>
    <message>
        <source>eligible, not proposed: %1</source>
        <translation>memenuhi syarat, tidak diusulkan: %1</translation>
    </message>
    <message>
        <source>eligible because %1</source>
        <translation>memenuhi syarat karena %1</translation>
    </message>
    <message>
        <source>%1 (one member per household)</source>
        <translation>%1 (satu anggota per rumah tangga)</translation>
    </message>
    <message>
        <source>%1 is not recorded</source>
        <translation>%1 belum dicatat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2 is one of %3</source>
        <translation>%1 %2 termasuk salah satu dari %3</translation>
    </message>
    <message>
        <source>%1 %2 is not one of %3</source>
        <translation>%1 %2 tidak termasuk %3</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 adalah %2</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 adalah %2, bukan %3</translation>
    </message>
    <message>
        <source>already a member</source>
        <translation>sudah menjadi anggota</translation>
    </message>
    <message>
        <source>already in %1, which excludes it</source>
        <translation>sudah terdaftar di %1, yang tidak dapat digabung dengan program ini</translation>
    </message>
    <message>
        <source>the household already has one member in it</source>
        <translation>rumah tangga sudah memiliki satu anggota di program ini</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>age</source>
        <translation>umur</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>disabilitas</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>pekerjaan</translation>
    </message>
    <message>
        <source>head of household</source>
        <translation>kepala rumah tangga</translation>
    </message>
    <message>
        <source>household poverty level</source>
        <translation>tingkat kemiskinan rumah tangga</translation>
    </message>
    <message>
        <source>household PMT score</source>
        <translation>skor PMT rumah tangga</translation>
    </message>
    <message>
        <source>household size</source>
        <translation>jumlah anggota rumah tangga</translation>
    </message>
    <message>
        <source>children under 16 in the household</source>
        <translation>anak di bawah 16 tahun dalam rumah tangga</translation>
    </message>
    <message>
        <source>members aged 60 or more in the household</source>
        <translation>anggota berusia 60 tahun ke atas dalam rumah tangga</translation>
    </message>
    <message>
        <source>members with a disability in the household</source>
        <translation>anggota penyandang disabilitas dalam rumah tangga</translation>
    </message>
    <message>
        <source>%1 %2 is exactly %3</source>
        <translation>%1 %2 tepat %3</translation>
    </message>
    <message>
        <source>%1 %2 is other than %3</source>
        <translation>%1 %2 selain %3</translation>
    </message>
    <message>
        <source>%1 %2 is below %3</source>
        <translation>%1 %2 di bawah %3</translation>
    </message>
    <message>
        <source>%1 %2 is at or below %3</source>
        <translation>%1 %2 pada atau di bawah %3</translation>
    </message>
    <message>
        <source>%1 %2 is above %3</source>
        <translation>%1 %2 di atas %3</translation>
    </message>
    <message>
        <source>%1 %2 is at or above %3</source>
        <translation>%1 %2 pada atau di atas %3</translation>
    </message>
    <message>
        <source>%1 %2 == %3</source>
        <translation>%1 %2 sama dengan %3</translation>
    </message>
    <message>
        <source>%1 %2 != %3</source>
        <translation>%1 %2 tidak sama dengan %3</translation>
    </message>
    <message>
        <source>%1 %2 &lt; %3</source>
        <translation>%1 %2 kurang dari %3</translation>
    </message>
    <message>
        <source>%1 %2 &lt;= %3</source>
        <translation>%1 %2 paling banyak %3</translation>
    </message>
    <message>
        <source>%1 %2 &gt; %3</source>
        <translation>%1 %2 lebih dari %3</translation>
    </message>
    <message>
        <source>%1 %2 &gt;= %3</source>
        <translation>%1 %2 paling sedikit %3</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Enrolment receipt</source>
        <translation>Tanda terima pendaftaran</translation>
    </message>
    <message>
        <source>Contribution receipt</source>
        <translation>Tanda terima iuran</translation>
    </message>
    <message>
        <source>nothing paid</source>
        <translation>belum ada yang dibayar</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nomor tanda terima</translation>
    </message>
    <message>
        <source>Contribution receipt — COPY</source>
        <translation>Tanda terima iuran — SALINAN</translation>
    </message>
    <message>
        <source>Refund voucher — COPY</source>
        <translation>Voucher pengembalian dana — SALINAN</translation>
    </message>
    <message>
        <source>Refund voucher</source>
        <translation>Voucher pengembalian dana</translation>
    </message>
    <message>
        <source>Withdrawal with refund of the contributions paid</source>
        <translation>Penarikan dengan pengembalian iuran yang telah dibayar</translation>
    </message>
    <message>
        <source>Refund of the credit after the membership ended</source>
        <translation>Pengembalian kredit setelah keanggotaan berakhir</translation>
    </message>
    <message>
        <source>Refund to the family of a member who died</source>
        <translation>Pengembalian dana kepada keluarga anggota yang meninggal</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>Jumlah dikembalikan</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Received by (name and signature)</source>
        <translation>Diterima oleh (nama dan tanda tangan)</translation>
    </message>
    <message>
        <source>Paid out by</source>
        <translation>Dibayarkan oleh</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Jumlah diterima</translation>
    </message>
    <message>
        <source>Paid until</source>
        <translation>Lunas sampai</translation>
    </message>
    <message>
        <source>Enrolment receipt — COPY</source>
        <translation>Tanda terima pendaftaran — SALINAN</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>COPY — printed %1 by %2; registered on %3</source>
        <translation>SALINAN — dicetak %1 oleh %2; didaftarkan pada %3</translation>
    </message>
    <message>
        <source>COPY — printed %1 by %2; the original was issued %3</source>
        <translation>SALINAN — dicetak %1 oleh %2; aslinya diterbitkan %3</translation>
    </message>
    <message>
        <source>Paid until, arrears</source>
        <translation>Lunas sampai, tunggakan</translation>
    </message>
    <message>
        <source>not on a copy: see the statement</source>
        <translation>tidak dicantumkan pada salinan: lihat laporan</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Diterima oleh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Nama (Latin)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Person ID</source>
        <translation>ID orang</translation>
    </message>
    <message>
        <source>Household ID</source>
        <translation>ID rumah tangga</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Card serial</source>
        <translation>Nomor seri kartu</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>belum diterbitkan</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Didaftarkan oleh</translation>
    </message>
    <message>
        <source>Keep this receipt. Show it at any Single Window office; the code identifies your record.</source>
        <translation>Simpan tanda terima ini. Tunjukkan di kantor Layanan Satu Atap mana pun; kode ini menunjukkan data Anda.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tidak dicatat</translation>
    </message>
    <message>
        <source>%1, parent or guardian (privacy notice %2)</source>
        <translation>%1, orang tua atau wali (pemberitahuan privasi %2)</translation>
    </message>
    <message>
        <source>the person (privacy notice %1)</source>
        <translation>orang itu sendiri (pemberitahuan privasi %1)</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>&amp;Print the receipt...</source>
        <translation>&amp;Cetak tanda terima...</translation>
    </message>
    <message>
        <source>Save the &amp;receipt (PDF)</source>
        <translation>Simpan &amp;tanda terima (PDF)</translation>
    </message>
    <message>
        <source>Read the record &amp;again</source>
        <translation>B&amp;aca ulang catatan</translation>
    </message>
</context>
<context>
    <name>RefundVoucherDialog</name>
    <message>
        <source>Refund voucher</source>
        <translation>Voucher pengembalian dana</translation>
    </message>
    <message>
        <source>Refund recorded: receipt %1, %2 %3. Give the person the voucher to sign.</source>
        <translation>Pengembalian dana tercatat: kuitansi %1, %2 %3. Berikan voucher kepada penerima untuk ditandatangani.</translation>
    </message>
    <message>
        <source>The voucher could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>Voucher tidak dapat disimpan di %1: periksa bahwa folder ini dapat ditulisi (USB terpasang, ruang masih ada), lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Print the voucher</source>
        <translation>Cetak voucher</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>%1 - as of %2 - station %3</source>
        <translation>%1 - per %2 - stasiun %3</translation>
    </message>
    <message>
        <source>%1 (continued %2)</source>
        <translation>%1 (lanjutan %2)</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>tidak ada yang dilaporkan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>... and %1 more rows: see the CSV</source>
        <translation>... dan %1 baris lagi: lihat CSV</translation>
    </message>
    <message>
        <source>Coverage of social protection and employment programmes</source>
        <translation>Cakupan program perlindungan sosial dan ketenagakerjaan</translation>
    </message>
    <message>
        <source>Grievances and appeals</source>
        <translation>Pengaduan dan banding</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>Manajemen kasus</translation>
    </message>
    <message>
        <source>Day&apos;s till: contributions taken and refunds paid out</source>
        <translation>Kas hari ini: iuran yang diterima dan pengembalian yang dibayarkan</translation>
    </message>
    <message>
        <source>What the registry holds about you</source>
        <translation>Apa yang disimpan registri tentang Anda</translation>
    </message>
    <message>
        <source>A programme&apos;s list checked against the registry</source>
        <translation>Daftar program yang diperiksa terhadap registri</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Members by programme</source>
        <translation>Anggota menurut program</translation>
    </message>
    <message>
        <source>Members by programme and age group</source>
        <translation>Anggota menurut program dan kelompok usia</translation>
    </message>
    <message>
        <source>Coverage by sex and age group</source>
        <translation>Cakupan menurut jenis kelamin dan kelompok usia</translation>
    </message>
    <message>
        <source>Programmes per household</source>
        <translation>Program per rumah tangga</translation>
    </message>
    <message>
        <source>Households by poverty level (latest assessment)</source>
        <translation>Rumah tangga menurut tingkat kemiskinan (penilaian terakhir)</translation>
    </message>
    <message>
        <source>Cards by status</source>
        <translation>Kartu menurut status</translation>
    </message>
    <message>
        <source>Contributory memberships by status</source>
        <translation>Keanggotaan berbasis iuran menurut status</translation>
    </message>
    <message>
        <source>People to ask for their consent again at their next visit</source>
        <translation>Orang yang perlu dimintai persetujuan lagi pada kunjungan berikutnya</translation>
    </message>
    <message>
        <source>Grievances by status</source>
        <translation>Pengaduan menurut status</translation>
    </message>
    <message>
        <source>Grievances by category and status</source>
        <translation>Pengaduan menurut kategori dan status</translation>
    </message>
    <message>
        <source>Open grievances by age</source>
        <translation>Pengaduan terbuka menurut umur</translation>
    </message>
    <message>
        <source>Open grievances past their deadline (longest first)</source>
        <translation>Pengaduan terbuka yang melewati tenggat (terlama lebih dulu)</translation>
    </message>
    <message>
        <source>Case load by case manager</source>
        <translation>Beban kasus menurut manajer kasus</translation>
    </message>
    <message>
        <source>Referrals by service and status</source>
        <translation>Rujukan menurut layanan dan status</translation>
    </message>
    <message>
        <source>Overdue follow-ups (oldest first)</source>
        <translation>Tindak lanjut yang terlambat (terlama lebih dulu)</translation>
    </message>
    <message>
        <source>Totals by currency (never added across currencies)</source>
        <translation>Total menurut mata uang (tidak pernah dijumlahkan antarmata uang)</translation>
    </message>
    <message>
        <source>By clerk and currency</source>
        <translation>Menurut petugas dan mata uang</translation>
    </message>
    <message>
        <source>By programme and currency</source>
        <translation>Menurut program dan mata uang</translation>
    </message>
    <message>
        <source>Every receipt and refund (office time)</source>
        <translation>Setiap kuitansi dan pengembalian (waktu kantor)</translation>
    </message>
    <message>
        <source>Copies of receipts and vouchers given (from the audit trail)</source>
        <translation>Salinan kuitansi dan voucher yang diberikan (dari jejak audit)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Data diri Anda</translation>
    </message>
    <message>
        <source>Fingers recorded (kept encrypted, never printed)</source>
        <translation>Jari yang direkam (disimpan terenkripsi, tidak pernah dicetak)</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Contributions paid and refunded</source>
        <translation>Iuran yang dibayar dan dikembalikan</translation>
    </message>
    <message>
        <source>Visits recorded with your cards</source>
        <translation>Kunjungan yang dicatat dengan kartu Anda</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Berkas kasus</translation>
    </message>
    <message>
        <source>What the office did with your record</source>
        <translation>Apa yang dilakukan kantor dengan data Anda</translation>
    </message>
    <message>
        <source>On the list after their death: stop the payment</source>
        <translation>Di daftar setelah meninggal: hentikan pembayaran</translation>
    </message>
    <message>
        <source>On the list more than once</source>
        <translation>Di daftar lebih dari sekali</translation>
    </message>
    <message>
        <source>Registered, but not in the programme on the date</source>
        <translation>Terdaftar, tetapi tidak ikut program pada tanggal tersebut</translation>
    </message>
    <message>
        <source>To check with the person: the line fits more than one person, or one only in part</source>
        <translation>Periksa dengan orangnya: baris cocok dengan lebih dari satu orang, atau dengan satu orang hanya sebagian</translation>
    </message>
    <message>
        <source>Not registered: invite them to the office</source>
        <translation>Belum terdaftar: undang mereka ke kantor</translation>
    </message>
    <message>
        <source>In the programme here, not on the list</source>
        <translation>Ikut program di sini, tidak ada di daftar</translation>
    </message>
    <message>
        <source>Lines not read</source>
        <translation>Baris yang tidak terbaca</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>ukuran</translation>
    </message>
    <message>
        <source>value</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>members</source>
        <translation>anggota</translation>
    </message>
    <message>
        <source>women</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>men</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>share of the population (%)</source>
        <translation>bagian dari penduduk (%)</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>kelompok usia</translation>
    </message>
    <message>
        <source>population</source>
        <translation>penduduk</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>tercakup</translation>
    </message>
    <message>
        <source>coverage (%)</source>
        <translation>cakupan (%)</translation>
    </message>
    <message>
        <source>programmes</source>
        <translation>program</translation>
    </message>
    <message>
        <source>households</source>
        <translation>rumah tangga</translation>
    </message>
    <message>
        <source>poverty level</source>
        <translation>tingkat kemiskinan</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kartu</translation>
    </message>
    <message>
        <source>arrears (minor units)</source>
        <translation>tunggakan (satuan terkecil)</translation>
    </message>
    <message>
        <source>grievances</source>
        <translation>pengaduan</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>age</source>
        <translation>umur</translation>
    </message>
    <message>
        <source>past the deadline</source>
        <translation>melewati tenggat</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>nomor referensi</translation>
    </message>
    <message>
        <source>service</source>
        <translation>layanan</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>tenggat</translation>
    </message>
    <message>
        <source>days overdue</source>
        <translation>hari terlambat</translation>
    </message>
    <message>
        <source>appeals</source>
        <translation>banding</translation>
    </message>
    <message>
        <source>case manager</source>
        <translation>manajer kasus</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>kasus terbuka</translation>
    </message>
    <message>
        <source>closed cases</source>
        <translation>kasus ditutup</translation>
    </message>
    <message>
        <source>open plan items</source>
        <translation>butir rencana terbuka</translation>
    </message>
    <message>
        <source>overdue follow-ups</source>
        <translation>tindak lanjut terlambat</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>tanggal tindak lanjut</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>case id</source>
        <translation>ID kasus</translation>
    </message>
    <message>
        <source>description</source>
        <translation>keterangan</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>mata uang</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pembayaran</translation>
    </message>
    <message>
        <source>paid (minor units)</source>
        <translation>dibayar (satuan terkecil)</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>pengembalian</translation>
    </message>
    <message>
        <source>refunded (minor units)</source>
        <translation>dikembalikan (satuan terkecil)</translation>
    </message>
    <message>
        <source>net to hand over (minor units)</source>
        <translation>bersih untuk diserahkan (satuan terkecil)</translation>
    </message>
    <message>
        <source>time</source>
        <translation>waktu</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>nomor kuitansi</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>pemegang</translation>
    </message>
    <message>
        <source>amount (minor units)</source>
        <translation>jumlah (satuan terkecil)</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>dokumen</translation>
    </message>
    <message>
        <source>given by</source>
        <translation>diberikan oleh</translation>
    </message>
    <message>
        <source>given to</source>
        <translation>diberikan kepada</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>rujukan</translation>
    </message>
    <message>
        <source>cases / items</source>
        <translation>kasus / butir</translation>
    </message>
    <message>
        <source>finger</source>
        <translation>jari</translation>
    </message>
    <message>
        <source>recorded on</source>
        <translation>direkam pada</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kartu</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>diterbitkan pada</translation>
    </message>
    <message>
        <source>status since</source>
        <translation>status sejak</translation>
    </message>
    <message>
        <source>day</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>fasilitas kesehatan</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>diterima pada</translation>
    </message>
    <message>
        <source>opened on</source>
        <translation>dibuka pada</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>ditutup pada</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>apa yang dilakukan</translation>
    </message>
    <message>
        <source>station</source>
        <translation>stasiun</translation>
    </message>
    <message>
        <source>line</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>number on the list</source>
        <translation>nomor di daftar</translation>
    </message>
    <message>
        <source>name on the list</source>
        <translation>nama di daftar</translation>
    </message>
    <message>
        <source>person id</source>
        <translation>id orang</translation>
    </message>
    <message>
        <source>registered name</source>
        <translation>nama terdaftar</translation>
    </message>
    <message>
        <source>why</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>people</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>numbers on the list</source>
        <translation>nomor di daftar</translation>
    </message>
    <message>
        <source>programmes held</source>
        <translation>program yang diikuti</translation>
    </message>
    <message>
        <source>may be</source>
        <translation>mungkin</translation>
    </message>
    <message>
        <source>what agrees</source>
        <translation>yang cocok</translation>
    </message>
    <message>
        <source>birth</source>
        <translation>lahir</translation>
    </message>
    <message>
        <source>born</source>
        <translation>lahir</translation>
    </message>
    <message>
        <source>village</source>
        <translation>dusun</translation>
    </message>
    <message>
        <source>name (local script)</source>
        <translation>nama (aksara lokal)</translation>
    </message>
    <message>
        <source>name (Latin letters)</source>
        <translation>nama (huruf Latin)</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <source>birth date (estimated)</source>
        <translation>tanggal lahir (perkiraan)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>identity number</source>
        <translation>nomor identitas</translation>
    </message>
    <message>
        <source>household</source>
        <translation>rumah tangga</translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation>hubungan dengan kepala rumah tangga</translation>
    </message>
    <message>
        <source>registered on</source>
        <translation>didaftarkan pada</translation>
    </message>
    <message>
        <source>people to ask for their consent again</source>
        <translation>orang yang perlu dimintai persetujuan lagi</translation>
    </message>
    <message>
        <source>never asked (registered before consent was recorded)</source>
        <translation>belum pernah ditanya (terdaftar sebelum persetujuan dicatat)</translation>
    </message>
    <message>
        <source>the privacy notice changed since</source>
        <translation>pemberitahuan privasi telah berubah sejak itu</translation>
    </message>
    <message>
        <source>came of age (a parent or guardian agreed for them)</source>
        <translation>sudah dewasa (orang tua atau wali yang menyetujui untuknya)</translation>
    </message>
    <message>
        <source>refused by the central registry: the same person as someone already enrolled at another station (national adjudication)</source>
        <translation>ditolak registri pusat: orang yang sama dengan seseorang yang sudah terdaftar di stasiun lain (adjudikasi nasional)</translation>
    </message>
    <message>
        <source>refused by the central registry: fingerprints added later belong to someone already enrolled at another station, found the same person (national adjudication)</source>
        <translation>ditolak registri pusat: sidik jari yang ditambahkan kemudian milik seseorang yang sudah terdaftar di stasiun lain, dinyatakan orang yang sama (adjudikasi nasional)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list in a cell (&quot;name, sex&quot;; &quot;،&quot; in Urdu).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>died on</source>
        <translation>meninggal pada</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <source>consent given by</source>
        <translation>persetujuan diberikan oleh</translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <translation>orang tua atau wali</translation>
    </message>
    <message>
        <source>privacy notice read</source>
        <translation>pemberitahuan privasi yang dibacakan</translation>
    </message>
    <message>
        <source>consent recorded on</source>
        <translation>persetujuan dicatat pada</translation>
    </message>
    <message>
        <source>central registry</source>
        <translation>registri pusat</translation>
    </message>
    <message>
        <source>programme code</source>
        <translation>kode program</translation>
    </message>
    <message>
        <source>list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>lines read</source>
        <translation>baris terbaca</translation>
    </message>
    <message>
        <source>lines not read</source>
        <translation>baris tidak terbaca</translation>
    </message>
    <message>
        <source>found in the registry</source>
        <translation>ditemukan di registri</translation>
    </message>
    <message>
        <source>found, and in the programme on the date</source>
        <translation>ditemukan, dan ikut program pada tanggal tersebut</translation>
    </message>
    <message>
        <source>after death</source>
        <translation>setelah meninggal</translation>
    </message>
    <message>
        <source>more than once</source>
        <translation>lebih dari sekali</translation>
    </message>
    <message>
        <source>registered, not in the programme</source>
        <translation>terdaftar, tidak ikut program</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>perlu diperiksa</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <source>in the programme, not on the list</source>
        <translation>ikut program, tidak ada di daftar</translation>
    </message>
    <message>
        <source>population (registered people)</source>
        <translation>penduduk (orang terdaftar)</translation>
    </message>
    <message>
        <source>registered people deceased by the report date (left out)</source>
        <translation>orang terdaftar yang meninggal sampai tanggal laporan (tidak dihitung)</translation>
    </message>
    <message>
        <source>households assessed</source>
        <translation>rumah tangga yang dinilai</translation>
    </message>
    <message>
        <source>people covered by at least one programme</source>
        <translation>orang yang tercakup oleh sedikitnya satu program</translation>
    </message>
    <message>
        <source>coverage of the population (%)</source>
        <translation>cakupan penduduk (%)</translation>
    </message>
    <message>
        <source>households with a combined package (2+ programmes)</source>
        <translation>rumah tangga dengan paket gabungan (2+ program)</translation>
    </message>
    <message>
        <source>duplicates prevented (station-wide)</source>
        <translation>duplikasi yang dicegah (seluruh stasiun)</translation>
    </message>
    <message>
        <source>cards issued and valid</source>
        <translation>kartu yang diterbitkan dan berlaku</translation>
    </message>
    <message>
        <source>cards ever issued</source>
        <translation>kartu yang pernah diterbitkan</translation>
    </message>
    <message>
        <source>grievances received</source>
        <translation>pengaduan yang diterima</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>open and past their deadline</source>
        <translation>terbuka dan melewati tenggat</translation>
    </message>
    <message>
        <source>resolved or closed after a resolution</source>
        <translation>diselesaikan atau ditutup setelah penyelesaian</translation>
    </message>
    <message>
        <source>resolved within deadline (%)</source>
        <translation>diselesaikan dalam tenggat (%)</translation>
    </message>
    <message>
        <source>case files</source>
        <translation>berkas kasus</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>orang yang sama</translation>
    </message>
    <message>
        <source>same details</source>
        <translation>data yang sama</translation>
    </message>
    <message>
        <source>same number</source>
        <translation>nomor yang sama</translation>
    </message>
    <message>
        <source>identity number, another name</source>
        <translation>nomor identitas, nama lain</translation>
    </message>
    <message>
        <source>name nearly</source>
        <translation>nama hampir sama</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>tahun lahir</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak disebutkan</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pembayaran</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>pengembalian</translation>
    </message>
    <message>
        <source>receipt copy</source>
        <translation>salinan kuitansi</translation>
    </message>
    <message>
        <source>voucher copy</source>
        <translation>salinan voucher</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>orang itu sendiri</translation>
    </message>
    <message>
        <source>a parent or guardian</source>
        <translation>orang tua atau wali</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tidak dicatat</translation>
    </message>
    <message>
        <source>not sent to the central registry</source>
        <translation>tidak dikirim ke registri pusat</translation>
    </message>
    <message>
        <source>not yet sent to the central registry</source>
        <translation>belum dikirim ke registri pusat</translation>
    </message>
    <message>
        <source>sent to the central registry, not yet acknowledged</source>
        <translation>dikirim ke registri pusat, belum dikonfirmasi</translation>
    </message>
    <message>
        <source>received by the central registry; its national duplicate check is to come</source>
        <translation>diterima registri pusat; pemeriksaan duplikat nasional akan menyusul</translation>
    </message>
    <message>
        <source>accepted by the central registry (no one else enrolled with these fingers)</source>
        <translation>diterima registri pusat (tidak ada orang lain terdaftar dengan jari ini)</translation>
    </message>
    <message>
        <source>held at the central registry as a possible duplicate of someone enrolled elsewhere; national adjudication is to come</source>
        <translation>ditahan di registri pusat sebagai kemungkinan duplikat orang yang terdaftar di tempat lain; adjudikasi nasional akan menyusul</translation>
    </message>
    <message>
        <source>People whose death was recorded with a date on or before the report date are left out of every figure (population, covered, programmes, households, contributions); they are counted apart in the summary, so registered people = population + deceased. A death after the report date still counts.</source>
        <translation>Orang yang kematiannya dicatat dengan tanggal pada atau sebelum tanggal laporan tidak dihitung dalam angka mana pun (penduduk, tercakup, program, rumah tangga, iuran); mereka dihitung terpisah dalam ringkasan, sehingga orang terdaftar = penduduk + meninggal. Kematian setelah tanggal laporan tetap dihitung.</translation>
    </message>
    <message>
        <source>Amounts are whole minor units of their currency; every total is per currency, never added across currencies. A refund is money paid out: its amount in the listing is negative, and the net to hand over is paid minus refunded. Times are the office&apos;s clock (%1); the day runs from 00:00 to 24:00 there.</source>
        <translation>Jumlah dalam satuan terkecil utuh mata uangnya; setiap total per mata uang, tidak pernah dijumlahkan antarmata uang. Pengembalian adalah uang yang dibayarkan keluar: jumlahnya dalam daftar bernilai negatif, dan jumlah bersih yang diserahkan adalah yang dibayar dikurangi yang dikembalikan. Waktu menurut jam kantor (%1); hari berlangsung dari 00:00 sampai 24:00 di sana.</translation>
    </message>
    <message>
        <source>Only the receipts, refunds and copies of %1 (%2): a clerk&apos;s report shows their own till.</source>
        <translation>Hanya kuitansi, pengembalian, dan salinan milik %1 (%2): laporan petugas hanya menampilkan kasnya sendiri.</translation>
    </message>
    <message>
        <source>Your fingerprints are kept encrypted and are never printed: this paper says only which fingers were recorded and when. To correct a mistake, show this paper at a Single Window office: a correction is recorded with its reason.</source>
        <translation>Sidik jari Anda disimpan terenkripsi dan tidak pernah dicetak: kertas ini hanya menyebutkan jari mana yang direkam dan kapan. Untuk memperbaiki kesalahan, tunjukkan kertas ini di kantor Layanan Satu Pintu: perbaikan dicatat beserta alasannya.</translation>
    </message>
    <message>
        <source>Each line of the list is matched to the registered people by what it gives: an identity number, the name, sex, birth date or year, village. &apos;To check&apos; lines fit more than one person or one only in part: ask the person before acting on them.</source>
        <translation>Setiap baris daftar dicocokkan dengan orang terdaftar berdasarkan apa yang diberikannya: nomor identitas, nama, jenis kelamin, tanggal atau tahun lahir, dusun. Baris &apos;perlu diperiksa&apos; cocok dengan lebih dari satu orang atau dengan satu orang hanya sebagian: tanyakan kepada orangnya sebelum bertindak.</translation>
    </message>
    <message>
        <source>Nothing was taken, paid out or copied at this station on %1.</source>
        <translation>Tidak ada yang diterima, dibayarkan, atau disalin di stasiun ini pada %1.</translation>
    </message>
    <message>
        <source>this station&apos;s counter</source>
        <translation>loket stasiun ini</translation>
    </message>
    <message>
        <source>Commune %1</source>
        <translation>Desa/kelurahan %1</translation>
    </message>
    <message>
        <source>District %1 (%2)</source>
        <translation>Kecamatan %1 (%2)</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Save a report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>The report is saved in the station&apos;s reports folder. It holds counts, codes and grievance references, never names. A PDF is in the language of this desk; a CSV keeps the codes in English, for spreadsheets and other programs.</source>
        <translation>Laporan disimpan di folder laporan stasiun. Isinya jumlah, kode, dan nomor referensi pengaduan, tidak pernah nama. PDF memakai bahasa meja ini; CSV tetap memakai kode dalam bahasa Inggris, untuk lembar kerja dan program lain.</translation>
    </message>
    <message>
        <source>Coverage by programme, sex and age</source>
        <translation>Cakupan menurut program, jenis kelamin, dan usia</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>Manajemen kasus</translation>
    </message>
    <message>
        <source>&amp;Which report</source>
        <translation>&amp;Jenis laporan</translation>
    </message>
    <message>
        <source>As of &amp;date</source>
        <translation>Per &amp;tanggal</translation>
    </message>
    <message>
        <source>The whole station</source>
        <translation>Seluruh stasiun</translation>
    </message>
    <message>
        <source>Commune %1 (%2)</source>
        <translation>Desa/kelurahan %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Wilayah</translation>
    </message>
    <message>
        <source>PDF, to read or print</source>
        <translation>PDF, untuk dibaca atau dicetak</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV, untuk lembar kerja</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search before registering: a person must be registered only once.</source>
        <extracomment>a registered person&apos;s id: issue them a card (a first one, or one that replaces theirs) open a found person: (person id, household id or None)</extracomment>
        <translation>Cari dulu sebelum mendaftar: seseorang hanya boleh didaftarkan sekali.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Read the &amp;card</source>
        <translation>Baca kart&amp;u</translation>
    </message>
    <message>
        <source>&amp;Open cases to decide...</source>
        <translation>Kasus yang &amp;harus diputuskan...</translation>
    </message>
    <message>
        <source>Name (local)</source>
        <translation>Nama (lokal)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Nama (Latin)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>Household of</source>
        <translation>Rumah tangga (kepala)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Double-click a person, or press Enter, to open their household.</source>
        <translation>Klik dua kali pada seseorang, atau tekan Enter, untuk membuka rumah tangganya.</translation>
    </message>
    <message>
        <source>&amp;Register a new person in a new household</source>
        <translation>&amp;Daftarkan orang baru dalam rumah tangga baru</translation>
    </message>
    <message>
        <source>Add a &amp;member to the selected household</source>
        <translation>Tambah &amp;anggota ke rumah tangga terpilih</translation>
    </message>
    <message>
        <source>&amp;Issue a card to the selected person</source>
        <translation>&amp;Terbitkan kartu untuk orang terpilih</translation>
    </message>
    <message>
        <source>Record a &amp;death...</source>
        <translation>Catat ke&amp;matian...</translation>
    </message>
    <message>
        <source>&amp;Household...</source>
        <translation>Rumah ta&amp;ngga...</translation>
    </message>
    <message>
        <source>&amp;Print the receipt again...</source>
        <translation>C&amp;etak ulang tanda terima...</translation>
    </message>
    <message>
        <source>Save the receipt again as PD&amp;F</source>
        <translation>&amp;Simpan ulang tanda terima sebagai PDF</translation>
    </message>
    <message>
        <source>Correct de&amp;tails...</source>
        <translation>Perba&amp;iki data...</translation>
    </message>
    <message>
        <source>Privac&amp;y and consent...</source>
        <translation>Privasi dan persetujuan... (&amp;Y)</translation>
    </message>
    <message>
        <source>The registry is not available on this station.</source>
        <translation>Registri tidak tersedia di stasiun ini.</translation>
    </message>
    <message>
        <source>Type a name, a phone number or an id, then search.</source>
        <translation>Ketik nama, nomor telepon, atau ID, lalu cari.</translation>
    </message>
    <message>
        <source>Reading the card...</source>
        <translation>Membaca kartu...</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Mencari...</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>recorded as deceased on %1</source>
        <translation>tercatat meninggal pada %1</translation>
    </message>
    <message>
        <source>More than %1 people match: showing the first %1. Type more of the name to narrow the search.</source>
        <translation>Lebih dari %1 orang cocok: menampilkan %1 pertama. Ketik nama lebih lengkap untuk mempersempit pencarian.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n orang ditemukan</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, or register a new person.</source>
        <translation>Tidak ditemukan. Periksa ejaan, atau daftarkan orang baru.</translation>
    </message>
    <message>
        <source>This card is revoked; its holder is found all the same.</source>
        <translation>Kartu ini telah dicabut; pemegangnya tetap ditemukan.</translation>
    </message>
    <message>
        <source>This card was reported lost; its holder is found all the same.</source>
        <translation>Kartu ini dilaporkan hilang; pemegangnya tetap ditemukan.</translation>
    </message>
    <message>
        <source>This card was replaced by a newer one; its holder is found all the same.</source>
        <translation>Kartu ini telah diganti dengan yang baru; pemegangnya tetap ditemukan.</translation>
    </message>
    <message>
        <source>The first is the member the receipt was given to.</source>
        <translation>Yang pertama adalah anggota penerima kuitansi ini.</translation>
    </message>
    <message>
        <source>The first is the person the grievance slip was given to.</source>
        <translation>Yang pertama adalah orang penerima slip pengaduan ini.</translation>
    </message>
    <message>
        <source>Recording the death...</source>
        <translation>Mencatat kematian...</translation>
    </message>
    <message numerus="yes">
        <source>Death recorded: %n programme(s) ended, card(s) revoked: %1.</source>
        <translation>
            <numerusform>Kematian dicatat: %n program diakhiri, kartu dicabut: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>They headed their household: choose its new head with Household...</source>
        <translation>Ia kepala rumah tangganya: pilih kepala yang baru dengan Rumah tangga...</translation>
    </message>
    <message>
        <source>Saving the correction...</source>
        <translation>Menyimpan perbaikan...</translation>
    </message>
    <message>
        <source>Details corrected: %1.</source>
        <translation>Data diperbaiki: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n other member(s) of the household moved too.</source>
        <translation>
            <numerusform>%n anggota rumah tangga lainnya juga pindah.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card %1 shows the old details: issue a new card to replace it.</source>
        <translation>Kartu %1 memuat data lama: terbitkan kartu baru untuk menggantinya.</translation>
    </message>
    <message>
        <source>Ask for the person&apos;s consent again</source>
        <translation>Mintalah persetujuan orang ini lagi</translation>
    </message>
    <message>
        <source>Erasing the fingerprints...</source>
        <translation>Menghapus sidik jari...</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints erased for %1 (%n finger(s)); the central registry is told.</source>
        <translation>
            <numerusform>Sidik jari %1 dihapus (%n jari); registri pusat diberi tahu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card(s) %1 still carry them: issue a new card to replace them.</source>
        <translation>Kartu %1 masih menyimpannya: terbitkan kartu baru untuk menggantinya.</translation>
    </message>
    <message>
        <source>Checking and adding the fingerprints...</source>
        <translation>Memeriksa dan menambahkan sidik jari...</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints added for %1 (%n finger(s)): they match no one else registered; the central registry checks them too.</source>
        <translation>
            <numerusform>Sidik jari ditambahkan untuk %1 (%n jari): tidak cocok dengan orang terdaftar lain; registri pusat juga memeriksanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card(s) %1 were written without them: issue a new card to carry them.</source>
        <translation>Kartu %1 ditulis tanpa sidik jari ini: terbitkan kartu baru untuk memuatnya.</translation>
    </message>
    <message>
        <source>Checking and replacing the fingerprints...</source>
        <translation>Memeriksa dan mengganti sidik jari...</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints replaced for %1 (%n finger(s)): they match no one else registered; the central registry checks them too.</source>
        <translation>
            <numerusform>Sidik jari diganti untuk %1 (%n jari): tidak cocok dengan orang terdaftar lain; registri pusat juga memeriksanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown to be them by: %1.</source>
        <translation>Terbukti orang yang sama melalui: %1.</translation>
    </message>
    <message>
        <source>No finger matched the prints on file: replaced on the supervisor&apos;s decision.</source>
        <translation>Tidak ada jari yang cocok dengan sidik jari dalam berkas: diganti atas keputusan supervisor.</translation>
    </message>
    <message>
        <source>Card(s) %1 carry the old prints: issue a new card to replace them.</source>
        <translation>Kartu %1 memuat sidik jari lama: terbitkan kartu baru untuk menggantinya.</translation>
    </message>
    <message>
        <source>Writing the record...</source>
        <translation>Menulis data...</translation>
    </message>
    <message>
        <source>Saved as %1: print it and give it to them.</source>
        <translation>Disimpan sebagai %1: cetak dan berikan kepada mereka.</translation>
    </message>
    <message>
        <source>Recording the consent...</source>
        <translation>Mencatat persetujuan...</translation>
    </message>
    <message>
        <source>Consent recorded for %1 (privacy notice %2).</source>
        <translation>Persetujuan dicatat untuk %1 (pemberitahuan privasi %2).</translation>
    </message>
    <message>
        <source>Print a copy of the receipt</source>
        <translation>Cetak salinan tanda terima</translation>
    </message>
    <message>
        <source>Reading the record...</source>
        <translation>Membaca catatan...</translation>
    </message>
    <message>
        <source>%1 died on %2: no copy of the enrolment receipt is given for a deceased person.</source>
        <translation>%1 meninggal pada %2: salinan tanda terima pendaftaran tidak diberikan untuk orang yang sudah meninggal.</translation>
    </message>
    <message>
        <source>The copy could not be saved in %1: check that this folder can be written (the USB stick plugged in, space left), then save again.</source>
        <translation>Salinan tidak dapat disimpan di %1: periksa bahwa folder ini dapat ditulisi (USB terpasang, ruang masih ada), lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>name (local or Latin), phone, person or household id, card serial, receipt or grievance number</source>
        <translation>nama (lokal atau Latin), telepon, id orang atau rumah tangga, nomor seri kartu, kuitansi atau pengaduan</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printer tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Dikirim ke %1.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>printer</translation>
    </message>
</context>
<context>
    <name>ServicePanel</name>
    <message>
        <source>Working...</source>
        <translation>Memproses...</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>social assistance</source>
        <translation>bantuan sosial</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pembayaran</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registrasi</translation>
    </message>
    <message>
        <source>health</source>
        <translation>kesehatan</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>ketenagakerjaan</translation>
    </message>
    <message>
        <source>office manager</source>
        <translation>kepala kantor</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>inspeksi</translation>
    </message>
    <message>
        <source>training</source>
        <translation>pelatihan</translation>
    </message>
    <message>
        <source>education</source>
        <translation>pendidikan</translation>
    </message>
    <message>
        <source>legal aid</source>
        <translation>bantuan hukum</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
</context>
<context>
    <name>SlipWords</name>
    <message numerus="yes">
        <source>If you disagree with the answer, you may appeal within %n day(s) of it, at this office.</source>
        <translation>
            <numerusform>Jika Anda tidak setuju dengan jawabannya, Anda dapat mengajukan banding dalam %n hari sejak jawaban itu, di kantor ini.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Statement of contributions</source>
        <translation>Laporan iuran</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <source>Standing today</source>
        <translation>Keadaan hari ini</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Dicetak oleh</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Statement of contributions (continued): %1 — %2</source>
        <translation>Laporan iuran (lanjutan): %1 — %2</translation>
    </message>
    <message>
        <source>No payment recorded yet.</source>
        <translation>Belum ada pembayaran yang dicatat.</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>%1 dikembalikan</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>received</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>dirujuk</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>diselesaikan</translation>
    </message>
    <message>
        <source>appealed</source>
        <translation>dibanding</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>direncanakan</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>sedang berjalan</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Needs your attention</source>
        <translation>Perlu perhatian Anda</translation>
    </message>
    <message>
        <source>Revo&amp;ke the card...</source>
        <translation>&amp;Cabut kartu...</translation>
    </message>
    <message>
        <source>Adjudication queue</source>
        <translation>Antrean adjudikasi</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Clerk&apos;s decision</source>
        <translation>Keputusan petugas</translation>
    </message>
    <message>
        <source>&amp;Approve the decision</source>
        <translation>&amp;Setujui keputusan</translation>
    </message>
    <message>
        <source>&amp;Send back to the clerk</source>
        <translation>&amp;Kembalikan ke petugas</translation>
    </message>
    <message>
        <source>&amp;Compare the prints...</source>
        <translation>Bandin&amp;gkan sidik jari...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Sync to the central registry</source>
        <translation>Sinkronisasi ke registri pusat</translation>
    </message>
    <message>
        <source>Install new card-signing certificates...</source>
        <translation>Pasang sertifikat penanda tangan kartu yang baru...</translation>
    </message>
    <message>
        <source>Back &amp;up the station...</source>
        <translation>Ca&amp;dangkan stasiun...</translation>
    </message>
    <message>
        <source>Re&amp;ports...</source>
        <translation>Lapo&amp;ran...</translation>
    </message>
    <message>
        <source>Check a pro&amp;gramme&apos;s list...</source>
        <translation>Periksa daftar &amp;program...</translation>
    </message>
    <message>
        <source>Registered at this station</source>
        <translation>Terdaftar di stasiun ini</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>Menurut usia</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Menurut jenis kelamin</translation>
    </message>
    <message>
        <source>By commune</source>
        <translation>Menurut desa/kelurahan</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>orang sama</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>orang berbeda</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>same person as %1</source>
        <translation>orang sama dengan %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1
Sent, not yet acknowledged: %2
Acknowledged: %3
Rejected by the centre: %4</source>
        <translation>Menunggu dikirim: %1
Terkirim, belum dikonfirmasi: %2
Dikonfirmasi: %3
Ditolak pusat: %4</translation>
    </message>
    <message>
        <source>Of which awaiting the centre&apos;s duplicate check: %1</source>
        <translation>Di antaranya menunggu pemeriksaan duplikat di pusat: %1</translation>
    </message>
    <message>
        <source>People: %1 · Households: %2 · Adjudications pending: %3</source>
        <translation>Orang: %1 · Rumah tangga: %2 · Adjudikasi tertunda: %3</translation>
    </message>
    <message>
        <source>You opened this case yourself: another supervisor approves it.</source>
        <translation>Anda sendiri yang membuka kasus ini: supervisor lain yang menyetujuinya.</translation>
    </message>
    <message>
        <source>The clerk has not decided this case yet.</source>
        <translation>Petugas belum memutuskan kasus ini.</translation>
    </message>
    <message>
        <source>The clerk&apos;s note: %1</source>
        <translation>Catatan petugas: %1</translation>
    </message>
    <message>
        <source>Sent back to the clerk.</source>
        <translation>Dikembalikan ke petugas.</translation>
    </message>
    <message>
        <source>Approved: registered as person %1.</source>
        <translation>Disetujui: didaftarkan sebagai orang %1.</translation>
    </message>
    <message>
        <source>Approved: no new person was registered.</source>
        <translation>Disetujui: tidak ada orang baru yang didaftarkan.</translation>
    </message>
    <message>
        <source>The card %1 of %2 is still valid, but the central registry found this person already enrolled at another station (one person, one card): revoke the card.</source>
        <translation>Kartu %1 milik %2 masih berlaku, tetapi registri pusat mendapati orang ini sudah terdaftar di stasiun lain (satu orang, satu kartu): cabut kartu ini.</translation>
    </message>
    <message>
        <source>This station&apos;s packet-signing key is missing (%1): nothing is sent to the central registry until it is restored.</source>
        <translation>Kunci penanda tangan paket stasiun ini hilang (%1): tidak ada yang dikirim ke registri pusat sampai kunci itu dipulihkan.</translation>
    </message>
    <message>
        <source>This station&apos;s packet-signing key is damaged (%1): nothing is sent to the central registry until it is restored.</source>
        <translation>Kunci penanda tangan paket stasiun ini rusak (%1): tidak ada yang dikirim ke registri pusat sampai kunci itu dipulihkan.</translation>
    </message>
    <message>
        <source>Restore it from the station&apos;s backup (sws db restore); never make a new one: the centre would refuse every record signed by it.</source>
        <translation>Pulihkan dari cadangan stasiun (sws db restore); jangan pernah membuat yang baru: pusat akan menolak setiap catatan yang ditandatanganinya.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 h %2 min ahead of the central registry&apos;s: records are dated wrong and cards issued here may be refused elsewhere as not yet valid: set the date and time.</source>
        <translation>Jam komputer ini %1 jam %2 menit lebih cepat dari jam registri pusat: catatan bertanggal salah dan kartu yang diterbitkan di sini dapat ditolak di tempat lain karena belum berlaku: atur tanggal dan waktu.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 h %2 min behind the central registry&apos;s: records are dated wrong and cards issued here may be refused elsewhere as expired too early: set the date and time.</source>
        <translation>Jam komputer ini %1 jam %2 menit lebih lambat dari jam registri pusat: catatan bertanggal salah dan kartu yang diterbitkan di sini dapat ditolak di tempat lain karena kedaluwarsa terlalu dini: atur tanggal dan waktu.</translation>
    </message>
    <message>
        <source>The centre&apos;s list of places (version %1) was not used: %2.</source>
        <translation>Daftar tempat dari pusat (versi %1) tidak dipakai: %2.</translation>
    </message>
    <message>
        <source>The centre&apos;s list of places was not used: %2.</source>
        <translation>Daftar tempat dari pusat tidak dipakai: %2.</translation>
    </message>
    <message>
        <source>This station keeps its list (version %1).</source>
        <translation>Stasiun ini tetap memakai daftarnya sendiri (versi %1).</translation>
    </message>
    <message>
        <source>This station keeps its list.</source>
        <translation>Stasiun ini tetap memakai daftarnya sendiri.</translation>
    </message>
    <message>
        <source>Ask the office&apos;s IT contact to update the station.</source>
        <translation>Minta petugas TI kantor untuk memperbarui stasiun ini.</translation>
    </message>
    <message>
        <source>Revoke the card</source>
        <translation>Cabut kartu</translation>
    </message>
    <message>
        <source>Revoke the card %1 of %2? It stops working at every hospital and office.</source>
        <translation>Cabut kartu %1 milik %2? Kartu itu tidak akan berfungsi lagi di semua rumah sakit dan kantor.</translation>
    </message>
    <message>
        <source>Card %1 revoked: the revocation list is signed again and the centre is told.</source>
        <translation>Kartu %1 dicabut: daftar pencabutan ditandatangani ulang dan pusat akan diberi tahu.</translation>
    </message>
    <message numerus="yes">
        <source>The centre has not approved this station yet: %Ln record(s) wait on this computer until it does, the oldest since %1.</source>
        <translation>
            <numerusform>Pusat belum menyetujui stasiun ini: %Ln catatan menunggu di komputer ini sampai disetujui, yang tertua sejak %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The centre has not approved this station yet: its records wait here until it does.</source>
        <translation>Pusat belum menyetujui stasiun ini: catatannya menunggu di sini sampai disetujui.</translation>
    </message>
    <message>
        <source>Writing the day&apos;s till report...</source>
        <translation>Menulis laporan kas hari ini...</translation>
    </message>
    <message>
        <source>The till report could not be saved in %1: check that this folder can be written (space left), then try again.</source>
        <translation>Laporan kas tidak dapat disimpan di %1: periksa bahwa folder ini dapat ditulisi (masih ada ruang), lalu coba lagi.</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>Menulis laporan...</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Laporan disimpan: %1</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: check that this folder can be written (space left), then try again.</source>
        <translation>Laporan tidak dapat disimpan di %1: periksa bahwa folder ini dapat ditulisi (masih ada ruang), lalu coba lagi.</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>Tidak ada laporan yang ditulis: %1</translation>
    </message>
    <message>
        <source>Checking the list against the registry...</source>
        <translation>Memeriksa daftar terhadap registri...</translation>
    </message>
    <message>
        <source>List checked, report saved: %1</source>
        <translation>Daftar diperiksa, laporan disimpan: %1</translation>
    </message>
    <message>
        <source>The list was not checked: %1</source>
        <translation>Daftar tidak diperiksa: %1</translation>
    </message>
    <message>
        <source>Day&apos;s till report saved: %1</source>
        <translation>Laporan kas hari ini disimpan: %1</translation>
    </message>
    <message>
        <source>No till report was written: %1</source>
        <translation>Tidak ada laporan kas yang ditulis: %1</translation>
    </message>
    <message>
        <source>Registration expired on %1: records are kept here until the centre renews it</source>
        <translation>Pendaftaran berakhir pada %1: catatan disimpan di sini sampai pusat memperpanjangnya</translation>
    </message>
    <message>
        <source>Da&amp;y&apos;s till report...</source>
        <translation>&amp;Laporan kas hari ini...</translation>
    </message>
    <message>
        <source>Registration valid until %1</source>
        <translation>Pendaftaran berlaku hingga %1</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) — ask the centre to renew</source>
        <translation>
            <numerusform>berakhir dalam %n hari — minta pusat untuk memperpanjang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has revoked this station: it refuses its records until it approves the station again. Nothing is lost: %Ln record(s) wait on this computer. Contact the central registry.</source>
        <translation>
            <numerusform>Pusat telah mencabut stasiun ini: pusat menolak catatannya sampai menyetujui stasiun ini lagi. Tidak ada yang hilang: %Ln catatan menunggu di komputer ini. Hubungi registri pusat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has suspended this station: it received records from two computers using this station&apos;s identity. Nothing is lost: %Ln record(s) wait on this computer. If a new computer replaced this one from its backup, export them below and give the file to the central registry&apos;s operator; otherwise contact the central registry.</source>
        <translation>
            <numerusform>Pusat telah menangguhkan stasiun ini: pusat menerima catatan dari dua komputer yang memakai identitas stasiun ini. Tidak ada yang hilang: %Ln catatan menunggu di komputer ini. Jika komputer baru menggantikan komputer ini dari cadangannya, ekspor catatan itu di bawah dan serahkan berkasnya kepada operator registri pusat; jika tidak, hubungi registri pusat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The centre does not know this station (%1): its records wait here. Contact the central registry.</source>
        <translation>Pusat tidak mengenal stasiun ini (%1): catatannya menunggu di sini. Hubungi registri pusat.</translation>
    </message>
    <message>
        <source>(deceased %1)</source>
        <translation>(meninggal %1)</translation>
    </message>
    <message>
        <source>No card can be issued: the card-signing certificates end on %1. Ask for new ones.</source>
        <translation>Kartu tidak dapat diterbitkan: sertifikat penanda tangan kartu berakhir pada %1. Mintalah yang baru.</translation>
    </message>
    <message>
        <source>Cards issued now are valid only until %1: the card-signing certificates end then. Ask for new ones.</source>
        <translation>Kartu yang diterbitkan sekarang hanya berlaku sampai %1: sertifikat penanda tangan kartu berakhir saat itu. Mintalah yang baru.</translation>
    </message>
    <message>
        <source>Card-signing certificates valid until %1</source>
        <translation>Sertifikat penanda tangan kartu berlaku sampai %1</translation>
    </message>
    <message>
        <source>Folder with the new card-signing certificates</source>
        <translation>Folder berisi sertifikat penanda tangan kartu yang baru</translation>
    </message>
    <message>
        <source>Checking the new certificates...</source>
        <translation>Memeriksa sertifikat baru...</translation>
    </message>
    <message>
        <source>New card-signing certificates installed: cards issued now are valid until %1.</source>
        <translation>Sertifikat penanda tangan kartu yang baru terpasang: kartu yang diterbitkan sekarang berlaku sampai %1.</translation>
    </message>
    <message>
        <source>The certificates were not installed: %1</source>
        <translation>Sertifikat tidak dipasang: %1</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>Cadangan terakhir: belum pernah</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Cadangan terakhir: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) exist only on this computer.</source>
        <translation>
            <numerusform>%Ln catatan hanya ada di komputer ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>Menulis cadangan...</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1 (%Ln person(s)).</source>
        <translation>
            <numerusform>Cadangan ditulis ke %1 (%Ln orang).</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was written: %1</source>
        <translation>Tidak ada cadangan yang ditulis: %1</translation>
    </message>
</context>
<context>
    <name>UnavailableDialog</name>
    <message>
        <source>Finger not available</source>
        <translation>Jari tidak tersedia</translation>
    </message>
    <message>
        <source>Why can the %1 not be captured?</source>
        <translation>Mengapa %1 tidak dapat dipindai?</translation>
    </message>
    <message>
        <source>Amputated</source>
        <translation>Diamputasi</translation>
    </message>
    <message>
        <source>Injured or bandaged</source>
        <translation>Terluka atau diperban</translation>
    </message>
    <message>
        <source>Worn or scarred</source>
        <translation>Aus atau bekas luka</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
</context>
<context>
    <name>UndeliveredExport</name>
    <message>
        <source>E&amp;xport undelivered records...</source>
        <translation>&amp;Ekspor catatan yang belum terkirim...</translation>
    </message>
    <message>
        <source>Writes the records this computer never delivered to one signed file, sealed for the central registry, whose operator imports it. They also stay here.</source>
        <translation>Menulis catatan yang belum pernah dikirim komputer ini ke satu berkas bertanda tangan, tersegel untuk registri pusat, yang operatornya akan mengimpornya. Catatan itu tetap ada di sini juga.</translation>
    </message>
    <message>
        <source>Folder to write the undelivered records to</source>
        <translation>Folder tujuan catatan yang belum terkirim</translation>
    </message>
    <message>
        <source>Writing the undelivered records...</source>
        <translation>Menulis catatan yang belum terkirim...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undelivered record(s) written to %1, signed by this station. They also stay here. Give the file to the central registry&apos;s operator, who imports it.</source>
        <translation>
            <numerusform>%Ln catatan yang belum terkirim ditulis ke %1, ditandatangani oleh stasiun ini. Catatan itu tetap ada di sini juga. Serahkan berkasnya kepada operator registri pusat, yang akan mengimpornya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: every record of this station reached the central registry.</source>
        <translation>Tidak ada yang perlu diekspor: setiap catatan stasiun ini sudah sampai di registri pusat.</translation>
    </message>
    <message>
        <source>This station was restored from a backup and has not told the central registry yet: let it sync once, then export.</source>
        <translation>Stasiun ini dipulihkan dari cadangan dan belum memberi tahu registri pusat: biarkan bersinkronisasi sekali, lalu ekspor.</translation>
    </message>
    <message>
        <source>The fingerprints of a waiting record cannot be opened: nothing was written. Check the registry (sws db check --deep).</source>
        <translation>Sidik jari sebuah catatan yang menunggu tidak dapat dibuka: tidak ada yang ditulis. Periksa registri (sws db check --deep).</translation>
    </message>
    <message>
        <source>%1 already exists: nothing was written. Choose another folder, or move that file away first.</source>
        <translation>%1 sudah ada: tidak ada yang ditulis. Pilih folder lain, atau pindahkan berkas itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 cannot be used for the export: nothing was written. Choose another folder.</source>
        <translation>%1 tidak dapat dipakai untuk ekspor: tidak ada yang ditulis. Pilih folder lain.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Nothing was written; choose another folder.</source>
        <translation>%1 tidak dapat ditulis: disk penuh. Tidak ada yang ditulis; pilih folder lain.</translation>
    </message>
    <message>
        <source>%1 cannot be written: this folder may not be written to (read only, or no permission). Nothing was written; choose another folder.</source>
        <translation>%1 tidak dapat ditulis: folder ini tidak boleh ditulisi (hanya-baca, atau tanpa izin). Tidak ada yang ditulis; pilih folder lain.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder is gone (a USB stick taken out?). Nothing was written; choose another folder.</source>
        <translation>%1 tidak dapat ditulis: foldernya sudah tidak ada (USB dicabut?). Tidak ada yang ditulis; pilih folder lain.</translation>
    </message>
    <message>
        <source>%1 cannot be written. Nothing was written; choose another folder.</source>
        <translation>%1 tidak dapat ditulis. Tidak ada yang ditulis; pilih folder lain.</translation>
    </message>
</context>
<context>
    <name>VisitsList</name>
    <message>
        <source>Visits recorded here today</source>
        <translation>Kunjungan yang dicatat di sini hari ini</translation>
    </message>
    <message>
        <source>E&amp;xport the visits...</source>
        <translation>Ek&amp;spor kunjungan...</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Visits recorded here today: %1</source>
        <translation>Kunjungan yang dicatat di sini hari ini: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Today&apos;s visits could not be read: %1</source>
        <translation>Kunjungan hari ini tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Menyimpan...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) from %1 to %2 saved to %3</source>
        <translation>
            <numerusform>%Ln kunjungan dari %1 sampai %2 disimpan ke %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The visits were not saved: %1</source>
        <translation>Kunjungan tidak disimpan: %1</translation>
    </message>
</context>
<context>
    <name>WaitingCasesDialog</name>
    <message>
        <source>Cases waiting for a decision</source>
        <translation>Kasus menunggu keputusan</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>&amp;Compare the prints and decide...</source>
        <translation>&amp;Bandingkan sidik jari dan putuskan...</translation>
    </message>
    <message>
        <source>No case is waiting for a decision.</source>
        <translation>Tidak ada kasus yang menunggu keputusan.</translation>
    </message>
    <message>
        <source>Recorded. A supervisor must approve the decision.</source>
        <translation>Tercatat. Supervisor harus menyetujui keputusan ini.</translation>
    </message>
</context>
</TS>
