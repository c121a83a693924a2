/**
 * Name material for demo people and employers. Every list is common usage, not real persons: given
 * names by sex and naming tradition, and the family or second names each tradition uses (a Batak
 * clan name, a Minahasa family name, a Javanese or Sundanese second given name, none at all).
 * Which tradition a person follows is drawn from the province of the district that issued their
 * NIK (`NAME_STYLES_BY_PROVINCE`), with a share of general Indonesian (Arabic-derived and modern)
 * names everywhere, as in real registers.
 */

export type NameStyle =
  | 'javanese'
  | 'sundanese'
  | 'batak'
  | 'minang'
  | 'bugis'
  | 'balinese'
  | 'malay'
  | 'minahasa'
  | 'eastern'
  | 'chinese'
  | 'general';

interface NamePool {
  readonly male: readonly string[];
  readonly female: readonly string[];
  /** Second names: family/clan names or common second given names, for either sex unless split. */
  readonly second: readonly string[];
  readonly secondMale?: readonly string[];
  readonly secondFemale?: readonly string[];
  /** Share (0–100) of people in this style whose name is a single word, as is common in Java. */
  readonly singleNamePercent: number;
}

// biome-ignore format: a data table reads better packed
export const NAME_POOLS: Readonly<Record<Exclude<NameStyle, 'balinese'>, NamePool>> = {
  javanese: {
    male: [
      'Budi', 'Agus', 'Joko', 'Bambang', 'Slamet', 'Sugeng', 'Wahyu', 'Eko', 'Dwi', 'Tri', 'Heru', 'Hadi',
      'Bayu', 'Teguh', 'Purnomo', 'Suryo', 'Setyo', 'Yudi', 'Anton', 'Dimas', 'Galih', 'Aris', 'Bagus',
      'Widodo', 'Sutrisno', 'Suparman', 'Sukirno', 'Darmadi', 'Rudi', 'Prasetyo', 'Adi', 'Ari', 'Catur',
      'Gunawan', 'Hendro', 'Imam', 'Kukuh', 'Lilik', 'Mulyono', 'Nugroho', 'Pardi', 'Rahmat',
    ],
    female: [
      'Sri', 'Siti', 'Dewi', 'Endang', 'Tri', 'Wahyuni', 'Rini', 'Yuni', 'Sulastri', 'Suryani', 'Lestari',
      'Ratna', 'Retno', 'Ani', 'Dwi', 'Eka', 'Sumarni', 'Tutik', 'Ningsih', 'Wulan', 'Puji', 'Indah',
      'Kartika', 'Sekar', 'Ayu', 'Dian', 'Fitri', 'Handayani', 'Kusumawati', 'Mulyani', 'Nur', 'Purwanti',
      'Rahayu', 'Setyaningsih', 'Titik', 'Umi', 'Winarti', 'Yuliani',
    ],
    second: [],
    secondMale: [
      'Santoso', 'Susanto', 'Wibowo', 'Prasetyo', 'Setiawan', 'Nugroho', 'Purnomo', 'Saputro', 'Hartono',
      'Kurniawan', 'Wijaya', 'Gunawan', 'Haryanto', 'Sulistyo', 'Utomo', 'Raharjo', 'Pamungkas', 'Hidayat',
      'Firmansyah', 'Kusuma', 'Sutanto', 'Wicaksono', 'Darmawan', 'Suharto',
    ],
    secondFemale: [
      'Rahayu', 'Lestari', 'Wahyuni', 'Handayani', 'Susanti', 'Purwanti', 'Setyowati', 'Kusumawati',
      'Astuti', 'Pratiwi', 'Utami', 'Wulandari', 'Anggraini', 'Rahmawati', 'Puspitasari', 'Hartini',
      'Permatasari', 'Ningrum', 'Maharani', 'Safitri',
    ],
    singleNamePercent: 18,
  },
  sundanese: {
    male: [
      'Asep', 'Dede', 'Ujang', 'Cecep', 'Dadang', 'Deden', 'Yayan', 'Iwan', 'Jajang', 'Ade', 'Agus', 'Aep',
      'Engkos', 'Hendra', 'Ilham', 'Rizal', 'Wawan', 'Yusuf', 'Dikdik', 'Kurnia', 'Maman', 'Nana', 'Oman',
      'Ruslan', 'Tatang', 'Ikin', 'Endang', 'Cahya', 'Gilang', 'Rendi',
    ],
    female: [
      'Euis', 'Neneng', 'Iis', 'Imas', 'Cucu', 'Eneng', 'Lilis', 'Yanti', 'Nining', 'Popon', 'Rina',
      'Siti', 'Teti', 'Wiwin', 'Yati', 'Dewi', 'Elis', 'Ai', 'Nurul', 'Resti', 'Sinta', 'Tika', 'Wida',
      'Yulia', 'Intan', 'Nenden',
    ],
    second: [],
    secondMale: [
      'Saepudin', 'Sopian', 'Hidayat', 'Kurniawan', 'Sunarya', 'Ruhiyat', 'Permana', 'Gumilar', 'Sudrajat',
      'Suherman', 'Hermawan', 'Kusnadi', 'Mulyana', 'Nugraha', 'Rukmana', 'Setiadi', 'Wiguna', 'Sukmana',
      'Firdaus', 'Ramdani', 'Solihin',
    ],
    secondFemale: [
      'Komariah', 'Rohaeti', 'Nurhayati', 'Kurniasih', 'Rosita', 'Herawati', 'Sumiati', 'Karlina',
      'Mulyati', 'Nurjanah', 'Rahmawati', 'Suryani', 'Fauziah', 'Hasanah', 'Maryani', 'Susilawati',
    ],
    singleNamePercent: 8,
  },
  batak: {
    male: [
      'Togar', 'Parlindungan', 'Binsar', 'Martua', 'Hotman', 'Rudolf', 'Sahat', 'Tumpal', 'Poltak', 'Jonter',
      'Robert', 'Daniel', 'Samuel', 'Benny', 'Frans', 'Hendrik', 'Jhonson', 'Marihot', 'Pardamean', 'Ronald',
      'Andreas', 'Esron', 'Gomgom', 'Lamhot',
    ],
    female: [
      'Rosmawati', 'Rumondang', 'Tiurma', 'Hotnida', 'Lamria', 'Romauli', 'Sondang', 'Tetty', 'Martha',
      'Debora', 'Elisabeth', 'Yohana', 'Nurmala', 'Rotua', 'Masniari', 'Lenny', 'Riris', 'Dameria', 'Ruth',
      'Friska', 'Novita',
    ],
    second: [
      'Siregar', 'Nasution', 'Simanjuntak', 'Sitompul', 'Hutapea', 'Lubis', 'Harahap', 'Tambunan', 'Sinaga',
      'Panjaitan', 'Situmorang', 'Pardede', 'Manurung', 'Simatupang', 'Sihombing', 'Pasaribu', 'Hutagalung',
      'Silalahi', 'Sitorus', 'Marpaung', 'Napitupulu', 'Gultom', 'Simbolon', 'Sembiring', 'Ginting',
      'Tarigan', 'Purba', 'Damanik', 'Saragih', 'Hasibuan',
    ],
    singleNamePercent: 0,
  },
  minang: {
    male: [
      'Rizky', 'Fadli', 'Hendra', 'Yusra', 'Afrizal', 'Zulkifli', 'Syafrizal', 'Erwin', 'Irwan', 'Dedi',
      'Fauzan', 'Alfian', 'Rahmat', 'Yulianto', 'Ikhsan', 'Doni', 'Febri', 'Rinaldi', 'Taufik', 'Zulfikar',
      'Andika', 'Yogi',
    ],
    female: [
      'Rahmi', 'Fitri', 'Yulia', 'Mardiah', 'Nofrita', 'Desi', 'Elvira', 'Gusnita', 'Hasnah', 'Yelni',
      'Rina', 'Silvia', 'Suci', 'Wirda', 'Yessi', 'Zuraida', 'Afni', 'Delfi', 'Lusi', 'Mega', 'Nelvi',
    ],
    second: [
      'Putra', 'Ananda', 'Syahputra', 'Pratama', 'Effendi', 'Chaniago', 'Piliang', 'Tanjung', 'Koto',
      'Sikumbang', 'Jambak', 'Caniago', 'Hidayat', 'Saputra', 'Rahman', 'Fikri',
    ],
    secondFemale: ['Yanti', 'Yeni', 'Wati', 'Sari', 'Putri', 'Rahmadani', 'Oktavia', 'Fitriani', 'Novianti', 'Yusnita'],
    singleNamePercent: 10,
  },
  bugis: {
    male: [
      'Andi Muhammad', 'Andi', 'Muh.', 'Syamsul', 'Hasanuddin', 'Arifuddin', 'Baharuddin', 'Jufri', 'Nasrullah',
      'Ridwan', 'Sudirman', 'Zainal', 'Amiruddin', 'Hamzah', 'Kamaruddin', 'Mustafa', 'Rusdi', 'Sultan',
      'Takdir', 'Wahyudin', 'Irfan', 'Akbar',
    ],
    female: [
      'Andi', 'Hasnawati', 'Nurhayati', 'Rosmini', 'Hasnah', 'Jumriani', 'Kasmawati', 'Marlina', 'Nurhaedah',
      'Rahmatia', 'Sitti', 'Sumarni', 'Wahida', 'Hartati', 'Irmawati', 'Megawati', 'Nurlina', 'Rostina',
    ],
    second: [
      'Akbar', 'Rahman', 'Hamid', 'Arsyad', 'Hakim', 'Syarif', 'Latif', 'Malik', 'Saleh', 'Yusuf', 'Tahir',
      'Basri', 'Haris', 'Idris', 'Mappiasse', 'Pawellangi', 'Makkasau', 'Mattalitti',
    ],
    secondFemale: ['Nurhalisa', 'Rahmawati', 'Sulastri', 'Fatimah', 'Aisyah', 'Hajerah', 'Suriani', 'Darmawati'],
    singleNamePercent: 25,
  },
  malay: {
    male: [
      'Zulkarnain', 'Azhar', 'Faisal', 'Hamdani', 'Junaidi', 'Khairul', 'Mahmud', 'Rizal', 'Syahrial',
      'Yusri', 'Darmawan', 'Effendi', 'Firdaus', 'Hasan', 'Iskandar', 'Mukhlis', 'Rusli', 'Suhaimi', 'Teuku',
      'Zulham', 'Cut', 'Munawar',
    ],
    female: [
      'Nurul', 'Aisyah', 'Fatimah', 'Halimah', 'Khadijah', 'Maimunah', 'Nurhasanah', 'Rosnani', 'Salmah',
      'Zubaidah', 'Cut', 'Maya', 'Rahmah', 'Syarifah', 'Wardah', 'Yusnidar', 'Zahara',
    ],
    second: [
      'Abdullah', 'Ibrahim', 'Ismail', 'Yahya', 'Syahputra', 'Hidayat', 'Ramadhan', 'Nasution', 'Harun',
      'Husain', 'Saputra', 'Yunus', 'Mansur', 'Zakaria',
    ],
    secondFemale: ['Hayati', 'Fitriani', 'Wahyuni', 'Safitri', 'Yanti', 'Rahmawati', 'Putri', 'Sari'],
    singleNamePercent: 12,
  },
  minahasa: {
    male: [
      'Johanis', 'Ferdinand', 'Stevanus', 'Frangky', 'Roy', 'Jemmy', 'Meyer', 'Audy', 'Vicky', 'Ronny',
      'Hendra', 'Jeffry', 'Marthen', 'Noldy', 'Recky', 'Steven',
    ],
    female: [
      'Meiske', 'Grace', 'Sintje', 'Olvie', 'Vivi', 'Deisy', 'Fransiska', 'Lidya', 'Marlyn', 'Novie',
      'Priscilla', 'Selvie', 'Stella', 'Trisye', 'Yuliana',
    ],
    second: [
      'Wuisan', 'Rumengan', 'Lumenta', 'Pangemanan', 'Sondakh', 'Tumbelaka', 'Kalalo', 'Mandagi', 'Lengkong',
      'Rondonuwu', 'Tumewu', 'Walangitan', 'Kaunang', 'Supit', 'Wowor', 'Mamahit', 'Rompas', 'Lasut',
    ],
    singleNamePercent: 0,
  },
  eastern: {
    male: [
      'Yohanes', 'Petrus', 'Yosef', 'Fransiskus', 'Agustinus', 'Markus', 'Paulus', 'Simon', 'Yakobus',
      'Dominggus', 'Frederik', 'Herman', 'Obed', 'Yance', 'Melkianus', 'Nikolaus', 'Stefanus', 'Titus',
    ],
    female: [
      'Maria', 'Yuliana', 'Agustina', 'Magdalena', 'Fransiska', 'Katarina', 'Margaretha', 'Veronika',
      'Yosefina', 'Martha', 'Regina', 'Serfina', 'Theresia', 'Yohana', 'Elsye', 'Novalina',
    ],
    second: [
      'Bria', 'Lake', 'Nahak', 'Seran', 'Manek', 'Tefa', 'Bere', 'Ndun', 'Pattinama', 'Latuconsina',
      'Tuhumury', 'Pattimura', 'Matulessy', 'Wenda', 'Kogoya', 'Rumbiak', 'Mandowen', 'Yoku', 'Wanimbo',
      'Kambu', 'Sawor', 'Rumkabu', 'Ohoiwutun', 'Leiwakabessy',
    ],
    singleNamePercent: 0,
  },
  chinese: {
    male: [
      'Hendra', 'Budi', 'Andi', 'Tommy', 'Wijaya', 'Kevin', 'Michael', 'Steven', 'Rudy', 'Sugianto',
      'Willy', 'Jimmy', 'Ferry', 'Johan', 'Yohanes', 'Edwin',
    ],
    female: [
      'Lina', 'Mei', 'Susan', 'Lili', 'Jessica', 'Linda', 'Veronica', 'Sherly', 'Yuliana', 'Melinda',
      'Cindy', 'Grace', 'Fenny', 'Vivian', 'Elisabeth', 'Natalia',
    ],
    second: [
      'Halim', 'Wijaya', 'Tanoto', 'Gunawan', 'Salim', 'Santoso', 'Tanujaya', 'Kurniawan', 'Hartono',
      'Setiawan', 'Susilo', 'Lim', 'Tan', 'Sutanto', 'Wibisono', 'Chandra', 'Hidayat', 'Lukito',
    ],
    singleNamePercent: 0,
  },
  general: {
    male: [
      'Muhammad', 'Ahmad', 'Rizki', 'Fajar', 'Aditya', 'Arif', 'Dani', 'Dimas', 'Fahri', 'Farhan', 'Hafiz',
      'Ilham', 'Kevin', 'Reza', 'Rian', 'Rizal', 'Wahyu', 'Yoga', 'Zaki', 'Abdul', 'Bima', 'Dedi', 'Eko',
      'Fikri', 'Hendra', 'Irfan', 'Lukman', 'Nanda', 'Rafi', 'Satria', 'Taufik', 'Yusuf', 'Andre', 'Bayu',
    ],
    female: [
      'Nur', 'Aulia', 'Putri', 'Ayu', 'Dinda', 'Fitri', 'Intan', 'Nabila', 'Rani', 'Salsabila', 'Tiara',
      'Anisa', 'Dewi', 'Eka', 'Febri', 'Indah', 'Kartika', 'Lia', 'Maya', 'Novi', 'Rina', 'Sari', 'Wulan',
      'Yuni', 'Zahra', 'Amelia', 'Citra', 'Dian', 'Mega', 'Nadia', 'Ratna', 'Vina',
    ],
    second: [],
    secondMale: [
      'Hidayat', 'Ramadhan', 'Saputra', 'Pratama', 'Firmansyah', 'Kurniawan', 'Nugraha', 'Setiawan',
      'Maulana', 'Fauzi', 'Rahman', 'Hakim', 'Syahputra', 'Prakoso', 'Alamsyah', 'Hasibuan', 'Iskandar',
      'Wijaya', 'Permana', 'Aditama',
    ],
    secondFemale: [
      'Lestari', 'Rahmawati', 'Safitri', 'Anggraini', 'Puspita', 'Pratiwi', 'Permata', 'Wulandari',
      'Kusuma', 'Ramadhani', 'Nuraini', 'Handayani', 'Fitriani', 'Amalia', 'Aprilia', 'Maharani',
    ],
    singleNamePercent: 6,
  },
};

/**
 * Balinese names: a birth-order name (first, second, third, fourth child), preceded by I for men
 * and Ni for women, then a given name. "I Made Wirawan" is a second-born son.
 */
// biome-ignore format: a data table reads better packed
export const BALINESE = {
  birthOrder: [
    ['Wayan', 'Putu', 'Gede', 'Luh'],
    ['Made', 'Kadek', 'Nengah'],
    ['Nyoman', 'Komang'],
    ['Ketut'],
  ],
  male: [
    'Wirawan', 'Suarjana', 'Sudarsana', 'Arya', 'Budiarta', 'Dharma', 'Gunawan', 'Sukadana', 'Mahendra',
    'Adnyana', 'Wiguna', 'Suparta', 'Artawan', 'Sutama', 'Yasa', 'Parwata', 'Sukerta', 'Widiana',
  ],
  female: [
    'Ayu', 'Sri', 'Ari', 'Sukmawati', 'Suartini', 'Wahyuni', 'Widiastuti', 'Sumiati', 'Sutarini', 'Kartini',
    'Novi', 'Darmayanti', 'Purnamasari', 'Yuliantari', 'Astiti', 'Sariasih',
  ],
} as const;

/**
 * Naming traditions by province code, as weights (summing to 100). What is not listed is 'general'.
 * Rough shares for a plausible mix, not census figures.
 */
// biome-ignore format: a data table reads better packed
export const NAME_STYLES_BY_PROVINCE: Readonly<Record<string, readonly (readonly [NameStyle, number])[]>> = {
  '11': [['malay', 75], ['general', 25]],
  '12': [['batak', 60], ['malay', 15], ['javanese', 10], ['chinese', 5], ['general', 10]],
  '13': [['minang', 85], ['general', 15]],
  '14': [['malay', 45], ['minang', 15], ['batak', 10], ['javanese', 10], ['general', 20]],
  '15': [['malay', 50], ['javanese', 20], ['minang', 10], ['general', 20]],
  '16': [['malay', 55], ['javanese', 20], ['general', 25]],
  '17': [['malay', 50], ['javanese', 20], ['minang', 10], ['general', 20]],
  '18': [['javanese', 50], ['malay', 20], ['sundanese', 10], ['general', 20]],
  '19': [['malay', 55], ['chinese', 25], ['general', 20]],
  '21': [['malay', 40], ['chinese', 15], ['batak', 10], ['javanese', 10], ['minang', 10], ['general', 15]],
  '31': [['javanese', 30], ['sundanese', 15], ['batak', 8], ['minang', 7], ['chinese', 8], ['general', 32]],
  '32': [['sundanese', 70], ['javanese', 10], ['general', 20]],
  '33': [['javanese', 85], ['general', 15]],
  '34': [['javanese', 85], ['general', 15]],
  '35': [['javanese', 80], ['chinese', 3], ['general', 17]],
  '36': [['sundanese', 55], ['javanese', 15], ['chinese', 5], ['general', 25]],
  '51': [['balinese', 85], ['javanese', 5], ['general', 10]],
  '52': [['general', 70], ['balinese', 10], ['malay', 20]],
  '53': [['eastern', 80], ['general', 20]],
  '61': [['malay', 45], ['chinese', 20], ['general', 35]],
  '62': [['malay', 35], ['javanese', 20], ['general', 45]],
  '63': [['malay', 60], ['javanese', 15], ['general', 25]],
  '64': [['bugis', 25], ['javanese', 25], ['malay', 20], ['general', 30]],
  '65': [['bugis', 30], ['malay', 30], ['general', 40]],
  '71': [['minahasa', 80], ['general', 20]],
  '72': [['bugis', 40], ['general', 60]],
  '73': [['bugis', 80], ['general', 20]],
  '74': [['bugis', 45], ['general', 55]],
  '75': [['general', 75], ['bugis', 25]],
  '76': [['bugis', 70], ['general', 30]],
  '81': [['eastern', 70], ['general', 30]],
  '82': [['eastern', 30], ['general', 70]],
  '91': [['eastern', 75], ['javanese', 10], ['bugis', 5], ['general', 10]],
  '92': [['eastern', 70], ['javanese', 10], ['general', 20]],
  '93': [['eastern', 70], ['javanese', 15], ['general', 15]],
  '94': [['eastern', 80], ['general', 20]],
  '95': [['eastern', 90], ['general', 10]],
  '96': [['eastern', 70], ['bugis', 10], ['general', 20]],
};

/**
 * Rough population weights per province (millions of residents, rounded, about 2020): where most
 * demo people are registered. Formal employment is even more concentrated in Java than this.
 */
// biome-ignore format: a data table reads better packed
export const PROVINCE_WEIGHTS: Readonly<Record<string, number>> = {
  '11': 5, '12': 15, '13': 6, '14': 6, '15': 4, '16': 9, '17': 2, '18': 9, '19': 2, '21': 2,
  '31': 11, '32': 48, '33': 37, '34': 4, '35': 41, '36': 12, '51': 4, '52': 5, '53': 5,
  '61': 5, '62': 3, '63': 4, '64': 4, '65': 1, '71': 3, '72': 3, '73': 9, '74': 3, '75': 1, '76': 1,
  '81': 2, '82': 1, '91': 1, '92': 1, '93': 1, '94': 1, '95': 1, '96': 1,
};

/** Words for employer names: "PT Sinar Jaya Abadi", "CV Mitra Karya", "PT Nusantara Logistik Utama". */
// biome-ignore format: a data table reads better packed
export const EMPLOYER_WORDS = {
  first: [
    'Sinar', 'Mitra', 'Karya', 'Cahaya', 'Bumi', 'Putra', 'Mega', 'Surya', 'Indo', 'Nusantara', 'Graha',
    'Tunas', 'Sumber', 'Bintang', 'Anugerah', 'Berkah', 'Citra', 'Dharma', 'Duta', 'Eka', 'Gemilang',
    'Harapan', 'Inti', 'Jaya', 'Kencana', 'Lintas', 'Mulia', 'Pelita', 'Prima', 'Samudra', 'Sentosa',
    'Sejahtera', 'Tirta', 'Usaha', 'Wahana', 'Artha', 'Bahtera', 'Mandala', 'Panca', 'Trijaya',
  ],
  second: [
    'Jaya', 'Makmur', 'Abadi', 'Sentosa', 'Mandiri', 'Sejahtera', 'Utama', 'Perkasa', 'Lestari', 'Bersama',
    'Sukses', 'Gemilang', 'Nusantara', 'Persada', 'Raya', 'Agung', 'Cemerlang', 'Indah', 'Kencana', 'Prima',
    'Santosa', 'Wijaya', 'Harmoni', 'Mulia',
  ],
  industry: [
    'Logistik', 'Tekstil', 'Konstruksi', 'Plastik', 'Farma', 'Elektronik', 'Pangan', 'Teknologi', 'Otomotif',
    'Garmen', 'Perkasa Steel', 'Agro', 'Kimia', 'Properti', 'Retail', 'Transportasi', 'Mebel', 'Kemasan',
    'Perikanan', 'Energi', 'Digital', 'Medika', 'Boga', 'Konveksi', 'Sawit', 'Tambang', 'Percetakan',
  ],
  /** Legal forms with weights: most employers are limited companies (PT), many small ones CV. */
  forms: [
    ['PT', 70],
    ['CV', 20],
    ['Koperasi', 4],
    ['Yayasan', 3],
    ['UD', 3],
  ],
} as const;
