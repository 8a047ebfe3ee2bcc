/**
 * Common English first names (and pinyin given names written in English letters are handled by
 * context instead). A first name followed by a capitalised word is a name even without a title.
 */
const FIRST_NAMES =
  'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Oliver Harry Liam Lucas Owen Leo Hugo Oscar Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Chloe Sophie Lucy Ella Isla Amelia Ava Mia Zoe Ruby Freya Priya Aisha Fatima Mohammed Ahmed Omar Ali Raj Arjun Ravi Sanjay Yuki Hiroshi Kenji';

/**
 * Given names from other English-speaking communities and from the countries patients in the UK,
 * Ireland, Australia, New Zealand, North America and China's international clinics most often come
 * from. Names that are also common English words (Hope, Grace, Will, May…) are left out.
 */
const MORE_FIRST_NAMES =
  'Aaliyah Abdul Abdullah Abena Abigail Adaeze Adebayo Adeola Adriana Agnieszka Ahmed Aiko Ailsa Aisha Akosua Alasdair Alejandro Aleksander Alessandro Alfie Alfredo Alisha Alistair Amara Amelia Amina Aminata Anders Andrzej Angus Anika Anjali Antonio Anwar Aoife Arjun Arnav Astrid Ayesha Babajide Bartosz Beatriz Beryl Bethan Bogdan Bridget Bronwyn Caoimhe Carmen Catalina Chidi Chiamaka Chinedu Chioma Ciara Ciaran Cillian Clodagh Colm Cormac Dariusz Darragh Declan Deepak Deirdre Delroy Desmond Dimitri Divya Dolores Doreen Dorothy Dwayne Eamon Eilidh Eleni Elif Emeka Enrique Esperanza Esther Ewa Fatima Fergal Fernando Fiadh Fionnuala Francesca Fraser Funmilayo Gareth Giorgio Giovanni Gwen Gwyneth Hamish Hannah Hassan Hiroshi Hussein Ibrahim Ifeoma Igor Imelda Inés Ingrid Ioana Iqbal Isla Ivan Jadwiga Jamal Javier Jorge Juan Jürgen Kaito Kamala Karim Kasia Katarzyna Kavya Keisha Kemi Kenji Khadija Kiri Kofi Krzysztof Kwabena Kwame Lachlan Lakshmi Lars Latisha Leilani Lionel Lorcan Lowri Luca Lucia Luis Magdalena Mahmoud Malik Manuel Marek Mariam Marisol Mateo Mateus Matteo Mehmet Mei Mihai Miguel Mohamed Mohammed Moira Mustafa Nadia Naledi Nasrin Niamh Nikhil Nikolai Nkechi Nnamdi Noor Nuala Obinna Oisín Oksana Olamide Olufemi Omar Oonagh Orla Oskar Padraig Pádraig Paolo Pawel Paweł Pedro Pilar Piotr Precious Priya Priyanka Rafael Rahul Rajesh Ramón Rangi Rania Ravi Rhys Rhiannon Rohan Rosalind Saanvi Salma Samira Sanjay Santiago Saoirse Seamus Seren Shanice Shreya Sigrid Sinéad Siobhan Sione Somchai Sunil Suresh Tamsin Tanvir Tariq Temitope Tendai Thandiwe Tomasz Uchenna Umar Valentina Vikram Wairimu Wendell Wiremu Wojciech Xavier Yasmin Yetunde Yolanda Yusuf Zainab Zaid Zanele Zeynep Zofia';

export const ENGLISH_FIRST_NAMES: ReadonlySet<string> = new Set([
  ...FIRST_NAMES.split(' '),
  ...MORE_FIRST_NAMES.split(' '),
]);

/**
 * Common family names (English-speaking countries, romanised Chinese, South Asian, Spanish). A
 * capitalised word followed by one of these reads as a name.
 */
const SURNAMES =
  'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Kelly Howard Cox Ward Richardson Watson Brooks Wood James Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Graham Hamilton Wallace Ellis Murray Ford Marshall Owens Harrison Gibson Kennedy Wells Hunt Palmer Black Stone Hart Walsh Quinn Byrne Ryan Doyle Brennan Kaur Singh Patel Shah Sharma Gupta Kumar Khan Ali Ahmed Hussain Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Rivera Nguyen Tran Pham Kim Park Lee Choi Tanaka Suzuki Sato Nakamura Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Cui Zhong Tan Fan Jin Shi Liao Jia Xia Wong Chan Cheung Leung Lau Ho Ng Chow Gao Fu Fang Bai Zou Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Tao Mao Hao Gong Shao Wan Qian Qiao Tong Ou Ouyang Situ Zhuge Shangguan Kong Lai Pang Ni Xing Kang Niu Yue Zhai Mo Ke Gu Qi Ji Lan';

/** Family names from the same communities (West and Southern African, South Asian, Eastern European…). */
const MORE_SURNAMES =
  'Achebe Adebayo Adeyemi Afolabi Agarwal Ahmed Akhtar Alvarez Ashworth Baptiste Barakat Begum Bhattacharya Bianchi Castillo Chaudhry Chowdhury Costa Dube Eze Ferreira Gonzalez Gupta Haddad Hernandez Hossain Iyer Kamara Kaur Kowalczyk Kowalski Krishnan Mahmoud Malik Mensah Moyo Mukherjee Nair Ncube Novak Nowak Nwachukwu Nwankwo Obi Okafor Okeke Okonkwo Oliveira Osei Petrov Pillay Qureshi Rahman Rangi Reddy Rossi Safi Santos Sato Siddiqui Silva Tanaka Volkov Yadav Yildirim Zieliński';

export const ENGLISH_SURNAMES: ReadonlySet<string> = new Set([
  ...SURNAMES.split(' '),
  ...MORE_SURNAMES.split(' '),
]);

/**
 * Romanised Chinese surnames, which come first in Chinese order ("Liu Zhenhua"): followed by a word
 * that reads as pinyin, they make a name even with no title or cue.
 */
export const PINYIN_SURNAMES: ReadonlySet<string> = new Set(
  (
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han ' +
    'Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Su Wei Lu Ding Ren Shen Yao Cui Zhong Tan ' +
    'Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Tao Mao Hao Gong Shao Wan ' +
    'Qian Qiao Tong Ou Ouyang Situ Zhuge Shangguan Kong Lai Pang Ni Xing Kang Niu Yue Zhai Mo Ke Gu Qi Ji Lan'
  ).split(' '),
);

const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)';
/** One to three pinyin syllables, optionally split by a hyphen or apostrophe ("Zhenhua", "Xiao-ming"). */
export const PINYIN_GIVEN = new RegExp(`^${PINYIN_SYLLABLE}(?:[-'’]?${PINYIN_SYLLABLE}){0,2}$`);

/**
 * Capitalised words that follow a title or cue but are not names ("Patient Name", "Dr. On call").
 * Lower-cased for lookup.
 */
export const ENGLISH_NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'the a an this that these those he she they it his her their we you i patient patients name names date dob age sex male female ' +
    'specialist specialists practitioner practitioners consultant registrar manager lead coordinator assistant associate advanced senior junior staff charge ' +
    'history hospital department ward room rm bed clinic emergency unit no number id is was has had with without and or of in on at ' +
    'for to from by denies reports presents complains mrn medical record admission discharge diagnosis plan assessment impression ' +
    'signature signed attending resident physician doctor nurse consultant surgeon registrar team service on call oncall duty ' +
    'today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'rn odp bms ctr hca mi pals caller consent august september october november december mr mrs ms mme mlle dr prof sgt critical urgent abnormal sergeant capt captain officer constable det rev fr pastor sir madam dear to whom hello hi thanks thank please regards ' +
    'cardiology neurology oncology radiology pathology pharmacy surgery medicine pediatrics paediatrics obstetrics gynecology icu ' +
    'er ed ot gp nhs st street road avenue general royal county city university memorial saint children infirmary centre center ' +
    'chief complaint present illness past social family examination exam labs lab results follow up reason referral allergies ' +
    'medications medication vitals vital signs note notes summary report letter contact phone email address insurance policy ' +
    'parkinson parkinsons alzheimer alzheimers crohn crohns hodgkin hodgkins down graves cushing addison huntington raynaud ' +
    'hashimoto kawasaki guillain barre marfan tourette meniere gram apgar glasgow ' +
    'yes ok okay not unknown none nil can could would should will what when where why how my thank hello good ' +
    'sorry so but well is are do does did have has also then there here if as all any some type stage grade left right ' +
    // Words that open sentences in notes, so "Chest Pain was worse" or "told Mum" are not names.
    'chest pain blood pressure heart rate sounds abdomen abdominal urine output oxygen saturation saturations temperature ' +
    'x ray xray cultures culture renal function liver lung lungs bowel bowels skin wound drain drains pupils gcs score ' +
    'review mobility appetite mood sleep physio physiotherapy nursing staff ward theatre theatres matron security reception ' +
    'ambulance police social services safeguarding outreach haematology hematology microbiology biochemistry endocrinology ' +
    'gastroenterology respiratory urology orthopaedics orthopedics dermatology psychiatry rheumatology nephrology dietitian ' +
    'pharmacist occupational therapy therapist mum mom dad mummy daddy grandma grandpa nan nana granny auntie sis bro ' +
    'morning evening afternoon night weekend week month year christmas easter covid ecg ct mri echo troponin bloods ' +
    'fluids antibiotics oral iv analgesia spo2 bp hr rr temp obs observations sats o2 weight height bmi diet nil ' +
    'wife husband son daughter brother sister partner niece nephew neighbour neighbor carer caregiver fiance fiancee ' +
    'english chinese mandarin cantonese spanish french polish arabic urdu punjabi bengali vietnamese interpreter ' +
    // Greetings to no one in particular ("Dear Colleague"), and Malay place words ("Kampung Sungai Buloh").
    'colleague colleagues everyone team parents children kampung kg sungai jalan taman bukit lorong bandar pulau kuala ' +
    'creole haitian tagalog swahili hindi tamil malay indonesian thai korean japanese portuguese russian romanian ' +
    'turkish farsi persian somali amharic tigrinya dari pashto nepali sinhala burmese khmer greek italian german dutch ' +
    // Job titles, organisation words and place words after a name or between commas ("L. Ng, Financial
    // Counselor", "volunteers with Happy Paws Visits", "Home: Jiangbei District, Chongqing").
    'financial counselor counsellor advisor adviser advocate liaison worker volunteer volunteers visits visit ' +
    'district county province prefecture municipality township borough region subdistrict village session appointment'
  ).split(' '),
);
