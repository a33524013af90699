<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>ConflictWords</name>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Tuntutan</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Party in a case</source>
        <translation>Pihak dalam kasus</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Participant count</source>
        <translation>Jumlah peserta</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Nomor paspor</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Country now</source>
        <translation>Negara sekarang</translation>
    </message>
    <message>
        <source>City now</source>
        <translation>Kota sekarang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Keluarga terdekat</translation>
    </message>
    <message>
        <source>Next of kin&apos;s phone</source>
        <translation>Telepon keluarga terdekat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Safety concern</source>
        <translation>Masalah keselamatan</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Dibuka tanggal</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ditutup tanggal</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Kronologi</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Tuntutan</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Catatan hasil</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Jenis tuntutan</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Jumlah dituntut</translation>
    </message>
    <message>
        <source>Amount offered</source>
        <translation>Jumlah ditawarkan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Dibayar tanggal</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Diadakan tanggal</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
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
    <message>
        <source>%1 is needed.</source>
        <translation>%1 wajib diisi.</translation>
    </message>
    <message>
        <source>%1: choose one of the options offered.</source>
        <translation>%1: pilih salah satu pilihan yang tersedia.</translation>
    </message>
    <message>
        <source>%1 must be exactly 16 digits.</source>
        <translation>%1 harus tepat 16 angka.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>%1 tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>%1 cannot be before the date it starts from.</source>
        <translation>%1 tidak boleh sebelum tanggal mulainya.</translation>
    </message>
    <message>
        <source>%1 must be a positive amount.</source>
        <translation>%1 harus berupa jumlah positif.</translation>
    </message>
    <message>
        <source>%1 needs at least one digit.</source>
        <translation>%1 harus berisi paling sedikit satu angka.</translation>
    </message>
    <message>
        <source>%1 refers to something that was deleted. Choose again.</source>
        <translation>%1 merujuk ke data yang sudah dihapus. Pilih lagi.</translation>
    </message>
    <message>
        <source>The case cannot move to this status from where it is now. Choose one of the statuses offered.</source>
        <translation>Kasus tidak bisa pindah ke status ini dari status sekarang. Pilih salah satu status yang tersedia.</translation>
    </message>
    <message>
        <source>Record the client&apos;s consent before sending this.</source>
        <translation>Catat dulu persetujuan klien sebelum mengirim ini.</translation>
    </message>
    <message>
        <source>Check %1.</source>
        <translation>Periksa %1.</translation>
    </message>
    <message>
        <source>%1: write an amount in figures, such as %2.</source>
        <translation>%1: tulis jumlah dengan angka, misalnya %2.</translation>
    </message>
    <message>
        <source>This record already exists. Go back to the list and open it from there.</source>
        <translation>Data ini sudah ada. Kembali ke daftar dan buka dari sana.</translation>
    </message>
    <message>
        <source>This record is no longer there: it may have been deleted, here or on another device. Go back to the list and look again.</source>
        <translation>Data ini sudah tidak ada: mungkin sudah dihapus, di sini atau di perangkat lain. Kembali ke daftar dan cari lagi.</translation>
    </message>
    <message>
        <source>The server holds changes from that laptop which this laptop has not received yet. Sync now, then try again.</source>
        <translation>Server menyimpan perubahan dari laptop itu yang belum diterima laptop ini. Sinkronkan sekarang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This file is not a Lintas hand-off file. Choose the file the other organisation sent you.</source>
        <translation>Berkas ini bukan berkas serah terima Lintas. Pilih berkas yang dikirim organisasi lain kepada Anda.</translation>
    </message>
    <message>
        <source>This hand-off file was made for someone else, so it cannot be opened here. Ask the sender to make it again for your hand-off address.</source>
        <translation>Berkas serah terima ini dibuat untuk orang lain, jadi tidak bisa dibuka di sini. Minta pengirim membuatnya lagi untuk alamat serah terima Anda.</translation>
    </message>
    <message>
        <source>This hand-off file was made for someone else: it is locked to the hand-off address with fingerprint %1. Ask the sender to make it again for your hand-off address.</source>
        <translation>Berkas serah terima ini dibuat untuk orang lain: berkas ini terkunci untuk alamat serah terima dengan sidik jari %1. Minta pengirim membuatnya lagi untuk alamat serah terima Anda.</translation>
    </message>
    <message>
        <source>This hand-off file is damaged or was changed after it was made, so nothing of it was taken in. Ask the sender for a new one.</source>
        <translation>Berkas serah terima ini rusak atau diubah setelah dibuat, jadi tidak ada isinya yang diambil. Minta berkas baru kepada pengirim.</translation>
    </message>
    <message>
        <source>This hand-off file was made by a newer version of Lintas. Update Lintas on this laptop, then open it again.</source>
        <translation>Berkas serah terima ini dibuat oleh versi Lintas yang lebih baru. Perbarui Lintas di laptop ini, lalu buka lagi.</translation>
    </message>
    <message>
        <source>This reply answers a hand-off that was not sent from this profile. Check that you chose the right file.</source>
        <translation>Balasan ini menjawab serah terima yang tidak dikirim dari profil ini. Periksa apakah Anda memilih berkas yang benar.</translation>
    </message>
    <message>
        <source>This is the other kind of hand-off file. A case sent to you is opened on the Today page; an answer to a case you sent is read in the case&apos;s referrals.</source>
        <translation>Ini jenis berkas serah terima yang lain. Kasus yang dikirim kepada Anda dibuka di halaman Hari ini; jawaban atas kasus yang Anda kirim dibaca di rujukan kasus itu.</translation>
    </message>
    <message>
        <source>This hand-off address is not right. Compare it symbol by symbol with the recipient, or paste the QR text again.</source>
        <translation>Alamat serah terima ini tidak benar. Cocokkan huruf demi huruf dengan penerima, atau tempel lagi teks QR-nya.</translation>
    </message>
    <message>
        <source>Only an admin of your organisation can send a referral without the client&apos;s consent.</source>
        <translation>Hanya admin organisasi Anda yang dapat mengirim rujukan tanpa persetujuan klien.</translation>
    </message>
    <message>
        <source>This case moved to a space shared with another organisation that this laptop is not a member of. It cannot be changed here; ask a colleague in that space.</source>
        <translation>Kasus ini dipindahkan ke ruang bersama dengan organisasi lain yang tidak diikuti laptop ini. Kasus tidak bisa diubah di sini; minta rekan di ruang itu.</translation>
    </message>
    <message>
        <source>This laptop is not a member of that shared space. Join it first under Sync → Organisation.</source>
        <translation>Laptop ini bukan anggota ruang bersama itu. Bergabunglah dulu di Sinkron → Organisasi.</translation>
    </message>
    <message>
        <source>The case is already in that space.</source>
        <translation>Kasus sudah berada di ruang itu.</translation>
    </message>
    <message>
        <source>Give the shared space a name both organisations will recognise.</source>
        <translation>Beri ruang bersama nama yang dikenali kedua organisasi.</translation>
    </message>
    <message>
        <source>Only an admin of your organisation can open a shared space.</source>
        <translation>Hanya admin organisasi Anda yang dapat membuka ruang bersama.</translation>
    </message>
    <message>
        <source>The consent chosen is for another organisation. Record her consent for this one first.</source>
        <translation>Persetujuan yang dipilih untuk organisasi lain. Catat dulu persetujuannya untuk organisasi ini.</translation>
    </message>
    <message>
        <source>She withdrew the consent chosen. Record a new consent, or do not hand the case over.</source>
        <translation>Klien sudah menarik persetujuan yang dipilih. Catat persetujuan baru, atau jangan serahkan kasusnya.</translation>
    </message>
</context>
<context>
    <name>KeptDialogInput</name>
    <message>
        <source>What you typed here before Lintas locked or closed (%1) is back. It is not saved yet.</source>
        <translation>Yang Anda ketik di sini sebelum Lintas dikunci atau ditutup (%1) sudah kembali. Belum disimpan.</translation>
    </message>
</context>
<context>
    <name>KeptInputNotice</name>
    <message>
        <source>case %1</source>
        <translation>kasus %1</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>klien %1</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Pihak terkait</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Direktori</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>What you typed before Lintas locked is kept, not saved yet: %1. Open it again to save or discard it.</source>
        <translation>Yang Anda ketik sebelum Lintas dikunci masih tersimpan sementara, belum disimpan: %1. Buka lagi untuk menyimpan atau membuangnya.</translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Tidak sinkron</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Sinkron %1 dari %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)</source>
        <translation>
            <numerusform>Mengirim %n perubahan</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting</source>
        <translation>
            <numerusform>Luring · %n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>Sync needs attention</source>
        <translation>Sinkronisasi perlu perhatian</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n perubahan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Tersinkron pukul %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Belum pernah sinkron</translation>
    </message>
    <message>
        <source>This profile keeps its cases on this laptop only. Join your organisation to share them with your colleagues and keep a copy on the organisation&apos;s server.</source>
        <translation>Profil ini menyimpan kasusnya hanya di laptop ini. Bergabunglah dengan organisasi Anda untuk berbagi kasus dengan rekan dan menyimpan salinannya di server organisasi.</translation>
    </message>
    <message>
        <source>Exchanging changes with the organisation&apos;s server: %1 sent, %2 of %3 received.</source>
        <translation>Bertukar perubahan dengan server organisasi: %1 terkirim, %2 dari %3 diterima.</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the organisation&apos;s server. Your work is kept on this laptop; %n change(s) will be sent when the connection is back.</source>
        <translation>
            <numerusform>Tidak ada koneksi ke server organisasi. Pekerjaan Anda tersimpan di laptop ini; %n perubahan akan dikirim saat koneksi kembali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date with the organisation&apos;s server. Last synced: %1.</source>
        <translation>Sudah sama dengan server organisasi. Sinkron terakhir: %1.</translation>
    </message>
    <message>
        <source>This profile has not joined an organisation yet.</source>
        <translation>Profil ini belum bergabung dengan organisasi.</translation>
    </message>
    <message>
        <source>The server could not be reached, or the connection dropped. Lintas tries again by itself.</source>
        <translation>Server tidak dapat dihubungi, atau koneksi terputus. Lintas mencoba lagi dengan sendirinya.</translation>
    </message>
    <message>
        <source>The server no longer accepts this laptop. Ask your organisation&apos;s admin whether it was removed; your work stays on this laptop.</source>
        <translation>Server tidak lagi menerima laptop ini. Tanyakan kepada admin organisasi apakah laptop ini dikeluarkan; pekerjaan Anda tetap ada di laptop ini.</translation>
    </message>
    <message>
        <source>This laptop is not a member of the organisation&apos;s space on the server. Ask your admin.</source>
        <translation>Laptop ini bukan anggota ruang organisasi di server. Tanyakan kepada admin Anda.</translation>
    </message>
    <message>
        <source>The server is busy or has a problem of its own. Lintas tries again later by itself.</source>
        <translation>Server sedang sibuk atau sedang bermasalah. Lintas mencoba lagi nanti dengan sendirinya.</translation>
    </message>
    <message>
        <source>The server sent something that does not check out, so nothing of it was kept. Lintas tries again later; if this stays, tell your admin.</source>
        <translation>Server mengirim data yang tidak lolos pemeriksaan, jadi tidak ada yang disimpan. Lintas mencoba lagi nanti; jika terus terjadi, beri tahu admin Anda.</translation>
    </message>
    <message>
        <source>Another laptop deleted many records at once. Those deletions wait for your decision below; everything else is up to date.</source>
        <translation>Laptop lain menghapus banyak data sekaligus. Penghapusan itu menunggu keputusan Anda di bawah; selebihnya sudah sinkron.</translation>
    </message>
    <message>
        <source>Received changes could not be saved on this laptop (is the disk full?). Nothing was lost; Lintas tries again later.</source>
        <translation>Perubahan yang diterima tidak dapat disimpan di laptop ini (apakah disk penuh?). Tidak ada yang hilang; Lintas mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>Signature does not match the sending laptop</source>
        <translation>Tanda tangan tidak cocok dengan laptop pengirim</translation>
    </message>
    <message>
        <source>Cannot be decrypted: damaged or altered</source>
        <translation>Tidak dapat didekripsi: rusak atau diubah</translation>
    </message>
    <message>
        <source>Sealed with a key this laptop does not have</source>
        <translation>Dikunci dengan kunci yang tidak dimiliki laptop ini</translation>
    </message>
    <message>
        <source>From a laptop that is not a member</source>
        <translation>Dari laptop yang bukan anggota</translation>
    </message>
    <message>
        <source>Dated more than a day in the future (wrong clock on the sending laptop)</source>
        <translation>Bertanggal lebih dari sehari ke depan (jam laptop pengirim salah)</translation>
    </message>
    <message>
        <source>Refers to a record that has not arrived yet</source>
        <translation>Merujuk ke data yang belum tiba</translation>
    </message>
    <message>
        <source>Made by a newer version of Lintas: applied by itself once Lintas on this laptop is updated</source>
        <translation>Dibuat oleh versi Lintas yang lebih baru: diterapkan dengan sendirinya setelah Lintas di laptop ini diperbarui</translation>
    </message>
    <message>
        <source>Cannot be read by any version of Lintas: damaged or made by a faulty program</source>
        <translation>Tidak bisa dibaca oleh versi Lintas mana pun: rusak atau dibuat oleh program yang bermasalah</translation>
    </message>
    <message>
        <source>Damaged record</source>
        <translation>Data rusak</translation>
    </message>
    <message>
        <source>Other reason (%1)</source>
        <translation>Alasan lain (%1)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 behind the server&apos;s.</source>
        <translation>Jam laptop ini %1 lebih lambat dari jam server.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 ahead of the server&apos;s.</source>
        <translation>Jam laptop ini %1 lebih cepat dari jam server.</translation>
    </message>
    <message>
        <source>Lintas corrects the times it records, but please set the right date, time and time zone in the laptop&apos;s settings.</source>
        <translation>Lintas membetulkan waktu yang dicatatnya, tetapi mohon atur tanggal, jam, dan zona waktu yang benar di pengaturan laptop.</translation>
    </message>
    <message>
        <source>Made by a laptop after an admin removed it from the organisation: refused</source>
        <translation>Dibuat oleh laptop setelah admin mengeluarkannya dari organisasi: ditolak</translation>
    </message>
    <message>
        <source>%1 (your organisation)</source>
        <translation>%1 (organisasi Anda)</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (bersama)</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ActivitiesPage</name>
    <message>
        <source>This activity could not be opened. It may have been deleted on another device.</source>
        <translation>Kegiatan ini tidak dapat dibuka. Mungkin sudah dihapus di perangkat lain.</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>Tidak ada kegiatan yang cocok dengan saringan ini.</translation>
    </message>
    <message>
        <source>No activities yet. Record the first one with “+ New activity” (Ctrl+N).</source>
        <translation>Belum ada kegiatan. Catat yang pertama dengan “+ Kegiatan baru” (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln women</source>
        <translation>
            <numerusform>%Ln perempuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln men</source>
        <translation>
            <numerusform>%Ln laki-laki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other or not stated</source>
        <translation>
            <numerusform>%Ln lainnya atau tidak disebutkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation>
            <numerusform>%Ln kegiatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln peserta</numerusform>
        </translation>
    </message>
    <message>
        <source>+ &amp;New activity</source>
        <translation>+ Kegiatan &amp;baru</translation>
    </message>
    <message>
        <source>Record a consultation, discussion, training… (Ctrl+N)</source>
        <translation>Catat konsultasi, diskusi, pelatihan… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ActivityEditor</name>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>This activity was changed but not saved.</source>
        <translation>Kegiatan ini sudah diubah tetapi belum disimpan.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Hapus kegiatan</translation>
    </message>
    <message>
        <source>Delete “%1” of %2 with its participant counts? It is removed from the list and from the totals, on every device.</source>
        <translation>Hapus “%1” tanggal %2 beserta jumlah pesertanya? Kegiatan ini hilang dari daftar dan dari rekapitulasi, di semua perangkat.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Kegiatan baru</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis kegiatan</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>J&amp;udul</translation>
    </message>
    <message>
        <source>Held &amp;on</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>Training sta&amp;ge</source>
        <translation>Tah&amp;ap pelatihan</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Fasilitator</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>&amp;Provinsi</translation>
    </message>
    <message>
        <source>&amp;Regency or city</source>
        <translation>Ka&amp;bupaten / kota</translation>
    </message>
    <message>
        <source>Distri&amp;ct</source>
        <translation>Keca&amp;matan</translation>
    </message>
    <message>
        <source>Vill&amp;age</source>
        <translation>&amp;Desa / kelurahan</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>T&amp;empat</translation>
    </message>
    <message>
        <source>Partic&amp;ipants</source>
        <translation>Pese&amp;rta</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>T&amp;opik</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>e.g. Safe migration discussion, Desa Sukamaju</source>
        <translation>mis. Diskusi migrasi aman, Desa Sukamaju</translation>
    </message>
    <message>
        <source>e.g. Stage 2 of 3</source>
        <translation>mis. Tahap 2 dari 3</translation>
    </message>
    <message>
        <source>For trainings given in stages</source>
        <translation>Untuk pelatihan yang diberikan bertahap</translation>
    </message>
    <message>
        <source>e.g. village hall, prayer room, community post</source>
        <translation>mis. balai desa, musala, posko komunitas</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Apa yang dibahas</translation>
    </message>
    <message>
        <source>Count each person once, in the row of their gender and the column of their age. Reports to funders split every count by gender.</source>
        <translation>Hitung setiap orang satu kali, di baris jenis kelaminnya dan di kolom umurnya. Laporan untuk donor memisahkan setiap jumlah menurut jenis kelamin.</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Kembali</translation>
    </message>
    <message>
        <source>Back to the list of activities (Esc or Alt+Left)</source>
        <translation>Kembali ke daftar kegiatan (Esc atau Alt+Kiri)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save the activity and its participants (Ctrl+S)</source>
        <translation>Simpan kegiatan dan pesertanya (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ActivityFilterBar</name>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Triwulan ini</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <source>Dates chosen</source>
        <translation>Tanggal pilihan</translation>
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
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Hapus saringan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ActivityListModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
</context>
<context>
    <name>lintas::ui::AgendaModel</name>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>lewat %n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n hari lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule source: %1</source>
        <translation>Sumber aturan: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
</context>
<context>
    <name>lintas::ui::BundleFilesBox</name>
    <message>
        <source>This file is not a Lintas changes file. Choose the file your colleague sent.</source>
        <translation>Berkas ini bukan berkas perubahan Lintas. Pilih berkas yang dikirim rekan Anda.</translation>
    </message>
    <message>
        <source>This file was damaged or changed on the way, so nothing of it was read in. Ask your colleague to send it again.</source>
        <translation>Berkas ini rusak atau diubah dalam perjalanan, jadi tidak ada isinya yang dibaca. Minta rekan Anda mengirimnya lagi.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of Lintas. Update Lintas on this laptop, then read it in.</source>
        <translation>Berkas ini dibuat oleh versi Lintas yang lebih baru. Perbarui Lintas di laptop ini, lalu baca lagi.</translation>
    </message>
    <message>
        <source>This file comes from another organisation. Nothing of it was read in.</source>
        <translation>Berkas ini berasal dari organisasi lain. Tidak ada isinya yang dibaca.</translation>
    </message>
    <message>
        <source>This file comes from a laptop this one does not know yet, or one that was removed. Sync once when there is a connection, then read it in again.</source>
        <translation>Berkas ini berasal dari laptop yang belum dikenal laptop ini, atau yang sudah dikeluarkan. Sinkronkan sekali saat ada koneksi, lalu baca lagi.</translation>
    </message>
    <message>
        <source>This profile has not joined an organisation yet.</source>
        <translation>Profil ini belum bergabung dengan organisasi.</translation>
    </message>
    <message>
        <source>Save my changes to a file</source>
        <translation>Simpan perubahan saya ke berkas</translation>
    </message>
    <message>
        <source>Lintas changes.lintasbundle</source>
        <translation>Perubahan Lintas.lintasbundle</translation>
    </message>
    <message>
        <source>Lintas changes (*.lintasbundle);;All files (*)</source>
        <translation>Perubahan Lintas (*.lintasbundle);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Saving your changes to the file…</source>
        <translation>Menyimpan perubahan Anda ke berkas…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved in the file. Send it to a colleague or the office; they go to the server by themselves once this laptop has a connection.</source>
        <translation>
            <numerusform>%n perubahan tersimpan di berkas. Kirim ke rekan atau kantor; perubahan ini tetap terkirim ke server dengan sendirinya begitu laptop ini tersambung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read in changes from a file</source>
        <translation>Baca perubahan dari berkas</translation>
    </message>
    <message>
        <source>Reading in the changes…</source>
        <translation>Membaca perubahan…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) added from the file.</source>
        <translation>
            <numerusform>%n perubahan ditambahkan dari berkas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were here already.</source>
        <translation>
            <numerusform>%n sudah ada di sini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside: see the list below.</source>
        <translation>
            <numerusform>%n disisihkan: lihat daftar di bawah.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signal? Save the changes waiting on this laptop to a file and send it (USB stick, WhatsApp) to a colleague or the office. The file is locked: only laptops of your organisation can read it.</source>
        <translation>Tidak ada sinyal? Simpan perubahan yang menunggu di laptop ini ke sebuah berkas dan kirim (flashdisk, WhatsApp) ke rekan atau kantor. Berkas ini terkunci: hanya laptop organisasi Anda yang dapat membacanya.</translation>
    </message>
    <message>
        <source>Save my changes to a &amp;file…</source>
        <translation>Simpan perubahan saya ke &amp;berkas…</translation>
    </message>
    <message>
        <source>&amp;Read in a colleague&apos;s file…</source>
        <translation>Baca berkas dari &amp;rekan…</translation>
    </message>
    <message>
        <source>This laptop is no longer in that space. Sync once when there is a connection.</source>
        <translation>Laptop ini tidak lagi menjadi anggota ruang itu. Sinkronkan sekali saat ada sambungan.</translation>
    </message>
    <message>
        <source>Changes &amp;of:</source>
        <translation>Perubahan dari r&amp;uang:</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseDetailsForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>&amp;Dibuka pada</translation>
    </message>
    <message>
        <source>Closed o&amp;n</source>
        <translation>&amp;Tanggal ditutup</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risiko</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Keselamatan</translation>
    </message>
    <message>
        <source>&amp;Caseworkers</source>
        <translation>Pendam&amp;ping</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>&amp;Forums</source>
        <translation>&amp;Forum</translation>
    </message>
    <message>
        <source>Chronology (&amp;kronologi)</source>
        <translation>&amp;Kronologi</translation>
    </message>
    <message>
        <source>&amp;Demands (tuntutan)</source>
        <translation>Tu&amp;ntutan</translation>
    </message>
    <message>
        <source>Strate&amp;gy</source>
        <translation>Strate&amp;gi</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Catatan hasil</translation>
    </message>
    <message>
        <source>Immediate safety concern</source>
        <translation>Ada ancaman keselamatan segera</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nama, dipisah dengan koma</translation>
    </message>
    <message>
        <source>Words, separated by commas</source>
        <translation>Kata, dipisah dengan koma</translation>
    </message>
    <message>
        <source>Only the forums of the ticked countries are listed.</source>
        <translation>Hanya forum di negara yang dicentang yang ditampilkan.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Simpan perubahan</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Simpan perubahan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo c&amp;hanges</source>
        <translation>&amp;Batalkan perubahan</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Outco&amp;me</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <source>Case t&amp;ypes</source>
        <translation>Jenis k&amp;asus</translation>
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
    <message>
        <source>(no name yet)</source>
        <translation>(belum ada nama)</translation>
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation>%1 — disimpan %2</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Draf (%1)</translation>
    </message>
    <message>
        <source>+ New case</source>
        <translation>+ Kasus baru</translation>
    </message>
    <message>
        <source>Take in a new case, step by step (Ctrl+N)</source>
        <translation>Terima kasus baru, langkah demi langkah (Ctrl+N)</translation>
    </message>
    <message>
        <source>Intakes saved half-way: choose one to carry on</source>
        <translation>Penerimaan kasus yang tersimpan setengah jalan: pilih untuk melanjutkan</translation>
    </message>
    <message>
        <source>Type at least two letters or digits to search.</source>
        <translation>Ketik paling sedikit dua huruf atau angka untuk mencari.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CasePartiesPanel</name>
    <message>
        <source>Unlink party</source>
        <translation>Lepaskan pihak</translation>
    </message>
    <message>
        <source>Remove “%1” from this case? The party stays in the register.</source>
        <translation>Lepaskan “%1” dari kasus ini? Pihak ini tetap ada di daftar pihak terkait.</translation>
    </message>
    <message>
        <source>No employer, agency or other party is linked to this case yet.</source>
        <translation>Belum ada majikan, agen, atau pihak lain yang dikaitkan dengan kasus ini.</translation>
    </message>
    <message>
        <source>Employers, agencies and others in this case. Enter opens the party and every case it is in.</source>
        <translation>Majikan, agen, dan pihak lain dalam kasus ini. Enter membuka pihak tersebut beserta semua kasusnya.</translation>
    </message>
    <message>
        <source>&amp;Link a party…</source>
        <translation>&amp;Kaitkan pihak…</translation>
    </message>
    <message>
        <source>Choose an employer, agency or other party from the register</source>
        <translation>Pilih majikan, agen, atau pihak lain dari daftar pihak terkait</translation>
    </message>
    <message>
        <source>Ne&amp;w party…</source>
        <translation>Pihak ba&amp;ru…</translation>
    </message>
    <message>
        <source>Add a party that is not in the register yet and link it</source>
        <translation>Tambahkan pihak yang belum ada di daftar lalu kaitkan dengan kasus ini</translation>
    </message>
    <message>
        <source>&amp;Change role…</source>
        <translation>Ubah p&amp;eran…</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;Lepaskan…</translation>
    </message>
    <message>
        <source>&amp;Open party</source>
        <translation>&amp;Buka pihak</translation>
    </message>
    <message>
        <source>Parties in this case</source>
        <translation>Pihak terkait dalam kasus ini</translation>
    </message>
    <message>
        <source>A new party you were adding when Lintas locked is kept. Choose “New party…” to carry on.</source>
        <translation>Pihak baru yang sedang Anda tambahkan saat Lintas dikunci masih tersimpan sementara. Pilih “Pihak baru…” untuk melanjutkan.</translation>
    </message>
    <message>
        <source>A party you were linking when Lintas locked is kept. Choose “Link a party…” to carry on.</source>
        <translation>Pihak yang sedang Anda kaitkan saat Lintas dikunci masih tersimpan sementara. Pilih “Kaitkan pihak…” untuk melanjutkan.</translation>
    </message>
    <message>
        <source>The role of %1 you were changing when Lintas locked is kept. Select it and choose “Change role…” to carry on.</source>
        <translation>Peran %1 yang sedang Anda ubah saat Lintas dikunci masih tersimpan sementara. Pilih pihak itu, lalu pilih “Ubah peran…” untuk melanjutkan.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseReferralsPanel</name>
    <message>
        <source>New referral</source>
        <translation>Rujukan baru</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Rujukan ke %1</translation>
    </message>
    <message>
        <source>No consent chosen</source>
        <translation>Belum ada persetujuan dipilih</translation>
    </message>
    <message>
        <source>%1 — given %2</source>
        <translation>%1 — diberikan %2</translation>
    </message>
    <message>
        <source>[withdrawn %1]</source>
        <translation>[ditarik %1]</translation>
    </message>
    <message>
        <source>She has not given consent to share her case with anyone. A referral can be kept as a draft, but it cannot be sent until her consent is recorded.</source>
        <translation>Ia belum memberi persetujuan untuk membagikan kasusnya kepada siapa pun. Rujukan bisa disimpan sebagai draf, tetapi tidak bisa dikirim sebelum persetujuannya dicatat.</translation>
    </message>
    <message>
        <source>To or&amp;ganisation</source>
        <translation>Ke &amp;lembaga</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Her &amp;consent</source>
        <translation>Persetujuan&amp;nya</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Sent o&amp;n</source>
        <translation>Tanggal ki&amp;rim</translation>
    </message>
    <message>
        <source>Respon&amp;ded on</source>
        <translation>Tanggal &amp;jawab</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Tanggapan</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>e.g. legal advice on her unpaid wages claim</source>
        <translation>mis. nasihat hukum untuk tuntutan gajinya yang belum dibayar</translation>
    </message>
    <message>
        <source>What the organisation answered or did</source>
        <translation>Apa jawaban atau tindakan lembaga itu</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Diketahui</translation>
    </message>
    <message>
        <source>Record &amp;her consent…</source>
        <translation>Catat &amp;persetujuannya…</translation>
    </message>
    <message>
        <source>Record what she agreed may be shared, with whom and what for</source>
        <translation>Catat apa yang ia setujui untuk dibagikan, kepada siapa dan untuk apa</translation>
    </message>
    <message>
        <source>Ne&amp;w referral</source>
        <translation>Rujukan &amp;baru</translation>
    </message>
    <message>
        <source>Start a new referral (Ctrl+N)</source>
        <translation>Mulai rujukan baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save referral</source>
        <translation>&amp;Simpan rujukan</translation>
    </message>
    <message>
        <source>Save this referral (Ctrl+S)</source>
        <translation>Simpan rujukan ini (Ctrl+S)</translation>
    </message>
    <message>
        <source>Referral not saved</source>
        <translation>Rujukan belum disimpan</translation>
    </message>
    <message>
        <source>What you typed in the referral form is not saved yet. Throw it away?</source>
        <translation>Yang Anda ketik di formulir rujukan belum disimpan. Buang saja?</translation>
    </message>
    <message>
        <source>Her consent you were recording when Lintas locked is kept. Choose “Record her consent…” to carry on.</source>
        <translation>Persetujuan yang sedang Anda catat saat Lintas dikunci masih tersimpan sementara. Pilih “Catat persetujuannya…” untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Read the reply to a hand-off</source>
        <translation>Baca balasan serah terima</translation>
    </message>
    <message>
        <source>%1 accepted the case.</source>
        <translation>%1 menerima kasus ini.</translation>
    </message>
    <message>
        <source>%1 declined the case: %2</source>
        <translation>%1 menolak kasus ini: %2</translation>
    </message>
    <message>
        <source>(This answer was read in before.)</source>
        <translation>(Jawaban ini sudah pernah dibaca.)</translation>
    </message>
    <message>
        <source>Send without her consent</source>
        <translation>Kirim tanpa persetujuannya</translation>
    </message>
    <message>
        <source>Why must this referral go without the client&apos;s recorded consent? Your name and this reason are kept with the referral and printed on the hand-over record.</source>
        <translation>Mengapa rujukan ini harus dikirim tanpa persetujuan klien yang tercatat? Nama Anda dan alasan ini disimpan bersama rujukan dan dicetak di berita acara serah terima.</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>seorang admin</translation>
    </message>
    <message>
        <source>Sent without her recorded consent, by %1: %2</source>
        <translation>Dikirim tanpa persetujuannya yang tercatat, oleh %1: %2</translation>
    </message>
    <message>
        <source>Send without her consent…</source>
        <translation>Kirim tanpa persetujuannya…</translation>
    </message>
    <message>
        <source>Admins only: send this referral without a recorded consent, and write why</source>
        <translation>Khusus admin: kirim rujukan ini tanpa persetujuan yang tercatat, dan tulis alasannya</translation>
    </message>
    <message>
        <source>Hand off &amp;as a file…</source>
        <translation>Serahkan sebagai ber&amp;kas…</translation>
    </message>
    <message>
        <source>Send the case to the organisation of this referral as a locked file</source>
        <translation>Kirim kasus ke organisasi rujukan ini sebagai berkas terkunci</translation>
    </message>
    <message>
        <source>Read the &amp;reply file…</source>
        <translation>Ba&amp;ca berkas balasan…</translation>
    </message>
    <message>
        <source>Take in the recipient&apos;s answer to a hand-off file</source>
        <translation>Ambil jawaban penerima atas berkas serah terima</translation>
    </message>
    <message>
        <source>The case is handed over. It reaches %1 at the next sync; their answer shows in this referral.</source>
        <translation>Kasus sudah diserahkan. Kasus sampai ke %1 pada sinkron berikutnya; jawaban mereka tampil di rujukan ini.</translation>
    </message>
    <message>
        <source>Hand over in a shared space…</source>
        <translation>Serahkan lewat ruang bersama…</translation>
    </message>
    <message>
        <source>Move the case into a space shared with the organisation of this referral</source>
        <translation>Pindahkan kasus ke ruang bersama dengan organisasi tujuan rujukan ini</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseSummary</name>
    <message>
        <source>Case summary</source>
        <translation>Ringkasan kasus</translation>
    </message>
    <message>
        <source>Immediate safety concern: check on her safety before anything else.</source>
        <translation>Ada ancaman keselamatan segera: pastikan keselamatannya sebelum hal lain.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>The client&apos;s record could not be found on this laptop.</source>
        <translation>Data klien tidak ditemukan di laptop ini.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Paspor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Sekarang berada di</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bahasa yang dipilih</translation>
    </message>
    <message>
        <source>ID and phone numbers are masked: only their last four characters are shown.</source>
        <translation>Nomor identitas dan nomor telepon disamarkan: hanya empat karakter terakhir yang ditampilkan.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Keselamatan</translation>
    </message>
    <message>
        <source>Immediate safety concern</source>
        <translation>Ada ancaman keselamatan segera</translation>
    </message>
    <message>
        <source>No immediate concern recorded</source>
        <translation>Tidak tercatat ancaman segera</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Dibuka pada</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ditutup pada</translation>
    </message>
    <message>
        <source>Case types</source>
        <translation>Jenis kasus</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Caseworkers</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Kronologi</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Tuntutan</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Catatan hasil</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Belum ada catatan.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>No claims recorded.</source>
        <translation>Belum ada klaim yang dicatat.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Dituntut</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Jumlah dalam %1</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Diisi manual</translation>
    </message>
    <message>
        <source>%1 (counted from %2)</source>
        <translation>%1 (dihitung dari %2)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>No deadlines recorded.</source>
        <translation>Belum ada tenggat yang dicatat.</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Selesai %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Where the date comes from</source>
        <translation>Asal tanggal</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Kronologi kejadian</translation>
    </message>
    <message>
        <source>Corrects the entry of %1:</source>
        <translation>Koreksi atas catatan %1:</translation>
    </message>
    <message>
        <source>Corrects an earlier entry:</source>
        <translation>Koreksi atas catatan sebelumnya:</translation>
    </message>
    <message>
        <source>[Corrected below]</source>
        <translation>[Dikoreksi di bawah]</translation>
    </message>
    <message>
        <source>No timeline entries to show.</source>
        <translation>Tidak ada catatan kronologi kejadian yang dapat ditampilkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n confidential timeline entries are not included in this summary.</source>
        <translation>
            <numerusform>%n catatan rahasia tidak dimuat dalam ringkasan ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Pihak terkait</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>Peran dalam kasus ini</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Dikirim pada</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>No consent recorded. Ask the client before sharing anything about her case.</source>
        <translation>Belum ada persetujuan yang dicatat. Mintalah persetujuan klien sebelum membagikan apa pun tentang kasusnya.</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Dicabut %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Dibagikan kepada</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Yang boleh dibagikan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Cara pemberian</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Diberikan pada</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation>Ringkasan kasus %1</translation>
    </message>
    <message>
        <source>Case summary %1.pdf</source>
        <translation>Ringkasan kasus %1.pdf</translation>
    </message>
    <message>
        <source>Save case summary</source>
        <translation>Simpan ringkasan kasus</translation>
    </message>
    <message>
        <source>Case summary not saved</source>
        <translation>Ringkasan kasus tidak tersimpan</translation>
    </message>
    <message>
        <source>Case summary not printed</source>
        <translation>Ringkasan kasus tidak tercetak</translation>
    </message>
    <message>
        <source>Print case summary</source>
        <translation>Cetak ringkasan kasus</translation>
    </message>
    <message>
        <source>The case summary could not be printed. Check the printer and try again, or save it as PDF and print it from another computer.</source>
        <translation>Ringkasan kasus tidak dapat dicetak. Periksa printer lalu coba lagi, atau simpan sebagai PDF dan cetak dari komputer lain.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseSummaryDialog</name>
    <message>
        <source>Save case summary</source>
        <translation>Simpan ringkasan kasus</translation>
    </message>
    <message>
        <source>Print case summary</source>
        <translation>Cetak ringkasan kasus</translation>
    </message>
    <message>
        <source>The case summary could not be printed. Check the printer and try again, or save it as PDF and print it from another computer.</source>
        <translation>Ringkasan kasus tidak dapat dicetak. Periksa printer lalu coba lagi, atau simpan sebagai PDF dan cetak dari komputer lain.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Ringkasan kasus</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
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
        <source>Saved as %1. It contains personal data: delete the file once it is printed or sent, and do not leave it on a shared computer.</source>
        <translation>Tersimpan sebagai %1. Berkas ini berisi data pribadi: hapus berkasnya setelah dicetak atau dikirim, dan jangan biarkan tersimpan di komputer yang dipakai bersama.</translation>
    </message>
    <message>
        <source>The summary lists the client, the case details, claims, deadlines, timeline, parties and consents, in the language Lintas is shown in now. Timeline entries marked confidential are left out, and ID and phone numbers show only their last four characters: show them in full only if the reader needs them.</source>
        <translation>Ringkasan ini memuat data klien, rincian kasus, klaim, tenggat, kronologi kejadian, pihak terkait, dan persetujuan, dalam bahasa yang sedang digunakan Lintas. Catatan yang ditandai rahasia tidak dimuat, dan nomor identitas serta nomor telepon hanya menampilkan empat karakter terakhir: tampilkan secara lengkap hanya jika pembaca memerlukannya.</translation>
    </message>
    <message>
        <source>Show &amp;full ID and phone numbers</source>
        <translation>Tampilkan nomor identitas dan telepon secara &amp;lengkap</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseWorkspace</name>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>The details of this case were changed but not saved.</source>
        <translation>Rincian kasus ini sudah diubah tetapi belum disimpan.</translation>
    </message>
    <message>
        <source>Text not added</source>
        <translation>Teks belum ditambahkan</translation>
    </message>
    <message>
        <source>You typed something on this tab that is not added to the case yet. Leave it and lose the text?</source>
        <translation>Ada teks di tab ini yang belum ditambahkan ke kasus. Tinggalkan dan buang teks itu?</translation>
    </message>
    <message>
        <source>(unknown client)</source>
        <translation>(klien tidak dikenal)</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Dibuka %1</translation>
    </message>
    <message>
        <source>Immediate safety concern: check on her safety first.</source>
        <translation>Ada ancaman keselamatan segera: pastikan dulu keselamatannya.</translation>
    </message>
    <message>
        <source>← Cases</source>
        <translation>← Kasus</translation>
    </message>
    <message>
        <source>Back to the case list (Alt+Left)</source>
        <translation>Kembali ke daftar kasus (Alt+Kiri)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Kronologi kejadian</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Tuntutan uang</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Cetak r&amp;ingkasan…</translation>
    </message>
    <message>
        <source>Print the case summary or save it as PDF (Ctrl+P)</source>
        <translation>Cetak ringkasan kasus atau simpan sebagai PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Berita acara serah terima: when the case passes to another caseworker or organisation</source>
        <translation>Berita acara serah terima: saat kasus diserahkan ke pendamping atau lembaga lain</translation>
    </message>
    <message>
        <source>Hand-o&amp;ver record…</source>
        <translation>Berita acara serah teri&amp;ma…</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Pihak terkait</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Shared with another organisation in “%1”: what you write here goes to that space, and everyone admitted to it sees it.</source>
        <translation>Dibagikan dengan organisasi lain di “%1”: apa yang Anda tulis di sini masuk ke ruang itu, dan semua anggotanya melihatnya.</translation>
    </message>
    <message>
        <source>This case moved to “%1”, a space shared with another organisation that this laptop is not a member of. You see it as it was when it left; changes to it are refused.</source>
        <translation>Kasus ini pindah ke “%1”, ruang bersama dengan organisasi lain yang tidak diikuti laptop ini. Anda melihatnya seperti saat dipindahkan; perubahan ditolak.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClaimModel</name>
    <message>
        <source>claimed %1</source>
        <translation>dituntut %1</translation>
    </message>
    <message>
        <source>offered %1</source>
        <translation>ditawarkan %1</translation>
    </message>
    <message>
        <source>awarded %1</source>
        <translation>diputuskan %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>dibayar %1</translation>
    </message>
    <message>
        <source>still owed %1</source>
        <translation>sisa terutang %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Tuntutan</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Dituntut</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClaimsTab</name>
    <message>
        <source>%1: write an amount in %2 such as %3.</source>
        <translation>%1: tulis jumlah dalam %2, misalnya %3.</translation>
    </message>
    <message>
        <source>%1: write an amount in %2 such as %3, without decimals.</source>
        <translation>%1: tulis jumlah dalam %2 tanpa desimal, misalnya %3.</translation>
    </message>
    <message>
        <source>Save the claim first, then record what was paid against it.</source>
        <translation>Simpan dulu tuntutannya, lalu catat pembayaran untuk tuntutan itu.</translation>
    </message>
    <message>
        <source>Remove claim</source>
        <translation>Hapus tuntutan</translation>
    </message>
    <message>
        <source>Remove the claim &quot;%1&quot; and its payments from this case?</source>
        <translation>Hapus tuntutan &quot;%1&quot; beserta pembayarannya dari kasus ini?</translation>
    </message>
    <message>
        <source>No claims yet.</source>
        <translation>Belum ada tuntutan.</translation>
    </message>
    <message>
        <source>Selected claim</source>
        <translation>Tuntutan yang dipilih</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Tuntutan baru</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Jenis tuntutan</translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation>&amp;Forum</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Mata &amp;uang</translation>
    </message>
    <message>
        <source>Claime&amp;d</source>
        <translation>&amp;Dituntut</translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation>Dita&amp;warkan</translation>
    </message>
    <message>
        <source>A&amp;warded</source>
        <translation>Diputus&amp;kan</translation>
    </message>
    <message>
        <source>o&amp;n</source>
        <translation>tangga&amp;l</translation>
    </message>
    <message>
        <source>no&amp;te</source>
        <translation>k&amp;eterangan</translation>
    </message>
    <message>
        <source>No forum yet</source>
        <translation>Belum ada forum</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Diajukan pada</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Diputus pada</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>mis. %1</translation>
    </message>
    <message>
        <source>&amp;Save claim</source>
        <translation>&amp;Simpan tuntutan</translation>
    </message>
    <message>
        <source>&amp;Add claim</source>
        <translation>&amp;Tambah tuntutan</translation>
    </message>
    <message>
        <source>&amp;Remove claim…</source>
        <translation>&amp;Hapus tuntutan…</translation>
    </message>
    <message>
        <source>Nothing paid on this claim yet.</source>
        <translation>Belum ada pembayaran untuk tuntutan ini.</translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation>Pembayaran: %1</translation>
    </message>
    <message>
        <source>Payments are recorded against a saved claim.</source>
        <translation>Pembayaran dicatat pada tuntutan yang sudah disimpan.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Tuntutan uang</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Jumlah per mata uang</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Pa&amp;id</source>
        <translation>Di&amp;bayar</translation>
    </message>
    <message>
        <source>New c&amp;laim</source>
        <translation>Tuntutan ba&amp;ru</translation>
    </message>
    <message>
        <source>Record pa&amp;yment</source>
        <translation>Catat &amp;pembayaran</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientCasesModel</name>
    <message>
        <source>Reference</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <source>Case types</source>
        <translation>Jenis kasus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientConsentsTab</name>
    <message>
        <source>Consent records</source>
        <translation>Catatan persetujuan</translation>
    </message>
    <message>
        <source>Selected consent withdrawn o&amp;n</source>
        <translation>Persetujuan terpilih ditarik pa&amp;da</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ditarik pada</translation>
    </message>
    <message>
        <source>With&amp;draw</source>
        <translation>Ta&amp;rik</translation>
    </message>
    <message>
        <source>The record stays, with the date she withdrew it: it shows what was allowed before.</source>
        <translation>Catatannya tetap ada, dengan tanggal ia menariknya: itu menunjukkan apa yang boleh sebelumnya.</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Catat persetujuan</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Catat persetujuan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientDetailsForm</name>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nama lengkap</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>Nama &amp;lain</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <source>N&amp;IK</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <source>&amp;Passport no.</source>
        <translation>No. &amp;paspor</translation>
    </message>
    <message>
        <source>Wh&amp;ere she is</source>
        <translation>&amp;Keberadaan</translation>
    </message>
    <message>
        <source>Now in &amp;country</source>
        <translation>Sekarang di ne&amp;gara</translation>
    </message>
    <message>
        <source>Now in ci&amp;ty</source>
        <translation>Sekarang di k&amp;ota</translation>
    </message>
    <message>
        <source>Pre&amp;ferred language</source>
        <translation>&amp;Bahasa yang dipilih</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vinsi</translation>
    </message>
    <message>
        <source>&amp;Regency / city</source>
        <translation>Kabupat&amp;en / kota</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>Keca&amp;matan</translation>
    </message>
    <message>
        <source>Vi&amp;llage</source>
        <translation>&amp;Desa / kelurahan</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>Next of &amp;kin</source>
        <translation>Keluarga te&amp;rdekat</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Next of kin&apos;s p&amp;hone</source>
        <translation>Telepon kel&amp;uarga</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>As in her passport or KTP; one name is fine</source>
        <translation>Sesuai paspor atau KTP; satu nama saja juga boleh</translation>
    </message>
    <message>
        <source>Nicknames, other spellings, separated by commas</source>
        <translation>Nama panggilan, ejaan lain, dipisah dengan koma</translation>
    </message>
    <message>
        <source>16 digits, from her KTP</source>
        <translation>16 angka, dari KTP-nya</translation>
    </message>
    <message>
        <source>e.g. Bahasa Indonesia, Jawa</source>
        <translation>mis. Bahasa Indonesia, Jawa</translation>
    </message>
    <message>
        <source>e.g. mother, husband, sister</source>
        <translation>mis. ibu, suami, kakak</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Tidak dicatat</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Diketahui</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Simpan perubahan</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Simpan perubahan (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Batalkan peruba&amp;han</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <source>Home (village, regency)</source>
        <translation>Asal (desa, kabupaten)</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Sekarang di</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientPhoneModel</name>
    <message>
        <source>No longer in use since %1</source>
        <translation>Tidak dipakai lagi sejak %1</translation>
    </message>
    <message>
        <source>still in use</source>
        <translation>masih dipakai</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>In use from</source>
        <translation>Dipakai sejak</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientPhonesTab</name>
    <message>
        <source>Phone numbers</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Tambah nomor</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nomor</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>In use &amp;from</source>
        <translation>&amp;Dipakai sejak</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Selected number no longer in use &amp;since</source>
        <translation>Nomor terpilih tidak dipakai lagi s&amp;ejak</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>No longer in use since</source>
        <translation>Tidak dipakai lagi sejak</translation>
    </message>
    <message>
        <source>e.g. +62 812 3456 7890</source>
        <translation>mis. +62 812 3456 7890</translation>
    </message>
    <message>
        <source>e.g. her sister&apos;s phone; call after 6 pm</source>
        <translation>mis. telepon kakaknya; telepon setelah jam 6 sore</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Diketahui</translation>
    </message>
    <message>
        <source>&amp;Add number</source>
        <translation>&amp;Tambah nomor</translation>
    </message>
    <message>
        <source>&amp;End this number</source>
        <translation>&amp;Akhiri nomor ini</translation>
    </message>
    <message>
        <source>The number stays listed, greyed, with the period it was in use.</source>
        <translation>Nomornya tetap tercantum, berwarna abu-abu, dengan masa pemakaiannya.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientWorkspace</name>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>The details of this client were changed but not saved.</source>
        <translation>Data klien ini diubah tetapi belum disimpan.</translation>
    </message>
    <message>
        <source>Text not added</source>
        <translation>Teks belum ditambahkan</translation>
    </message>
    <message>
        <source>You typed something on this tab that is not added yet. Leave it and lose the text?</source>
        <translation>Ada yang Anda ketik di tab ini yang belum ditambahkan. Tinggalkan dan buang teksnya?</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>also known as %1</source>
        <translation>juga dikenal sebagai %1</translation>
    </message>
    <message>
        <source>now in %1</source>
        <translation>sekarang di %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>asal %1</translation>
    </message>
    <message>
        <source>No cases for her yet.</source>
        <translation>Belum ada kasus untuknya.</translation>
    </message>
    <message>
        <source>Cases (%1)</source>
        <translation>Kasus (%1)</translation>
    </message>
    <message>
        <source>← Clients</source>
        <translation>← Klien</translation>
    </message>
    <message>
        <source>Back to the client list (Alt+Left or Esc)</source>
        <translation>Kembali ke daftar klien (Alt+Kiri atau Esc)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Her cases</source>
        <translation>Kasusnya</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientsPage</name>
    <message>
        <source>No clients yet. A client is added when her first case is taken in.</source>
        <translation>Belum ada klien. Klien ditambahkan saat kasus pertamanya diterima.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Tidak ada klien yang cocok dengan “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n best matches are shown. Type more words to narrow the search.</source>
        <translation>
            <numerusform>Hanya %n hasil teratas yang ditampilkan. Tambahkan kata untuk mempersempit pencarian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching client(s)</source>
        <translation>
            <numerusform>%n klien yang cocok</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, other name, phone, NIK, passport or village…</source>
        <translation>Cari berdasarkan nama, nama lain, telepon, NIK, paspor atau desa…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Cari klien</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Type at least two letters or digits to search.</source>
        <translation>Ketik paling sedikit dua huruf atau angka untuk mencari.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ConflictListModel</name>
    <message>
        <source>this laptop</source>
        <translation>laptop ini</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>laptop %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kept everywhere. Written by %1.</source>
        <translation>Dipakai di semua laptop. Ditulis oleh %1.</translation>
    </message>
    <message>
        <source>Replaced. Written by %1.</source>
        <translation>Tergantikan. Ditulis oleh %1.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Nilai yang dipakai</translation>
    </message>
    <message>
        <source>Value replaced</source>
        <translation>Nilai yang tergantikan</translation>
    </message>
    <message>
        <source>Deleted while edited</source>
        <translation>Dihapus saat sedang diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>An edit made without seeing the deletion</source>
        <translation>Perubahan yang dibuat tanpa melihat penghapusan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ConflictsPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; now reads &lt;b&gt;%2&lt;/b&gt; everywhere (written by %3).&lt;br&gt;It replaced &lt;b&gt;%4&lt;/b&gt; (written by %5), because both were changed without seeing each other.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kini berisi &lt;b&gt;%2&lt;/b&gt; di semua laptop (ditulis oleh %3).&lt;br&gt;Nilai itu menggantikan &lt;b&gt;%4&lt;/b&gt; (ditulis oleh %5), karena keduanya diubah tanpa saling melihat.</translation>
    </message>
    <message>
        <source>When two people change the same field without seeing each other&apos;s change (for example both offline), every laptop keeps the later change and lists the other one here, so nothing is lost. Check each one: put the replaced value back, or keep what is there.</source>
        <translation>Jika dua orang mengubah isian yang sama tanpa melihat perubahan satu sama lain (misalnya keduanya luring), semua laptop memakai perubahan yang lebih akhir dan mencantumkan yang lain di sini, sehingga tidak ada yang hilang. Periksa satu per satu: kembalikan nilai yang tergantikan, atau pertahankan yang ada.</translation>
    </message>
    <message>
        <source>No conflicts. Every change made on this laptop and received from others fitted together.</source>
        <translation>Tidak ada konflik. Semua perubahan di laptop ini dan yang diterima dari laptop lain saling cocok.</translation>
    </message>
    <message>
        <source>Put the replaced value back</source>
        <translation>Kembalikan nilai yang tergantikan</translation>
    </message>
    <message>
        <source>Writes the replaced value again, as a new change that reaches every laptop.</source>
        <translation>Menulis lagi nilai yang tergantikan, sebagai perubahan baru yang sampai ke semua laptop.</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Pertahankan nilai sekarang</translation>
    </message>
    <message>
        <source>Closes this entry on this laptop; nothing is changed.</source>
        <translation>Menutup catatan ini di laptop ini; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Buka datanya</translation>
    </message>
    <message>
        <source>Bring the record back</source>
        <translation>Kembalikan data ini</translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation>Biarkan tetap terhapus</translation>
    </message>
    <message>
        <source>Deleted by %1.&lt;br&gt;An edit by %2 was made without seeing the deletion. It is kept, but not shown while the record is deleted. &lt;b&gt;Bring the record back&lt;/b&gt; restores the record on every laptop, with that edit in it.</source>
        <translation>Dihapus oleh %1.&lt;br&gt;Perubahan oleh %2 dibuat tanpa melihat penghapusan itu. Perubahan tersebut tetap disimpan, tetapi tidak ditampilkan selama data ini terhapus. &lt;b&gt;Kembalikan data ini&lt;/b&gt; memulihkan data di semua laptop, lengkap dengan perubahan tersebut.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ConsentForm</name>
    <message>
        <source>Shared &amp;with</source>
        <translation>Dibagikan &amp;kepada</translation>
    </message>
    <message>
        <source>What may be s&amp;hared</source>
        <translation>Yang &amp;boleh dibagikan</translation>
    </message>
    <message>
        <source>What &amp;for</source>
        <translation>&amp;Untuk apa</translation>
    </message>
    <message>
        <source>How she a&amp;greed</source>
        <translation>Cara &amp;memberi persetujuan</translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation>&amp;Tanggal diberikan</translation>
    </message>
    <message>
        <source>An organisation from the directory, or type a name</source>
        <translation>Lembaga dari direktori, atau ketik nama</translation>
    </message>
    <message>
        <source>e.g. case summary and contact details</source>
        <translation>mis. ringkasan kasus dan kontak</translation>
    </message>
    <message>
        <source>e.g. to claim her wages at the Labour Department</source>
        <translation>mis. untuk menuntut gajinya di Labour Department</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Lisan</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Cap jempol</translation>
    </message>
    <message>
        <source>By message (WhatsApp)</source>
        <translation>Lewat pesan (WhatsApp)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ConsentModel</name>
    <message>
        <source>Recorded by %1</source>
        <translation>Dicatat oleh %1</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>ditarik %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Dibagikan kepada</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Yang boleh dibagikan</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Untuk apa</translation>
    </message>
    <message>
        <source>How she agreed</source>
        <translation>Cara memberi persetujuan</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Diberikan</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
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
    <name>lintas::ui::DeadlineModel</name>
    <message>
        <source>Done %1</source>
        <translation>Selesai %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Terlambat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n hari lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Diisi manual</translation>
    </message>
    <message>
        <source>Rule %1 (version %2), counted from %3.
Source: %4</source>
        <translation>Aturan %1 (versi %2), dihitung dari %3.
Sumber: %4</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Where the date comes from</source>
        <translation>Asal tanggal</translation>
    </message>
</context>
<context>
    <name>lintas::ui::DeadlinesTab</name>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Buka lagi</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <source>&amp;Suggest from the rules…</source>
        <translation>Usulan dari &amp;aturan…</translation>
    </message>
    <message>
        <source>Deadlines the law sets for this kind of case, counted from dates you give.</source>
        <translation>Tenggat yang ditetapkan hukum untuk jenis kasus ini, dihitung dari tanggal yang Anda isi.</translation>
    </message>
    <message>
        <source>Add a deadline, hearing or task</source>
        <translation>Tambah tenggat, sidang atau tugas</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>A&amp;pa</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>e.g. Hearing at the Labour Tribunal</source>
        <translation>mis. Sidang di Labour Tribunal</translation>
    </message>
    <message>
        <source>&amp;Add deadline</source>
        <translation>Tambah te&amp;nggat</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tenggat</translation>
    </message>
</context>
<context>
    <name>lintas::ui::DirectoryPage</name>
    <message>
        <source>This directory entry was changed but not saved.</source>
        <translation>Entri direktori ini sudah diubah tetapi belum disimpan.</translation>
    </message>
    <message>
        <source>Delete directory entry</source>
        <translation>Hapus entri direktori</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory? Referrals already made to it keep its name.</source>
        <translation>Hapus “%1” dari direktori? Rujukan yang sudah dibuat ke lembaga ini tetap menyimpan namanya.</translation>
    </message>
    <message>
        <source>The directory is empty. Add the offices you work with with “+ New entry”.</source>
        <translation>Direktori masih kosong. Tambahkan kantor dan lembaga yang bekerja sama dengan Anda lewat “+ Entri baru”.</translation>
    </message>
    <message>
        <source>No entry matches. Try another country or kind, or fewer words.</source>
        <translation>Tidak ada entri yang cocok. Coba negara atau jenis lain, atau kurangi kata pencarian.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Ca&amp;ri:</translation>
    </message>
    <message>
        <source>Name, town or service, e.g. “legal aid Surabaya”</source>
        <translation>Nama, kota, atau layanan, mis. “bantuan hukum Surabaya”</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Cari di direktori</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>&amp;Dari negara:</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>J&amp;enis lembaga:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>+ &amp;New entry</source>
        <translation>+ Entr&amp;i baru</translation>
    </message>
    <message>
        <source>Add an office or organisation to the directory (Ctrl+N)</source>
        <translation>Tambahkan kantor atau lembaga ke direktori (Ctrl+N)</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Direktori lembaga</translation>
    </message>
    <message>
        <source>Choose an entry on the left to see its phone numbers and services.</source>
        <translation>Pilih entri di sebelah kiri untuk melihat nomor telepon dan layanannya.</translation>
    </message>
    <message>
        <source>New directory entry</source>
        <translation>Entri direktori baru</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Delete this entry from the directory</source>
        <translation>Hapus entri ini dari direktori</translation>
    </message>
</context>
<context>
    <name>lintas::ui::DocumentOutput</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This case is no longer on this laptop: it may have been deleted on another device. Go back to the case list and open it again.</source>
        <translation>Kasus ini sudah tidak ada di laptop ini: mungkin telah dihapus di perangkat lain. Kembali ke daftar kasus, lalu buka lagi.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::DuplicateWarning</name>
    <message>
        <source>same NIK</source>
        <translation>NIK sama</translation>
    </message>
    <message>
        <source>same passport</source>
        <translation>paspor sama</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>telepon sama %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>nama sama</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nama mirip</translation>
    </message>
    <message>
        <source>same names in another order</source>
        <translation>nama sama dengan urutan lain</translation>
    </message>
    <message>
        <source>part of the name</source>
        <translation>sebagian nama</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>tanggal lahir sama</translation>
    </message>
    <message>
        <source>different NIK</source>
        <translation>NIK berbeda</translation>
    </message>
    <message>
        <source>different date of birth</source>
        <translation>tanggal lahir berbeda</translation>
    </message>
    <message>
        <source>different father&apos;s name</source>
        <translation>nama ayah berbeda</translation>
    </message>
    <message>
        <source>Almost certainly</source>
        <translation>Hampir pasti</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Mungkin sekali</translation>
    </message>
    <message>
        <source>Possibly</source>
        <translation>Mungkin</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>lahir %1</translation>
    </message>
    <message>
        <source>but: %1</source>
        <translation>tetapi: %1</translation>
    </message>
    <message>
        <source>She may already be in Lintas. Check with her before you register her again:</source>
        <translation>Ia mungkin sudah ada di Lintas. Tanyakan kepadanya sebelum mendaftarkannya lagi:</translation>
    </message>
    <message>
        <source>Clients who may be the same person</source>
        <translation>Klien yang mungkin orang yang sama</translation>
    </message>
    <message>
        <source>&amp;Use this client</source>
        <translation>&amp;Pakai klien ini</translation>
    </message>
    <message>
        <source>Take the new case for the selected client instead of registering her again</source>
        <translation>Buat kasus baru untuk klien yang dipilih, tanpa mendaftarkannya lagi</translation>
    </message>
</context>
<context>
    <name>lintas::ui::GlobalSearchBox</name>
    <message>
        <source>Search clients, cases, notes (%1)</source>
        <translation>Cari klien, kasus, catatan (%1)</translation>
    </message>
    <message>
        <source>Search clients, cases and notes</source>
        <translation>Cari klien, kasus, dan catatan</translation>
    </message>
    <message>
        <source>Name, phone, NIK, passport, village, case reference or words from notes (%1)</source>
        <translation>Nama, telepon, NIK, paspor, desa, nomor kasus, atau kata dari catatan (%1)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Tidak ada hasil untuk “%1”.</translation>
    </message>
    <message>
        <source>The first %1 matches. Type more to narrow them down.</source>
        <translation>%1 hasil pertama. Ketik lebih banyak untuk mempersempit.</translation>
    </message>
    <message>
        <source>Type at least two letters or digits to search.</source>
        <translation>Ketik paling sedikit dua huruf atau angka untuk mencari.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::GlobalSearchModel</name>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HandOffDialog</name>
    <message>
        <source>Save hand-over record</source>
        <translation>Simpan berita acara serah terima</translation>
    </message>
    <message>
        <source>Print hand-over record</source>
        <translation>Cetak berita acara serah terima</translation>
    </message>
    <message>
        <source>The hand-over record could not be printed. Check the printer and try again, or save it as PDF and print it from another computer.</source>
        <translation>Berita acara serah terima tidak dapat dicetak. Periksa printer lalu coba lagi, atau simpan sebagai PDF dan cetak dari komputer lain.</translation>
    </message>
    <message>
        <source>Saved as %1. It contains personal data: delete the file once it is printed or sent, and do not leave it on a shared computer.</source>
        <translation>Tersimpan sebagai %1. Berkas ini berisi data pribadi: hapus berkasnya setelah dicetak atau dikirim, dan jangan biarkan tersimpan di komputer yang dipakai bersama.</translation>
    </message>
    <message>
        <source>Hand-over record</source>
        <translation>Berita acara serah terima</translation>
    </message>
    <message>
        <source>The hand-over record (berita acara serah terima) is signed by both sides when this case passes to another caseworker or organisation. Fields left empty print as lines to fill in by hand. It is printed in the language Lintas is shown in now.</source>
        <translation>Berita acara serah terima ditandatangani kedua belah pihak ketika kasus ini diserahkan kepada pendamping atau lembaga lain. Kolom yang dibiarkan kosong dicetak sebagai titik-titik untuk diisi tangan. Dokumen dicetak dalam bahasa yang sedang digunakan Lintas.</translation>
    </message>
    <message>
        <source>Handed over &amp;by</source>
        <translation>&amp;Diserahkan oleh</translation>
    </message>
    <message>
        <source>&amp;Your organisation</source>
        <translation>Lembaga &amp;Anda</translation>
    </message>
    <message>
        <source>&amp;Received by</source>
        <translation>Di&amp;terima oleh</translation>
    </message>
    <message>
        <source>Receiving &amp;organisation</source>
        <translation>&amp;Lembaga penerima</translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation>Tem&amp;pat</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Ta&amp;nggal</translation>
    </message>
    <message>
        <source>Docu&amp;ments handed over</source>
        <translation>Dokumen yang dise&amp;rahkan</translation>
    </message>
    <message>
        <source>One document per line, for example:
Copy of passport
Payslips January–June 2026
Labour Department referral letter</source>
        <translation>Satu dokumen per baris, misalnya:
Fotokopi paspor
Slip gaji Januari–Juni 2026
Surat rujukan Labour Department</translation>
    </message>
    <message>
        <source>Name of the person who receives the case</source>
        <translation>Nama orang yang menerima kasus</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HandOffSheet</name>
    <message>
        <source>This record is made truthfully, to be used as appropriate.</source>
        <translation>Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.</translation>
    </message>
    <message>
        <source>(unknown client)</source>
        <translation>(klien tidak dikenal)</translation>
    </message>
    <message>
        <source>CASE HAND-OVER RECORD</source>
        <translation>BERITA ACARA SERAH TERIMA KASUS</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Nomor: %1</translation>
    </message>
    <message>
        <source>On %1, at %2, we the undersigned:</source>
        <translation>Pada tanggal %1, bertempat di %2, kami yang bertanda tangan di bawah ini:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>hereinafter called the &lt;b&gt;FIRST PARTY&lt;/b&gt; (handing over);</source>
        <translation>selanjutnya disebut &lt;b&gt;PIHAK PERTAMA&lt;/b&gt; (yang menyerahkan);</translation>
    </message>
    <message>
        <source>hereinafter called the &lt;b&gt;SECOND PARTY&lt;/b&gt; (receiving).</source>
        <translation>selanjutnya disebut &lt;b&gt;PIHAK KEDUA&lt;/b&gt; (yang menerima).</translation>
    </message>
    <message>
        <source>The FIRST PARTY hands over to the SECOND PARTY, and the SECOND PARTY receives from the FIRST PARTY, the handling of the following case together with the documents listed below.</source>
        <translation>PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari PIHAK PERTAMA, penanganan kasus berikut beserta dokumen-dokumen yang tercantum di bawah ini.</translation>
    </message>
    <message>
        <source>A. The case</source>
        <translation>A. Kasus</translation>
    </message>
    <message>
        <source>%1 claimed, %2 paid so far</source>
        <translation>%1 dituntut, %2 sudah dibayar</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Case types</source>
        <translation>Jenis kasus</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Key demands</source>
        <translation>Tuntutan pokok</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Tenggat yang masih berjalan</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>B. Documents handed over</source>
        <translation>B. Dokumen yang diserahkan</translation>
    </message>
    <message>
        <source>No documents are handed over with this record.</source>
        <translation>Tidak ada dokumen yang diserahkan bersama berita acara ini.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>Asli atau salinan</translation>
    </message>
    <message>
        <source>C. The client&apos;s consent</source>
        <translation>C. Persetujuan klien</translation>
    </message>
    <message>
        <source>No consent in force is recorded for this client. Ask for her consent before the case is handed over, and record it.</source>
        <translation>Belum tercatat persetujuan klien yang masih berlaku. Mintalah persetujuannya sebelum kasus diserahkan, lalu catat persetujuan tersebut.</translation>
    </message>
    <message>
        <source>Consent records in force:</source>
        <translation>Persetujuan yang masih berlaku:</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Dibagikan kepada</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Yang boleh dibagikan</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Cara pemberian</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Diberikan pada</translation>
    </message>
    <message>
        <source>None of these records names %1: confirm the client&apos;s consent to this hand-over.</source>
        <translation>Tidak satu pun persetujuan ini menyebut %1: pastikan klien menyetujui serah terima ini.</translation>
    </message>
    <message>
        <source>I, %1, agree that my case and the documents listed above are handed over to %2.</source>
        <translation>Saya, %1, menyetujui penyerahan kasus saya beserta dokumen yang tercantum di atas kepada %2.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tanggal: %1</translation>
    </message>
    <message>
        <source>(signature)</source>
        <translation>(tanda tangan)</translation>
    </message>
    <message>
        <source>Handed over by,</source>
        <translation>Yang menyerahkan,</translation>
    </message>
    <message>
        <source>FIRST PARTY</source>
        <translation>PIHAK PERTAMA</translation>
    </message>
    <message>
        <source>Acknowledged and agreed by,</source>
        <translation>Mengetahui dan menyetujui,</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KLIEN</translation>
    </message>
    <message>
        <source>(signature or thumbprint)</source>
        <translation>(tanda tangan atau cap jempol)</translation>
    </message>
    <message>
        <source>Received by,</source>
        <translation>Yang menerima,</translation>
    </message>
    <message>
        <source>SECOND PARTY</source>
        <translation>PIHAK KEDUA</translation>
    </message>
    <message>
        <source>Case hand-over record %1</source>
        <translation>Berita acara serah terima kasus %1</translation>
    </message>
    <message>
        <source>Case hand-over record %1.pdf</source>
        <translation>Berita acara serah terima kasus %1.pdf</translation>
    </message>
    <message>
        <source>The referral to %1 was sent without her recorded consent, on the decision of %2: %3</source>
        <translation>Rujukan ke %1 dikirim tanpa persetujuannya yang tercatat, atas keputusan %2: %3</translation>
    </message>
    <message>
        <source>(unknown organisation)</source>
        <translation>(organisasi tidak diketahui)</translation>
    </message>
    <message>
        <source>confidential notes (%1)</source>
        <translation>catatan rahasia (%1)</translation>
    </message>
    <message>
        <source>notes (%1)</source>
        <translation>catatan (%1)</translation>
    </message>
    <message>
        <source>claims and their payments (%1)</source>
        <translation>tuntutan uang dan pembayarannya (%1)</translation>
    </message>
    <message>
        <source>deadlines and tasks (%1)</source>
        <translation>tenggat dan tugas (%1)</translation>
    </message>
    <message>
        <source>the client&apos;s phone numbers (%1)</source>
        <translation>nomor telepon klien (%1)</translation>
    </message>
    <message>
        <source>links to parties (%1)</source>
        <translation>kaitan dengan pihak terkait (%1)</translation>
    </message>
    <message>
        <source>The hand-off file carries the case, the client&apos;s record, her consents and the referrals, with: %1.</source>
        <translation>Berkas serah terima memuat kasus, data klien, persetujuannya, dan rujukan, beserta: %1.</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>tidak ada yang lain</translation>
    </message>
    <message>
        <source>Not shared: %1.</source>
        <translation>Tidak dibagikan: %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HandoffAddressDialog</name>
    <message>
        <source>Copied. Paste it into a message to the sender.</source>
        <translation>Tersalin. Tempelkan ke pesan untuk pengirim.</translation>
    </message>
    <message>
        <source>My hand-off address</source>
        <translation>Alamat serah terima saya</translation>
    </message>
    <message>
        <source>Someone who wants to hand a case over to you (%1) needs this address: give them the code or let them scan the QR code. The file they make can be opened only on this laptop. Read the fingerprint to each other by phone before they send it.</source>
        <translation>Orang yang ingin menyerahkan kasus kepada Anda (%1) memerlukan alamat ini: berikan kodenya atau biarkan mereka memindai kode QR. Berkas yang mereka buat hanya bisa dibuka di laptop ini. Saling bacakan sidik jari lewat telepon sebelum mereka mengirimnya.</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <source>&amp;Copy the address</source>
        <translation>Sa&amp;lin alamat</translation>
    </message>
    <message>
        <source>The code with your name, to paste into a message</source>
        <translation>Kode beserta nama Anda, untuk ditempel ke pesan</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HandoffFiles</name>
    <message>
        <source>Lintas hand-off (*.%1);;All files (*)</source>
        <translation>Serah terima Lintas (*.%1);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HandoffInboxBox</name>
    <message>
        <source>No hand-off waiting for your answer.</source>
        <translation>Tidak ada serah terima yang menunggu jawaban Anda.</translation>
    </message>
    <message>
        <source>Open a hand-off file</source>
        <translation>Buka berkas serah terima</translation>
    </message>
    <message>
        <source>Case %1 from %2, fingerprint %3. Compare the fingerprint with the sender by phone before you accept it.</source>
        <translation>Kasus %1 dari %2, sidik jari %3. Cocokkan sidik jari dengan pengirim lewat telepon sebelum Anda menerimanya.</translation>
    </message>
    <message>
        <source>It was opened here before, on %1: nothing changed.</source>
        <translation>Berkas ini sudah pernah dibuka di sini, pada %1: tidak ada yang berubah.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) came in: the case, its client and what is attached to them.</source>
        <translation>
            <numerusform>%n catatan masuk: kasusnya, kliennya, dan semua yang terkait dengannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the reply for the sender</source>
        <translation>Simpan balasan untuk pengirim</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>Balasan %1</translation>
    </message>
    <message>
        <source>Decline the hand-off</source>
        <translation>Tolak serah terima</translation>
    </message>
    <message>
        <source>Why do you decline this case? The sender reads this in their referral.</source>
        <translation>Mengapa Anda menolak kasus ini? Pengirim membacanya di rujukan mereka.</translation>
    </message>
    <message>
        <source>Write why you decline the case: the sender reads it.</source>
        <translation>Tulis alasan Anda menolak kasus ini: pengirim akan membacanya.</translation>
    </message>
    <message>
        <source>You accepted case %1. Send the reply file to %2.</source>
        <translation>Anda menerima kasus %1. Kirim berkas balasan kepada %2.</translation>
    </message>
    <message>
        <source>You declined case %1. Send the reply file to %2.</source>
        <translation>Anda menolak kasus %1. Kirim berkas balasan kepada %2.</translation>
    </message>
    <message>
        <source>Hand-offs received</source>
        <translation>Serah terima yang diterima</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Sender&apos;s fingerprint</source>
        <translation>Sidik jari pengirim</translation>
    </message>
    <message>
        <source>Opened here</source>
        <translation>Dibuka di sini</translation>
    </message>
    <message>
        <source>Hand-offs waiting for your answer</source>
        <translation>Serah terima yang menunggu jawaban Anda</translation>
    </message>
    <message>
        <source>Open a hand-o&amp;ff file…</source>
        <translation>Buka berkas serah &amp;terima…</translation>
    </message>
    <message>
        <source>Take in a case another organisation sent you as a file</source>
        <translation>Ambil kasus yang dikirim organisasi lain kepada Anda sebagai berkas</translation>
    </message>
    <message>
        <source>My hand-off add&amp;ress…</source>
        <translation>Alamat serah terima sa&amp;ya…</translation>
    </message>
    <message>
        <source>What others need to send you a case</source>
        <translation>Yang diperlukan orang lain untuk mengirim kasus kepada Anda</translation>
    </message>
    <message>
        <source>Open the &amp;case</source>
        <translation>Lihat &amp;kasus</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>Te&amp;rima…</translation>
    </message>
    <message>
        <source>Take the case on, and save the reply file for the sender</source>
        <translation>Ambil alih kasus ini, dan simpan berkas balasan untuk pengirim</translation>
    </message>
    <message>
        <source>Decl&amp;ine…</source>
        <translation>To&amp;lak…</translation>
    </message>
    <message>
        <source>Say why you cannot take the case on, and save the reply file for the sender</source>
        <translation>Jelaskan mengapa Anda tidak dapat mengambil alih kasus ini, dan simpan berkas balasan untuk pengirim</translation>
    </message>
    <message>
        <source>Shared space: %1</source>
        <translation>Ruang bersama: %1</translation>
    </message>
    <message>
        <source>You accepted case %1. %2 sees it at the next sync.</source>
        <translation>Anda menerima kasus %1. %2 melihatnya pada sinkron berikutnya.</translation>
    </message>
    <message>
        <source>You declined case %1. %2 sees why at the next sync.</source>
        <translation>Anda menolak kasus %1. %2 melihat alasannya pada sinkron berikutnya.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HandoffSendDialog</name>
    <message>
        <source>Type the code the recipient gives you, or paste the text of their QR code.</source>
        <translation>Ketik kode yang diberikan penerima, atau tempel teks kode QR-nya.</translation>
    </message>
    <message>
        <source>(name not in a typed code)</source>
        <translation>(nama tidak ada dalam kode ketikan)</translation>
    </message>
    <message>
        <source>Recipient: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Fingerprint: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Read the fingerprint to the recipient by phone: save the file only if it matches theirs.</source>
        <translation>Penerima: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Sidik jari: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Bacakan sidik jari kepada penerima lewat telepon: simpan berkasnya hanya jika cocok dengan miliknya.</translation>
    </message>
    <message>
        <source>Saved in %1. The referral is marked sent. Send the file to the recipient (USB stick, e-mail, WhatsApp); only their laptop can open it.</source>
        <translation>Tersimpan di %1. Rujukan ditandai terkirim. Kirim berkas itu kepada penerima (flashdisk, surel, WhatsApp); hanya laptop penerima yang dapat membukanya.</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Serah terima</translation>
    </message>
    <message>
        <source>Save the hand-off file</source>
        <translation>Simpan berkas serah terima</translation>
    </message>
    <message>
        <source>Hand off as a file</source>
        <translation>Serahkan sebagai berkas</translation>
    </message>
    <message>
        <source>The case goes to the recipient as a locked file that only their laptop can open. They accept or decline it and send you a reply file; read it in with “Read the reply file…”.</source>
        <translation>Kasus dikirim kepada penerima sebagai berkas terkunci yang hanya bisa dibuka laptopnya. Penerima menerima atau menolaknya lalu mengirim berkas balasan kepada Anda; bacalah dengan “Baca berkas balasan…”.</translation>
    </message>
    <message>
        <source>Recipient&apos;s hand-off &amp;address:</source>
        <translation>Alamat serah terima pen&amp;erima:</translation>
    </message>
    <message>
        <source>Recipient&apos;s hand-off address</source>
        <translation>Alamat serah terima penerima</translation>
    </message>
    <message>
        <source>&amp;Print the hand-over record…</source>
        <translation>&amp;Cetak berita acara serah terima…</translation>
    </message>
    <message>
        <source>The berita acara serah terima, to sign on both sides</source>
        <translation>Berita acara serah terima, untuk ditandatangani kedua pihak</translation>
    </message>
    <message>
        <source>&amp;Save the hand-off file…</source>
        <translation>&amp;Simpan berkas serah terima…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Yang dibagikan</translation>
    </message>
    <message>
        <source>C&amp;onfidential notes (%1)</source>
        <translation>Catatan &amp;rahasia (%1)</translation>
    </message>
    <message>
        <source>Other &amp;notes, the timeline (%1)</source>
        <translation>Catatan &amp;lain, kronologi (%1)</translation>
    </message>
    <message>
        <source>Clai&amp;ms and their payments (%1)</source>
        <translation>Tuntutan uang dan &amp;pembayarannya (%1)</translation>
    </message>
    <message>
        <source>&amp;Deadlines and tasks (%1)</source>
        <translation>Tenggat &amp;waktu dan tugas (%1)</translation>
    </message>
    <message>
        <source>Her p&amp;hone numbers (%1)</source>
        <translation>Nomor telepon (&amp;HP) klien (%1)</translation>
    </message>
    <message>
        <source>Lin&amp;ks to employer, agency, lenders (%1)</source>
        <translation>Kaitan dengan majikan, agen, pemberi pin&amp;jaman (%1)</translation>
    </message>
    <message>
        <source>Notes marked confidential, with their corrections. Not shared unless ticked.</source>
        <translation>Catatan bertanda rahasia, beserta koreksinya. Tidak dibagikan kecuali dicentang.</translation>
    </message>
    <message>
        <source>Leave them out if someone who could harm her may see the recipient&apos;s records.</source>
        <translation>Jangan sertakan jika orang yang bisa membahayakan klien mungkin melihat data penerima.</translation>
    </message>
    <message>
        <source>Always shared: the case itself, the client&apos;s record, her consents (the proof that she agreed) and the referrals. Nothing of her other cases.</source>
        <translation>Selalu dibagikan: kasus ini, data klien, persetujuannya (bukti bahwa ia setuju), dan rujukan. Kasus lainnya tidak ikut.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HeldDeletionsBox</name>
    <message>
        <source>Deletions waiting for your decision</source>
        <translation>Penghapusan yang menunggu keputusan Anda</translation>
    </message>
    <message>
        <source>Another laptop deleted many records at once. That can be a mistake, or a laptop that is broken or in the wrong hands, so these deletions were held back: nothing is deleted here until you decide. Keeping the records brings them back on every laptop.</source>
        <translation>Laptop lain menghapus banyak data sekaligus. Itu bisa karena salah, atau laptop yang rusak atau jatuh ke tangan yang salah, jadi penghapusan ini ditahan: tidak ada yang dihapus di sini sampai Anda memutuskan. Jika data dipertahankan, data itu kembali di semua laptop.</translation>
    </message>
    <message numerus="yes">
        <source>%1 deleted %n record(s) of the kind &quot;%2&quot; (received %3).</source>
        <translation>
            <numerusform>%1 menghapus %n data jenis &quot;%2&quot; (diterima %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Pertahankan</translation>
    </message>
    <message>
        <source>Delete them here too…</source>
        <translation>Hapus juga di sini…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)?</source>
        <translation>
            <numerusform>Hapus %n data?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted on %1 will be deleted on this laptop too.</source>
        <translation>
            <numerusform>%n data yang dihapus di %1 akan dihapus juga di laptop ini.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakeChronologyStep</name>
    <message>
        <source>Chronology</source>
        <translation>Kronologi</translation>
    </message>
    <message>
        <source>What happened, in order (&amp;kronologi)</source>
        <translation>Apa yang terjadi, berurutan (kronolog&amp;i)</translation>
    </message>
    <message>
        <source>When she left, the agency and the employer, what went wrong and when, what she has done about it so far, which papers she has.</source>
        <translation>Kapan ia berangkat, agen dan majikannya, apa yang salah dan kapan, apa yang sudah ia lakukan, dokumen apa yang ia punya.</translation>
    </message>
    <message>
        <source>Dates the law counts deadlines from. Tick the ones she knows; Lintas adds the deadlines to the case.</source>
        <translation>Tanggal yang menjadi dasar perhitungan tenggat menurut hukum. Centang yang ia ketahui; Lintas menambahkan tenggatnya ke kasus.</translation>
    </message>
    <message>
        <source>Tick what happened on the previous step to see which dates matter for deadlines.</source>
        <translation>Centang apa yang terjadi di langkah sebelumnya untuk melihat tanggal mana yang penting bagi tenggat.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakeClientStep</name>
    <message>
        <source>This case is for %1, who is already in Lintas. Her details are not changed here.</source>
        <translation>Kasus ini untuk %1, yang sudah ada di Lintas. Datanya tidak diubah di sini.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Passport no.</source>
        <translation>No. paspor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Where she is</source>
        <translation>Keberadaan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Kabupaten / kota</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa / kelurahan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Now in country</source>
        <translation>Sekarang di negara</translation>
    </message>
    <message>
        <source>Now in city</source>
        <translation>Sekarang di kota</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Keluarga terdekat</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Next of kin&apos;s phone</source>
        <translation>Telepon keluarga</translation>
    </message>
    <message>
        <source>As in her passport or KTP; one name is fine</source>
        <translation>Sesuai paspor atau KTP; satu nama saja juga boleh</translation>
    </message>
    <message>
        <source>Nicknames, other spellings, separated by commas</source>
        <translation>Nama panggilan, ejaan lain, dipisah dengan koma</translation>
    </message>
    <message>
        <source>16 digits, from her KTP</source>
        <translation>16 angka, dari KTP-nya</translation>
    </message>
    <message>
        <source>e.g. +62 812 3456 7890, +852 6123 4567</source>
        <translation>mis. +62 812 3456 7890, +852 6123 4567</translation>
    </message>
    <message>
        <source>e.g. Bahasa Indonesia, Jawa</source>
        <translation>mis. Bahasa Indonesia, Jawa</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Diketahui</translation>
    </message>
    <message>
        <source>New client instead</source>
        <translation>Klien baru saja</translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation>&amp;Nama lengkap</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakeConsentStep</name>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Explain to her who would see her story and why. Record her consent only if she gives it; she can withdraw it at any time. Without it, nothing about her is shared.</source>
        <translation>Jelaskan kepadanya siapa yang akan melihat ceritanya dan untuk apa. Catat persetujuannya hanya jika ia memberikannya; ia boleh menariknya kapan saja. Tanpa persetujuan, tidak ada data tentang dirinya yang dibagikan.</translation>
    </message>
    <message>
        <source>She &amp;agrees that her case may be shared</source>
        <translation>Ia &amp;setuju kasusnya boleh dibagikan</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Kepada siapa</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Apa yang boleh dibagikan</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Untuk apa</translation>
    </message>
    <message>
        <source>How she agreed</source>
        <translation>Cara memberi persetujuan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>e.g. case summary and contact details</source>
        <translation>mis. ringkasan kasus dan kontak</translation>
    </message>
    <message>
        <source>e.g. to claim her wages at the Labour Department</source>
        <translation>mis. untuk menuntut gajinya di Labour Department</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Lisan</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Cap jempol</translation>
    </message>
    <message>
        <source>By message (WhatsApp)</source>
        <translation>Lewat pesan (WhatsApp)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakeDemandsStep</name>
    <message>
        <source>Demands</source>
        <translation>Tuntutan</translation>
    </message>
    <message>
        <source>What she wants (&amp;tuntutan)</source>
        <translation>Apa yang ia inginkan (&amp;tuntutan)</translation>
    </message>
    <message>
        <source>e.g. her unpaid wages, her passport back, the agency fee refunded, to go home</source>
        <translation>mis. gaji yang belum dibayar, paspornya kembali, biaya agen dikembalikan, pulang</translation>
    </message>
    <message>
        <source>Money claims</source>
        <translation>Tuntutan uang</translation>
    </message>
    <message>
        <source>Add a money &amp;claim</source>
        <translation>Tambah tuntutan &amp;uang</translation>
    </message>
    <message>
        <source>Claim %1: kind</source>
        <translation>Tuntutan %1: jenis</translation>
    </message>
    <message>
        <source>Claim %1: currency</source>
        <translation>Tuntutan %1: mata uang</translation>
    </message>
    <message>
        <source>Claim %1: amount</source>
        <translation>Tuntutan %1: jumlah</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Claim %1: forum</source>
        <translation>Tuntutan %1: forum</translation>
    </message>
    <message>
        <source>Forum not known yet</source>
        <translation>Forum belum diketahui</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove claim %1</source>
        <translation>Hapus tuntutan %1</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakePage</name>
    <message>
        <source>Draft saved at %1</source>
        <translation>Draf disimpan pukul %1</translation>
    </message>
    <message>
        <source>Discard intake</source>
        <translation>Buang penerimaan kasus</translation>
    </message>
    <message>
        <source>Throw away everything typed in this intake? This cannot be undone.</source>
        <translation>Buang semua yang sudah diketik di penerimaan kasus ini? Tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Kasus baru</translation>
    </message>
    <message>
        <source>New case: %1</source>
        <translation>Kasus baru: %1</translation>
    </message>
    <message>
        <source>Intake steps</source>
        <translation>Langkah penerimaan kasus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Keep what was typed as a draft and go back to the cases</source>
        <translation>Simpan yang sudah diketik sebagai draf dan kembali ke daftar kasus</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Buang…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S). Drafts stay on this laptop only.</source>
        <translation>Simpan draf (Ctrl+S). Draf hanya tersimpan di laptop ini.</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Kembali</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Langkah sebelumnya (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Lanjut →</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Langkah berikutnya (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>&amp;Buat kasus</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakeProblemsStep</name>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation>Apa yang terjadi (centang semua yang sesuai)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Judul singkat</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Keselamatan</translation>
    </message>
    <message>
        <source>e.g. Unpaid wages, employer in Kowloon</source>
        <translation>mis. Gaji tidak dibayar, majikan di Kowloon</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>She is not safe now (abuse, threats, no place to stay)</source>
        <translation>Ia tidak aman sekarang (kekerasan, ancaman, tidak punya tempat tinggal)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakeReviewStep</name>
    <message>
        <source>Review</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>already in Lintas</source>
        <translation>sudah ada di Lintas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>(missing: needed)</source>
        <translation>(belum diisi: wajib)</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Passport no.</source>
        <translation>No. paspor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <source>(missing: tick at least one)</source>
        <translation>(belum diisi: centang paling sedikit satu)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Keselamatan</translation>
    </message>
    <message>
        <source>She is not safe now</source>
        <translation>Ia tidak aman sekarang</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Kronologi</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Tuntutan</translation>
    </message>
    <message>
        <source>amount not known yet</source>
        <translation>jumlah belum diketahui</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; bukan jumlah uang</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Tuntutan</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>to share with %1 (%2)</source>
        <translation>untuk dibagikan kepada %1 (%2)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak diberikan</translation>
    </message>
    <message>
        <source>Deadlines that will be added</source>
        <translation>Tenggat yang akan ditambahkan</translation>
    </message>
    <message>
        <source>None: give the dates on the Chronology step to have them counted, or add deadlines later.</source>
        <translation>Tidak ada: isi tanggal di langkah Kronologi agar tenggat dihitung, atau tambahkan tenggat nanti.</translation>
    </message>
    <message>
        <source>already passed</source>
        <translation>sudah lewat</translation>
    </message>
</context>
<context>
    <name>lintas::ui::InviteDialog</name>
    <message>
        <source>Invite a colleague</source>
        <translation>Undang rekan</translation>
    </message>
    <message>
        <source>Give this code to your colleague in person or by phone, or send them the link. It works once. When their laptop asks to join, it appears under &quot;Waiting for approval&quot;: approve it only when the fingerprint they read to you matches.</source>
        <translation>Berikan kode ini kepada rekan Anda secara langsung atau lewat telepon, atau kirimkan tautannya. Kode hanya berlaku sekali. Saat laptopnya meminta bergabung, laptop itu muncul di &quot;Menunggu persetujuan&quot;: setujui hanya jika sidik jari yang ia bacakan cocok.</translation>
    </message>
    <message>
        <source>Join link (the QR code holds the same):</source>
        <translation>Tautan bergabung (kode QR berisi hal yang sama):</translation>
    </message>
    <message>
        <source>Valid until %1. It is shown only now: write it down or send it before closing.</source>
        <translation>Berlaku sampai %1. Kode hanya ditampilkan sekarang: catat atau kirimkan sebelum menutup.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
</context>
<context>
    <name>lintas::ui::JoinPanel</name>
    <message>
        <source>This join link is incomplete or mistyped. Copy it again from the admin&apos;s message.</source>
        <translation>Tautan bergabung ini tidak lengkap atau salah ketik. Salin lagi dari pesan admin.</translation>
    </message>
    <message>
        <source>Type the join code your admin gave you, or paste the whole join link.</source>
        <translation>Ketik kode bergabung dari admin Anda, atau tempelkan seluruh tautan bergabung.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as your admin gave it, for example https://sync.example.org.</source>
        <translation>Ketik alamat server seperti yang diberikan admin Anda, misalnya https://sync.example.org.</translation>
    </message>
    <message>
        <source>Joining… checking the code with the server.</source>
        <translation>Bergabung… memeriksa kode dengan server.</translation>
    </message>
    <message>
        <source>Asking the server whether the admin has approved this laptop…</source>
        <translation>Menanyakan ke server apakah admin sudah menyetujui laptop ini…</translation>
    </message>
    <message>
        <source>Joined %1.</source>
        <translation>Bergabung dengan %1.</translation>
    </message>
    <message>
        <source>Waiting for the admin&apos;s approval.</source>
        <translation>Menunggu persetujuan admin.</translation>
    </message>
    <message>
        <source>This code is mistyped: a letter is missing, extra or swapped. Check it against the admin&apos;s message.</source>
        <translation>Kode ini salah ketik: ada huruf yang kurang, lebih, atau tertukar. Cocokkan dengan pesan admin.</translation>
    </message>
    <message>
        <source>This code has already been used. Ask your admin for a new one.</source>
        <translation>Kode ini sudah dipakai. Mintalah kode baru kepada admin Anda.</translation>
    </message>
    <message>
        <source>This code has expired. Ask your admin for a new one.</source>
        <translation>Kode ini sudah kedaluwarsa. Mintalah kode baru kepada admin Anda.</translation>
    </message>
    <message>
        <source>The server does not know this code. Check the code and the server address.</source>
        <translation>Server tidak mengenal kode ini. Periksa kode dan alamat server.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and the connection, then try again.</source>
        <translation>Server tidak dapat dihubungi. Periksa alamat dan koneksi, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not check out, so this laptop did not join. Tell your admin: someone may be interfering with the connection.</source>
        <translation>Jawaban server tidak lolos pemeriksaan, jadi laptop ini tidak bergabung. Beri tahu admin Anda: mungkin ada yang mengganggu koneksi.</translation>
    </message>
    <message>
        <source>Join your organisation to share cases with your colleagues and keep an encrypted copy on its server. Your admin gives you a join code, or a link that starts with &quot;lintas:join&quot;. The server never sees what is in your cases.</source>
        <translation>Bergabunglah dengan organisasi Anda untuk berbagi kasus dengan rekan dan menyimpan salinan terenkripsi di servernya. Admin Anda memberikan kode bergabung, atau tautan yang diawali &quot;lintas:join&quot;. Server tidak pernah melihat isi kasus Anda.</translation>
    </message>
    <message>
        <source>Join &amp;code or link:</source>
        <translation>&amp;Kode atau tautan bergabung:</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Alamat &amp;server:</translation>
    </message>
    <message>
        <source>&amp;Name of this laptop:</source>
        <translation>&amp;Nama laptop ini:</translation>
    </message>
    <message>
        <source>e.g. Dewi&apos;s laptop, Lampung office</source>
        <translation>mis. Laptop Dewi, kantor Lampung</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Bergabung</translation>
    </message>
    <message>
        <source>Read this fingerprint to your admin (by phone or in person). The admin approves this laptop when it matches the one on their screen:</source>
        <translation>Bacakan sidik jari ini kepada admin Anda (lewat telepon atau langsung). Admin menyetujui laptop ini jika cocok dengan yang ada di layarnya:</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Periksa &amp;lagi</translation>
    </message>
    <message>
        <source>This recovery link is incomplete or mistyped. Check it against the organisation&apos;s recovery sheet.</source>
        <translation>Tautan pemulihan ini tidak lengkap atau salah ketik. Periksa dengan lembar pemulihan organisasi.</translation>
    </message>
    <message>
        <source>Restoring the organisation with its recovery key…</source>
        <translation>Memulihkan organisasi dengan kunci pemulihannya…</translation>
    </message>
    <message>
        <source>The server knows no recovery key with this code for this organisation. Check the code against the sheet.</source>
        <translation>Server tidak mengenal kunci pemulihan dengan kode ini untuk organisasi ini. Periksa kodenya dengan lembar pemulihan.</translation>
    </message>
    <message>
        <source>Join a space another organisation shares with yours, to take over or follow a case with them. Their admin gives you a join code or a link that starts with &quot;lintas:join&quot;, and approves this laptop when you read out its fingerprint.</source>
        <translation>Bergabunglah ke ruang yang dibagikan organisasi lain dengan organisasi Anda, untuk mengambil alih atau mengikuti kasus bersama mereka. Admin mereka memberi kode gabung atau tautan yang diawali &quot;lintas:join&quot;, lalu menyetujui laptop ini setelah Anda membacakan sidik jarinya.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::KeptInputBar</name>
    <message>
        <source>What you typed here before Lintas locked or closed at %1 is back. It is not saved yet: save it or discard it.</source>
        <translation>Yang Anda ketik di sini sebelum Lintas dikunci atau ditutup pada %1 sudah kembali. Belum disimpan: simpan atau buang.</translation>
    </message>
    <message>
        <source>Discard what was typed</source>
        <translation>Buang yang diketik</translation>
    </message>
    <message>
        <source>Put the form back as it was saved and forget the text typed before the lock</source>
        <translation>Kembalikan formulir seperti yang tersimpan dan lupakan teks yang diketik sebelum dikunci</translation>
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
    <name>lintas::ui::LinkPartyDialog</name>
    <message>
        <source>Link a party to this case</source>
        <translation>Kaitkan pihak dengan kasus ini</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Type part of the name…</source>
        <translation>Ketik sebagian nama…</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Pihak terkait</translation>
    </message>
    <message>
        <source>&amp;Role in this case:</source>
        <translation>&amp;Peran dalam kasus ini:</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ca&amp;tatan:</translation>
    </message>
    <message>
        <source>e.g. placed her in 2019, holds her passport</source>
        <translation>mis. memberangkatkan tahun 2019, menahan paspornya</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Kaitkan</translation>
    </message>
    <message>
        <source>&amp;New party…</source>
        <translation>Pihak &amp;baru…</translation>
    </message>
    <message>
        <source>The party is not in the list: add it and link it</source>
        <translation>Pihak ini belum ada di daftar: tambahkan lalu kaitkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lintas::ui::LinkRoleDialog</name>
    <message>
        <source>Role in this case</source>
        <translation>Peran dalam kasus ini</translation>
    </message>
    <message>
        <source>What does %1 do in this case?</source>
        <translation>Apa peran %1 dalam kasus ini?</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lintas::ui::LinkedPartiesModel</name>
    <message numerus="yes">
        <source>in %n case(s)</source>
        <translation>
            <numerusform>di %n kasus</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>Peran dalam kasus ini</translation>
    </message>
    <message>
        <source>Appears</source>
        <translation>Muncul</translation>
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
    <name>lintas::ui::MembersPanel</name>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>%1 (this laptop)</source>
        <translation>%1 (laptop ini)</translation>
    </message>
    <message>
        <source>Making an invite…</source>
        <translation>Membuat undangan…</translation>
    </message>
    <message>
        <source>Asking the server which laptops are waiting…</source>
        <translation>Menanyakan ke server laptop mana yang menunggu…</translation>
    </message>
    <message>
        <source>No laptop is waiting for approval.</source>
        <translation>Tidak ada laptop yang menunggu persetujuan.</translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s) waiting for approval.</source>
        <translation>
            <numerusform>%n laptop menunggu persetujuan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not approve %1.&lt;/b&gt; Its keys do not match the invite it used: someone may have tampered with the request. Make a new invite.</source>
        <translation>&lt;b&gt;Jangan setujui %1.&lt;/b&gt; Kuncinya tidak cocok dengan undangan yang dipakainya: mungkin ada yang mengubah permintaannya. Buat undangan baru.</translation>
    </message>
    <message>
        <source>%1 asks to join. Ask them to read the fingerprint on their screen and type it here; approve only if it matches.</source>
        <translation>%1 meminta bergabung. Minta ia membacakan sidik jari di layarnya dan ketik di sini; setujui hanya jika cocok.</translation>
    </message>
    <message>
        <source>Approving %1…</source>
        <translation>Menyetujui %1…</translation>
    </message>
    <message>
        <source>%1 is approved. It receives the organisation&apos;s cases at its next sync.</source>
        <translation>%1 disetujui. Laptop itu menerima kasus organisasi pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · server %2 · this laptop is a %3 of the organisation.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · server %2 · laptop ini berperan sebagai %3 di organisasi.</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>Sidik jari laptop ini:</translation>
    </message>
    <message>
        <source>Laptops in the organisation (as the admins signed them in):</source>
        <translation>Laptop dalam organisasi (sebagaimana didaftarkan dan ditandatangani admin):</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Invite a colleague with a one-time code. Their laptop then waits here until you approve it.</source>
        <translation>Undang rekan dengan kode sekali pakai. Laptopnya lalu menunggu di sini sampai Anda menyetujuinya.</translation>
    </message>
    <message>
        <source>&amp;Invite a colleague…</source>
        <translation>&amp;Undang rekan…</translation>
    </message>
    <message>
        <source>&amp;Look for waiting laptops</source>
        <translation>&amp;Cari laptop yang menunggu</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read out:</source>
        <translation>Sidik &amp;jari yang dibacakan:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <source>Removing %1 and sealing a new key for the others…</source>
        <translation>Mengeluarkan %1 dan mengunci kunci baru untuk laptop lainnya…</translation>
    </message>
    <message>
        <source>%1 is removed. The server refuses it, and the other laptops move to the new key at their next sync.</source>
        <translation>%1 sudah dikeluarkan. Server menolaknya, dan laptop lain beralih ke kunci baru pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Organisation recovery key</source>
        <translation>Kunci pemulihan organisasi</translation>
    </message>
    <message>
        <source>Make the organisation&apos;s recovery key now? Have a printer ready, or a safe place to write it down: it is shown only once.</source>
        <translation>Buat kunci pemulihan organisasi sekarang? Siapkan printer, atau tempat aman untuk mencatatnya: kunci ini hanya ditampilkan sekali.</translation>
    </message>
    <message>
        <source>Making the organisation&apos;s recovery key…</source>
        <translation>Membuat kunci pemulihan organisasi…</translation>
    </message>
    <message>
        <source>&amp;Remove a laptop…</source>
        <translation>&amp;Keluarkan laptop…</translation>
    </message>
    <message>
        <source>Organisation recovery &amp;key…</source>
        <translation>&amp;Kunci pemulihan organisasi…</translation>
    </message>
    <message>
        <source>%1 is approved. It receives the cases in this shared space at its next sync.</source>
        <translation>%1 disetujui. Laptop itu menerima kasus di ruang bersama ini pada sinkron berikutnya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · a space shared with another organisation · server %2 · this laptop is a %3 of it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · ruang bersama dengan organisasi lain · server %2 · laptop ini %3 di ruang itu.</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Ruang:</translation>
    </message>
    <message>
        <source>Laptops in this shared space, of both organisations (as its admins signed them in):</source>
        <translation>Laptop di ruang bersama ini, dari kedua organisasi (seperti ditandatangani adminnya):</translation>
    </message>
    <message>
        <source>Invite the other organisation&apos;s caseworkers with a one-time code each. Their laptops then wait here until you approve them.</source>
        <translation>Undang pendamping organisasi lain dengan kode sekali pakai untuk masing-masing. Laptop mereka menunggu di sini sampai Anda setujui.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::NavigationBar</name>
    <message>
        <source>Sections</source>
        <translation>Bagian aplikasi</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Pihak terkait</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Direktori</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
</context>
<context>
    <name>lintas::ui::NewPartyDialog</name>
    <message>
        <source>New party for this case</source>
        <translation>Pihak baru untuk kasus ini</translation>
    </message>
    <message>
        <source>Role in this &amp;case:</source>
        <translation>P&amp;eran dalam kasus ini:</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <source>Notes on the l&amp;ink:</source>
        <translation>Catatan &amp;keterkaitan:</translation>
    </message>
    <message>
        <source>&amp;Add and link</source>
        <translation>&amp;Tambah dan kaitkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lintas::ui::OrgRecoveryDialog</name>
    <message>
        <source>Print the recovery key</source>
        <translation>Cetak kunci pemulihan</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Tidak tercetak</translation>
    </message>
    <message>
        <source>The sheet could not be printed. Check the printer and try again, or save it as PDF and print it from another computer, then delete the file.</source>
        <translation>Lembar ini tidak dapat dicetak. Periksa printer lalu coba lagi, atau simpan sebagai PDF dan cetak dari komputer lain, lalu hapus berkasnya.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Simpan kunci pemulihan</translation>
    </message>
    <message>
        <source>Lintas organisation recovery key - %1.pdf</source>
        <translation>Kunci pemulihan organisasi Lintas - %1.pdf</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>Organisation recovery key</source>
        <translation>Kunci pemulihan organisasi</translation>
    </message>
    <message>
        <source>This is the organisation&apos;s key of last resort. If every admin laptop is lost, it makes a new laptop an admin and brings back all cases. Print the sheet now and lock it away; Lintas and the server keep no copy, and it is shown only now. Anyone holding it can read all of the organisation&apos;s cases.</source>
        <translation>Ini kunci terakhir organisasi. Jika semua laptop admin hilang, kunci ini menjadikan laptop baru sebagai admin dan mengembalikan semua kasus. Cetak lembarnya sekarang dan simpan di tempat terkunci; Lintas dan server tidak menyimpan salinannya, dan kunci ini hanya ditampilkan sekarang. Siapa pun yang memegangnya dapat membaca semua kasus organisasi.</translation>
    </message>
    <message>
        <source>Recovery link, to type on a new laptop where it asks for a join code (the QR code holds the same):</source>
        <translation>Tautan pemulihan, untuk diketik di laptop baru di tempat kode bergabung diminta (kode QR berisi hal yang sama):</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>&amp;Cetak lembar…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>I have &amp;printed the sheet or written the code down</source>
        <translation>Saya sudah &amp;mencetak lembarnya atau mencatat kodenya</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
</context>
<context>
    <name>lintas::ui::OrganisationForm</name>
    <message>
        <source>Copied %1</source>
        <translation>%1 sudah disalin</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Ne&amp;gara</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>&amp;Provinsi</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Kota</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>P&amp;hones</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Situs &amp;web</translation>
    </message>
    <message>
        <source>S&amp;ervices</source>
        <translation>&amp;Layanan</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Choose a kind…</source>
        <translation>Pilih jenis…</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Numbers and what each is for, separated by ;</source>
        <translation>Nomor beserta kegunaannya, dipisah dengan ;</translation>
    </message>
    <message>
        <source>What they help with, and how to reach them</source>
        <translation>Bantuan yang diberikan dan cara menghubunginya</translation>
    </message>
    <message>
        <source>Where the contact came from, when it was last checked</source>
        <translation>Sumber kontak ini dan kapan terakhir dicek</translation>
    </message>
    <message>
        <source>This entry came with Lintas. Numbers and addresses change: check them before giving them to a client, and correct them here.</source>
        <translation>Entri ini bawaan Lintas. Nomor dan alamat bisa berubah: cek dulu sebelum memberikannya kepada klien, dan perbaiki di sini bila perlu.</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>Salin n&amp;omor</translation>
    </message>
    <message>
        <source>Copy the phone number to the clipboard (the arrow offers the others)</source>
        <translation>Salin nomor telepon ke papan klip (tanda panah menawarkan nomor lainnya)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Batalkan perubahan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Town or province</source>
        <translation>Kota atau provinsi</translation>
    </message>
</context>
<context>
    <name>lintas::ui::OrganisationPicker</name>
    <message>
        <source>Search the directory: name, city, service…</source>
        <translation>Cari di direktori: nama, kota, layanan…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Cari lembaga</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Lembaga</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PagedHtml</name>
    <message>
        <source>Printed %1</source>
        <translation>Dicetak %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Confidential — contains personal data</source>
        <translation>Rahasia — berisi data pribadi</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ParticipantGrid</name>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PartiesPage</name>
    <message>
        <source>The details of this party were changed but not saved.</source>
        <translation>Data pihak ini sudah diubah tetapi belum disimpan.</translation>
    </message>
    <message>
        <source>Delete “%1”? It is not linked to any case.</source>
        <translation>Hapus “%1”? Pihak ini tidak terkait dengan kasus apa pun.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”? It is linked to %n case(s); those links are removed too.</source>
        <translation>
            <numerusform>Hapus “%1”? Pihak ini terkait dengan %n kasus; keterkaitan itu juga akan dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete party</source>
        <translation>Hapus pihak</translation>
    </message>
    <message>
        <source>No parties yet. Add employers, agencies and others with “+ New party”.</source>
        <translation>Belum ada pihak terkait. Tambahkan majikan, agen, dan pihak lain lewat “+ Pihak baru”.</translation>
    </message>
    <message>
        <source>No party matches.</source>
        <translation>Tidak ada pihak yang cocok.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Ca&amp;ri:</translation>
    </message>
    <message>
        <source>Name of the employer, agency…</source>
        <translation>Nama majikan, agen…</translation>
    </message>
    <message>
        <source>Search parties by name</source>
        <translation>Cari pihak menurut nama</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Kind of party</source>
        <translation>Jenis pihak</translation>
    </message>
    <message>
        <source>+ &amp;New party</source>
        <translation>+ Pihak bar&amp;u</translation>
    </message>
    <message>
        <source>Add an employer, agency or other party (Ctrl+N)</source>
        <translation>Tambahkan majikan, agen, atau pihak lain (Ctrl+N)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Pihak terkait</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PartyCasesModel</name>
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
        <source>Role in the case</source>
        <translation>Peran dalam kasus</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PartyDetails</name>
    <message>
        <source>New party</source>
        <translation>Pihak baru</translation>
    </message>
    <message>
        <source>Fill in at least the name and the kind, then save.</source>
        <translation>Isi setidaknya nama dan jenisnya, lalu simpan.</translation>
    </message>
    <message>
        <source>Not linked to any case yet.</source>
        <translation>Belum terkait dengan kasus apa pun.</translation>
    </message>
    <message numerus="yes">
        <source>This employer appears in %n case(s).</source>
        <translation>
            <numerusform>Majikan ini muncul di %n kasus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This agency appears in %n case(s).</source>
        <translation>
            <numerusform>Agen ini muncul di %n kasus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This training centre appears in %n case(s).</source>
        <translation>
            <numerusform>Balai latihan kerja ini muncul di %n kasus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This moneylender appears in %n case(s).</source>
        <translation>
            <numerusform>Pemberi pinjaman ini muncul di %n kasus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This broker appears in %n case(s).</source>
        <translation>
            <numerusform>Calo/sponsor ini muncul di %n kasus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This party appears in %n case(s).</source>
        <translation>
            <numerusform>Pihak ini muncul di %n kasus.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete party…</source>
        <translation>&amp;Hapus pihak…</translation>
    </message>
    <message>
        <source>Delete this party and its links to cases</source>
        <translation>Hapus pihak ini beserta keterkaitannya dengan kasus</translation>
    </message>
    <message>
        <source>Cases (Enter opens the case):</source>
        <translation>Kasus (Enter membuka kasus):</translation>
    </message>
    <message>
        <source>Cases of this party</source>
        <translation>Kasus yang melibatkan pihak ini</translation>
    </message>
    <message>
        <source>Choose a party on the left, or add one with “+ New party” (Ctrl+N).</source>
        <translation>Pilih pihak di sebelah kiri, atau tambahkan lewat “+ Pihak baru” (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PartyForm</name>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Ne&amp;gara</translation>
    </message>
    <message>
        <source>&amp;Licence no.</source>
        <translation>No. &amp;izin</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;pon</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Choose a kind…</source>
        <translation>Pilih jenis…</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Agency licence or P3MI SIP number</source>
        <translation>Nomor izin agen atau SIP P3MI</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo c&amp;hanges</source>
        <translation>&amp;Batalkan perubahan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PartyListModel</name>
    <message numerus="yes">
        <source>Appears in %n case(s)</source>
        <translation>
            <numerusform>Muncul di %n kasus</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Licence no.</source>
        <translation>No. izin</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PassphraseStrengthMeter</name>
    <message>
        <source>Too short</source>
        <translation>Terlalu pendek</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Lemah</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Kuat</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sangat kuat</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) needed. A few words in a row are easiest to remember.</source>
        <translation>
            <numerusform>Kurang %n karakter lagi. Beberapa kata berurutan paling mudah diingat.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is one of the passwords guessed first. Add a few words of your own.</source>
        <translation>Ini termasuk kata sandi yang paling dulu ditebak. Tambahkan beberapa kata Anda sendiri.</translation>
    </message>
    <message>
        <source>Your name is easy to guess. Use other words.</source>
        <translation>Nama Anda mudah ditebak. Gunakan kata lain.</translation>
    </message>
    <message>
        <source>Repeated letters or words are easy to guess. Add a few different words.</source>
        <translation>Huruf atau kata yang diulang mudah ditebak. Tambahkan beberapa kata yang berbeda.</translation>
    </message>
    <message>
        <source>Sequences such as 1234 or abcd are easy to guess. Add a few words.</source>
        <translation>Urutan seperti 1234 atau abcd mudah ditebak. Tambahkan beberapa kata.</translation>
    </message>
    <message>
        <source>Keyboard rows such as qwerty are easy to guess. Add a few words.</source>
        <translation>Deretan tombol seperti qwerty mudah ditebak. Tambahkan beberapa kata.</translation>
    </message>
    <message>
        <source>Years and dates are easy to guess. Add a few words.</source>
        <translation>Tahun dan tanggal mudah ditebak. Tambahkan beberapa kata.</translation>
    </message>
    <message>
        <source>Birthdays, phone and ID numbers are easy to find out. Use words instead.</source>
        <translation>Tanggal lahir, nomor HP, dan NIK mudah diketahui orang. Gunakan kata-kata.</translation>
    </message>
    <message>
        <source>Add a few more words. Unusual ones help most.</source>
        <translation>Tambahkan beberapa kata lagi. Kata yang tidak biasa paling membantu.</translation>
    </message>
    <message>
        <source>Excellent. Make sure you can remember it.</source>
        <translation>Sangat baik. Pastikan Anda dapat mengingatnya.</translation>
    </message>
    <message>
        <source>Good. One more word makes it even stronger.</source>
        <translation>Bagus. Satu kata lagi membuatnya makin kuat.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Kekuatan kata sandi</translation>
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
    <name>lintas::ui::RecordConsentDialog</name>
    <message>
        <source>Record her consent</source>
        <translation>Catat persetujuannya</translation>
    </message>
    <message>
        <source>Explain to her who would see her story and why. Record her consent only if she gives it.</source>
        <translation>Jelaskan kepadanya siapa yang akan melihat ceritanya dan mengapa. Catat persetujuannya hanya jika ia memberikannya.</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Catat persetujuan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
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
        <source>Open profile</source>
        <translation>Buka profil</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>Lintas recovery sheet - %1.pdf</source>
        <translation>Lembar pemulihan Lintas - %1.pdf</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>Simpan lembar pemulihan</translation>
    </message>
    <message>
        <source>Recovery sheet not saved</source>
        <translation>Lembar pemulihan tidak tersimpan</translation>
    </message>
    <message>
        <source>Print recovery sheet</source>
        <translation>Cetak lembar pemulihan</translation>
    </message>
    <message>
        <source>Recovery sheet not printed</source>
        <translation>Lembar pemulihan tidak tercetak</translation>
    </message>
    <message>
        <source>The recovery sheet could not be printed. Check the printer and try again, or save the sheet as PDF and print it from another computer.</source>
        <translation>Lembar pemulihan tidak dapat dicetak. Periksa printer lalu coba lagi, atau simpan lembar ini sebagai PDF dan cetak dari komputer lain.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Saved as %1. Print it, then delete the file: anyone who finds it can open your profile with this laptop&apos;s data.</source>
        <translation>Tersimpan sebagai %1. Cetaklah, lalu hapus berkasnya: siapa pun yang menemukannya dapat membuka profil Anda dengan data laptop ini.</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery code</source>
        <translation>Saya sudah mencatat atau mencetak kode pemulihan</translation>
    </message>
    <message>
        <source>Recovery code as a QR code</source>
        <translation>Kode pemulihan dalam bentuk kode QR</translation>
    </message>
</context>
<context>
    <name>lintas::ui::RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Lembar pemulihan</translation>
    </message>
    <message>
        <source>Lintas recovery sheet</source>
        <translation>Lembar pemulihan Lintas</translation>
    </message>
    <message>
        <source>Made by Lintas. Lintas keeps no copy of this code.</source>
        <translation>Dibuat oleh Lintas. Lintas tidak menyimpan salinan kode ini.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Laptop (write which one)</source>
        <translation>Laptop (tulis yang mana)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>The code never contains the letters I, L, O or U: 0 and 1 are always digits.</source>
        <translation>Kode ini tidak pernah memuat huruf I, L, O, atau U: 0 dan 1 selalu berupa angka.</translation>
    </message>
    <message>
        <source>The same code as a QR code. Scan it only with a device you trust: many phone apps send what they scan to the internet.</source>
        <translation>Kode yang sama dalam bentuk kode QR. Pindai hanya dengan perangkat yang Anda percayai: banyak aplikasi ponsel mengirim hasil pindaiannya ke internet.</translation>
    </message>
    <message>
        <source>Keep it on paper in a safe, locked place: not with the laptop, and never as a photo or a file on the laptop or a phone.</source>
        <translation>Simpan di atas kertas, di tempat yang aman dan terkunci: jangan bersama laptop, dan jangan pernah sebagai foto atau berkas di laptop atau ponsel.</translation>
    </message>
    <message>
        <source>Anyone who has this sheet and this laptop&apos;s data file can open your profile and read your cases.</source>
        <translation>Siapa pun yang memegang lembar ini dan berkas data laptop ini dapat membuka profil Anda dan membaca kasus-kasus Anda.</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code lets you choose a new one. Your administrator can help.</source>
        <translation>Jika Anda lupa kata sandi, dengan kode ini Anda dapat membuat kata sandi baru. Administrator Anda dapat membantu.</translation>
    </message>
    <message>
        <source>If the sheet is lost, or someone else may have seen it, tell your administrator.</source>
        <translation>Jika lembar ini hilang, atau mungkin sudah dilihat orang lain, beri tahu administrator Anda.</translation>
    </message>
    <message>
        <source>Keep this sheet safe</source>
        <translation>Simpan lembar ini dengan aman</translation>
    </message>
    <message>
        <source>Organisation recovery key</source>
        <translation>Kunci pemulihan organisasi</translation>
    </message>
    <message>
        <source>Lintas organisation recovery key</source>
        <translation>Kunci pemulihan organisasi Lintas</translation>
    </message>
    <message>
        <source>Made by Lintas. Lintas and the server keep no copy of this key.</source>
        <translation>Dibuat oleh Lintas. Lintas dan server tidak menyimpan salinan kunci ini.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Kept by (write who)</source>
        <translation>Disimpan oleh (tulis siapa)</translation>
    </message>
    <message>
        <source>The same key with the organisation&apos;s server, as a QR code. Scan it only with a device you trust: many phone apps send what they scan to the internet.</source>
        <translation>Kunci yang sama beserta server organisasi, sebagai kode QR. Pindai hanya dengan perangkat yang Anda percayai: banyak aplikasi ponsel mengirim hasil pindaian ke internet.</translation>
    </message>
    <message>
        <source>Or type this link where Lintas asks for a join code:</source>
        <translation>Atau ketik tautan ini di tempat Lintas meminta kode bergabung:</translation>
    </message>
    <message>
        <source>Keep it on paper in a safe, locked place away from every laptop, and never as a photo or a file. Two trusted people should know where it is.</source>
        <translation>Simpan di atas kertas di tempat aman yang terkunci, jauh dari semua laptop, dan jangan pernah sebagai foto atau berkas. Dua orang tepercaya sebaiknya tahu di mana letaknya.</translation>
    </message>
    <message>
        <source>Anyone who has this sheet can join the organisation as an administrator and read all of its cases.</source>
        <translation>Siapa pun yang memegang lembar ini dapat bergabung dengan organisasi sebagai administrator dan membaca semua kasusnya.</translation>
    </message>
    <message>
        <source>If every administrator laptop is lost: on a new laptop, open Sync and type the link above (or scan the QR code) where Lintas asks for a join code. That laptop becomes an administrator and receives all cases again.</source>
        <translation>Jika semua laptop administrator hilang: di laptop baru, buka Sinkronisasi dan ketik tautan di atas (atau pindai kode QR) di tempat Lintas meminta kode bergabung. Laptop itu menjadi administrator dan menerima semua kasus lagi.</translation>
    </message>
    <message>
        <source>If the sheet is lost or may have been seen: make a new key, then remove &quot;Organisation recovery key&quot; from the laptops list.</source>
        <translation>Jika lembar ini hilang atau mungkin sudah dilihat orang lain: buat kunci baru, lalu keluarkan &quot;Kunci pemulihan organisasi&quot; dari daftar laptop.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ReferralModel</name>
    <message>
        <source>(organisation removed)</source>
        <translation>(lembaga dihapus)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tanggapan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::RemoveLaptopDialog</name>
    <message>
        <source>Remove a laptop</source>
        <translation>Keluarkan laptop</translation>
    </message>
    <message>
        <source>Remove a laptop that was lost or stolen, or that belongs to someone who left the organisation. Sync first, so that this laptop has everything the other one sent.</source>
        <translation>Keluarkan laptop yang hilang atau dicuri, atau milik orang yang sudah keluar dari organisasi. Sinkronkan dulu, supaya laptop ini sudah menerima semua yang dikirim laptop itu.</translation>
    </message>
    <message>
        <source>&amp;Laptop:</source>
        <translation>&amp;Laptop:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What removing does:&lt;/b&gt; the server refuses that laptop at once. Everything written from now on is locked with a new key that it never receives, and anything it still sends is refused by every laptop of the organisation.</source>
        <translation>&lt;b&gt;Yang dilakukan:&lt;/b&gt; server langsung menolak laptop itu. Semua yang ditulis mulai sekarang dikunci dengan kunci baru yang tidak pernah diterimanya, dan apa pun yang masih dikirimnya ditolak oleh semua laptop organisasi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What removing cannot do:&lt;/b&gt; cases already on that laptop stay on it. They are protected only by its passphrase. If the passphrase was weak, written down or known to others, treat those cases as exposed and warn the people concerned.</source>
        <translation>&lt;b&gt;Yang tidak bisa dilakukan:&lt;/b&gt; kasus yang sudah ada di laptop itu tetap ada di sana, hanya dilindungi oleh kata sandinya. Jika kata sandinya lemah, dicatat, atau diketahui orang lain, anggaplah kasus-kasus itu sudah terbuka dan beri tahu orang-orang yang bersangkutan.</translation>
    </message>
    <message>
        <source>I &amp;understand: remove this laptop now</source>
        <translation>Saya &amp;mengerti: keluarkan laptop ini sekarang</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Keluarkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SharedSpacesBox</name>
    <message>
        <source>Open a shared space</source>
        <translation>Buka ruang bersama</translation>
    </message>
    <message>
        <source>A name both organisations will recognise, e.g. the client&apos;s first name and the two places:</source>
        <translation>Nama yang dikenali kedua organisasi, mis. nama depan klien dan kedua tempat:</translation>
    </message>
    <message>
        <source>Opening the shared space on the organisation&apos;s server…</source>
        <translation>Membuka ruang bersama di server organisasi…</translation>
    </message>
    <message>
        <source>%1 is open. Choose it under Space above and invite the other organisation&apos;s caseworkers.</source>
        <translation>%1 sudah dibuka. Pilih di Ruang di atas, lalu undang pendamping organisasi lain.</translation>
    </message>
    <message>
        <source>Join a shared space</source>
        <translation>Bergabung ke ruang bersama</translation>
    </message>
    <message>
        <source>Spaces shared with other organisations</source>
        <translation>Ruang bersama dengan organisasi lain</translation>
    </message>
    <message>
        <source>When a worker goes home and another organisation takes over her case, both can follow it in a space you share: only the laptops admitted to it can read what is in it.</source>
        <translation>Saat pekerja pulang dan organisasi lain mengambil alih kasusnya, keduanya dapat mengikutinya di ruang bersama: hanya laptop yang diterima di ruang itu yang bisa membaca isinya.</translation>
    </message>
    <message>
        <source>&amp;Open a shared space…</source>
        <translation>&amp;Buka ruang bersama…</translation>
    </message>
    <message>
        <source>&amp;Join a shared space…</source>
        <translation>Ber&amp;gabung ke ruang bersama…</translation>
    </message>
    <message>
        <source>Continue &amp;joining %1…</source>
        <translation>Lanjutkan ber&amp;gabung ke %1…</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SpaceHandoffDialog</name>
    <message>
        <source>Hand over through a shared space</source>
        <translation>Serahkan lewat ruang bersama</translation>
    </message>
    <message>
        <source>Hand this case over to &lt;b&gt;%1&lt;/b&gt; through a space your organisation shares with them. It goes at the next sync, or whenever a connection comes.</source>
        <translation>Serahkan kasus ini kepada &lt;b&gt;%1&lt;/b&gt; lewat ruang yang dibagikan organisasi Anda dengan mereka. Kasus dikirim pada sinkron berikutnya, atau saat ada sambungan.</translation>
    </message>
    <message>
        <source>Shared &amp;space:</source>
        <translation>Ruang &amp;bersama:</translation>
    </message>
    <message>
        <source>This laptop is in no space shared with another organisation yet. An admin opens one under Sync → Organisation, or joins one the other organisation opened. Until then, hand the case over as a file.</source>
        <translation>Laptop ini belum ada di ruang bersama dengan organisasi lain. Admin membukanya di Sinkron → Organisasi, atau bergabung ke ruang yang dibuka organisasi lain. Sampai saat itu, serahkan kasus sebagai berkas.</translation>
    </message>
    <message>
        <source>The case goes with its whole history: the client, claims and payments, notes, deadlines, parties, consents and referrals. Everyone admitted to the shared space, of both organisations, can read it and continue it; so can you.</source>
        <translation>Kasus pindah dengan seluruh riwayatnya: klien, tuntutan dan pembayaran, catatan, tenggat, pihak terkait, persetujuan dan rujukan. Semua anggota ruang bersama, dari kedua organisasi, dapat membaca dan melanjutkannya; begitu juga Anda.</translation>
    </message>
    <message>
        <source>&amp;Keep confidential notes with our organisation</source>
        <translation>Simpan catatan &amp;rahasia di organisasi kita</translation>
    </message>
    <message>
        <source>Colleagues of yours who are not in the shared space keep what they have of the case but can no longer change it. Handing over cannot take back what the other organisation has received.</source>
        <translation>Rekan Anda yang tidak ada di ruang bersama tetap menyimpan kasus yang sudah mereka miliki, tetapi tidak bisa mengubahnya lagi. Penyerahan tidak bisa menarik kembali apa yang sudah diterima organisasi lain.</translation>
    </message>
    <message>
        <source>&amp;Print hand-over record…</source>
        <translation>&amp;Cetak berita acara serah terima…</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Serahkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SuggestDeadlinesDialog</name>
    <message>
        <source>Already in this case</source>
        <translation>Sudah ada di kasus ini</translation>
    </message>
    <message>
        <source>Date to be confirmed</source>
        <translation>Tanggal perlu dikonfirmasi</translation>
    </message>
    <message>
        <source>Already passed</source>
        <translation>Sudah lewat</translation>
    </message>
    <message>
        <source>No deadline rule covers the case types and countries of this case yet. Tick them on the Details tab, or add deadlines by hand.</source>
        <translation>Belum ada aturan tenggat untuk jenis kasus dan negara kasus ini. Centang keduanya di tab Rincian, atau tambahkan tenggat secara manual.</translation>
    </message>
    <message>
        <source>Tick a date above to see the deadlines counted from it.</source>
        <translation>Centang tanggal di atas untuk melihat tenggat yang dihitung darinya.</translation>
    </message>
    <message>
        <source>Deadlines from the rules</source>
        <translation>Tenggat menurut aturan</translation>
    </message>
    <message>
        <source>Tick the dates you know. Each deadline below is counted from one of them and shows the law or guideline it comes from. Check every date before you rely on it.</source>
        <translation>Centang tanggal yang Anda ketahui. Setiap tenggat di bawah dihitung dari salah satunya dan menyebut hukum atau pedoman sumbernya. Periksa setiap tanggal sebelum Anda mengandalkannya.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Add ticked deadlines</source>
        <translation>Tambahkan tenggat yang dicentang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SyncChip</name>
    <message>
        <source>Click to open the sync page.</source>
        <translation>Klik untuk membuka halaman sinkronisasi.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SyncPage</name>
    <message numerus="yes">
        <source>%n conflict(s) to check</source>
        <translation>
            <numerusform>%n konflik perlu diperiksa</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflik (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SyncStatusPanel</name>
    <message numerus="yes">
        <source>%n change(s) made on this laptop not yet on the server</source>
        <translation>
            <numerusform>%n perubahan di laptop ini belum sampai di server</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems since this profile was unlocked.</source>
        <translation>Tidak ada masalah sejak profil ini dibuka.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Bergabung dengan organisasi…</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisasi:</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>Sinkron terakhir:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Menunggu dikirim:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflik:</translation>
    </message>
    <message>
        <source>Set aside:</source>
        <translation>Disisihkan:</translation>
    </message>
    <message>
        <source>Last problems:</source>
        <translation>Masalah terakhir:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting for an admin to approve this laptop</source>
        <translation>Menunggu admin menyetujui laptop ini</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Belum bergabung</translation>
    </message>
    <message numerus="yes">
        <source>%n to check — show</source>
        <translation>
            <numerusform>%n perlu diperiksa — tampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Nothing: every record received could be checked and applied.</source>
        <translation>Tidak ada: semua data yang diterima lolos pemeriksaan dan diterapkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received could not be applied and are kept aside, unchanged:</source>
        <translation>
            <numerusform>%n data yang diterima tidak dapat diterapkan dan disisihkan, tanpa diubah:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::ui::TimelineModel</name>
    <message>
        <source>Corrects the entry of %1:</source>
        <translation>Koreksi atas catatan %1:</translation>
    </message>
    <message>
        <source>Corrects an earlier entry:</source>
        <translation>Koreksi atas catatan sebelumnya:</translation>
    </message>
    <message>
        <source>[Corrected below]</source>
        <translation>[Dikoreksi di bawah]</translation>
    </message>
    <message>
        <source>[Confidential]</source>
        <translation>[Rahasia]</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
</context>
<context>
    <name>lintas::ui::TimelineTab</name>
    <message>
        <source>Add to the timeline</source>
        <translation>Tambah ke kronologi</translation>
    </message>
    <message>
        <source>Correct the entry of %1</source>
        <translation>Koreksi catatan %1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Apa yang terjadi</translation>
    </message>
    <message>
        <source>Con&amp;fidential</source>
        <translation>&amp;Rahasia</translation>
    </message>
    <message>
        <source>Left out of printed summaries and hand-off sheets.</source>
        <translation>Tidak ikut dicetak di ringkasan dan berita acara serah terima.</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>&amp;Tambahkan catatan</translation>
    </message>
    <message>
        <source>&amp;Add correction</source>
        <translation>&amp;Tambahkan koreksi</translation>
    </message>
    <message>
        <source>Add to the timeline (Ctrl+Enter)</source>
        <translation>Tambah ke kronologi (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>K&amp;oreksi…</translation>
    </message>
    <message>
        <source>Write a correction of the selected entry. The entry itself stays on record.</source>
        <translation>Tulis koreksi atas catatan yang dipilih. Catatan aslinya tetap tersimpan.</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>Batalkan koreksi</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Kronologi kejadian</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Catatan yang dipilih</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <source>Whe&amp;n</source>
        <translation>&amp;Waktu</translation>
    </message>
    <message>
        <source>The entry you were correcting when Lintas locked is no longer in this timeline. What you wrote is back as a new entry.</source>
        <translation>Catatan yang sedang Anda koreksi saat Lintas dikunci sudah tidak ada di kronologi ini. Yang Anda tulis kembali sebagai catatan baru.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation>Hari ini, %1</translation>
    </message>
    <message>
        <source>Sho&amp;w the next</source>
        <translation>Tampilkan &amp;hingga</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>How many days ahead to show</source>
        <translation>Berapa hari ke depan yang ditampilkan</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n lewat waktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the next %1 days</source>
        <translation>
            <numerusform>%n dalam %1 hari ke depan</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines and hearings</source>
        <translation>Batas waktu dan sidang</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>No open deadline or hearing in the next %1 days.</source>
        <translation>Tidak ada batas waktu atau sidang yang terbuka dalam %1 hari ke depan.</translation>
    </message>
    <message>
        <source>No open task in the next %1 days.</source>
        <translation>Tidak ada tugas terbuka dalam %1 hari ke depan.</translation>
    </message>
    <message>
        <source>Recently worked on</source>
        <translation>Terakhir dikerjakan</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Buka kasus</translation>
    </message>
    <message>
        <source>Open the case of the chosen line (Enter)</source>
        <translation>Buka kasus dari baris yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <source>The chosen deadline or task is done today</source>
        <translation>Batas waktu atau tugas yang dipilih selesai hari ini</translation>
    </message>
</context>
<context>
    <name>lintas::ui::Workbench</name>
    <message>
        <source>Case %1 created.</source>
        <translation>Kasus %1 sudah dibuat.</translation>
    </message>
    <message>
        <source>The directory of services could not be filled in: %1</source>
        <translation>Direktori layanan tidak dapat diisi: %1</translation>
    </message>
</context>
</TS>
