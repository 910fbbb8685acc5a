# sodan — Indonesian (id): my rights at work (dialogs/rights*.toml).
# Review: translated from locales/en/rights.ftl (the reference).
# Machine-assisted translation, not yet reviewed by a native speaker.
#
# Say only what ../shared/facts/ supports, and name the law as the facts do.
# Where the facts have a gap, say so and send the worker to a counselor.
# Never write a phone number here: the emergency numbers are in main.ftl
# (hotlines-emergency) and the lines come from data/contacts.toml.

## The menu of topics

rights-menu-prompt = Apa masalah Anda? Pilih satu.
rights-menu-passport = Paspor ditahan
rights-menu-return = Dipaksa pulang
rights-menu-harassment = Kekerasan, pelecehan
rights-menu-pregnancy = Hamil
rights-menu-unpaid = Gaji tidak dibayar
rights-menu-job = Pindah perusahaan
rights-menu-leave = Cuti berbayar
rights-other-topics = Hak lainnya
rights-counselor-now = Konselor, sekarang
rights-in-danger = Saya dalam bahaya
rights-next = Apa yang ingin Anda lakukan sekarang?
rights-escalated =
    Saya sudah meminta konselor kami untuk menjawab Anda lebih dulu. Seseorang akan menulis kepada Anda di sini secepat mungkin.
    Anda boleh terus menulis: semua yang Anda kirim disimpan untuk konselor.

## Passport or residence card kept

rights-passport-law = Paspor dan kartu izin tinggal Anda (在留カード) adalah milik Anda. Untuk peserta magang teknis, hukumnya jelas: perusahaan dan lembaga pengawas tidak boleh menyimpannya (Undang-Undang Magang Teknis, Pasal 48(1)). Biaya untuk menyimpannya juga dilarang.
rights-passport-others = Untuk pekerja lain, misalnya pekerja berketerampilan spesifik (tokutei ginou), aturan ini belum dipastikan dalam sumber yang sudah saya periksa. Konselor bisa memberi tahu aturan mana yang berlaku untuk Anda.
rights-passport-do = Yang bisa Anda lakukan: minta paspor dan kartu Anda dikembalikan. Catat kapan Anda meminta, kepada siapa, dan apa jawaban mereka. Jika mereka menolak atau mengancam Anda, bicaralah dengan konselor sekarang.

## Forced to go home

rights-return-danger = Apakah Anda dipulangkan, atau dibawa ke bandara, padahal Anda tidak mau? Itu berbahaya. Cari bantuan sekarang.
rights-return-law = Menurut hukum untuk peserta magang teknis: perusahaan dan lembaga pengawas tidak boleh menyimpan paspor Anda (Undang-Undang Magang Teknis, Pasal 48(1)). Denda karena berhenti kerja atau keluar dilarang (Undang-Undang Standar Ketenagakerjaan, Pasal 16). Saat magang Anda selesai, walaupun selesai lebih cepat, lembaga pengawas membayar tiket pesawat pulang Anda (Peraturan Pelaksanaan Undang-Undang Magang Teknis, Pasal 12(1)(vi)).
rights-return-do = Jangan tanda tangan kertas yang tidak Anda mengerti, dan jangan setuju untuk pulang sebelum Anda bicara dengan konselor. Di bandara, jika Anda dipaksa pergi padahal tidak mau, telepon polisi di nomor di atas. Ketuk "Konselor, sekarang": Anda akan dilayani paling dulu.

## Violence and harassment

rights-harassment-law = Untuk peserta magang teknis, hukum melarang memaksa Anda bekerja dengan kekerasan, ancaman, atau dengan mengurung Anda (Undang-Undang Magang Teknis, Pasal 46). Hukum juga melarang pembatasan yang tidak adil saat Anda keluar dan dalam kehidupan pribadi Anda (Undang-Undang Magang Teknis, Pasal 48(2)).
rights-harassment-record = Catat apa yang terjadi: tanggal, tempat, siapa pelakunya, dan apa yang mereka katakan atau lakukan. Simpan foto, pesan, dan surat dari dokter. Dibentak, dihina, dirundung, dan pelecehan seksual juga masalah: Anda tidak perlu menghadapinya sendirian.
rights-harassment-next = Jika Anda dalam bahaya sekarang, ketuk "Saya dalam bahaya": konselor akan menjawab Anda lebih dulu. Jika tidak, seseorang bisa membantu Anda memutuskan apa yang harus dilakukan.

## Pregnancy

rights-pregnancy-protected = Jika Anda hamil: hukum di Jepang melindungi pekerja yang hamil. Ini juga berlaku untuk pekerja asing dan peserta magang teknis. Anda tidak boleh dipecat atau dipulangkan karena hamil.
rights-pregnancy-gap = Sumber yang sudah saya periksa belum menyebutkan nama hukum yang tepat untuk ini. Konselor bisa memberi tahu hukum mana yang melindungi Anda, dan membantu Anda menggunakannya.
rights-pregnancy-do = Jika Anda disuruh berhenti kerja, disuruh pulang, atau diberi tahu bahwa Anda tidak boleh tinggal karena hamil: jangan tanda tangan apa pun dan jangan setuju dulu. Bicaralah dengan konselor lebih dulu. Jaga kesehatan Anda: periksakan diri ke dokter.

## Wages not paid

rights-unpaid-law = Gaji Anda harus dibayar penuh, dalam bentuk uang, langsung kepada Anda, paling sedikit sebulan sekali pada tanggal yang tetap (Undang-Undang Standar Ketenagakerjaan, Pasal 24).
rights-unpaid-claim = Anda bisa menagih gaji yang belum dibayar sampai { $limitation_years } tahun setelah setiap hari gajian. Simpan slip gaji dan kontrak Anda, dan catat jam kerja Anda setiap hari.
rights-unpaid-next = Saya bisa memeriksa gaji Anda bersama Anda, atau Anda bisa bicara dengan orang.

## Changing employers

rights-job-now =
    Bisakah saya pindah ke perusahaan lain?
    Peserta magang teknis: hanya dalam beberapa keadaan. Sumber yang sudah saya periksa belum menyebutkan keadaan apa saja, jadi tanyakan kepada konselor atau OTIT (lembaga pemerintah Jepang untuk magang teknis) sebelum Anda keluar dari pekerjaan.
    Pekerja berketerampilan spesifik (tokutei ginou): aturan untuk pindah perusahaan belum ada di sumber yang sudah saya periksa. Tanyakan kepada konselor sebelum Anda berhenti.
rights-job-new =
    Sistem baru, Pengembangan Keterampilan Kerja (育成就労, ikusei shuro), akan menggantikan magang teknis mulai 2027-04-01. Dalam sistem ini:
    • Jika ada kekerasan atau pelecehan, atau alasan lain sehingga Anda tidak bisa tetap bekerja di sana, Anda bisa pindah perusahaan dalam lebih banyak keadaan.
    • Anda juga bisa pindah atas keinginan sendiri, di bidang yang sama, setelah bekerja waktu tertentu di perusahaan pertama, jika Anda lulus ujian keterampilan dan ujian bahasa Jepang.
    • Pindah kerja diurus lewat lembaga pemerintah seperti Hello Work, bukan agen kerja swasta.
    • Biaya yang dibayar kepada lembaga pengirim (LPK/SO) akan diberi batas tertinggi.
rights-job-unsure = Belum dipastikan dalam sumber saya: berapa lama Anda harus bekerja dulu di setiap bidang, tingkat bahasa Jepang yang dibutuhkan di setiap bidang, dan berapa batas biayanya. Semua ini belum berlaku sebelum 2027-04-01. Tanyakan kepada konselor apa artinya untuk Anda.

## Paid leave

rights-leave-gap = Cuti tahunan berbayar (年次有給休暇): saya belum punya fakta yang sudah diperiksa tentang berapa hari yang Anda dapat dan kapan Anda bisa mengambilnya. Konselor atau saluran telepon bisa memberi tahu Anda. Catat hari-hari Anda bekerja dan hari libur yang Anda ambil.
rights-leave-overtime = Satu aturan yang bisa saya sampaikan: jika lembur Anda lebih dari { $premium_threshold_hours } jam dalam sebulan, perusahaan boleh memberi Anda libur berbayar sebagai ganti sebagian upah tambahan hanya jika ada perjanjian tertulis di tempat kerja, dan hanya jika Anda sendiri memilihnya (Undang-Undang Standar Ketenagakerjaan, Pasal 37(3)).

## The card for staff, from "Phone lines" in a topic

staff-card-rights =
    Saya ingin berkonsultasi tentang masalah di tempat kerja ini:
    { $help_topic ->
        [rights-passport] Paspor atau kartu izin tinggal saya, yang disimpan oleh perusahaan atau lembaga pengawas
        [rights-return] Saya dipulangkan padahal saya tidak mau
        [rights-harassment] Kekerasan atau pelecehan di tempat kerja
        [rights-pregnancy] Kehamilan saya dan pekerjaan saya
        [rights-unpaid] Gaji yang tidak dibayar
        [rights-job] Pindah perusahaan
        [rights-leave] Cuti berbayar
       *[other] Masalah di tempat kerja
    }.
    Bahasa saya adalah { $worker_language }. Tolong bantu saya, dengan penerjemah jika memungkinkan.
