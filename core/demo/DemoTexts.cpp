#include "demo/DemoTexts.h"

#include "demo/DemoRandom.h"
#include "domain/CodeLists.h"

#include <QHash>

namespace lintas::demo {

namespace {

template<std::size_t N> const QString &pickUtf8(DemoRandom &random, const char *const (&items)[N])
{
    // Converted once per table; the tables are small and read often.
    static thread_local QHash<const void *, QStringList> cache;
    QStringList &list = cache[static_cast<const void *>(items)];
    if (list.isEmpty()) {
        for (const char *item : items)
            list << QString::fromUtf8(item);
    }
    return random.pick(list);
}

bool has(const CaseStory &s, const char *type)
{
    return s.caseTypes.contains(QString::fromUtf8(type));
}

QString countryName(const QString &jurisdiction)
{
    return domain::jurisdictions().label(jurisdiction, domain::Language::Indonesian);
}

const char *const kEvidence[] = {"kontrak kerja (fotokopi)", "foto slip gaji", "rekening koran",
    "tangkapan layar WhatsApp dengan majikan", "paspor", "surat PHK", "catatan harian jam kerja",
    "bukti transfer remitansi", "kuitansi agen", "surat keterangan dokter"};
const char *const kCallUpdates[] = {
    "Klien mengabarkan sudah sampai di rumah dan dalam keadaan sehat.",
    "Klien belum bisa dihubungi, pesan WhatsApp centang satu. Akan dicoba lagi besok.",
    "Suami klien menanyakan perkembangan kasus; dijelaskan bahwa menunggu jadwal sidang.",
    "Klien mengirim foto slip gaji dan kontrak lewat WhatsApp.",
    "Klien khawatir soal utang ke rentenir; dijelaskan haknya dan nomor hotline.",
    "Agen menghubungi klien dan meminta klien mencabut pengaduan. Klien diminta tidak menandatangani apa pun.",
    "Klien bertanya apakah bisa bekerja lagi ke luar negeri; dijelaskan prosedur resmi lewat P3MI terdaftar.",
    "Konfirmasi jadwal pertemuan di kantor Disnaker minggu depan.",
};
const char *const kVisitObservations[] = {
    "Klien tinggal bersama orang tua dan dua anaknya. Kondisi rumah sederhana.",
    "Klien terlihat masih trauma dan sulit tidur; disarankan konseling di UPTD PPA.",
    "Klien sudah mulai berjualan kecil-kecilan di depan rumah.",
    "Keluarga mendukung klien untuk melanjutkan klaim.",
    "Kepala desa bersedia membantu surat keterangan domisili untuk klaim BPJS.",
    "Klien menunjukkan dokumen asli; sudah difoto untuk berkas.",
};
const char *const kMeetingTopics[] = {
    "koordinasi rujukan dan pengiriman berkas",
    "jadwal mediasi dengan P3MI",
    "klaim asuransi dan BPJS Ketenagakerjaan",
    "pendampingan hukum dan rencana gugatan",
    "rencana reintegrasi dan pelatihan usaha",
    "penanganan dokumen yang ditahan agen",
};
const char *const kHearingResults[] = {
    "majikan tidak hadir; sidang ditunda dua minggu.",
    "majikan menawarkan pembayaran sebagian; klien menolak.",
    "tercapai kesepakatan pembayaran secara cicilan.",
    "putusan: majikan wajib membayar seluruh tunggakan gaji.",
    "klien hadir lewat video; penerjemah Bahasa Indonesia tersedia.",
    "petugas meminta bukti tambahan slip gaji.",
};
const char *const kNotes[] = {
    "Berkas kasus dilengkapi; fotokopi dokumen disimpan di map klien.",
    "Surat kuasa sudah ditandatangani klien.",
    "Menunggu balasan email dari KJRI.",
    "Klien perlu didampingi saat ke kantor polisi.",
    "Draf surat pengaduan ke BP3MI sudah dibuat, menunggu persetujuan klien.",
    "Rencana keselamatan dibahas: nomor darurat disimpan, kata sandi dengan teman disepakati.",
};
const char *const kTasks[] = {
    "Minta salinan kontrak kerja dari agen",
    "Hubungi klien untuk kabar terbaru",
    "Kirim surat pengaduan ke BP3MI",
    "Siapkan kronologi tertulis untuk sidang",
    "Minta surat keterangan dokter",
    "Cek status klaim BPJS Ketenagakerjaan",
    "Antar klien ke kantor Disnaker",
    "Kirim berkas rujukan ke LBH",
    "Terjemahkan slip gaji",
    "Tindak lanjut dengan KJRI",
};
const char *const kCorrections[] = {
    "Koreksi: tanggal PHK yang benar adalah seminggu lebih awal dari catatan sebelumnya.",
    "Koreksi: nama majikan salah eja pada catatan sebelumnya.",
    "Koreksi: jumlah bulan gaji tertunggak yang benar lebih satu bulan.",
    "Koreksi: klien dihubungi lewat WhatsApp, bukan telepon biasa.",
};
const char *const kTopicsMigration[] = {"migrasi aman", "biaya penempatan nol (zero cost)", "hak PRT di Hong Kong",
    "pencegahan TPPO", "bahaya calo dan jalur non-prosedural", "kontrak kerja dan dokumen",
    "BPJS Ketenagakerjaan untuk PMI", "layanan KJRI dan BP3MI"};
const char *const kTopicsReintegration[] = {"pengelolaan keuangan keluarga", "usaha mikro untuk purna PMI",
    "pemulihan psikososial", "pemasaran daring produk desa", "koperasi purna PMI", "pengasuhan anak"};

QString facts(const CaseStory &s, DemoRandom &random)
{
    QStringList out;
    if (has(s, "unpaid_wages") && s.arrearsMonths > 0)
        out << QStringLiteral("gajinya tidak dibayar selama %1 bulan").arg(s.arrearsMonths);
    if (has(s, "underpayment"))
        out << QStringLiteral("gaji yang diterima di bawah upah minimum");
    if (has(s, "agency_overcharging"))
        out << QStringLiteral("agen memotong gaji untuk biaya penempatan");
    if (has(s, "document_confiscation"))
        out << QStringLiteral("paspornya ditahan");
    if (has(s, "physical_abuse"))
        out << QStringLiteral("dipukul oleh majikan");
    if (has(s, "rest_day_holiday_leave"))
        out << QStringLiteral("tidak pernah diberi hari libur");
    if (out.isEmpty())
        out << QStringLiteral("dia diberhentikan tanpa alasan yang jelas");
    return out.at(random.between(0, int(out.size()) - 1));
}

} // namespace

QString DemoTexts::money(const QString &currency, qint64 major)
{
    QString digits = QString::number(major);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    if (currency == QStringLiteral("HKD"))
        return QStringLiteral("HK$") + digits;
    if (currency == QStringLiteral("SGD"))
        return QStringLiteral("S$") + digits;
    if (currency == QStringLiteral("TWD"))
        return QStringLiteral("NT$") + digits;
    if (currency == QStringLiteral("MYR"))
        return QStringLiteral("RM") + digits;
    if (currency == QStringLiteral("IDR"))
        return QStringLiteral("Rp ") + digits;
    return currency + QLatin1Char(' ') + digits;
}

QString DemoTexts::date(const QDate &d)
{
    static const char *const months[] = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember"};
    if (!d.isValid())
        return QString();
    return QStringLiteral("%1 %2 %3").arg(d.day()).arg(QString::fromUtf8(months[d.month() - 1])).arg(d.year());
}

QString DemoTexts::title(DemoRandom &random, const CaseStory &story)
{
    const QString type = story.caseTypes.isEmpty() ? QStringLiteral("other") : story.caseTypes.first();
    const QString label = domain::caseTypes().label(type, domain::Language::Indonesian);
    if (random.chance(0.5))
        return QStringLiteral("%1 – %2").arg(label, story.employer);
    return QStringLiteral("%1 (%2)").arg(label, countryName(story.jurisdiction));
}

QString DemoTexts::chronology(DemoRandom &random, const CaseStory &s)
{
    QStringList p;
    p << QStringLiteral(
        "Klien berangkat ke %1 melalui %2 dan mulai bekerja sebagai pekerja rumah tangga pada %3 di rumah "
        "%4 di %5.")
             .arg(countryName(s.jurisdiction),
                 s.placementCompany.isEmpty() ? QStringLiteral("sponsor di desanya") : s.placementCompany,
                 date(s.startedWork), s.employer, s.city);
    if (has(s, "agency_overcharging") || has(s, "illegal_loan_debt_bondage")) {
        p << QStringLiteral(
            "Sebelum berangkat klien diminta menandatangani surat utang. Selama %1 bulan pertama gajinya "
            "dipotong untuk biaya penempatan, total %2%3.")
                 .arg(random.between(5, 8))
                 .arg(money(s.feeCurrency, s.agencyFee))
                 .arg(s.lender.isEmpty() ? QString() : QStringLiteral(", dibayarkan ke %1").arg(s.lender));
    }
    if (has(s, "underpayment"))
        p << QStringLiteral(
            "Gaji yang dibayar hanya %1 per bulan, di bawah upah minimum %2. Klien disuruh menandatangani "
            "tanda terima gaji penuh.")
                 .arg(
                     money(s.currency, s.monthlyWage * random.between(55, 80) / 100), money(s.currency, s.monthlyWage));
    if (has(s, "unpaid_wages") && s.arrearsMonths > 0)
        p << QStringLiteral(
            "Sejak %1 gaji tidak dibayar; majikan selalu berjanji akan membayar bulan depan. Total %2 bulan "
            "gaji tertunggak.")
                 .arg(date(s.lastWagePaid.addMonths(1)))
                 .arg(s.arrearsMonths);
    if (has(s, "rest_day_holiday_leave"))
        p << QStringLiteral(
            "Klien tidak pernah mendapat libur mingguan dan libur resmi, bekerja dari jam 5 pagi sampai "
            "tengah malam.");
    if (has(s, "document_confiscation"))
        p << QStringLiteral("Paspor dan kontrak kerja ditahan oleh %1 sejak kedatangan.")
                 .arg(s.agency.isEmpty() ? QStringLiteral("majikan") : s.agency);
    if (has(s, "physical_abuse") && s.incident.isValid())
        p << QStringLiteral("Pada %1 klien dipukul dan ditampar oleh majikan. Ada foto luka dan keterangan dokter.")
                 .arg(date(s.incident));
    if ((has(s, "sexual_harassment") || has(s, "sexual_violence")) && s.incident.isValid())
        p << QStringLiteral(
            "Pada %1 klien mengalami pelecehan oleh anggota keluarga majikan. Klien takut melapor karena "
            "khawatir diberhentikan.")
                 .arg(date(s.incident));
    if (has(s, "work_injury") && s.incident.isValid())
        p << QStringLiteral("Pada %1 klien jatuh saat membersihkan jendela dan tangannya patah.").arg(date(s.incident));
    if (has(s, "trafficking_forced_labour"))
        p << QStringLiteral("Klien direkrut calo di desa dengan janji bekerja di restoran, tetapi dipekerjakan tanpa "
                            "dokumen resmi, tidak digaji dan dilarang keluar rumah.");
    if (has(s, "failed_departure"))
        p << QStringLiteral("Klien tertahan di penampungan selama %1 bulan tanpa kepastian keberangkatan.")
                 .arg(random.between(3, 9));
    if (s.terminated.isValid())
        p << QStringLiteral("Pada %1 klien diberhentikan %2 dan diminta keluar rumah hari itu juga.")
                 .arg(date(s.terminated),
                     random.chance(0.6) ? QStringLiteral("tanpa pemberitahuan") : QStringLiteral("secara lisan"));
    return p.join(QLatin1Char('\n'));
}

QString DemoTexts::demands(const CaseStory &s, const QStringList &claimLines)
{
    QStringList lines;
    int n = 1;
    for (const QString &c : claimLines)
        lines << QStringLiteral("%1. %2").arg(n++).arg(c);
    if (has(s, "document_confiscation"))
        lines << QStringLiteral("%1. Pengembalian paspor dan dokumen asli").arg(n++);
    if (has(s, "physical_abuse") || has(s, "sexual_harassment") || has(s, "sexual_violence"))
        lines << QStringLiteral("%1. Pelaku diproses secara hukum").arg(n++);
    if (lines.isEmpty())
        lines << QStringLiteral("1. Klien mendapat informasi dan pendampingan sesuai haknya");
    return lines.join(QLatin1Char('\n'));
}

QString DemoTexts::strategy(DemoRandom &random, const CaseStory &s)
{
    QStringList steps;
    if (s.jurisdiction == QStringLiteral("hk")) {
        steps << QStringLiteral("Dampingi klien mengadu ke Labour Department untuk konsiliasi");
        steps << (random.chance(0.5)
                ? QStringLiteral("jika gagal, ajukan ke MECAB atau Labour Tribunal sesuai nilai klaim")
                : QStringLiteral("minta perpanjangan visa selama proses klaim"));
    } else if (s.jurisdiction == QStringLiteral("tw")) {
        steps << QStringLiteral("Laporkan lewat hotline 1955 dan minta mediasi di dinas tenaga kerja setempat");
    } else if (s.jurisdiction == QStringLiteral("sg")) {
        steps << QStringLiteral("Bantu klien menghubungi MOM (FMMD) untuk klaim gaji");
    } else {
        steps << QStringLiteral("Koordinasi dengan KBRI/KJRI untuk pendampingan");
    }
    if (!s.placementCompany.isEmpty())
        steps << QStringLiteral("tuntut tanggung jawab %1 lewat BP3MI").arg(s.placementCompany);
    if (has(s, "trafficking_forced_labour"))
        steps << QStringLiteral("laporkan ke Satgas TPPO dan ajukan perlindungan ke LPSK");
    if (has(s, "work_injury") || has(s, "social_security_claim"))
        steps << QStringLiteral("urus klaim BPJS Ketenagakerjaan");
    return steps.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QString DemoTexts::noteBody(DemoRandom &random, const QString &kind, const CaseStory &s, const QDate &on)
{
    if (kind == QStringLiteral("interview"))
        return QStringLiteral("Wawancara dengan klien. Klien bercerita bahwa %1. Klien membawa %2. Klien ingin %3.")
            .arg(facts(s, random), pickUtf8(random, kEvidence),
                random.chance(0.5) ? QStringLiteral("haknya dibayar penuh") : QStringLiteral("kasusnya cepat selesai"));
    if (kind == QStringLiteral("call"))
        return pickUtf8(random, kCallUpdates);
    if (kind == QStringLiteral("visit"))
        return QStringLiteral("Kunjungan rumah. %1").arg(pickUtf8(random, kVisitObservations));
    if (kind == QStringLiteral("meeting"))
        return QStringLiteral("Pertemuan pada %1 tentang %2.").arg(date(on), pickUtf8(random, kMeetingTopics));
    if (kind == QStringLiteral("hearing"))
        return QStringLiteral("Sidang/mediasi: %1").arg(pickUtf8(random, kHearingResults));
    return pickUtf8(random, kNotes);
}

QString DemoTexts::correction(DemoRandom &random)
{
    return pickUtf8(random, kCorrections);
}

QString DemoTexts::taskTitle(DemoRandom &random)
{
    return pickUtf8(random, kTasks);
}

QString DemoTexts::outcomeNotes(DemoRandom &random, const QString &outcome)
{
    if (outcome == QStringLiteral("settled") || outcome == QStringLiteral("fully_recovered"))
        return QStringLiteral("Klien menerima pembayaran sesuai kesepakatan dan merasa puas.");
    if (outcome == QStringLiteral("partially_recovered"))
        return QStringLiteral("Sebagian hak dibayar; sisanya tidak bisa ditagih karena majikan pindah.");
    if (outcome == QStringLiteral("withdrawn"))
        return QStringLiteral("Klien mencabut pengaduan karena ingin segera bekerja lagi.");
    if (outcome == QStringLiteral("lost_contact"))
        return QStringLiteral("Klien tidak bisa dihubungi lagi sejak %1 bulan.").arg(random.between(2, 6));
    return QStringLiteral("Kasus ditutup.");
}

QString DemoTexts::activityTitle(DemoRandom &random, const QString &kind, const QString &village)
{
    if (kind == QStringLiteral("village_discussion"))
        return QStringLiteral("Diskusi desa %1: %2").arg(village, pickUtf8(random, kTopicsMigration));
    if (kind == QStringLiteral("training"))
        return QStringLiteral("Pelatihan paralegal komunitas");
    if (kind == QStringLiteral("knowledge_sharing"))
        return QStringLiteral("Berbagi pengetahuan: %1").arg(pickUtf8(random, kTopicsMigration));
    if (kind == QStringLiteral("reintegration_session"))
        return QStringLiteral("Sesi reintegrasi: %1").arg(pickUtf8(random, kTopicsReintegration));
    return QStringLiteral("Konsultasi keliling di desa %1").arg(village);
}

QString DemoTexts::activityTopics(DemoRandom &random, const QString &kind)
{
    const bool reintegration = kind == QStringLiteral("reintegration_session");
    QStringList topics;
    for (int i = 0, n = random.between(1, 3); i < n; ++i) {
        const QString t = reintegration ? pickUtf8(random, kTopicsReintegration) : pickUtf8(random, kTopicsMigration);
        if (!topics.contains(t))
            topics << t;
    }
    return topics.join(QStringLiteral("; "));
}

} // namespace lintas::demo
