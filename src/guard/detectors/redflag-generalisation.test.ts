import { describe, expect, it } from 'vitest';
import { loadBundledGuardKnowledge } from '../knowledge.ts';
import { HarmDetector } from './harm.ts';
import { RedFlagDetector, triageOf } from './redflag.ts';

/**
 * Classes of emergency wording that avoid textbook terms, and urgent/routine look-alikes that must not
 * be raised to emergency. Messages are invented here, not taken from a labelled set.
 */
const detector = new RedFlagDetector(loadBundledGuardKnowledge().redflags!);
const level = (text: string) => triageOf(detector.detect(text));

describe('emergency wording without textbook terms', () => {
  it.each([
    [
      'a relative with ongoing crushing central pressure (duration makes it current)',
      'My dad has had a crushing pain in the middle of his chest for the last 40 minutes and looks grey.',
    ],
    [
      'atypical ACS: jaw/shoulder ache with clamminess and breathlessness',
      'My jaw and left shoulder ache after carrying shopping, I feel clammy and a bit short of breath.',
    ],
    ['pallor, sweating and laboured breathing waved away', '他脸色煞白，满头大汗，喘气也粗，说躺躺就好'],
    ['stroke in written Cantonese', '阿爸头先突然讲唔到嘢，右手揸唔住筷子'],
    ['stroke with typos', 'my nan cant lift her left arm and is talkin funny since tea time'],
    ['tongue swelling after a new drug', 'Since starting the new tablets my tongue feels swollen and thick.'],
    [
      'fever during chemotherapy',
      'Had my chemo last week and now my temperature is 38.6 and I keep shivering.',
    ],
    [
      'late period with tearing one-sided pain and near-fainting',
      '月经推迟十天，刚才左下腹撕裂一样痛，差点晕倒',
    ],
    ['pre-eclampsia symptoms', "I'm 33 weeks pregnant with a headache that won't go and seeing spots."],
    [
      'bowel obstruction',
      "Mum's belly is swollen and tight, she keeps vomiting and hasn't passed wind since yesterday.",
    ],
    ['meningism in a young adult', 'Bad headache, my neck hurts to bend and the light is hurting my eyes.'],
    ['electrical injury', 'He grabbed a live wire in the garage and now his hand is burnt.'],
    ['extensive scald in a child', '孩子打翻了开水，肚子和胸口一大片起水泡'],
    ['child with an opioid patch', 'My son found a fentanyl patch and chewed it, he is very sleepy now.'],
    ['veiled suicidal plan', "I've got the rope ready and said my goodbyes."],
    ['danger at height in psychosis', 'My brother keeps standing on the balcony railing saying he can fly.'],
    ['bleeding soaking through towels', 'The cut on his leg is bleeding through two towels already.'],
    ['bleeding that will not stop on an anticoagulant', '吃着利伐沙班，牙龈出血止不住'],
    ['cord prolapse', 'My waters broke and I can feel a loop of cord.'],
    ['a cold, quiet newborn', '宝宝出生9天，身上摸着凉，吃奶少'],
    ['blistering drug reaction', '吃了新药后嘴里起泡，身上皮肤起大水泡'],
    [
      'skin coming off after a new medicine',
      '打了两天消炎针后身上起红斑，嘴巴里烂了，背上的皮一片一片往下掉',
    ],
    [
      'posterior-circulation stroke without an onset word',
      '我妈今天起床后看东西有重影，走路往右边偏，吐了一次',
    ],
    ['postpartum bleeding soaking pads', '剖宫产出院第五天，下面血一股一股往外涌，人发晕'],
    [
      'heavy period with signs of blood loss',
      'My period is so heavy I am soaking a pad every hour and I feel lightheaded.',
    ],
    [
      'farewell message and an unreachable relative',
      '我姐半夜发朋友圈说对不起大家、下辈子再见，现在电话打不通',
    ],
    [
      'farewell note in English',
      'My flatmate texted "thanks for everything, this is goodbye" and his door is locked.',
    ],
    ['lethal-dose question phrased as not waking', '我那个安眠药一次吃多少片就醒不过来了？'],
    ['lethal-dose question in English', 'How much of my sleeping tablets would it take to never wake up?'],
    ["a toddler who took a relative's tablets", '外孙三岁，把他外婆的降糖药吃了，药板上少了三片'],
    [
      'tablets missing with a toddler',
      'Found my 2 year old with my heart tablets, two are missing from the packet.',
    ],
    [
      'stimulant toxicity at a festival',
      'My mate took molly at a festival and now he is burning up and twitching.',
    ],
    [
      'corrosive with burnt lips',
      'My daughter sipped some drain unblocker, her lips look burnt and she is drooling.',
    ],
    [
      'deep burn described by its look',
      'Spilled a pan of hot oil on my leg, the skin is white and leathery and does not hurt.',
    ],
    ['torsion without a severity word', 'My 13 year old woke up with pain in one ball and threw up.'],
    [
      'sepsis signs without the word fever',
      'Grandad is muddled today, breathing fast and his hands are cold and mottled.',
    ],
    [
      'cord compression with bladder trouble',
      'Both my legs have gone weak and numb since yesterday and now I cannot pee.',
    ],
    [
      'postpartum pulmonary embolism',
      'Had the baby 10 days ago and now it hurts to breathe in and I am short of breath.',
    ],
    ['a named venomous snake', 'My husband got bitten on the hand by a rattlesnake, his arm is swelling.'],
    ['missed dialysis with a slow heartbeat', '老伴做血透的，昨天没去透，今天说手脚发麻没劲，心跳慢'],
    [
      'adrenal crisis',
      "My daughter has Addison's and has been vomiting all morning, she can't keep her tablets down.",
    ],
    ['thyroid storm', '我有甲亢，这两天高烧39度，心跳一百五，人特别烦躁'],
    [
      'a heart rate given as a number with near-fainting',
      'Pulse is 185 on my smartwatch and I feel like I might pass out.',
    ],
    ['hemianopia', '下午开始看东西只看得见右半边，左边那半像被遮住了'],
    ['a plan with pills ready', 'The pills are lined up on the table and I have written the letters.'],
    [
      'psychosis with fire',
      'Dad has not slept for days and says God told him to burn the shed, he has the petrol out.',
    ],
    [
      'a known aneurysm with sudden back pain',
      'I was told I have an aortic aneurysm; now sudden severe back pain and I feel faint.',
    ],
    [
      'floor-of-mouth swelling',
      'Since the tooth infection my tongue is pushed up and I can hardly swallow my saliva.',
    ],
    ['a potassium result given by the lab', '医院打电话说我爸血钾7.3，让马上过去'],
    [
      'serotonin toxicity',
      'On sertraline and was given tramadol for my back; now shaking, sweating and temp 39.1.',
    ],
    ['neuroleptic malignant syndrome', '我哥打了氟哌啶醇之后全身僵硬，高烧40度'],
    ['postpartum psychosis', '老婆生完孩子十天，三天没睡觉了，说孩子被人掉包了'],
    ['acute limb ischaemia', "Mum's left leg went cold and white an hour ago and she can't feel her foot."],
    [
      'compartment syndrome',
      'My shin got crushed by a car door, the pain keeps getting worse and my toes are numb.',
    ],
    [
      'myasthenic crisis',
      'I have myasthenia gravis and now I keep choking on water and my breathing is shallow.',
    ],
    ['iron tablets in a toddler', 'My 2 year old swallowed a handful of my iron tablets.'],
    ['hypothermia', 'Found grandad in a freezing flat, ice cold and confused, not shivering.'],
    ['cord compression in metastatic cancer', '我妈乳腺癌骨转移，这两天腿没劲，今天尿裤子了'],
    ['a TIA earlier today that has passed', '今天早上我左手突然没劲，拿不住筷子，过了一刻钟就好了'],
    [
      'a TIA in English',
      'At breakfast my arm went weak and I dropped my cup, it went away after ten minutes.',
    ],
    [
      'a relative with ongoing chest pain given in minutes',
      'My mum has had pressure in her chest for 20 mins and she is clammy and pale.',
    ],
    ['a glucose meter reading HI with drowsiness', '我爸糖尿病，今天血糖仪显示HI，人一直想睡'],
    ['an overdose named by drug and count', 'I swallowed about 40 of my amitriptyline half an hour ago.'],
    ['atypical ACS called an upset stomach', '我爸说胃不太舒服，出了好多汗，脸色很难看，他说是吃坏了'],
    ['unrousable after drinking', '老公喝完酒睡下了，呼噜声特别怪，怎么推都不醒'],
    [
      "someone else's diabetes tablets taken by mistake",
      "I think I took my mum's diabetes pills by mistake and now I'm shaky.",
    ],
    ['a last message', '今天是我最后一次跟你们聊天了，谢谢你们'],
    [
      'trauma waved away with a swelling belly',
      "My dad got clipped by a car, says he's fine but his belly is getting bigger and he's pale.",
    ],
    ['a bitten laundry pod', '孩子把洗衣凝珠咬破了，一直咳'],
    [
      'chest tightness spreading to the back and jaw (心口发紧)',
      '他刚扛完米就说心口发紧，往后背和下巴窜，一头汗',
    ],
    [
      'stomach upset, nausea and sweating in an older diabetic',
      '奶奶82岁有糖尿病，下午一直说胃难受想吐，出了一身虚汗',
    ],
    [
      'a headache at its worst within seconds',
      'Headache hit like a hammer and peaked within seconds, then I was sick',
    ],
    ['vomit that smells of faeces', '我爸肚子胀了好几天，今天吐的东西有股粪臭味'],
    [
      'wrong words since this morning',
      'Mum keeps using the wrong words, calling the kettle a phone, since this morning',
    ],
    [
      'a farewell with affairs put in order',
      "Sorted my will and gave away my guitar. Won't need the clinic next week, thanks for everything.",
    ],
    [
      'pain out of proportion to a small wound',
      'tiny scratch on my shin but the pain is way worse than it looks, going dusky, fever 39',
    ],
    [
      'missed dialysis with skipped beats',
      'On dialysis, missed my session on Monday and Wednesday, legs weak and heart skipping beats',
    ],
    ['a swollen eyelid with double vision', '孩子左眼皮红肿三天了，今天眼珠转不动，看东西有重影'],
    [
      'temple headache, jaw pain on chewing and double vision',
      'new ache at both temples, jaw tires when chewing, and since this morning seeing double',
    ],
    [
      'an assist-device alarm',
      'My husband has an LVAD, the controller is beeping with a red light and he looks pale',
    ],
    ['bleeding a week after tonsil surgery', '女儿扁桃体切了一周，刚才吐了好几口鲜红的血块'],
    ['no fetal movement since last night', "36 weeks and I haven't felt the baby move since last night"],
    ['a head injury in haemophilia', '儿子有血友病，刚才从滑板车上摔下来磕到头了，现在看着没事'],
    [
      'a head injury in an older person on a blood thinner',
      'My 84 year old dad on apixaban fell and hit his head, he seems fine',
    ],
    ['a button battery missing from a remote', '遥控器里的纽扣电池少了一颗，找不到了，孩子两岁'],
    [
      'a long lie after a fall',
      'Grandad fell in the night and was on the floor for hours before the carer came',
    ],
    ['aconite wine with palpitations', '喝了自己泡的附子酒，嘴巴发麻，心慌得厉害'],
    ['a toddler drinking camphor oil', '孩子偷喝了几口风油精，现在看着还好'],
    ['hand spasms after thyroid surgery', 'Two days after my thyroidectomy my hands are cramping into claws'],
    [
      'ketoacidosis on an SGLT2 medicine',
      'On empagliflozin, vomiting since morning and breathing deep and fast',
    ],
    [
      'daily methotrexate with mouth ulcers',
      'Dad took his methotrexate every day instead of weekly, now mouth ulcers and a fever',
    ],
    ['repeated defibrillator shocks', '我的除颤器半小时内放电了两次'],
    [
      'pain after a polyp removal getting worse',
      'Polyp removed at colonoscopy yesterday, belly more and more painful and I feel shivery',
    ],
    ['hydrofluoric acid on the skin', 'Splashed hydrofluoric acid on my hand at work, it barely hurts yet'],
    [
      'drowsy and cold after stopping thyroxine',
      "She stopped her levothyroxine months ago and now she's drowsy and always cold",
    ],
    ['digoxin with yellow vision', '我爸吃地高辛，今天恶心，说看东西发黄'],
    [
      'chest pain after forceful vomiting',
      'Vomited hard after a party then sudden pain behind my breastbone, hurts to swallow',
    ],
    [
      'lockjaw after a wound',
      'Cut my foot on a rusty nail last week and now my jaw is stiff and I can hardly open my mouth',
    ],
    ['a painful red eye after cataract surgery', '白内障手术后第三天，眼睛越来越疼，看东西模糊'],
    [
      'a blow to the left side with shoulder-tip pain',
      'Kicked in the left ribs at football, now pale and the tip of my left shoulder hurts',
    ],
    ['a cupful of blood coughed up', 'He is coughing up blood, a cupful at a time'],
    ['a COPD flare with drowsiness', '我爸老慢支，这两天喘得厉害，今天叫他半天才应一声，迷迷糊糊的'],
    ['collapse during an antibiotic drip', '在诊所输青霉素，刚输几分钟就说胸口憋，脸一下子白了'],
    ['a red streak with rigors', '手上的伤口发炎了，一道红线往胳膊上走，烧到39度还打摆子'],
    [
      'men collapsing in a septic tank',
      'My cousin went down into the septic tank to clear it and collapsed, another guy went after him',
    ],
    [
      "stopping Parkinson's medicine",
      "Dad ran out of his Parkinson's tablets four days ago, now he's rigid, feverish and can't swallow",
    ],
    ['a firework injury to the hand', '孩子放鞭炮炸伤了手，两个手指血肉模糊'],
    [
      'raw oysters and blisters in liver disease',
      'He has cirrhosis, ate raw oysters on Saturday, now a high fever and purple blisters on his leg',
    ],
    ['a severed fingertip', 'Sliced off the tip of my finger with a mandoline, I have the piece'],
    ['chlorine gas from mixed cleaners', '把84消毒液和洁厕灵混在一起用了，现在一直咳，胸口烧得慌'],
    ['a fracture heard during sex', 'Heard a snap during sex, it went soft and now it is swollen and purple'],
    [
      'paint injected by a spray gun',
      'Shot paint into my finger with the spray gun, tiny hole but it is swelling',
    ],
    [
      'constipation and vomiting on clozapine',
      'On clozapine, no poo for five days, belly swollen and now vomiting',
    ],
    [
      'hourly colchicine with diarrhoea',
      'I took colchicine every hour last night for gout, now non-stop diarrhoea and vomiting',
    ],
    ['a tracheostomy tube out', '孩子的气切套管掉出来了，插不回去，呼吸很费劲'],
    [
      'a severe colitis flare',
      'Ulcerative colitis flare, bloody diarrhoea 10 times today, fever and my heart is racing',
    ],
    [
      'tearing pain in labour after a caesarean',
      'Labouring for a VBAC and now a constant tearing pain, contractions have stopped',
    ],
    [
      'after a hanging',
      'Found him with a rope round his neck and cut him down, he is breathing but not responding',
    ],
    ['tablets saved for tonight', "I've been saving up my tablets and will take them all tonight"],
    [
      'spots that do not fade with a fever',
      "She has a temperature and spots that don't fade when I press a glass on them",
    ],
    ['bleeding in a newborn without vitamin K', '宝宝在家生的没打维生素K，三周大，肚脐一直渗血'],
    ['nux vomica with spasms', '吃了马钱子泡的药，现在脖子发紧，一碰就抽'],
    ['fever and low platelets after a tick bite', '上山被蜱虫咬了，高烧三天，查血小板只有二十几'],
    ['a crushed leg and dark urine', '腿被倒下的墙压了好几个小时，现在肿得发亮，尿是酱油色'],
    ['a scorpion sting in a child', '孩子被蝎子蜇了，现在一直流口水还吐'],
    [
      'fever and belly pain with cirrhosis',
      'He has cirrhosis with fluid in his belly, now a fever and the belly pain is much worse',
    ],
    [
      'a stuck hernia with vomiting',
      "My groin hernia won't go back in, it's hard and tender and I've been vomiting",
    ],
    [
      'sildenafil with a nitrate spray',
      'Took sildenafil tonight then used my GTN spray for chest pain, now really faint',
    ],
    ['a chest like a tightened rope with sweating', '我爸说胸口像被绳子勒住一样，一直冒汗'],
    ['arterial bleeding said plainly', 'Cut my leg on the mower, blood is pumping out'],
    ['high ketones after a pump failure', 'Pump site fell out overnight, ketones 4.2 and I keep being sick'],
    ['one side weak for ten minutes, now better', '我妈刚才右边胳膊腿突然软了，过了十来分钟又好了'],
    ['fever a week after chemotherapy', '上周做的化疗，今天量体温38.3'],
    ['no fetal movements since last night', '35周了，从昨晚到现在胎动一下都没感觉到'],
    ['a pulsating lump with belly and back pain', '我爸突然肚子连着腰疼，肚脐旁边摸到一跳一跳的包'],
    [
      'DNP diet pills with overheating',
      'Took DNP diet pills for a week, now overheating and sweating buckets',
    ],
    ['a cold white foot in atrial fibrillation', '我爸有房颤，刚才腿突然疼，脚冰凉发白'],
    ['a toddler who ate amlodipine', 'My 2yo chewed one of my amlodipine tablets an hour ago'],
    [
      'decompression sickness after diving',
      'Did two dives this morning, now my elbows ache deep inside and my fingers tingle',
    ],
    ['decompression sickness in Chinese', '上午刚潜完水，下午膝盖关节里头疼，脚也有点麻木'],
    ['acute chest syndrome in sickle cell disease', '我有镰状细胞贫血，今天发烧，胸口也痛起来了'],
    [
      'HUS after bloody diarrhoea',
      'After the bloody diarrhea last week my son has puffy eyes and has hardly peed today',
    ],
    ['HUS in Chinese', '孩子前几天拉血水样便，这两天尿很少，眼皮也肿了'],
    [
      'atypical ACS: indigestion with grey sweating and jaw ache',
      'He keeps saying it is heartburn but he is grey and sweaty and now his jaw hurts',
    ],
    [
      'atypical ACS in Chinese: epigastric fullness, sweat, arm numbness',
      '我爸说胃胀得很，冒了一头汗，左胳膊还发麻',
    ],
    ['a dialect word for drowsy confusion', '奶奶今天一直迷迷瞪瞪的，喊她也不怎么应'],
    [
      'seizures without recovery in between',
      'She had a seizure and then another without coming round in between',
    ],
    [
      'a number of tablets of a paracetamol combination',
      'I swallowed 20 of my co-dydramol about two hours ago',
    ],
    ['big clots after a birth', 'Had the baby yesterday and I keep passing big clots, I feel shaky'],
    [
      'sudden testicular pain called "killing him"',
      'His testicle suddenly started hurting, it is killing him',
    ],
    [
      'insulin user who cannot drink',
      'Dad is on insulin, sweaty and making no sense, I cannot get him to drink',
    ],
    [
      'hand-to-hand shock with palpitations',
      'Got a shock hand to hand from a faulty lamp, heart fluttering since',
    ],
    ['absent movements at term', '39 weeks and the baby stopped moving, nothing since this morning'],
    [
      'elderly relative quiet, not eating and passing little urine',
      '姥爷今天一直昏睡，饭也不怎么吃，下午到现在没怎么尿',
    ],
    [
      'an old person sleepy, hot and breathing fast',
      'Grandma is 91 and more sleepy than usual, she feels burning up and is breathing really fast',
    ],
    ['tearing back pain written 撕着', '他突然后背撕着疼，疼得直冒汗'],
    ['early pregnancy with shoulder pain and pallor', '怀孕六周多，右边肚子疼，肩膀也疼，脸白得吓人'],
    ['symptoms after spraying the fields', '他下午打完药回来就流口水，看东西模糊'],
    ['pills stockpiled with a plan', '我攒了四十多片安眠药，打算明晚一起吃了'],
    ['neck pain and numb hands after a dive into shallow water', '在河里扎猛子头撞到水底，脖子疼，手发麻'],
    [
      'an older diabetic feeling "off" and sweaty',
      "Mum says she feels a bit off and she's sweaty, she's diabetic",
    ],
    [
      'a baby sleepy and vomiting after rolling off a sofa',
      'Baby rolled off the sofa, has vomited twice and keeps nodding off',
    ],
    [
      'a headache like a clap of thunder',
      'The headache hit like a clap of thunder while I was lifting weights',
    ],
    [
      'a known aneurysm with back pain and a grey face',
      'He has an aneurysm they are watching, now his back hurts badly and he looks grey',
    ],
    [
      'fear of water weeks after a bite',
      'Got bitten by a monkey a month ago, now he panics and gags when he tries to drink water',
    ],
    ['water beads with vomiting', '孩子可能吞了几颗海洋宝宝，今天一直吐，肚子胀'],
    ['oleander tea', 'My uncle drank a tea made from oleander leaves and now his pulse is 40'],
    [
      'castor seeds chewed by a child',
      'My daughter chewed some castor beans from the garden and is vomiting',
    ],
    [
      'a tick with growing weakness',
      'Found a tick behind her ear, since this morning she is wobbly and her legs are weak',
    ],
    [
      'ciguatera with a slow pulse',
      'Ate grouper last night, lips tingle, cold things feel hot and my pulse is 44',
    ],
    [
      'forehead swelling after sinusitis',
      'He has had sinusitis for a week and now a puffy swelling on his forehead with a bad headache',
    ],
    [
      'a phaeochromocytoma crisis',
      'I have a pheochromocytoma and now I have a pounding headache and chest pain',
    ],
    [
      'exertional tightness "only a few steps" now at rest with sweat',
      '走路没几步就胸闷，今天坐着也闷，还出了汗',
    ],
    [
      'an older diabetic with a blocked feeling, nausea and a grey face',
      '我妈有糖尿病，心口堵得慌，想吐没劲，脸色灰灰的',
    ],
    ['stroke in Shanghainese', '阿拉娘讲闲话讲勿清爽，右手伸勿直'],
    ['severe asthma after repeated puffs', '哮喘犯了，喷了三次还是喘，一句话说不完，嘴唇发乌'],
    [
      'severe asthma in Australian English',
      "His puffer's done nothing and he can only get a couple of words out",
    ],
    ['a stockpile of sleeping pills taken', '我把安眠药都吃了，大概三十片，写完就不回了'],
    [
      'a veiled plan with belongings given away and a bridge checked',
      '东西都分给朋友了，查好了那座桥几点人最少',
    ],
    ["a baby's heart too fast to count", '三个月的宝宝心跳快得数不过来，吃奶也少'],
    ['a night on the floor, in Cantonese', '阿嫲跌咗喺房，成晚起唔到身'],
    [
      'breathlessness after a hip replacement',
      'Had my hip replaced last week, now suddenly short of breath and my heart is racing',
    ],
    ['no kicks all day at term, Singapore English', '38 weeks, never feel any kick since morning'],
    ['a floppy newborn hard to wake', 'Our 8 days old baby is floppy and barely wakes for feeds'],
    [
      'a lucid interval after a blow to the head',
      'Took a blow to the head at football, fine at first, now vomiting and hard to keep awake',
    ],
    ['fever with rigors and a racing heart', 'Temp 39.6, shaking uncontrollably and my heart is racing'],
    ['a stockpile "enough now" with tonight named', '药攒够了，今晚就了结，别找我'],
    ['how many paracetamol before the liver cannot be saved', '吃多少片对乙酰氨基酚肝就没救了？'],
    ['methadone drunk by a toddler who looks well', '孩子三岁，喝了几口我的美沙酮，现在还在玩'],
    ['a seat-belt mark with worsening belly pain', '车祸时系着安全带，肚子上勒出一道印子，现在肚子越来越疼'],
    [
      'a collapse in Nigerian Pidgin',
      'My brother just collapse for market, him no dey answer, him eye dey roll',
    ],
    [
      'a low reading with confusion and refusing sugar',
      "Sugar is 2.1, she's sweating buckets and won't swallow the juice",
    ],
    [
      'bone showing through after a fall',
      "He fell off the ladder, his arm is bent all wrong and there's bone showing",
    ],
    ['a knee dislocation with a cold foot', 'Knee popped out playing rugby, now my foot is cold and pale'],
    ['clonidine taken by a toddler', 'My 2 year old got into the clonidine, one tablet is missing'],
    ['a cannabis edible eaten by a child', 'Our 4 year old ate a THC gummy from the table'],
    [
      'a floppy baby with a weak cry after honey',
      'Gave the baby some honey on her dummy, now her cry is weak and she is floppy',
    ],
    ['crushing pressure 心口像压 with cold sweat, Hunan wording', '我爷老子讲心口像压了块石头，冷汗直冒'],
    ['a seven-week-old with a fever who still feeds', '宝宝出生六周，腋温38.2，吃奶还可以'],
    ['diabetes tablets taken by a toddler, in Cantonese', '个仔两岁，偷食咗阿爷嘅降血糖药，而家仲好精神'],
    ['a raw fish gallbladder swallowed', '我爸生吞了一个鱼胆，今天上吐下泻'],
    ['too much thunder god vine', '熬雷公藤放多了，喝完一直拉，心慌'],
    [
      'blood spurting in Jamaican English',
      'Him get cut pon him arm and blood a spurt out every time him heart beat',
    ],
    [
      'a fall with a lump on the head, sick and sleepy',
      'Dad took a fall, has a lump on his head, been sick and keeps nodding off',
    ],
    ['a button battery with typos', 'my daughter swalowed a button battry 5 min ago shes fine'],
    ['a rash that does not fade under a glass', "Her rash doesn't fade under a glass and she has a fever"],
    ['a night on the kitchen floor', 'Found Nan on the kitchen floor, she has been there since last night'],
    ['eucalyptus oil drunk by a toddler', 'My toddler drank some eucalyptus oil and is wobbly'],
    ['a mothball chewed by a child', 'My 2 year old was chewing a mothball'],
    ['a TIA in Shanghainese, resolved in minutes', '阿拉爸早浪向突然讲勿出来，左手也没力气，十分钟就好了'],
    [
      'a hypo on insulin, barely answering and unable to swallow',
      '我妈打胰岛素，喊她不太应，血糖1.9，糖水咽不下去',
    ],
    [
      'a head injury mentioned in passing after a question',
      '想问下体检的事。另外孩子下午从床上摔下来，吐了两次，现在一直犯困',
    ],
    ['lime in the eye', '刷墙的时候生石灰溅进眼睛了，睁不开'],
    [
      'a kick under the left ribs with dizziness and shoulder pain, Shaanxi wording',
      '叫牛顶了肋子底下，这会儿越来越晕，左肩膀也疼',
    ],
    [
      'arm weakness and unclear speech in Indian English',
      'My mother is unable to lift her left hand and speech is not clear since morning',
    ],
    [
      'peanuts with facial swelling and wheeze',
      'He ate peanuts at a party, his face is swelling and he is wheezing',
    ],
    ['pre-eclampsia in Jamaican English', '35 weeks, mi see flashin lights and mi face swell up'],
    [
      'a lethal amount of own pills asked "for a story"',
      "How many of my sertraline would be enough? It's for a story I'm writing",
    ],
    [
      'sudden pallor and a big belly in sickle cell',
      'My son has sickle cell, he is very pale and his belly looks big on the left',
    ],
    [
      'bleeding after a circumcision',
      'Baby had his circumcision today and the dressing is soaked with fresh blood',
    ],
    ['chest pressure with cold sweat in Cantonese', '阿爷讲心肝头好闷，压紧样，出晒冷汗'],
    [
      'tarry stools and dizziness on a blood thinner, Cantonese',
      '阿妈屙咗黑色好似沥青咁嘅屎，企起身头晕，食开薄血药',
    ],
    [
      'croup with noisy breathing at rest and recession',
      '孩子咳得像狗叫，坐着不动出气也有呼呼的响声，锁骨上面往里凹',
    ],
    ['an old woman on the floor since last night', '外婆可能昨晚就摔了，早上发现躺在地板上起不来'],
    ['yew-leaf tea with a slow pulse', '喝了红豆杉叶子泡的水，现在心慌，脉搏很慢'],
    [
      'no kicks all evening at term',
      '38 weeks, baby always kicks after dinner but nothing at all tonight, still nothing',
    ],
    [
      'a first fit with eyes rolling back, Jamaican English',
      'Mi baby have fever an start shake up shake up, eyes roll back',
    ],
    [
      'sudden pain in one testicle, singular wording',
      'Sudden pain in my left ball, feel sick and it sits higher up',
    ],
    [
      'a funnel-web spider bite',
      'Bitten by a big black shiny spider, now tingling round my mouth and drooling',
    ],
    ['eye drops drunk by a toddler', 'My 2 year old drank some Visine eye drops and is sleepy'],
    [
      'severe asthma, reliever no help, one word at a time',
      '女儿哮喘，吸了三回沙丁胺醇还是不顶用，讲话一个词一个词地挤',
    ],
    [
      'severe asthma, reliever every ten minutes, dusky lips',
      'used the blue puffer every ten minutes since tea time and his lips have gone dusky',
    ],
    [
      'a first fit with the eyes rolled up',
      'Baby was hot then started jerking, eyes rolled up for about a minute',
    ],
    ['a fit after party drugs', 'My mate took something at the party and he is jerking on the floor'],
    [
      'stridor after food went down',
      'Toddler makes a high squeaky noise when breathing in after a bit of apple',
    ],
    [
      'recession and noisy breathing at rest',
      "his chest is sucking in with every breath and there's a noise even when he's lying still",
    ],
    [
      'a lethal-dose question about not waking up',
      "how many of my sleeping tablets would it take so I don't wake up",
    ],
    ['torsion in Scots', 'Wee man woke up greetin wi a sore baw, been sick twice'],
    [
      'a known bulge in the aorta with sudden back pain',
      'Grandad was told he has a bulge in his aorta, now sudden severe back pain and he feels faint',
    ],
    ['toad venom drunk', '他喝了蟾酥泡的酒，嘴巴发麻，心跳慢'],
    ['unripe ackee', "She ate ackee that wasn't open yet, now drowsy and sweaty"],
    ['nutmeg intoxication', "He ate a load of nutmeg and now he's hallucinating"],
    ['travel-sickness tablets with delirium', '孩子把晕车药吃了半板，现在说胡话、瞳孔很大'],
    ['weakness and an irregular pulse on furosemide', '妈妈吃速尿，这两天浑身没劲，心跳忽快忽慢'],
    [
      'weakness and skipped beats on water tablets',
      "On water tablets, so weak I can't lift my arms and my heart keeps skipping beats",
    ],
    [
      'a reef sting with dizziness',
      "Stepped on something on the reef, the pain is excruciating and now I'm dizzy",
    ],
    ['a stonefish sting with cold sweat', '赶海踩到石头鱼，疼得受不了，头晕出冷汗'],
    ['no fetal movement all day at term', "38 weeks and I haven't felt him move at all today"],
    ['breathless with a fast pulse after a caesarean', '剖腹产后一周，走两步就喘，心跳一百二'],
    ['a positive test, one-sided pain and dizziness', '测出两道杠还没做B超，小肚子一边剧痛，有点头晕'],
    [
      'fever with a neck that will not bend',
      "fever since morning and she can't bend her neck, the light is hurting her eyes",
    ],
    ['deep painless burns to both hands', "Pan fire, both hands blistered and white, they don't even hurt"],
    ['a firecracker injury to the hand', 'A firecracker went off in his hand, two fingers hanging off'],
    ['a TIA told in Sichuan wording', '我妈刚才右手突然端不稳碗，说话也打绊，几分钟就好了'],
    ['tarry stools like asphalt with a near faint', '我爸拉的屎跟沥青似的，站起来眼前发黑'],
    ['realgar wine given to a child', '孩子喝了雄黄酒，一直吐，肚子疼'],
    ['a pacemaker with a very slow pulse and a near faint', '我妈有起搏器，摸脉一分钟才30下，刚才差点晕倒'],
    [
      'jaw ache with sweating and nausea',
      'My wife has an aching jaw, she is clammy and feels sick, sat on the sofa',
    ],
    [
      'arrangements made and care cancelled',
      "Cancelled my clinic, I won't be needing it. Letters are written for the kids",
    ],
    [
      'torsion, Australian wording',
      'My boy got a sudden pain in his right nut, chucked up and can barely walk',
    ],
    [
      'hypothermia, not even shivering',
      "Gran's heating's been off all week, she's cold as ice and mumbling, not even shivering",
    ],
    [
      'resuscitated after a collapse',
      'He collapsed at the gym, staff did CPR and he came round, says he is fine now',
    ],
    ['maroon stools in a pale sleepy child', 'Toddler passed a big maroon poo and is pale and sleepy'],
    ['MAOI with a very high blood pressure', 'On an MAOI, pounding headache and my BP is 232/130'],
    ['a wound going black with fever', '阑尾手术后伤口发黑发硬，红肿一直蔓延，发烧寒战'],
    [
      'chest tightness with sweat blamed on breakfast, Hubei wording',
      '我爸说心口有点堵，胃里不舒服，冒了一头的汗',
    ],
    [
      'burning urine then confusion and cold hands in an old woman',
      '奶奶这两天尿尿会痛，今天认不得人，手脚冰冰的',
    ],
    [
      'a positive test with right-sided pain and shoulder-tip pain',
      '验了两道杠，右边肚子一阵阵痛，肩膀尖尖也痛',
    ],
    ['pills saved up and a goodbye', '药都攒齐了，今晚之后就不麻烦大家了'],
    ['found on the floor, time unknown, dark urine', '外婆倒在卫生间地上，不知道躺了多久，尿是茶色的'],
    ['a grey throat membrane with noisy breathing', '孩子喉咙里有一层灰白色的膜，喘气有点响'],
    ['cannot swallow even saliva after a gastric band', '减肥手术后吃什么吐什么，今天连口水都咽不下去'],
    [
      'an infant with the skin under the ribs going in',
      'Baby of 3 months breathing very fast and the skin under his ribs is going in',
    ],
    ['voices and a weapon', 'The voices told him to deal with the neighbour tonight, he has a machete'],
    [
      'thirst, passing urine a lot, vomiting and sweet breath',
      'She has been drinking water too much and urinating a lot, now vomiting and her breath smells sweet like fruit',
    ],
    ['torsion, Liverpool wording', "Our lad's got bad pain in his bollocks on one side and he's been sick"],
    [
      'halos round lights with a red eye, Geordie wording',
      "Me da's eye is red and he's seein rainbow rings roond the lights, been sick",
    ],
    ['benzonatate taken by a toddler', 'My 2 year old ate some of my Tessalon cough capsules and is shaky'],
    ['a sudden worst-ever headache, Hunan wording', '后脑壳突然一炸，这辈子冇这么痛过，想呕'],
    [
      'upper belly pain into the back after spirits',
      '昨晚喝了半斤白酒，上腹痛到后背，弯着腰才好一点，一直吐',
    ],
    ['a late period with one-sided pain and a blackout', '月经晚了十天，左下腹一阵阵痛，站起来眼前一黑'],
    [
      'possessions given away and sleeping pills found',
      '他把东西都送人了，还说以后妈就拜托你照顾，抽屉里一大罐安眠药',
    ],
    ['eighteen paracetamol tablets in a teenager', '女儿吃了一板半泰诺林，现在说没事'],
    ['an insulin user sweating and not answering, Hakka wording', '阿爸打胰岛素，一身冷汗，喊佢冇应'],
    ['grain fumigant tablets swallowed', '他吞了两片熏虫的药片，吐了几次'],
    ['fever and foul discharge after an abortion', '人流后一周发烧39度，下面的东西很臭，站起来头晕'],
    [
      'jaw and shoulder-blade ache with vomiting and sweat',
      'Mamaw has an ache in her jaw and between her shoulder blades, threw up and sweatin',
    ],
    [
      'palpitations then running off the road',
      'My heart was going like the clappers then next thing I know I ran off the road',
    ],
    [
      'no movement remembered since last night at term',
      "39 weeks, can't remember feeling her move since last night",
    ],
    [
      'drain unblocker with drooling in a toddler',
      'My toddler got hold of the drain unblocker and is drooling loads',
    ],
    ['lidocaine gel drunk by a toddler', 'My 2 year old drank some viscous lidocaine and is twitching'],
    [
      'TIA said in northern dialect with a noon time word',
      '俺爹晌午吃饭那会儿右手突然没劲了，筷子都掉了，过了一刻钟就好了',
    ],
    [
      'TIA this arvo, back to normal',
      "This arvo my mum's right hand went numb and weak for ten minutes, back to normal now",
    ],
    ['sudden occipital headache like being struck', '我爸刚才搬箱子，后脑壳像被人用锤子敲了一下，疼得直冒汗'],
    [
      'croup with a dog-bark cough and chest recession',
      '娃咳得跟小狗叫似的，吸气时呼哧呼哧的，锁骨那里往里凹',
    ],
    [
      'a late period with one-sided pain and near-fainting',
      '大姨妈推迟十来天了，刚才右边小肚子突然疼得厉害，差点晕过去',
    ],
    ['bleeding at 32 weeks with placenta praevia', '三十二周，前置胎盘，刚才下面流了好多鲜血'],
    ['a veiled plan after giving a pet away', '同事把狗托付给我了，说今晚一个人去江边坐坐，叫我们别等她'],
    ['a strip of paracetamol in written Cantonese', '個仔食咗成板必理痛，而家話冇事'],
    ['hypoglycaemia with a pinyin typo for insulin', '我外公打胰岛数的，现在叫他不怎么应，一身冷汗'],
    ['a swollen purple scrotum after a kick', '儿子踢球被踢到下面，阴囊肿得发紫，疼得冒冷汗'],
    ['fever without a spleen', '我脾切除好几年了，今天晚上打摆子，烧到39度'],
    [
      'fever and shaking in someone with no spleen',
      'I had my spleen removed after a car crash, now I have a fever of 38.9 and the shakes',
    ],
    [
      'sickness after eating wood-ear fungus soaked for days',
      '泡了两天的木耳今天凉拌吃了，现在肚子痛，一直吐',
    ],
    ['fast irregular heartbeat in known WPW', '我有预激综合征，刚才跑步后心跳又快又乱停不下来'],
    ['palpitations with dizziness and dimming', '心慌得厉害，心跳乱跳，头晕眼花站不稳'],
    ['stroke in Jamaican wording', 'Mi uncle cyaan talk good an one side a him face drop from dis morning'],
    [
      'collapse during a match',
      'Our daughter passed out during the netball match on the court and is still groggy',
    ],
    [
      'pre-eclampsia with puffy face and hands late in pregnancy',
      '36 weeks and my face and hands have gone puffy, bad headache too',
    ],
    [
      "a toddler and a grandparent's amitriptyline",
      "Our little one (2) got into grandad's tablets, think he's had one of the amitriptyline",
    ],
    [
      'DKA symptoms in Nigerian English',
      'My son is drinking water like fish for days, now vomiting and breathing fast',
    ],
    [
      'a tick, a spotty rash and drowsiness',
      'Pulled a tick off my son last week, now he has little red spots on his ankles and is very sleepy with a fever',
    ],
    [
      'fever with bleeding gums and vomiting',
      'My wife has had fever for 5 days, now her gums are bleeding and she keeps vomiting',
    ],
    ['发烧伴牙龈出血和呕吐', '发烧五天了，今天牙龈一直出血，还吐了两次'],
    [
      'ACS in written Cantonese: a big stone on the chest',
      '阿伯行完楼梯话心口好似有嚿大石压住，出咗一身冷汗',
    ],
    [
      'dissection in written Cantonese: chest and back torn apart',
      '我老豆突然话背脊好似俾人撕开咁痛，痛到腰度',
    ],
    [
      'ruptured AAA in someone under aneurysm surveillance',
      "They found a swelling on the big artery in my uncle's belly last year, now sudden severe pain in his back and he nearly passed out",
    ],
    [
      'heat stroke after midday labour, hot and dry',
      '工友中午在工地搬砖，突然倒了，身上烫得吓人，一滴汗都没有',
    ],
    [
      'heat stroke after field work in the afternoon sun',
      'My grandfather was in the field in the afternoon sun, now very hot to touch, not sweating and confused',
    ],
    [
      'bowel obstruction: a drum-tight belly and faeculent vomit',
      '我奶奶四天没解大便也不放屁，肚子胀得跟鼓一样，吐的东西有屎臭味',
    ],
    [
      'a veiled plan: money handed over, letters written, release',
      '钱都转给我弟了，猫也托给邻居了，今晚终于可以解脱了',
    ],
    ['a newer pesticide swallowed', '我叔吵完架喝了两口虫螨腈，说现在就是有点热'],
    [
      'a herbicide drunk by mistake',
      'He drank a mouthful of glufosinate from a water bottle this morning, feels fine',
    ],
    [
      'urosepsis with confusion and mottled knees',
      "My mother has UTI, now temp 39.4, shivering, blur blur don't know what day, purple patches on knees",
    ],
    [
      'a first febrile seizure: stiff then jerking',
      'My 2 year old went stiff then jerking for about two minutes with a fever, now very sleepy',
    ],
    ['paracetamol misspelt', 'Took about 20 paracetemol yesterday for toothache, feel okay'],
    [
      'a very slow heart with near-blackouts',
      'My heart rate is 36 on my watch and I keep nearly blacking out on the stairs',
    ],
    [
      'Haff disease after a crayfish meal',
      '昨晚吃了一大盆小龙虾，今天浑身肌肉疼得动都动不了，尿跟酱油一个颜色',
    ],
    [
      'a spider bite with fever and dark urine',
      'Bitten by what looked like a brown recluse on Sunday, now fever and my pee is dark',
    ],
    ['fever after skinning a dead marmot', '我哥前几天剥了一只死旱獭，今天高烧到40度，大腿根起了个疙瘩'],
    [
      'fever after handling a dead rodent',
      'My son picked up a dead prairie dog on the trail and now has a fever and a swollen gland in his groin',
    ],
    [
      'a late period with one-sided cramps, an urge to open the bowels and a blackout',
      '例假晚了一个多礼拜，左下腹一阵阵抽着痛，总想去解大便，刚才起身眼前发黑',
    ],
    [
      'a late period with a blackout in English',
      'My period is two weeks late, crampy on the left and I blacked out in the shower',
    ],
    ['a toddler who chewed a sulfonylurea', '外孙女两岁半，把姥爷的格列美脲嚼了一片'],
    [
      'a drooping eyelid with a big pupil and headache',
      '老伴头痛了两天，今天右眼皮耷拉下来，右边瞳孔比左边大',
    ],
    [
      'third-nerve palsy with the pupil involved, in English',
      'Mum has had a bad headache since yesterday, her right eyelid is drooping and that pupil is much bigger than the other',
    ],
    [
      'a non-blanching rash with fever said as "boiling"',
      "My daughter's boiling and she's got tiny purple spots on her tummy that don't fade under a glass",
    ],
    [
      'pregnancy weeks as a number with bleeding',
      "I'm 29 weeks and there's fresh red blood on my pad, quite a lot",
    ],
    [
      'zigzag vision and headache a week after birth',
      'Gave birth last week and since this morning I keep seeing zigzags and my head is pounding',
    ],
    [
      'a family with headaches since arriving where a gas fire burned',
      'My husband and both girls have had headaches and felt sick since we arrived at the caravan, the gas fire was on all evening',
    ],
    [
      'heat stroke in Southern US wording',
      "Grandad was out mowing all day in this heat, now he's rambling and he's quit sweating",
    ],
    [
      'a metal chip off a hammer into the eye',
      'Was hammering a nail and a chip of metal flicked into my eye, bit blurry now',
    ],
    ['a mottled, ice-cold foot', "His foot has gone mottled purple this afternoon and it's ice cold"],
    ['a leg gone purple and cold', '我爸右腿突然发紫，摸着冰凉，疼得直叫'],
    [
      'local anaesthetic toxicity from numbing cream',
      'Put loads of numbing cream on before my tattoo, now there is a metallic taste in my mouth and my arms keep twitching',
    ],
    ['no fetal movement said without 有', '孕35周，从昨天晚上到现在一直没胎动'],
    ['chest bound as if by a rope with sweat on the brow', '我舅胸口跟被绳子勒住似的，满头虚汗，说歇歇就好'],
    [
      'a weight sat on the chest going into the left arm (Scots)',
      "Ma da says there's a weight sat on his chest an it's gaun intae his left arm, he's gone grey",
    ],
    [
      'words coming out as other words since noon, well yesterday',
      '我妈今天中午开始想说的话老说成别的，昨天还好好的',
    ],
    [
      'sudden blow-like occipital headache with vomiting (Sichuanese 遭)',
      '我哥刚才突然后脑壳像遭人拿棒棒敲了一下，吐了，颈子硬起',
    ],
    [
      'sudden blinding headache with vomiting',
      'My wife got a sudden blinding headache while gardening and has been sick twice',
    ],
    [
      'lethal-dose question behind "hypothetically"',
      'hypothetically how many of my mirtazapine would i need to just not wake up',
    ],
    ['how many tablets stop the heart', '降压药一次吞多少片心脏才会停？'],
    [
      'shivering and talking foolishness (Caribbean)',
      'Granny shiverin since morning an talkin foolishness, her leg swell up red',
    ],
    [
      'a dosette box of heart tablets taken at once',
      "Mum took her whole dosette box at once, all of the bisoprolol and amlodipine, she's faint",
    ],
    ["no movements at term said with hasn't", "I'm 38+4 and he hasn't moved since yesterday evening"],
    [
      'a small round battery missing near a toddler',
      'The little round battery out of the car key is missing and my 2 year old had the key',
    ],
    [
      'type 1 diabetic mumbling and not answering',
      "My brother's type 1, he's clammy and mumbling and won't answer properly",
    ],
    [
      'a groin lump that no longer goes back, with vomiting',
      "Dad's groin lump that always went back in is stuck out since this morning, hard, and he's vomiting",
    ],
    [
      'a ball to the throat with a croaky voice and crackly neck',
      'Took a cricket ball to the throat, voice is going croaky and my neck feels crackly',
    ],
    [
      'a dent at the collarbone joint with trouble swallowing',
      'After the tackle there is a dent where my collarbone meets my breastbone and it is hard to swallow',
    ],
    ['strangled, now hoarse with painful swallowing', '被人掐了脖子，现在声音嘶哑，咽东西痛'],
    [
      'colicky pain and retching after a gastric bypass',
      'Had a gastric bypass last year, now pain coming in waves under my ribs and I keep retching',
    ],
    ['chest pressed like a sandbag with sweating', '他一直揉胸口，说里面闷得像压了个沙袋，满头大汗'],
    [
      'ache between the shoulder blades, breathless and pale',
      '奶奶说两块肩胛骨中间闷闷地痛，坐着都喘，脸发白',
    ],
    ['Minnan arm weakness', '阿公倒手无力，碗攏提袂牢'],
    ['a toddler took tizanidine', '两岁的女儿吃了我的替扎尼定，现在很想睡'],
    ['a toddler with an open flecainide bottle', 'Found my toddler with the flecainide bottle open'],
    [
      'apixaban misspelt, elderly head injury',
      'My 82 year old dad on apixiban hit his head on the door frame',
    ],
    [
      'tripped, cracked head, sick and nodding off',
      "Grandad tripped on the kerb and cracked his head, now he's being sick and keeps nodding off",
    ],
    ['not moved once at term', '38 weeks and the baby has not moved once since breakfast'],
    ['no movement felt all day at term', '怀孕36周，从早上到现在都没觉出孩子动'],
    ['testicle pain and threw up', 'My son woke up with pain in his left testicle and threw up twice'],
    [
      'febrile convulsion, stiff and jerked all over',
      'My daughter had a temperature and went stiff and jerked all over for two minutes',
    ],
    [
      'heat stroke, skin hot and dry',
      "He was roofing in the heat all day, now his skin is hot and dry and he's talking crazy",
    ],
    [
      'sore calf after a flight, makes me puff',
      'Calf has been sore since my flight and walking upstairs makes me puff',
    ],
    ['fever with the neck paining', 'Fever since this morning and his neck is paining so much'],
    [
      'type 1, nail polish remover breath',
      "Type 1 son, his breath smells like nail polish remover and he's throwin up",
    ],
    ['baby tummy sucking in', '6 week old with a cold, her tummy sucks in with every breath'],
    [
      'asthma, lips bluish, a word or two',
      'Asthma attack, her lips are going bluish and she can only get a word or two out',
    ],
    ['spewed up blood', 'He spewed up a load of blood after the pub'],
    [
      'cannot find words, wrong word',
      "Dad suddenly can't find his words, keeps saying cup when he means remote",
    ],
    ['lethal-dose question, not waking up', "what number of tablets means you don't wake up"],
    ['lethal-dose question in grams', '对乙酰氨基酚吃几克肝就会没救'],
    [
      'farewell, cat handed over and follow-up cancelled',
      '谢谢你们照顾，我的猫托给了邻居，下个月的复诊就不去了',
    ],
    [
      'after a caesarean, breath will not go in, blood-streaked sputum',
      '剖腹产完一周，突然一口气吸不进去，痰里带血丝',
    ],
    ['sudden loin pain, pale, dizzy on standing', '腰突然剧痛，脸色发白，一站起来就头晕眼黑'],
    ['fever with rigors, slow to answer', '外公发烧打寒战，叫他名字半天才答应'],
    ['systolic in the 80s', '刚量血压只有84/50，人很虚'],
    ['brown discharge and crackling in a wound', '伤口流出来的水是褐色的，按上去咯吱咯吱，还发烧心跳快'],
    ['thigh-root lump stuck out', '大腿根的包推不回去了，硬硬的很疼'],
    [
      'a whole load of amitriptyline, misspelt',
      "My sister took a whole load of amitryptaline, she's really drowsy",
    ],
  ])('%s', (_class, text) => {
    expect(level(text)).toBe('emergency');
  });
});

describe('look-alikes that are not emergencies', () => {
  it.each([
    ['"昨天大了一圈" is not an infant\'s age', '伤口周围红肿，比昨天大了一圈，有点发热', 'urgent'],
    ['a small scald on a hand', '孩子被开水烫了手指，起了一个小水泡', 'urgent'],
    [
      'gradual testicular ache with fever and dysuria is epididymitis, not torsion',
      'Gradual ache in my left testicle over four days, a bit swollen, burning when I pee.',
      'urgent',
    ],
    [
      'a sore throat with difficulty swallowing is a throat abscess (urgent)',
      "Sore throat for days, I can't swallow my own spit and can barely open my mouth",
      'urgent',
    ],
    ["a nursing student's calculation question", '我是护理学生，失血性休克的休克指数怎么算？', 'routine'],
    [
      "a first-aid trainee's question",
      'On a first aid course: what is the difference between a stroke and a TIA?',
      'routine',
    ],
    [
      'passive thoughts of death without a plan',
      'Lately I feel everyone would be better off without me, but I have no plan.',
      'urgent',
    ],
    ['sore throat on an antithyroid drug', '在吃甲巯咪唑，今天喉咙痛还有点发烧', 'urgent'],
    [
      'fever after returning from a malaria area',
      'Came back from Nigeria last week and now I have a fever and chills.',
      'urgent',
    ],
    ['a spreading ring after a tick bite', '上周被蜱虫咬过，现在那里的红斑越来越大', 'urgent'],
    [
      'one hot swollen knee with fever',
      'My knee is hot and swollen and I have a temperature of 38.4.',
      'urgent',
    ],
    [
      'new voices without danger',
      'My son keeps hearing voices and thinks he is being followed, he is calm and safe.',
      'urgent',
    ],
    ['a toddler who will not use an arm after a fall', '孩子从床上摔下来，右胳膊不肯动，一碰就哭', 'urgent'],
    ['"fit" meaning the right size', 'Do these hearing aid batteries fit a size 13 aid?', 'routine'],
    ['numbness last year that went away', '去年手麻过一次，后来好了，现在想问问要不要复查', 'routine'],
    [
      'fewer fetal movements with some kicks',
      '34 weeks, baby quieter than usual today but still a few kicks',
      'urgent',
    ],
    ['胎动少了但还在动', '怀孕33周，今天胎动比平时少，不过还在动', 'urgent'],
    [
      'a head bump on an anticoagulant without symptoms (CT within 8 hours)',
      'Knocked my head on a cupboard, I take rivaroxaban, no headache or sickness',
      'urgent',
    ],
    [
      'a question about controlled epilepsy',
      'Seizure-free for 3 years on lamotrigine, can I start driving lessons?',
      'routine',
    ],
    [
      'a question about replacing an adrenaline pen',
      'How often do I need to replace my EpiPen? It expires next month.',
      'routine',
    ],
    ['oozing after a tooth extraction on warfarin', '拔牙后一直渗血，我在吃华法林', 'urgent'],
    ['green phlegm is not bilious vomiting', 'Coughing up green phlegm for three days, no fever', 'routine'],
    [
      'a figure of speech with lol',
      'My heart stopped when I saw the bill lol, is the scan covered?',
      'routine',
    ],
    ["a relative's past haemorrhage", '我姐姐生孩子那会儿大出血过，我现在怀孕了要注意什么', 'routine'],
    ['a teaching question', '带教用：过敏性休克时肾上腺素肌注剂量是多少？', 'routine'],
    [
      'swallowed pool water, fine since',
      'He swallowed some pool water yesterday and has been fine since, is dry drowning real?',
      'routine',
    ],
    [
      'a wrist injury after coming off a bike',
      'Came off my bike onto my hand, wrist swollen and sore',
      'urgent',
    ],
    ['purple stools after mulberries', '昨天吃了好多桑葚，今天大便发黑，没有别的不舒服', 'routine'],
    ['no movements yet at 18 weeks', '怀孕18周了，还没感觉到胎动，正常吗', 'routine'],
    ['heartburn after hotpot', '吃完火锅胸口烧心反酸，以前也这样', 'routine'],
    ['a gas smell gone once outside', '昨天闻到煤气味有点头晕，开窗出去透了透气就好了', 'routine'],
    [
      'a quinsy while breathing is fine',
      'Sore throat, one side very swollen, muffled voice, fever. Breathing fine',
      'urgent',
    ],
    ['Bell palsy with the forehead involved', '左脸突然动不了，额头也皱不起来，手脚说话都正常', 'urgent'],
    [
      'a quinsy with uvula deviation and muffled speech',
      '扁桃体那边肿得厉害，说话含糊，小舌头歪到一边，能喝水',
      'urgent',
    ],
    [
      'known kidney stones colicking again',
      '腰疼得在床上打滚，以前得过肾结石，这次也是一阵一阵的，没发烧',
      'urgent',
    ],
    [
      'a medicine taken for two months, not an infant',
      '吃丙硫氧嘧啶两个多月了，今天嗓子疼还发烧38度',
      'urgent',
    ],
    ['a question for a novel', '写小说要用：心梗的人发作时会是什么表现？', 'routine'],
    [
      'a question for a story in English',
      'For my crime novel, what does someone look like after a heroin overdose?',
      'routine',
    ],
    ['a diving course question', '在考潜水证，想问潜完多久能坐飞机，会不会得减压病', 'routine'],
    ['a child 1 year 2 months old with a low fever', '孩子一岁两个月，有点低烧，精神好，吃喝正常', 'routine'],
    [
      'a known migraine, throbbing, already gone',
      '老偏头痛了，太阳穴一跳一跳地疼，吃了药已经好了',
      'routine',
    ],
    [
      'diagnosed breath-holding spells',
      '儿子哭急了会屏住气，嘴唇发紫几秒就缓过来，医生说是屏气发作',
      'routine',
    ],
    ['sleep paralysis', '晚上鬼压床，胸口像被压着喘不过气，几十秒就好了', 'routine'],
    [
      "a neighbour's carbon monoxide alarm, everyone fine",
      "Our neighbour's carbon monoxide alarm went off, the boiler is fixed and everyone is fine",
      'routine',
    ],
    ['snoring like thunder', '我老公打呼噜像打雷，有时候还憋气，白天不困', 'routine'],
    ['one water bead swallowed, no symptoms', '孩子刚才好像吞了一颗吸水珠，现在玩得好好的', 'urgent'],
    [
      'whether oleander is safe in the garden',
      'Is oleander poisonous? Is it safe to have in a garden with kids?',
      'routine',
    ],
    [
      'brain freeze asked about as an aneurysm',
      'Ice cream gives me a sharp pain in the forehead for a few seconds, could it be an aneurysm?',
      'routine',
    ],
    [
      'a salmon patch on a newborn',
      'Newborn has a pink birthmark on her eyelids that gets darker when she cries, is it a bruise?',
      'routine',
    ],
    [
      'fever on day four, alert and drinking, Hunan wording',
      '崽崽烧了四天，退烧药吃了能降，精神好，喝水正常',
      'urgent',
    ],
    [
      'fewer movements but some felt after a sweet drink',
      '孕32周，今天胎动少一点，喝了果汁躺下还能感觉到几下',
      'urgent',
    ],
    ['a black nail after a door trap', '门夹了手指，指甲底下发紫发黑，一跳一跳地疼得睡不着', 'urgent'],
    [
      'a headache with vomiting and fever denied in Cantonese',
      '今日好攰，个头有啲痛，冇发烧，冇呕',
      'routine',
    ],
    [
      'a thriving baby who grunts before soft stools',
      '宝宝两个月，拉屎前憋得脸通红哼哼唧唧，拉出来是软的黄便',
      'routine',
    ],
    [
      'jerks only in sleep that stop when picked up',
      'Newborn twitches only when he is asleep and it stops when we pick him up, is it a fit?',
      'routine',
    ],
    ['overwork hyperbole with a laugh', '加班加到想死，头都要炸了哈哈，推荐个眼药水', 'routine'],
    [
      'a soft painless scrotal swelling in a well baby',
      '宝宝两个月，阴囊一边大，软软的，不红不硬，吃奶正常',
      'routine',
    ],
    [
      'a squash ball to the eye with blurred vision',
      'Hit in the eye by a tennis ball, a bit blurry and sore',
      'urgent',
    ],
    ['a quinsy with muffled speech', '嗓子一边疼得厉害，张嘴费劲，说话含含糊糊，喝水没问题', 'urgent'],
    ['a blocked long-term catheter', '我爸插着导尿管，袋子一上午没尿，小肚子胀得疼', 'urgent'],
    ['sea urchin spines', '踩到海胆了，刺扎进脚底拔不出来', 'urgent'],
    [
      'a well child with a soft belly and no stool for three days',
      '孩子三天没拉粑粑，肚子软软的，吃玩都好',
      'routine',
    ],
    [
      'a reducible umbilical bulge in a well baby',
      '宝宝两个月，肚脐一哭就鼓起来，不哭就缩回去，软软的，吃奶正常',
      'routine',
    ],
    [
      'Bell palsy with the forehead involved, in English',
      'Right side of my face is drooping incl my forehead, arms and speech fine, cannot close my eye',
      'urgent',
    ],
    [
      'a childhood allergy to put on the record',
      'Had a reaction to penicillin as a kid, throat swelled up, please put it on my record',
      'routine',
    ],
    ['a stonefish recipe', '石头鱼清蒸怎么做好吃', 'routine'],
    ['nutmeg in food', 'Is nutmeg safe in eggnog for the kids?', 'routine'],
    [
      'tiredness on water tablets',
      'I take water tablets and feel a bit tired in the afternoons, is that normal?',
      'routine',
    ],
    [
      'a splinter with a hard fingertip is not an acute abdomen',
      '指头被木刺扎了，指肚硬邦邦的，一跳一跳地疼',
      'routine',
    ],
    ['a dislocated jaw is not a stroke, in Chinese', '打哈欠下巴掉了，嘴合不上，说话含糊流口水', 'urgent'],
    [
      'a dislocated jaw is not a stroke, in English',
      "Yawned and now my jaw is stuck open, can't close my mouth, talking funny",
      'urgent',
    ],
    [
      'light spotting at 7 weeks without pain',
      '7 weeks pregnant, light pink spotting when I wipe, mild cramps, not dizzy',
      'urgent',
    ],
    [
      'a facial palsy with arms and legs fine',
      "Left side of my face went slack overnight, can't close the eye, arms and legs fine",
      'urgent',
    ],
    [
      'a childproofing question',
      'What would happen if a toddler swallowed a magnet? Childproofing the lounge',
      'routine',
    ],
    ['a first-aid training question', '村里要搞个培训，请问一氧化碳中毒的急救措施', 'routine'],
    [
      'a faint in the heat, recovered at once',
      'Passed out at the concert from the heat, back to myself in a minute, nothing since',
      'routine',
    ],
    ['a rash in the sun is not heatstroke', "I get an itchy rash whenever I'm in the sun", 'routine'],
    ['heatwave advice', 'heatwave coming, any tips for my elderly mum?', 'routine'],
    ['drowsiness from an antihistamine', 'Benadryl made me a bit drowsy, is that normal?', 'routine'],
    ['eating again in recovery from anorexia', '我有厌食症在康复，最近开始正常吃饭了，心情好多了', 'routine'],
    ['a wrist hurts to touch after a fall', '我妈摔了一跤手腕肿了，一碰就疼，手指能动', 'urgent'],
    [
      'a child a little less lively with diarrhoea',
      '宝宝拉肚子两天，嘴唇有点干，精神比平时差点，还肯喝水',
      'urgent',
    ],
    [
      'a faint at a blood test last week',
      'Fainted at my blood test last Friday, always happens with needles, fine since',
      'routine',
    ],
    [
      'a question about magnets for later',
      "He hasn't swallowed anything, but what do I do if he ever swallows a magnet?",
      'routine',
    ],
    ['a CPR training question', '单位组织急救培训，心肺复苏按压每分钟多少次？', 'routine'],
    ['a CPR question in English', 'Did a first aid course, when should you use the defib?', 'routine'],
    [
      'a high reading without symptoms',
      'Home BP machine says 195/110, no headache or chest pain, feel fine',
      'urgent',
    ],
    [
      'Bell palsy with the forehead, Chinese',
      '早上发现右边嘴角漏水，右眼闭不严，额头也抬不起来，手脚都有劲',
      'urgent',
    ],
    ['unsteady after chickenpox, alert', '女儿出水痘好了一个礼拜，今天走路东倒西歪，人很清醒', 'routine'],
    ['Cantonese hyperbole about work', '返工攰到想死，有冇咩提神嘅方法？', 'routine'],
    [
      'a suicide attempt long ago, stable now',
      '我大学时候自杀未遂过一次，现在很稳定，想问备孕要不要停药',
      'routine',
    ],
    [
      'headaches worse lying down are not heart failure',
      'Headaches that are worse lying down for a month, no breathing problems',
      'routine',
    ],
    [
      'reduced but present movements, Chinese',
      '怀孕32周，今天胎动比平时少，下午只动了两三下，没有肚子痛',
      'urgent',
    ],
    [
      'reduced but present movements, English',
      '30 weeks, baby not moving as much today but she does move when I poke',
      'urgent',
    ],
    [
      'a Scots cold with wheeze denied',
      'Runny nose fir two days, nae temperature, nae wheeze, eatin fine',
      'routine',
    ],
    [
      'a past overdose years back, stable now',
      'Took an overdose a few years back, doing well since, can I drink on citalopram?',
      'routine',
    ],
    [
      "a neighbour's child's resolved anaphylaxis",
      "Our neighbour's little girl had an anaphylactic reaction to peanuts last month, she's fine. Should we test our kids?",
      'routine',
    ],
    ['a bruise after a gym strain is not cyanosis', '练卧推拉伤了，胸前一大片青紫，活动不受影响', 'routine'],
    [
      'a faint while blood was being taken, recovered',
      'I fainted a little when the nurse was taking my blood this morning, fine since',
      'routine',
    ],
    [
      'a jellyfish sting is not an electric shock',
      'Got zapped by a jellyfish at the beach, stings but breathing fine',
      'routine',
    ],
    [
      'Bell palsy with the eye and eyebrow affected',
      "Right side of my face dropped overnight, can't close my eye or lift my eyebrow, arms and speech fine",
      'urgent',
    ],
    [
      'muscle pain and dark urine after a spin class is urgent',
      'My muscles are killing me two days after a new gym class and my pee is the colour of cola',
      'urgent',
    ],
    [
      "a dark crust stuck in a child's nostril is a nasal foreign body, not melaena",
      '孩子鼻孔里有块黑乎乎的鼻痂，抠不出来，不流血',
      'urgent',
    ],
    [
      'a painless lump found at a check-up is not anaphylaxis',
      '体检时摸着脖子上有个硬疙瘩，不疼不痒，要挂什么科',
      'routine',
    ],
    ['a gas smell with nobody unwell', '闻到一股煤气味，关了阀门开了窗，一家人都没啥不舒服', 'routine'],
    [
      'monthly period pain is not an acute abdomen',
      '女儿每次来月经第一天都肚子疼得直不起腰，吃了止痛药就好',
      'routine',
    ],
    [
      'a past overdose with a new clause about now',
      "I overdosed three years ago and I'm doing well now, can I take antihistamines?",
      'routine',
    ],
    [
      'fewer movements but kicks still felt are urgent',
      '孕31周，胎动好像比前几天少一点，但躺下来还能感觉到他踢',
      'urgent',
    ],
    [
      'a swollen purple arm after exercise is a clot in the arm, not cyanosis',
      '健身房拉力练多了，左胳膊肿了一圈，有点发紫发胀',
      'urgent',
    ],
    [
      'an arm that will not lift after landing on the shoulder',
      '滑雪摔了，肩膀着地，现在胳膊抬不起来',
      'urgent',
    ],
    [
      'a shoulder injury in English',
      "Came off my bike and landed on my shoulder, now I can't lift my arm above my head",
      'urgent',
    ],
    [
      'a family denying symptoms after a gas smell',
      '闻到煤气味，已经关了总阀开了窗，一家人都没头晕',
      'routine',
    ],
    [
      'superficial self-harm to cope, no intent',
      "I cut my thigh last night to cope, it's shallow and I'm not suicidal, can I talk to someone?",
      'urgent',
    ],
    [
      'an eyelid twitch after a dental anaesthetic',
      'I had lidocaine at the dentist and now my eyelid keeps twitching',
      'routine',
    ],
    ['a big pupil after dilating drops', '散瞳查眼底后瞳孔还是大的，有点头痛', 'routine'],
    [
      'weeks as a duration, not a pregnancy',
      'Been bleeding from my piles on and off for 24 weeks',
      'routine',
    ],
    [
      'hot after a run with a cricked neck',
      "I'm boiling after a run and my neck is stiff from sleeping funny",
      'routine',
    ],
    ['fingers that go purple in the cold', "My fingers go purple and cold when it's cold outside", 'routine'],
    [
      'migraine aura zigzags outside pregnancy',
      'I get zigzags in my vision before a migraine, had one this morning',
      'routine',
    ],
    ['pupils said to be normal', '瞳孔大小正常，头痛两天', 'routine'],
    [
      'gym chest-wall pain, no sweating (negation inside 不出汗)',
      '昨天卧推练多了，今天胸口按着疼，不出汗也不喘',
      'routine',
    ],
    [
      'fainting at a needle last week',
      '上礼拜打针的时候看到针头就昏倒了，很快就醒了，有什么办法不要昏倒',
      'routine',
    ],
    [
      'protection when spraying, after a documentary',
      '看了个纪录片说农药中毒很危险，平时打药怎么防护？',
      'routine',
    ],
    ['sleepwalking child', '女儿半夜起来在屋里走来走去，叫她没反应，早上啥也不记得，是梦游吗', 'routine'],
    [
      'kidney infection, not confused (Jamaican nuh)',
      'Mi have fever an chills wid a water infection, but mi nuh confused an mi can drink',
      'urgent',
    ],
    [
      'CO alarm low-battery chirp, nobody unwell',
      "The CO alarm chirped, it was just the low battery, nobody's had headaches",
      'routine',
    ],
    [
      'planning for an adder bite on a trip',
      'Walking in the hills next week, if one of us is bitten by an adder what do we do?',
      'routine',
    ],
    [
      'pepper spray, settled',
      'Got pepper sprayed last night, face burned for a while but fine now, breathing fine',
      'routine',
    ],
    [
      'life feels meaningless, no plan (passive wish)',
      '最近觉得活着没意思，但没想过怎么做，也不会去做',
      'urgent',
    ],
    ['a dream about a stroke', '昨晚梦见自己中风了，醒来一切正常', 'routine'],
    [
      'sore throat without an injury',
      'Sore throat and hoarse voice for three days, hurts to swallow',
      'routine',
    ],
    ['self-harm to cope, not wanting to die', '我不是想死，只是心里太难受了才划了一下', 'routine'],
    ['wrist drop after sleeping slumped', '昨晚喝醉了趴在桌上睡着了，早上右手抬不起来', 'routine'],
    [
      'harlequin colour change in a newborn',
      '宝宝侧躺时下面半边身子通红，上面半边发白，翻个身就恢复了',
      'routine',
    ],
    [
      'a video about button batteries, nothing swallowed',
      '刷到视频说纽扣电池很危险，我家孩子什么也没吞，想先了解一下',
      'routine',
    ],
    ['a local sting without systemic signs', '被马蜂蜇了脚，肿得挺大，嘴唇不肿，呼吸正常', 'routine'],
    ['a deep kitchen-knife cut', '切菜时菜刀割了手，口子挺深', 'urgent'],
    ['a leaflet naming anaphylaxis', '说明书上写着罕见过敏性休克，我还能吃吗', 'routine'],
    [
      'a mild fever after jabs at 15 weeks',
      'My 15 week old had his jabs today and has a temp of 38',
      'routine',
    ],
    [
      'a toddler slightly dry, still sipping',
      'Toddler with a tummy bug, eyes a bit sunken but still taking sips and is alert',
      'urgent',
    ],
    [
      'a faint last weekend, fine since',
      'Fainted at a party last weekend after standing in the heat, been fine since',
      'routine',
    ],
    ['fewer fetal movements, a few still felt', '怀孕30周，今天胎动比平时少，只感觉到几下', 'urgent'],
    ['a passive death wish, no intent to self-harm', '这段时间觉得活着没意思，但我不打算伤害自己', 'urgent'],
    [
      'a hot knee that will not bend, not meningitis',
      "Knee suddenly hot and swollen, can't bend it, temp 38",
      'urgent',
    ],
  ])('%s', (_class, text, expected) => {
    expect(level(text)).toBe(expected);
  });
});

describe('red flags 1.26.0: wordings from round 31, each with a near-miss', () => {
  it.each([
    [
      'fever in a baby a few weeks old, written 才N周 (rf-infant-fever-under-3-months)',
      '儿子才五周，晚上摸着烫，体温38.1，吃奶还行',
      '儿子才五周，今天打了疫苗，体温36.8，吃奶正常',
    ],
    [
      'a baby of 13–18 weeks written with hyphens is past the under-3-months rule',
      'Our 6 week old feels hot, temp 38.2 on the forehead thermometer',
      'Our 16-week-old has a temp of 37.9 after her jabs, feeding well',
    ],
    [
      'early pregnancy is not an infant (rf-infant-fever-under-3-months)',
      '闺女才三周，今天低烧37.9，不太爱吃奶',
      '我怀孕才六周，有点低烧37.6，宝宝会受影响吗',
    ],
    [
      'a farewell entrusting the children behind a locked door (rf-suicidal-intent)',
      '我哥留了句“孩子交给你了”就把自己锁在房间里，怎么敲都不出声',
      '我哥出差前说“孩子交给你了”，让我帮忙接送几天',
    ],
    [
      'a lethal-dose question about never waking (rf-suicidal-intent)',
      '降压药要吃多少片才会再也醒不过来？',
      '安眠药吃几片能睡个好觉？我总是半夜醒',
    ],
    [
      'a farewell text then no reply (rf-suicidal-intent)',
      "My mate messaged 'thanks for everything, take care of the cat' and now his phone is off.",
      'My mate said thanks for everything after I helped him move, then went off to work.',
    ],
    [
      'a how-long question with tablets to hand and hopelessness (rf-suicidal-intent)',
      "How long does it take to swallow all of my sleeping pills at once? I've had enough.",
      'How long does it take for sleeping pills to kick in? I took my usual one.',
    ],
    [
      'a shallow cut said not to be a wish to die (rf-self-harm, rf-suicidal-intent)',
      '女儿用刀片划了手腕，划得挺深，一直在流血',
      '女儿用小刀划了胳膊，伤口不深，已经包好了，她说不想死，就是心里难受',
    ],
    [
      'no fetal movements since last night (rf-reduced-fetal-movements)',
      '怀孕35周，从昨晚到现在，肚子里一下也没动过',
      '怀孕35周，从昨晚到现在胎动比平时少，但还在动',
    ],
    [
      'a child with rat poison in the mouth (rf-pesticide-poisoning)',
      '孙子在柴房抓了点耗子药塞进嘴里，吐出来一些',
      '家里老鼠多，想买点耗子药，放哪里孩子够不着？',
    ],
    [
      'a child with rodenticide pellets in the mouth (rf-pesticide-poisoning)',
      'Found my son in the shed with rat bait pellets in his mouth.',
      'What rat bait is safest to use in a house with kids?',
    ],
    [
      'band-like chest pain with a heavy arm (rf-acs-chest-pain-radiating)',
      'Dad says it feels like a band across his ribs squeezing and his left arm is heavy, 15 minutes now.',
      'Pulled a muscle across my ribs lifting boxes yesterday, hurts when I twist, no other symptoms.',
    ],
    [
      'garbled speech while trying to talk (rf-stroke-speech)',
      "Mum's trying to talk but it's coming out as gibberish since lunch.",
      'My toddler is trying to talk but mostly babbles, is that normal at 14 months?',
    ],
    [
      'garbled speech in Chinese, with onset or an older relative (rf-stroke-speech)',
      '奶奶想说话，可说出来的都是听不懂的',
      '孩子一岁半，说出来的话我们都听不懂，正常吗',
    ],
    [
      'an arm hanging limp (rf-stroke-arm)',
      "Grandad's right arm is just hanging there and he can't lift it since breakfast.",
      "Mum's arm is hanging in a sling after her wrist fracture",
    ],
    [
      'a hand hanging limp in Chinese, not a pulled elbow (rf-stroke-arm)',
      '我爸左手一直耷拉着，拿不起东西',
      '牵着两岁女儿过马路，她差点摔倒我猛一拉，现在右胳膊耷拉着不肯抬',
    ],
    [
      'a petechial rash that stays under a glass with fever (rf-nonblanching-rash)',
      'She has a fever and tiny purplish dots on her legs that stay put under a glass.',
      'Tiny red dots on my cheeks after coughing hard, no fever, feel fine.',
    ],
    [
      'a fall off a ladder with a cracked head then vomiting (rf-head-injury-danger)',
      'He came off the ladder, cracked his head on the step and has been sick twice since.',
      "Dad came off his bike, cracked his helmet but didn't hit his head, no vomiting",
    ],
    [
      'a pit viper named by its local name (rf-snakebite)',
      'My uncle got bit by a water moccasin while fishing and his hand is swelling fast.',
      'Saw a cottonmouth swimming in the pond today, how do I keep the kids safe?',
    ],
    [
      "breathless after a flight, said as can't catch my breath (rf-pulmonary-embolism-*)",
      "Since I flew home yesterday I can't catch my breath and my left calf is sore.",
      'Flew home yesterday, a bit jet-lagged and my ankles are puffy, breathing fine.',
    ],
    [
      'low blood pressure written 8x/ (rf-shock-low-blood-pressure)',
      'He is dizzy and pale and his bp is 84/50 now.',
      'bp 125/85 today, feeling ok',
    ],
    [
      'a known aneurysm with sudden belly pain to the back (rf-aortic-dissection)',
      'My uncle was told he has an aneurysm; now sudden severe pain in the belly going to the back.',
      'My uncle has an aneurysm they are watching with scans every year, he feels fine.',
    ],
    [
      'a known bulging artery with sudden loin pain (rf-aortic-dissection)',
      '外公去年查出肚子里大血管鼓出来一块，刚才突然腰疼得直不起来',
      '外公去年查出肚子里大血管鼓出来一块，医生说每年复查，现在没什么不舒服',
    ],
    [
      'a cone snail sting with numbness (rf-venomous-fish-sting)',
      'Picked up a cone shell at the reef and it stung me, now my lips are numb and my vision is blurry.',
      'Collecting cone shells on the beach, are they safe to keep?',
    ],
    [
      'a toddler and a bottle of fluoride mouthwash (rf-child-dangerous-medicine)',
      'My 3 year old drank half a bottle of fluoride mouthwash and has vomited.',
      "My 3 year old swallowed a little fluoride toothpaste while brushing, she's fine.",
    ],
    [
      'lip swelling with wheeze, no trigger named (rf-anaphylaxis)',
      "His lips are swelling up and he's wheezing.",
      'Lip is a bit swollen after a dentist injection, no wheeze',
    ],
    [
      'facial weakness with eye closure affected is Bell palsy (rf-stroke-face)',
      '我爸刚才突然嘴歪了，喝水从嘴角漏',
      '今天发现左半边脸发僵，眼睛闭不紧，喝水会漏，胳膊腿都正常',
    ],
    [
      'a fish hook embedded in a finger (rf-penetrating-injury)',
      '干活时一根钢筋扎进大腿，还插在里面',
      '钓鱼时鱼钩扎进食指里了，有倒刺拔不出来',
    ],
    [
      'a fish hook in the hand (rf-penetrating-injury)',
      'He was stabbed in the side at the bus stop.',
      'Got a fish hook stuck in my palm, barb is in, cannot pull it out',
    ],
    [
      'a bluish lump under the tongue is not cyanosis (rf-cyanosis)',
      'His lips have gone bluish and he is struggling.',
      'There is a small bluish bump under my tongue, painless, been there a month',
    ],
    [
      'an adult extra dose of a sulfonylurea (rf-drug-overdose)',
      "My 2 year old chewed some of grandma's gliclazide tablets.",
      "Dad took two of his gliclazide this morning instead of one, he's eaten and his sugar is 7.",
    ],
    [
      'a paracetamol overdose with the count before the name (rf-paracetamol-overdose)',
      'I took 24 paracetamol about two hours ago, I feel okay.',
      'I took 2 paracetamol for my headache this morning.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(level(emergency)).toBe('emergency');
    expect(level(nearMiss)).not.toBe('emergency');
  });
});

describe('red flags 1.27.0: wordings from round 32, each with a near-miss', () => {
  it.each([
    [
      'a chest pressed as if by a knee, in dialect (rf-acs-chest-pain-sweating)',
      '我爷刚才说心口子像被人拿膝盖压着，一头冷汗，半个钟头了',
      '我爷说心口子有点痒，起了几个小红点',
    ],
    [
      'mouth pulled to one side (rf-stroke-face)',
      '我妈刚才吃着饭嘴突然往一边扯，说话也含糊',
      '我妈笑的时候嘴角往上扬，挺好看的',
    ],
    [
      'one hand suddenly cannot hold a cup (rf-stroke-arm)',
      '外公刚才右手突然端不住碗，饭洒了一地',
      '外公手有点抖，端碗不太稳，好几年了',
    ],
    [
      'everything doubled with vomiting (rf-stroke-eyes)',
      '大伯突然说看人都成了双的，还呕了一回',
      '大伯说眼镜度数不对，看远处有点糊',
    ],
    [
      'the body tips to one side (rf-stroke-balance)',
      '奶奶刚站起来身子就往左歪，扶都扶不住',
      '奶奶睡觉喜欢往左边侧身躺',
    ],
    [
      'throat squeezed and voice hoarse after a food (rf-anaphylaxis)',
      '吃了几个腰果，喉咙像被掐住一样，脸也鼓起来了',
      '吃了几个腰果，嗓子有点干，喝点水就好了',
    ],
    [
      'weeks of pregnancy with a very high reading and headache (rf-preeclampsia-signs)',
      '现在35周，头胀得厉害，量了血压170/115',
      '现在35周，血压118/76，一切正常，想问下能不能坐飞机',
    ],
    [
      'ripping pain behind the breastbone (rf-aortic-dissection)',
      'Out of nowhere a ripping pain behind my breastbone, going through to my back.',
      'My breastbone clicks when I stretch, no pain.',
    ],
    [
      'Marfan with sudden severe pain (rf-aortic-dissection)',
      'My brother has Marfan syndrome and just now got a tearing pain in his chest.',
      'My brother has Marfan syndrome, what sports are safe for him?',
    ],
    [
      'after a long flight, coughing up blood (rf-pulmonary-embolism-risk)',
      'Flew home from Dubai yesterday and today I coughed up some blood and it hurts each breath in.',
      'Flew home from Dubai yesterday, a bit jet-lagged but otherwise fine.',
    ],
    [
      'type 1 with vomiting and deep breaths (rf-dka-signs)',
      'My daughter has type 1, she has thrown up four times and her breaths are really deep.',
      'My daughter has type 1, her sugars were a bit high after birthday cake but she is fine.',
    ],
    [
      'paint stripper fumes with confusion (rf-carbon-monoxide)',
      'Used paint stripper in the garage with the door shut and now I have a headache and feel confused.',
      'Which paint stripper is safest to use outdoors on a fence?',
    ],
    [
      'a toddler and an antidiarrhoeal opioid (rf-child-dangerous-medicine)',
      'My 3 year old chewed a couple of diphenoxylate tablets from my handbag.',
      "Is diphenoxylate OK for me to take for traveller's diarrhoea?",
    ],
    [
      'a child and nail glue remover (rf-child-dangerous-medicine)',
      'My toddler sipped some nail glue remover, she seems fine.',
      'Which nail glue remover works best on acrylic tips?',
    ],
    [
      'breech birth with the head stuck (rf-shoulder-dystocia)',
      'Baby is coming feet first at home and the head is stuck.',
      'Scan says baby is breech at 34 weeks, what happens next?',
    ],
    [
      'a scald with smoke inhaled stays an emergency (rf-major-burn)',
      'Kitchen fire, he got burned on the face and breathed in smoke.',
      'The burnt toast set off the smoke alarm, nobody hurt.',
    ],
    [
      'hot showers and weed are not a burn (rf-major-burn)',
      "Scalded by boiling water, my son's whole arm is blistered.",
      'I get bad vomiting spells, hot showers help, I smoke weed most days.',
    ],
    [
      'a snakebite question for a novel (rf-snakebite)',
      'My husband just got bitten by a snake on the ankle while hiking.',
      "I'm writing a novel and a character gets bitten by a snake, how fast do symptoms start?",
    ],
    [
      'a hypothetical snakebite in Chinese (rf-snakebite)',
      '我爸刚在地里被蛇咬了一口，脚肿起来了',
      '下周去爬山，万一被蛇咬了应该怎么办？',
    ],
    [
      'uvula swollen with breathing easy (rf-airway-swelling)',
      '吃了虾以后舌头肿起来了，喘不上气',
      '喝了太烫的汤，舌头肿了一点，喘气一点不费劲',
    ],
    [
      'throat swelling with breathing fine (rf-airway-swelling)',
      '嗓子肿得喘不上气，说不出话',
      '扁桃体那边嗓子肿得厉害，发烧，喘气没问题',
    ],
    [
      'shallow self-harm (rf-self-harm)',
      '我用刀割了手腕，血一直流',
      '我又用小刀划了手臂，伤口浅，已经不流血了',
    ],
    [
      'Bell palsy signs cancel the stroke face flag (rf-stroke-face)',
      '我爸嘴突然歪了，说话也不清楚',
      '早上起来右边嘴角漏水，右眼合不上，额头右边没有纹了，手脚都好',
    ],
    [
      'a bruise on the leg is not cyanosis (rf-cyanosis)',
      '孩子嘴唇发紫，喘不过气',
      '踢球撞了一下，膝盖这儿有点青紫',
    ],
    [
      'dark skin in skin folds is not melaena (rf-melaena)',
      '这两天拉的大便黑乎乎的，还头晕',
      '脖子后面黑乎乎的，像没洗干净，搓也搓不掉',
    ],
    [
      'a limp arm after being swung is a pulled elbow (rf-child-lethargy)',
      "My toddler is limp and I can't wake her properly.",
      'My toddler holds her arm limp by her side after I swung her round.',
    ],
    [
      'a leaflet warning is not suicidal intent (rf-suicidal-intent)',
      "I'm suicidal and I have a plan for tonight.",
      'The leaflet says this tablet may increase suicidal thoughts, should I worry?',
    ],
    [
      'an old man moaning is not infant grunting (rf-infant-respiratory-distress)',
      '宝宝两个月，呼吸很快还一直哼哼，肋骨下面一吸一吸的',
      '我爷爷腰疼，躺床上一直哼哼着说难受',
    ],
    [
      'wound discharge is not waters breaking (rf-rupture-of-membranes)',
      '怀孕32周，下面突然流水，止不住',
      '糖尿病，脚底的伤口有点流水，周围红了',
    ],
    [
      'an overdose years ago (rf-suicide-attempt, rf-drug-overdose)',
      'I took an overdose of my sleeping pills an hour ago.',
      'I took an overdose back in 2015, have been well for years now, can I donate blood?',
    ],
    [
      'a faint weeks ago and fine since (rf-syncope)',
      'My mum just fainted in the kitchen and hit her head.',
      'I fainted once at a festival last month, dehydrated, been completely fine since.',
    ],
    [
      'oozing after pressure is not pressure failing (rf-bleeding-pressure-fails)',
      '手被刀割了，按了二十分钟血还是往外涌',
      '切菜切到手指，按了十分钟还有点渗血',
    ],
    [
      'blood only on the paper (rf-heavy-rectal-bleeding)',
      '拉了好多鲜血，马桶都红了，头晕',
      '有痔疮，大便后就在手纸上有一点血',
    ],
    [
      'a pulled shoulder is not arm weakness (rf-stroke-arm)',
      '我妈刚才突然左边胳膊抬不起来，嘴也歪了',
      '打球摔了一下肩膀脱臼了，胳膊抬不起来',
    ],
    [
      'an allergy test request (rf-anaphylaxis)',
      '吃了花生，嘴唇肿了，喘不上气',
      '小时候吃花生嘴唇肿过，想去做个过敏原检测',
    ],
    [
      'chest-wall strain after a chest workout (rf-acs-chest-pain-radiating)',
      '胸口疼窜到左胳膊，还出冷汗',
      '前天练胸练猛了，今天胸口疼，抬胳膊也疼',
    ],
    [
      'a choke that settled with back pats (rf-choking)',
      '宝宝吃葡萄噎住了，脸憋得发紫，哭不出声',
      '宝宝前天喝奶呛了一下，拍了拍就好了，现在吃睡正常',
    ],
    [
      'a wheezy cough after choking on a nut is not allergy (rf-anaphylaxis)',
      "He ate a peanut and now his lips are swelling and he's wheezing.",
      'He choked on a peanut two days ago and coughed it up, now a wheezy cough, breathing fine otherwise.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(level(emergency)).toBe('emergency');
    expect(level(nearMiss)).not.toBe('emergency');
  });
});

describe('red flags 1.28.0 (round-33 tuning): emergency wording and look-alikes', () => {
  it.each([
    [
      'dark-red vomit written 黑红 (rf-haematemesis)',
      '我爸半夜吐了小半盆黑红色的东西，人没精神',
      '我爸晚上喝了红酒，脸有点红，没吐',
    ],
    [
      'melaena written 黑黢黢的稀屎 with dizziness on rising (rf-melaena)',
      '我姥爷屙了两回黑黢黢的稀屎，一起身就眼黑',
      '我姥爷这两天屙的屎有点稀，颜色正常，吃饭也行',
    ],
    [
      'vomiting, then blood in it, with faintness (rf-haematemesis)',
      'My uncle has been throwing up since lunch, now there is blood in it and he looks pale.',
      'My uncle threw up once after lunch, there was no blood in it, and he feels fine now.',
    ],
    [
      'diquat or paraquat taken into the mouth while siphoning (rf-pesticide-poisoning)',
      '他用嘴吸管子抽百草枯，呛进去一点，马上吐掉了，现在说没事',
      '他打百草枯的时候戴了口罩和手套，想问下次要注意什么',
    ],
    [
      'a lethal-dose question about making sure not to wake (rf-suicidal-intent)',
      'Which of these sleeping tablets would make sure I never wake? I mean it.',
      'Which sleeping tablets are safe to take so I stop waking at 4am every night?',
    ],
    [
      'no fetal movements in dialect, weeks written "week" (rf-reduced-fetal-movements)',
      "My daughter 37 week an she ain't felt de baby move since yesterday morning.",
      'My daughter is 37 weeks and the baby has been kicking plenty all morning.',
    ],
    [
      'a furnace or wood burner with a household of headaches and a child hard to wake (rf-carbon-monoxide)',
      'The furnace was running all night and now all of us have headaches and my nephew is hard to wake.',
      'We are getting the furnace serviced next week, should we buy a CO alarm as well?',
    ],
    [
      'a boy with sudden pain "down below" and vomiting (rf-testicular-torsion)',
      'My son is 15, he woke with a terrible pain down below and has thrown up twice.',
      'I have a dull pain down below during my period, the usual cramps.',
    ],
    [
      'star anise tea given to a baby with jerking and roving eyes (rf-toxic-herb-overdose, rf-seizure)',
      '宝宝三个月，婆婆给喂了点八角水治肚子胀，现在一抽一抽的，眼珠子乱转',
      '炖肉放了两颗八角，三岁的孩子吃了几口肉，好好的',
    ],
    [
      'star anise tea in English (rf-toxic-herb-overdose)',
      'Grandma gave my 2 month old some star anise tea for colic and now he is jittery and vomiting.',
      'Is star anise safe to put in a curry that my 10 year old will eat?',
    ],
    [
      'bitter bottle gourd juice with bleeding or faintness (rf-toxic-herb-overdose)',
      'My mum drank bottle gourd juice that tasted bitter, she vomited and now feels faint.',
      'My mum drinks bottle gourd juice every morning, is it good for blood sugar?',
    ],
    [
      'bitter 瓠子 juice in Chinese (rf-toxic-herb-overdose)',
      '我爸喝了一杯很苦的瓠子汁，吐了几次，吐出来带血，头晕',
      '今天炒的瓠子有点苦，没敢吃就倒掉了',
    ],
    [
      'writing a TV medical drama is not a snakebite (rf-snakebite)',
      '我刚才在菜地里被蛇咬了一口，手背肿起来了',
      '我在写一部医疗剧，剧情需要一个被蛇咬伤的病人，急诊怎么处理比较真实？',
    ],
    [
      'Bell palsy in dialect: eye will not shut, forehead will not wrinkle (rf-stroke-face)',
      'Mi granny face is drooping on the left an her arm is weak since dinner.',
      'Woke wi mi face drooping on the right, I canna shut mi eye an mi forehead winna wrinkle. Arms fine.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(level(emergency)).toBe('emergency');
    expect(level(nearMiss)).not.toBe('emergency');
  });
});

describe('red flags 1.29.0 (round-34 tuning): emergency wording and look-alikes', () => {
  it.each([
    [
      'tarry stools with lightheadedness on standing outweigh a food explanation (rf-bleeding-with-shock)',
      '我妈这两天拉的屎跟柏油一样，一起身就眼前发黑，她非说是喝了黑米粥',
      '我妈昨天喝了黑米粥，今天大便颜色有点深，人挺好的',
    ],
    [
      'black stools with fainting in English (rf-bleeding-with-shock)',
      "Dad's been on naproxen for his knee, his poo is black like tar and he nearly fainted getting out of bed.",
      'Since I started the iron tablets my poo has been darker, otherwise I feel fine.',
    ],
    [
      'a knock to the back of the head (后脑) with vomiting and drowsiness (rf-head-injury-danger)',
      '我奶奶早上在厨房摔了一跤磕到后脑，中午吐了一回，现在一直想睡觉',
      '我奶奶后脑勺有点痒，是不是头皮屑太多了',
    ],
    [
      'anginal equivalent in a diabetic: breathless and sweaty with no pain (rf-acs-chest-pain-sweating)',
      'My uncle is diabetic and since this morning he gets short of breath crossing the kitchen and is sweating buckets.',
      'My uncle is diabetic and gets out of breath on the stairs, is that normal for his age?',
    ],
    [
      'diabetic with breathlessness and a sweat in Chinese (rf-acs-chest-pain-sweating)',
      '我爸有糖尿病，今天走两步就喘，一身汗，说胸口不疼',
      '我爸有糖尿病，问一下平时散步多久合适',
    ],
    [
      'slurred speech described as marbles in the mouth (rf-stroke-speech)',
      "Mum's suddenly talking like she's got a mouthful of marbles and her face looks odd.",
      'My son is playing a game where he fills his mouth with grapes and tries to talk.',
    ],
    [
      'early pregnancy with one-sided low pain and shoulder ache or dizziness (rf-ectopic-pregnancy)',
      'Two weeks late, positive pregnancy test, now sharp pain low on the left side and my shoulder aches oddly.',
      "I'm 7 weeks pregnant and my shoulder aches after carrying the shopping.",
    ],
    [
      'early pregnancy, one-sided pain and dizziness in Chinese (rf-ectopic-pregnancy)',
      '验孕棒两道杠，今天左下腹一阵阵刺痛，上厕所时头晕',
      '验孕棒两道杠，想问什么时候去建档',
    ],
    [
      '1080 (sodium fluoroacetate) bait in a child’s mouth (rf-pesticide-poisoning)',
      'My toddler found a 1080 bait pellet by the fence and had it in his mouth.',
      'The council is dropping 1080 baits in the forest next week, should we keep the dog in?',
    ],
    [
      'fluoroacetamide (氟乙酰胺) rodenticide eaten (rf-pesticide-poisoning)',
      '孩子在仓库里把一包氟乙酰胺老鼠药吃进去了一点',
      '氟乙酰胺是不是国家禁用的老鼠药？',
    ],
    [
      'axial load to the head or neck with neck pain and tingling limbs (rf-spinal-injury)',
      'He went head first off the trampoline, his neck hurts and he says he has pins and needles in his arms.',
      'He went head first off the trampoline into the net and is laughing, no pain anywhere.',
    ],
    [
      'head-first fall with neck pain and numb hands in Chinese (rf-spinal-injury)',
      '儿子在蹦床上翻跟头头着地了，说脖子疼，两只手发麻',
      '儿子在蹦床上玩了一下午，晚上说腿有点酸',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(level(emergency)).toBe('emergency');
    expect(level(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'a CO alarm chirping for its battery is not carbon monoxide exposure (rf-carbon-monoxide)',
      'The CO alarm went off at 3am and both kids have headaches and are being sick.',
      'Our carbon monoxide alarm keeps chirping, the battery needs replacing. Both kids are asleep.',
    ],
    [
      '不喘不胸痛: the 不 that ends 喘不 denies the next symptom too (assertion)',
      '突然胸痛，喘不上气，出了一身冷汗',
      '坐了一天长途车，脚踝有点胖，不喘不胸痛',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(level(emergency)).toBe('emergency');
    expect(level(nearMiss)).not.toBe('emergency');
  });
});

describe('red flags 1.29.0 (round-34 tuning): urgent wording and routine look-alikes', () => {
  it.each([
    [
      'superficial self-harm with no suicidal intent stays urgent (rf-self-harm-superficial)',
      "I've been cutting my legs again, they are not deep and I do not want to die, I just need help.",
      'I cut my leg on a fence post while hiking, it is shallow and already cleaned.',
    ],
    [
      'superficial self-harm in Chinese (rf-self-harm-superficial)',
      '我最近又拿刀片划了胳膊，口子浅，不是想死，就是忍不住',
      '切水果时刀片划了一下手指，口子浅，贴了创可贴',
    ],
    [
      'one calf swollen, or one leg thicker than the other (rf-dvt-signs)',
      'After the long drive my left calf is swollen and tender, breathing is fine.',
      'My calves ache after the marathon, both of them, nothing swollen.',
    ],
    [
      '一条腿比另一边粗 in Chinese (rf-dvt-signs)',
      '坐了一天飞机，右小腿比左边粗了一圈，按着疼',
      '最近健身，两条小腿都练粗了',
    ],
    [
      'fewer kicks, baby still moving (rf-fetal-movements-less)',
      "34 weeks and the baby's moving but nowhere near as much as usual, far less than usual today.",
      '34 weeks, baby is kicking like mad today.',
    ],
    [
      'kick count halved (rf-fetal-movements-less)',
      '怀孕32周，今天胎动比平时减了一半，不过还是有动',
      '怀孕32周，今天胎动很多，踢得很欢',
    ],
    [
      'Bell palsy signs in other words: mouth corner leaks, eye will not close, forehead unlined (rf-facial-palsy)',
      '今天刷牙嘴角漏水，右眼合不上，额头右边没有纹了，手脚都好',
      '今天刷牙时牙龈出了点血',
    ],
    [
      'needle injuries from a used or discarded needle (rf-needlestick)',
      'I got pricked by a needle sticking out of a bin bag while doing the recycling.',
      'I have my flu jab booked, does the needle hurt much?',
    ],
    [
      'a blood pressure reading with no words for blood pressure (rf-severe-hypertension)',
      'The machine at the chemist said 200/115 but I feel fine.',
      'The machine at the chemist said 128/80, is that good?',
    ],
    [
      'a blood pressure tablet taken again by mistake (rf-extra-antihypertensive-dose)',
      '我爸早上吃了硝苯地平，下午忘了又吃了一次',
      '我爸每天早上吃一次硝苯地平，晚上要不要再吃？',
    ],
    [
      'an insect in the ear (rf-foreign-body-nose-ear)',
      'A moth flew into my ear while camping and I can feel it fluttering.',
      'A moth flew into the tent while we were camping, how do I keep them out?',
    ],
    [
      'an insect in the ear in Chinese (rf-foreign-body-nose-ear)',
      '有只小虫钻进孩子耳朵里了，他说耳朵里一直在动',
      '孩子耳朵有点痒，是不是该掏耳朵了',
    ],
    [
      'a scald from a hot drink with a blister (rf-minor-burn)',
      'She knocked a cup of coffee over her hand and now there is a big blister.',
      'I drink a lot of coffee and have a blister on my heel from new shoes.',
    ],
    [
      'redness that has spread (rf-spreading-cellulitis)',
      'A cat scratch on my arm has gone red and the redness has spread up to my elbow since this morning.',
      'I have a red patch on my cheek from the cold wind, it is not spreading.',
    ],
    [
      'a water infection with fever or back pain in British wording (rf-pyelonephritis)',
      'It stings when I wee and now I have a fever and pain in my lower back on one side.',
      'It stings when I wee but no fever and no back pain, just started today.',
    ],
    [
      'a bat in the room of someone asleep, no bite seen (rf-animal-bite, rabies exposure)',
      "There was a bat in my son's room this morning and he had been sleeping. We cannot see any bite.",
      'We watched bats flying over the river at dusk, are they dangerous?',
    ],
    [
      'loose stools with fresh blood (rf-bloody-diarrhoea)',
      '我妈今天拉了三次稀便，里面带鲜血，肚子一阵阵疼',
      '我妈今天拉了两次稀便，没有血，吃东西正常',
    ],
    [
      'a wrist bent like a dinner fork after a fall (rf-suspected-fracture)',
      'Grandad slipped on the wet steps and his wrist is at a funny angle, very sore.',
      'My wrist clicks when I twist it, no fall, no swelling.',
    ],
    [
      'a jaw or face "come up" from a bad tooth (rf-dental-swelling)',
      "Our lad's face has come up like a balloon from his bad tooth, he's still swallowing fine.",
      'I have a bad tooth that twinges with cold drinks, no swelling.',
    ],
    [
      'a wound with pus and a "temp" (rf-spreading-cellulitis)',
      'The piercing on my ear is swollen and there is pus coming out, temp of 38.',
      'The piercing on my ear is a little sore after I changed the earring, no pus.',
    ],
    [
      'grit or metal in "me eye" (rf-eye-injury)',
      "Bit o' metal off the grinder went in me eye, it's watering and sore.",
      'Me eyes are a bit tired after staring at the screen all day.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(level(urgent)).toBe('urgent');
    expect(level(nearMiss)).toBe('routine');
  });
});

describe('red flags 1.30.0 (round-35 tuning): emergency wording and look-alikes', () => {
  it.each([
    [
      'a fit in everyday Chinese: 抽上了, 白眼一翻, 冒白沫, limbs 抽动 (rf-seizure)',
      '我姥爷坐在沙发上看电视，突然又抽上了，嘴边冒白沫',
      '我姥爷最近老是抽上烟了，劝也不听',
    ],
    [
      'a febrile child whose limbs jerk and eyes roll (rf-seizure)',
      '闺女发着高烧，刚刚白眼一翻，胳膊腿一阵阵抽动',
      '闺女晚上睡觉腿抽筋，揉一揉就好了',
    ],
    [
      '"fitted" as a seizure (rf-seizure)',
      'My brother just fitted on the bathroom floor and he is very groggy now.',
      'We had a new kitchen fitted last week and the smell of glue gives me a headache.',
    ],
    [
      'pregnancy with a splitting headache, light spots and a reading written 和 (rf-preeclampsia-signs)',
      '怀孕三十二周了，早上起来头疼得像要裂开，量了血压168和110',
      '怀孕三十二周了，今天量血压118和76，有点腰酸',
    ],
    [
      'no kicks felt since a time (rf-reduced-fetal-movements)',
      "I'm 35 weeks and I haven't felt him kick since yesterday afternoon.",
      "I'm 35 weeks and he kicks so hard at night that I can't get comfortable.",
    ],
    [
      'fever in a baby whose age is given in weeks (rf-infant-fever-under-3-months)',
      'Our little girl is nine weeks old and her temperature is 38.4 tonight.',
      'Our little girl is nine months old and her temperature is 37.6 after her jabs.',
    ],
    [
      '喊也不应: a relative who does not answer a call (rf-unresponsive)',
      '我爷爷躺在床上，喊也不应，呼吸呼噜呼噜的',
      '孩子叫也不应该一直看手机，怎么管教比较好',
    ],
    [
      'a person down in a root cellar who has not come up (rf-confined-space-gas)',
      '我舅下菜窖拿白菜，半天没上来，要不要下去找他',
      '家里的菜窖该通通风了，白菜放久了有点烂',
    ],
    [
      'grain engulfment (rf-confined-space-gas)',
      'A farmhand was sucked under in the grain silo, they have just dug him out and he is gasping.',
      'We are cleaning the grain silo this weekend, what mask should we wear for the dust?',
    ],
    [
      'a blow to the left ribs with pallor and a racing heart (rf-abdominal-trauma)',
      '小伙子踢球被人撞到左边肋骨下面，一直疼，脸白得很，心跳得飞快',
      '小伙子踢球被人撞到膝盖，有点青，走路正常',
    ],
    [
      'a strap or band round the ribs with sweating (rf-acs-chest-pain-sweating)',
      'My dad says it is like a strap tightened around his chest, and he is sweating and grey.',
      'My dad pulled a muscle lifting a box, there is a sore spot on his ribs when he twists.',
    ],
    [
      'farewell letters to family with a time or place (rf-suicidal-intent)',
      "I've written letters to each of my children and tomorrow morning I'm going to the cliffs.",
      'Writing letters to my children for Christmas, any ideas?',
    ],
    [
      'thirst and passing urine all the time, then vomiting and deep breaths (rf-dka-signs)',
      'My son has been constantly thirsty and peeing constantly for weeks, now he keeps throwing up and breathes deep and fast.',
      'My son has been constantly thirsty since football started, he drinks loads after training.',
    ],
    [
      'just landed after a long flight, a stab on breathing in and blood-streaked tissue (rf-pulmonary-embolism-risk)',
      'Just landed from Dubai, now a sharp stab in my side when I breathe in and my tissue had blood on it after coughing.',
      "Just landed from Dubai, what's the best way to get over jet lag?",
    ],
    [
      'a home oximeter reading under 92% (rf-low-oxygen)',
      'Mum has a chest infection and her sats are at 88% on the little finger clip.',
      'Mum bought a finger clip and her sats are at 97%, is that a good number?',
    ],
    [
      'a Chinese oximeter reading in the 80s (rf-low-oxygen)',
      '我爸肺炎在家，血氧仪显示86，嘴唇有点紫',
      '我爸肺炎在家，血氧仪显示97，精神还行',
    ],
    [
      'a ring that snagged and stripped the skin (rf-degloving)',
      'My wedding ring snagged on a hook as I fell and the skin came off my finger, it is pale.',
      'My wedding ring feels tight in the hot weather, can I get it resized?',
    ],
    [
      "a child into an adult's heart or blood pressure tablets (rf-child-dangerous-medicine)",
      "My 2-year-old got into grandad's blood pressure tablets, we think two are missing.",
      "Where should we keep grandad's blood pressure tablets when the grandchildren visit?",
    ],
    [
      'a floppy child with the age hyphenated (rf-child-lethargy)',
      'Our 4-year-old is floppy and hard to wake this morning.',
      "Our 4-year-old won't eat vegetables, any tips?",
    ],
    [
      "dialect: ain't breathing, ain't or winna wake (rf-cardiac-arrest, rf-unresponsive)",
      "Come quick, my uncle ain't breathing and he's gone purple.",
      "I ain't got no fever, just a sore throat and a runny nose.",
    ],
    [
      'Scots winna wake (rf-unresponsive)',
      'Ma granny winna wake up, she is snoring funny.',
      'Ma granny winna take her new tablets, how do I persuade her?',
    ],
    [
      'on the floor since this morning, or dark urine after a fall (rf-long-lie)',
      "Gran's been on the bathroom floor since this morning, she couldn't get up.",
      'Gran mopped the bathroom floor this morning and slipped, but got straight up and is fine.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(level(emergency)).toBe('emergency');
    expect(level(nearMiss)).not.toBe('emergency');
  });
});

describe('red flags 1.30.0 (round-35 tuning): urgent wording and routine look-alikes', () => {
  // The rules alone: the emergency model may raise a message on its own, which is not what these test.
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      'a full bladder that cannot empty is retention, not a rigid abdomen (rf-urinary-retention, rf-acute-abdomen except)',
      '我爷爷从早上到现在一滴尿都解不出来，小肚子胀得硬邦邦的',
      '我爷爷晚上起夜两三次，尿得挺顺的',
    ],
    [
      'no urine at all and a bladder "fit to burst" (rf-urinary-retention)',
      "Haven't passed water since breakfast and my bladder feels like it could burst.",
      'I pass water more often when I drink coffee, is that normal?',
    ],
    [
      'a bite written 叼了一口 by a dog never seen before (rf-animal-bite; 没见过的 denies nothing)',
      '下班路上被一条没见过的狗叼了一口手背，破了皮',
      '下班路上看见一条没见过的狗，挺可爱的，没靠近',
    ],
    [
      'pain that moved to the lower right (rf-appendicitis-signs)',
      '早上胃那块隐隐痛，中午疼的地方挪到右下边了，一咳嗽就疼',
      '早上胃那块有点胀，吃了点东西就好了',
    ],
    [
      'redness spreading past a pen line (rf-spreading-cellulitis)',
      'The red area on my forearm has spread past the line I drew around it last night and feels hot.',
      'I drew a line on the wall to measure my son, he has grown two inches.',
    ],
    [
      'a baby with few wet nappies and few tears (rf-child-moderate-dehydration)',
      '宝宝拉肚子两天了，尿布半天才湿一回，哭的时候眼泪很少',
      '宝宝拉肚子一天了，尿布照常湿，吃奶也正常',
    ],
    [
      'a bad tooth with a puffy cheek (rf-dental-swelling)',
      'My bad tooth has made my cheek all puffy since yesterday.',
      'My tooth is a bit sensitive to cold drinks, no swelling.',
    ],
    [
      'flashes with a single floater or a cobweb (rf-flashes-floaters)',
      'Since this afternoon I have flashes in my right eye and one big floater.',
      'I get a floater now and then when I look at a white wall, nothing new.',
    ],
    [
      'a forearm bent after a fall (rf-suspected-fracture)',
      'My nephew fell off the trampoline and his forearm is bent, he is screaming.',
      'My nephew fell off the trampoline but he is running around laughing.',
    ],
    [
      'stepping on a discarded needle (rf-needlestick)',
      'My son stepped on a needle in the sand at the beach and it pricked his heel.',
      'My son is scared of needles and has his vaccinations next week.',
    ],
    [
      'missed pills then sex (rf-emergency-contraception)',
      'I forgot two of my pills this week and we had sex on Saturday.',
      "I forgot my pills at home, is it ok to take this morning's one at lunch?",
    ],
    [
      'a very high reading from a machine (rf-severe-hypertension)',
      'The machine at the chemist read 195/118 and then 192/115 when I rechecked.',
      'The machine at the chemist read 128/82, which they said is fine.',
    ],
    [
      'would rather not wake up, no plan (rf-passive-death-wish)',
      "Lately I'd rather not wake up in the mornings, though I have no plan to do anything.",
      "On Mondays I'd rather not get up early for work, ha.",
    ],
    [
      'burning oneself with a lighter, no wish to die (rf-self-harm-superficial)',
      "I held a lighter to my arm when I got upset last night. I don't want to die.",
      'I burnt my arm on the oven door while baking, it is a small red mark.',
    ],
    [
      'blood streaks or rust-coloured specks in sputum (rf-haemoptysis)',
      '最近一直咳嗽，痰里有几根血丝',
      '最近一直咳嗽，痰是白色的，不发烧',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('red flags 1.31.0 (round-36 tuning): emergency wording and look-alikes', () => {
  it.each([
    [
      'charcoal and tape bought, with a place and a time (rf-suicidal-intent)',
      '炭和胶带都买齐了，等老公出差走了就在卧室里弄。',
      '周末准备去河边烧烤，木炭和胶带都买好了。',
    ],
    [
      'charcoal and duct tape to seal a room while everyone is out (rf-suicidal-intent)',
      "I've got the charcoal and duct tape, I'll seal the bedroom when everyone is away.",
      'Got charcoal and duct tape for the camping trip at the lake.',
    ],
    [
      'stockpiled medicine and a decision made (rf-suicidal-intent)',
      "I've stockpiled my sleeping pills and I've made up my mind, I'll take them all at once.",
      "I'm stockpiling my insulin pens because of the shortage, is that ok?",
    ],
    [
      'an overdose that refuses rescue (rf-suicidal-intent)',
      "Done with everything. Not looking to be rescued, just tell my sister I'm sorry.",
      'Done with my exams, just looking for advice on sleeping better.',
    ],
    [
      'pregnancy weeks in Chinese numerals, a bursting head and 冒金花 (rf-preeclampsia-signs)',
      '孕三十一周，今天脑袋胀得要炸，眼前直冒金花。',
      '孕三十一周，今天量血压112/70，一切都好。',
    ],
    [
      'hoarseness and soot in the nose after a house fire (rf-smoke-inhalation)',
      '对面楼着火，我妈从楼道里跑下来，现在鼻孔里都是黑的，嗓子越来越哑。',
      '楼下着火了，我们都跑出来了，没人受伤，就是吓坏了。',
    ],
    [
      'soot and a croaky voice after a kitchen fire (rf-smoke-inhalation)',
      'Our kitchen fire filled the house with smoke, my son has soot around his nose and his voice is getting croaky.',
      'I smoke twenty a day and my voice is a bit croaky in the mornings.',
    ],
    [
      'a chest that "feels strapped" with greyness and sweat (rf-acs-chest-pain-sweating)',
      "My dad's 70, says his ribs feel strapped in, he's grey and sweating.",
      "I've been strapped in my car seat for six hours and feel sick.",
    ],
    [
      'two sprays of GTN and no difference (rf-acs-nitrate-not-working)',
      'Angina came back on the stairs, two sprays of GTN under my tongue ten minutes apart and no difference.',
      'I carry my GTN spray, my angina has been stable with no change for years.',
    ],
    [
      'something went bang at the back of the skull with light hurting (rf-thunderclap-headache)',
      'Straining on the loo, something went bang at the back of my skull, now the light hurts my eyes.',
      'The tyre went bang on the motorway and I feel sick with shock.',
    ],
    [
      '脑子里嘣的一声 with light hurting and nausea (rf-thunderclap-headache)',
      '搬箱子时脑子里嘣的一声，现在怕光，想吐。',
      '听到楼上嘣的一声，吓了一跳。',
    ],
    [
      'rigors with a temperature and a pulse in the 120s after an operation (rf-sepsis)',
      "Three days after my hernia op I'm shivering with rigors, temp 39.2, pulse 128.",
      'Temp 37.9 after my flu jab yesterday, a bit achy, pulse 80.',
    ],
    [
      '"swallowed around" a number of tablets (rf-drug-overdose)',
      'She swallowed around 40 of her sertraline about two hours ago.',
      "I've been on sertraline for around 30 days and feel a bit sick.",
    ],
    [
      'ripping pain between the shoulders (rf-aortic-dissection)',
      "Sudden ripping pain between my shoulders and I'm sweating.",
      "I've got a knot between my shoulders from desk work, it aches.",
    ],
    [
      'tearing pain shooting down into the belly with clamminess (rf-aortic-dissection)',
      "Tearing pain that shot down into my belly, I'm clammy and grey.",
      'I keep tearing up, my tummy hurts before exams and I feel faint.',
    ],
    [
      'a chest pinned with fast breathing (rf-crush-injury)',
      "The tractor tyre pinned his chest and he's breathing fast.",
      'Trapped under the duvet, breathing fast after a nightmare haha.',
    ],
    [
      'dusky lips after a chest was pinned (rf-cyanosis, rf-crush-injury)',
      'The garage door came down and pinned her chest, her lips look dusky.',
      'My lips look dusky pink with the new lipstick, is that too dark?',
    ],
    [
      'a drooping eyelid, a small pupil and neck pain (rf-stroke-eyes)',
      'Since my chiropractor session my neck hurts, my right eyelid droops and that pupil is small.',
      'My neck hurts after sleeping badly, my eyes feel tired and heavy.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(level(emergency)).toBe('emergency');
    expect(level(nearMiss)).not.toBe('emergency');
  });
});

describe('red flags 1.31.0 (round-36 tuning): urgent wording and routine look-alikes', () => {
  // The rules alone: the emergency model may raise a message on its own, which is not what these test.
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      'fresh cuts made when upset, no wish to die (rf-self-harm-superficial)',
      '女儿胳膊上有几道新的口子，说心情不好的时候划一下，不想死。',
      '心情不好的时候我就在本子上乱划几下。',
    ],
    [
      'burning an arm with a lighter to cope (rf-self-harm-superficial)',
      "I've been burning my arm with a lighter when I get overwhelmed.",
      'I light my candles with a lighter, it calms me.',
    ],
    [
      'dysuria with loin pain and a fever (rf-pyelonephritis)',
      '尿频尿急两天，今天腰骨痛，烧到38度。',
      '尿频，喝水少了点，没发烧。',
    ],
    [
      'a stray cat that 挠了 a hand (rf-animal-bite)',
      '被小区的流浪猫挠了手一下，出血了。',
      '我家猫天天挠沙发，怎么办？',
    ],
    [
      'redness that spreads with heat (rf-spreading-cellulitis)',
      '脚上有块红，两天扩大了一圈，摸着发烫。',
      '脸有点红，是不是晒伤了',
    ],
    [
      'redness that "crept" up the leg (rf-spreading-cellulitis)',
      'Grazed my ankle and the redness has crept halfway up my shin.',
      'My ankle graze is healing, just a pink edge.',
    ],
    [
      'one calf thicker than the other (rf-dvt-signs)',
      '坐了一夜火车，右小腿比左腿明显粗，一按就疼。',
      '两条腿都有点粗，是不是胖了',
    ],
    [
      'half the usual kicks with movement still felt (rf-fetal-movements-less)',
      '怀孕33周，今天踢的次数只有平时一半，不过还在动。',
      '怀孕33周，今天踢得特别欢，晚上睡不着。',
    ],
    [
      'fewer and weaker kicks, still moving (rf-fetal-movements-less)',
      "29 weeks, the kicks are fewer and weaker today but she's still moving.",
      '29 weeks and the kicks are getting stronger every day.',
    ],
    [
      '伢 and 小家伙 as a child with days of fever or fewer wet nappies',
      '伢子烧了三天了，今天还在烧。',
      '伢子今天有点咳嗽，不发烧，精神好。',
    ],
    [
      'a toddler 小家伙 passing less urine after vomiting (rf-child-moderate-dehydration)',
      '小家伙一岁半，吐了两天，尿比平常少，眼泪也少。',
      '小家伙一岁半，今天胃口不太好，尿照常。',
    ],
    [
      'a nurse who 扎到了自己 removing a needle (rf-needlestick)',
      '我是护士，拔针时扎到了自己，病人有丙肝。',
      '缝扣子的时候针扎到了自己手指。',
    ],
    [
      '尿都排不出 (rf-urinary-retention)',
      '我爸从昨天下午到现在尿都排不出，肚子胀。',
      '尿酸高，排不出去怎么办？',
    ],
    [
      'a red, light-sensitive eye after sleeping in contact lenses (rf-painful-red-eye)',
      '戴美瞳睡了一夜，右眼又红又痛，看东西蒙了一层雾。',
      '戴美瞳会伤眼睛吗？',
    ],
    [
      'a blister from hot soup (rf-minor-burn)',
      '滚汤洒到手背上，起了个大水疱，很疼。',
      '汤有点烫嘴，喝慢点就好。',
    ],
    [
      'a blood pressure tablet 又吞了 (rf-extra-antihypertensive-dose)',
      '早上吃了降压药，中午忘了又吞了一片。',
      '早上吃了降压药，中午血压128/80。',
    ],
    [
      "wishing one wouldn't wake up, no plan (rf-passive-death-wish)",
      "Some mornings I wish I just wouldn't wake up, no plan though.",
      "I wish I didn't wake up so early every day, it's the birds.",
    ],
    [
      'an arm with a funny bend, an elbow that will not straighten (rf-suspected-fracture)',
      "Fell off my bike, elbow swollen and I can't straighten it.",
      'I fell asleep on the sofa and my neck is stiff.',
    ],
    [
      'woke up deaf in one ear (rf-sudden-hearing-loss)',
      'Woke up deaf in my left ear, no pain.',
      'Woke up with my left ear itchy after swimming.',
    ],
    [
      'pain from the back down to the groin in waves (rf-renal-colic)',
      "Pain from my back down to the groin in waves, I'm sure it's a stone.",
      'A pulled muscle in my groin from football, it aches when I run.',
    ],
    [
      'sore calves and tiptoe walking after the flu (rf-rhabdomyolysis)',
      'After the flu my daughter walks on tiptoes and her calves are sore.',
      'After the flu my daughter is tired but running about again.',
    ],
    [
      'a permanent tooth knocked out (rf-tooth-avulsion, not a head injury)',
      "My 10 year old knocked out his front tooth on the trampoline, it's in milk.",
      "My son's wobbly baby tooth fell out at dinner, any tips?",
    ],
    [
      'a front tooth 磕掉 in a fall (rf-tooth-avulsion)',
      '孩子摔了一跤，门牙磕掉了一颗，是恒牙。',
      '孩子换牙，门牙自己掉了。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('red flags 1.31.0 (round-36 tuning): over-calls removed', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      'a faint when blood was taken is vasovagal (rf-syncope except)',
      'I fainted when they took my blood, fine after a drink.',
      'I fainted on the train this morning and hit my head.',
    ],
    [
      'tonsillitis that cannot swallow saliva with breathing fine is not stridor (rf-stridor, rf-caustic-ingestion)',
      '嗓子疼得咽不下口水，扁桃体肿，吃了药还烧着，喘气没问题。',
      '孩子嗓子疼，咽不下口水，喘得厉害，趴着才舒服。',
    ],
    [
      'a knocked-out tooth is not a knock-out (masks)',
      'My son knocked out a front tooth at hockey, it is in milk.',
      'My son was knocked out at hockey and keeps vomiting.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, belowEmergency, emergency) => {
    expect(rulesLevel(belowEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });
});

describe('red flags 1.32.0 (round-37 tuning): emergency wording and look-alikes', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      'back pain "like a knife slicing it open" running down (rf-aortic-dissection)',
      '我爸刚才搬花盆，突然说后背像刀子划开一样疼，往下窜到肚子，满头冷汗。',
      '后背被树枝划开一道小口子，有点疼，要打破伤风吗？',
    ],
    [
      'an insulin user who does not answer, in Wu dialect (rf-hypoglycaemia-severe)',
      '外婆打胰岛素，刚刚喊渠弗应，糖水喂弗进去。',
      '外婆打胰岛素，刚刚喊渠吃饭，渠讲弗饿。',
    ],
    [
      'cleaner sprayed into an eye (rf-eye-chemical)',
      '刷马桶的时候清洁剂喷到左眼里了，现在睁不开。',
      '清洁剂喷到手上了，有点干，要紧吗？',
    ],
    [
      'oven cleaner sprayed into an eye (rf-eye-chemical)',
      'Sprayed oven cleaner into my eye by accident, it burns and everything looks hazy.',
      'Can oven cleaner fumes sting your eyes? Just asking before I clean.',
    ],
    [
      '"weeks gone" (pregnant) with one-sided pain and shoulder ache (rf-ectopic-pregnancy)',
      'About seven weeks gone, sharp pain low on my right side and my shoulder aches, I feel dizzy.',
      'Two weeks gone since my op and the wound is healing well.',
    ],
    [
      'how many tablets "would make sure I don\'t wake up" (rf-suicidal-intent)',
      "How many of these sleeping tablets would make sure I don't wake up? I have the whole packet.",
      "Which of these pills would make sure I don't wake up at 4am needing the loo?",
    ],
    [
      '吃多少片才能保证醒不过来 (rf-suicidal-intent)',
      '这一瓶安眠药吃多少片才能保证再也醒不过来？',
      '安眠药吃多少片合适？吃一片睡不着。',
    ],
    [
      'testicle misspelt "testical" with sudden pain and vomiting (rf-testicular-torsion)',
      "My son is 14 and has sudden bad pain in his left testical and he's been sick.",
      'Is a small lump on my testical something to see the GP about? No pain.',
    ],
    [
      'shivering stopped after icy water (rf-hypothermia)',
      "We pulled my friend out of icy water after ten minutes, he's stopped shivering and is slurring.",
      'Went wild swimming in icy water this morning, shivering for a bit but fine now.',
    ],
    [
      'buried by an avalanche, no longer shivering and muddled (rf-hypothermia)',
      '滑雪遇到雪崩，表哥被埋了十几分钟，挖出来后不发抖了，说胡话。',
      '看新闻说有雪崩，我们这边安全，大家都好。',
    ],
    [
      'a fingertip taken off, the piece kept on ice (rf-amputation)',
      "The mower took off the tip of my finger, I've put the piece in a bag of ice.",
      'Took off my wedding ring because my finger is swollen from the heat.',
    ],
    [
      '切掉了一截手指 (rf-amputation)',
      '电锯切掉了一截手指，那截用保鲜袋装着。',
      '切菜切掉一点指甲，没出血。',
    ],
    [
      'screenwash drunk by mistake (rf-methanol)',
      'My uncle drank some screenwash by mistake and now his vision is blurred.',
      'The screenwash froze and my windscreen vision is blurred, which one should I buy?',
    ],
    [
      '玻璃水 drunk as a drink (rf-methanol)',
      '老人把玻璃水当饮料喝了一口，现在头痛、看东西模糊。',
      '玻璃水冻住了，开车看不清前面，用什么牌子的好？',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });
});

describe('red flags 1.32.0 (round-37 tuning): urgent wording and routine look-alikes', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      '活着没劲, no thought of harm (rf-passive-death-wish)',
      '最近总觉得活着没劲，不过我没有想过伤害自己，该找谁聊聊？',
      '这个游戏玩久了真没劲，换个什么好？',
    ],
    [
      'family "would cope fine without me", no plan (rf-passive-death-wish)',
      "I keep having thoughts that my family would cope fine without me. No plan, I wouldn't act on it.",
      "My team will cope fine without me while I'm on leave, how do I switch off?",
    ],
    [
      'a child with five days of fever that has not come down, 冇退 (rf-child-persistent-fever)',
      '我们那边，娃娃四岁，发烧五天了还冇退，眼睛有点红。',
      '孩子发烧一天，吃了退烧药已经退了，精神很好。',
    ],
    [
      'a bite from an unvaccinated dog: 没打过疫苗的 negates nothing (rf-animal-bite)',
      '被楼下没打过疫苗的狗咬了一口，出了点血。',
      '我家狗狗没打过疫苗，几个月可以打？',
    ],
    [
      'a dog that "sank its teeth into" a leg (rf-animal-bite)',
      "My neighbour's dog sank its teeth into my calf this afternoon.",
      'My puppy is teething and keeps nipping my sleeves, how do I stop it?',
    ],
    [
      'brown on the tissue at eight weeks, weeks in Chinese numerals (rf-pregnancy-spotting)',
      '怀孕八周，擦屁股纸上有一点褐色的东西，肚子不疼。',
      '怀孕八周，孕吐很厉害但能吃一点，正常吗？',
    ],
    [
      'asthma that keeps flaring, coughing at night (rf-asthma-worsening)',
      '哮喘这几天老犯，晚上咳醒，喷了药能好一点。',
      '哮喘控制得很好，半年没犯了，还要不要继续用药？',
    ],
    [
      'fewer nappies changed with diarrhoea (rf-child-moderate-dehydration)',
      '宝宝一岁，拉肚子三天，今天尿不湿换得很少。',
      '宝宝一岁，尿不湿哪个牌子透气？',
    ],
    [
      'urgency and pain passing urine, loin pain and shaking chills (rf-pyelonephritis)',
      '小便又急又痛三天了，今天开始左边腰痛，有点发冷打哆嗦。',
      '小便有点黄，是不是喝水少？',
    ],
    [
      'a blister from a hand warmer slept on (rf-minor-burn)',
      '用暖手宝睡觉，脚背起了个水泡，中间发白。',
      '暖宝宝可以贴着肚子睡觉吗？',
    ],
    [
      'a blister from a hot water bottle (rf-minor-burn)',
      'Fell asleep on a hot water bottle and woke with a big blister on my thigh.',
      'Is a hot water bottle safe for period cramps?',
    ],
    [
      'sunburn covered in blisters with shivers (rf-minor-burn)',
      'Badly sunburnt on holiday, my shoulders are covered in blisters and I feel shivery.',
      'Got a bit of sunburn at the beach, skin is pink, which aftersun is best?',
    ],
    [
      'an ankle that swelled fast and cannot be stood on (rf-suspected-fracture)',
      '跳下台阶时脚踝着地，肿得很快，一点都不能踩。',
      '脚踝有点酸，走路没问题，是不是累的？',
    ],
    [
      '"the red\'s crept" up a leg (rf-spreading-cellulitis)',
      "Scraped my knee, the red's crept halfway up my thigh and it's warm.",
      'My face goes red when I drink wine, is it an allergy?',
    ],
    [
      'a sore throat much worse on one side with a plum-in-the-mouth voice (rf-throat-abscess)',
      'Sore throat for five days, much worse on the left, voice like a plum in my mouth, breathing fine.',
      'Sore throat for two days, both sides, eating and drinking fine.',
    ],
    [
      'missed pills, no condom, asking for the emergency pill (rf-emergency-contraception)',
      'Forgot three pills this week and we had no condom on Saturday, is the emergency pill still an option?',
      "I'm on the pill and never miss one; does it lose effect with antibiotics?",
    ],
    [
      'a fingertip still bleeding through pressure (rf-deep-laceration)',
      'Cut the tip of my finger with a knife, it has been bleeding through pressure for ten minutes.',
      'Cut my finger slicing bread, it stopped bleeding after a minute of pressure.',
    ],
    [
      'bleeding and muffled hearing after digging in an ear (new rf-ear-trauma)',
      '掏耳朵掏得太深，左耳里出了点血，听声音闷闷的。',
      '耳朵有点痒，可以用棉签掏吗？',
    ],
    [
      'a cotton bud pushed too far, blood and ringing (new rf-ear-trauma)',
      "I pushed a q-tip in too far, there's blood on it and my ear is ringing.",
      'How often should I use a q-tip to clean my ears?',
    ],
    [
      'a shoulder that popped out and looks squared off (new rf-joint-dislocation)',
      "Playing netball my shoulder popped out, it looks squared off and I can't move it.",
      'My knuckles pop when I crack them, is that bad?',
    ],
    [
      '肩膀脱臼 now (new rf-joint-dislocation)',
      '打篮球肩膀脱臼了，现在胳膊抬不起来，很疼。',
      '小时候肩膀脱臼过一次，现在没事，能去健身吗？',
    ],
    [
      'knocked out for a few seconds, came round (new rf-head-injury-brief-loc)',
      'My son got knocked out for a few seconds at football, came round straight away and is talking normally.',
      'My son got a knock on the shin at football, a bit of a bruise.',
    ],
    [
      'dizzy after knocking the head (rf-head-injury-brief-loc)',
      '爸爸八十岁，摔倒撞到头，有点晕。',
      '头晕了两天，没摔过也没撞过。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('red flags 1.32.0 (round-37 tuning): over-calls removed', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      'a snakebite seen in a TV drama (rf-snakebite except)',
      '电视剧里有人被毒蛇咬了，马上用绳子绑住腿，这样做对吗？',
      '刚才在山里被蛇咬了，腿肿起来了。',
    ],
    [
      'a stab wound in a thriller being drafted (rf-penetrating-injury except)',
      "In the thriller I'm drafting, my character is stabbed in the arm. How bad is the bleeding?",
      "My brother was stabbed in the arm outside the pub, it's bleeding a lot.",
    ],
    [
      '迷迷糊糊把 a tablet taken twice is absent-mindedness, not confusion (masks)',
      '早上迷迷糊糊把降压药多吃了一片，现在没什么不舒服。',
      '奶奶早上开始迷迷糊糊的，叫她不怎么应，说胡话。',
    ],
    [
      'seconds of blackout after a knock, now talking normally, is urgent (rf-head-injury-danger without bare 晕)',
      '同学打球撞到头，晕了几秒就醒了，现在说话正常，有点头疼。',
      '同学打球撞到头，晕了几秒，醒来以后吐了两次。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, belowEmergency, emergency) => {
    expect(rulesLevel(belowEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });
});

describe('red flags 1.33.0 (round-38 tuning): emergency wording and look-alikes', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      '忽然 as an onset word, one corner of the mouth 垮 (rf-stroke-face, rf-stroke-speech-onset)',
      '奶奶刚看着电视，忽然左边嘴角垮下去了。',
      '他一听要加班，右边嘴角就垮下来了，半天不吭声。',
    ],
    [
      'chopsticks sliding out of the hand, words as if the mouth were full (rf-stroke-arm)',
      '外公吃着饭，筷子从右手里滑掉了两次，讲话像嘴里含着东西。',
      '这双筷子太滑了，夹不住鱼丸，换什么材质好？',
    ],
    [
      'a hand pulled into a machine, skin turned back (rf-high-energy-trauma, rf-degloving)',
      '面包房师傅的手被和面机卷了进去，手背的皮掀开一大块。',
      '和面机卷面团的时候声音很大，是不是轴承坏了？',
    ],
    [
      'a hand dragged into rollers (rf-high-energy-trauma)',
      "My dad's hand got dragged into the rollers at the print works and it's mangled.",
      'The rollers on my pasta machine keep jamming, any tips?',
    ],
    [
      'bleeding that keeps running, 血流个不停 (rf-uncontrolled-bleeding)',
      '切冻肉把手掌划了个大口子，血流个不停。',
      '这两天鼻涕流个不停，是不是感冒了？',
    ],
    [
      'a chest "like a horse stood on it" with a grey sweat (rf-acs-chest-pain-sweating)',
      "Grandad says his chest feels like a horse stood on it and he's gone grey and sweaty.",
      "A horse stood on my foot at the stables, it's bruised but I can walk.",
    ],
    [
      'a simile is not a conditional: "as if someone hit me" (assertion pseudo-cue)',
      "Sudden headache at the back of my head as if someone hit me with a bat, and I've been sick twice.",
      'What would happen if someone got a sudden headache after being hit with a bat? For a school project.',
    ],
    [
      'a diabetic puffed out with jaw ache and vomiting, no chest pain (rf-acs-chest-pain-sweating)',
      "My aunt has diabetes. Since breakfast her jaw aches, she's puffed out walking to the car and she's been sick.",
      "I'm diabetic, got puffed out at the gym today, and my jaw aches after the dentist.",
    ],
    [
      'fever with patchy purple legs, confusion and no urine in Caribbean English (rf-sepsis)',
      'Mi granny have fever two days, now her legs gone patchy purple and she confuse, she nah pass water.',
      'I always confuse Tylenol and Advil, which one for my son with a fever of 38?',
    ],
    [
      'an infant "a bit blue round the lips" (rf-cyanosis)',
      'My 4 month old went a bit blue round the lips while coughing and is breathing fast.',
      "Is it normal for a newborn's hands and feet to feel cool in the evening?",
    ],
    [
      'clots thrown up with pallor (rf-haematemesis)',
      'About twenty minutes ago he threw up what looked like dark clots, and now he is pale.',
      'Heavy period with clots today, and I threw up once from the cramps earlier.',
    ],
    [
      'a febrile person who can hardly be roused (rf-unresponsive)',
      "She's had a fever all day and now we can hardly rouse her.",
      "He's a teenager, I can hardly get him out of bed before noon.",
    ],
    [
      'thirst, the toilet all the time and big quick breaths in a child (rf-dka-signs)',
      'Our girl is 7, drinking loads of water, always at the toilet, and now her breaths are big and quick.',
      "I'm drinking plenty of water and running to the toilet a lot since I started my new diet.",
    ],
    [
      'a fall from a scaffold with numb legs (rf-spinal-injury, rf-high-energy-trauma)',
      'My colleague came off the scaffold onto the yard and says his legs are numb.',
      'Kneeling on the scaffold boards all day, my legs are numb by the evening.',
    ],
    [
      'a squash ball to the eye, blood in front of it and only light seen (new rf-eye-blunt-severe)',
      'A squash ball hit my left eye, there is a layer of blood in front of it and I can only see light.',
      'Got hit in the eye by a squash ball, it is a bit red but I can see fine.',
    ],
    [
      '弹弓 to the eye, blood over the dark of the eye (new rf-eye-blunt-severe)',
      '弹弓打到右眼，黑眼珠下面有一层血，只能看到光。',
      '弹弓打到窗户上，玻璃碎了，人没事。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });
});

describe('red flags 1.33.0 (round-38 tuning): urgent wording and routine look-alikes', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      'colicky loin pain with red urine, no word for stone (rf-renal-colic)',
      '左边腰一阵一阵地发作，疼得来回翻身，小便有点红。',
      '腰酸好几天了，久坐以后更明显。',
    ],
    [
      'flank pain in waves with pink wee (rf-renal-colic)',
      "Pain in my right flank that comes in waves, I can't sit still and my wee looks pink.",
      'My side aches after gardening, worse when I bend over.',
    ],
    [
      '咖啡色的血 on the underwear in early pregnancy (rf-pregnancy-spotting)',
      '怀孕九周，内裤上有一点咖啡色的血，肚子不疼。',
      '怀孕九周，喝咖啡会不会影响宝宝？',
    ],
    [
      'a reading of 183/116 with symptoms denied (rf-severe-hypertension)',
      '社区量血压183/116，不头晕也不胸闷，降压药断了一周。',
      '今天测血压128/80，正常吗？',
    ],
    [
      'a gym cuff that showed 192/108 (rf-severe-hypertension)',
      'The cuff at the gym showed 192/108, no symptoms, I stopped my pills a fortnight ago.',
      'My home cuff showed 128/82, is that okay?',
    ],
    [
      'peak flow at half of usual (rf-asthma-worsening)',
      '孩子有哮喘，峰流速只有平时的一半，喷了药能说整句话。',
      '峰流速仪怎么用？要每天测吗？',
    ],
    [
      'peak flow down, reliever several times a day (rf-asthma-worsening)',
      "Peak flow is down to about half my best, I'm wheezy and needing my reliever 5 times a day.",
      'How do I clean my peak flow meter?',
    ],
    [
      'a blister from a steam iron (rf-minor-burn)',
      '熨衣服时碰到蒸汽熨斗，手背起了个水泡。',
      '熨斗漏水怎么办？',
    ],
    [
      'a blister from the hot iron (rf-minor-burn)',
      'Touched the hot iron by accident, there is a blister on my wrist.',
      'Is a steam iron better than a garment steamer?',
    ],
    [
      'a curling iron to the eye (rf-eye-injury)',
      '卷发棒不小心烫到眼睛，现在又红又流泪，怕光。',
      '卷发棒用多了头发会不会坏？',
    ],
    [
      'a twig flicked into the eye (rf-eye-injury)',
      "A branch flicked into my eye on a walk, it's watering and gritty.",
      'My eye twitches when I am tired, should I worry?',
    ],
    [
      'a crushed finger with the nail half off (rf-deep-laceration)',
      '抽屉把大拇指夹了，指甲盖翻起来一半，渗着血。',
      '指甲盖上有白点是缺钙吗？',
    ],
    [
      'a thumb slammed in a boot, nail hanging off (rf-deep-laceration)',
      'Slammed my thumb in the car boot and the nail is hanging off.',
      'My thumbnail keeps splitting, which vitamin helps?',
    ],
    [
      'an eyebrow split open and gaping (rf-deep-laceration)',
      'My daughter fell off her scooter and split her eyebrow open, it is gaping.',
      'My lips are split and dry in the cold, what balm works?',
    ],
    [
      'pills skipped, no condom (rf-emergency-contraception)',
      "I skipped two pills this week and we didn't use a condom last night.",
      'I skipped my pill-free week this month, is that safe?',
    ],
    [
      'a needle through a glove while clearing rubbish (rf-needlestick)',
      'A needle in the bin bag went through my glove into my finger.',
      'My gardening glove has a hole from a sewing needle, can I mend it?',
    ],
    [
      'went over on an ankle, a crack, cannot stand on it (rf-suspected-fracture)',
      "Went over on my ankle on the stairs, heard a crack and I can't stand on it.",
      'Went over on my ankle yesterday, a bit sore but walking fine.',
    ],
    [
      'a coin of any value swallowed by a toddler (rf-swallowed-object)',
      'My 2 year old swallowed a 20p coin an hour ago, she is eating fine.',
      'How do I teach my toddler not to put coins in her mouth?',
    ],
    [
      'fewer movements, a couple of kicks (rf-fetal-movements-less)',
      "30 weeks and she's moving less than usual today, just a couple of kicks since lunch.",
      '30 weeks pregnant, how do I count kicks properly?',
    ],
    [
      'pain moved from the navel down to the right, worse over bumps (rf-appendicitis-signs)',
      'Pain started round my belly button this morning and has moved down to the right, it hurts over bumps.',
      'My belly button is a bit red after a new piercing.',
    ],
    [
      'a sore throat, spit barely swallowed, one side (rf-throat-abscess)',
      'Sore throat for 5 days, now I can barely swallow my spit and my voice is muffled.',
      'Sore throat for a day, swallowing fine on both sides.',
    ],
    [
      'a new temple headache with a tender scalp, sight fine (new rf-giant-cell-arteritis)',
      "I'm 70, new pain at my left temple for days and my scalp is tender when I brush my hair. Vision fine.",
      'I get a throbbing headache at my temples after red wine.',
    ],
    [
      '太阳穴痛 with a painful scalp on combing (new rf-giant-cell-arteritis)',
      '七十多岁，这几天右边太阳穴痛，梳头时头皮痛，看东西还清楚。',
      '太阳穴按摩能缓解疲劳吗？',
    ],
    [
      'a kick-like pop at the back of the ankle, no tiptoe (new rf-achilles-rupture)',
      "Playing squash I felt a kick to the back of my ankle, heard a pop and now I can't go up on tiptoe.",
      'The back of my ankle is a bit stiff in the mornings, I can still walk on tiptoe.',
    ],
    [
      '跟腱 with a snap and a limp (new rf-achilles-rupture)',
      '跳绳的时候跟腱那里嘣的一声，走路一瘸一拐，踮脚没劲。',
      '跟腱有点紧，拉伸一下就好了。',
    ],
    [
      'nappies counted in 片 (rf-child-moderate-dehydration)',
      '宝宝拉肚子两天，今天尿布只湿了两片。',
      '宝宝尿布哪个牌子好？一天用几片？',
    ],
    [
      '"not waking up would be easier", no plan, asking whom to talk to (rf-passive-death-wish)',
      "Lately I think not waking up would be easier. I have no plan and wouldn't act on it. Who can I talk to about this?",
      'How do I stop waking up at 3am every night?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('red flags 1.33.0 (round-38 tuning): over-calls removed', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      '犯糊涂，把 a sulfonylurea taken twice is a slip, not confusion (masks)',
      '妈妈早上犯糊涂，把格列齐特吃了两次，现在没什么不舒服。',
      '奶奶吃了格列齐特，现在人糊涂了，叫她不太应。',
    ],
    [
      'a listless child who still smiles when played with (rf-child-lethargy except)',
      '孩子发烧两天，人有点蔫，但逗她还会笑。',
      '孩子发烧两天，人很蔫，一直睡，叫不醒。',
    ],
    [
      'a baby under 3 months with a reading under 38 after jabs (rf-infant-fever-under-3-months)',
      'My 6 week old had her jabs today and her temp is 37.6, feeding fine.',
      'My 6 week old had her jabs today and her temperature is 38.2.',
    ],
    [
      '"last winter" dates a faint (assertion past cue)',
      'Last winter I passed out once at a concert. Should I mention it at my check-up?',
      'I passed out at the concert tonight and I still feel faint.',
    ],
    [
      '"not waking up would be simpler" is a passive wish, not unresponsiveness (rf-unresponsive except)',
      'Some days not waking up would be simpler. No plan, I would never act on it.',
      "My husband is not waking up and he's breathing strangely.",
    ],
  ] as Array<[string, string, string]>)('%s', (_class, belowEmergency, emergency) => {
    expect(rulesLevel(belowEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });
});

describe('round-39 classes (red flags 1.34.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      'a tablet held under the tongue that did not help (rf-acs-nitrate-not-working)',
      '我爸以前放过支架，刚才散步时胸口又闷又痛，舌下含了两片药还是不管用。',
      '医生开了硝酸甘油让我备着，舌下含服的时候要注意什么？',
    ],
    [
      'chest pain for twenty-odd minutes that will not ease (rf-acs-severe-persistent-chest-pain)',
      '老公搬完箱子胸口闷痛，二十多分钟了还松不下来。',
      '胸口闷了一下，大概几秒钟就好了，平时血压正常。',
    ],
    [
      'clutching the chest with a greyish sweat (rf-acs-chest-pain-sweating)',
      'My uncle keeps clutching at his chest and his face is greyish and sweaty.',
      "I rubbed vapour rub on my baby's chest, he is a bit sweaty with a cold.",
    ],
    [
      'pills stockpiled to swallow at once when nobody is home (rf-suicidal-intent)',
      '药我攒了好几盒了，等家里没人的时候一口气吞下去。',
      '维生素攒了半年没吃，现在一口气吃完会不会浪费？',
    ],
    [
      'a generalised seizure (全身抽) still going after minutes (rf-seizure, rf-status-epilepticus)',
      '表哥突然倒地全身抽，已经六分钟了还没停。',
      '孩子打完疫苗哭了十分钟还没停，要紧吗？',
    ],
    [
      'a seizure still going after several minutes (rf-status-epilepticus)',
      'My flatmate is seizing on the floor, it has been 7 minutes and still going.',
      'My hiccups started 7 minutes ago and are still going.',
    ],
    [
      'a named finger cut off at the base (rf-amputation)',
      '工友的中指被切割机齐根切断了，血止不住。',
      '中指上长的疣子能自己切下来吗？',
    ],
    [
      'something "exploded" in the back of the head with a stiff neck (rf-thunderclap-headache)',
      'Mid-sneeze something exploded in the back of my head, now my neck is stiff and I feel sick.',
      "My toddler's balloon exploded right by my head and made me jump.",
    ],
    [
      "the worst pain of one's life in the head, out of nowhere (rf-thunderclap-headache)",
      'Worst pain of my life hit my head out of nowhere while lifting boxes.',
      'Childbirth was the worst pain of my life, now I just get mild headaches.',
    ],
    [
      'a chest "ripped open" going through to the back (rf-aortic-dissection)',
      "My chest feels like it's being ripped open and it shoots through to my back.",
      "I've been coughing so much my chest feels ripped open, no other pain.",
    ],
    [
      'Marfan with something torn in the chest (rf-aortic-dissection)',
      "I have Marfan's and a minute ago felt something tore in my chest.",
      'I have Marfan syndrome, can I do weight training?',
    ],
    [
      'gritty vomit like coffee dregs (rf-haematemesis)',
      'Threw up a grainy dark mess like coffee dregs twice today.',
      'Used espresso grounds make great compost, do they make the soil gritty?',
    ],
    [
      'tar-coloured stools (rf-melaena)',
      'For two days my poo has been tar-coloured and sticky, and I feel faint.',
      "The driveway was resealed and the dog's paws are tar-coloured.",
    ],
    [
      'no fetal movement since a time, even after a cold drink and lying on the left (rf-reduced-fetal-movements)',
      "I'm 38 weeks and nothing at all since last night, even after a cold drink and lying on my left.",
      "I'm 38 weeks, she was quiet this morning but after a cold drink I felt a few kicks.",
    ],
    [
      'whole strips of tablets swallowed (rf-drug-overdose)',
      'My sister swallowed two strips of her sleeping tablets after an argument.',
      'Is it okay to keep two strips of paracetamol in my handbag?',
    ],
    [
      'weak legs and numb round the back passage (rf-cauda-equina)',
      "My back has been bad for years; today both legs are weak and I'm numb round my back passage.",
      'Numb bum from sitting on a hard bench at the match, legs fine, back fine.',
    ],
    [
      'a TV or chest of drawers toppled onto a child, then pale (rf-high-energy-trauma)',
      "The TV toppled onto my 2-year-old and now he's pale and floppy.",
      'The bookcase toppled onto the sofa while we were out, I went pale when I saw it.',
    ],
    [
      'furniture fallen onto a child who is pale and vomiting, in Chinese (rf-high-energy-trauma)',
      '五斗柜倒下来砸在孙子身上，他现在脸色发白，还吐了一次。',
      '衣柜门倒下来砸到脚了，脚背有点青。',
    ],
    [
      'a neck trapped in a car window, then a croaky voice (rf-neck-airway-injury)',
      "My son's neck got trapped in the electric window and his voice has gone croaky.",
      "My neck got trapped in a bad position while sleeping and it's stiff.",
    ],
    [
      '车窗夹住脖子 with a hoarse voice (rf-neck-airway-injury)',
      '电动车窗夹住了女儿的脖子，现在说话声音哑了。',
      '被窗户夹了手指，指甲有点紫。',
    ],
    [
      'a fall of several metres with repeated questions (rf-high-energy-trauma)',
      'He fell about 5 metres off a cliff path and keeps asking the same thing.',
      'My phone fell 3 metres onto the patio and the screen is cracked.',
    ],
    [
      '从几米高摔下来 with neck pain and repeating himself (rf-high-energy-trauma)',
      '工人从四米高的脚手架上摔下来，脖子疼，一直重复说同一句话。',
      '手机从两米高的地方摔下来，屏幕碎了。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'a gaping cut (皮肉翻开) is a deep laceration, not degloving (rf-degloving)',
      '削土豆削到拇指，口子很深，皮肉翻开，压住后不出血了。',
      '手被压面机卷进去，手背的皮翻开一大片。',
    ],
    [
      'a character in a mystery novel (detector fiction framing)',
      '在写一部悬疑小说，里面有个角色误服了一大把安眠药，他会先出现什么症状？',
      '我在写悬疑小说，但我现在胸口剧痛，满头冷汗。',
    ],
    [
      'a display board asking how signs are described, nobody ill now (detector teaching framing)',
      '社区要出一期防中风的宣传栏，请问怎么识别中风，像口角歪斜、说话含糊这些怎么写？',
      '社区要出一期宣传栏，我在写怎么识别中风，可我妈刚才突然口角歪斜，说话含糊。',
    ],
    [
      'a lesson plan asking how signs are described (detector teaching framing)',
      "I'm doing a lesson plan on heart attacks: how would you describe crushing chest pain with a cold sweat?",
      'Lesson plan on heart attacks: how would you describe crushing chest pain with a cold sweat? My husband has crushing chest pain with a cold sweat right now.',
    ],
    [
      '"back in college" dates an overdose (assertion past cue); a new one tonight is current',
      "Back in college I swallowed a handful of pills; I'm fine these days. Does my GP need to know?",
      "Back in college I overdosed once, and tonight I've swallowed a whole bottle of pills.",
    ],
    [
      'melatonin gummies a child chewed are not a dangerous medicine (mask)',
      "My 4-year-old chewed three melatonin gummies, she's fine.",
      "My 4-year-old ate some of grandad's heart pills.",
    ],
  ] as Array<[string, string, string]>)('%s', (_class, belowEmergency, emergency) => {
    expect(rulesLevel(belowEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    [
      'a condom 套子 that broke, 事后药 (rf-emergency-contraception)',
      '昨晚套子破了，现在还能吃事后药吗？',
      '避孕套什么牌子用着舒服？',
    ],
    [
      'Cantonese nappies less wet, 尿片湿得少咗 (rf-child-moderate-dehydration)',
      '个女屙咗三日，尿片湿得少咗，仲肯饮水。',
      '个女今日饮多咗水，尿片换得密咗。',
    ],
    [
      'a hyphenated age and "damp nappies" (rf-child-moderate-dehydration)',
      'My 10-month-old has the runs and only two damp nappies since morning.',
      'My 10-month-old has nappy rash, what cream is best?',
    ],
    [
      'one calf swollen "一圈" after a long journey (rf-dvt-signs)',
      '长途大巴坐了一天，左小腿肿了一圈，一按就痛。',
      '跑完步左小腿有点酸，正常吗？',
    ],
    [
      'blisters from a steamer or hot pan (rf-minor-burn)',
      '拿蒸笼的时候手背碰到热锅，起了一片水泡。',
      '空气炸锅做鸡翅要几分钟？',
    ],
    [
      'a cat that "bit the side of" a thumb (rf-animal-bite)',
      "The neighbour's cat bit the side of my thumb and now it's hot and swollen.",
      'My cat bit the charger cable again, how do I stop her?',
    ],
    [
      'an ankle on which putting the foot down is impossible (rf-suspected-fracture)',
      'Went over on my ankle stepping off a kerb, putting my foot down is impossible.',
      "I put my foot down with the kids about screen time and now they're sulking.",
    ],
    [
      'a lip or chin "split" and gaping (rf-deep-laceration)',
      "My daughter split her lip on the coffee table and it's gaping.",
      'My daughter split her lip laughing, a tiny crack, no bleeding.',
    ],
    [
      'an eyelid that will not shut and a flat eyebrow (rf-facial-palsy)',
      "Woke with a left eyelid that won't shut and my left eyebrow stays flat.",
      "My eyelid won't stop twitching since exams.",
    ],
    [
      'ear pulling with a reading of 39 (rf-child-ear-infection)',
      'My 2-year-old keeps pulling his ear and he is 39.1.',
      'My 2-year-old keeps pulling his ear since his haircut; he is 2 and a half.',
    ],
    [
      '"easier not to wake up" (rf-passive-death-wish)',
      "Some nights I think it'd be easier not to wake up. No plan.",
      'I find it easier to wake up early in summer.',
    ],
    [
      '一觉睡下去不醒也挺好 (rf-passive-death-wish)',
      '最近总觉得一觉睡下去不醒也挺好，不会做傻事。',
      '宝宝一觉睡下去六个小时不醒，挺好的，要叫醒喂奶吗？',
    ],
    [
      'a misspelt "reliver" every two hours (rf-asthma-worsening, typo)',
      "Since the smoke I've been using my reliver every two hours.",
      'My reliver inhaler expired last month, can I still use it?',
    ],
    [
      '比往常安静 but still moving (rf-fetal-movements-less)',
      '孕29周，今天比往常安静，不过还是有动的。',
      '孕29周，今天心情比往常平静，想问能不能去游泳？',
    ],
    [
      'much quieter, only small wriggles (rf-fetal-movements-less)',
      "I'm 31 weeks and he's much quieter today, only small wriggles.",
      "I'm 31 weeks and the house is much quieter today with the kids away.",
    ],
    [
      'a needle broken off in the foot (rf-retained-foreign-body)',
      '缝衣针扎进脚底，断了半截在里面。',
      '针线包里的针断了，怎么处理？',
    ],
    [
      'a needle broken off inside the heel (rf-retained-foreign-body)',
      'A sewing needle broke off inside my heel when I stood on it.',
      'My sewing machine needle snapped, where can I buy a new one?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('voices heard and a faint in a PE lesson are not read as hearsay or as a lesson (red flags 1.34.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it('reads someone heard telling the writer to die as a command hallucination, not as something someone said', () => {
    expect(rulesLevel('这几天老是听见有人说话，叫我去死。')).toBe('emergency');
    expect(rulesLevel('夜里耳边有人一直让我去死，我好怕')).toBe('emergency');
    // Hearsay stays hearsay.
    expect(rulesLevel('网上有人说胸痛就是心梗，是真的吗？')).toBe('routine');
    expect(rulesLevel('听到有人说这个药吃多了会死，我很担心')).toBe('routine');
  });
  it('reads a faint during a PE lesson as exertional syncope, and a lesson about signs as a lesson', () => {
    expect(rulesLevel('女儿下午体育课上跑步时突然晕倒了')).toBe('emergency');
    expect(rulesLevel('急救课上老师讲了晕倒要怎么处理，我记不全了')).toBe('routine');
  });
});

describe('round-40 classes (red flags 1.35.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      'shivering spells during chemotherapy (rf-neutropenic-fever)',
      '爸爸在做肺癌化疗，上周打完第二次，今晚一阵一阵发冷，浑身打颤。',
      '化疗结束三年了，最近天冷手脚冰凉，正常吗？',
    ],
    [
      'a temperature in Chinese numerals during chemotherapy (rf-neutropenic-fever)',
      '我在化疗，刚量了体温三十八度七。',
      '我老公体温三十八度七，就是普通感冒。',
    ],
    [
      'a pool of vomited blood, 吐了一大滩血 (rf-haematemesis)',
      '我外公刚才吐了一大滩血，人软在地上。',
      '孩子喝奶后吐了一大滩奶，精神还好。',
    ],
    [
      'a history of cirrhosis and vomited blood now (history-now, rf-haematemesis)',
      '我爸肝硬化多年，刚才又吐了一大滩血。',
      '我爸前年吐过一大滩血，后来做了手术，现在挺好。',
    ],
    [
      'vomit like coffee grounds, not grounds in the compost (rf-haematemesis)',
      'My mum has thrown up twice and it looks like coffee grounds.',
      'Are coffee grounds good for tomato plants in the compost?',
    ],
    [
      'vomit like 咖啡渣, not coffee grounds in the fridge (rf-haematemesis)',
      '爷爷今天吐出来的东西像咖啡渣。',
      '咖啡渣放冰箱能除味吗？',
    ],
    [
      'no fetal movement at all since a time, 再没动过 (rf-reduced-fetal-movements)',
      '孕36周，从今天早上起宝宝就再没动过。',
      '孕36周，上周做完胎心监护以后就再没去过医院，宝宝动得挺好。',
    ],
    [
      'an infant age in words (六十天) with fever (rf-infant-fever-under-3-months)',
      '孩子出生六十天，今天腋下38度。',
      '孩子五岁，今天腋下38度，精神好。',
    ],
    [
      '出身 miswritten for 出生, with a hot baby (rf-infant-fever-under-3-months, typo)',
      '宝宝出身四十来天，摸着烫手。',
      '宝宝五个多月了，摸着有点热，刚洗完澡。',
    ],
    [
      'bowel seen through a belly wound (rf-penetrating-injury)',
      '工友被钢管划开了肚子，能看见肠子露出来了。',
      '肠子老是咕噜咕噜响，是肠胃炎吗？',
    ],
    [
      'gored in the belly with bowel showing (rf-penetrating-injury)',
      'The bull gored my uncle in the belly, there is a loop of bowel showing.',
      'Reading about bullfighting: how often are matadors gored?',
    ],
    [
      "a horse landed on a child's belly, pale, with left shoulder-tip pain (rf-abdominal-trauma)",
      'My son got thrown off his pony and it landed on his belly; he is pale and says his left shoulder hurts.',
      'My son fell on his belly off the sofa, he is laughing and playing.',
    ],
    [
      'a crushing weight in the centre of the chest with nausea (rf-acs-chest-pain-sweating)',
      'There is a crushing weight in the centre of my chest and I feel sick.',
      'I have a small rash in the centre of my chest, no other symptoms.',
    ],
    [
      'stents, and a central chest weight now (history-now, rf-acs-chest-pain-sweating)',
      'I had two stents in 2021. Right now a crushing weight sits in the centre of my chest and I feel sick.',
      'I had two stents in 2021 and my chest has been fine since; can I start jogging?',
    ],
    [
      "GTN sprays that haven't shifted the pain (rf-acs-nitrate-not-working)",
      "Two sprays of GTN haven't shifted my chest pain.",
      'My GTN spray is out of date, can I still use it before walks?',
    ],
    [
      'a weak, clumsy arm "in the last hour" (rf-stroke-limb-onset)',
      'In the last hour my right arm has gone weak and clumsy.',
      'Years ago my right arm went weak after a stroke; I do physio now.',
    ],
    [
      'a new stroke after an old one (history-now, rf-stroke-limb-onset)',
      'I had a small stroke three years ago. In the last hour my left hand has gone numb and clumsy.',
      'I had a small stroke three years ago and my left hand is still a bit clumsy.',
    ],
    [
      'wrong words "in the last hour" (rf-stroke-speech-onset)',
      'In the last hour my mum keeps using the wrong words for things.',
      'I keep reaching for the wrong words in my French exam.',
    ],
    [
      'sciatica with no feeling when wiping and weak legs (rf-cauda-equina)',
      "Sciatica for months, and now I can't feel the toilet paper when I wipe and both legs are weak.",
      'Sciatica down my left leg again, no numbness, peeing fine.',
    ],
    [
      'siatica and numm misspelt, with weak legs and no pee (rf-cauda-equina, typo)',
      "My siatica is back and my legs went numm and weak this morning, I can't pee.",
      'My siatica is back after gardening, the pain goes down to my knee.',
    ],
    [
      'neck pain and tingling hands after a collision (rf-spinal-injury)',
      'We were rear-ended an hour ago; my neck hurts and both hands are tingling.',
      'We were rear-ended last month; my neck is a bit stiff, no tingling or numbness.',
    ],
    [
      '追尾 with neck pain and numb hands (rf-spinal-injury)',
      '刚才追尾了，脖子疼，两只手发麻。',
      '上个月追尾了，脖子有点酸，手不麻。',
    ],
    [
      'a leak of ammonia breathed in, cough and a hoarse voice (rf-toxic-gas)',
      '车间液氨泄漏，我吸了几口，现在一直咳，声音哑了。',
      '氨氯地平吃了以后有点咳嗽。',
    ],
    [
      'a chlorine leak with coughing and wheezing (rf-toxic-gas)',
      'A chlorine leak at the pool, my son is coughing non-stop and wheezing.',
      'Is chlorine in the pool bad for my hair?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'a burning pain, 火烧火燎, beside a light-shy eye is not a fever (mask, rf-meningitis-signs)',
      '胳膊上一片红疹，疼得火烧火燎的，眼睛有点怕光。',
      '发烧39度，脖子发硬，特别怕光。',
    ],
    [
      'a thin layer of blood in the eye after a blow, vision blurred (rf-eye-injury, not rf-eye-blunt-severe)',
      'A squash ball hit my eye and there is a thin level of blood in the lower part of the iris, vision a bit blurred.',
      'A paintball hit my eye, blood covers the pupil and I can only see light.',
    ],
    [
      '黑眼珠下面积了一层血 after a shuttlecock (rf-eye-injury, not rf-eye-blunt-severe)',
      '羽毛球打到眼睛，黑眼珠下面积了一层血，看东西有点模糊。',
      '彩弹打中眼睛，眼前有血挡着，只看得到光。',
    ],
    [
      'asking whether two conditions "are the same thing" (assertion cue)',
      'My daughter asked whether a stroke and a cardiac arrest are the same thing.',
      'My dad collapsed and is not breathing, we started CPR.',
    ],
    [
      'a scenario posed in advance, "say my baby got hold of" (assertion cue)',
      'Just curious: say my baby got hold of a button battery and swallowed it, what should I do first?',
      'My toddler just swallowed a coin battery from the remote!',
    ],
    [
      'expired medicines stockpiled at home, no intent (rf-suicidal-intent)',
      '家里攒了好几盒过期药，怎么处理？',
      '我偷偷攒了两个月的药，准备今晚全吃了。',
    ],
    [
      'an older relative who hoards medicines (rf-suicidal-intent)',
      '奶奶爱攒药，柜子里全是过期的，怎么劝她扔掉？',
      '这段时间我一直在攒安眠药。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, belowEmergency, emergency) => {
    expect(rulesLevel(belowEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it('keeps a lethal-dose question framed as hypothetical an emergency', () => {
    expect(rulesLevel("Let's say I swallowed 40 paracetamol, how long would it take?")).toBe('emergency');
    expect(
      rulesLevel('Purely hypothetical: if I swallowed 40 paracetamol tonight, how long would it take?'),
    ).toBe('emergency');
  });

  it.each([
    [
      'a bite from a dog that was not tied up (pseudo-negation, rf-animal-bite)',
      '被邻居家没拴绳的狗咬了一口，出血了。',
      '邻居家的狗没拴绳，老冲我叫，怎么办？',
    ],
    [
      'ear pain in a child with fever in Chinese numerals (rf-child-ear-infection)',
      '女儿五岁，耳朵痛，烧到三十九度。',
      '女儿五岁，耳朵痒，没发烧。',
    ],
    [
      'Cantonese redness bigger by the day and hot (rf-spreading-cellulitis)',
      '脚上蚊咬嗰度红咗一大块，一日大过一日，摸落去好热。',
      '脚上蚊咬起咗个红点，唔痛。',
    ],
    [
      'a blood pressure in Chinese numerals (rf-severe-hypertension)',
      '刚量血压一百九十二/一百二十，头不痛。',
      '血压一百二十/八十，心率七十。',
    ],
    [
      'a child who has passed urine once in a morning (rf-child-moderate-dehydration)',
      '娃拉肚子两天，今天一上午就尿了一回。',
      '娃今天上午尿了三回，吃喝正常。',
    ],
    [
      'one-sided throat pain with a mouth that will not open wide (rf-throat-abscess)',
      '喉咙右边痛得厉害，嘴张不大，口水都咽不下。',
      '喉咙有点痛，能吃能喝。',
    ],
    [
      'blisters from a rice-cooker steam vent (rf-minor-burn)',
      '孩子摸了电饭煲出气孔，手心起了个大水泡。',
      '电饭煲出气孔漏水怎么办？',
    ],
    [
      'a jammed finger bent to one side (rf-suspected-fracture)',
      '打排球戳了手指，关节歪向一边，伸不直。',
      '手指关节早上有点僵，活动一下就好。',
    ],
    [
      'burning on passing urine with fever and back pain (rf-pyelonephritis)',
      'Burning when passing urine for 3 days, now a fever and pain in my lower back.',
      'Burning when passing urine since this morning, no fever, no back pain.',
    ],
    [
      'new specks with sparks at the edge of vision (rf-flashes-floaters)',
      'Suddenly lots of black specks and sparks at the edge of my vision.',
      'Sparks flew from the grinder but nothing went in my eye.',
    ],
    [
      'one wet nappy since breakfast in a baby with diarrhoea (rf-child-moderate-dehydration)',
      'My 10-month-old has diarrhoea and only one wet nappy since breakfast.',
      'How many wet nappies a day is normal for a 10-month-old?',
    ],
    [
      'kicks less frequent but still some (rf-fetal-movements-less)',
      '32 weeks and the kicks are less frequent today, but I can still feel some.',
      'At 32 weeks, do kicks get less frequent as the baby grows?',
    ],
    [
      '"okay if I never woke up", no plan (rf-passive-death-wish)',
      'Some days it feels like it would be okay if I never woke up. I have no plans.',
      'My baby never woke up once last night, is that okay?',
    ],
    [
      'jabbed by a discarded syringe (rf-needlestick)',
      'I was jabbed in the finger by a syringe lying in the park.',
      'How do I dispose of used syringes safely?',
    ],
    [
      'a rolled ankle that cannot take more than two steps (rf-suspected-fracture, Ottawa)',
      "Rolled my ankle playing football, it's swollen and I can't take more than two steps.",
      'Rolled my ankle last week, walking fine now, a bit of bruising.',
    ],
    [
      'a fall on an outstretched hand, tender below the thumb (rf-suspected-fracture, scaphoid)',
      'Caught myself on an outstretched hand skiing; the wrist is very tender just below the thumb.',
      'I caught myself before I fell, nothing hurts.',
    ],
    [
      "a pencil driven into the roof of a child's mouth (rf-oral-impalement)",
      '孩子含着铅笔摔倒，铅笔戳到了上牙膛，出了点血。',
      '孩子上牙膛长了个小白点，不疼。',
    ],
    [
      'a toothbrush jabbed into the roof of the mouth in a fall (rf-oral-impalement)',
      'My 2-year-old fell with a toothbrush in his mouth and it jabbed the roof of his mouth, bleeding a little.',
      'What toothbrush is best for a 2-year-old?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('stockpiling one’s own medicines, in English as in Chinese (red flags 1.35.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it('reads the writer saving up or hoarding their own pills as preparation (as 我在攒药 is)', () => {
    expect(rulesLevel("I've been saving up my tablets since spring.")).toBe('emergency');
    expect(rulesLevel('I have been hoarding my sleeping pills in a drawer.')).toBe('emergency');
    // Someone else's hoarding, a money saving, a hoard of something else and stocking up for a shortage are not.
    expect(rulesLevel('My dad has been hoarding his pills, should I worry?')).toBe('routine');
    expect(rulesLevel("I've been saving up for a bike, and my tablets are running low.")).toBe('routine');
    expect(rulesLevel("I've been hoarding old magazines and my pills are out of date.")).toBe('routine');
    expect(rulesLevel("I'm stockpiling my insulin pens because of the shortage.")).not.toBe('emergency');
  });
});

describe('round-41 classes (red flags 1.36.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      'dialect pregnancy words (怀起, 怀着) with visual signs or a severe blood pressure (rf-preeclampsia-signs)',
      '我婆娘怀起七个多月了，今天眼睛前面一直冒金星，量了个血压170/112。',
      '我婆娘怀起七个多月了，今天量了个血压118/76，吃得下睡得着。',
    ],
    [
      'a sudden bang at the back of the skull, maximal at once (rf-thunderclap-headache)',
      'Lifting the sofa I felt a bang at the back of my skull, worst pain of my life, there in a split second.',
      'I banged the back of my skull on the cupboard door, small bump, no headache now.',
    ],
    [
      'gulping water and running to the toilet, then vomiting and deep breathing (rf-dka-signs)',
      'My daughter has been guzzling water and running to the toilet for a fortnight, now she is vomiting and breathing deep and fast.',
      'My daughter has been guzzling water after football practice; she is fine otherwise.',
    ],
    [
      'rope bought and a place picked (rf-suicidal-intent)',
      "I got a rope and I've chosen the spot behind the garage. Doing it tonight.",
      'We bought rope for the camping trip and picked a campsite by the lake.',
    ],
    [
      'a lethal-dose question in text-speak, "wud it take to not wake up" (rf-suicidal-intent)',
      'how many of my sleeping tablets wud it take to not wake up',
      'how many hours of sleep do teens need to wake up fresh',
    ],
    [
      'orthopnoea typed without an apostrophe and foamy pink spit (rf-acute-heart-failure)',
      'my mum cant lie flat tonight and keeps coughing up foamy pink spit',
      'my mum has a cough with clear spit, she sleeps fine lying flat',
    ],
    [
      'blood pouring from a wound and going pale (rf-bleeding-with-shock)',
      'My mate slashed his leg on a fence, he is pouring blood and going pale.',
      'My mate grazed his leg on a fence, it bled a little and stopped.',
    ],
    [
      'a belt used as a tourniquet (rf-uncontrolled-bleeding)',
      'The chainsaw caught his thigh, we tied a belt on as a tourniquet and the ambulance is not here yet.',
      'Should we carry a tourniquet in the first-aid kit for hiking?',
    ],
    [
      'a vehicle that came down on the chest, with laboured breathing (rf-crush-injury)',
      'The quad bike rolled and came down on his chest, he is breathing fast and his lips look dusky.',
      'The quad bike rolled, he jumped clear and only bruised his knee.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'ferrous sulphate is a medicine, not sulphuric acid (rf-caustic-ingestion)',
      '我在吃硫酸亚铁片补铁，大便有点黑，正常吗？',
      '孩子刚才误喝了一口硫酸，嘴里都烂了。',
    ],
    [
      'laughing until breathless is not breathlessness (rf-severe-dyspnoea)',
      '我女儿看小品笑得喘不过气，笑完就好了。',
      '我女儿突然喘不过气，嘴唇发紫。',
    ],
    [
      'a static shock is not an electric injury (rf-electric-shock)',
      '冬天摸门把手老被静电打一下，像触电一样，有害吗？',
      '我爸修电路被电打了，现在心跳很乱。',
    ],
    [
      'a forehead that cannot be raised is a facial palsy, not a stroke (rf-stroke-limb-onset → rf-facial-palsy)',
      '今早起来左边脑门抬不起纹，左眼也闭不上，手脚都好。',
      '今早起来左边胳膊突然抬不起，左手也拿不住杯子。',
    ],
    [
      'fewer fetal movements that still come, counted (rf-fetal-movements-less)',
      '怀孕30周，今天胎动比往常少，一下午只动了四五下。',
      '怀孕30周，从昨晚到现在一下都没动过。',
    ],
    [
      'a red streak with a mild fever is lymphangitis; with rigors it is sepsis (rf-sepsis)',
      'Grazed my knee a week ago, now there is a red streak up my thigh and a slight fever.',
      'Grazed my knee a week ago, now there is a red streak up my thigh and I have the shakes.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, belowEmergency, emergency) => {
    expect(rulesLevel(belowEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it('keeps a known history with a new emergency now an emergency', () => {
    expect(
      rulesLevel(
        'My husband has heart failure; tonight he cant lie flat and is bringing up frothy pink stuff.',
      ),
    ).toBe('emergency');
    expect(rulesLevel('我媳妇有高血压，怀着八个月，今天看东西模模糊糊。')).toBe('emergency');
  });

  it('reads dialect "ain\'t" as a negation', () => {
    expect(
      rulesLevel("He bumped his head on the table, got a little bump, ain't thrown up, playing fine."),
    ).not.toBe('emergency');
    expect(rulesLevel('He bumped his head on the table and has thrown up three times.')).toBe('emergency');
  });

  it.each([
    [
      'a forehead that will not wrinkle (rf-facial-palsy)',
      '右边脑门抬不起纹，右眼闭不上。',
      '右边脑门长了颗痘。',
    ],
    [
      'floaters like small flies with flashes (rf-flashes-floaters)',
      '左眼前面多了好多小飞虫，还闪一下光。',
      '家里厨房好多小飞虫怎么办？',
    ],
    [
      'a needle from the rubbish (rf-needlestick)',
      '收垃圾的时候被针头刺破了手指。',
      '收垃圾的时候被纸箱划了一下，没出血。',
    ],
    [
      'a passive wish not to wake (rf-passive-death-wish)',
      '最近老想，一觉睡过去别醒了也行，但我不会做什么。',
      '昨晚一觉睡过去，早上闹钟都没听见。',
    ],
    [
      'a child pulling at a painful ear with fever (rf-child-ear-infection)',
      '孩子揪着右耳喊疼，体温39度。',
      '孩子耳朵里有耳屎，不疼不烧。',
    ],
    [
      'a Hokkien toddler passing urine once (rf-child-moderate-dehydration)',
      '阮囝仔一直吐，今仔日干焦尿一摆。',
      '阮囝仔今仔日食饱饱，耍甲真欢喜。',
    ],
    [
      'a deep chop with a numb fingertip (rf-deep-laceration)',
      '剁肉剁到手指，口子蛮深，指头尖有点木。',
      '剁肉的时候刀钝了，换把刀好吗？',
    ],
    [
      'a scald from a thermos with blisters (rf-minor-burn)',
      '开水洒到我手腕上，起了个水泡。',
      '孩子喝开水喝得多，好不好？',
    ],
    [
      'a bite from a camel or donkey (rf-animal-bite)',
      '在景区被毛驴咬了一口，咬破皮了。',
      '在景区骑了毛驴，腿有点酸。',
    ],
    [
      'a toddler who vomited once after landing on the head (rf-head-injury-brief-loc)',
      '孩子从沙发上翻下来脑门着地，回家吐了一回，现在能吃能玩。',
      '孩子吃多了吐了一次，现在好了。',
    ],
    [
      'a blistering rash on the forehead and nose tip (rf-zoster-face)',
      'Painful blistery rash on my forehead and the nose tip.',
      'I have a spot on my nose tip.',
    ],
    [
      'a dry mouth and one wee in a day in a child (rf-child-moderate-dehydration)',
      'My son is 2, vomiting since morning and his mouth is dry.',
      'My son is 2 and his mouth guard is too big.',
    ],
    [
      'a calf bigger than the other (rf-dvt-signs)',
      'After the long flight my left calf is much bigger than the right and sore.',
      'My calf muscles got bigger from cycling.',
    ],
    [
      'appendix pain typed "rigth" (rf-appendicitis-signs)',
      'pain started round my belly button and moved to the lower rigth, hurts to walk',
      'My right knee hurts when I walk.',
    ],
    [
      'renal colic in waves with red urine (rf-renal-colic)',
      'Pain in my right side coming in waves, rolling on the floor, and my urine is red.',
      'My right side is a bit stiff after gardening.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-42 classes (red flags 1.37.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      'fetal movements typed 台动 (rf-reduced-fetal-movements)',
      '怀孕三十八周了，从早上到现在一直没台动，喝了冰水也没反应。',
      '怀孕十四周，还没有台动，正常吗？',
    ],
    [
      'Cantonese 春袋 pain with vomiting (rf-testicular-torsion)',
      '个仔打完篮球返嚟话春袋一边好痛，呕咗一次。',
      '细佬春袋度有粒嘢，唔痛唔痕。',
    ],
    [
      'a diabetic breathless on slight effort, queasy, skin cold and damp (rf-acs-chest-pain-sweating)',
      'My husband is diabetic; since breakfast he is out of breath just getting dressed, queasy, his skin cold and damp.',
      'My husband is diabetic and gets out of breath on steep hills; otherwise he is well.',
    ],
    [
      'a temperature during lymphoma treatment (rf-neutropenic-fever)',
      'My sister started her lymphoma treatment ten days ago and tonight her temperature is 38.5.',
      'My sister finished her lymphoma treatment two years ago and is doing well.',
    ],
    [
      'coffee-coloured vomit (rf-haematemesis)',
      'Grandad threw up coffee-coloured stuff twice this morning.',
      'Is a coffee-coloured discharge normal at the end of my period?',
    ],
    [
      'high ketones and nothing kept down (rf-dka-signs)',
      "My type 1 daughter has ketones 3.8 and can't keep anything down since lunch.",
      'My type 1 daughter had ketones 0.3 this morning and is eating normally.',
    ],
    [
      'a lethal-dose question "never open my eyes again" (rf-suicidal-intent)',
      'How many of these sleeping pills would it need so I never open my eyes again?',
      'How many days until a newborn kitten will open its eyes?',
    ],
    [
      'a numb bottom and no urine since, with a bad back (rf-cauda-equina)',
      'Sciatica flared two days ago; now my bum feels numb and no urine since last night.',
      'Sciatica down my left leg, it aches but I can pee fine.',
    ],
    [
      'a vehicle that toppled over, holding the belly and pale (rf-abdominal-trauma)',
      'The quad bike toppled over on him, he is holding his belly and looks pale.',
      'The flower vase toppled over and broke; nobody was hurt.',
    ],
    [
      'an appliance shock that threw someone, with palpitations (rf-electric-shock)',
      'She poked a fork into the socket, the shock threw her back and now she has palpitations.',
      'Is it safe to put a knife in the toaster, or could I get a shock?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'anger as "气得想吐血" is a figure of speech (rf-haematemesis except)',
      '孩子作业拖拉到半夜，气得我想吐血。',
      '胃溃疡的老毛病，刚才吐了一大口血。',
    ],
    [
      'a sagging face with an eye that cannot close is Bell palsy (rf-stroke-face except)',
      "The left side of my face sagged overnight and I can't close my left eye; arms fine, talking fine.",
      'His face sagged on the left and his left arm went weak ten minutes ago.',
    ],
    [
      'dark green stools on iron are not meconium-stained waters (rf-rupture-of-membranes except)',
      'Since starting iron tablets my poop is dark green. No pain, otherwise fine.',
      '39 weeks and my waters just went, the fluid is dark green.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, belowEmergency, emergency) => {
    expect(rulesLevel(belowEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    [
      'pain that moved to the right lower belly, 挪到了右边小肚子 (rf-appendicitis-signs)',
      '从昨晚开始肚脐周围痛，今天早上挪到了右边小肚子，一按就痛。',
      '每次来月经前右边小肚子会酸一下，过两天就好。',
    ],
    [
      'Sichuanese 睡下去莫醒算了 (rf-passive-death-wish)',
      '这段时间好累，晚上睡下去莫醒算了，但我不会做傻事。',
      '娃儿刚睡着，莫喊他，让他多睡会儿。',
    ],
    [
      '"better if I don\'t wake up" (rf-passive-death-wish)',
      "Lately I think it would be better if I don't wake up tomorrow. No plans though.",
      "Would it be better if I don't wake up my toddler from his nap?",
    ],
    [
      'an elderly temple ache written 额角 with scalp pain on combing (rf-giant-cell-arteritis)',
      '我外婆七十多了，左边额角一跳一跳地痛，梳头的时候头皮痛。',
      '额角长了个痘，有点红。',
    ],
    [
      'a new ache on the side of the head with jaw pain on chewing (rf-giant-cell-arteritis)',
      'My grandad is 78 with a new ache on the side of his head and his jaw aches when chewing.',
      'I slept on the side of my head and my ear feels squashed.',
    ],
    [
      'a one-sided sore throat with a mouth that opens only a little (rf-throat-abscess)',
      '喉咙一边痛了三天，现在嘴只能张开一指宽，发烧。',
      '喉咙一边有点干，喝水就好了。',
    ],
    [
      'a glue-gun burn with a raised blister (rf-minor-burn)',
      '做手工时胶枪的胶滴到手背，鼓起一个黄豆大的泡。',
      '胶枪的胶多久能干透？',
    ],
    [
      'a firework that set clothing alight, with blisters (rf-minor-burn)',
      '孩子玩烟花时袖子烧着了，手臂上起了水泡。',
      '过年能不能带孩子去看烟花？',
    ],
    [
      'a staple embedded and stuck (rf-retained-foreign-body)',
      '手指被订书钉钉进去了，拔不出来。',
      '订书钉用完了去哪里买？',
    ],
    [
      'a urine infection with shivers and flank pain (rf-pyelonephritis)',
      'Water infection since Monday, now shivers and a sore flank.',
      'Had a UTI last year, fully cleared; can I go swimming?',
    ],
    [
      'a calf red and tender (rf-dvt-signs)',
      'My calf has been red and tender for two days since the flight.',
      'My calf was sore after the marathon.',
    ],
    [
      'a bad tooth with a puffed-up cheek (rf-dental-swelling)',
      'Bad tooth at the back and now my cheek has puffed right up.',
      'My tooth is sensitive to cold drinks.',
    ],
    [
      'a child with only one wet nappy (rf-child-moderate-dehydration)',
      'Baby has had diarrhoea for two days and only one nappy was wet since breakfast.',
      'Baby is fine, one nappy was wet with a little rash, which cream?',
    ],
    [
      'a jammed finger that cannot straighten (rf-suspected-fracture)',
      "Jammed my ring finger goalkeeping, now I can't straighten it.",
      'The printer jammed again, how do I clear it?',
    ],
    [
      'a ball to the eye (rf-eye-injury)',
      "Caught a softball to the eye at training, it's puffy.",
      'Which softball glove is best for my eye-hand coordination?',
    ],
    [
      'a puncture with tingling fingers (rf-deep-laceration)',
      'A screwdriver slipped and went in my palm, now two fingers are tingling.',
      'My fingers tingle when I sleep on my arm.',
    ],
    [
      'a tooth knocked clean out (rf-tooth-avulsion)',
      "A hockey stick knocked my daughter's front tooth clean out.",
      "My son's wobbly baby tooth came out at dinner.",
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-43 classes (red flags 1.38.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      'a lamp seen as two shadows with vomiting (rf-stroke-eyes)',
      '刚才起床一下子看电视是两个影子，吐了一次，走路发飘。',
      '傍晚路灯下我和我妹两个影子拉得好长，拍照好看吗？',
    ],
    [
      'cannot see on one side, walking like drunk (rf-stroke-eyes, rf-stroke-balance)',
      'Since lunch my uncle suddenly cannot see on the right side and is walking like a drunk.',
      'I cannot see the right side of the stage from my seat; can I change tickets?',
    ],
    [
      'unable to stand and leaning to the left (rf-stroke-balance)',
      '我妈刚才站也站不住，身子老往左边歪。',
      '墙上那幅画往左边歪了，怎么挂正？',
    ],
    [
      'Cantonese pregnancy 有咗…礼拜 with flashing before the eyes (rf-preeclampsia-signs)',
      '我有咗三十六个礼拜，成朝眼前一闪一闪，头又痛。',
      '我有咗三十个礼拜，想问饮咖啡得唔得？',
    ],
    [
      'an arrow or bolt still in the belly (rf-penetrating-injury)',
      '射箭场上一支箭射中了他肚子，现在还插着。',
      '射箭比赛他射中了十环，好开心。',
    ],
    [
      'a crossbow bolt lodged in the chest (rf-penetrating-injury)',
      'A crossbow bolt is still stuck in his chest after the hunting accident.',
      'Is a crossbow legal to keep in the house?',
    ],
    [
      'a fall of metres given after the verb, with muddled speech (rf-high-energy-trauma)',
      '他从脚手架上掉下来五六米，话都说不清了。',
      '孩子从床上掉下来，床离地半米，手擦破了点皮。',
    ],
    [
      '"something ripped" between the shoulder blades (rf-aortic-dissection)',
      'My brother felt something ripped between his shoulder blades while lifting, then went grey.',
      'Something ripped in my calf during the sprint, is it a strain?',
    ],
    [
      'a previous DVT with breathlessness and a racing heart (rf-pulmonary-embolism-risk)',
      'I had a DVT last year; since this morning I am short of breath and my heart keeps racing.',
      'I had a DVT last year; I get out of breath on steep hills, is that fitness?',
    ],
    [
      'the blue one with zero effect, words per breath (rf-severe-asthma)',
      'Asthmatic since school; puffing the blue one but zero effect, three words per breath.',
      'My blue one is nearly empty, how do I order a repeat?',
    ],
    [
      'a hit forehead with vomiting (rf-head-injury-danger)',
      'Grandma hit her forehead on the cupboard and has vomited twice since.',
      'Grandma hit her forehead on the cupboard, a small bump, she is chatting and eating.',
    ],
    [
      'neck pain and legs that cannot be felt (rf-spinal-injury)',
      'He tumbled down the embankment; his neck hurts and he says he can’t feel his legs.',
      'My neck hurts from a new pillow and my legs ache after the gym.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'self-harm denied with 不会去 / won’t (rf-self-harm except; rf-passive-death-wish)',
      '有时候觉得活着没劲，但我不会去伤害自己的。',
      '我最近在伤害自己，用刀划手臂。',
    ],
    [
      'self-harm denied with won’t (rf-self-harm except)',
      "Sometimes I'm tired of life, but I won't hurt myself, I promise.",
      'Last night I cut myself again and it is deep.',
    ],
    [
      'fewer fetal movements, but it just moved (rf-fetal-movements-less)',
      '怀孕三十三周，今天宝宝动得比平常少，刚才还动了两下。',
      '怀孕三十三周，宝宝从早上到现在一下都没动。',
    ],
    [
      'a gaping bite that will not stop oozing (rf-bleeding-pressure-fails except; rf-deep-laceration)',
      "The dog's bite left a gaping cut that won't stop oozing.",
      "The cut on his arm is gaping and the bleeding won't stop even with pressure.",
    ],
    [
      'a story character’s suicidal thoughts (rf-suicidal-intent except)',
      '我在写剧本，主人公有轻生的念头，怎么写才真实？',
      '我最近有轻生的念头。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, notEmergency, emergency) => {
    expect(rulesLevel(notEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    [
      'a Hakka child (细人子) with ear pain and fever (rf-child-ear-infection)',
      '屋里细人子耳朵痛，今朝烧到三十九度。',
      '屋里细人子耳朵痒，没发烧。',
    ],
    [
      'Cantonese 有啲变形 after a fall (rf-suspected-fracture)',
      '佢由滑梯跌落嚟，手腕有啲变形。',
      '个胶兜放喺太阳底下，有点软。',
    ],
    [
      'pain that slid down to the bottom right (rf-appendicitis-signs)',
      'Pain near my belly button has slid down to the bottom right and it hurts to walk.',
      'My bottom right shelf slid down; how do I fix it?',
    ],
    [
      'a sore scalp and pain while chewing with a temple ache (rf-giant-cell-arteritis)',
      'Dad, 78, has an aching temple, pain while chewing and a sore scalp.',
      'Dad, 78, wants to visit the temple this weekend.',
    ],
    [
      'tonsils with teeth that barely part and a thick voice (rf-throat-abscess)',
      'Tonsils are awful on the right, I can barely part my teeth and my voice has gone thick.',
      'My tonsils were removed as a child; is that why I snore?',
    ],
    [
      'a used syringe needle into the foot (rf-needlestick)',
      'A used syringe in the park went through my sandal and into my foot.',
      'How do I dispose of a used syringe from my insulin?',
    ],
    [
      'a molar with a ballooned jaw (rf-dental-swelling)',
      'My bottom molar has made my cheek balloon up overnight.',
      'Which toothpaste for a sensitive molar?',
    ],
    [
      'a blistered palm from a hot oven (rf-minor-burn)',
      'Grabbed the tray in the oven without a mitt, my fingers blistered.',
      'How long should I bake bread in the oven?',
    ],
    [
      'deep rope or friction burns (rf-minor-burn)',
      'The climbing rope slipped through my hands and left deep rope burns.',
      'How do I coil a climbing rope properly?',
    ],
    [
      'fewer and less wriggly fetal movements, with some kicks (rf-fetal-movements-less)',
      "I'm 31 weeks; baby is less wriggly than usual but I've had a few kicks.",
      "I'm 31 weeks and baby is wriggly as ever.",
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-44 classes (red flags 1.39.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      'hard to rouse written 叫不太醒 (rf-unresponsive)',
      '我姥爷下午一直睡，叫不大醒，嘴里嘟囔听不清。',
      '孩子早上赖床，叫了三遍才起来，精神挺好。',
    ],
    [
      'Cantonese 叫佢唔醒 (rf-unresponsive)',
      '阿嫲喺梳化度瞓咗，点叫佢都唔醒。',
      '阿嫲今朝好早醒，饮完茶去行街。',
    ],
    [
      'a cupful of coughed blood (rf-massive-haemoptysis)',
      '我爸肺结核，刚才咳出来大半杯鲜血，成杯都是。',
      '我爸咳嗽两周，痰里偶尔有一点血丝。',
    ],
    [
      'tablespoons of coughed blood (rf-massive-haemoptysis)',
      'My husband has been coughing up blood, about two tablespoons in the last half hour.',
      'Coughing up a spoonful of yellow phlegm every morning since my cold.',
    ],
    [
      'a relative pressing his chest with sweating (rf-acs-chest-pain-sweating)',
      'Grandad keeps pressing his chest and he is sweating buckets, he says it is wind.',
      'Grandad keeps pressing the remote and it will not change channel.',
    ],
    [
      'pain spreading into the left arm with sweating, the chest word missing (rf-acs-chest-pain-radiating)',
      'Dull ache started while mowing, now spreading down my left arm, I am clammy and nauseous.',
      'Sore left arm since my flu jab yesterday, a bit achy when I lift it.',
    ],
    [
      'headache with a neck that cannot bend and light that hurts (rf-meningitis-signs)',
      "My flatmate has a pounding headache, can't bend his neck and says light hurts his eyes.",
      "I can't bend my neck much after sleeping on it funny; no headache.",
    ],
    [
      'spots that do not fade under a glass (rf-nonblanching-rash)',
      "Little purple dots on my son's tummy and they didn't fade under a glass.",
      'The heat rash on his back faded when I pressed a glass on it.',
    ],
    [
      'a central line with rigors (rf-sepsis)',
      'My wife has a PICC line for antibiotics and tonight she has rigors and feels awful.',
      'My wife has a PICC line; how often should the dressing be changed?',
    ],
    [
      'a low pressure on a home cuff (rf-shock-low-blood-pressure)',
      'Mum has been vomiting all day and our home cuff reads 79/45.',
      'Our home cuff reads 128/82 this morning, is that fine?',
    ],
    [
      'a carcinoid tumour with flushing and wheeze (rf-carcinoid-crisis)',
      'I have a carcinoid tumour; since the anaesthetic I am flushed bright red and wheezing.',
      'I have a carcinoid tumour and get mild flushing after red wine; should I stop drinking?',
    ],
    [
      '化聊, a homophone of 化疗, with fever (rf-neutropenic-fever)',
      '我爸化聊才打完一周，今晚烧到三十八度五。',
      '我爸化疗结束半年了，复查都正常，想问能不能吃海鲜。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'green sputum is not meconium-stained waters (rf-rupture-of-membranes)',
      'Bronchiectasis flare: my phlegm has gone dark green and there is more of it.',
      "I'm 38 weeks pregnant and leaking fluid that is dark green.",
    ],
    [
      'a measured ketone below 1 is not DKA (rf-dka-signs except)',
      'Type 1, tummy bug, vomited twice this morning, blood ketones 0.4 and sugars 11.',
      'Type 1, vomiting all morning, ketones 3.8 and breathing fast.',
    ],
    [
      'iron named with a typo (rf-melaena except)',
      'On ferous fumarate and my poo has turned black, otherwise fine.',
      'My poo has been black and tarry since yesterday and I feel faint.',
    ],
    [
      'a story character’s suicide attempt (rf-suicide-attempt except)',
      '我在写剧本，主人公服药自杀未遂后被救回来，医院里会怎么处理？',
      '我妹妹昨晚自杀未遂，刚从医院回来，现在又说想死。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, notEmergency, emergency) => {
    expect(rulesLevel(notEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    [
      'a fall written 一跤 with hip pain and unable to stand (rf-suspected-fracture)',
      '外公在院子里绊了一跤，左边胯子疼，站不起来，脑子清楚。',
      '外公在院子里绊了一跤，拍拍土自己站起来了，走路正常。',
    ],
    [
      'Crohn’s or colitis with blood (rf-bloody-diarrhoea)',
      '溃疡性结肠炎，这几天又开始便血，一天五六次。',
      '溃疡性结肠炎缓解期，想问可以喝酸奶吗？',
    ],
    [
      'lupus with frothy urine or swollen ankles (rf-lupus-flare-kidney)',
      'I have lupus and this week my ankles are swollen and my urine is frothy.',
      'I have lupus; which sunscreen is best for my face?',
    ],
    [
      'tendon pain on a fluoroquinolone (rf-fluoroquinolone-tendon)',
      '吃左氧氟沙星第二天，右脚跟腱疼得厉害。',
      '医生开了左氧氟沙星，饭前吃还是饭后吃？',
    ],
    [
      'new weakness or numbness with known MS (rf-ms-relapse)',
      'I have MS and since Sunday my right hand has gone numb and clumsy.',
      'I have MS; is it safe to have the flu jab this year?',
    ],
    [
      'more or green sputum with a chronic lung disease (rf-chronic-lung-exacerbation)',
      '慢阻肺十年了，这三天痰变多了，还发黄。',
      '慢阻肺十年了，想问吸入剂怎么用才对？',
    ],
    [
      'a fever given as a number with its duration (rf-fever-persistent-adult)',
      'Running 38.7 every evening for five days now, no other symptoms.',
      'I am 38 and have had a runny nose for four days.',
    ],
    [
      '"wish I could just disappear" (rf-passive-death-wish)',
      "Lately I wish I could just disappear, but I have no plan and won't act on it.",
      'My cat can just disappear for hours; is that normal?',
    ],
    [
      'urine turned red with clots (rf-haematuria)',
      'Two days after my prostate biopsy my pee has turned bright red with clots.',
      'My pee turned red after I ate beetroot salad, I feel fine.',
    ],
    [
      'vomiting everything, even water (rf-persistent-vomiting)',
      'Stomach bug, vomiting everything since last night, even water.',
      'Vomited once after a big meal, fine now and eating again.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-45 classes (red flags 1.40.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const rulesLevel = (text: string) => triageOf(rules.detect(text));
  it.each([
    [
      'pressure behind the breastbone (胸骨后) spreading to the shoulder (rf-acs-chest-pain-radiating)',
      '我爸放过支架，刚才扛煤气罐上楼，胸骨后面又闷又压，一直牵到左肩膀，坐下二十分钟也没缓。',
      '吃完火锅胸骨后面有点烧，反酸水，喝了点苏打水好多了。',
    ],
    [
      'a heavy weight behind the breastbone with grey sweaty skin (rf-acs-chest-pain-sweating)',
      'My uncle has had a heavy pressure behind his breastbone since breakfast and he is grey and sweating.',
      'I bruised my breastbone falling off my bike, it aches when I cough.',
    ],
    [
      'upper-belly discomfort with clammy skin in an older diabetic (rf-acs-chest-pain-sweating)',
      '姥爷八十了，有糖尿病，吃完饭说上腹部不舒服，身上湿冷，脸色发灰。',
      '姥爷有糖尿病，吃完饭说上腹部有点胀，打个嗝就好了，脸色正常。',
    ],
    [
      'jaw ache with clamminess and queasiness (rf-acs-chest-pain-sweating)',
      'My jaw started aching while I was gardening and now I am clammy and queasy, it has been 20 minutes.',
      'My jaw aches after the dentist filled a molar and I feel a bit queasy from the anaesthetic.',
    ],
    [
      'sputum described as pink with froth, word order reversed (rf-acute-heart-failure)',
      '我爸有心衰，半夜坐起来大口喘，咳出来的痰是粉色的，还带泡沫。',
      '感冒一周，早上咳的痰有点黄，带点泡沫。',
    ],
    [
      'a testicle called 下面的蛋 with sudden pain and vomiting (rf-testicular-torsion)',
      '儿子十三岁，半夜说下面一个蛋疼得厉害，疼醒了，还吐了。',
      '今天开会真是蛋疼，老板又改需求，气得想吐。',
    ],
    [
      'sentences that suddenly stop making sense (rf-stroke-speech-onset)',
      "Grandpa's sentences suddenly stopped making sense at lunch.",
      "My toddler's sentences don't always make sense yet; is that normal at two?",
    ],
    [
      'a hand that keeps letting go of things, sudden (rf-stroke-limb-onset)',
      'Suddenly my left hand keeps letting go of things, I have dropped two cups.',
      'My left hand lets go of the bar at the gym when my grip tires after heavy sets.',
    ],
    [
      'cannot see anything off to one side (rf-stroke-eyes)',
      "Since breakfast Mum can't see anything off to her right and bumps into the door frame.",
      'Mum can see fine on both sides; she just needs new reading glasses.',
    ],
    [
      'a headache that arrived all at once with vomiting (rf-thunderclap-headache)',
      'During a workout a headache hit all at once, like a door slamming in my head, and I have thrown up.',
      'I get migraines that build up slowly over an hour; thrown up once today, my usual pattern.',
    ],
    [
      'spots that stay put under a clear ruler with fever (rf-nonblanching-rash)',
      'My daughter has a fever and purple-red spots on her legs that stay put when I press a clear ruler on them.',
      'Red spots on my arm that vanish when I press a clear ruler on them; no fever, I feel well.',
    ],
    [
      'heaved up a bowl of blood (rf-haematemesis)',
      'My brother heaved up a big bowl of bright red blood and now he is pale and shaking.',
      'Heaved up my dinner after too many drinks; no blood, I feel fine now.',
    ],
    [
      'zig-zag lights with a headache after giving birth (rf-preeclampsia-signs)',
      'Ten days after giving birth I have a pounding headache and zig-zag lights in my vision.',
      'I used to get migraines with zig-zag lights before pregnancy; which painkillers are safe while breastfeeding?',
    ],
    [
      'sciatica with feeble legs and wetting without feeling it (rf-cauda-equina)',
      'Bad sciatica for months; today both legs feel feeble and my pants were wet and I never felt it.',
      'Sciatica down my left leg again; my pants were soaked from the rain on the walk home.',
    ],
    [
      'a whistle on every in-breath at rest (rf-stridor)',
      'My son has a high whistle on every in-breath even sitting still and he is struggling.',
      'My nose whistles when I breathe out since my septum surgery.',
    ],
    [
      'running out of air halfway through a sentence (rf-severe-dyspnoea)',
      'I run out of air halfway through a sentence and my lips look dusky.',
      'I get a bit puffed at the end of a long run but talk normally once I stop.',
    ],
    [
      'an envelope for each child with a place and time (rf-suicidal-intent)',
      'I have written an envelope for each of my children and I have chosen the bridge. Tonight.',
      'I sealed an envelope for each of my kids with their birthday money; what age should pocket money start?',
    ],
    [
      'what amount would mean someone never woke up (rf-suicidal-intent)',
      'What amount of my sleeping tablets would mean someone never woke up? I am asking about myself.',
      'What amount of melatonin is safe for a ten year old who keeps waking up?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      '一把手撑 is a fall on the hand, not a handful of pills (rf-drug-overdose except)',
      '我妈下台阶一把手撑住地，手腕扭了，有点肿。',
      '奶奶把一瓶安眠药全吃了，现在叫不太醒。',
    ],
    [
      'fetal movements still felt and counted (rf-reduced-fetal-movements except)',
      '孕32周，今天胎动比平常少，下午只感觉到四五下。',
      '孕32周，从昨晚到现在一下都没动过。',
    ],
    [
      'a palm-sized oil burn (rf-major-burn except)',
      '热油溅到小臂上一大片，差不多巴掌大，起了水泡。',
      '孩子把热水瓶打翻了，胸前一大片都起了大泡。',
    ],
    [
      'chest-wall pain reproduced by pressing (rf-acs-chest-pain-radiating except)',
      '练完硬拉左胸一按就疼，抬胳膊也疼，不出汗不喘。',
      '胸口压着疼，一直牵到左胳膊，满头大汗。',
    ],
    [
      'a typical attack in diagnosed panic disorder (rf-palpitations-syncope except)',
      '我有惊恐障碍，刚才在超市心慌手抖，觉得快晕了，十分钟后缓过来了。',
      '刚才心跳特别快，一分钟两百下，差点晕过去。',
    ],
    [
      'shivering fits are rigors, not seizures (rf-seizure except)',
      'Temperature of 39 with shivering fits and burning when I pee.',
      'My son had a fit with his temperature, his arms and legs were jerking for five minutes.',
    ],
    [
      '"drinking fine" is fluids, not alcohol with pills (rf-drug-overdose)',
      'Flu for two days, drinking fine and taking paracetamol tablets as directed.',
      'She took a load of her sleeping pills and has been drinking vodka all night.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, notEmergency, emergency) => {
    expect(rulesLevel(notEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    [
      '"not waking up wouldn\'t be so bad" (rf-passive-death-wish; not rf-unresponsive)',
      "Some nights I think not waking up wouldn't be so bad, but I have no plan and won't act on it.",
      'My toddler has started sleeping through without waking; any tips for naps?',
    ],
    [
      'a relative who wishes she was not around (rf-passive-death-wish)',
      "My daughter told me she wishes she wasn't around, but she has no plan and won't act on it.",
      'My daughter wishes she could be around more for her gran.',
    ],
    [
      'a bite from an ownerless dog (没主的狗) (rf-animal-bite)',
      '下班路上被一条没主的野狗咬了手，流了点血。',
      '家里的狗打过疫苗，想问多久洗一次澡？',
    ],
    [
      'a dog that broke the skin with its teeth (rf-animal-bite)',
      "The neighbour's dog caught my hand with its teeth and broke the skin.",
      'Our puppy is losing his baby teeth; is that normal?',
    ],
    [
      'floaters with flashes like lightning (rf-flashes-floaters)',
      '左眼突然好多小黑点，还时不时有闪电一样的光。',
      '眼前偶尔有一两个小黑点飘，好多年了，没有变化。',
    ],
    [
      'redness spread to the ankle and hot (rf-spreading-cellulitis)',
      '脚背上的伤口两天就红到脚踝了，摸着烫手。',
      '晒了一天太阳，脸红到脖子，不疼。',
    ],
    [
      "a toddler's nappy dry for hours while vomiting (rf-child-moderate-dehydration)",
      'My 1 year old has been vomiting all day and her nappy has been dry for 6 hours.',
      "My 1 year old's nappies are always soaked in the morning; should I switch brands?",
    ],
    [
      'an eye red and painful with light sensitivity (rf-painful-red-eye)',
      '右眼又红又痛，特别怕光，看东西模糊。',
      '熬夜后眼睛有点红，不痛，看东西清楚。',
    ],
    [
      'neuromyelitis optica with a painful eye and falling vision (rf-ms-relapse)',
      '我有视神经脊髓炎，这几天右眼一转就疼，视力下降。',
      '我有视神经脊髓炎，打疫苗前需要停药吗？',
    ],
    [
      'a condom that slipped off (rf-emergency-contraception)',
      'The condom slipped off halfway and we only noticed afterwards.',
      'What size of condom should I buy?',
    ],
    [
      'standing on an injured ankle is impossible (rf-suspected-fracture)',
      'Went over on my ankle at netball and standing on it is impossible.',
      'Went over on my ankle last month; it is fine now, just a bit stiff.',
    ],
    [
      'a fall on the hand (手撑地) with a wrist swollen like a bun (rf-suspected-fracture)',
      '我爸骑车滑倒了手撑地，手腕肿得像馒头。',
      '我爸手腕以前骨折过，现在天冷有点酸，能贴膏药吗？',
    ],
    [
      'osteoporosis with a crack in the back (rf-suspected-fracture)',
      'Mum has osteoporosis and felt something crack in her back when she sneezed; she can barely get up.',
      'Mum has osteoporosis; should she take calcium with vitamin D?',
    ],
    [
      'a cut that gapes (rf-deep-laceration)',
      'Cut my palm on a broken glass and it gapes when I open my hand.',
      'Paper cut on my finger, it stopped bleeding straight away.',
    ],
    [
      'blurred or colour vision on ethambutol (rf-ethambutol-vision)',
      '在吃抗结核药，最近看东西发虚，红绿分不清。',
      '在吃抗结核药，尿是橘红色的正常吗？',
    ],
    [
      'unsteadiness and double vision on carbamazepine (rf-anticonvulsant-toxicity)',
      'On carbamazepine and since the dose went up I am wobbly and seeing double.',
      'On carbamazepine; can I drink grapefruit juice?',
    ],
    [
      'headache with double vision on doxycycline (rf-drug-intracranial-hypertension)',
      'On doxycycline for rosacea, now daily headaches and double vision.',
      'On doxycycline for rosacea; should I avoid the sun?',
    ],
    [
      'a pituitary tumour with worsening headache or bumping into things (rf-pituitary-tumour-symptoms)',
      '我有垂体瘤，最近头痛越来越厉害，老是撞到右边的门框。',
      '我有垂体瘤，复查核磁需要空腹吗？',
    ],
    [
      'paler and tired after a cold with hereditary spherocytosis (rf-haemolytic-crisis)',
      'My son has hereditary spherocytosis and after a cold he is much paler and very tired.',
      'My son has hereditary spherocytosis; can he play football?',
    ],
    [
      'dermatomyositis with choking on drinks (rf-myositis-flare)',
      '我有皮肌炎，这周上楼越来越费劲，喝水老呛。',
      '我有皮肌炎，防晒霜选什么好？',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-46 classes (red flags 1.41.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'something bursting at the back of the head with vomiting and a stiff neck (rf-thunderclap-headache)',
      '搬花盆的时候后脑像有东西爆了一样，从来没疼成这样，吐了两回，脖子也硬。',
      '熬夜打游戏，后脑勺有点胀痛，睡一觉好多了。',
    ],
    [
      'a head struck as if by a swung stick with vomiting and light hurting (rf-thunderclap-headache)',
      '我妈刚才晾衣服，头突然像被人抡了一棍，疼得蹲下，吐了，现在怕光。',
      '头有点昏昏沉沉的，可能是感冒了，吃了感冒药。',
    ],
    [
      'a Min-nan rash that does not fade under a cup, with fever (rf-nonblanching-rash)',
      '阮孙仔发烧，腿顶起红点，拿杯仔压落去褪毛去。',
      '阮孙仔腿顶起红点，拿杯仔压落去就褪去了，无发烧。',
    ],
    [
      'numbness of the inner thighs with a slipped disc (rf-cauda-equina)',
      '腰椎间盘突出又犯了，今天大腿内侧一圈都发麻，小便也解不利索。',
      '腰椎间盘突出，久坐后腰酸，躺一会就好。',
    ],
    [
      'sciatica with weak legs and not feeling the paper (rf-cauda-equina)',
      "Sciatica flared up, both legs feel weak since this morning and I can't feel the paper when I wipe.",
      'Sciatica flared up after gardening, the pain goes down one leg but walking is fine.',
    ],
    [
      'a puffing face and a whistling breath after amoxicillin (rf-anaphylaxis)',
      'Half an hour after her first amoxicillin her face started to puff up and she is whistling when she breathes.',
      'She has been on amoxicillin for three days for an ear infection and the earache is better.',
    ],
    [
      'pre-eclampsia before, now weeks pregnant with zigzags (rf-preeclampsia-signs)',
      'I had pre-eclampsia last time, now 35 weeks, and since lunch I keep seeing glittery zigzags.',
      'I had pre-eclampsia last time, now 20 weeks, and wondering whether I should take aspirin.',
    ],
    [
      'letters for the children with a place chosen to jump (rf-suicidal-intent)',
      "I've written letters for my kids and picked where I'm going to jump from tonight.",
      "We've picked where we're going to jump into the lake tonight, any tips for cold water?",
    ],
    [
      'a full card of sleeping tablets taken (rf-drug-overdose)',
      'My flatmate swallowed a full card of sleeping tablets an hour ago after a row.',
      'My flatmate picked up a new card of sleeping tablets from the pharmacy.',
    ],
    [
      'a hearing-aid battery missing with a toddler (rf-swallowed-battery-magnet)',
      "My 18 month old was chewing on grandad's hearing aid and one of the hearing aid batteries is missing.",
      "Grandad's hearing aid batteries ran out, where can I buy new ones?",
    ],
    [
      'out for a few seconds after fast palpitations (rf-syncope)',
      'My heart raced, everything went grey and I was out for a few seconds on the bathroom floor.',
      'My vision greys out for a few seconds when I stand up too fast.',
    ],
    [
      'a slow irregular pulse and weakness on spironolactone (rf-hyperkalaemia)',
      'Mum is on spironolactone, she has had diarrhoea, her pulse on the monitor says 36 and she can barely stand.',
      'Mum is on spironolactone and her pulse is 72, she wants to know if she can drink grapefruit juice.',
    ],
    [
      'a past pulmonary embolism with a swollen calf, breathless and a low oximeter (rf-pulmonary-embolism-leg, rf-low-oxygen)',
      '以前得过肺栓塞，这两天右小腿肿，今天走几步就喘得不行，血氧夹子显示88。',
      '以前得过肺栓塞，现在停药一年了，小腿不肿，想问需不需要复查。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'thoughts of hurting oneself with plan and intent denied (rf-self-harm and the harm detector, urgent)',
      'I keep getting thoughts of hurting myself, but I have no plan and I will not act on them.',
      "I've had thoughts of hurting myself and last night I cut myself, though I have no plan to do more.",
    ],
    [
      'Chinese thoughts of self-harm with plan and intent denied (urgent)',
      '最近老是有伤害自己的念头，但没有计划，也不会去做。',
      '最近老是有伤害自己的念头，没有计划，但已经买了刀片。',
    ],
    [
      'denial does not outweigh a question about an amount (emergency)',
      'I have thoughts of hurting myself, no plans to act, I just want to talk to someone.',
      'Thoughts of hurting myself, no plan, but how many sleeping tablets would it take?',
    ],
    [
      'denial does not outweigh an urge felt now or beyond control (emergency)',
      '偶尔会有伤害自己的想法，没有计划，也不会去做，想找人聊聊。',
      '我现在就有伤害自己的冲动，控制不住，虽然没有计划。',
    ],
    [
      'denial does not outweigh an urge tonight (emergency, English)',
      "Sometimes I get urges to hurt myself, but there's no plan and I won't act on them.",
      "Urges to hurt myself again tonight, no plan but I can't stop thinking about it.",
    ],
    [
      'a satisfying deep breath not got on ticagrelor is not severe breathlessness (rf-severe-dyspnoea)',
      "On ticagrelor since my stent and now and then I can't get a satisfying deep breath at rest, no chest pain.",
      "On ticagrelor and suddenly I can't breathe, my lips look blue.",
    ],
    [
      'brownish-red spotting at 8 weeks with a scan showing the pregnancy in the womb (rf-pregnancy-spotting)',
      '9 weeks pregnant with brownish-red spotting and mild cramps since yesterday, not soaking pads.',
      '9 weeks pregnant, soaking a pad an hour with clots and cramps, feel faint.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, notEmergency, emergency) => {
    expect(rulesLevel(notEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    [
      "a passive wish to close one's eyes and not open them (rf-passive-death-wish)",
      '最近总觉得没盼头，有时候想睡过去别再睁眼算了，但没打算做什么。',
      '最近总熬夜，困得眼睛都睁不开。',
    ],
    [
      'family coping better without me (rf-passive-death-wish)',
      'Lately I think my friends would cope better without me, though I have no plan.',
      'My team would cope better without me for a week while I am on holiday.',
    ],
    [
      'a bead up a nostril (rf-foreign-body-nose-ear)',
      'My son pushed a pea up his nostril and I cannot get it out.',
      'My son has a runny nostril and sneezes in the mornings.',
    ],
    [
      'waves of flank pain with pink urine (rf-renal-colic)',
      '右边后腰一波一波地绞痛，疼得躺不住，小便有点粉红。',
      '右边后腰有点酸，久坐以后更明显，小便正常。',
    ],
    [
      'urination urgent and painful with fever and rigors, in dialect (rf-pyelonephritis)',
      '这两天解手又急又痛，今天烧到三十九度，还打摆子。',
      '这两天解手有点多，喝水多了吧，不痛不烧。',
    ],
    [
      'a diastolic written as 低压 over 110 (rf-severe-hypertension)',
      '体检量血压高压182，低压114，头不痛也不晕。',
      '体检量血压高压128，低压82，一切正常。',
    ],
    [
      'a home machine that says over 180 (rf-severe-hypertension)',
      'My home machine says 188/112 twice tonight, no headache or chest pain.',
      'My home machine says 128/82, is that fine?',
    ],
    [
      'no urine passed since the night (rf-urinary-retention)',
      '我爸前列腺增生，从昨晚到现在没尿出来，小肚子胀。',
      '我爸前列腺增生，晚上起夜两三次，尿得慢。',
    ],
    [
      'a calf that is hot after surgery (rf-dvt-signs)',
      'A week after my hip operation my left calf is hot and tender, breathing is fine.',
      'A week after my hip operation the wound is healing and I am walking with a frame.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-47 classes (red flags 1.42.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'gum tightness up to the throat, breathless after a few steps, cold sweat (rf-acs-chest-pain-sweating)',
      '我婆婆六十多了，一个钟头前开始牙床连着喉咙发紧，走几步就喘，身上一直冒冷汗。',
      '这两天牙床有点发紧，可能是智齿要长出来了，吃饭咬东西有点酸。',
    ],
    [
      'a chest band not shifted by the spray under the tongue (rf-acs-nitrate-not-working)',
      'My husband has angina, the tight band across his chest started an hour ago and two sprays under his tongue have made no difference.',
      'My husband has angina and wants to know how long his spray under the tongue lasts once opened.',
    ],
    [
      'weeks of pregnancy in Chinese numerals, a high reading and little stars before the eyes (rf-preeclampsia-signs)',
      '怀孕三十二周，下午开始头胀痛，眼前老冒小星星，刚量血压170/112。',
      '怀孕三十二周，今天量血压118/76，头不痛，眼睛也清楚。',
    ],
    [
      'a child drinking and weeing a lot, now vomiting and breathing deep (rf-dka-signs)',
      'My daughter is 9, for a week she drinks water too much and wees all night, today she vomits and breathes deep and fast.',
      'My daughter is 9, she drinks a lot of water after football and sleeps through the night.',
    ],
    [
      'a cracked forehead with repeated questions on a blood thinner (rf-head-injury-danger)',
      'Grandma is on rivaroxaban, she cracked her forehead on the door frame and now keeps asking what day it is.',
      'Grandma is on rivaroxaban and wants to know if she can have a flu jab.',
    ],
    [
      'the sciatic nerve with floppy legs and numbness between the buttocks (rf-cauda-equina)',
      'Old trouble with my sciatic nerve, but since lunch both legs are floppy and it is numb between my cheeks when I wipe.',
      'Old trouble with my sciatic nerve, it aches down my right leg after a long drive but walking helps.',
    ],
    [
      'coin batteries missing with a toddler (rf-swallowed-battery-magnet)',
      'Two coin batteries from the bathroom scales are missing and my 2 year old was playing with the scales.',
      'The coin batteries in my bathroom scales ran flat, which size should I buy?',
    ],
    [
      'a kitten-bite style hint: "not eating much" with dizziness is not anaphylaxis, a peanut with a swollen tongue is (rf-anaphylaxis)',
      'He ate a cookie with peanuts ten minutes ago and now his tongue is swelling and he is dizzy.',
      'My grandad has a cold, he is not eating much and feels a bit dizzy when he gets up.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'oozing still after fifteen minutes of pressure on a deep cut: no seizure and not uncontrolled (rf-status-epilepticus, rf-bleeding-pressure-fails; rf-deep-laceration)',
      '开罐头划了手掌一道口子，挺深的，按了十五分钟还在渗血。',
      '开罐头划了手掌一道口子，按了十五分钟血还是止不住，往外冒。',
    ],
    [
      'fewer movements with kicks still felt (rf-fetal-movements-less, urgent)',
      '孕33周，今天宝宝动得比平时少，不过晚上躺下后还是踢了几下。',
      '孕33周，从早上到现在宝宝一下都没动过。',
    ],
    [
      'dozing off before a jerk is not confusion (rf-acute-confusion)',
      '每次迷糊要睡着的时候腿会猛地抽一下，白天没事。',
      '我爸今天突然迷糊了，不认人，说话前言不搭后语。',
    ],
    [
      'a feeling of falling from a height at sleep onset is not a fall (rf-high-energy-trauma)',
      '晚上刚睡着就感觉像从高处掉下去，一下子惊醒，心跳有点快，过一会就好。',
      '我爸下午从二楼阳台摔下来，现在说脖子痛，动不了。',
    ],
    [
      'lips and tongue denied swelling on an ACE inhibitor (rf-airway-swelling)',
      "On ramipril with a dry cough at night; my lips and tongue aren't swelling and breathing is fine.",
      'On ramipril and since this morning my lips and tongue are swelling up and my voice sounds thick.',
    ],
    [
      'a twisting pain in the loin with a sweat is colic, not a heart attack (rf-acs-chest-pain-sweating)',
      '右边腰一阵一阵绞着痛，疼得出了一身汗，小便有点红，不发烧。',
      '胸口一阵一阵绞着痛，出了一身冷汗，左胳膊发麻。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, notEmergency, emergency) => {
    expect(rulesLevel(notEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    [
      'fever to 39 on the fourth day of a cough, in words (rf-fever-persistent-adult)',
      '我爸咳嗽第四天了，昨晚烧到三十九度，痰是黄的。',
      '我爸咳嗽两天了，没发烧，痰不多。',
    ],
    [
      'a face that bulges with toothache (rf-dental-swelling)',
      '下面那颗烂牙疼了好几天，今天半边脸鼓起来了。',
      '下面那颗牙有点敏感，喝冷水会酸一下。',
    ],
    [
      'redness spreading past a pen line (rf-spreading-cellulitis)',
      '脚背上的伤口周围发红，摸着发烫，比早上画的线又往外扩了一圈。',
      '脚背上有个小伤口，周围不红，结痂了。',
    ],
    [
      'a toddler pulling at the ear with fever, age in words (rf-child-ear-infection)',
      '闺女两岁，今天老揪着左耳朵哭，烧到38.9。',
      '闺女两岁，耳朵里有点耳屎，想问能不能用棉签掏。',
    ],
    [
      'a forearm bent after sliding off a bed (rf-suspected-fracture)',
      '孩子从床上滑下来手撑地，小臂肿了还有点弯，不让碰。',
      '孩子从床上滑下来，哭了两声就去玩了，手活动正常。',
    ],
    [
      'a bite from a stray kitten (rf-animal-bite)',
      'A stray kitten bit my finger while I was feeding it and it broke the skin.',
      'We adopted a kitten and want to know when she needs her jabs.',
    ],
    [
      'flashes with drifting dark dots (rf-flashes-floaters)',
      'Since last night flashes at the side of my left eye and lots of dark dots drifting across.',
      'My eyes feel tired after screens all day, no flashes or floaters.',
    ],
    [
      'boiling water from a pan with blisters (rf-minor-burn)',
      'Boiling soup water splashed my hand and now there are blisters across the back of it.',
      'Boiling water for tea, how long should green tea steep?',
    ],
    [
      'the whites of the eyes looking yellow (rf-jaundice-adult)',
      'The whites of my eyes look yellow since yesterday and my pee is dark.',
      'My eyes look red and itchy after swimming.',
    ],
    [
      'okay if I stay asleep forever, no plan (rf-passive-death-wish)',
      'Some nights I think it would be okay if I stay asleep forever, but I have no plan and would not act.',
      'After night shifts I could sleep for twelve hours, is that normal?',
    ],
    [
      'sore throat and fever on sulfasalazine (rf-aminosalicylate-blood-disorder)',
      '吃柳氮磺吡啶两个月了，这几天嗓子痛，发烧到38.5。',
      '吃柳氮磺吡啶两个月了，关节好多了，想问多久查一次血。',
    ],
    [
      'tingling round the mouth after denosumab (rf-denosumab-hypocalcaemia)',
      'Had my denosumab injection last week and now there is tingling round my mouth and cramps in my calves.',
      'My denosumab injection is due next month, do I need a dental check first?',
    ],
    [
      'a sodium result in the 120s (rf-low-sodium-result)',
      '我爸吃利尿的降压药，今天化验血钠124，人还清楚。',
      '我爸今天化验血钠139，血钾4.2。',
    ],
    [
      'restlessness on an antipsychotic (rf-akathisia)',
      'Since my risperidone dose went up I cannot sit still, I pace the flat all evening.',
      'I have been on risperidone for a year and sleep well, can I take it with food?',
    ],
    [
      'red, peeling skin over the whole body (rf-erythroderma)',
      '我妈湿疹多年，这几天浑身上下都红了，大片大片脱皮。',
      '我妈手背有一小块湿疹，有点脱皮，不痒。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-48 classes (red flags 1.43.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'a chloroquine tablet missing with a toddler about, still well (rf-child-dangerous-medicine)',
      'The travel-clinic chloroquine packet is open and one tablet is missing, my 2-year-old was playing with it.',
      'We are taking chloroquine on a trip, how should I store it away from my 2-year-old?',
    ],
    [
      'a toddler who ate a quinine tablet, still well, in Chinese (rf-child-dangerous-medicine)',
      '奶奶治腿抽筋的奎宁片放在桌上，两岁的孙女吃了一片，现在玩得挺好。',
      '奶奶吃奎宁治腿抽筋，想问这个药会不会伤眼睛？',
    ],
    [
      '"sees two of everything" with sudden vertigo and vomiting (rf-stroke-eyes)',
      'My dad suddenly feels the room turning, he sees two of everything and has vomited twice.',
      'After my cataract op I sometimes see two of everything when tired, no dizziness or sickness.',
    ],
    [
      'only two or three words out between breaths despite the reliever (rf-severe-asthma)',
      'Asthmatic all my life, I have used my reliever for the last hour and can get two or three words out before I have to stop for air.',
      'I’m asthmatic and want to know if my reliever inhaler is OK to use before running.',
    ],
    [
      'a pregnant womb that is woody, will not relax, with constant pain (rf-pregnancy-bleeding, abruption)',
      'My partner is 30 weeks, her womb feels woody and won’t relax, and the pain is constant.',
      'My partner is 30 weeks, her womb tightens now and then and relaxes after a minute, no bleeding.',
    ],
    [
      'a womb that stays tight and will not let go in late pregnancy, in Chinese (rf-pregnancy-bleeding, abruption)',
      '孕三十一周，子宫一直绷着松不下来，持续痛。',
      '孕三十一周，偶尔宫缩一下，很快就松下来了，不痛。',
    ],
    [
      'a fall head first with vomiting and the same question over and over (rf-head-injury-danger)',
      'Grandpa tripped on the stairs, head first, then was sick twice, and he keeps on asking where he is.',
      'My gran slipped on the ice and landed on her bottom, no head knock, she is sore but chatting normally.',
    ],
    [
      'loin pain running to the groin with pallor, a cold sweat and blacking out on standing (rf-shock-low-blood-pressure)',
      '我老公右边腰疼，一阵一阵的，疼到大腿根，现在满头冷汗，脸色发白，站起来就眼前一黑。',
      '抽血的时候我脸色发白出了一身冷汗，站起来眼前一黑，护士让我躺下就好了。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'writhing loin pain running to the groin is renal colic, not an acute abdomen (rf-acute-abdomen except; rf-renal-colic)',
      '我老公右边腰疼得打滚，疼到大腿根，小便有点红，没发烧。',
      '肚子疼得打滚，一阵比一阵厉害，一直吐。',
    ],
    [
      'coffee-coloured spotting wiped away in early pregnancy is not coffee-ground vomit (rf-haematemesis except)',
      '怀孕七周，上完厕所擦出来一点咖啡色的东西，肚子不痛。',
      '我爸今天吐了两次，吐出来是咖啡色的东西，现在头晕。',
    ],
    [
      'light spotting of any colour with mild cramps early in pregnancy (rf-pregnancy-bleeding except; rf-pregnancy-spotting)',
      'Eight weeks pregnant with light red spotting and mild period-like cramps, not dizzy.',
      'Nine weeks pregnant and bleeding heavily with clots and bad cramps.',
    ],
    [
      '"blood pressure" is a reading, not blood: nosebleed-free pregnancy question (matcher mask)',
      '28 weeks pregnant with a blocked nose, my blood pressure was fine at the clinic, can I use a saline spray?',
      '28 weeks pregnant and bleeding from down below, soaking a pad.',
    ],
    [
      '"nothing came on suddenly" denies the onset of a slow clumsiness (assertion pseudo-negation)',
      'On a new drug for months. Over two weeks my right hand has become clumsy. Nothing came on suddenly.',
      'My right hand suddenly went clumsy an hour ago.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, notEmergency, emergency) => {
    expect(rulesLevel(notEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    [
      'slowly worsening clumsiness and slower speech with MS on a disease-modifying drug (rf-ms-relapse)',
      'I’ve been on ocrelizumab for MS and over ten days my right hand has got clumsier and my speech is slower. None of it came on suddenly.',
      'I’ve been on ocrelizumab for MS for two years and feel well, when is my next infusion?',
    ],
    [
      'a dry nappy and few tears in dialect (冇湿, 目汁少) (rf-child-moderate-dehydration)',
      '我孙女一岁半，拉肚子吐了一天，从早上到现在尿布都冇湿，哭起来目汁少。',
      '我孙女一岁半，拉肚子两次，尿布照常湿，吃奶正常。',
    ],
    [
      'fetal movements gone sparse (稀了), kicks still felt (rf-fetal-movements-less)',
      '孕二十九周，今天胎动明显稀了，不过偶尔还是踢一下。',
      '孕二十九周，胎动跟平时一样多，想问数胎动的方法。',
    ],
    [
      'moving today but less than normal (rf-fetal-movements-less)',
      'My wife is 32 weeks, baby’s moving today but less than normal for this time of day.',
      'My wife is 32 weeks and the baby is moving as much as normal, when should we pack the hospital bag?',
    ],
    [
      'never getting up from sleep would not matter, no plan (rf-passive-death-wish)',
      '最近总想，哪天一觉不起也无所谓，不过我没有计划，也不会去做。',
      '最近加班太累，周末想一觉睡到中午，这样对身体有影响吗？',
    ],
    [
      'everyone would be fine if I was gone, no plan (rf-passive-death-wish)',
      'Lately I keep having the thought that everyone would be fine if I was gone, but there is no plan and I won’t act on it.',
      'My grandad was gone for a week on holiday and now he has a cough, is that normal?',
    ],
    [
      'urine coming only in drops with a swollen lower belly (rf-urinary-retention)',
      '我外公八十岁，前列腺增生，这两天尿只能一滴一滴地出来，小肚子胀得鼓鼓的。',
      '我外公八十岁，前列腺增生，晚上起夜两三次，尿线有点细。',
    ],
    [
      'only dribbling a few drops with a swollen, hard lower belly (rf-urinary-retention)',
      'My dad has a big prostate and since this morning only dribbles a few drops, his lower belly is swollen and hard.',
      'My dad has a big prostate and dribbles a few drops after he finishes, otherwise fine.',
    ],
    [
      'pain from round the belly button to the right hip bone, jolted by coughing (rf-appendicitis-signs)',
      'Yesterday the ache was round my belly button, today it sits by my right hip bone and coughing jolts it, no appetite.',
      'I get a dull ache near my right hip after long runs, fine the next day, no fever.',
    ],
    [
      'pain from round the navel to the right hip bone, in Chinese (rf-appendicitis-signs)',
      '昨晚肚脐周围隐隐作痛，今天跑到右边胯骨那里了，咳嗽就震得痛，吃不下饭。',
      '跑步以后右边胯骨有点酸，歇一天就好了，不发烧。',
    ],
    [
      'redness past the pen outline with a temperature (rf-spreading-cellulitis)',
      'My shin is red and hot and the red now goes outside the biro outline I drew, temp 38.2.',
      'I drew a pen outline round a mosquito bite to watch it, it’s smaller today.',
    ],
    [
      'sick at both ends, barely peeing and dizzy on standing (rf-diarrhoea-dehydration)',
      'My dad has been sick at both ends for two days, he’s barely peeing and dizzy when he stands up.',
      'My dad was sick once last night, drinking fine and peeing normally today.',
    ],
    [
      'a knife cut that gapes and whose edges will not stay together (rf-deep-laceration)',
      'The bread knife went into my finger pad, it is gaping open and the edges won’t stay together.',
      'I nicked my thumb with a knife while chopping onions, it stopped bleeding with a plaster.',
    ],
    [
      'fever and cloudy, smelly urine with intermittent self-catheterisation (rf-pyelonephritis)',
      'I use intermittent self-catheterisation, my urine is cloudy and smells and I have a temperature of 38.5.',
      'I use intermittent self-catheterisation, can I reuse catheters if I wash them?',
    ],
    [
      'fever and cloudy, smelly urine with self-catheterisation, in Chinese (rf-pyelonephritis)',
      '我脊髓损伤后每天自己导尿，这两天尿很浑还有臭味，今天发烧38度5。',
      '我脊髓损伤后每天自己导尿，想问导尿管多久换一次。',
    ],
    [
      'a fall head first on a blood thinner without symptoms (rf-head-injury-anticoagulant)',
      'My nan is on rivaroxaban and tripped and went head first into the wardrobe, she feels fine.',
      'Grandpa is on apixaban and wants to know whether a fall head first is more dangerous for him.',
    ],
    [
      'headache and jitteriness after guanfacine ran out (rf-alpha2-agonist-withdrawal, new)',
      'My daughter (9) takes guanfacine, she ran out four days ago and now has a pounding headache and feels jittery.',
      'My daughter (9) takes guanfacine, can she have it with breakfast instead of at night?',
    ],
    [
      'headache and a high reading after guanfacine was stopped, in Chinese (rf-alpha2-agonist-withdrawal, new)',
      '儿子吃胍法辛治多动症，出门忘带药，停了三天，今天说头痛，药店量血压偏高。',
      '儿子吃胍法辛治多动症半年了，想问能不能和感冒药一起吃？',
    ],
    [
      'clusters of head drops with the arms shooting up after waking (rf-infantile-spasms, new)',
      'Our 5-month-old has started doing clusters of jerks where her head drops and her arms shoot up, about ten in a row after she wakes.',
      'Our 5-month-old startles and throws her arms up when the door bangs, then settles.',
    ],
    [
      'runs of nodding with both arms raised on waking, in Chinese (rf-infantile-spasms, new)',
      '宝宝七个月，这几天一睡醒就一串一串地点头、双手往上举，一次十几下。',
      '宝宝七个月，听到大的声音会吓一跳，手往上一举，马上就好了。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-49 classes (red flags 1.44.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'a heart pressed as if by a stone with clothes wet through with sweat (rf-acs-chest-pain-sweating)',
      '我爷爷搬完煤说心口像压着东西，汗水把背心都打湿了。',
      '我爷爷搬完煤出了一身汗，歇了一会儿就好了，胸口一点不难受。',
    ],
    [
      'a heart pressed with the left arm numb for half an hour (rf-acs-chest-pain-radiating)',
      '我大伯心口压了半个钟头，左手一直发麻。',
      '我大伯睡觉压着左手，早上起来发麻，甩一甩就好了。',
    ],
    [
      'chest tightness still pressing after nitroglycerin (rf-acs-nitrate-not-working)',
      '我妈胸口闷，含了一片硝酸甘油，十分钟了还是压着难受。',
      '我妈有冠心病，想问硝酸甘油开封后放多久会失效？',
    ],
    [
      'a fist held on the breastbone with an ashen colour (rf-acs-chest-pain-sweating)',
      'My uncle has been holding his fist against his breastbone for half an hour and looks ashen.',
      'My uncle hit his breastbone on the steering wheel last month and it still aches when he coughs.',
    ],
    [
      'pressure in the upper back with sweating and breathlessness (atypical ACS; rf-acs-chest-pain-sweating)',
      'My mum, 62, has a pressure in her upper back, she is sweaty and out of breath walking across the room.',
      'My mum, 62, has a stiff upper back after gardening, it eases with a hot water bottle.',
    ],
    [
      'onset written "minutes before" (以前) with a hand that cannot pinch (rf-stroke-limb-onset)',
      '外婆二十分钟以前突然左手捏不住勺子了。',
      '外婆的左手关节炎很多年了，捏东西一直没劲，想问吃什么药。',
    ],
    [
      'speech gone thick (rf-stroke-speech)',
      'My grandad’s speech has gone thick and hard to follow since lunch.',
      'My grandad has a thick Yorkshire accent that the new carers struggle with.',
    ],
    [
      'testicles called 卵子 in southern dialect, sudden pain with vomiting (rf-testicular-torsion)',
      '阿仔十三岁，一边卵子痛醒，吐咗一次。',
      '做试管婴儿取卵子，想问要打几天针？',
    ],
    [
      'an erection that has not gone down for hours (rf-priapism)',
      '打了治阳痿的针以后勃起一直没消，已经五个多小时了。',
      '吃了降压药以后勃起不太好，想问能不能换药？',
    ],
    [
      'potassium in Chinese numerals at 7 or more (rf-hyperkalaemia)',
      '医院打电话说我妈血钾七点三，让赶紧回去。',
      '我妈血钾三点四，医生让多吃香蕉。',
    ],
    [
      'bone metastases with legs going soft and numbness below a level (rf-cancer-cord-compression)',
      '我爸肺癌转移到骨，这两天腿发软，走路要扶墙。',
      '我爸肺癌转移到骨，想问骨转移能不能做按摩？',
    ],
    [
      'a splitting head with a chin that will not reach the chest and drowsiness (rf-meningitis-signs)',
      'My son has a splitting head, he cannot get his chin to his chest and he is hard to rouse.',
      'My son has a splitting head after revising all day, his neck is fine and he is chatting.',
    ],
    [
      'breathlessness after hours in a car on the combined pill (rf-pulmonary-embolism-risk)',
      'I’m on the combined pill and was 11 hours in the car yesterday, now suddenly breathless.',
      'I’m on the combined pill and have a long drive next week, should I wear flight socks?',
    ],
    [
      'affairs in order (a pet given away) with a stated intent to do it (rf-suicidal-intent)',
      'I have given my cat to my sister and I am going to do it when the house is empty.',
      'I have given my cat to my sister because of my allergy, what antihistamine is best?',
    ],
    [
      'asking how many tablets would stop the heart for good (rf-suicidal-intent)',
      'How many of my propranolol would it take to stop my heart for good?',
      'Propranolol makes my heart feel slow, is that a normal side effect?',
    ],
    [
      'sciatica with numbness like someone else’s skin (rf-cauda-equina)',
      'I have sciatica and now my bottom feels like someone else’s skin when I sit.',
      'I have sciatica down my left leg, which stretches help?',
    ],
    [
      'going out like a light without warning (rf-syncope)',
      'My husband went out like a light without warning while reading today.',
      'After the night shift I went out like a light on the sofa and slept nine hours.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'a story being worked on (a thriller) is not a poisoning now (FICTION framing)',
      'I am working on a thriller where a man gets carbon monoxide poisoning in a garage. What would he notice first?',
      'My husband and I both have headaches and feel sick, the boiler is old, could it be carbon monoxide poisoning?',
    ],
    [
      'a faint dated by a month is past (assertion past cue "back in" or "last" before a month)',
      'I fainted back in August at a wedding after no food all day, ECG fine. Is it OK to fly?',
      'I fainted twice this morning and feel dizzy now.',
    ],
    [
      'a month still to come does not date the complaint ("due in July" is not a past cue)',
      'I fainted last March after a long run and have been fine since, can I run a marathon?',
      "I'm 34 weeks pregnant, due in July, with a terrible headache and seeing flashing spots.",
    ],
    [
      'a jolt like missing a step on falling asleep is a hypnic jerk (rf-seizure except)',
      'When I fall asleep I jolt awake like missing a step, my wife says it could be a seizure.',
      'My wife is having a seizure in bed right now, shaking all over.',
    ],
    [
      'movements counted and present, though livelier before (rf-reduced-fetal-movements except)',
      '孕三十四周，今天胎动比平时少，侧躺数了一小时有动。',
      '孕三十四周，从昨晚到现在一下都没动过。',
    ],
    [
      'one wet nappy in a few hours is not severe dehydration (rf-child-severe-dehydration narrowed)',
      '宝宝一岁，拉肚子一天，这四个小时才一片湿尿布，还能喝奶，哭有眼泪。',
      '宝宝一岁，拉肚子两天，一整天就一片湿尿布，哭没眼泪，叫不太醒。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, notEmergency, emergency) => {
    expect(rulesLevel(notEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    [
      'a potassium result of 6.0–6.4 without symptoms (rf-high-potassium-result, new)',
      'The GP rang, my potassium is 6.2 on my blood pressure tablets, they want a repeat today. I feel fine.',
      'My potassium was 4.5 at my check-up, is that normal?',
    ],
    [
      'a potassium result of 6.0–6.4 in Chinese numerals (rf-high-potassium-result, new)',
      '社区医生说我血钾六点三，让今天去复查。',
      '体检报告血钾四点一，想问正常吗？',
    ],
    [
      'a calf typed 小退, swollen on one side after a long flight (typo; rf-dvt-signs)',
      '坐了十几个小时飞机，右边小退肿了一圈，发热。',
      '坐了十几个小时飞机，两只脚都有点肿，睡一晚就消了。',
    ],
    [
      'bite marks (牙印) from a stray dog (rf-animal-bite)',
      '我儿子放学路上被野狗咬，手背上两个牙印，出了点血。',
      '我家狗狗牙印留在沙发上了，怎么修？',
    ],
    [
      'a scald turned red with blisters (烫红) (rf-minor-burn)',
      '女儿被茶水烫红了一块，起了两个水泡。',
      '女儿晒太阳脸有点红，没有起泡。',
    ],
    [
      'waves of twisting loin pain with pink urine (一阵紧一阵松) (rf-renal-colic)',
      '左边腰一阵紧一阵松地疼，小便有点红。',
      '左边腰坐久了酸，站起来活动一下就好。',
    ],
    [
      'vomiting so that even water will not stay down (rf-persistent-vomiting)',
      '从昨晚开始吐，喝口水都存不住。',
      '昨晚吃多了吐了一次，今天已经能正常吃饭。',
    ],
    [
      'fever on day four of an illness (rf-fever-persistent-adult)',
      'Day four of a fever now, still 38.5, with a chesty cough.',
      'I had a fever for one night last week and it is gone now.',
    ],
    [
      'missed pills and no protection (rf-emergency-contraception)',
      'Missed two pills this month and we didn’t use anything last night.',
      'I never miss my pill, can I run packs back to back?',
    ],
    [
      'spotting after a scan showed a heartbeat (rf-pregnancy-spotting)',
      'Had an early scan last week with a heartbeat, today a little spotting.',
      'Had an early scan last week with a heartbeat, when is the next scan?',
    ],
    [
      'a bat found in a child’s room overnight (rf-animal-bite)',
      'There was a bat in my son’s room this morning, he was asleep all night.',
      'We saw bats flying over the garden at dusk, are they protected?',
    ],
    [
      'a meter reading in the 20s with thirst (rf-hyperglycaemia-high)',
      'My mum is very thirsty and her meter says 24.',
      'My mum’s meter says 6 before breakfast, is that fine?',
    ],
    [
      'toothache with a swollen cheek (rf-dental-swelling)',
      'My molar aches and my cheek’s swollen since last night.',
      'My molar is sensitive to cold drinks, which toothpaste?',
    ],
    [
      'will not take any weight after a twisted ankle (rf-suspected-fracture)',
      'Twisted my ankle on the stairs and I won’t take any weight on it.',
      'Twisted my ankle last week, walking fine now, when can I run?',
    ],
    [
      'hoping not to wake up, plan denied (rf-passive-death-wish)',
      'Some nights I go to bed hoping I don’t wake up, but I have no plan and would not act on it.',
      'I go to bed early hoping the baby doesn’t wake us before six.',
    ],
    [
      'puffy ankles and out of breath on the stairs (rf-fluid-retention)',
      'My ankles are puffy by teatime and I am out of breath on the stairs this week.',
      'My ankles get puffy on long flights, should I wear compression socks?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-50 classes (red flags 1.45.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'the back of the head struck as if by a hammer, with vomiting (rf-thunderclap-headache)',
      '我舅舅搬箱子时后脑勺像被锤子砸了一下，吐了两回。',
      '我舅舅后脑勺被门框磕了一下，起了个小包，没吐，精神好。',
    ],
    [
      'a weight sitting on the breastbone going into the jaw (rf-acs-chest-pain-radiating)',
      'My grandad says a brick is sitting on his breastbone and it is going up into his jaw.',
      'My grandad has a sore jaw from a new denture, his chest is fine.',
    ],
    [
      'after surgery, pain in the chest when breathing in (rf-pulmonary-embolism-risk)',
      "Two weeks after my hip surgery there's a stabbing pain in my chest when I breathe in and I'm puffed on the stairs.",
      'Two weeks after my hip surgery the scar itches, no other problems.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'loin pain rolling about and running downwards with red urine is renal colic (rf-acute-abdomen except)',
      '我老公腰痛得打滚，一阵一阵的，往下面窜，尿有点红。',
      '我老公肚子痛得打滚，肚皮硬邦邦的，一碰就叫。',
    ],
    [
      'one febrile seizure in early childhood, none for years (rf-seizure except; 细汉时 past cue)',
      '我孙细汉时发烧抽过一次，这几年都没再发，想问能不能去游泳？',
      '我孙今天发烧，刚才抽起来了，叫不醒。',
    ],
    [
      'a childhood past cue (细汉时) does not date a seizure today (assertion past cue)',
      '阮囝细汉时热性惊厥一次，伊要打疫苗有影响无？',
      '阮囝细汉时抽过筋，今天又抽起来了，叫不醒。',
    ],
    [
      'a drooping face with the brow that will not lift and an eye that will not blink shut is Bell palsy (rf-stroke-face except)',
      "Since I woke up the left side of my face droops, my brow won't lift and I can't blink the eye shut. My limbs are strong.",
      'Her face suddenly drooped on one side an hour ago, her limbs are strong.',
    ],
    [
      'a body part said to be untouched is denied (assertion negPost "wasn\'t touched")',
      "The kettle tipped onto his thigh, a blister the size of two palms, his face wasn't touched.",
      "The kettle scalded his whole chest and both arms, his face wasn't touched.",
    ],
    [
      'hurting oneself said not to be on one\'s mind is denied (assertion negPost "isn\'t on my mind")',
      "Since my doctor started me on brexpiprazole I can't sit still, and hurting myself isn't on my mind.",
      "Hurting myself isn't on my mind, but I swallowed 30 paracetamol an hour ago.",
    ],
    [
      'rehabilitation exercises for a weak arm after a past stroke (mask)',
      'Dad had a stroke last year; what exercises for his weak arm do physios suggest?',
      'Dad had a stroke last year, and an hour ago his arm went weak again.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, notEmergency, emergency) => {
    expect(rulesLevel(notEmergency)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    [
      'a mouth that cannot hold water and an eyelid that will not close (rf-facial-palsy)',
      '今早漱口嘴兜不住水，右眼皮阖不上，手脚都有劲。',
      '今早漱口发现牙龈出血，刷牙轻一点就好。',
    ],
    [
      'restlessness on a newer antipsychotic (rf-akathisia)',
      'Since my doctor started me on brexpiprazole I cannot sit still and keep pacing.',
      "I've started brexpiprazole, can I take it at night?",
    ],
    [
      'a bite from an ownerless dog (没人管的狗) (rf-animal-bite)',
      '我妈被小区里没人管的狗咬了一口，出血了。',
      '我家狗没人管的时候会咬沙发，怎么训练？',
    ],
    [
      'could not put weight on it after rolling an ankle (rf-suspected-fracture)',
      "Went over on my foot jumping off a wall, swollen and I couldn't put weight on it.",
      'Went over on my foot last week, I walk fine now, when can I jog?',
    ],
    [
      'a child on day four of fever written 烧的第四天 (rf-child-persistent-fever)',
      '我儿子三岁，今天是烧的第四天了，还39度。',
      '我儿子三岁，昨晚烧了一下今天退了，玩得很好。',
    ],
    [
      'burning on passing urine with loin pain and fever (rf-pyelonephritis)',
      '这两天小便烧灼，今天后腰痛，有点发烧。',
      '这两天吃辣多，胃里有点烧灼，其他都好。',
    ],
    [
      'a calf circumference larger than the other after a long journey (rf-dvt-signs)',
      '坐了一天火车，左小腿围比右边多出两厘米，按着痛。',
      '坐了一天火车，两只脚都有点胀，睡一晚就好了。',
    ],
    [
      'a passive wish in Cantonese, plan denied (rf-passive-death-wish)',
      '最近常常觉得活住冇意思，瞓着唔醒都好，不过我冇计划。',
      '最近好攰，瞓着就唔想醒，朝早起唔到身。',
    ],
    [
      'pink blood on the tissue in early pregnancy (rf-pregnancy-spotting)',
      '怀孕七周，B超有胎心，今天擦纸有淡红色的血。',
      '怀孕七周，B超有胎心，想问什么时候建档？',
    ],
    [
      'brown smudges on the tissue in early pregnancy (rf-pregnancy-spotting)',
      "I'm 7 weeks pregnant with a heartbeat on the scan, brown smudges on the tissue this morning.",
      "I'm 7 weeks pregnant with a heartbeat on the scan, when do I book the next one?",
    ],
    [
      'vomiting with little urine and dizziness on standing (rf-persistent-vomiting)',
      "Been vomiting since yesterday, only peed once today and I'm dizzy standing up.",
      'Vomited once after too much wine last night, fine now.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-51 classes (red flags 1.46.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'a breathless few steps written 上气不接下气 after a birth (rf-pulmonary-embolism-risk)',
      '生完孩子十天，今天从厨房走到客厅几步就上气不接下气，心率一百三。',
      '跑完八百米上气不接下气，歇一会就好了，正常吗？',
    ],
    [
      'on the pill after a long drive, a breath in that catches with a stab (rf-pulmonary-embolism-risk)',
      'On the pill and back from a twelve hour drive; every breath in catches with a sharp stab under my ribs and my pulse is racing.',
      'On the pill and did a long drive last month with no problems, should I worry about clots on the next trip?',
    ],
    [
      '"up came" a mugful of blood (rf-haematemesis)',
      'Twenty minutes ago up came a mugful of dark red blood and I feel faint when I stand.',
      'I drank a mugful of tea too fast and feel a bit sick.',
    ],
    [
      'something bursting at the base of the skull, or the most savage headache ever (rf-thunderclap-headache)',
      'While I was lifting the sofa something burst at the base of my skull and I threw up straight away.',
      "What's the most severe kind of headache, cluster or migraine?",
    ],
    [
      'a sudden headache during sex with vomiting (rf-thunderclap-headache)',
      '同房的时候突然后脑勺炸开一样痛，吐了两次，脖子发硬。',
      '同房后有点头痛，睡一觉就好了，需要看医生吗？',
    ],
    [
      'a high reading with confusion (rf-hypertensive-emergency)',
      "Dad's blood pressure is 215/130 tonight and he's muddled and not making sense.",
      'My blood pressure was 192/118 twice, no headache, chest pain or blurred vision; can it wait until Monday?',
    ],
    [
      'a high reading with confusion, in Chinese (rf-hypertensive-emergency)',
      '我妈血压测了210/125，人有点糊涂，说话含糊。',
      '我妈血压测了185/110，没有头痛，也不糊涂，能等到周一吗？',
    ],
    [
      'a meal brought up and asking again and again after a head knock (rf-head-injury-danger)',
      'Grandad hit his head on the door frame, has brought his lunch up twice and asks me again and again where he is.',
      'Grandad bumped his head on the door frame, no sickness, knows where he is, just a small lump.',
    ],
    [
      'a small battery nowhere to be found, typed batery (rf-swallowed-battery-magnet)',
      "My 2 year old had a little batery from the kitchen scales in her mouth and now it's nowhere to be found.",
      "My toddler's toy car needs a new batery, which size do I buy?",
    ],
    [
      'pain or fogged sight after an anti-VEGF eye injection (rf-post-eye-surgery-infection)',
      '打完雷珠单抗第二天，眼睛很痛，看东西一片雾。',
      '打完雷珠单抗眼白有一小块红，不痛，视力和以前一样。',
    ],
    [
      'pain or fogged sight after an anti-VEGF eye injection, in English (rf-post-eye-surgery-infection)',
      'Two days after my eylea injection the eye is aching and my vision has gone foggy.',
      'Had my eylea injection yesterday, a bit gritty with a red spot, vision the same as before.',
    ],
    [
      'most of a bottle or strip of tablets taken (rf-drug-overdose)',
      '我室友刚跟男朋友分手，把自己的安眠药吃了大半瓶。',
      '这个抗过敏药一次吃半板还是一板？',
    ],
    [
      'most of a strip of tablets taken, in English (rf-drug-overdose)',
      'After the row my sister took most of a strip of her sleeping tablets.',
      'Do I take half a strip or a whole strip of these hay fever tablets?',
    ],
    [
      'a dose question about not coming back (rf-suicidal-intent)',
      '布洛芬吃多少片就回不来了？我这里有一瓶。',
      '儿子出国留学去了，不知道多少年回不来。',
    ],
    [
      'tablets enough for my heart to stop (rf-suicidal-intent)',
      "How many of these would be enough for my heart to stop? I've got two boxes here.",
      'How many of these can I take in a day? My heart races if I take too many.',
    ],
    [
      'a bridge chosen with the pet handed on (rf-suicidal-intent)',
      "I've chosen the bridge. I've written down who gets the dog and I'm not telling anyone.",
      "We've chosen the bridge for the wedding photos and picked the date.",
    ],
    [
      'a bridge chosen with the cat handed on, in Chinese (rf-suicidal-intent)',
      '我已经选好了哪座桥，猫托付给了邻居。',
      '我们选好了哪座桥拍婚纱照，日子也定了。',
    ],
    [
      'a fit given its length (rf-seizure)',
      'He had a three-minute fit at nursery an hour ago and is still very sleepy.',
      'He had a three-minute coughing fit after swallowing water the wrong way, fine now.',
    ],
    [
      'minutes into a fit (rf-status-epilepticus)',
      "She's seven minutes into this fit and it's not letting up.",
      "She's seven minutes into her run and her knee is aching.",
    ],
    [
      'vomiting and drowsiness in an inherited metabolic disorder (rf-metabolic-decompensation)',
      '孩子有甲基丙二酸血症，今天吐了三次，没精神。',
      '孩子有甲基丙二酸血症，平时饮食要注意什么？',
    ],
    [
      'vomiting and not eating with MCAD (rf-metabolic-decompensation)',
      "My son has MCAD and has been vomiting since this morning and won't eat.",
      'My son has MCAD deficiency, what snacks are good before football?',
    ],
    [
      'bleeding that will not stop with leukaemia (rf-leukaemia-bleeding)',
      '我妈白血病在化疗，今天牙龈出血止不住。',
      '白血病缓解五年了，复查血小板正常，能去旅游吗？',
    ],
    [
      'a nosebleed that will not stop with leukaemia, in English (rf-leukaemia-bleeding)',
      "My brother has leukaemia and his nose won't stop bleeding.",
      'He was treated for leukaemia as a child and is fine now; any diet advice?',
    ],
    [
      'hand spasms in hypoparathyroidism (rf-hypoparathyroid-tetany)',
      '她是甲旁减，刚才两只手抽成鸡爪样，喉咙发紧。',
      '甲旁减吃骨化三醇，需要多久查一次血钙？',
    ],
    [
      'hand spasms or a fit with a 22q11 deletion (rf-hypoparathyroid-tetany)',
      'My daughter has a 22q11 deletion; her hands have locked into claws and her lips are tingling.',
      'My daughter has a 22q11 deletion, how often should her calcium be checked?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'years without a seizure, then one just now (rf-seizure "@" except: up to now)',
      '我几年没发作了，刚才又抽起来了',
    ],
    [
      'the same, for a relative, with a time-now word',
      '我爸有癫痫，好几年没发作了，今天早上又抽起来了，叫不醒。',
    ],
    [
      'seizure-free for years, then a seizure this morning',
      'My daughter has been seizure-free for two years, but this morning she had a seizure again.',
    ],
    ['no seizures for years, then a fit tonight', 'No seizures for 3 years, then tonight he had a fit.'],
  ])('a seizure now after years without one: %s', (_class, text) => {
    expect(rulesLevel(text)).toBe('emergency');
  });

  it.each([
    [
      'a febrile convulsion named before the years without one',
      '阮囝细汉时发烧抽过一回，医生讲是热性惊厥，这几年都无再发，伊要打疫苗，有影响无？',
    ],
    ['years without a seizure, asking about pregnancy', '我有癫痫，已经好几年没发作了，想问问能不能怀孕。'],
    [
      'seizure-free, asking about driving',
      'She has been seizure-free for 5 years and wants to know if she can learn to drive.',
    ],
  ])('years without a seizure and nothing now is not an emergency: %s', (_class, text) => {
    expect(rulesLevel(text)).not.toBe('emergency');
  });

  it.each([
    [
      'diarrhoea on a PD-1 checkpoint inhibitor (rf-cancer-therapy-toxicity)',
      '用帕博利珠单抗，这三天每天拉五六次稀水。',
      '帕博利珠单抗一般打几个疗程？',
    ],
    [
      'diarrhoea on a checkpoint inhibitor, in English (rf-cancer-therapy-toxicity)',
      "On nivolumab and I've had diarrhoea six times today.",
      'How often is nivolumab given?',
    ],
    [
      'blistered soles on a targeted cancer drug (rf-cancer-therapy-toxicity)',
      'On capecitabine and my soles have blistered, I can barely walk.',
      'On capecitabine, should I use moisturiser on my hands to prevent problems?',
    ],
    [
      'a fever on a biologic (rf-fever-immunosuppressed)',
      '在打阿达木单抗，今天发烧38.5度。',
      '打阿达木单抗前要查什么？',
    ],
    [
      'a fever on a biologic, in English (rf-fever-immunosuppressed)',
      'On adalimumab and running a fever of 38.6 since last night.',
      'Does adalimumab interact with the flu jab?',
    ],
    [
      'yellow whites of the eyes on tolvaptan (rf-jaundice-adult)',
      '托伐普坦吃了两个月，最近眼白发黄，小便颜色很深。',
      '托伐普坦要多久查一次肝功能？',
    ],
    [
      'diarrhoea counted per day with dizziness on standing (rf-diarrhoea-dehydration)',
      '这两天每天拉七八次，站起来就头晕。',
      '这两天吃坏了拉了一次，现在好了。',
    ],
    [
      'a relative who has had diarrhoea, barely any wee (rf-diarrhoea-dehydration)',
      "My gran has had diarrhoea for three days, her mouth is parched and she's barely had any wee today.",
      'My gran had diarrhoea last month after a takeaway; what should she eat to settle her stomach?',
    ],
    [
      'loose stools with blood (rf-bloody-diarrhoea)',
      'Loose stools with blood in them for three days now.',
      'Loose stools after a curry, no blood, settled by the next day.',
    ],
    [
      'burning pee with flank pain and fever (rf-pyelonephritis)',
      'Burning pee since Monday and now pain in my flank and a fever.',
      'Burning pee after a long bike ride yesterday, fine today.',
    ],
    [
      'landed wrong, went pop, no weight borne (rf-suspected-fracture)',
      "Came down off the trampoline, landed wrong and it went pop, I can't put any weight on it.",
      'Landed wrong on the trampoline last week, I walk fine now, when can I go back?',
    ],
    [
      'an eyelid that refuses to close, a brow creasing on one side (rf-facial-palsy)',
      'Since this morning my right eyelid refuses to close and my brow only creases on the left.',
      "My eyelid twitches when I'm tired, is that normal?",
    ],
    [
      'a calf puffed up after an operation (rf-dvt-signs)',
      'A week after my hip op my calf has puffed up and is sore to squeeze.',
      'A week after my hip op the scar itches, is that normal?',
    ],
    [
      'a scald with a sheet of blisters (rf-minor-burn)',
      '孩子把热汤拽翻了，胳膊上烫起一片泡。',
      '孩子喝汤嫌烫，吹凉了再喝就好了。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-52 classes (red flags 1.47.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'sudden spinning with veering to one hand side and double vision (rf-stroke-balance, rf-stroke-eyes)',
      '我六十岁，半小时前突然天旋地转，走路老往左手边偏，看东西一个变俩。',
      '我坐车久了有点晕，下车走走就好了。',
    ],
    [
      'a reliever that does nothing, one sentence not finished, lips going dusky, dialect (rf-severe-asthma)',
      '娃娃哮喘，喷了好几口冇得用，一句话讲不完，嘴巴发乌。',
      '娃娃哮喘控制得好，喷雾要不要继续用？',
    ],
    [
      'on insulin, speech muddled and unable to swallow sugar, Cantonese (rf-hypoglycaemia-severe)',
      '阿公打胰岛素嘅，而家讲嘢乱晒，糖水都吞唔落。',
      '阿公打胰岛素嘅，想问下几点打最好？',
    ],
    [
      "a button battery missing from a device in a toddler's home (rf-swallowed-battery-magnet)",
      '个女两岁，电子秤嘅纽扣电池唔见咗，佢一直流口水。',
      'The coin cell in my car key is nowhere to be found, where can I buy one?',
    ],
    [
      'worsening pain to the shoulder with faintness after a liver biopsy (rf-post-procedure-perforation)',
      'My wife had a liver biopsy this morning; the pain under her ribs is getting worse into her shoulder and she is pale and dizzy.',
      "I'm booked for a liver biopsy next week, how long is recovery?",
    ],
    [
      'bent double with pain through to the back the day after an ERCP (rf-post-procedure-perforation)',
      'Dad had an ERCP yesterday and now he is bent double with pain boring through to his back.',
      'Dad is booked for an ERCP next month, does he need to fast?',
    ],
    [
      'a low blood pressure reading with a fast heart and dizziness (rf-shock-low-blood-pressure)',
      '刚量血压82/50，心跳一百二，头晕得站不住。',
      '刚量血压118/76，心跳七十多，没什么不舒服。',
    ],
    [
      'French-English stroke wording: face croche, arm falling like a rag (rf-stroke-face, rf-stroke-arm)',
      'Mon père, since an hour his face is toute croche and his arm falls like a rag when he lifts it.',
      'My mum crocheted me a scarf, my arm is tired from knitting.',
    ],
    [
      'spots that stay under a pressed glass, with headache and vomiting (rf-nonblanching-rash)',
      'My daughter has a terrible headache and vomiting, and when I pressed a glass on the purple spots they stayed.',
      "I pressed a glass on my nephew's heat rash and it faded straight away.",
    ],
    [
      'a face ballooning and whistling breath after a jab (rf-anaphylaxis)',
      'The nurse jabbed him with an antibiotic and now his face is ballooning and he whistles when he breathes.',
      'He had his flu jab this morning and his arm is a bit sore.',
    ],
    [
      'positive test, one-sided ache and everything going grey (rf-ectopic-pregnancy)',
      'Positive test last week, one-sided low ache since lunch and everything went grey when I stood up.',
      'Positive test last week, a little tired but otherwise fine, when is the first scan?',
    ],
    [
      'cannot remember the baby moving since breakfast at term (rf-reduced-fetal-movements)',
      "I'm 38 weeks and can't remember him moving since breakfast.",
      "I'm 38 weeks and he kicks so much I can't sleep.",
    ],
    [
      'how many tablets so I just do not wake up (rf-suicidal-intent)',
      "How many of my sleeping tablets would I need so I just don't wake up?",
      "How many sleeping tablets can I take safely if I still don't sleep?",
    ],
    [
      'a rainbow ring round lamps with a red painful eye (rf-acute-angle-closure)',
      "Gran's right eye is red and painful, every lamp has a rainbow ring round it and she has been sick.",
      'The Christmas lights make pretty rainbow rings through my new glasses.',
    ],
    [
      'vomiting and confusion in an adult urea-cycle carrier (rf-metabolic-decompensation)',
      "I carry OTC deficiency and since yesterday I'm vomiting and my partner says I'm talking strangely.",
      "I carry OTC deficiency; can I eat a normal amount of protein when I'm well?",
    ],
    [
      'a head bump with later headache and vomiting on emicizumab (rf-head-injury-high-bleeding-risk)',
      'My son has haemophilia A on emicizumab, clonked his head this afternoon and now he has a headache and keeps vomiting.',
      'My son has haemophilia A on emicizumab, what sports are safe for him?',
    ],
    [
      'singed nose hairs with a hoarse voice and black sputum after a flare-up (rf-smoke-inhalation)',
      'Petrol flared up in his face at the barbecue: nose hairs singed, voice gone hoarse, coughing up black bits.',
      'I singed my eyebrows lighting the barbecue but feel completely fine.',
    ],
    [
      'skin blanching or vision blurring after filler (rf-filler-vascular-occlusion)',
      '昨天打了玻尿酸隆鼻，今天鼻头发白还有紫色花斑，左眼看东西模糊。',
      '打玻尿酸隆鼻一般能维持多久？',
    ],
    [
      'headache, worse confusion or twitching on lecanemab (rf-anti-amyloid-aria)',
      'Mum is on lecanemab and today has a bad headache, is far more muddled than usual and her hand keeps twitching.',
      'Mum is starting lecanemab next month, how often are the scans?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  // False emergencies of round 52 generalised: hyperbole, a reading below 38 with 退烧药, a blood result, a
  // first-aid question and a scenario about a stranger.
  it.each([
    [
      'hyperbole: work making one vomit blood (rf-haematemesis except)',
      '这个月加班累得吐血，有没有什么护眼的方法？',
    ],
    [
      'a temperature below 38 in a 2-month-old, asking about fever medicine (rf-infant-fever-under-3-months)',
      '宝宝两个月，打完疫苗腋温37.5，吃奶好，需要吃退烧药吗？',
    ],
    [
      'uric acid a bit high (rf-caustic-ingestion)',
      "My dad's uric acid came back a bit high but he has no joint pain.",
    ],
    [
      'a first-aid question about an overdose (what do they teach)',
      'Out of interest, what do they teach about helping somebody who has taken too many tablets?',
    ],
  ] as Array<[string, string]>)('not an emergency: %s', (_class, text) => {
    expect(rulesLevel(text)).not.toBe('emergency');
  });

  // What the round-52 changes must not silence (checked by hand before they were kept).
  it.each([
    ['宝宝两个月，身上有点烧，摸着烫。'],
    ['两个月宝宝烧到38.2，能吃退烧药吗？'],
    ['I did first aid training last year and my son has just swallowed too many of my sleeping tablets.'],
    ['Supposing a bee stung him, his throat is closing and he is wheezing now.'],
    // Why "supposing a passenger / someone" was dropped as a hypothetical cue in review.
    ["Supposing someone at the bus stop has just collapsed and isn't breathing - help"],
    ['My toddler drank drain cleaner and his lips are blistering; he also takes folic acid.'],
    ['我累得不行，刚才吐了好多血。'],
  ])('still an emergency: %s', (text) => {
    expect(rulesLevel(text)).toBe('emergency');
  });

  it.each([
    [
      'pink discharge in early pregnancy (rf-pregnancy-spotting)',
      '怀孕八周，今天擦的时候有点粉红色分泌物，不疼。',
      '怀孕八周，想问能不能喝咖啡？',
    ],
    [
      'a flash of light with little black dots (rf-flashes-floaters)',
      '左眼今天突然好多小黑点，还有一道光闪过。',
      '眼睛看手机久了有点干涩。',
    ],
    [
      'one leg swollen with a hard sore calf, dialect (rf-dvt-signs)',
      '坐了十几个钟头车，一条脚肿起来，小腿硬硬痛。',
      '坐了十几个钟头车，腰有点酸。',
    ],
    [
      'blood in the urine written 尿里带血 (rf-haematuria)',
      '这两天尿里带血，撒尿辣着疼。',
      '这两天尿有点黄，是不是喝水少？',
    ],
    [
      'a blistering scald from a mug of tea (rf-minor-burn)',
      'My son tipped a mug of tea over his arm and it is blistering already.',
      'My son spilled a mug of tea on the carpet, how do I get the stain out?',
    ],
    [
      'a wrist fat with a new lump after a fall on the hand (rf-suspected-fracture)',
      'Skidded on ice, put my hand out, and now my wrist is fat with a new lump on it.',
      'Skidded on ice this morning but landed on my bum, just a bit sore.',
    ],
    [
      'redness spilling over the pen ring (rf-spreading-cellulitis)',
      'The red patch on his shin has spread over the pen ring we drew this morning and he feels hot.',
      'I drew a pen ring on my hand to remember to buy milk.',
    ],
    [
      'family would cope better minus me, plan denied (rf-passive-death-wish)',
      "For weeks I keep thinking my family would cope better minus me, but I have no plan and won't act on it.",
      'My family coped fine minus me while I was away on a work trip.',
    ],
    [
      'a bit of metal shot into the eye from an angle grinder (rf-eye-injury)',
      'Using an angle grinder and a bit of something shot into my left eye, it feels gritty and watery.',
      'What goggles should I buy for using an angle grinder?',
    ],
    [
      'a red, oozing wound over an implanted device or after an operation (rf-surgical-site-infection)',
      'My port site is red, hot and oozing a little since yesterday.',
      'My port was flushed yesterday and everything looked fine.',
    ],
    [
      'fever and smelly discharge after a hysteroscopy (rf-surgical-site-infection)',
      'Three days after a hysteroscopy I have a temp of 38.2 and the discharge smells off.',
      'I have a hysteroscopy booked next week, will it hurt?',
    ],
    [
      'low potassium with cramps (rf-low-potassium-result)',
      '化验血钾3.0，这几天腿抽筋、没力气。',
      '化验血钾4.2，正常吗？',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-53 classes (red flags 1.48.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'previous pre-eclampsia, weeks pregnant, flashing spots in the vision (rf-preeclampsia-signs)',
      '上一胎得过先兆子痫，这次三十二周，今天眼前老有亮点在闪。',
      '上一胎得过先兆子痫，这次三十二周，想问要不要吃阿司匹林？',
    ],
    [
      'previous HELLP, weeks pregnant, zigzag lines (rf-preeclampsia-signs)',
      'I had HELLP syndrome last time; now 31 weeks and I keep seeing zigzag lines.',
      'I had HELLP syndrome last time; now 31 weeks, should I take aspirin?',
    ],
    [
      'Wu 呒没动过 for the baby at term (rf-reduced-fetal-movements)',
      '三十八周了，小人一早上呒没动过。',
      '三十八周了，小人动得交关厉害，困觉困勿着。',
    ],
    [
      'Minnan 无去 for a missing coin cell near a toddler (rf-swallowed-battery-magnet)',
      '体重秤彼粒圆圆的电池无去了，阮囝两岁，一直流喙澜。',
      '体重秤的电池没电了，去哪里买？',
    ],
    [
      'cola-coloured urine with breathlessness after primaquine or broad beans (rf-acute-haemolysis)',
      '孩子吃了蚕豆，今天尿像酱油色，嘴唇发白，有点喘。',
      '吃蚕豆会不会引起溶血？家里有人是G6PD缺乏。',
    ],
    [
      'an expanding neck swelling with noisy breathing after neck surgery (rf-neck-airway-injury)',
      'Mum had a thyroidectomy yesterday; the neck swelling is getting bigger and her voice has changed.',
      'Mum had a thyroidectomy last year, how often does she need blood tests?',
    ],
    [
      'fresh blood welling out with dizziness and pallor (rf-bleeding-with-shock)',
      '伤口一直往外冒鲜血，站起来就头晕心慌，脸色发白。',
      '伤口结痂了，有点痒，正常吗？',
    ],
    [
      'a bulging tense eye with blurring after eyelid surgery (rf-retrobulbar-haemorrhage)',
      'Had eyelid surgery this morning and now my right eye is bulging, rock hard and my vision is blurring.',
      'I am thinking about eyelid surgery, how long is the recovery?',
    ],
    [
      'previous heart attack, breathless, sweaty and sick without chest pain (rf-acs-chest-pain-breathless)',
      'Dad had a heart attack years ago; today he is breathless, sweaty and feels sick, no chest pain.',
      'Dad had a heart attack years ago; can he start swimming again?',
    ],
    [
      'a headache that peaked in a second (rf-thunderclap-headache)',
      'I bent down and got a headache that peaked in a second and I have been sick.',
      'My headache builds slowly over the afternoon when I skip lunch.',
    ],
    [
      'breath after the birth gone, stabbing with each inhale, blood when coughing (rf-pulmonary-embolism-risk)',
      'Two weeks after my caesarean my breath just went and there was a thread of blood when I coughed.',
      'Two weeks after my caesarean, when can I start driving?',
    ],
    [
      'breath smelling of pear drops (rf-dka-signs)',
      "My son's breath smells of pear drops and he keeps being sick.",
      'My son loves pear drops; are boiled sweets bad for his teeth?',
    ],
    [
      'Cameroon Pidgin: on insulin, cannot swallow, not talking correctly (rf-hypoglycaemia-severe)',
      'Ma papa di take insulin, e no fit swallow, e no di talk correct.',
      'Ma papa di take insulin, which time e fit chop?',
    ],
    [
      'a head struck on a fall with vomiting (rf-head-injury-danger)',
      'She tripped, her head struck the door frame and she has vomited twice.',
      'She tripped on the rug but caught herself, nothing hurt.',
    ],
    [
      'felt something rip between the shoulder blades (rf-aortic-dissection)',
      'I felt something rip between my shoulder blades and the pain is moving down.',
      'I ripped my jeans bending down, so embarrassing.',
    ],
    [
      'a fluttery heart then coming round on the floor (rf-palpitations-syncope)',
      'My heart went fluttery and I came round on the kitchen floor.',
      'My heart goes fluttery when I see my crush.',
    ],
    [
      'rainbow halos round lamps with a painful eye and vomiting (rf-acute-angle-closure)',
      'My eye is pounding, the lamps have rainbow halos and I have vomited.',
      'The fairy lights make rainbow halos in the photo.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  // False emergencies of round 53 generalised: a passive wish at bedtime, a cleared x-ray, an essay question.
  it.each([
    [
      'going to bed hoping not to wake (rf-unresponsive except)',
      "Most nights I go to bed hoping I don't wake up, but I have no plan.",
    ],
    [
      'an x-ray that showed nothing swallowed (rf-swallowed-battery-magnet except)',
      'He had a coin cell in his mouth last month; the x-ray showed nothing swallowed.',
    ],
    [
      'an essay question about suicide signs (rf-suicidal-intent except)',
      'For my psychology assignment, what signs suggest someone is suicidal?',
    ],
  ] as Array<[string, string]>)('not an emergency: %s', (_class, text) => {
    expect(rulesLevel(text)).not.toBe('emergency');
  });

  // What the round-53 excepts must not silence (checked by hand before they were kept).
  it.each([
    ["Mum is unresponsive on the floor and I keep hoping I won't wake up to find this is real."],
    ["My husband went to bed hoping I won't wake him but now he won't wake up and is breathing oddly."],
    [
      'Last week the x-ray showed nothing swallowed, but today another button battery is missing and my toddler is drooling.',
    ],
    ['遥控器的纽扣电池不见了，两岁的孩子一直流口水，电池怎么收才安全？'],
    ['For a psychology essay I read about suicide and now I want to kill myself tonight.'],
  ])('still an emergency: %s', (text) => {
    expect(rulesLevel(text)).toBe('emergency');
  });

  it.each([
    [
      'condom broke, Wu 破爻 (rf-emergency-contraception)',
      '昨夜套套破爻，现在吃药还来得及冇？',
      '平时用什么避孕方式比较好？',
    ],
    [
      'a fish bone that feels stuck (rf-fish-bone)',
      'Swallowed a fish bone and it feels stuck in my throat.',
      'How do I take the bones out of a fish?',
    ],
    [
      'Scots loin to groin with pinkish water (rf-renal-colic)',
      "Pain in ma side comes an' goes, doon intae the groin, water pinkish.",
      'Ma groin aches after football.',
    ],
    [
      'zero weight through a rolled ankle (rf-suspected-fracture)',
      'Rolled my ankle and zero weight goes through that foot.',
      'Rolled my ankle yesterday, walking fine now, a bit stiff.',
    ],
    [
      'tonsillitis with a hot-potato voice (rf-throat-abscess)',
      'Tonsillitis getting worse on one side and my voice has gone hot-potato.',
      'Had tonsillitis last year, should I get them out?',
    ],
    [
      'fever and smelly discharge after an ablation or implant (rf-surgical-site-infection)',
      'Had an endometrial ablation last week; foul-smelling discharge and 38.3 today.',
      'Is endometrial ablation painful?',
    ],
    [
      'pus at a dental implant with a low fever (rf-dental-swelling)',
      '上个月种的牙，牙龈冒脓，低烧37.8。',
      '种植牙能用多少年？',
    ],
    [
      'little urine with a full lower belly on oxybutynin (rf-urinary-retention)',
      '吃了奥昔布宁，今天只尿了一点点，小肚子胀。',
      '奥昔布宁饭前吃还是饭后吃？',
    ],
    [
      'pinpoint spots or bleeding gums after alemtuzumab (rf-cancer-therapy-toxicity)',
      '用过阿仑单抗，腿上冒了好多针尖大的红点。',
      '阿仑单抗一般打几个疗程？',
    ],
    [
      'platelets in the 30s on temozolomide (rf-cancer-therapy-toxicity)',
      'On temozolomide and the clinic says platelets 35.',
      'On temozolomide, can I eat grapefruit?',
    ],
    [
      'a headache on sitting up after a spinal (rf-post-dural-puncture-headache)',
      '前天腰麻，今天一坐起来头就痛得厉害，躺下就好。',
      '腰麻以后多久能下床？',
    ],
    [
      'a passive wish not to wake, plan denied (rf-passive-death-wish)',
      "I go to bed hoping I won't wake up; no plan, nothing put aside.",
      'I hope I wake up early enough for my flight.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-54 classes (red flags 1.49.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'a pressing feeling back after heart surgery, spreading to the arm (rf-acs-chest-pain-radiating)',
      '搭过桥的老爸说那种压榨感又来了，一直窜到左胳膊发沉。',
      '搭过桥的老爸想问，冬天晨练要注意什么？',
    ],
    [
      'stents, the familiar squeezing back with a heavy arm (rf-acs-chest-pain-radiating)',
      'Had stents in 2020; that familiar squeezing is back and my left arm feels heavy.',
      'Had stents in 2020; is it safe to fly?',
    ],
    [
      'no movement at term after a cold drink and a push (rf-reduced-fetal-movements)',
      '37周了，宝宝今天基本不动，喝了冰水又推了推肚子，还是一动不动。',
      '37周了，喝了冰水以后宝宝踢得可欢了。',
    ],
    [
      'completely still at term after a sugary drink (rf-reduced-fetal-movements)',
      '39 weeks and she has gone completely still since lunch, even after a sugary drink and lying on my left.',
      '39 weeks; after a sugary drink she is kicking away as usual.',
    ],
    [
      'Wu 生好小人 with two pads an hour and a white face (rf-postpartum-haemorrhage)',
      '阿拉囡生好小人第二日，血一直淌，一个钟头换了两块垫子，面孔雪白。',
      '阿拉囡生好小人第二日，恶露不多，胃口蛮好。',
    ],
    [
      'type 1 diabetes, vomiting (呕), breath of rotten fruit (rf-dka-signs)',
      '我是一型糖尿病，今天呕了好几次，呼出来的气有股烂水果味。',
      '我是一型糖尿病，想问烂水果能不能吃？',
    ],
    [
      'paracetamol counted in Chinese numerals (rf-paracetamol-overdose)',
      '刚才一口气吞了二十三片扑热息痛。',
      '扑热息痛一次吃一片，隔几个小时可以再吃？',
    ],
    [
      'weak legs and a wooden-feeling saddle after spinal surgery (rf-cauda-equina)',
      '腰椎手术后第三天，两条腿发软，会阴那块木木的。',
      '腰椎手术后第三天，刀口有点痒，腿脚都好。',
    ],
    [
      'a gush of clear fluid in pregnancy (rf-rupture-of-membranes)',
      '怀孕30周，刚才下面流出一股清水，一直往外流。',
      '怀孕30周，最近白带有点多，清清的，没有异味。',
    ],
    [
      'pain that detonated at the back of the head, peaking in seconds (rf-thunderclap-headache)',
      "Mid-workout the pain detonated at the back of my head and peaked within seconds; I've been sick.",
      'My tension headache builds slowly at the back of my head by the end of the day.',
    ],
    [
      'a toilet of tar-like stuff with the vision going grey (rf-melaena, rf-bleeding-with-shock)',
      'On ibuprofen for a week; the toilet is full of tar-like stuff and my vision went grey when I stood.',
      'We re-tarred the drive and the toilet now smells of tar from my boots.',
    ],
    [
      'a positive test, one side of the pelvis, a throbbing shoulder (rf-ectopic-pregnancy)',
      'My period is two weeks late and the test was positive; a sharp ache low in the right of my pelvis and my shoulder throbs lying down.',
      'My period is two weeks late and the test was positive; when is the first scan?',
    ],
    [
      'previous HELLP with the gestation written 33+4 (rf-preeclampsia-signs)',
      'I had HELLP before; now 33+4 with a gnawing pain under my right ribs and flashing lights.',
      'I had HELLP before; now 33+4 and everything is fine, when should I start aspirin?',
    ],
    [
      'a head that smacked the floor, vomiting and asking the date (rf-head-injury-danger)',
      'Grandad is on edoxaban and his head smacked the kitchen tiles; he has vomited and keeps asking the date.',
      'Grandad is on edoxaban; can he take paracetamol for his knee?',
    ],
    [
      'a rock-hard eye with haloes and throwing up (rf-acute-angle-closure)',
      'My right eye is rock hard, the street lights have haloes and I keep throwing up.',
      'In the photo the street lights have haloes, is my camera lens dirty?',
    ],
    [
      'a home finger gadget reading in the 80s without a % sign (rf-low-oxygen)',
      "Dad's finger gadget reads 85 and he is gasping.",
      "Dad's finger gadget reads 97, pulse 85, he is fine.",
    ],
    [
      'clots and light-headedness after a haemorrhoidectomy (rf-heavy-rectal-bleeding)',
      'A week after my haemorrhoidectomy there are clots in the pan and I feel light-headed.',
      'A week after my haemorrhoidectomy it stings when I go, no bleeding.',
    ],
    [
      'fever on a named chemotherapy drug (rf-neutropenic-fever)',
      'On paclitaxel, day 10 of the cycle, shivering with 38.4.',
      'On paclitaxel, will my hair grow back?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  // False emergencies of round 54 generalised: a falling feeling while dropping off, a slowly swollen
  // testicle with burning urine, an exam question.
  it.each([
    [
      'a falling feeling while drifting off (rf-seizure except)',
      "Drifting off last night I felt like I'm falling and woke with a jolt; is that a seizure?",
    ],
    [
      'a testicle slowly sore and swollen with burning urine (rf-testicular-torsion except)',
      'Over four days my right testicle has got slowly sore and swollen, it burns when I wee and I have a low fever.',
    ],
    ['a question stem in a nursing exam (题干里, hypothetical cue)', '护考题干里问：过敏性休克首选哪种药？'],
  ] as Array<[string, string]>)('not an emergency: %s', (_class, text) => {
    expect(rulesLevel(text)).not.toBe('emergency');
  });

  // What the round-54 excepts and cue changes must not silence (checked by hand before they were kept).
  it.each([
    ["He was drifting off, then went stiff and started fitting, and he's still jerking."],
    ["His testicle suddenly became agony an hour ago and he's vomiting; it stings when he wees too."],
    ['复习护考时我妈突然喘不上气，嘴唇发紫。'],
    ['题目里说的那种情况我现在就有，胸口压着痛，一身冷汗。'],
    ["Supposing someone at the bus stop has just collapsed and isn't breathing - help"],
    ['This morning my left hand went clumsy and my words slurred for ten minutes; fine now.'],
    ["I wish I could go to sleep and not wake up; I've saved up my pills and I'm taking them tonight."],
  ])('still an emergency: %s', (text) => {
    expect(rulesLevel(text)).toBe('emergency');
  });

  it.each([
    [
      'a passive wish said as a conditional, plan denied (rf-passive-death-wish; 要是 inside the term)',
      '要是我消失了家里人会轻松点，不过我没想过怎么做。',
      '要是我妈哪天睡过去叫不醒怎么办？先问问。',
    ],
    [
      'wishing to go to sleep and not wake up (rf-passive-death-wish)',
      "Some days I wish I could go to sleep and not wake up. I'm safe and have no plan.",
      'I wish I could go to sleep earlier, I wake up tired.',
    ],
    [
      'stroke symptoms yesterday that went away (new rf-tia-recent)',
      'Yesterday evening my words came out muddled and my left hand felt clumsy for ten minutes; back to normal now.',
      'Yesterday I slept on my left hand and it was numb for ten minutes.',
    ],
    [
      'a fish bone caught in the throat (rf-fish-bone)',
      '卡了根鱼刺，咽口水的时候喉咙刺痛，呼吸正常。',
      '鱼刺怎么挑才挑得干净？',
    ],
    [
      'a swollen face with fever after a root canal (rf-dental-swelling)',
      '上周做了根管治疗，这两天半边脸肿起来了，发烧38度。',
      '根管治疗一般要做几次？',
    ],
    [
      'could not take a few steps, bony bit tender (rf-suspected-fracture)',
      "Rolled my ankle and couldn't take three steps; the bony bit hurts when pressed.",
      'Rolled my ankle yesterday, walking fine now.',
    ],
    [
      'just-boiled water with a palm-sized blister (rf-minor-burn)',
      'Spilled just-boiled water on my arm; a blistered patch the size of my palm.',
      'Spilled just-boiled water near my arm, no blister, skin fine.',
    ],
    [
      'a hot cloudy wound after a named operation (rf-surgical-site-infection)',
      'Ten days after a mastectomy the wound is red and hot with cloudy fluid and 38.1.',
      'Ten days after a mastectomy, when can I shower?',
    ],
    [
      'a hot lump beside the bottom (rf-perianal-abscess)',
      'Hot throbbing lump beside my bottom since the fistula op, temp 38.',
      'Itchy bottom at night, no lump.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('round-55 classes (red flags 1.50.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'a named medicine dangerous in overdose swallowed by the strip (rf-drug-overdose)',
      '我表哥刚才跟家里闹翻，把自己吃的喹硫平吞了一整板，现在站都站不稳。',
      '我表哥在吃喹硫平，一板能吃几天？',
    ],
    [
      'a strip of a named medicine counts only when it was swallowed, not in a price or supply question (rf-drug-overdose)',
      '她刚把一整板阿米替林都吃了，现在说话含糊。',
      '阿米替林一整板大概多少钱？喹硫平一整板能吃几天？',
    ],
    [
      'a baby of weeks (才五个礼拜) with a fever in Chinese numerals (rf-infant-fever-under-3-months)',
      '闺女才五个礼拜，刚量了耳温三十八度一，还肯吃奶。',
      '闺女才五个礼拜，打完疫苗哭了一阵，体温三十六度八。',
    ],
    [
      'half of everything vanished from view (rf-stroke-eyes)',
      'Twenty minutes ago the right half of everything vanished and I keep bumping that side.',
      'In the eye test the right half of the chart was blurry because I forgot my glasses.',
    ],
    [
      'a cold drink and lying on the left at term, no change (rf-reduced-fetal-movements)',
      '36 weeks and barely a flicker all day; had a cold drink and lay on my left side, no change.',
      '36 weeks; had a cold drink and lay on my left side and she kicked like mad.',
    ],
    [
      'a nail-varnish smell named before the breath (rf-dka-signs)',
      "My son has been drinking and weeing loads, now he's throwing up and there's a nail-varnish smell on his breath.",
      "My son painted his nails and there's a nail-varnish smell in his room.",
    ],
    [
      'neck swelling getting bigger after neck surgery (rf-neck-airway-injury)',
      '三天前做了甲状腺手术，今晚脖子越来越肿，喘气呼呼响，咽口水困难。',
      '三天前做了甲状腺手术，脖子上刀口有点痒，吃饭喝水都正常。',
    ],
    [
      'a gas bubble in the eye and a flight (rf-intraocular-gas-expansion)',
      '上个月做了玻璃体切割，眼里还有气泡，昨天坐飞机，今天眼睛胀痛，看东西发黑。',
      '眼里打了气泡，医生说一个月内别坐飞机，现在能坐高铁吗？',
    ],
    [
      'rigors and high fever after bladder BCG (rf-bcg-systemic-infection)',
      '上周做了卡介苗膀胱灌注，今天打寒战，烧到三十九度五。',
      '宝宝刚打了卡介苗，今天有点低烧三十七度八。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  // False emergencies of round 55 generalised, each beside the emergency it must not silence.
  it.each([
    [
      'spots that fade under a glass (rf-nonblanching-rash except)',
      'Tiny itchy red spots on my arms after the sauna; they fade when I press a glass on them and I feel fine.',
      "Tiny red spots on her legs, they don't fade under a glass and she has a fever.",
    ],
    [
      'chest pain on pressing one spot after lifting (rf-acs-chest-pain-radiating except)',
      '昨天搬箱子，今天右胸一块按着就疼，转身抬胳膊也疼，没出汗。',
      '我爸胸口压着痛，一直窜到左胳膊，出冷汗。',
    ],
    [
      'a tender wrist after a fall, weak to turn (rf-stroke-arm except)',
      '摔了一跤，手撑地，手腕按着特别痛，拧瓶盖使不上劲。',
      '我爸刚才突然右手使不上劲，拿不住筷子。',
    ],
    [
      'a white coating on the tongue with normal breathing (rf-stridor)',
      '舌头上一层白膜，吃饭有点疼，喘气正常。',
      '嗓子里一层灰白色的膜，喘不上气，脖子肿。',
    ],
    [
      'a limp as a way of walking (mask beside rf-child-lethargy)',
      'My 6-year-old has had a limp for three days but is running around happily.',
      'My 6-year-old is limp and hard to wake.',
    ],
    [
      'self-harm denied as "isn\'t something I\'d do" (negPost cue)',
      "Cutting myself isn't something I'd do, I just want help with stress.",
      "I cut myself an hour ago and it won't stop bleeding.",
    ],
    [
      'Wu 弗 as a negation (弗气急，胸口弗痛)',
      '伲爷爷打石膏拆了，小腿肿得厉害，弗气急，胸口弗痛。',
      '伲爷爷小腿肿得厉害，胸口痛，气急得不得了。',
    ],
    [
      'whether a film scene is true to life (screen-scene question)',
      '电影里有人心脏骤停，按几下胸口就醒了，现实中真会这样吗？',
      '我爸看电视的时候突然倒地，叫不醒，没呼吸了。',
    ],
  ] as Array<[string, string, string]>)('not an emergency: %s', (_class, text, emergency) => {
    expect(rulesLevel(text)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  // What the round-55 excepts and cue changes must not silence (checked by hand before they were kept).
  it.each([
    ["Supposing someone at the bus stop has just collapsed and isn't breathing - help"],
    ['做题的时候我爸突然倒地叫不醒'],
    ['34 weeks pregnant, due in July, with a terrible headache and flashing spots'],
    ['阿爸胸口痛得弗得了，一身冷汗'],
    ["My son walks with a limp and now he's floppy and won't wake up"],
    ['电视里演的，真是这样吗？我妈现在胸口剧痛出冷汗'],
    [
      "Harming myself isn't something I'm considering any more, I already cut my wrists tonight and it's bleeding a lot",
    ],
  ])('still an emergency: %s', (text) => {
    expect(rulesLevel(text)).toBe('emergency');
  });

  it.each([
    [
      '水疱 on the forehead with a red eye (rf-zoster-face)',
      '外婆脑门上长了一排水疱，疼得睡不着，眼睛也红了。',
      '外婆脑门上有颗痘，不疼。',
    ],
    [
      'a passive wish to sleep away one day, plan denied (rf-passive-death-wish)',
      '最近总觉得没劲，有时候想要是哪天一觉睡过去就好了，不过不会做什么。',
      '最近总觉得累，想周末一觉睡到中午。',
    ],
    [
      'not a drop of urine since midday (rf-urinary-retention)',
      '从中午到现在一滴尿都排不出，小肚子胀。',
      '最近小便有点黄，要多喝水吗？',
    ],
    [
      'pain settled low down on the right (rf-appendicitis-signs)',
      'It started round my navel last night and by morning it had settled low down on the right; I have a temperature.',
      'My navel piercing is a bit crusty.',
    ],
    [
      'missed pills, then "slept together" (rf-emergency-contraception)',
      'Forgot three pills this pack and we slept together on Saturday.',
      'Forgot to take my vitamin pill this morning.',
    ],
    [
      'a needle that stabbed a heel (rf-needlestick)',
      'Sweeping the beach, a needle in the sand stabbed my heel.',
      'Sweeping the beach, a shell cut my palm a little.',
    ],
    [
      'diarrhoea with hardly any urine and giddy on standing (rf-diarrhoea-dehydration)',
      'Mum has had diarrhoea since Monday, has hardly weed today and is giddy standing up.',
      'Mum has had mild diarrhoea since Monday but is drinking and weeing normally.',
    ],
    [
      'colicky flank pain with stones before (rf-renal-colic)',
      'Had kidney stones before; since this morning colicky flank pain on the left, paracetamol is taking the edge off.',
      'My lower back aches after gardening; no fever.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('tuned on round 56 (red flags 1.51.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'back pain running into the left arm with a cold sweat (rf-acs-chest-pain-radiating)',
      '我爸七十了，后背痛，一阵阵痛到左胳膊，一身冷汗，脸色煞白，他说是搬花盆扭的。',
      '我爸后背疼，左肩也有点疼，昨天打完球出了一身大汗。',
    ],
    [
      'chest pressure while sitting still for half an hour (坐着没动 is rest, not a negation)',
      '放过支架，今天中午坐着没动胸口也压着疼了四十来分钟，还有点冒冷汗。',
      '放过支架，今天坐着没动，胸口也不疼，就是有点犯困。',
    ],
    [
      'a new mother who says the baby was swapped (rf-postpartum-psychosis)',
      '媳妇生完孩子两周，这几天几乎不睡，非说孩子被人换了，不肯抱。',
      '生完孩子两周，总担心孩子长得不像我，是不是想太多了？',
    ],
    [
      'numb round the bottom and cannot feel the urine passing (rf-cauda-equina)',
      '腰椎间盘突出好几年了，今天屁股一圈都木了，上厕所感觉不到尿出来。',
      '腰痛两天，久坐以后大腿根有点木，起来走走就好。',
    ],
    [
      'most of a mouthful of bright blood coughed up (rf-massive-haemoptysis)',
      '我舅舅肺癌，刚才一咳就咳出了大半口鲜红的血。',
      '感冒咳嗽，痰里有一点点血丝。',
    ],
    [
      'sotagliflozin with vomiting and deep breathing (rf-euglycaemic-dka)',
      '我爸吃索格列净，昨晚开始吐个不停，喘气又深又快。',
      '在吃索格列净，血糖控制得挺好，能喝点红酒吗？',
    ],
    [
      'a wearable defibrillator vest that shocked him (rf-icd-shocks)',
      "Grandad's LifeVest alarmed and then shocked him while he was watching TV; he's talking now.",
      'Does a LifeVest give a shock if its battery runs low? Ours has never done anything.',
    ],
    [
      'oxygen saturation in Chinese numerals below ninety (rf-low-oxygen)',
      '我妈肺炎在家，刚才测血氧百分之八十六，嘴唇有点紫。',
      '我妈刚才测血氧百分之九十八，心率七十，正常吗？',
    ],
    [
      'a baby of days (出世…日) with a fever in Chinese numerals (rf-infant-fever-under-3-months)',
      '阮孙仔出世才三十日，今早耳温三十八点五。',
      '孙仔出世五个月，打完疫苗耳温三十八点五。',
    ],
    [
      'pain far beyond what the cut looks like, with a crackle (rf-necrotising-infection)',
      'Grazed my calf on a trailer three days ago; the pain is way beyond what the wound looks like and it crackles when I press it.',
      'Grazed my calf on a trailer three days ago; it stings a bit and is scabbing over.',
    ],
    [
      'shivering and 38.5 after radium-223 with low counts (rf-neutropenic-fever)',
      'My uncle had radium-223 for his prostate cancer a week ago and his counts were low; tonight he is shivering and 38.5.',
      'My uncle had radium-223 last year and is well now. Is it safe for him to garden?',
    ],
    [
      'speech turned to jumble mid-sentence (rf-stroke-speech-onset)',
      'My husband was reading aloud and mid-sentence his words turned to gibberish.',
      "My toddler's words come out a jumble when he's overtired, is that normal?",
    ],
    [
      'an arm that just flopped (rf-stroke-arm)',
      'At breakfast her left arm just flopped onto the plate and she cannot lift it.',
      'I flopped onto the sofa after my run and my legs ache.',
    ],
    [
      'puffy lips, a whistling chest and a narrowing throat after nuts (rf-anaphylaxis)',
      "My son ate a cashew by mistake; his lips are puffy, his chest is whistling and he says his throat's gone narrow.",
      'My son ate a cashew and has a single itchy spot on his chin, breathing fine.',
    ],
    [
      'a low-lying placenta with fresh bleeding (rf-pregnancy-bleeding)',
      "I'm 32 weeks, they said my placenta was low, and an hour ago I had a gush of bright red blood.",
      'At my 20-week scan they said the placenta was low; should I avoid swimming?',
    ],
    [
      'a man on insulin who slaps away the juice (rf-hypoglycaemia-severe)',
      "My brother is on insulin; he's sweating, swearing, won't drink the juice and keeps slapping it away.",
      'My brother is on insulin and wants to know which juice has the least sugar.',
    ],
    [
      'every one of a named medicine swallowed (rf-drug-overdose)',
      'Half an hour ago my sister took every one of her propranolol and now she feels faint.',
      'I take every one of my tablets on time; is propranolol fine with coffee?',
    ],
    [
      'a head knock, then the same question again and again (rf-head-injury-danger)',
      'Grandma banged her head on the cupboard at lunch and now repeats the same question again and again.',
      'Grandma banged her head on the cupboard yesterday; she has a small bruise and is her usual self.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'a question for a novel being written (写一本小说)',
      '我在写一本小说，主角在地下室一氧化碳中毒，中毒的人一开始会有什么感觉？',
      '我在写一本小说，可是我现在头痛欲裂、恶心，屋里的炉子一直烧着，家里人也都头晕。',
    ],
    [
      'a screenwriter asking about a character',
      'Screenwriter here. A character collapses with anaphylaxis at a party after a prawn. What would her friend do with the auto-injector?',
      "Screenwriter here, but right now I can't breathe, my lips are swelling and my throat is tight after a prawn.",
    ],
    [
      'a baby of five days with a sticky eye is not a first-day jaundice',
      "My 5-day-old's eye keeps filling with thick yellow gunk and the eyelids are swollen.",
      'My 1 day old is yellow all over and very sleepy.',
    ],
  ] as Array<[string, string, string]>)('not an emergency: %s', (_class, text, emergency) => {
    expect(rulesLevel(text)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    '34 weeks pregnant, due in July, terrible headache and flashing spots.',
    '我爸躺着没动，叫不醒，呼吸很弱。',
    '有哮喘，这两天喘得厉害，说话走路还行，可是嘴唇发紫了。',
  ])('still an emergency: %s', (text) => {
    expect(rulesLevel(text)).toBe('emergency');
  });

  it.each([
    [
      'asthma reliever used many times a day (rf-asthma-worsening)',
      '有哮喘，感冒以后沙丁胺醇一天要喷七八次，说话走路都还行。',
      '有哮喘，平时沙丁胺醇一周用一两次，想问换季要注意什么。',
    ],
    [
      'a rusty nail in the foot (rf-tetanus-prone-wound)',
      '在仓库踩到一根带锈的钉子，扎得挺深。',
      '在仓库踩到一块木板，脚底有点酸。',
    ],
    [
      'a stray dog that clamped onto a leg (rf-animal-bite)',
      '早上跑步被一条野狗咬住了小腿，出了点血。',
      '早上跑步遇到一条野狗，吓了一跳，没碰到我。',
    ],
    [
      'an INR in Chinese numerals (rf-high-inr)',
      '吃华法林的，今天查INR是五点九，没有出血。',
      '吃华法林的，今天查INR二点五，医生说正好。',
    ],
    [
      'raised blood pressure in pregnancy in Chinese numerals (rf-pregnancy-raised-bp)',
      '孕三十二周，刚才量血压一百四十五/九十四，没有头痛。',
      '孕三十二周，刚才量血压一百一十/七十，一切正常吗？',
    ],
    [
      'a coin gulped by a child (rf-swallowed-object)',
      'My son gulped a 5p piece about an hour ago; he is eating and not coughing.',
      'My son found a 5p piece on the pavement and wants to keep it.',
    ],
    [
      'pain under the right ribs into the shoulder blade after a fatty meal, with a temperature (rf-biliary-pain)',
      'Since a greasy takeaway last night I have a steady ache under my right ribs into the shoulder blade and a temperature of 38.',
      'Since a greasy takeaway last night I feel a bit full; no pain.',
    ],
    [
      'a newborn sticky eye with swollen lids (rf-painful-red-eye)',
      'Our 6-day-old has thick discharge from one eye and the eyelids are swollen.',
      'Our 6-day-old has a sticky eye in the mornings, no swelling, wipes clean.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('tuned on round 57 (red flags 1.52.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'a back-of-head blow typed 后恼勺, like a bat, with vomiting (rf-thunderclap-headache)',
      '刚才搬箱子，后恼勺突然像被棒球棍抡了一下，吐了一次，脖子也僵。',
      '后恼勺有点紧，昨晚落枕了，揉一揉好些。',
    ],
    [
      'charcoal bought and hidden with a time chosen (rf-suicidal-intent)',
      '木炭已经买好藏在柜子里，等今晚家里没人的时候就点。',
      '木炭已经买好了，周末去河边烧烤，几点出发好？',
    ],
    [
      'tablets saved with a night picked when no one is home (rf-suicidal-intent)',
      "I've been saving up my pills for weeks and picked Saturday night when my housemate is away.",
      "I've picked Saturday night when my housemate is away to have friends round; any tips for a quiet party?",
    ],
    [
      'pills swallowed hoping never to wake (rf-suicide-attempt)',
      'Half an hour ago I took 40 of my sleeping tablets hoping to never wake up. I just feel a bit sleepy.',
      'Took my usual sleeping tablet an hour ago hoping to sleep through; still awake.',
    ],
    [
      'a sister who had her baby, has not slept and says she has a mission (rf-postpartum-psychosis)',
      "My cousin had her baby ten days ago; she hasn't slept for days and says God has given her a special mission for the baby.",
      'My cousin had her baby ten days ago and is tired from night feeds, but sleeping when the baby sleeps.',
    ],
    [
      'a coin-shaped cell missing near a toddler (rf-swallowed-battery-magnet)',
      'My 2-year-old had the bathroom scales apart and the coin-shaped cell is nowhere to be found; he keeps dribbling.',
      'The coin-shaped cell in our bathroom scales is flat; which size do I buy?',
    ],
    [
      'a bad back with a bladder that has not emptied (rf-cauda-equina)',
      "My back's been bad since Monday and today my bladder hasn't emptied at all and both legs feel weak.",
      "My back's been bad since Monday after digging; stretching helps and I'm walking fine.",
    ],
    [
      'a heart rate in the 30s with everything going grey (rf-palpitations-syncope)',
      'New on fingolimod; my watch says my heart rate is 38 and everything went grey when I got up from the chair.',
      'I row competitively and my watch says my heart rate is 38 when I wake up; I feel great.',
    ],
    [
      'a fluttering heartbeat then waking on the floor (rf-palpitations-syncope)',
      'This afternoon I felt a fluttering heartbeat and then I woke up on the floor of the office.',
      'Sometimes I feel a fluttering heartbeat after too much coffee; it settles in a minute.',
    ],
    [
      'a heavy ache across the shoulders into the throat with breathlessness after a past MI (rf-acs-chest-pain-radiating)',
      'I had stents put in three years ago. For the last half an hour a heavy ache has sat across my shoulders and into my throat while resting, and I am breathless.',
      'I had stents put in three years ago. My shoulders ache after painting the ceiling; no breathlessness.',
    ],
    [
      'something tearing inside the chest through to the back (rf-aortic-dissection)',
      'My husband felt something tear inside his chest while lifting, and the pain is boring through to his back.',
      'My husband read that Marfan patients can get an aortic tear; he is well. Should he be screened?',
    ],
    [
      'a reliever that changed nothing and a child too breathless to talk (rf-severe-asthma)',
      "My daughter's asthma is bad tonight: twelve puffs of her reliever changed nothing and she's too breathless to talk.",
      "My daughter's asthma is well controlled; she uses her reliever before sport and it works.",
    ],
    [
      'a baby of weeks with 三十八度 in Chinese numerals (rf-infant-fever-under-3-months)',
      '宝宝出生五十天，今晚腋温三十八度五，不太想吃奶。',
      '宝宝出生五十天，今晚腋温三十六度八，吃奶挺好。',
    ],
    [
      'pain far beyond how the cut looks, skin that crackles (rf-necrotising-infection)',
      '昨天被鱼刺扎了手，今天疼得远超过看起来的样子，伤口发黑，摸着有咔咔声，发烧三十九度。',
      '昨天被鱼刺扎了手，有点红，不怎么疼，也没发烧。',
    ],
    [
      'rigors and worsening pain days after haemorrhoid surgery (rf-sepsis)',
      '前天做了痔疮手术，今天肛门疼得越来越厉害，寒战，烧到三十九度。',
      '前年做过痔疮手术，现在偶尔大便有点疼，不发烧。',
    ],
    [
      'a whacked skull on an anticoagulant with drowsiness (rf-head-injury-danger)',
      "Gran is on rivaroxaban; she slipped and whacked her skull on the tiles this morning and now can't keep her eyes open.",
      'Gran whacked her elbow on the tiles this morning; it is bruised but she is chatting away.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'a fall onto an outstretched hand is not a faint (rf-syncope except)',
      'Went down on the icy pavement onto my outstretched hand; the wrist is swollen with a kink, fingers pink.',
      'Went down in the queue without warning and was out for a few seconds.',
    ],
    [
      'a single past faint is history (assertion: "passed out once")',
      'I passed out once at a wedding years ago in the heat; the heart tests were normal. Can I fly?',
      'I passed out once just now while sitting at my desk.',
    ],
    [
      'a plummy voice with a jaw that barely opens is a quinsy, not stroke speech (rf-stroke-speech except)',
      'Tonsillitis for four days, worse on the right; my jaw barely opens and I sound plummy, like a hot potato, but I breathe and swallow fine.',
      'My dad suddenly started slurring his words and his face dropped on one side.',
    ],
  ] as Array<[string, string, string]>)('not an emergency: %s', (_class, text, emergency) => {
    expect(rulesLevel(text)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    [
      'sex with a partner who has HIV (rf-hiv-sexual-exposure)',
      'The condom split on Saturday and afterwards she told me she is HIV positive.',
      'Is HIV positive the same thing as having AIDS?',
    ],
    [
      '无保护性行为，对方是HIV感染者 (rf-hiv-sexual-exposure)',
      '前天晚上没戴套，对方今天才告诉我他是HIV感染者。',
      'HIV感染者能不能结婚生孩子？',
    ],
    [
      'a one-sided sore throat with a jaw that barely opens (rf-peritonsillar-abscess)',
      'Sore throat on the right for five days; now I can barely open my mouth and my voice is muffled, breathing fine.',
      'Sore throat for two days with a runny nose; eating and talking fine.',
    ],
    [
      'weekly methotrexate taken daily (rf-methotrexate-dosing-error)',
      "I've been taking my methotrexate every day instead of once a week since Thursday; I feel okay.",
      'Why is methotrexate for arthritis taken once a week instead of daily?',
    ],
    [
      'fever and lower tummy pain after a womb procedure (rf-post-gynae-procedure-infection)',
      '昨天做了宫腔镜，今天发烧三十八度五，小肚子两边疼。',
      '下个月要做宫腔镜，需要空腹吗？',
    ],
    [
      'not waking up as a passive wish, denied plan (rf-passive-death-wish)',
      "Some nights I think it wouldn't be so bad if I just didn't wake up. No plan, and I won't do anything.",
      "It wouldn't be so bad if I didn't wake up at 5am every day for the commute.",
    ],
    [
      'an INR of seven point something in Chinese numerals (rf-high-inr)',
      '吃华法林，今天INR八点一，没出血。',
      '吃华法林，今天INR二点三，挺稳定。',
    ],
    [
      'hearing gone suddenly in one ear (rf-sudden-hearing-loss)',
      '今天下午左耳突然听不清了，嗡嗡响。',
      '左耳有点痒，掏了一下耳朵。',
    ],
    [
      'every sip vomited and dark wees in early pregnancy (rf-hyperemesis)',
      "Nine weeks pregnant; every sip of water comes back up and I've had only one wee today, dark.",
      'Nine weeks pregnant with some morning queasiness; ginger biscuits help and I drink fine.',
    ],
    [
      'a cough like a seal in a toddler (rf-croup-barking-cough)',
      'Our 2-year-old has a cough that sounds like a seal tonight, breathing quietly at rest.',
      'Our 2-year-old saw a seal at the zoo and now pretends to bark.',
    ],
    [
      'a grandchild days old with yellow spreading to the tummy (rf-infant-jaundice)',
      '孙仔出世第四日，面黄得越来越厉害，已经黄到肚子了。',
      '孙仔出世第四日，吃奶好，皮肤粉粉的。',
    ],
    [
      'ALT many times the upper limit on a targeted cancer drug (rf-cancer-therapy-toxicity)',
      '吃奥希替尼两个月，今天查转氨酶是上限的六倍，没什么感觉。',
      '吃奥希替尼两个月，今天查肝功能正常。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('tuned on round 58 (red flags 1.53.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'a neck filling up with noisy breathing after thyroid nodule ablation (rf-neck-airway-injury)',
      '前天做的甲状腺结节微波消融，今天脖子越肿越大，喘气带响声，咽口水都费劲。',
      '上个月做了甲状腺结节消融，脖子不肿，想问什么时候复查B超？',
    ],
    [
      'rigors on a CDK4/6 inhibitor or with a low neutrophil figure (rf-neutropenic-fever)',
      'On ribociclib for breast cancer and since teatime I have been shivering with a temp of 38.3.',
      'On ribociclib for breast cancer; what blood tests will I need each month?',
    ],
    [
      'a neutrophil count given as a low figure with fever, in Chinese (rf-neutropenic-fever)',
      '吃阿贝西利，前天查中性粒细胞才0.5，今晚发冷打哆嗦，体温38.4。',
      '吃阿贝西利，上个月中性粒细胞低过，现在已经恢复正常了，没发烧。',
    ],
    [
      'epigastric tightness into the back after a past MI or bypass (rf-acs-chest-pain-radiating)',
      '前年装过支架，今天傍晚胃口那里发紧，一直往后背透，快一个钟头了，还冒冷汗。',
      '前年装过支架，现在恢复得很好，想问能不能去爬山？',
    ],
    [
      'an ache between the shoulder blades that will not ease after a stent (rf-acs-chest-pain-radiating)',
      "He had a stent fitted last year; since dinner there's an ache between his shoulder blades that won't ease and he's breathless and queasy.",
      'I had a stent in 2019. Is an ache between the shoulder blades after gardening normal? No breathlessness, no sweats.',
    ],
    [
      'a past PE with breathlessness and a stabbing pain now (rf-pulmonary-embolism-risk)',
      'Had a PE three years ago; this afternoon a stabbing pain when I breathe in and real breathlessness.',
      'I had a PE before and I am well now; how long should I keep taking apixaban?',
    ],
    [
      'a rope obtained with a place or a day chosen (rf-suicidal-intent)',
      "I've got the rope now and I know where I'll go. Not telling anyone.",
      'Got the rope for the tent, where should we camp tomorrow?',
    ],
    [
      'a blade hidden ready with a plan to try tonight (rf-suicidal-intent)',
      '刀片已经藏在床垫底下了，打算今晚动手。',
      '买了新刀片放在工具箱，打算晚上试试刮胡子。',
    ],
    [
      'a tablet count spelled out in words (rf-drug-overdose)',
      'Took forty of my amitriptyline about an hour ago, feel a bit fuzzy.',
      "I've been on sertraline for thirty days now, is the nausea normal?",
    ],
    [
      'a tense belly with breathlessness lying flat or little urine after egg collection or transfer (rf-ohss-severe)',
      '取卵后第三天，肚子胀得厉害像要爆开，躺平就喘不上气，尿很少。',
      '胚胎移植后肚子有点胀，正常吗？',
    ],
    [
      'the same after IVF, in English (rf-ohss-severe)',
      "Egg collection three days ago; my tummy is swollen and tight and I can't lie flat without being short of breath.",
      "Is some bloating normal after egg collection? It's mild and I'm peeing normally.",
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      'a bruise at a procedure site is not cyanosis (rf-cyanosis except)',
      '昨天做了乳腺穿刺活检，今天那边青紫一大片，越来越大，心跳血压都正常。',
      '孩子嘴唇青紫，喘不上气。',
    ],
    [
      'chest-wall pain that pressing reproduces (rf-acs-chest-pain-radiating except)',
      '打羽毛球后右胸有点疼，按压那个位置会疼，抬胳膊更明显，不喘不出汗。',
      '胸口压着疼半小时，往左胳膊窜，出冷汗。',
    ],
    [
      'yellow to the tummy in a feeding baby is not emergency feeding trouble (rf-young-infant-not-feeding)',
      'My 4 day old looks quite yellow down to his tummy and is feeding every three hours.',
      'Baby is 6 days old, yellow down to his feet and too sleepy to feed.',
    ],
    [
      'green phlegm hacked up is not bile (rf-bilious-vomiting except)',
      'Hacking up green stuff since Tuesday with a temperature of 38.2, breathing fine at rest.',
      "My baby keeps vomiting green stuff and won't feed.",
    ],
    [
      'a peak flow "sitting" at a figure is not chest pain at rest (rf-acs-chest-pain-sweating except)',
      'Asthmatic; chest tight today, peak flow sitting near two thirds of my best, talking fine.',
      'Crushing chest pain while sitting watching TV for 30 minutes, sweating.',
    ],
    [
      'not waking as a passive wish is not unresponsiveness (rf-unresponsive except)',
      "Lately I think not waking would be a relief. No plan, and I wouldn't act on it.",
      'My husband is not waking up and his breathing is strange.',
    ],
    [
      'a red hot scrotum with fever after a penile prosthesis is device infection, not torsion (rf-testicular-torsion except)',
      'Two weeks after a penile prosthesis one side of the scrotum is red and swollen and I have a temp of 38.',
      'My son woke with sudden severe pain in his testicle and is vomiting.',
    ],
    [
      "a friend's overdose years ago who is doing well now (assertion: 'doing really well')",
      'My friend overdosed years ago and is doing really well now; how can I support her?',
      'My friend overdosed an hour ago and is barely breathing.',
    ],
  ] as Array<[string, string, string]>)('not an emergency: %s', (_class, text, emergency) => {
    expect(rulesLevel(text)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    [
      'green phlegm with a fever (rf-chest-infection-fever)',
      'Coughing up green phlegm for three days and a fever of 38.5, breathing fine.',
      'Coughing up green phlegm for a few days, no fever, feel okay. Do I need antibiotics?',
    ],
    [
      'a swelling or bruise growing after a biopsy or catheter (rf-post-procedure-haematoma)',
      'After my angiogram the bruise at the puncture site is getting bigger.',
      'What is a biopsy like, does it leave a bruise?',
    ],
    [
      'raised calcium with thirst and constipation (rf-hypercalcaemia)',
      '吃骨化三醇，今天查血钙3.1，口渴便秘。',
      '血钙2.3正常吗？',
    ],
    [
      'a passive wish in Wu dialect with 要是 (rf-passive-death-wish)',
      '最近老是想，要是一觉弗醒也好。我冇计划，也弗会去做。',
      '最近睡得弗好，一觉醒来好几次。',
    ],
    [
      'jaundice to the tummy in a baby a few days old (rf-infant-jaundice)',
      'Our 5 day old looks yellow on his chest and tummy, feeding fine.',
      'Our 5 day old is pink and feeding fine.',
    ],
    [
      'a condom that slipped off (rf-emergency-contraception)',
      '昨晚安全套滑掉了，现在吃药还来得及吗？',
      '安全套一般放多久会过期？',
    ],
    [
      'watery stools with light-headedness on standing (rf-diarrhoea-dehydration)',
      'Nine watery stools today and light-headed when I stand up.',
      'One soft stool today after a curry, feel fine.',
    ],
    [
      'cloudy smelly urine with fever from a urostomy (rf-pyelonephritis)',
      'Dad has a urostomy; the urine in the bag is cloudy and smelly and he has a fever of 38.4.',
      'Dad has a urostomy; how often should the bag be changed?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('tuned on round 59 (red flags 1.54.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'half the visual field gone suddenly, in Chinese (rf-stroke-eyes)',
      '去年出过一次一过性脑缺血。刚才吃饭时右边视野突然少了一半，看东西右半边缺了一块，半小时了还没好。',
      '前年小中风过，现在没事，想问看东西偶尔模糊要不要紧？',
    ],
    [
      'one cheek gone numb suddenly (rf-stroke-face)',
      '我爸今早突然右脸发麻，已经二十分钟了还没好。',
      '拔完智齿打了麻药，左脸还木木的，正常吗？',
    ],
    [
      'blood brought up, said with 呕 (rf-haematemesis)',
      '我老公有肝硬化，刚才呕出一大摊暗红的血，脸都白了。',
      '以前胃出血住过院，现在好了，平时吃饭要注意什么？',
    ],
    [
      'a glucose in the twenties with vomiting and deep breathing, in Chinese (rf-dka-signs)',
      '爸爸在用替雷利珠单抗，这两天老是口渴尿多，今天呕吐了两回，呼吸又深又快，血糖仪测到27。',
      '血糖测到26，口渴，别的都还好，没吐。',
    ],
    [
      'a glucose in the twenties with vomiting and deep breathing (rf-dka-signs)',
      'On pembrolizumab; sugar meter says 29, been throwing up since morning and breathing deep and fast.',
      'Sugar reading 27 on my meter, thirsty, not vomiting, breathing normally.',
    ],
    [
      'belly pain getting worse with a high fever after keyhole abdominal surgery (rf-post-procedure-perforation)',
      'Four days after keyhole gallbladder removal his belly pain is getting worse, fever 39 and pulse 118.',
      'Had my gallbladder out last month, mild wind pain after fatty food, no fever.',
    ],
    [
      'the same in Chinese (rf-post-procedure-perforation)',
      '我妈上周做了腹腔镜阑尾切除，今天肚子越来越痛，一碰就疼，烧到39度。',
      '做完腹腔镜胆囊切除一周，伤口有点痒，想问什么时候能洗澡？',
    ],
    [
      'an ache between both shoulder blades after a bypass (rf-acs-chest-pain-radiating)',
      'He had bypass surgery in 2019; since noon an ache between both shoulder blades, he feels nauseous and clammy.',
      'He had bypass surgery in 2019; an ache between both shoulder blades after painting the ceiling, eases when he rests.',
    ],
    [
      'upper-belly heaviness with new breathlessness in a diabetic (rf-acs-chest-pain-sweating)',
      'Type 2 diabetic, since this morning a heaviness in my upper belly and I get breathless walking to the gate; antacids did nothing.',
      'Diabetic, a bit of heaviness in my upper belly after a big dinner, no breathlessness, Gaviscon helped.',
    ],
    [
      'the same in Chinese (rf-acs-chest-pain-sweating)',
      '糖尿病十年，今天上腹一直发沉，吃了胃药没用，走几步就喘。',
      '有糖尿病，吃多了上腹有点胀，走路不喘，休息一下就好。',
    ],
    [
      'a ripping pain through to the back in dialect spelling (rf-aortic-dissection)',
      "He's 70 with blood pressure problems; a rippin pain tore through his chest into his back and he's clammy.",
      'He is 70 with high blood pressure; his new tablets give him a dry cough.',
    ],
    [
      'in a cast with a stab on each in-breath and a pink streak (rf-pulmonary-embolism-risk)',
      'Broke my wrist, in a plaster cast for 10 days; now a sharp stab with every in-breath and I coughed up a streak of pink.',
      'In a cast for my ankle, is it normal for my toes to be a bit cold? Breathing fine.',
    ],
    [
      'a past clot in the lungs with a puffy calf and breathlessness (rf-pulmonary-embolism-leg)',
      "Had clots in my lungs in 2020; today my calf is puffy and I'm short of breath climbing one stair.",
      "My sister had a clot in her lungs years ago. I'm fine, just asking about flights.",
    ],
    [
      'spots that do not go pale under a glass with a fever (rf-nonblanching-rash)',
      "Me wee boy's feverish and dozy and the spots on his tummy don't go pale when I push a glass on them.",
      'The rash on my arm goes pale when I press a glass on it, no fever.',
    ],
    [
      'jagged lights and a pressure of 170/112 after earlier pre-eclampsia (rf-preeclampsia-signs)',
      '33 weeks, pre-eclampsia in my first pregnancy; headache and jagged flashing lights, bp 170/112.',
      'I had pre-eclampsia 4 years ago and want to know if aspirin would help next time.',
    ],
    [
      'muddled with a meter reading under 2 on insulin (rf-hypoglycaemia-severe)',
      "My wife's on insulin, she's muddled and clammy and the meter says 1.7.",
      'My wife is on insulin; the meter said 6.8 this morning, she feels well.',
    ],
    [
      'saved-up tablets with a day chosen (rf-suicidal-intent)',
      "I've saved up my sleeping tablets and I will take them all on Friday when my wife is at work.",
      "I've saved up my holiday days and will take them all in August.",
    ],
    [
      'chest pain and an irregular heart with drooping eyelids on a checkpoint inhibitor (rf-ici-myocarditis)',
      'On nivolumab for melanoma; since last night chest pain, my heart keeps skipping irregularly and my eyelids are drooping.',
      'On nivolumab; what side effects should I watch for, like chest pain or muscle aches?',
    ],
    [
      'the same in Chinese (rf-ici-myocarditis)',
      '在用信迪利单抗，这两天胸闷心慌，心跳乱，眼皮耷拉，浑身肌肉酸痛。',
      '在用信迪利单抗，偶尔有点乏力，别的都好，要不要复查？',
    ],
    [
      'the soft spot on the head bulging (rf-bulging-fontanelle)',
      '宝宝三个月，一直吐，脑门上软的地方鼓起来了。',
      '宝宝三个月，囟门摸着平平的，吃奶好，精神也好。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });

  it.each([
    [
      "a mother's breast infection while feeding a young baby (rf-infant-fever-under-3-months except)",
      "I'm breastfeeding my 5 week old and my left breast has a hot red wedge, fever 38.4.",
      'My 5 week old has a fever of 38.2, I am breastfeeding.',
    ],
    [
      'the same in Chinese (rf-infant-fever-under-3-months except)',
      '喂奶的宝宝一个月大，我右边乳房红肿硬块，发烧38.5。',
      '宝宝一个月大，发烧38.5度，吃奶少。',
    ],
    [
      'pressing the soft part of the nose for a nosebleed is not a floppy child (rf-child-lethargy except)',
      '女儿鼻子流血，我捏住鼻子下面软的地方十分钟就止住了。',
      '孩子发烧两天，今天软软的，叫也不怎么理人。',
    ],
  ] as Array<[string, string, string]>)('not an emergency: %s', (_class, text, emergency) => {
    expect(rulesLevel(text)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });

  it.each([
    [
      'pain low in the back with a fever figure after cystitis symptoms (rf-pyelonephritis)',
      '尿急尿痛两天，今天后背靠下右边胀痛，测了38.5。',
      '尿痛，没有发烧，腰不痛。',
    ],
    [
      'the mouth opening one finger wide with a muffled voice (rf-peritonsillar-abscess)',
      '喉咙痛一周，右边越来越重，嘴只能张开一指宽，说话瓮声瓮气。',
      '喉咙有点痛，张嘴没问题，声音正常。',
    ],
    [
      'right-rib pain to the shoulder with a fever (rf-biliary-pain)',
      'Pain under my right ribs going through to my right shoulder since lunch, temperature 38.2.',
      'Sore right shoulder since I started swimming again, no fever.',
    ],
    [
      'a condom that tore (rf-emergency-contraception)',
      'Our condom tore about 10 hours ago, can I get the morning after pill?',
      'Which condom size should I buy?',
    ],
    [
      'a honking bark of a cough in a toddler (rf-croup-barking-cough)',
      'My 3-year-old has a honking bark of a cough tonight but breathes quietly at rest.',
      'My 3-year-old has a runny nose and a light cough, playing happily.',
    ],
    [
      'a speck in the eye while grinding without eye protection (rf-eye-injury)',
      'Grinding a bolt with no safety specs, a speck got in my eye, streaming and feels like sand.',
      'Which safety specs are best for grinding?',
    ],
    [
      'wishing one could just not wake up, plan denied (rf-passive-death-wish)',
      'I keep wishing I could just not wake up one day, but I have no plan and would never do anything.',
      'I keep wishing I could sleep in on weekdays.',
    ],
    [
      'left upper belly or shoulder-tip pain after a white-cell booster (rf-gcsf-splenic-pain)',
      'Had pegfilgrastim three days ago; now pain under my left ribs going to my left shoulder tip.',
      'Had pegfilgrastim yesterday; bone aches in my back and hips, expected?',
    ],
    [
      'the same in Chinese (rf-gcsf-splenic-pain)',
      '打了长效升白针第二天，左上腹痛，痛到左肩。',
      '打了长效升白针，腰背骨头有点酸，正常吗？',
    ],
    [
      'a child limping with knee or groin pain (rf-child-limp-hip)',
      'My daughter is 11 and has been limping for a week with pain in her knee.',
      'My son limped after football yesterday but is running around fine today, no pain.',
    ],
    [
      'the same in Chinese (rf-child-limp-hip)',
      '孩子12岁，这一周走路一瘸一拐，说大腿根痛。',
      '孩子12岁，跑步后小腿有点酸，走路正常。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('tuned on round 60 (red flags 1.55.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'a throat like a cord pulled tight, a voice gone rough and big welts after a nut (rf-anaphylaxis)',
      '吃了几颗开心果，十分钟后嗓子像被绳子勒着，说话声音变沙了，身上起大包。',
      '吃了火锅，嗓子有点哑，身上没起疹子，就是有点累。',
    ],
    [
      'a throat being squeezed and a croaky voice after a nut sauce (rf-anaphylaxis)',
      "Had a bite of a satay skewer and now my throat feels like it's being squeezed, voice gone croaky, hives on my chest.",
      'Ate a satay skewer yesterday and my voice is a bit croaky from shouting at the match.',
    ],
    [
      'days of paracetamol with a combination cold remedy, then yellow eyes and vomiting (rf-paracetamol-overdose)',
      '我这一周感冒，每天吃四次泰诺林，又加了银翘片，今天眼白发黄，还一直恶心。',
      '感冒了，吃泰诺两天，肚子有点不舒服，没有发黄。',
    ],
    [
      'the same in English (rf-paracetamol-overdose)',
      "I've been taking Lemsip and paracetamol together for five days for flu, now my eyes look yellow and I keep throwing up.",
      'Is paracetamol safe if I had jaundice as a baby?',
    ],
    [
      'an aching jaw with breathlessness at rest after past stents (rf-acs-chest-pain-radiating)',
      "My grandad had two stents put in years ago; for the last half hour his jaw has ached and he's breathless sitting in his chair.",
      "After gardening my jaw aches; I had a stent 5 years ago and I'm not breathless at all.",
    ],
    [
      'the same in Chinese (rf-acs-chest-pain-radiating)',
      '老爸放过支架，这二十分钟下巴酸痛，坐着也喘，出冷汗。',
      '去年放了支架，今天去补牙，牙床有点酸，别的都挺好。',
    ],
    [
      'breathless, clammy and vomiting with no chest pain (rf-acs-chest-pain-breathless)',
      "Gran is 80, short of breath since breakfast, cold sweat, and she's vomited twice.",
      'Breathless on the stairs with my asthma, no sweating, no vomiting.',
    ],
    [
      'the same in Chinese (rf-acs-chest-pain-breathless)',
      '我妈七十多了，今天下午开始气短，一身冷汗，还吐了一次。',
      '最近爬楼有点气短，不出汗，也不恶心。',
    ],
    [
      'a pain like being unzipped between the shoulder blades, moving down (rf-aortic-dissection)',
      'Sudden pain between my shoulder blades like being unzipped, spreading down my back.',
      'The zip on my coat got stuck, my back aches from the gym.',
    ],
    [
      'sudden back pain with a pulse that can barely be found at one wrist (rf-aortic-dissection)',
      'Out of nowhere a pain through to his back and I can barely find a pulse in his left wrist.',
      'My husband had an aneurysm scan; the nurse could barely find a pulse in his foot because of his socks.',
    ],
    [
      'a person with diabetes drenched in sweat, mumbling, unable to sit up (rf-hypoglycaemia-severe)',
      "My colleague who is diabetic is soaked in sweat, confused and can't sit up.",
      'She has diabetes; after her workout she was soaked in sweat but chatting normally.',
    ],
    [
      'the same in Chinese (rf-hypoglycaemia-severe)',
      '同事有糖尿病，满头大汗，说胡话，坐不起来。',
      '我有糖尿病，夏天出汗多，别的都正常。',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });
  it.each([
    [
      'an old man groaning with the pain of a full bladder is not an infant grunting (rf-infant-respiratory-distress)',
      '我爸疼得直哼哼，从早上到现在尿不出来，小肚子胀得像个球。',
      '宝宝呼吸的时候一直哼哼，鼻翼一扇一扇的。',
    ],
    [
      'hoping not to wake up, plan denied, is not someone unresponsive (rf-unresponsive)',
      "Some nights I catch myself hoping I won't wake up, but I have no plan and won't act on it.",
      "My dad won't wake up and he's breathing strangely.",
    ],
    [
      'chest pain worse lying flat and eased sitting forward is not a pain going to the back (rf-acs-chest-pain-radiating)',
      'Sharp pain in my chest since the flu, worse lying flat on my back and better when I sit forward. Breathing fine.',
      "Crushing chest pain spreading to my back, I'm sweaty and lying flat on my back now.",
    ],
    [
      'the same in Chinese (rf-acs-chest-pain-radiating)',
      '感冒后胸口刺痛，躺平更痛，坐起来往前趴着好一点。',
      '胸口压榨样痛，窜到后背，出冷汗，躺平了也没用。',
    ],
    [
      "a friend's overdose last year, doing well now (rf-drug-overdose)",
      "My brother took an overdose last year, and he's doing well now. How can I support him?",
      "My brother took an overdose last year and tonight he's taken a whole bottle of pills again.",
    ],
    [
      'faint halos are not fainting (rf-anaphylaxis)',
      'Had an Ozurdex injection last week; the eye aches and lights have faint halos.',
      'Had a penicillin injection and now my lips are swelling and I feel faint.',
    ],
  ] as Array<[string, string, string]>)('not an emergency: %s', (_class, text, emergency) => {
    expect(rulesLevel(text)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });
  it.each([
    [
      'chest pain worse lying flat, eased leaning forward (rf-pericarditis-positional)',
      'Sharp pain in my chest since the flu, worse lying flat and better when I lean forward. Breathing fine.',
      'Last year I had chest pain that was worse lying flat; it went away after ibuprofen.',
    ],
    [
      'the same in Chinese (rf-pericarditis-positional)',
      '感冒后胸口刺痛，躺下更痛，坐起来往前倾好一点。',
      '去年感冒后胸口刺痛过一阵，躺下更痛，后来吃药好了。',
    ],
    [
      'pain that moved from the navel to the lower right, in Chinese (rf-appendicitis-signs)',
      '孩子肚脐周围痛，现在转移到右下边了，走路弯着腰。',
      '孩子吃多了肚脐周围有点胀，拉完就好了。',
    ],
    [
      'a toothache with half the face swollen, in Cantonese (rf-dental-swelling)',
      '牙痛几日，今日半边面肿起，有啲发烧。',
      '牙痛咗两日，食咗止痛药好返好多，面冇肿。',
    ],
    [
      'iron filings from grinding into one eye (rf-eye-injury)',
      '打磨的时候铁屑溅进了右眼，眨眼磨得疼。',
      '打磨铁件要戴什么样的护目镜比较好？',
    ],
    [
      'a used injection needle into a finger, in Chinese (rf-needlestick)',
      '收拾病房时被用过的注射针戳破了手指。',
      '打胰岛素的针头用完应该扔在哪里？',
    ],
    [
      'pus around the pins of an external fixator (rf-surgical-site-infection)',
      '外固定架的钉子周围红肿，流黄脓。',
      '外固定架的钉子周围干干净净，就是有点痒。',
    ],
    [
      'a tissue expander red and hot with a fever (rf-surgical-site-infection)',
      'Two weeks after my tissue expander went in, the skin over it is red and hot, temp 38.4.',
      'When will my tissue expander be filled again? Everything looks fine.',
    ],
    [
      'a swollen injection site with a fever (rf-spreading-cellulitis)',
      '屁股上打针的地方红肿鼓起来，今天烧到38度5。',
      '打疫苗的地方有点红肿，没发烧。',
    ],
    [
      'pinkness spreading past a drawn line (rf-spreading-cellulitis)',
      'The pink area on my shin has spread past the line I drew.',
      'The pink line I drew round the bite has stayed the same and there is no fever.',
    ],
    [
      'a scald from a spilled pot of herbal liquid with blisters (rf-minor-burn)',
      '小孩被热药水泼到脚上，起了一片水疱。',
      '孩子喝中药嫌苦，怎么哄他喝下去？',
    ],
    [
      'food stuck in an oesophageal stent, saliva passing (rf-food-bolus)',
      '我放了食管支架，吃了口馒头卡在胸口下不去，吃什么吐什么，口水能咽。',
      '放了食管支架以后吃什么不容易卡住？',
    ],
    [
      'the same in English (rf-food-bolus)',
      'I have an oesophageal stent and a piece of chicken is stuck, everything comes back up but I can swallow spit.',
      'What foods are likely to get stuck in an oesophageal stent?',
    ],
    [
      'impossible to put weight on a turned ankle (rf-suspected-fracture)',
      'Rolled my ankle playing netball; putting weight on it is impossible.',
      'Rolled my ankle last month, it is fine now; which brace is best for netball?',
    ],
    [
      'an ear gone silent overnight (rf-sudden-hearing-loss)',
      'My right ear went silent this morning with a hiss.',
      'My ear went silent on the plane and then popped back to normal.',
    ],
    [
      'a lithium level above 1.5 (rf-lithium-level-high)',
      'My lithium level was 1.7 today, slight tremor.',
      'My lithium level came back at 1.6 last year and they lowered my dose; this year it is 0.7.',
    ],
    [
      'the same in Chinese (rf-lithium-level-high)',
      '吃碳酸锂的，今天抽血查血锂浓度1.8，手有点抖。',
      '吃碳酸锂两年了，上个月查血锂浓度0.8，正常吗？',
    ],
    [
      'aching thighs and cola urine on lipid-lowering tablets (rf-rhabdomyolysis)',
      'On atorvastatin; my thighs have ached for days and my pee is cola coloured.',
      'On atorvastatin; should I avoid grapefruit juice?',
    ],
    [
      'an aching eye with halos after a steroid implant (rf-painful-red-eye)',
      'Had an Ozurdex injection last week; the eye aches and lights have halos.',
      'My Ozurdex injection is booked for next month; how long does it last?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('tuned on round 61 (red flags 1.56.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'flashes before the eyes with 怀了 at a stated week (rf-preeclampsia-signs)',
      '俺闺女怀了三十二周，今儿后晌眼前一闪一闪的，头也疼得厉害。',
      '怀了二十周，想问眼睛近视能不能顺产？',
    ],
    [
      'a baby counted as 出世 so many 礼拜 with a fever, in Hokkien wording (rf-infant-fever-under-3-months)',
      '俺孙子才出世五礼拜，今早摸着烫，量了三十八度二。',
      '阿妹出世两个月，打完预防针，想问几时洗身？',
    ],
    [
      'scrambled words and a cup slipping out of one hand (rf-stroke-speech, rf-stroke-arm)',
      "An hour ago Dad's words started coming out scrambled and his cup keeps slipping out of his left hand.",
      "Since my stroke two years ago my speech is fine; sometimes I mix up names when I'm tired, is that normal?",
    ],
    [
      'HRT with a stab on each in-breath (rf-pulmonary-embolism-risk)',
      'On HRT patches; since yesterday a knife stab under my left ribs on every in-breath and the stairs leave me puffing.',
      'On HRT; should I take it with food? I feel well and breathe easily.',
    ],
    [
      'panting and pink-streaked phlegm after a past clot in the lung (rf-pulmonary-embolism-risk)',
      "Had a clot on my lung three years ago; today I'm panting after a few steps and coughed up pink-streaked phlegm.",
      'Had a clot on my lung three years ago; now on apixaban and well, can I fly?',
    ],
    [
      'roasting, shaking with the cold and making no sense (rf-sepsis)',
      "Her knee wound went red two days ago; now she's shaking with the cold, roasting to touch and not making any sense.",
      'My knee wound went a bit red yesterday; no fever and I feel fine.',
    ],
    [
      'fever, rigors and retention after haemorrhoid banding (rf-sepsis)',
      "He had piles banded last week; now a fever, shaking, the pain is getting worse and he can't pass urine.",
      'Had my piles banded yesterday; a little ache and a spot of blood on the paper, no fever.',
    ],
    [
      'blood boked up (rf-haematemesis)',
      "Me ma boked up a basin of blood an she's gone grey.",
      "Me ma boked after a feed of drink last night, nothin' but the dinner, no blood.",
    ],
    [
      'pain low on one side and the tip of the shoulder after a positive test (rf-ectopic-pregnancy)',
      'Positive test nine days ago; now a stabbing pain low on the left and the tip of my left shoulder hurts, I feel faint.',
      'Positive test nine days ago; a bit of period-like cramping both sides, no bleeding, feel well.',
    ],
    [
      'a type 1 diabetic talking foolishness and too sleepy to drink (rf-hypoglycaemia-severe)',
      'Mi daughter a type 1; she a talk foolishness an too sleepy fi drink di juice.',
      'Mi daughter a type 1; she ask if she can eat mango.',
    ],
    [
      'rope bought and a tree chosen (rf-suicidal-intent)',
      "I've bought rope and picked a tree by the river. I'm going to do it tomorrow.",
      'I bought rope to tie down the tent, which knot is best?',
    ],
    [
      'pain much worse, a rock-hard calf and numb toes after a tibial plate (rf-compartment-syndrome)',
      'Three days after my shin bone was plated the pain is much worse than in hospital, my calf is rock hard and my toes are numb.',
      'My tibia was plated last year; it aches a bit in cold weather.',
    ],
    [
      'the same in Chinese after an intramedullary nail (rf-compartment-syndrome)',
      '小腿骨折打了髓内钉，今晚越来越痛，小腿硬邦邦，脚趾发麻。',
      '胫骨骨折打了钢板一年了，阴天有点酸。',
    ],
    [
      'a daily habit beside a whole bottle swallowed today (rf-drug-overdose, until-now except)',
      '我爸每天吃十几片止痛药，今天把一整瓶都吞了。',
      '咳嗽半年了，每天吃十几片复方甘草片，想问能不能换别的药？',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });
  it.each([
    [
      "a mother's red, hard 奶头 with a fever beside a baby of weeks (except of rf-infant-fever-under-3-months)",
      '我女儿生完孩子五周，右边奶头红了一块，摸着硬，发烧38度5，还能喂奶。',
      '宝宝出生五周，发烧38度5，吃奶少了。',
    ],
    [
      'black stools on H. pylori quadruple therapy (except of rf-melaena)',
      '在吃四联疗法杀幽门螺杆菌，大便发黑，人没什么不舒服。',
      '大便发黑像柏油，头晕，站起来眼前发黑。',
    ],
    [
      'occasional painless tightening in pregnancy (except of rf-acute-abdomen)',
      '怀孕三十周，偶尔肚子发紧一下，不疼，胎动正常。',
      '肚子硬邦邦的，疼得打滚，发烧。',
    ],
    [
      'an arm sore and heavy after a jab (except of rf-stroke-arm)',
      "Got my flu jab this morning; the arm is sore and heavy and I'm a bit achy.",
      "Suddenly my right arm went heavy and I can't lift it, face drooping.",
    ],
    [
      "a brother's overdose years ago, doin' rightly now (assertion: resolved)",
      "My brother overdosed four year ago an he's doin' rightly now, back at the college.",
      "My brother took an overdose an hour ago and he's very drowsy.",
    ],
    [
      'chest tightness denied with 莫得 (assertion: Southwestern Mandarin negation)',
      '伤风三天，鼻塞，流清鼻涕，莫得发烧，也莫得胸闷。',
      '胸口闷得很，气短，一身冷汗，已经半个钟头了。',
    ],
    [
      'vomiting and drowsiness denied with Wu 否 after a bump (assertion: dialect negation)',
      '外孙跌了一跤，头撞着桌角，否吐否困，照样嬉。',
      '外孙跌了一跤，头撞着桌角，吐了三回，叫也叫否醒。',
    ],
    [
      '是否 and 能否 are questions, not negations (assertion: pseudo-negation)',
      '宝宝两个月，是否需要打流感疫苗？',
      '宝宝两个月，发烧38.5度，是否要去医院？',
    ],
  ] as Array<[string, string, string]>)('not an emergency: %s', (_class, text, emergency) => {
    expect(rulesLevel(text)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });
  it.each([
    [
      'PEP asked for after condomless sex (rf-hiv-sexual-exposure)',
      '昨晚跟网友发生关系没戴套，对方说不清楚自己有没有艾滋，现在吃阻断药还来得及吗？',
      '我想了解一下艾滋阻断药是什么原理？',
    ],
    [
      'the same in English (rf-hiv-sexual-exposure)',
      'Condom split with a new partner on Saturday; is it too late to get PEP?',
      'What is PEP and who is it for?',
    ],
    [
      'a child crying when a fallen-on wrist is touched, bent oddly (rf-suspected-fracture)',
      '女儿荡秋千摔下来，手腕一碰就哭，手腕弯得有点怪。',
      '女儿荡秋千摔了一下，膝盖擦破点皮，跑跳都正常。',
    ],
    [
      "can't put a bit of weight on it after a crack (rf-suspected-fracture)",
      "Tripped off the kerb, heard a crack, and I can't put a bit of weight on my foot.",
      'Tripped off the kerb yesterday, a bit sore but walking fine today.',
    ],
    [
      'something in one eye while grinding (rf-eye-injury)',
      '用角磨机的时候左眼进了东西，一直磨得疼，流眼泪。',
      '用角磨机要注意什么，眼镜要买什么样的？',
    ],
    [
      'sudden muffled hearing, as if stuffed with cotton (rf-sudden-hearing-loss)',
      '今早起来右耳突然听不太见，像塞了棉花。',
      '奶奶耳朵背了好多年，助听器怎么选？',
    ],
    [
      'vomiting even water with little urine at a stated week (rf-hyperemesis)',
      '孕八周，喝口水也吐，一天就尿一次，尿是浓茶色。',
      '孕八周，早上有点恶心，吃得下饭，尿正常。',
    ],
    [
      'vomiting after a GLP-1 dose rise with little urine and dizziness on standing (rf-persistent-vomiting)',
      '打司美格鲁肽加量后开始吐，喝水也吐，只尿了一次，站起来发晕。',
      '打司美格鲁肽加量后有点恶心，吃得少，没有吐。',
    ],
    [
      'a potassium of 二点九 with weak legs on liquorice tablets (rf-low-potassium-result)',
      '咳嗽半年了，每天吃十几片复方甘草片，最近腿发软，体检血钾二点九。',
      '体检血钾四点二，正常吗？',
    ],
    [
      'quinsy said in dialect (rf-peritonsillar-abscess)',
      "Sore throat for five days, now she can hardly open her mouth and talks like she's got a mouthful of potato, fever.",
      'Sore throat for two days, eating and talking normally, no fever.',
    ],
    [
      'pain in waves with pinkish urine (rf-renal-colic)',
      "Pain in my left side comes in waves, can't sit still, and my urine is pinkish.",
      'I get a dull ache in my left side after sitting all day; urine is clear.',
    ],
    [
      "easier if I just didn't wake up (rf-passive-death-wish)",
      "Some nights I think it'd be easier if I just didn't wake up, but I have no plan and wouldn't act on it.",
      "Some nights I just don't wake up when my alarm goes off; how do I fix my sleep?",
    ],
    [
      'a calf bigger than the other, warm and tender (rf-dvt-signs)',
      'On the combined pill; my left calf is bigger than the right, warm and tender. Breathing fine.',
      'On the combined pill; my calves ache after running. No swelling.',
    ],
    [
      'a burn and blood after a hot enema (rf-rectal-bleeding)',
      'Tried a coffee enema and it was too hot; now burning in my bottom and some blood on the paper.',
      'How long should an enema be held in before going to the toilet?',
    ],
    [
      'a feeding tube pulled out (rf-feeding-tube-out)',
      '我外公中风后一直用鼻饲管，今天下午自己把管子扯出来了，人没什么不舒服。',
      '鼻饲管平时怎么冲洗比较好？',
    ],
    [
      'the same in English (rf-feeding-tube-out)',
      "Mum's PEG tube fell out an hour ago; she's comfortable and breathing fine.",
      "How often should Mum's PEG tube be flushed?",
    ],
    [
      'new rages weeks after starting perampanel (rf-antiepileptic-behaviour-change)',
      'My daughter was started on perampanel for her epilepsy three weeks ago and now she has rages and smashed a plate; no thoughts of harm.',
      'My daughter takes perampanel for her epilepsy; can she take it at night?',
    ],
    [
      'the same in Chinese on levetiracetam (rf-antiepileptic-behaviour-change)',
      '儿子上个月开始吃左乙拉西坦，最近脾气特别暴躁，还砸东西，没说过要伤害谁。',
      '儿子吃左乙拉西坦，漏吃了一次要补吗？',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('tuned on round 62 (red flags 1.57.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'pain between the shoulder blades with cold sweat and a grey face, no breathlessness (rf-acs-chest-pain-sweating)',
      '我爸刚才搬完花盆，两个肩胛骨中间一直闷着疼，满头冷汗，脸发灰，半小时了。',
      '我爸落枕了，两个肩胛骨中间有点酸，转头不舒服，其他都好。',
    ],
    [
      'a stool like jam in a crying infant, in Cantonese (rf-intussusception)',
      '个女八个月，啱啱屙咗啲似果酱咁嘅嘢，仲一阵阵喊。',
      '个女八个月，今日食咗啲士多啤梨果酱，想问得唔得？',
    ],
    [
      'breathless with haemoptysis on chemotherapy (rf-pulmonary-embolism-risk)',
      'Two cycles into chemo for breast cancer; since this morning I get breathless on the stairs and I coughed up some blood.',
      'On chemo for breast cancer; is it safe to have the flu jab?',
    ],
    [
      'the same in Chinese (rf-pulmonary-embolism-risk)',
      '肺癌化疗第二周，今天走几步就喘，咳了两口带血的痰，深吸气右边胸口痛。',
      '化疗期间饮食要注意什么？',
    ],
    [
      'a day and a place decided with farewell letters (rf-suicidal-intent)',
      "It's decided on tonight, the place is picked and I've written letters for my sisters.",
      "We've decided on tonight for the party, the place is picked and the invitations are out.",
    ],
    [
      'a cold white foot that can barely be felt (rf-limb-ischaemia)',
      'My wife has AF; her right foot went cold and pale an hour ago and she can barely feel it when I touch it.',
      'My feet go cold in winter but I can feel them fine.',
    ],
    [
      "a toddler's scald with blisters over the tummy and one arm (rf-major-burn)",
      'My 2 year old tipped a cup of boiling water over herself; her tummy and one arm are blistering.',
      'My 2 year old touched a hot mug; one fingertip is a little red, no blister.',
    ],
    [
      "a groin hernia that can't be got back, hard, with vomiting (rf-incarcerated-hernia)",
      "My husband's hernia came out this afternoon, it's hard and tender and he can't get it back in; he's vomited twice.",
      "My husband's hernia pops out when he coughs and goes back when he lies down; no pain.",
    ],
    [
      'oven cleaner in the right eye (rf-eye-chemical)',
      'Sprayed drain cleaner in my right eye by accident, it burns and everything is misty.',
      'Which eye drops are best for tired eyes after screens?',
    ],
    [
      'pregabalin and wine, slow breathing and hard to wake (rf-drug-overdose)',
      "My brother took extra gabapentin with beer tonight and now I can't properly wake him, breathing slow.",
      'I take gabapentin for nerve pain; is one beer at a wedding okay?',
    ],
    [
      'bleeding gums and bruises days after rat poison bait was handled (rf-pesticide-poisoning)',
      'Grandad put down brodifacoum rat bait last week without gloves; now his gums are bleeding and there are bruises all over his arms.',
      'Which rat poison is safest to use in a house with a dog?',
    ],
    [
      'the same in Chinese (rf-pesticide-poisoning)',
      '奶奶上周撒了溴敌隆毒老鼠，这两天牙龈一直渗血，腿上好几块乌青块。',
      '溴敌隆放在哪里不会被猫吃到？',
    ],
    [
      'an overdose after a row in which the writer and a relative took part (assertion: joint subject)',
      "I swallowed a whole strip of my dad's sleeping pills after my sister and I had a fight.",
      'My dad had a whole strip of sleeping pills on the shelf; is it safe to keep them there?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });
  it.each([
    [
      'bruising after slapping therapy on the legs is no cyanosis (except of rf-cyanosis)',
      '去拍打养生馆拍了两个钟头，腿上全是青紫，有点疼。',
      '孩子嘴唇发紫，喘不上气。',
    ],
    [
      '吐血 as a figure of speech (except of rf-haematemesis)',
      '这个报表改了八遍，真是要吐血，颈椎也酸。',
      '喝完酒吐了一大口鲜血，头晕。',
    ],
    [
      'a nursing exam question about shock (assertion: study)',
      '下周考试要背失血性休克的抢救流程，补液顺序是什么？',
      '我妈刚才大出血，脸色惨白，叫不醒。',
    ],
    [
      'a future allergic reaction asked about ahead of time (assertion: future condition)',
      '要是以后女儿吃虾过敏，嘴唇肿、喘不上气，家里要备什么药？',
      '女儿刚吃了虾，嘴唇肿、喘不上气。',
    ],
    [
      'weeing every five minutes is no seizure (rf-status-epilepticus)',
      'Weeing every five minutes and it burns, no fever, back fine.',
      "He's been fitting for five minutes and still shaking all over.",
    ],
    [
      'hay fever is no fever (except of rf-sepsis)',
      'Hay fever is awful this week, sneezing constantly; which tablets are least drowsy?',
      'Fever of 39.5, shaking, and she is confused and drowsy.',
    ],
    [
      'a faint blotchy rash in a well child (except of rf-anaphylaxis and rf-sepsis)',
      'My toddler has a faint blotchy rash on his back and a temperature of 37.9 but is running around happily.',
      'Her lips are swelling after peanuts and she is wheezing.',
    ],
  ] as Array<[string, string, string]>)('not an emergency: %s', (_class, text, emergency) => {
    expect(rulesLevel(text)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });
  it.each([
    [
      'bright red blood in early pregnancy, no pain (rf-pregnancy-spotting)',
      '怀孕六周，刚才内裤上有点鲜红的血，不疼。',
      '怀孕六周，想问能不能吃叶酸？',
    ],
    [
      'blisters after fire therapy (rf-minor-burn)',
      '昨天做了火疗，腰上起了几个大水泡，破了。',
      '火疗对腰肌劳损有用吗？',
    ],
    [
      'cola urine said with 小便 after hours of exercise (rf-rhabdomyolysis)',
      '昨天连做了三小时深蹲，今天大腿肌肉酸痛得厉害，小便像浓茶色。',
      '昨天深蹲后大腿酸，小便颜色正常。',
    ],
    [
      'stinging urine with loin pain and rigors (rf-pyelonephritis)',
      "Peeing every half hour and it stings, an ache round the back on the right and I've been shivering.",
      'Peeing more often since I started drinking more water; no stinging.',
    ],
    [
      'tenderness below the thumb after a fall on the hand (rf-suspected-fracture)',
      'Fell off my skateboard and put my hand out; pressing the hollow below my thumb really hurts.',
      'My thumb joint aches after a day of texting.',
    ],
    [
      'a sore hip after an older person slipped (rf-suspected-fracture)',
      "Gran slipped in the bathroom this morning; her hip hurts and she can't manage the stairs.",
      'Gran has arthritis in her hip; which cushion is best?',
    ],
    [
      'a knuckle cut on teeth in a fight (rf-animal-bite)',
      'Punched someone last night and cut my knuckle on his teeth; the finger is swollen today.',
      'I crack my knuckles a lot; is that bad?',
    ],
    [
      'a red aching eye with light hurting (rf-painful-red-eye)',
      'My left eye has gone red around the iris, aches, and light really hurts.',
      'My eye is a bit red from hay fever and itchy.',
    ],
    [
      'a toddler limping and refusing to bear weight (rf-child-limp-hip)',
      "Our son has been limping since breakfast and won't put weight on his left leg, no injury.",
      'Our son limped a bit after football but is running around fine now.',
    ],
    [
      'family better off without me, no plan (rf-passive-death-wish)',
      "Lately I think they'd manage easier without me, but I've no plan and would never act on it.",
      'How do I tell my team they will manage easier without me when I retire?',
    ],
    [
      'running to the toilet with blood through it (rf-bloody-diarrhoea)',
      "I've been running to the loo all day and now there's blood through it.",
      "I've been running to the loo all day after a curry, nothing else.",
    ],
    [
      'a barbed fish hook in a finger (rf-retained-foreign-body)',
      "A fishing hook went into my finger, barb and all, and I can't back it out.",
      'What size fishing hook is best for trout?',
    ],
    [
      'drowsy and wobbly after CBD added to clobazam (rf-anticonvulsant-toxicity)',
      "Since we added CBD oil to my son's clobazam he is much sleepier and a bit wobbly.",
      'Is CBD oil legal to buy for adults?',
    ],
    [
      'stinging urine in pregnancy (rf-uti-pregnancy)',
      "I'm 14 weeks pregnant and it's stinging when I wee, no fever.",
      "I'm 14 weeks pregnant; is cranberry juice safe to drink?",
    ],
    [
      'the same in Chinese (rf-uti-pregnancy)',
      '怀孕二十周，这两天尿频尿急，尿尿有点刺痛，不发烧。',
      '怀孕二十周，晚上起夜两次正常吗？',
    ],
    [
      'shaking and a racing heart after stopping daily diazepam (rf-sedative-withdrawal)',
      "Took diazepam every day for a year and stopped on Monday; now I'm shaky, sweating and my heart is racing.",
      'My doctor is tapering my diazepam slowly; can I drive?',
    ],
    [
      'the same in Chinese after zolpidem (rf-sedative-withdrawal)',
      '吃了半年唑吡坦，前天自己停了，现在手抖、心慌、坐立不安。',
      '唑吡坦睡前多久吃比较好？',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});

describe('tuned on round 63 (red flags 1.58.0)', () => {
  const rules = new RedFlagDetector(loadBundledGuardKnowledge({ model: false }).redflags!);
  const harm = new HarmDetector();
  /** As the guard's triage reads a message: the red flags and the harm detector together. */
  const rulesLevel = (text: string) => triageOf([...rules.detect(text), ...harm.detect(text)]);
  it.each([
    [
      'jaw and left arm ache in dialect with a sweating forehead (rf-acs-chest-pain-sweating)',
      '我爸五十八，刚才搬完箱子，下巴和左边膀子酸得很，额头全是汗，歇了二十分钟都没好。',
      '我爸下巴有点酸，昨天啃了一天甘蔗，其他都好。',
    ],
    [
      'chest pain tearing through to the back (rf-aortic-dissection)',
      '同事刚才突然说胸口一直撕到后背，疼得弯着腰，脸煞白。',
      '我把胶带从后背撕下来的时候有点疼。',
    ],
    [
      'hives, a stuffed throat and a hoarse voice after a wasp sting (rf-sting-systemic)',
      '我儿子在地里被马蜂蜇了，几分钟身上一片片风团，喉咙里像塞了东西，嗓音也哑了。',
      '我儿子被马蜂蜇了一下，手背肿了硬币大一块。',
    ],
    [
      'pills stockpiled, a letter written and the phone not answered (rf-suicidal-intent)',
      '我朋友说她把药都攒下来了，信也写好了，电话打过去不接。',
      '我朋友把药都放进药箱了，电话打过去不接，估计在开会。',
    ],
    [
      'a whole box of cold capsules swallowed (rf-drug-overdose)',
      '我刚才把一整盒感冒胶囊全吞了，现在有点晕。',
      '感冒胶囊一盒有几粒？一次吃几粒？',
    ],
    [
      'vomiting, jaundice and confusion after fermented corn noodles (rf-mushroom-poisoning, bongkrekic acid)',
      '我妈昨天吃了家里自己做的酸汤子，今天上吐下泻，眼睛发黄，说话迷糊。',
      '酸汤子怎么做才安全？',
    ],
    [
      'sore throat, mouth ulcers and a high fever with rigors on metamizole (rf-neutropenic-fever)',
      '我妈吃安乃近一个月了，这两天嗓子痛、嘴里烂了，今天发烧39度还打寒战。',
      '我妈以前吃过安乃近，想问这个药现在还能买到吗？',
    ],
    [
      'the same in English (rf-neutropenic-fever)',
      'Grandad has been on metamizole for his back; now a sore throat, mouth ulcers, temp 39.6 and rigors.',
      'Is metamizole still sold in Europe?',
    ],
    [
      'a headache at orgasm that went off like a bomb, with vomiting (rf-thunderclap-headache)',
      "Back of my head went off like a bomb during sex last night, worst pain of my life, and I've been sick since.",
      'Worst pain of my life was my kidney stone last year; what should I eat to avoid another?',
    ],
    [
      'pleuritic pain on filling the lungs after a flight on the pill (rf-pulmonary-embolism-risk)',
      "Flew back from Sydney two days ago, I'm on the combined pill and now a knife jabs me every time I fill my lungs.",
      "Flew back from Sydney two days ago, I'm on the combined pill and a bit jet-lagged.",
    ],
    [
      'a thumping head, jagged lines and a high reading after birth (rf-preeclampsia-signs)',
      'Had my baby a week ago; tonight my head is thumping, jagged lines in my vision and BP 165/112.',
      'Had my baby a week ago; my BP at the check was 118/72 and I feel fine.',
    ],
    [
      'a temperature of 38 in a baby "just five weeks" (rf-infant-fever-under-3-months)',
      'My daughter is just five weeks and her temperature is 38.2.',
      'My daughter is just five weeks and she hiccups a lot after feeds.',
    ],
    [
      'green bile, a drum-tight belly and no wind after bowel surgery (rf-bowel-obstruction)',
      "Had an operation on my bowel last year; now bringing up green bile, tummy swollen like a drum and I haven't passed wind all day.",
      'My tummy is swollen like a drum after a big curry, passing lots of wind.',
    ],
    [
      'a bad disc, a numb bottom and no wee (rf-cauda-equina)',
      "Bad disc for years; today he can't feel his bum and he hasn't been able to wee since breakfast.",
      'Bad disc for years; he can wee fine and feels everything, just the usual ache.',
    ],
    [
      'sight gone from one eye like a blind coming down (rf-sudden-vision-loss)',
      'An hour ago the sight went clean out of my left eye like a blind came down, no pain.',
      'Pulled the blind down because the sun hurts my eyes after a screen day.',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, emergency, nearMiss) => {
    expect(rulesLevel(emergency)).toBe('emergency');
    expect(rulesLevel(nearMiss)).not.toBe('emergency');
  });
  it.each([
    [
      'a grinding fleck in the eye with sight kept is no penetrating injury (except of rf-eye-penetrating)',
      '厂里打磨的时候铁屑飞进左眼，现在红、流泪、眨眼痛，看东西还看得清。',
      '厂里打磨的时候铁屑飞进左眼，现在眼睛看不清了，流出透明的水。',
    ],
    [
      'a scalp cut that stopped with pressure (except of rf-uncontrolled-bleeding)',
      '额头磕在柜角上破了个口子，流了好多血，按住五分钟就止住了，人很清醒，要不要去缝？',
      '手被玻璃划了个口子，血一直往外冒，按了十分钟还止不住。',
    ],
    [
      'blood pressure "shooting up" as a figure of speech (except of rf-uncontrolled-bleeding)',
      '今天听到房价，我血压一下子飙到一百八，开玩笑的，想问降压药早上吃还是晚上吃？',
      '手被玻璃划了个口子，血一直往外冒，按了十分钟还止不住。',
    ],
    [
      'sore throat and 38 on clozapine is a same-day blood count (rf-drug-agranulocytosis)',
      "I'm on clozapine and have had a sore throat and a temperature of 38 since last night.",
      'On clozapine, sore throat, temp 39.4 and rigors, he can hardly stand.',
    ],
  ] as Array<[string, string, string]>)('not an emergency: %s', (_class, text, emergency) => {
    expect(rulesLevel(text)).not.toBe('emergency');
    expect(rulesLevel(emergency)).toBe('emergency');
  });
  it.each([
    [
      'a grinding fleck in the eye with sight kept (rf-eye-injury)',
      '厂里打磨的时候铁屑飞进左眼，现在红、流泪、眨眼痛，看东西还看得清。',
      '厂里打磨的时候要戴什么样的护目镜？',
    ],
    [
      'a scalp cut that may need stitches (rf-deep-laceration)',
      '额头磕在柜角上破了个口子，流了好多血，按住五分钟就止住了，人很清醒，要不要去缝？',
      '额头磕了一下，没破皮，有点红。',
    ],
    [
      'pus and fever after a circumcision (rf-surgical-site-infection)',
      '儿子前天做了包皮环切，今天伤口红肿有脓，体温38.2，尿尿喊痛。',
      '儿子前天做了包皮环切，想问多久能洗澡？',
    ],
    [
      'raised ketones with glucose that will not come down in type 1 diabetes (rf-hyperglycaemia-high)',
      '我是1型糖尿病，血糖一直在17下不来，血酮0.8，没有吐。',
      '我是1型糖尿病，血酮怎么测？',
    ],
    [
      'a fish bone stuck in the throat, said after a comma (rf-fish-bone)',
      '吃鱼的时候一根刺卡在喉咙里，咽口水就疼，呼吸正常。',
      '吃鱼的时候怎么避免被刺卡到？',
    ],
    [
      'not waking up would be fine, in Wu (rf-passive-death-wish)',
      '最近很累，有时候觉得困一觉醒弗来也好，不过没想过办法。',
      '最近很累，困一觉醒来就好多了。',
    ],
    [
      'the same in Irish English (rf-passive-death-wish)',
      "Lately it'd be no harm if I drifted off one night and never woke, but I've no plan and wouldn't act on it.",
      'I drifted off on the sofa and that was that for the evening, ha.',
    ],
    [
      'a calf "fatter" than the other after a long journey (rf-dvt-signs)',
      '坐了十几个钟头火车，右小腿肚比左边胖一圈，按着痛。',
      '最近胖了，小腿肚也比以前粗。',
    ],
    [
      'vomiting after fresh daylily not blanched (rf-plant-food-toxin)',
      '中午炒了新鲜黄花菜，没焯水，吃完三个钟头就上吐下泻，肚子绞痛，人是清醒的。',
      '黄花菜怎么做好吃？',
    ],
    [
      'the same after undercooked kidney beans (rf-plant-food-toxin)',
      "We ate undercooked kidney beans at lunch and now we're both vomiting with cramps.",
      'How long should I boil kidney beans?',
    ],
    [
      'a white spot on the cornea after sleeping in lenses (rf-painful-red-eye)',
      '戴隐形眼镜睡了一觉，右眼痛、怕光、流泪，黑眼珠上有个小白点。',
      '隐形眼镜多久换一次？',
    ],
    [
      'the same in English (rf-painful-red-eye)',
      "Slept in my contact lenses, now my eye is sore and streaming and there's a white dot on it.",
      'How often should I replace my contact lenses?',
    ],
    [
      'a leaking voice prosthesis after laryngectomy (rf-voice-prosthesis-leak)',
      '我爸全喉切除后装了发音钮，这两天一喝水就呛咳，水从造口冒出来。',
      '我爸全喉切除后装了发音钮，想问多久换一次？',
    ],
    [
      'the same in English (rf-voice-prosthesis-leak)',
      'My dad had a laryngectomy and has a voice prosthesis; since today it leaks and he coughs whenever he drinks.',
      'My dad had a laryngectomy and has a voice prosthesis; how often is it changed?',
    ],
    [
      'a sore throat and fever on clozapine (rf-drug-agranulocytosis)',
      "I'm on clozapine and have had a sore throat and a temperature of 38 since last night.",
      "I'm on clozapine; how often are the blood tests?",
    ],
    [
      'pain moving from the navel to the lower right (rf-appendicitis-signs)',
      'Pain started round her belly button yesterday and has moved to the lower right, she winces at every bump, temp 37.8.',
      'Her belly button is a bit red after the piercing.',
    ],
    [
      'one wet nappy and no tears in a toddler with diarrhoea (rf-child-moderate-dehydration)',
      'My little boy has had diarrhoea for two days, only one wet nappy today and crying without tears.',
      'My little boy has had a runny nose for two days, plenty of wet nappies.',
    ],
    [
      'an ear "almost deaf" on waking (rf-sudden-hearing-loss)',
      'Woke up with my left ear almost deaf and a whooshing noise, no pain.',
      'My ears feel blocked on the plane; how do I pop them?',
    ],
    [
      "a bead pushed into a child's ear (rf-foreign-body-nose-ear)",
      "My son pushed a bead into his ear and I can't get it out.",
      'What kind of beads are safe for a 4 year old?',
    ],
  ] as Array<[string, string, string]>)('%s', (_class, urgent, nearMiss) => {
    expect(rulesLevel(urgent)).toBe('urgent');
    expect(rulesLevel(nearMiss)).toBe('routine');
  });
});
