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

## Topics that are still being built

topic-wage = Cek upah minimum
topic-deductions = Potongan gaji Anda
topic-overtime = Cek upah lembur
topic-rights = Hak kerja Anda
topic-coming =
    Pemeriksaan ini masih disiapkan dan belum siap. Mohon maaf.
    Sampai siap, seseorang bisa membantu Anda: ketuk "Bicara dengan orang", atau telepon salah satu nomor di bawah ini.

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    Layanan Telepon Konsultasi Kondisi Kerja (労働条件相談ほっとライン) — telepon gratis dari pemerintah untuk masalah di tempat kerja: { $hotline_phone }
    Waktu Jepang: Senin sampai Jumat { $hotline_weekday_hours }; Sabtu, Minggu, dan hari libur { $hotline_weekend_hours }. Tutup dari { $hotline_closed_from } sampai { $hotline_closed_to } (bulan/tanggal).
    Layanan ini menjawab dalam bahasa Jepang, dan ada juga saluran dalam bahasa lain. Anda tidak perlu menyebutkan nama.
hotlines-emergency = Jika Anda dalam bahaya sekarang, telepon 110 (polisi) atau 119 (ambulans, pemadam kebakaran). Keduanya gratis, siang dan malam.

## Talking to a person

human-ask = Dengan beberapa kata saja, apa masalah Anda? Seseorang akan membacanya. (Anda juga bisa menulis "lewati".)
human-waiting =
    Terima kasih. Seorang konselor akan menjawab Anda di sini, di chat ini, secepat mungkin.
    Anda boleh terus menulis: semua yang Anda kirim disimpan untuk konselor.
human-skip-words = lewati | lewat | lompati | -

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
conversation-reset = Maaf, percakapan ini diperbarui selama Anda tidak ada. Mari kita mulai lagi dari menu utama.

## The web chat page's own words

webchat-title = sodan: bantuan untuk pekerja di Jepang
webchat-placeholder = Tulis pesan
webchat-send = Kirim
webchat-offline = Tidak ada koneksi. Pesan Anda akan dikirim setelah Anda tersambung lagi.
