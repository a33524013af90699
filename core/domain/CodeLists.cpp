#include "domain/CodeLists.h"

#include <QHash>

// Labels follow the glossary in shared/reference/migrant-casework-facts.md §7 (EN → ID), and
// keep the acronyms caseworkers actually use (TPPO, PHK, P3MI, BLK-LN, LPSK…). Institution
// names abroad keep their English name in brackets because that is what appears on forms.

// The tables below are laid out by hand, one code per line, for review by Indonesian speakers.
// clang-format off

// Local shorthands: every string must be a QStringLiteral (QT_NO_CAST_FROM_ASCII).
#define LINTAS_ITEM(code, id, en) CodeItem{QStringLiteral(code), QStringLiteral(id), QStringLiteral(en), QString()}
#define LINTAS_GROUPED(code, id, en, group) \
    CodeItem{QStringLiteral(code), QStringLiteral(id), QStringLiteral(en), QStringLiteral(group)}

namespace lintas::domain {

const CodeList &caseTypes()
{
    static const CodeList list(QStringLiteral("case_types"), {
        LINTAS_ITEM("underpayment", "Gaji di bawah standar (underpay)", "Underpayment"),
        LINTAS_ITEM("unpaid_wages", "Gaji tidak dibayar", "Unpaid wages"),
        LINTAS_ITEM("illegal_deduction", "Potongan gaji ilegal", "Illegal wage deduction"),
        LINTAS_ITEM("rest_day_holiday_leave", "Hari libur, libur resmi atau cuti tidak diberikan",
                    "Rest day, holiday or leave not given"),
        LINTAS_ITEM("agency_overcharging", "Pungutan biaya berlebih oleh agen (overcharging)",
                    "Agency overcharging"),
        LINTAS_ITEM("illegal_loan_debt_bondage", "Pinjaman ilegal / jeratan utang", "Illegal loan / debt bondage"),
        LINTAS_ITEM("document_confiscation", "Penahanan paspor atau dokumen", "Passport or document confiscation"),
        LINTAS_ITEM("unfair_dismissal", "PHK sepihak / pemecatan tidak sah", "Wrongful or unreasonable dismissal"),
        LINTAS_ITEM("dismissal_pregnant_sick", "PHK saat hamil atau sakit", "Dismissal while pregnant or sick"),
        LINTAS_ITEM("contract_substitution", "Penempatan tidak sesuai perjanjian kerja",
                    "Contract substitution / job mismatch"),
        LINTAS_ITEM("physical_abuse", "Kekerasan fisik", "Physical abuse"),
        LINTAS_ITEM("sexual_harassment", "Pelecehan seksual", "Sexual harassment"),
        LINTAS_ITEM("sexual_violence", "Kekerasan seksual / perkosaan", "Sexual violence / rape"),
        LINTAS_ITEM("trafficking_forced_labour", "Tindak pidana perdagangan orang (TPPO) / kerja paksa",
                    "Trafficking in persons / forced labour"),
        LINTAS_ITEM("work_injury", "Kecelakaan kerja / penyakit akibat kerja", "Work injury / occupational illness"),
        LINTAS_ITEM("illness", "Sakit (bukan akibat kerja)", "Illness (not work-related)"),
        LINTAS_ITEM("death_repatriation", "Meninggal dunia / pemulangan jenazah", "Death / repatriation of remains"),
        LINTAS_ITEM("missing_lost_contact", "Hilang kontak", "Missing / lost contact"),
        LINTAS_ITEM("failed_departure", "Gagal berangkat / tertahan di penampungan",
                    "Failed departure / held at a training centre"),
        LINTAS_ITEM("social_security_claim", "Klaim BPJS / asuransi", "Social-security or insurance claim"),
        LINTAS_ITEM("deportation_non_procedural", "Deportasi / PMI non-prosedural",
                    "Deportation / non-procedural migration"),
        LINTAS_ITEM("other", "Lainnya", "Other"),
    });
    return list;
}

const CodeList &jurisdictions()
{
    static const CodeList list(QStringLiteral("jurisdictions"), {
        LINTAS_ITEM("hk", "Hong Kong", "Hong Kong"),
        LINTAS_ITEM("sg", "Singapura", "Singapore"),
        LINTAS_ITEM("tw", "Taiwan", "Taiwan"),
        LINTAS_ITEM("my", "Malaysia", "Malaysia"),
        LINTAS_ITEM("sa", "Arab Saudi", "Saudi Arabia"),
        LINTAS_ITEM("ae", "Uni Emirat Arab", "United Arab Emirates"),
        LINTAS_ITEM("other_middle_east", "Negara Timur Tengah lainnya", "Other Middle East country"),
        LINTAS_ITEM("id", "Indonesia", "Indonesia"),
        LINTAS_ITEM("other", "Negara lain", "Other country"),
    });
    return list;
}

const CodeList &forums()
{
    static const CodeList list(QStringLiteral("forums"), {
        // Hong Kong
        LINTAS_GROUPED("labour_dept_lrd", "Departemen Tenaga Kerja HK – Divisi Hubungan Perburuhan (LRD)",
                       "Labour Department – Labour Relations Division (LRD)", "hk"),
        LINTAS_GROUPED("mecab", "Badan Ajudikasi Klaim Ketenagakerjaan Kecil (MECAB)",
                       "Minor Employment Claims Adjudication Board (MECAB)", "hk"),
        LINTAS_GROUPED("labour_tribunal", "Pengadilan Perburuhan (Labour Tribunal)", "Labour Tribunal", "hk"),
        LINTAS_GROUPED("small_claims_tribunal", "Pengadilan Klaim Kecil (Small Claims Tribunal)",
                       "Small Claims Tribunal", "hk"),
        LINTAS_GROUPED("eoc", "Komisi Kesetaraan Kesempatan (EOC)", "Equal Opportunities Commission (EOC)", "hk"),
        LINTAS_GROUPED("district_court_hk", "Pengadilan Distrik Hong Kong (District Court)",
                       "District Court (Hong Kong)", "hk"),
        LINTAS_GROUPED("employees_compensation", "Kompensasi kecelakaan kerja (Employees' Compensation)",
                       "Employees' compensation (Labour Department / District Court)", "hk"),
        LINTAS_GROUPED("eaa", "Kantor Pengawas Agen Tenaga Kerja (EAA)", "Employment Agencies Administration (EAA)",
                       "hk"),
        LINTAS_GROUPED("police_hk", "Kepolisian Hong Kong", "Hong Kong Police", "hk"),
        LINTAS_GROUPED("immd", "Departemen Imigrasi Hong Kong (ImmD)", "Immigration Department (ImmD)", "hk"),
        // Singapore
        LINTAS_GROUPED("mom_fmmd", "Kementerian Tenaga Kerja Singapura (MOM) – FMMD",
                       "Ministry of Manpower – Foreign Manpower Management Division (FMMD)", "sg"),
        LINTAS_GROUPED("tadm_ect", "Mediasi TADM dan Pengadilan Klaim Ketenagakerjaan (ECT)",
                       "TADM mediation and Employment Claims Tribunals (ECT)", "sg"),
        // Taiwan
        LINTAS_GROUPED("hotline_1955", "Hotline 1955 (Kementerian Tenaga Kerja Taiwan)",
                       "1955 hotline (Ministry of Labor)", "tw"),
        LINTAS_GROUPED("tw_labour_mediation", "Mediasi perselisihan di dinas tenaga kerja setempat",
                       "Labour dispute mediation at the local labour bureau", "tw"),
        // Malaysia
        LINTAS_GROUPED("jtk_labour_court", "Jabatan Tenaga Kerja (JTK) – Labour Court",
                       "Labour Department (JTK) – Labour Court", "my"),
        // United Arab Emirates
        LINTAS_GROUPED("mohre", "Kementerian Sumber Daya Manusia dan Emiratisasi (MOHRE)",
                       "Ministry of Human Resources and Emiratisation (MOHRE)", "ae"),
        // Indonesia
        LINTAS_GROUPED("kp2mi", "Kementerian Pelindungan Pekerja Migran Indonesia (KP2MI)",
                       "Ministry of Protection of Indonesian Migrant Workers (KP2MI)", "id"),
        LINTAS_GROUPED("bp3mi", "Balai Pelayanan Pelindungan PMI (BP3MI)",
                       "Provincial migrant-worker protection office (BP3MI)", "id"),
        LINTAS_GROUPED("disnaker", "Dinas Tenaga Kerja (Disnaker)", "Regional manpower office (Disnaker)", "id"),
        LINTAS_GROUPED("police_id", "Kepolisian RI (Polri) / Satgas TPPO",
                       "Indonesian National Police / anti-trafficking task force", "id"),
        LINTAS_GROUPED("lpsk", "Lembaga Perlindungan Saksi dan Korban (LPSK)",
                       "Witness and Victim Protection Agency (LPSK)", "id"),
        LINTAS_GROUPED("uptd_ppa", "UPTD Perlindungan Perempuan dan Anak (UPTD PPA)",
                       "Women and Children Protection Unit (UPTD PPA)", "id"),
        LINTAS_GROUPED("bpjstk", "BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan (workers' social security)", "id"),
        LINTAS_GROUPED("kemensos_dinsos", "Kementerian Sosial / Dinas Sosial",
                       "Ministry of Social Affairs / regional social services office", "id"),
        LINTAS_GROUPED("court_id", "Pengadilan di Indonesia", "Court in Indonesia", "id"),
        LINTAS_GROUPED("kjri_kbri", "Perwakilan RI (KJRI/KBRI)", "Indonesian consulate or embassy (KJRI/KBRI)", "id"),
        LINTAS_GROUPED("other", "Lembaga lain", "Other forum", "other"),
    });
    return list;
}

const CodeList &caseStatuses()
{
    static const CodeList list(QStringLiteral("case_statuses"), {
        LINTAS_ITEM("intake", "Penerimaan pengaduan", "Intake"),
        LINTAS_ITEM("assessment", "Asesmen", "Assessment"),
        LINTAS_ITEM("active", "Dalam penanganan", "Active"),
        LINTAS_ITEM("referred", "Dirujuk", "Referred"),
        LINTAS_ITEM("handed_off", "Diserahterimakan", "Handed off"),
        LINTAS_ITEM("closed", "Ditutup", "Closed"),
    });
    return list;
}

const CodeList &caseOutcomes()
{
    static const CodeList list(QStringLiteral("case_outcomes"), {
        LINTAS_ITEM("settled", "Selesai dengan kesepakatan damai", "Settled"),
        LINTAS_ITEM("awarded", "Dimenangkan melalui putusan", "Awarded"),
        LINTAS_ITEM("partially_recovered", "Hak diterima sebagian", "Partially recovered"),
        LINTAS_ITEM("fully_recovered", "Hak diterima seluruhnya", "Fully recovered"),
        LINTAS_ITEM("withdrawn", "Dicabut oleh klien", "Withdrawn"),
        LINTAS_ITEM("dismissed_lost", "Ditolak / kalah", "Dismissed or lost"),
        LINTAS_ITEM("referred_out", "Dirujuk ke lembaga lain", "Referred to another organisation"),
        LINTAS_ITEM("lost_contact", "Hilang kontak", "Lost contact"),
        LINTAS_ITEM("client_deceased", "Klien meninggal dunia", "Client deceased"),
        LINTAS_ITEM("other", "Lainnya", "Other"),
    });
    return list;
}

const CodeList &riskLevels()
{
    static const CodeList list(QStringLiteral("risk_levels"), {
        LINTAS_ITEM("low", "Rendah", "Low"),
        LINTAS_ITEM("medium", "Sedang", "Medium"),
        LINTAS_ITEM("high", "Tinggi", "High"),
        LINTAS_ITEM("critical", "Kritis", "Critical"),
    });
    return list;
}

const CodeList &clientStatuses()
{
    static const CodeList list(QStringLiteral("client_statuses"), {
        LINTAS_ITEM("abroad", "Di luar negeri", "Abroad"),
        LINTAS_ITEM("returned", "Sudah pulang (purna PMI)", "Returned home"),
        LINTAS_ITEM("in_transit", "Dalam perjalanan", "In transit"),
        LINTAS_ITEM("missing", "Hilang kontak", "Missing"),
    });
    return list;
}

const CodeList &genders()
{
    static const CodeList list(QStringLiteral("genders"), {
        LINTAS_ITEM("female", "Perempuan", "Female"),
        LINTAS_ITEM("male", "Laki-laki", "Male"),
        LINTAS_ITEM("other", "Lainnya", "Other"),
        LINTAS_ITEM("unspecified", "Tidak disebutkan", "Not stated"),
    });
    return list;
}

const CodeList &ageBands()
{
    static const CodeList list(QStringLiteral("age_bands"), {
        LINTAS_ITEM("under_18", "Di bawah 18 tahun", "Under 18"),
        LINTAS_ITEM("18_24", "18–24 tahun", "18–24 years"),
        LINTAS_ITEM("25_34", "25–34 tahun", "25–34 years"),
        LINTAS_ITEM("35_44", "35–44 tahun", "35–44 years"),
        LINTAS_ITEM("45_59", "45–59 tahun", "45–59 years"),
        LINTAS_ITEM("60_plus", "60 tahun ke atas", "60 and over"),
    });
    return list;
}

const CodeList &noteKinds()
{
    static const CodeList list(QStringLiteral("note_kinds"), {
        LINTAS_ITEM("note", "Catatan", "Note"),
        LINTAS_ITEM("interview", "Wawancara", "Interview"),
        LINTAS_ITEM("call", "Panggilan telepon", "Phone call"),
        LINTAS_ITEM("meeting", "Pertemuan", "Meeting"),
        LINTAS_ITEM("hearing", "Sidang", "Hearing"),
        LINTAS_ITEM("visit", "Kunjungan", "Visit"),
        LINTAS_ITEM("correction", "Koreksi", "Correction"),
    });
    return list;
}

const CodeList &deadlineKinds()
{
    static const CodeList list(QStringLiteral("deadline_kinds"), {
        LINTAS_ITEM("limitation", "Batas waktu pengajuan (kedaluwarsa)", "Limitation period"),
        LINTAS_ITEM("notice_of_claim", "Batas waktu pemberitahuan klaim", "Notice of claim"),
        LINTAS_ITEM("hearing", "Jadwal sidang", "Hearing"),
        LINTAS_ITEM("follow_up", "Tindak lanjut", "Follow-up"),
        LINTAS_ITEM("task", "Tugas", "Task"),
    });
    return list;
}

const CodeList &claimTypes()
{
    static const CodeList list(QStringLiteral("claim_types"), {
        LINTAS_ITEM("wages_arrears", "Tunggakan gaji", "Wage arrears"),
        LINTAS_ITEM("wages_in_lieu_of_notice", "Gaji pengganti masa pemberitahuan", "Wages in lieu of notice"),
        LINTAS_ITEM("annual_leave_pay", "Upah cuti tahunan", "Annual leave pay"),
        LINTAS_ITEM("statutory_holiday_pay", "Upah hari libur resmi", "Statutory holiday pay"),
        LINTAS_ITEM("rest_day_pay", "Upah hari libur mingguan", "Rest day pay"),
        LINTAS_ITEM("food_allowance", "Uang makan", "Food allowance"),
        LINTAS_ITEM("travel_allowance", "Tiket pulang dan uang perjalanan", "Return passage and travel allowance"),
        LINTAS_ITEM("long_service_payment", "Uang penghargaan masa kerja (LSP)", "Long service payment (LSP)"),
        LINTAS_ITEM("severance_payment", "Uang pesangon (SP)", "Severance payment (SP)"),
        LINTAS_ITEM("agency_fee_refund", "Pengembalian biaya agen", "Agency fee refund"),
        LINTAS_ITEM("loan_refund", "Pengembalian pinjaman atau potongan utang", "Loan refund"),
        LINTAS_ITEM("compensation", "Kompensasi", "Compensation"),
        LINTAS_ITEM("damages", "Ganti rugi", "Damages"),
        LINTAS_ITEM("medical_expenses", "Biaya pengobatan", "Medical expenses"),
        LINTAS_ITEM("bpjs_benefit", "Manfaat BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan benefit"),
        LINTAS_ITEM("restitution", "Restitusi", "Restitution"),
        LINTAS_ITEM("other", "Lainnya", "Other"),
    });
    return list;
}

const CodeList &currencies()
{
    // group = ISO 4217 minor-unit exponent as used in practice. TWD is 0 because New Taiwan
    // dollar amounts are quoted and paid in whole dollars (ISO lists 2).
    static const CodeList list(QStringLiteral("currencies"), {
        LINTAS_GROUPED("HKD", "Dolar Hong Kong (HKD)", "Hong Kong dollar (HKD)", "2"),
        LINTAS_GROUPED("SGD", "Dolar Singapura (SGD)", "Singapore dollar (SGD)", "2"),
        LINTAS_GROUPED("TWD", "Dolar Taiwan Baru (TWD)", "New Taiwan dollar (TWD)", "0"),
        LINTAS_GROUPED("MYR", "Ringgit Malaysia (MYR)", "Malaysian ringgit (MYR)", "2"),
        LINTAS_GROUPED("IDR", "Rupiah (IDR)", "Indonesian rupiah (IDR)", "0"),
        LINTAS_GROUPED("SAR", "Riyal Saudi (SAR)", "Saudi riyal (SAR)", "2"),
        LINTAS_GROUPED("AED", "Dirham Uni Emirat Arab (AED)", "UAE dirham (AED)", "2"),
        LINTAS_GROUPED("USD", "Dolar Amerika Serikat (USD)", "US dollar (USD)", "2"),
    });
    return list;
}

const CodeList &partyKinds()
{
    static const CodeList list(QStringLiteral("party_kinds"), {
        LINTAS_ITEM("employer", "Pemberi kerja (majikan)", "Employer"),
        LINTAS_ITEM("agency_overseas", "Agen di negara penempatan", "Employment agency abroad"),
        LINTAS_ITEM("p3mi", "Perusahaan penempatan (P3MI)", "Indonesian placement company (P3MI)"),
        LINTAS_ITEM("training_centre_blk", "Balai latihan kerja / penampungan (BLK-LN)",
                    "Training centre / dormitory (BLK-LN)"),
        LINTAS_ITEM("moneylender", "Rentenir / pemberi pinjaman", "Moneylender"),
        LINTAS_ITEM("broker_sponsor", "Calo / sponsor / perekrut lapangan", "Broker or sponsor (field recruiter)"),
        LINTAS_ITEM("other", "Lainnya", "Other"),
    });
    return list;
}

const CodeList &organisationKinds()
{
    static const CodeList list(QStringLiteral("organisation_kinds"), {
        LINTAS_ITEM("consulate", "Perwakilan RI (KBRI/KJRI)", "Consulate or embassy"),
        LINTAS_ITEM("government", "Instansi pemerintah", "Government agency"),
        LINTAS_ITEM("labour_authority", "Instansi ketenagakerjaan", "Labour authority"),
        LINTAS_ITEM("legal_aid", "Bantuan hukum (LBH)", "Legal aid"),
        LINTAS_ITEM("shelter", "Rumah aman / shelter", "Shelter"),
        LINTAS_ITEM("union", "Serikat buruh", "Trade union"),
        LINTAS_ITEM("ngo", "Organisasi masyarakat sipil (LSM)", "NGO"),
        LINTAS_ITEM("police", "Kepolisian", "Police"),
        LINTAS_ITEM("court_tribunal", "Pengadilan / tribunal", "Court or tribunal"),
        LINTAS_ITEM("social_security", "Jaminan sosial", "Social security"),
        LINTAS_ITEM("health", "Layanan kesehatan", "Health service"),
        LINTAS_ITEM("other", "Lainnya", "Other"),
    });
    return list;
}

const CodeList &activityKinds()
{
    static const CodeList list(QStringLiteral("activity_kinds"), {
        LINTAS_ITEM("consultation", "Konsultasi", "Consultation"),
        LINTAS_ITEM("village_discussion", "Diskusi desa", "Village discussion"),
        LINTAS_ITEM("knowledge_sharing", "Berbagi pengetahuan", "Knowledge-sharing session"),
        LINTAS_ITEM("training", "Pelatihan", "Training"),
        LINTAS_ITEM("reintegration_session", "Sesi reintegrasi", "Reintegration session"),
    });
    return list;
}

const CodeList &referralStatuses()
{
    static const CodeList list(QStringLiteral("referral_statuses"), {
        LINTAS_ITEM("draft", "Draf", "Draft"),
        LINTAS_ITEM("sent", "Terkirim", "Sent"),
        LINTAS_ITEM("accepted", "Diterima", "Accepted"),
        LINTAS_ITEM("done", "Selesai", "Done"),
        LINTAS_ITEM("rejected", "Ditolak", "Rejected"),
    });
    return list;
}

const CodeList &phoneKinds()
{
    static const CodeList list(QStringLiteral("phone_kinds"), {
        LINTAS_ITEM("mobile", "Ponsel", "Mobile"),
        LINTAS_ITEM("whatsapp", "WhatsApp", "WhatsApp"),
        LINTAS_ITEM("landline", "Telepon kantor/rumah", "Landline"),
    });
    return list;
}

const CodeList &partyRoles()
{
    static const CodeList list(QStringLiteral("party_roles"), {
        LINTAS_ITEM("employer", "Pemberi kerja", "Employer"),
        LINTAS_ITEM("agency", "Agen / perusahaan penempatan", "Agency"),
        LINTAS_ITEM("lender", "Pemberi pinjaman", "Lender"),
        LINTAS_ITEM("trainer", "Penyelenggara pelatihan (BLK/LPK)", "Training provider"),
        LINTAS_ITEM("other", "Lainnya", "Other"),
    });
    return list;
}

// clang-format on

const QVector<const CodeList *> &allCodeLists()
{
    static const QVector<const CodeList *> lists = {
        &caseTypes(),
        &jurisdictions(),
        &forums(),
        &caseStatuses(),
        &caseOutcomes(),
        &riskLevels(),
        &clientStatuses(),
        &genders(),
        &ageBands(),
        &noteKinds(),
        &deadlineKinds(),
        &claimTypes(),
        &currencies(),
        &partyKinds(),
        &organisationKinds(),
        &activityKinds(),
        &referralStatuses(),
        &phoneKinds(),
        &partyRoles(),
    };
    return lists;
}

const CodeList *codeListByName(const QString &name)
{
    for (const CodeList *list : allCodeLists()) {
        if (list->name() == name)
            return list;
    }
    return nullptr;
}

QString usualCurrency(const QStringList &jurisdictions)
{
    static const QHash<QString, QString> byCountry {{QStringLiteral("hk"), QStringLiteral("HKD")},
        {QStringLiteral("sg"), QStringLiteral("SGD")}, {QStringLiteral("tw"), QStringLiteral("TWD")},
        {QStringLiteral("my"), QStringLiteral("MYR")}, {QStringLiteral("sa"), QStringLiteral("SAR")},
        {QStringLiteral("ae"), QStringLiteral("AED")}, {QStringLiteral("id"), QStringLiteral("IDR")}};
    for (const QString &j : jurisdictions) {
        if (byCountry.contains(j))
            return byCountry.value(j);
    }
    return QStringLiteral("IDR");
}

int currencyExponent(const QString &currency)
{
    const CodeItem *item = currencies().find(currency);
    if (!item)
        return -1;
    bool ok = false;
    const int exponent = item->group.toInt(&ok);
    return ok ? exponent : -1;
}

bool isAllowedTransition(const QString &from, const QString &to)
{
    const CodeList &statuses = caseStatuses();
    if (!statuses.contains(from) || !statuses.contains(to) || from == to)
        return false;
    const QString closed = QStringLiteral("closed");
    const QString active = QStringLiteral("active");
    if (to == closed)
        return true; // a case can end at any stage (client withdraws, lost contact, death)
    if (from == closed)
        return to == active; // reopening: new facts, a late payment that bounced
    if (from == QStringLiteral("intake"))
        return to == QStringLiteral("assessment");
    if (from == QStringLiteral("assessment"))
        return to == active;
    if (from == active)
        return to == QStringLiteral("referred") || to == QStringLiteral("handed_off");
    // referred / handed_off: the receiving organisation declined or sent the case back.
    return to == active;
}

QStringList allowedNextStatuses(const QString &from)
{
    QStringList out;
    for (const CodeItem &item : caseStatuses().items()) {
        if (isAllowedTransition(from, item.code))
            out.append(item.code);
    }
    return out;
}

} // namespace lintas::domain

#undef LINTAS_ITEM
#undef LINTAS_GROUPED
