# sodan — Indonesian (id): money taken from pay (dialogs/deductions.toml).
# Review: translated from locales/en/deductions.ftl (the reference).
# Machine-assisted translation, not yet reviewed by a native speaker.
#
# The verdict (allowed, it depends, illegal), the law and how sure a rule is
# come from data/deductions.toml, never from this file. This file says each
# verdict in words, explains each kind and says what to do.
#
# Several messages choose their text by the kind of deduction, with a
# Fluent selection on { $kind } or { $deduction_kind }. The kinds are the
# `kind` values of data/deductions.toml. Keep one variant per kind and the
# default variant (*[other]) in every language.
#
# deduction-words lists, per kind, the words that recognise it when the
# worker writes in their own words, separated by " | ". Lower case; sodan
# ignores case and width. Words of the worker's language, English and
# Japanese are all tried, so Japanese pay-slip words work in every language.
# Avoid very common words such as "salah", "rumah" or "pulang" alone: they
# appear in sentences about other deductions.

## Start and groups

deduction-intro = Ambil slip gaji Anda (給与明細). Untuk setiap uang yang dipotong dari gaji Anda, pilih potongan apa itu. Saya akan memberi tahu apakah potongan itu boleh dan apa yang bisa Anda lakukan. Di akhir, Anda mendapat ringkasan.
deduction-ask-group = Apa yang dipotong dari gaji Anda? Pilih satu kelompok.
deduction-group-taxes = Pajak dan asuransi
deduction-group-living = Sewa, makan, listrik
deduction-group-fines = Denda dan hukuman
deduction-group-fees = Biaya lain-lain
deduction-group-other = Lainnya
deduction-done = Selesai: ringkasan
deduction-ask-kind = Yang mana? Jika tidak ada di daftar, ketuk "Kembali".
deduction-back = Kembali
deduction-pick-income-tax = Pajak penghasilan
deduction-pick-resident-tax = Pajak penduduk
deduction-pick-social-insurance = Asuransi, pensiun
deduction-pick-employment-insurance = Asuransi kerja
deduction-pick-dormitory = Asrama, sewa
deduction-pick-utilities = Air, listrik, gas
deduction-pick-food = Makan
deduction-pick-damage-compensation = Kesalahan, kerusakan
deduction-pick-quit-penalty = Denda berhenti kerja
deduction-pick-absence-fine = Denda tidak masuk
deduction-pick-disciplinary-cut = Potong gaji hukuman
deduction-pick-broker-fee = Biaya agen, utang
deduction-pick-management-fee = Biaya kumiai
deduction-pick-passport-keeping = Biaya simpan paspor
deduction-pick-return-airfare = Tiket pulang
deduction-pick-forced-savings = Tabungan paksa
deduction-pick-uniform = Seragam, alat kerja

## In the worker's own words

deduction-ask-other = Tulis dengan beberapa kata apa yang dipotong, misalnya seperti yang tertulis di slip gaji Anda: "asrama", "寮費" atau "denda telat".
deduction-matched = Menurut saya ini: { $deduction_name }.
deduction-several = Kata-kata Anda cocok dengan lebih dari satu jenis: { $matched_names }. Mari kita periksa satu per satu. Pilih kelompok untuk yang pertama.
deduction-not-matched = Saya tidak tahu ini potongan jenis apa. Saya simpan kata-kata Anda untuk ringkasan, supaya konselor bisa melihatnya.
deduction-choose-list = Pilih dari daftar
deduction-write-again = Tulis lagi

## The verdict of one deduction

deduction-legal =
    { $deduction_name }: BOLEH. Hukum mengizinkan perusahaan memotong ini dari gaji Anda.
    Hukum: { $deduction_law }
deduction-conditional =
    { $deduction_name }: TERGANTUNG. Ini hanya boleh dengan syarat tertentu.
    Hukum: { $deduction_law }
deduction-illegal =
    { $deduction_name }: SEPERTINYA MELANGGAR HUKUM. Perusahaan tidak boleh memotong ini dari gaji Anda.
    Hukum: { $deduction_law }
deduction-uncertain = Hati-hati: aturan ini belum dipastikan dalam sumber yang bisa saya periksa. Minta konselor untuk memastikannya.
deduction-ask-another = Apakah ada potongan lain dari gaji Anda?
deduction-add-another = Ya, cek yang lain
deduction-show-summary = Tidak, ringkasan
deduction-check-more = Cek yang lain

# The condition of a conditional deduction, and how to check it.
deduction-condition =
    Hanya boleh jika:
    { $deduction_kind ->
        [dormitory] Ada perjanjian tertulis antara perusahaan dan pekerja (労使協定); hal ini sudah dijelaskan kepada Anda dan Anda setuju; dan jumlahnya tidak lebih dari biaya sebenarnya, atau jumlahnya wajar (実費に相当する額その他の適正な額).
        [utilities] Ada perjanjian tertulis antara perusahaan dan pekerja (労使協定), Anda setuju, dan yang dipotong hanya biaya sebenarnya.
        [food] Ada perjanjian tertulis antara perusahaan dan pekerja (労使協定), Anda setuju, dan yang dipotong hanya biaya sebenarnya: untuk makanan yang dibeli, harga belinya; di kantin perusahaan, sama dengan yang dibayar karyawan lain.
        [uniform] Ada perjanjian tertulis antara perusahaan dan pekerja (労使協定), ada aturan di peraturan kerja (就業規則) bahwa pekerja membayarnya, dan jumlahnya wajar. Alat keselamatan yang menurut hukum wajib disediakan perusahaan tidak boleh ditagih.
        [disciplinary-cut] Peraturan kerja (就業規則) mengaturnya, dan hanya sampai batas yang ditetapkan hukum: satu batas untuk setiap kejadian dan satu batas untuk setiap periode gaji.
       *[other] Syarat tertentu terpenuhi. Tanyakan kepada konselor syarat mana yang berlaku untuk Anda.
    }
    Cara memeriksa: { $deduction_kind ->
        [dormitory] minta perusahaan menunjukkan perjanjiannya dan cara menghitung jumlahnya.
        [utilities] minta untuk melihat tagihannya.
        [food] tanyakan cara menghitung jumlahnya.
        [uniform] minta untuk melihat peraturan kerja dan perjanjiannya.
        [disciplinary-cut] minta untuk melihat aturannya di peraturan kerja.
       *[other] tanyakan kepada konselor.
    }

# What each kind is, and what to do.
deduction-about =
    { $deduction_kind ->
        [income-tax] Pajak penghasilan dipotong dari gaji menurut hukum.
        [resident-tax] Pajak penduduk biasanya dipotong mulai tahun kedua Anda di Jepang. Jumlahnya ditentukan oleh kota tempat Anda tinggal pada 1 Januari, lalu perusahaan memotongnya dari gaji Anda. (Pasal yang tepat dari Undang-Undang Pajak Daerah belum dipastikan dalam sumber saya.)
        [social-insurance] Asuransi kesehatan, pensiun, dan asuransi perawatan dipotong menurut hukum. Semua ini juga melindungi Anda: biaya berobat, dan uang pengembalian pensiun sekaligus saat Anda meninggalkan Jepang.
        [employment-insurance] Asuransi kerja dipotong menurut hukum.
        [dormitory] Untuk rumah yang disewa perusahaan dari pemilik, bagian yang wajar adalah sewa ditambah biaya pengelolaan atau biaya bersama (管理費・共益費), tanpa uang deposit, uang kunci (reikin), atau biaya agen, lalu dibagi jumlah orang yang tinggal di sana. Begitulah aturan untuk peserta magang teknis dan pekerja berketerampilan spesifik menghitungnya. Jika beberapa orang tinggal satu kamar dan masing-masing membayar sewa penuh, kemungkinan itu terlalu mahal.
        [utilities] Air, listrik, dan gas hanya boleh dipotong sesuai biaya sebenarnya. Biasanya tagihan sebenarnya dibagi di antara orang yang tinggal di sana, tetapi cara membagi ini belum dipastikan dalam sumber saya.
        [food] Makan hanya boleh dipotong sesuai biaya sebenarnya. Potongan makan yang terlalu mahal juga bisa menyembunyikan gaji di bawah upah minimum.
        [uniform] Seragam, alat kerja, dan perlengkapan hanya boleh ditagih dengan syarat tadi.
        [damage-compensation] Potongan tetap untuk kesalahan atau barang rusak adalah denda yang dilarang. Walaupun ada kerusakan sungguhan, perusahaan tidak boleh langsung mengambil uangnya dari gaji Anda: perusahaan harus membayar gaji Anda penuh, lalu menagih ganti rugi secara terpisah.
        [quit-penalty] Denda karena berhenti kerja, kabur, atau melanggar kontrak (違約金) dilarang. Untuk peserta magang teknis, ini juga berlaku jika kontraknya dengan keluarga Anda, dan uang jaminan (保証金) juga dilarang.
        [absence-fine] Perusahaan tidak wajib membayar jam yang tidak Anda kerjakan. Tetapi denda tambahan di luar itu dilarang. Potong gaji sebagai hukuman hanya boleh dalam batas hukum.
        [disciplinary-cut] Gaji yang tidak Anda terima untuk jam yang tidak Anda kerjakan bukan hukuman, dan tidak dihitung di sini.
        [forced-savings] Tabungan yang dipaksakan perusahaan, atau buku tabungan yang disimpan perusahaan, dilarang.
        [broker-fee] Biaya untuk lembaga pengawas (kumiai), calo, atau lembaga pengirim di negara asal (LPK/SO) tidak boleh dipotong dari gaji Anda. Utang yang Anda ambil sebelum datang ke Jepang juga tidak boleh dibayar dari gaji Anda; untuk utang kepada lembaga pengirim, konselor sebaiknya memastikannya.
        [management-fee] Biaya lembaga pengawas (監理費) hanya dibayar oleh perusahaan, tidak pernah oleh peserta magang, baik langsung maupun tidak langsung.
        [passport-keeping] Perusahaan dan lembaga pengawas tidak boleh menyimpan paspor atau kartu izin tinggal Anda, jadi biaya untuk menyimpannya juga dilarang. Ini pasti untuk peserta magang teknis; untuk pekerja lain, konselor sebaiknya memastikannya.
        [return-airfare] Untuk peserta magang teknis, lembaga pengawas membayar tiket pesawat pulang di akhir magang, juga jika magang berakhir lebih cepat. Biaya ini tidak boleh dipotong dari gaji Anda. Untuk pekerja berketerampilan spesifik, aturannya belum dipastikan: tanyakan kepada konselor.
       *[other] {""}
    }
    Yang harus dilakukan: { $deduction_kind ->
        [income-tax] periksa jumlahnya di slip gaji dan di penyesuaian akhir tahun (年末調整). Jika kelihatannya salah, tanyakan ke kantor pajak atau konselor.
        [resident-tax] jika kelihatannya salah, tanyakan ke kantor kota.
        [social-insurance] pastikan Anda punya kartu asuransi kesehatan. Perusahaan wajib membayar jumlah yang sama lagi sebagai bagiannya sendiri.
        [employment-insurance] tidak perlu apa-apa, tetapi simpan slip gaji Anda: slip itu menunjukkan bahwa Anda diasuransikan.
        [dormitory] jika Anda berbagi kamar, periksa berapa orang yang tinggal di rumah itu dan berapa yang dibayar masing-masing. Simpan slip gaji Anda.
        [utilities] simpan slip gaji Anda, dan catat jumlah yang dipotong setiap bulan.
        [food] bandingkan dengan yang dibayar karyawan lain, dan simpan slip gaji Anda.
        [uniform] simpan struk pembelian dan slip gaji Anda.
        [damage-compensation] catat apa yang dipotong dan alasannya. Tanyakan kepada konselor: mungkin perusahaan harus mengembalikannya.
        [quit-penalty] jangan dibayar. Simpan kontrak atau kertas apa pun tentang hal ini, dan bicaralah dengan konselor.
        [absence-fine] bandingkan jumlah yang dipotong dengan jam kerja yang Anda tinggalkan. Jika yang dipotong lebih banyak, catat, lalu tanyakan kepada konselor.
        [disciplinary-cut] minta untuk melihat aturannya di peraturan kerja, dan simpan slip gaji Anda.
        [forced-savings] minta buku tabungan dan kartu bank Anda dikembalikan. Catat jumlah yang ditabung, dan bicaralah dengan konselor.
        [broker-fee] catat jumlahnya dan simpan kontrak apa pun dari negara asal Anda. Bicaralah dengan konselor.
        [management-fee] minta perusahaan berhenti memotong dan mengembalikan uangnya. Bicaralah dengan konselor atau OTIT (lembaga pemerintah Jepang untuk magang teknis).
        [passport-keeping] minta paspor dan kartu Anda dikembalikan. Jika mereka menolak, bicaralah dengan konselor sekarang. Jika Anda dalam bahaya, telepon polisi.
        [return-airfare] minta lembaga pengawas mengembalikan uangnya. Bicaralah dengan konselor atau OTIT (lembaga pemerintah Jepang untuk magang teknis).
       *[other] tanyakan kepada konselor tentang potongan ini.
    }

## A disciplinary pay cut

deduction-cut-intro =
    { $deduction_name }: hanya boleh jika peraturan kerja (就業規則) mengaturnya, dan hanya sampai batas yang ditetapkan hukum. Mari kita periksa jumlahnya.
    Hukum: { $deduction_law }
deduction-ask-cut-amount = Berapa yen yang dipotong untuk satu kejadian (satu kali)? Jika tidak tahu, tulis "lewati".
deduction-ask-daily-wage = Berapa yen upah rata-rata harian Anda (平均賃金)? Perusahaan atau konselor bisa memberi tahu Anda. Jika tidak tahu, tulis "lewati".
deduction-ask-period-wage = Berapa yen total gaji Anda untuk periode gaji ini (biasanya satu bulan), sebelum dipotong? Jika tidak tahu, tulis "lewati".
deduction-skip-words = lewati | lewat | lompati | skip | tidak tahu | tak tahu | tdk tahu | tdk tau | gak tahu | gak tau | ga tau | nggak tahu | ngga tau | enggak tahu | kurang tahu | tidak yakin | tidak | gak | ga | -
deduction-cut-over = Potongan ini LEBIH dari yang diizinkan hukum. Sepertinya melanggar hukum.
deduction-cut-within = Potongan ini masih dalam batas yang bisa saya periksa. Tetapi potongan ini tetap hanya boleh jika peraturan kerja (就業規則) mengaturnya.
deduction-cut-unchecked = Saya tidak bisa membandingkan potongan ini dengan batasnya. Potongan ini hanya boleh jika peraturan kerja (就業規則) mengaturnya, dan hanya sampai batasnya.
deduction-cut-limits =
    { $cut_incident ->
        [over] Untuk satu kejadian, paling banyak ¥{ $cut_max_incident } boleh dipotong. Potongan ini lebih dari itu.
        [within] Untuk satu kejadian, paling banyak ¥{ $cut_max_incident } boleh dipotong. Potongan ini tidak lebih dari itu.
        [limit] Untuk satu kejadian, paling banyak ¥{ $cut_max_incident } boleh dipotong.
       *[unknown] Untuk satu kejadian: untuk tahu batasnya, saya perlu jumlah potongan dan upah rata-rata harian Anda.
    }
    { $cut_period ->
        [over] Dalam satu periode gaji, semua potongan hukuman jika dijumlahkan paling banyak ¥{ $cut_max_period }. Potongan ini saja sudah lebih dari itu.
        [within] Dalam satu periode gaji, semua potongan hukuman jika dijumlahkan paling banyak ¥{ $cut_max_period }. Jika ada potongan lain dalam periode yang sama, jumlahkan lalu bandingkan.
        [limit] Dalam satu periode gaji, semua potongan hukuman jika dijumlahkan paling banyak ¥{ $cut_max_period }.
       *[unknown] Untuk satu periode gaji: untuk tahu batasnya, saya perlu jumlah potongan dan total gaji Anda untuk periode itu.
    }

## Dormitory rent: the fair share of a rented home

deduction-dorm-ask-owner = Saya bisa memeriksa bagian sewa Anda. Apakah perusahaan menyewa tempat tinggal Anda dari pemilik (misalnya apartemen)?
deduction-dorm-leased = Ya, disewa
deduction-dorm-owned = Milik perusahaan
deduction-dorm-unsure = Saya tidak tahu
deduction-dorm-skip = Lewati ini
deduction-dorm-ask-rent = Berapa yen sewa bulanan untuk seluruh rumah, ditambah biaya pengelolaan atau biaya bersama (管理費・共益費)? Jangan tambahkan uang deposit, uang kunci (reikin), atau biaya agen. Misalnya 60000.
deduction-dorm-ask-people = Berapa orang yang tinggal di sana, termasuk Anda? Misalnya 3.
deduction-dorm-ask-paid = Berapa yen yang dipotong dari gaji Anda untuk kamar setiap bulan? Hanya sewanya, tanpa air, listrik, atau gas.
deduction-dorm-above = Bagian yang wajar sekitar ¥{ $dorm_fair_share } sebulan (¥{ $dorm_rent } ÷ { $dorm_occupants } orang). Dari gaji Anda dipotong ¥{ $dorm_deducted }: ¥{ $dorm_excess } lebih banyak dari itu. Ini sepertinya terlalu banyak. Minta perusahaan menunjukkan kontrak sewa dan cara mereka menghitung jumlah Anda.
deduction-dorm-within = Bagian yang wajar sekitar ¥{ $dorm_fair_share } sebulan (¥{ $dorm_rent } ÷ { $dorm_occupants } orang). Dari gaji Anda dipotong ¥{ $dorm_deducted }: tidak lebih dari itu. Tetapi potongan ini tetap hanya boleh jika ada perjanjian tertulis.
deduction-dorm-owned-rule = Jika gedungnya milik perusahaan, jumlahnya harus bisa dijelaskan dari biaya gedung itu, berapa lama gedung itu bisa dipakai, dan berapa orang yang tinggal di sana. Minta perusahaan menjelaskan cara menghitungnya.
deduction-dorm-unsure-rule = Tanyakan ke perusahaan: apakah tempat tinggal Anda disewa dari pemilik? Jika ya, bagian yang wajar adalah sewa ditambah biaya pengelolaan atau biaya bersama, tanpa uang deposit, uang kunci, atau biaya agen, lalu dibagi jumlah orang yang tinggal di sana. Minta untuk melihat kontrak sewanya.

## The summary

deduction-summary =
    Yang sudah Anda periksa:
    { $deduction_summary }
deduction-summary-illegal =
    Ini sepertinya melanggar hukum:
    { $items }
deduction-summary-conditional =
    Ini hanya boleh dengan syarat tertentu. Tanyakan ke perusahaan atau lembaga pengawas:
    { $items }
deduction-summary-unknown =
    Ini tidak bisa saya kenali. Tunjukkan kepada konselor:
    { $items }
deduction-summary-legal =
    Ini diizinkan hukum:
    { $items }
deduction-next-steps = Yang bisa Anda lakukan sekarang: simpan slip gaji Anda dan catat setiap jumlah. Jangan tanda tangan apa pun yang tidak Anda mengerti. Konselor bisa membantu Anda bertanya dan mendapatkan uang Anda kembali, dalam bahasa Anda.
deduction-all-legal = Semua potongan yang Anda periksa diizinkan hukum. Tetap periksa jumlahnya di slip gaji Anda setiap bulan.
deduction-nothing = Anda tidak memilih potongan apa pun. Jika Anda tidak yakin arti suatu baris di slip gaji Anda, konselor bisa membantu.
staff-card-deductions = Saya ingin berkonsultasi tentang uang yang dipotong dari gaji saya (potongan gaji). Saya rasa sebagian mungkin melanggar hukum. Bahasa saya adalah { $worker_language }. Tolong bantu saya, dengan penerjemah jika memungkinkan.

## Words for each kind (formatted by the rules, not shown as such)

# The kind's name, in lists and verdicts.
deduction-kind-name =
    { $kind ->
        [income-tax] Pajak penghasilan (所得税)
        [resident-tax] Pajak penduduk (住民税)
        [social-insurance] Asuransi kesehatan dan pensiun (社会保険)
        [employment-insurance] Asuransi kerja (雇用保険)
        [dormitory] Asrama atau sewa kamar (寮費)
        [utilities] Air, listrik, dan gas (水道光熱費)
        [food] Makan (食費)
        [uniform] Seragam, alat kerja, dan perlengkapan
        [damage-compensation] Potongan untuk kesalahan atau kerusakan
        [quit-penalty] Denda karena berhenti atau keluar (違約金)
        [absence-fine] Denda karena tidak masuk atau terlambat
        [disciplinary-cut] Potong gaji sebagai hukuman (減給)
        [forced-savings] Tabungan paksa
        [broker-fee] Biaya calo atau agen, atau utang lama
        [management-fee] Biaya lembaga pengawas (監理費)
        [passport-keeping] Biaya menyimpan paspor
        [return-airfare] Tiket pesawat pulang
       *[other] { $kind }
    }
# What to ask about a conditional deduction, in the summary.
deduction-ask =
    { $kind ->
        [dormitory] minta untuk melihat perjanjian tertulis (労使協定), kontrak sewa, dan berapa orang yang tinggal bersama di rumah itu.
        [utilities] minta untuk melihat tagihannya, dan cara membaginya di antara orang yang tinggal di sana.
        [food] tanyakan cara menghitung jumlahnya, dan berapa yang dibayar karyawan lain.
        [uniform] minta untuk melihat peraturan kerja (就業規則) dan perjanjian tertulis. Simpan struk pembeliannya.
        [disciplinary-cut] minta untuk melihat aturannya di peraturan kerja (就業規則), dan periksa jumlahnya bersama konselor.
       *[other] tanyakan cara menghitung jumlahnya, dan berdasarkan perjanjian tertulis yang mana.
    }
# Words that recognise each kind in free text.
deduction-words =
    { $kind ->
        [income-tax] pajak penghasilan | pajak pendapatan | pajak gaji | pph | pajak
        [resident-tax] pajak penduduk | pajak daerah | pajak kota | pajak tempat tinggal | pajak warga | pajak domisili
        [social-insurance] asuransi kesehatan | asuransi sosial | jaminan sosial | jaminan kesehatan | bpjs | pensiun | dana pensiun | asuransi perawatan | asuransi
        [employment-insurance] asuransi kerja | asuransi tenaga kerja | asuransi ketenagakerjaan | asuransi pengangguran
        [dormitory] asrama | mes | mess | sewa | uang sewa | sewa rumah | sewa kamar | biaya asrama | kamar | tempat tinggal | perumahan | apartemen | kos | kosan | kontrakan
        [utilities] listrik | biaya listrik | tagihan listrik | air | biaya air | tagihan air | air ledeng | gas | biaya gas | tagihan gas | utilitas
        [food] makan | makanan | uang makan | biaya makan | makan siang | makan malam | sarapan | bekal | kantin | katering
        [uniform] seragam | baju kerja | pakaian kerja | alat | alat kerja | peralatan | perlengkapan | sepatu kerja | sepatu safety | sepatu keselamatan | helm | sarung tangan | apd
        [damage-compensation] ganti rugi | kerusakan | rusak | merusak | barang rusak | kesalahan | produk cacat | barang cacat | cacat | perbaikan | biaya perbaikan | kompensasi
        [quit-penalty] denda berhenti | denda keluar | denda resign | resign | berhenti kerja | keluar kerja | kabur | melarikan diri | lari | pelanggaran kontrak | melanggar kontrak | putus kontrak | uang jaminan | penalti
        [absence-fine] denda | denda absen | denda telat | denda terlambat | denda bolos | denda tidak masuk | absen | bolos | telat | terlambat
        [disciplinary-cut] potong gaji hukuman | pemotongan gaji sebagai hukuman | penurunan gaji | hukuman | sanksi | disiplin | tindakan disiplin
        [forced-savings] tabungan | tabungan paksa | menabung | simpanan | buku tabungan | buku bank | kartu atm | kartu bank
        [broker-fee] calo | biaya calo | agen | biaya agen | biaya lpk | lpk | lembaga pengirim | biaya penempatan | biaya perekrutan | biaya rekrutmen | utang | hutang | pinjaman | cicilan
        [management-fee] biaya kumiai | kumiai | lembaga pengawas | biaya lembaga pengawas | biaya pengawas | biaya manajemen
        [passport-keeping] paspor | kartu izin tinggal | kartu zairyu | kartu tinggal
        [return-airfare] tiket pesawat | tiket pulang | ongkos pulang | biaya pulang | ongkos pesawat | pesawat | penerbangan | tiket
       *[other] {""}
    }
