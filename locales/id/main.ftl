# sodan — Indonesian (id).
# Review: machine-assisted translation from locales/en/main.ftl; NOT yet reviewed by a native speaker.
#
# Rules for every locale (see docs/dialogs.md):
# - Short sentences, everyday words. Many readers have little schooling in
#   this language and read on a small phone screen.
# - Button labels (ids ending in -label or starting with menu-/choice-) fit in
#   20 characters where the language allows it: LINE and Messenger cut longer ones.
# - { $variables } are filled in by sodan. Keep them exactly as they are.
# - cmd-* messages list the words a worker may type instead of a slash
#   command, separated by " | ". Lower case; sodan ignores case and width.

## Language

# The language's own name, in its own script. Shown on the language buttons.
language-name = Bahasa Indonesia
language-name-ja = インドネシア語
lang-prompt = Silakan pilih bahasa Anda.
lang-changed = Baik. Mulai sekarang saya akan menulis dalam Bahasa Indonesia.

## Global commands typed as words

cmd-menu = menu utama | mulai | awal | beranda
cmd-human = bantuan | konselor | orang | bicara dengan orang
cmd-lang = bahasa | ganti bahasa | ubah bahasa
cmd-forget = lupakan saya | hapus data saya | hapus data

## Welcome and main menu

welcome =
    Halo. Saya sodan, layanan bantuan yang gratis dan rahasia untuk orang dari luar negeri yang bekerja di Jepang.
    Saya bisa memeriksa gaji Anda, uang yang dipotong dari gaji, dan lembur Anda. Saya juga bisa memberi tahu tempat mendapat bantuan dalam bahasa Anda.
    Saya tidak memberi tahu apa pun kepada perusahaan Anda atau lembaga pengawas (kumiai).
menu-prompt = Apa yang ingin Anda lakukan? Ketuk tombol atau tulis nomornya.
menu-wage = Gaji terlalu rendah?
menu-deductions = Potongan gaji
menu-overtime = Upah lembur
menu-help = Tempat minta bantuan
menu-human = Bicara dengan orang
menu-rights = Hak-hak saya
menu-hint = Kapan saja, Anda bisa menulis /menu untuk kembali ke sini, /human untuk bicara dengan orang, dan /lang untuk mengganti bahasa.

## Buttons used in many places

choice-menu = Menu utama
choice-human = Bicara dengan orang
choice-yes = Ya
choice-no = Tidak
choice-lines = Saluran telepon
choice-try-again = Coba lagi
choice-type-name = Saya ketik sendiri

## Topic titles

topic-wage = Cek upah minimum
topic-deductions = Potongan gaji Anda
topic-overtime = Cek upah lembur
topic-rights = Hak kerja Anda

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    Layanan Telepon Konsultasi Kondisi Kerja (労働条件相談ほっとライン) — telepon gratis dari pemerintah untuk masalah di tempat kerja: { $hotline_phone }
    Waktu Jepang: Senin sampai Jumat { $hotline_weekday_hours }; Sabtu, Minggu, dan hari libur { $hotline_weekend_hours }. Tutup dari { $hotline_closed_from } sampai { $hotline_closed_to } (bulan/tanggal).
    Layanan ini menjawab dalam bahasa Jepang, dan ada juga saluran dalam bahasa lain. Anda tidak perlu menyebutkan nama.
hotlines-emergency = Jika Anda dalam bahaya sekarang, telepon 110 (polisi) atau 119 (ambulans, pemadam kebakaran). Keduanya gratis, siang dan malam.

## Talking to a person

human-counselors-open = Konselor kami sedang bekerja sekarang ({ $counselor_hours }, waktu Jepang).
human-counselors-open-wait = Konselor kami sedang bekerja sekarang ({ $counselor_hours }, waktu Jepang). Biasanya mereka menjawab dalam { $counselor_wait } menit.
human-counselors-closed = Konselor kami sedang tidak bekerja. Mereka kembali pada { $counselors_back }, waktu Jepang ({ $counselor_hours }). Mereka akan membaca semua yang Anda tulis di sini.
human-waiting =
    Terima kasih. Seorang konselor akan menjawab Anda di sini, di chat ini, secepat mungkin.
    Anda boleh terus menulis: semua yang Anda kirim disimpan untuk konselor.
emergency-escalated =
    Saya sudah memberi tahu konselor kami bahwa Anda mungkin dalam bahaya. Seseorang akan menjawab Anda di sini secepat mungkin. Selalu bawa HP Anda.
    Kalau bisa, pergilah ke tempat yang aman: pos polisi (交番), minimarket, atau stasiun.

## Forget me

forget-confirm = Apakah Anda ingin saya menghapus semua yang saya simpan tentang Anda, yaitu pesan dan jawaban Anda? Ini tidak bisa dibatalkan.
forget-done = Selesai. Saya sudah menghapus data yang saya simpan tentang Anda. Jika Anda menulis lagi, kita mulai dari awal.
forget-cancelled = Baik. Saya tidak menghapus apa pun.

## When the worker's answer does not fit

unrecognised-choice = Maaf, saya tidak mengerti. Silakan ketuk salah satu tombol, atau tulis nomornya.
input-invalid-number = Silakan tulis angka, misalnya 5.
input-invalid-yen = Silakan tulis jumlah uang dalam yen, misalnya 150000 atau 15万円.
input-invalid-hours = Silakan tulis jumlah jam, misalnya 8 atau 7.5.
input-invalid-date = Silakan tulis tanggal seperti 2026-11-23 (tahun-bulan-tanggal).
input-invalid-prefecture = Saya tidak mengenal prefektur itu. Silakan tulis namanya, misalnya Tokyo, Aichi, atau 愛知.
input-invalid-text = Silakan tulis pesan singkat (paling banyak 1000 huruf).
input-implausible = Yang saya baca: { $understood }. Sepertinya angka itu kurang tepat di sini. Silakan periksa angkanya dan tulis lagi.
conversation-reset = Maaf, percakapan ini diperbarui selama Anda tidak ada. Mari kita mulai lagi dari menu utama.

## The web chat page's own words

webchat-title = sodan: bantuan untuk pekerja di Jepang
webchat-placeholder = Tulis pesan
webchat-send = Kirim
webchat-offline = Tidak ada koneksi. Pesan Anda akan dikirim setelah Anda tersambung lagi.

## Asking where and how the worker is paid (wage and overtime checks)

ask-region = Di mana Anda bekerja? Pilih wilayah Jepang, atau tulis nama prefekturnya.
region-hokkaido = Hokkaido
region-tohoku = Tohoku
region-kanto = Kanto (Tokyo)
region-chubu = Chubu (Aichi)
region-kinki = Kinki (Osaka)
region-chugoku = Chugoku
region-shikoku = Shikoku
region-kyushu = Kyushu, Okinawa
ask-prefecture = Prefektur yang mana? Ketuk namanya, atau tulis namanya (misalnya Aichi atau 愛知).
ask-pay-form = Bagaimana cara Anda dibayar?
pay-form-hourly = Per jam
pay-form-daily = Per hari
pay-form-monthly = Per bulan
pay-form-piece = Borongan (per buah)
ask-hourly-pay = Berapa yen yang Anda dapat untuk satu jam? Misalnya 1100.
ask-daily-pay = Berapa yen yang Anda dapat untuk satu hari? Misalnya 9000.
ask-hours-per-day = Berapa jam Anda bekerja dalam satu hari biasa, tanpa waktu istirahat? Misalnya 8.
ask-monthly-pay = Berapa yen gaji Anda untuk satu bulan, sebelum dipotong pajak dan potongan lain? Misalnya 180000 atau 18万. Angka ini ada di slip gaji Anda.
ask-know-monthly-hours = Apakah Anda tahu jam kerja yang ditetapkan per bulan? Jam ini tertulis di kontrak atau peraturan kerja Anda (所定労働時間).
monthly-hours-known = Ya, saya tahu
monthly-hours-unknown = Tidak, bantu saya
ask-monthly-hours = Berapa jam kerja yang ditetapkan per bulan? Misalnya 160.
ask-days-per-week = Biasanya berapa hari seminggu Anda bekerja? Misalnya 5.
monthly-hours-estimated = Itu kira-kira { $monthly_hours } jam sebulan ({ $days_per_week } hari × { $hours_per_day } jam × 52 minggu ÷ 12 bulan). Ini hanya perkiraan: angka yang tepat mungkin ada di kontrak Anda.
ask-piece-pay = Berapa yen yang Anda dapat untuk barang yang Anda buat dalam satu periode gaji (biasanya satu bulan)?
ask-piece-hours = Berapa jam Anda benar-benar bekerja dalam periode itu?

## Minimum wage check

wage-intro = Saya akan membandingkan gaji Anda dengan upah minimum di prefektur tempat Anda bekerja. Upah minimum adalah bayaran per jam paling rendah yang diizinkan hukum, untuk semua pekerja, termasuk peserta magang teknis.
wage-ask-when = Gaji yang mana yang ingin Anda periksa?
wage-when-now = Gaji saya sekarang
wage-when-earlier = Bulan sebelumnya
wage-ask-date = Bulan apa? Tulis tahun dan bulan, misalnya 2025-08.
wage-ask-included = Apakah jumlah itu termasuk salah satu dari ini? Upah lembur, kerja malam, atau kerja hari libur; tunjangan transportasi, keluarga, atau kehadiran penuh; bonus. Semua ini tidak dihitung untuk upah minimum.
wage-ask-excluded = Dari jumlah itu, berapa yen untuk hal-hal tadi? Jumlahkan dari slip gaji Anda. Misalnya 15000.
wage-result-below =
    Upah minimum di { $prefecture } pada { $checked_date } adalah ¥{ $minimum_wage } per jam (berlaku sejak { $minimum_since }).
    Gaji Anda yang dihitung untuk upah minimum adalah ¥{ $hourly_equivalent } per jam.
    Itu ¥{ $shortfall_per_hour } per jam DI BAWAH upah minimum. Membayar lebih rendah dari upah minimum melanggar hukum: Undang-Undang Upah Minimum Pasal 4 (最低賃金法 第4条). Perusahaan wajib membayar kekurangannya.
    (Data upah minimum per { $data_as_of }.)
wage-result-ok =
    Upah minimum di { $prefecture } pada { $checked_date } adalah ¥{ $minimum_wage } per jam (berlaku sejak { $minimum_since }).
    Gaji Anda yang dihitung untuk upah minimum adalah ¥{ $hourly_equivalent } per jam. Itu tidak di bawah upah minimum.
    (Data upah minimum per { $data_as_of }.)
wage-pending-recommended = Upah minimum baru sebesar ¥{ $pending_amount } sudah direkomendasikan untuk { $pending_fy }. Mungkin upah ini sudah berlaku: tanyakan ke Biro Tenaga Kerja (労働局) atau konselor.
wage-pending-planned = Upah minimum baru sebesar ¥{ $pending_amount } sudah direkomendasikan untuk { $pending_fy }, dan rencananya mulai berlaku { $pending_since }. Mungkin upah ini sudah berlaku: tanyakan ke Biro Tenaga Kerja (労働局) atau konselor.
wage-pending-confirmed = Mulai { $pending_since }, upah minimum di sini menjadi ¥{ $pending_amount } per jam.
wage-below-next = Yang bisa Anda lakukan: simpan slip gaji, kontrak kerja, dan catatan jam kerja Anda. Konselor bisa membantu Anda meminta uang itu, dalam bahasa Anda.
wage-estimate-owed = Berapa yang kurang?
wage-ask-months = Sudah berapa bulan gaji Anda serendah ini? Misalnya 6.
wage-ask-worked-hours = Berapa jam Anda bekerja dalam sebulan biasa? Misalnya 170.
wage-back-pay =
    Itu kurang sekitar ¥{ $shortfall_per_month } setiap bulan (¥{ $shortfall_per_hour } per jam × { $hours_counted } jam), jadi kira-kira ¥{ $back_pay } selama { $months } bulan. Ini hanya perkiraan; jumlah sebenarnya tergantung slip gaji Anda.
    Anda bisa menagih gaji yang belum dibayar sampai { $limitation_years } tahun setelah setiap hari gajian. Simpan slip gaji Anda dan catat jam kerja Anda setiap hari.
wage-ok-end = Jika ada uang yang dipotong dari gaji Anda, atau lembur tidak dibayar dengan benar, Anda juga bisa memeriksanya.
wage-no-data = Saya tidak punya data upah minimum untuk tanggal itu. Data saya mulai dari { $earliest_date }. Konselor atau Biro Tenaga Kerja (労働局) bisa memberi tahu Anda.
wage-invalid = Beberapa jawaban tidak cocok satu sama lain (misalnya, bagian yang tidak dihitung lebih besar dari seluruh gaji). Mari kita coba lagi.

## Overtime check

overtime-intro =
    Kerja lebih dari 8 jam sehari atau 40 jam seminggu adalah lembur. Menurut hukum, lembur harus dibayar paling sedikit { $premium_overtime }% lebih tinggi dari upah biasa, dan { $premium_beyond_60h }% lebih tinggi untuk lembur di atas { $premium_threshold_hours } jam dalam sebulan.
    Kerja antara pukul 22:00 dan 5:00 dibayar { $premium_late_night }% lebih tinggi, dan kerja pada hari libur mingguan Anda { $premium_legal_holiday }% lebih tinggi. Saya akan memeriksa satu bulan.
overtime-ask-hours = Berapa jam lembur Anda bulan ini (lebih dari 8 jam sehari atau 40 jam seminggu)? Tulis 0 jika tidak ada.
overtime-ask-night = Dari semua jam kerja Anda bulan ini, berapa jam yang antara pukul 22:00 dan 5:00? Tulis 0 jika tidak ada.
overtime-ask-holiday = Berapa jam Anda bekerja pada hari libur mingguan Anda bulan ini? Tulis 0 jika tidak ada.
overtime-ask-paid = Berapa yen total yang Anda terima bulan ini untuk lembur, kerja malam, dan kerja di hari libur? Lihat slip gaji Anda. Jika Anda dapat ¥300 per jam selama 40 jam, tulis 12000.
overtime-above-45 = Ini lebih dari { $limit_without_special_clause } jam lembur dalam sebulan. Ini hanya boleh jika ada perjanjian khusus di tempat kerja Anda, dan hanya pada beberapa bulan dalam setahun. Tanyakan kepada konselor.
overtime-at-or-above-100 = Bulan ini, lembur dan kerja hari libur Anda jumlahnya { $limit_absolute_below } jam atau lebih. Dalam keadaan apa pun, ini melanggar hukum: Undang-Undang Standar Ketenagakerjaan Pasal 36 (労働基準法 第36条). Ini juga berbahaya bagi kesehatan Anda.
overtime-result-underpaid =
    Upah dasar Anda ¥{ $base_per_hour } per jam (tidak pernah dihitung kurang dari upah minimum).
    Untuk jam-jam ini, Anda seharusnya mendapat paling sedikit ¥{ $required_pay }. Anda mendapat ¥{ $overtime_paid }: kurang ¥{ $overtime_shortfall }. Ini melanggar hukum: Undang-Undang Standar Ketenagakerjaan Pasal 37 (労働基準法 第37条).
    Simpan slip gaji Anda dan catatan jam kerja Anda. Anda bisa menagih gaji yang belum dibayar sampai { $limitation_years } tahun.
overtime-result-ok =
    Upah dasar Anda ¥{ $base_per_hour } per jam. Untuk jam-jam ini, hukum mewajibkan paling sedikit ¥{ $required_pay }, dan Anda mendapat ¥{ $overtime_paid }. Itu sudah cukup.
overtime-invalid = Saya tidak bisa memeriksa ini dengan jawaban Anda. Mari kita coba lagi, atau tanyakan kepada konselor.

## Where to get help

help-prefecture-unknown = Saya tidak tahu
help-line-open-now = Buka sekarang, dalam bahasa Anda: { $line_name }, telepon { $line_phone } ({ $line_hours }). Semua jam memakai waktu Jepang.
help-line-opens-later = Dalam bahasa Anda: { $line_name }, telepon { $line_phone }. Sekarang sedang tutup, dan buka pada { $opens_at } waktu Jepang ({ $line_hours }).
help-line-hours-unknown = Dalam bahasa Anda: { $line_name }, telepon { $line_phone }. Saya tidak tahu pasti kapan saluran ini buka ({ $line_hours }).
help-line-none = Saya belum tahu saluran telepon dalam bahasa Anda. Saluran pemerintah di bawah ini menjawab dalam bahasa Jepang, dan ada juga bahasa lain. Konselor di sini juga bisa membantu Anda lewat tulisan di chat ini.
help-line-uncertain = Nomor ini hanya berasal dari satu sumber tidak resmi, jadi saya tidak yakin nomor ini masih benar. Jika tidak ada yang menjawab, telepon saluran pemerintah di bawah ini.
# Opening hours of phone lines, assembled from data/contacts.toml.
day-mon = Sen
day-tue = Sel
day-wed = Rab
day-thu = Kam
day-fri = Jum
day-sat = Sab
day-sun = Min
day-holiday = hari libur
hours-every-day = setiap hari
hours-always = 24 jam, setiap hari
hours-closed = tutup { $dates }
hours-unknown = hari dan jam buka tidak diketahui pasti
help-other-lines =
    Saluran telepon lain dalam bahasa Anda (● buka sekarang, ○ tutup sekarang, ? jam buka tidak diketahui):
    { $other_lines }
help-bureau = Biro Tenaga Kerja (労働局) untuk { $bureau_prefecture } adalah { $bureau_name }: { $bureau_url }. Di sana ada tempat konsultasi gratis (総合労働相談コーナー). Anda bisa datang dan bicara tanpa membuat janji. Nomor teleponnya ada di halaman itu.
help-have-ready = Sebelum menelepon atau datang, siapkan: slip gaji, kontrak kerja, catatan jam kerja Anda, dan kartu izin tinggal (在留カード).
help-show-card = Kartu untuk petugas
staff-card-wage = Saya ingin berkonsultasi tentang gaji saya: saya rasa gaji saya di bawah upah minimum (最低賃金). Bahasa saya adalah { $worker_language }. Tolong bantu saya, dengan penerjemah jika memungkinkan.
staff-card-overtime = Saya ingin berkonsultasi tentang upah lembur (残業代) yang tidak dibayar dengan benar. Bahasa saya adalah { $worker_language }. Tolong bantu saya, dengan penerjemah jika memungkinkan.
staff-card = Saya ingin berkonsultasi tentang masalah di tempat kerja. Bahasa saya adalah { $worker_language }. Tolong bantu saya, dengan penerjemah jika memungkinkan.
help-card-after = Tunjukkan kartu di atas kepada petugas di Biro Tenaga Kerja (労働局) atau kantor mana pun. Isi kartu itu sama, dalam bahasa Jepang dan dalam bahasa Anda.
