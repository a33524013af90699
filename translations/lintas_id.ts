<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong passphrase. Check that Caps Lock is off and try again.</source>
        <translation>Kata sandi salah. Pastikan Caps Lock tidak menyala, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This profile is already open in another Lintas window or in lintas-cli on this computer. Close it there, then try again.</source>
        <translation>Profil ini sedang terbuka di jendela Lintas lain atau di lintas-cli pada komputer ini. Tutup dulu di sana, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The data file of this profile is damaged. It was moved aside, not deleted: %1. Contact your supervisor or support before you continue.</source>
        <translation>Berkas data profil ini rusak. Berkas itu dipindahkan, tidak dihapus: %1. Hubungi supervisor atau tim dukungan teknis sebelum melanjutkan.</translation>
    </message>
    <message>
        <source>The data file of this profile is missing. If files were moved or restored from a backup, put them back, or contact your supervisor or support.</source>
        <translation>Berkas data profil ini tidak ditemukan. Jika ada berkas yang dipindahkan atau dipulihkan dari cadangan, kembalikan ke tempatnya, atau hubungi supervisor atau tim dukungan teknis.</translation>
    </message>
    <message>
        <source>This profile was last opened with a newer version of Lintas. Install that version to open it.</source>
        <translation>Profil ini terakhir dibuka dengan Lintas versi yang lebih baru. Pasang versi itu untuk membukanya.</translation>
    </message>
    <message>
        <source>A profile with this name already exists on this computer. Choose another name.</source>
        <translation>Sudah ada profil dengan nama ini di komputer ini. Pilih nama lain.</translation>
    </message>
    <message>
        <source>This profile is no longer on this computer.</source>
        <translation>Profil ini sudah tidak ada di komputer ini.</translation>
    </message>
    <message>
        <source>Lintas could not read or write its files. Check that the disk is not full and that you may write to the folder, then try again.</source>
        <translation>Lintas tidak dapat membaca atau menulis berkasnya. Pastikan disk tidak penuh dan Anda punya izin menulis di folder tersebut, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The data is busy with another task. Wait a moment and try again.</source>
        <translation>Data sedang dipakai oleh proses lain. Tunggu sebentar, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). Try again; if it keeps happening, contact support.</source>
        <translation>Terjadi kesalahan yang tidak terduga (%1). Coba lagi; jika terus terjadi, hubungi tim dukungan teknis.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Masih berjalan</translation>
    </message>
    <message>
        <source>All case types</source>
        <translation>Semua jenis kasus</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>Semua pendamping</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Tenggat apa saja</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Tenggat dalam %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Semua tingkat risiko</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Saring menurut status</translation>
    </message>
    <message>
        <source>Filter by case type</source>
        <translation>Saring menurut jenis kasus</translation>
    </message>
    <message>
        <source>Filter by country or jurisdiction</source>
        <translation>Saring menurut negara atau yurisdiksi</translation>
    </message>
    <message>
        <source>Filter by caseworker</source>
        <translation>Saring menurut pendamping</translation>
    </message>
    <message>
        <source>Filter by next deadline</source>
        <translation>Saring menurut tenggat berikutnya</translation>
    </message>
    <message>
        <source>Filter by risk</source>
        <translation>Saring menurut tingkat risiko</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus saringan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case types</source>
        <translation>Jenis kasus</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Tenggat berikutnya</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseListPage</name>
    <message>
        <source>No cases yet.</source>
        <translation>Belum ada kasus.</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>Tidak ada kasus yang cocok dengan “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n best matches are shown. Type more words to narrow the search.</source>
        <translation>
            <numerusform>Hanya %n hasil teratas yang ditampilkan. Tambahkan kata untuk mempersempit pencarian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n kasus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching case(s)</source>
        <translation>
            <numerusform>%n kasus cocok</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by client name, case reference or words in the chronology…</source>
        <translation>Cari nama klien, nomor kasus, atau kata dalam kronologi…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Cari kasus</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Tidak ada kasus yang cocok dengan saringan ini.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CreateProfileDialog</name>
    <message>
        <source>Enter your name.</source>
        <translation>Isi nama Anda.</translation>
    </message>
    <message numerus="yes">
        <source>The name can be at most %n characters long.</source>
        <translation>
            <numerusform>Nama paling banyak %n karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>Kata sandi minimal %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the passphrase again.</source>
        <translation>Kedua kata sandi tidak sama. Ketik ulang kata sandinya.</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Buat profil</translation>
    </message>
    <message>
        <source>A profile keeps your cases on this laptop, encrypted with your passphrase. Each person who uses this laptop should have their own profile.</source>
        <translation>Profil menyimpan kasus-kasus Anda di laptop ini, terenkripsi dengan kata sandi Anda. Setiap orang yang memakai laptop ini sebaiknya punya profil sendiri.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A short sentence that only you know is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Minimal %n karakter. Kalimat pendek yang hanya Anda ketahui mudah diingat dan sulit ditebak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>Membuat profil…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lintas::ui::LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
</context>
<context>
    <name>lintas::ui::MainWindow</name>
    <message>
        <source>Lintas was not closed properly last time. Your data was checked and is in order.</source>
        <translation>Lintas tidak ditutup dengan benar terakhir kali. Data Anda sudah diperiksa dan dalam keadaan baik.</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Bilah alat</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Lock: hide everything and ask for the passphrase again (%1)</source>
        <translation>Kunci: sembunyikan semua data dan minta kata sandi lagi (%1)</translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Dikunci karena layar komputer dikunci.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Dikunci setelah %n menit tidak dipakai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile menu: auto-lock time and Lock</source>
        <translation>Menu profil: waktu kunci otomatis dan Kunci</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>Kunci otomatis setelah</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::ui::ProfileScreen</name>
    <message>
        <source>The profiles folder %1 could not be read. %2</source>
        <translation>Folder profil %1 tidak dapat dibaca. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) in the profiles folder could not be opened as a profile and are not listed: %1. Nothing was deleted; ask support to look at them.</source>
        <translation>
            <numerusform>%n folder di dalam folder profil tidak dapat dibuka sebagai profil dan tidak ditampilkan: %1. Tidak ada yang dihapus; minta tim dukungan teknis untuk memeriksanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Casework for migrant workers. Works without internet; your cases stay encrypted on this laptop.</source>
        <translation>Pendampingan kasus pekerja migran. Bisa dipakai tanpa internet; kasus Anda tersimpan terenkripsi di laptop ini.</translation>
    </message>
    <message>
        <source>Test mode (LINTAS_INSECURE_FAST_KDF=1): new passphrases are protected only weakly. Never use this mode for real client data.</source>
        <translation>Mode uji (LINTAS_INSECURE_FAST_KDF=1): kata sandi baru hanya dilindungi secara lemah. Jangan pernah memakai mode ini untuk data klien yang sebenarnya.</translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation>Pro&amp;fil</translation>
    </message>
    <message>
        <source>There is no profile on this laptop yet. Create one to start: it keeps your cases encrypted with a passphrase that only you know.</source>
        <translation>Belum ada profil di laptop ini. Buat profil untuk mulai: kasus Anda akan tersimpan terenkripsi dengan kata sandi yang hanya Anda ketahui.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Unlocking… this takes a few seconds.</source>
        <translation>Membuka kunci… perlu beberapa detik.</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Buat profil</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>B&amp;uka kunci</translation>
    </message>
    <message>
        <source>Profiles on this laptop</source>
        <translation>Profil di laptop ini</translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation>Dibuat pada %1</translation>
    </message>
</context>
<context>
    <name>lintas::ui::RecoveryCodePage</name>
    <message>
        <source>Write down your recovery code</source>
        <translation>Catat kode pemulihan Anda</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way to open this profile again. Write it on paper now, exactly as shown, and keep the paper somewhere safe, away from this laptop.</source>
        <translation>Jika suatu saat Anda lupa kata sandi, kode ini satu-satunya cara untuk membuka profil ini lagi. Tulis sekarang di kertas, persis seperti yang tertera, lalu simpan kertas itu di tempat aman, jauh dari laptop ini.</translation>
    </message>
    <message>
        <source>The code is shown only this once. Lintas does not keep a copy, and nobody else can recover your cases for you.</source>
        <translation>Kode ini hanya ditampilkan sekali ini. Lintas tidak menyimpan salinannya, dan tidak ada orang lain yang bisa memulihkan kasus Anda.</translation>
    </message>
    <message>
        <source>I have written down the recovery code</source>
        <translation>Saya sudah mencatat kode pemulihan</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Buka profil</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
</context>
</TS>
