"""A blind review, in the twenty-second session, of the eight languages typed casually on a
phone: no accents, typos, slang and regional words (Mexico and Spain, Brazil and Portugal,
Quebec, Bavaria, Russian in Latin letters, Hinglish), the sign inside a longer message about
night cramps or told of a relative; 12 reports and 6 look-alikes a language. A swollen,
painful leg alone is same-day help (16 reports), the other signs emergencies. Scored before
any change: every report raised but "мне с вечера немного тяжеловато дышать" (now read:
тяжеловато, трудновато), and 15 of 48 look-alikes alarmed: a chest pain or breathlessness
"last year, checked, all fine" and "what if I get short of breath one day, who do I call?"
in every language. Each language now has `not_now` phrases (another time, a supposition)
that, opening the sign's clause with nothing of now after them, make it no report.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

READ_WHOLE = True

REPORTS = [
    (
        "tengo un dolor en el pecho q no se me quita desde hace rato, aparte de los calambres de siempre en la noche",
        "emergency",
    ),
    (
        "oye me duele el pecho cuando respiro hondo, y desde ayer tengo la pantorrilla re dolorida",
        "emergency",
    ),
    ("wey me aprieta el pecho bien feo y me duele el brazo izq, q hago??", "emergency"),
    ("no puedo respirar bien, me falta el aire y la pierna me sigue doliendo", "emergency"),
    (
        "me cuesta un poco respirar desde anoche, seguro no es nada pero pregunto x las dudas",
        "emergency",
    ),
    (
        "hola, tengo los calambres de siempre en las noches, me estiro y se pasan, todo bien con eso. pero hoy ademas me ahogo, me quedo sin aire hasta sentada",
        "emergency",
    ),
    (
        "estoy tosiendo sangre, poquita pero sangre, y la pantorrilla me duele hace dias",
        "emergency",
    ),
    (
        "mi papa esta tosiendo con sangre desde la mañana y tiene la pierna hinchada, q hacemos",
        "emergency",
    ),
    (
        "mi mamá se desmayó hace un rato en la cocina, ya desperto pero esta rara. antes se quejaba de calambres",
        "emergency",
    ),
    ("me desmaye recien en el baño, toy mareadisima todavia", "emergency"),
    (
        "tengo la pierna izquierda hinchada, roja y caliente, la otra esta normal, me duele un monton",
        "urgent",
    ),
    (
        "tio tengo el gemelo derecho hinchadisimo y me duele al andar, el izquierdo nada. ayer volvi de un vuelo de 12 horas",
        "urgent",
    ),
    ("to com uma dor no peito q nao passa, e a panturrilha ta doendo faz 2 dias", "emergency"),
    ("doi-me o peito quando respiro fundo, ontem tive caibras na barriga da perna", "emergency"),
    (
        "vc acha q é normal? sinto um aperto no peito desde cedo q vai pro braço esquerdo, tb to com caibra de noite",
        "emergency",
    ),
    ("nao consigo respirar direito, fico sem ar so de andar ate a cozinha", "emergency"),
    ("to meio sem folego desde ontem, acho q nao é nada ne", "emergency"),
    (
        "tenho caibras a noite ha meses, estico e passa, isso ta tranquilo. mas hoje falta-me o ar mesmo sentada no sofa",
        "emergency",
    ),
    ("tossi sangue agora pouco, e a perna ta inchada", "emergency"),
    ("meu pai ta tossindo sangue, oq eu faço", "emergency"),
    ("minha mae desmaiou agr no banheiro, ela tava reclamando de caibra na perna", "emergency"),
    ("desmaiei ainda agora na rua, fiquei uns segundos apagado, ainda to tonto", "emergency"),
    ("minha perna esquerda ta inchada, vermelha e quente, so ela, doi mto", "urgent"),
    (
        "a barriga da perna direita esta inchadissima e doi ao andar, a outra ta normal. cheguei ontem de autocarro, 10h de viagem",
        "urgent",
    ),
    (
        "j'ai mal a la poitrine depuis ce matin, ca serre, et j'ai des crampes la nuit en plus",
        "emergency",
    ),
    (
        "chu pas bien, j'ai une douleur dans la poitrine quand je respire fort, pis mon mollet me fait mal depuis hier",
        "emergency",
    ),
    ("slt, ca me serre dans le thorax et ca descend dans le bras gauche, c grave?", "emergency"),
    (
        "j'arrive pas a respirer correctement, je suis essouflé juste en marchant jusqu'a la cuisine",
        "emergency",
    ),
    ("j'ai un peu de mal a respirer depuis hier soir, rien de grave je pense", "emergency"),
    (
        "j'ai des crampes la nuit depuis des mois, je m'etire et ca passe, ca c'est correct. mais depuis tantot j'manque d'air meme assis",
        "emergency",
    ),
    ("je crache du sang depuis ce matin et j'ai mal au mollet", "emergency"),
    ("mon chum tousse du sang, pis il a la jambe enflée, on fait quoi", "emergency"),
    (
        "ma mere vient de s'evanouir dans la cuisine, elle se plaignait de crampes avant",
        "emergency",
    ),
    ("jviens de tomber dans les pommes au taf, jsuis encore tout mou", "emergency"),
    (
        "ma jambe gauche est gonflée, rouge et chaude, l'autre est normale, ca fait tres mal",
        "urgent",
    ),
    (
        "mon mollet droit est tout enflé pis y fait mal quand j'marche, l'autre non. j'ai fait 14h de char hier",
        "urgent",
    ),
    (
        "hab seit heut morgen schmerzen in der brust, drückt richtig, dazu die üblichen wadenkrämpfe nachts",
        "emergency",
    ),
    ("tut in der brust weh wenn ich tief einatme, die wade tut seit gestern weh", "emergency"),
    ("mir is so eng in der brust und der linke arm zieht, is das schlimm?", "emergency"),
    ("ich krieg kaum luft, schon beim laufen zur küche total ausser atem", "emergency"),
    ("bekomm seit gestern abend etwas schlecht luft, is wahrscheinlich nix oder", "emergency"),
    (
        "hab seit monaten nachts krämpfe, dehnen hilft, das passt schon. aber heute krieg ich sogar im sitzen keine luft",
        "emergency",
    ),
    ("huste blut seit heute früh und die wade is dick", "emergency"),
    ("mein vater hustet blut, was sollen wir machen", "emergency"),
    (
        "meine mutter is grad in der küche umgekippt, sie hat vorher über krämpfe geklagt",
        "emergency",
    ),
    ("bin eben ohnmächtig geworden aufm klo, mir is immer noch schwindlig", "emergency"),
    ("mein linkes bein is geschwollen, rot und warm, das andere normal, tut voll weh", "urgent"),
    (
        "mei rechts wadl is ganz angschwollen und tut beim gehen weh, links passt alles. bin gestern 11h bus gfahren",
        "urgent",
    ),
    ("ho un dolore al petto da stamattina, stringe, e di notte ho i soliti crampi", "emergency"),
    ("mi fa male il petto quando respiro a fondo, e il polpaccio mi fa male da ieri", "emergency"),
    ("ho come una morsa al petto e mi fa male il braccio sx, e grave?", "emergency"),
    ("non riesco a respirare bene, mi manca il fiato solo a camminare fino in cucina", "emergency"),
    ("faccio un po fatica a respirare da ieri sera, sara niente", "emergency"),
    (
        "ho crampi di notte da mesi, mi allungo e passano, quello ok. pero oggi mi manca l'aria anche da seduta",
        "emergency",
    ),
    ("sto tossendo sangue da stamattina e ho il polpaccio gonfio", "emergency"),
    ("mio papa tossisce sangue, che facciamo", "emergency"),
    ("mia mamma e svenuta adesso in cucina, prima si lamentava dei crampi", "emergency"),
    ("so svenuto poco fa al lavoro, mi gira ancora tutto", "emergency"),
    ("ho la gamba sinistra gonfia, rossa e calda, l'altra e normale, fa un male cane", "urgent"),
    (
        "il polpaccio destro e tutto gonfio e mi fa male quando cammino, il sinistro niente. ieri 12 ore di aereo",
        "urgent",
    ),
    ("болит в груди с утра, давит, и ночью судороги как обычно", "emergency"),
    ("больно в груди когда глубоко вдыхаю, икра болит со вчера", "emergency"),
    ("давит за грудиной и левую руку тянет, это оч плохо?", "emergency"),
    ("ne mogu normalno dyshat, zadyhayus dazhe poka idu do kuhni", "emergency"),
    ("мне с вечера немного тяжеловато дышать, мб ерунда", "emergency"),
    (
        "судороги ночью уже несколько месяцев, тяну носок на себя и проходит, это норм. но ща не хватает воздуха даже сидя",
        "emergency",
    ),
    ("кашляю кровью с утра и икра опухла", "emergency"),
    ("папа кашляет кровью чё делать", "emergency"),
    ("мама щас упала в обморок на кухне, до этого жаловалась на судороги", "emergency"),
    ("я только что потерял сознание в туалете, до сих пор голова кружится", "emergency"),
    ("левая нога опухла, красная и горячая, правая норм, болит жесть", "urgent"),
    ("правая икра вся отекла и болит при ходьбе, левая норм. вчера 10ч в поезде ехал", "urgent"),
    ("dada sy sakit dari pagi, kayak ditekan, trus kram kaki tiap malem jg", "emergency"),
    ("dada sakit kalo narik napas dalem, betis sakit dr kemarin", "emergency"),
    ("dada nyeri kayak ditindih sampe ke lengan kiri, bahaya gak sih?", "emergency"),
    ("gak bisa napas dgn bener, ngos2an padahal cuma jalan ke dapur", "emergency"),
    ("dari semalem agak susah napas dikit, paling gpp kali ya", "emergency"),
    (
        "udah berbulan2 kram tiap malem, diluruskan ilang, itu sih biasa. tp hari ini sesak napas padahal lagi duduk",
        "emergency",
    ),
    ("batuk darah dari tadi pagi, betis jg bengkak", "emergency"),
    ("bapak sy batuk keluar darah, hrs gmn", "emergency"),
    ("ibu barusan pingsan di dapur, sebelumnya ngeluh kram", "emergency"),
    ("aku barusan pingsan di kamar mandi, msh pusing bgt", "emergency"),
    ("kaki kiri bengkak, merah, anget, yg kanan biasa aja, sakit bgt", "urgent"),
    ("betis kanan bengkak bgt n sakit kalo jalan, kiri gpp. kemarin 12 jam naik bis", "urgent"),
    ("सुबह से सीने में दर्द है, दबाव जैसा, और रात को पैर में ऐंठन भी होती है", "emergency"),
    ("गहरी सांस लेने पर सीने में चुभन होती है, कल से पिंडली दुख रही है", "emergency"),
    ("मुझे ठीक से सांस नहीं आ रही, थोड़ा चलने पर ही हांफने लगता हूं", "emergency"),
    ("आज सुबह से खांसी में खून आ रहा है, पिंडली में भी दर्द है", "emergency"),
    ("मम्मी अभी रसोई में बेहोश हो गईं, पहले पैर में क्रैम्प की शिकायत कर रही थीं", "emergency"),
    ("बायां पैर सूज गया है, लाल और गरम है, दायां ठीक है, बहुत दर्द है", "urgent"),
    (
        "yaar chest me bahut pain ho raha hai subah se, aur left haath me bhi ja raha hai",
        "emergency",
    ),
    ("saans lene me thodi dikkat ho rahi hai kal raat se, shayad kuch nahi hai", "emergency"),
    (
        "raat ko cramps toh roz aate hai, stretch se thik ho jata h. par aaj baithe baithe bhi saans nahi aa rahi properly",
        "emergency",
    ),
    ("papa ko khansi me khoon aa raha hai, kya kare", "emergency"),
    ("abhi office me chakkar aake gir gaya, kuch sec ke liye hosh nahi tha", "emergency"),
    (
        "right calf bahut suja hua hai aur chalne pe dard hota hai, left normal. kal 14 ghante train me tha",
        "urgent",
    ),
]

STILL_MISSED: list[str] = []

LOOK_ALIKES = [
    "me dan calambres en la noche en las dos piernas, sin dolor de pecho ni nada, respiro normal. q puedo tomar?",
    "el año pasado me dolio el pecho, me hicieron estudios y todo bien, desde entonces nada. ahora solo calambres en los gemelos de noche",
    "mi abuela tuvo un coagulo en la pierna hace como 20 años, eso es hereditario? yo solo tengo calambres normales",
    "¿y si me falta el aire algun dia, a quien llamo? por ahora solo son calambres",
    "jaja casi me da un infarto del susto cuando me agarro el calambre anoche, ya estoy bien",
    "anoche se me hizo piedra la pantorrilla, grite como loca, los dedos del pie se me torcieron solos, duro como 1 minuto y se fue. hoy solo me duele un poquito el musculo",
    "tenho caibra nas duas pernas de noite, sem dor no peito, respiro normal, oq posso fazer?",
    "ano passado tive falta de ar, fiz exames e deu tudo ok, ja passou faz tempo. hoje so caibra mesmo",
    "minha avo teve trombose ha uns 30 anos, isso conta? eu so tenho caibra comum",
    "e se um dia eu ficar sem ar, ligo pra quem? por enquanto so caibra msm",
    "levei um susto q quase tive um infarto kkkk a caibra veio do nada, mas ja passou",
    "acordei com a batata da perna dura que nem pedra, gritei, os dedos do pe encolheram tudo, passou em 1 min. hj ta so dolorida",
    "crampes aux deux mollets la nuit, pas de douleur a la poitrine, je respire bien, des conseils?",
    "l'an dernier j'ai eu une douleur thoracique, bilan fait, tout etait normal, c'est passé. maintenant juste des crampes",
    "mon grand-pere a eu une phlebite y a 25 ans, ca peut etre hereditaire? moi j'ai juste des crampes",
    "et si jamais je suis essoufflé un jour, j'appelle qui? pour l'instant juste des crampes",
    "j'ai failli faire une crise cardiaque tellement j'ai eu peur quand la crampe est arrivée lol, ca va mieux",
    "cette nuit mon mollet s'est transformé en pierre, j'ai hurlé, les orteils tout tordus, 1 min d'enfer puis plus rien. juste un peu courbaturé ce matin",
    "nachts krämpfe in beiden waden, keine brustschmerzen, atmen geht normal, tipps?",
    "letztes jahr hatte ich mal atemnot, wurde alles untersucht, war nix und is weg. jetzt nur noch krämpfe",
    "meine oma hatte vor 30 jahren ne thrombose, is das erblich? ich hab nur normale krämpfe",
    "was wenn ich mal keine luft mehr krieg, wen ruf ich dann an? momentan nur krämpfe",
    "hab vor schreck fast nen herzinfarkt gekriegt als der krampf kam lol, is aber wieder gut",
    "heut nacht wurde meine wade steinhart, hab geschrien, zehen total verkrampft, nach ner minute vorbei. heute bisschen muskelkater",
    "crampi a tutti e due i polpacci di notte, niente dolore al petto, respiro bene, consigli?",
    "l'anno scorso ho avuto dolore al petto, fatto tutti gli esami, tutto ok, passato. ora solo crampi",
    "mia nonna aveva avuto una trombosi 30 anni fa, e ereditario? io ho solo crampi normali",
    "e se mi manca il fiato un giorno che faccio? per ora solo crampi",
    "mi e preso un infarto dallo spavento quando e arrivato il crampo ahah, adesso tutto ok",
    "stanotte il polpaccio e diventato un sasso, ho urlato, dita del piede tutte storte, 1 minuto e poi passato. oggi solo un po indolenzito",
    "судороги в обеих икрах ночью, боли в груди нет, дышу нормально, чё делать?",
    "в прошлом году была одышка, обследовали, всё ок, прошло. сейчас только судороги",
    "у бабушки лет 30 назад был тромб, это передается? у меня просто судороги",
    "а если вдруг будет не хватать воздуха, куда звонить? пока только судороги",
    "чуть инфаркт не схватил от неожиданности когда ногу свело лол, уже прошло",
    "ночью икру свело в камень, орал, пальцы скрючило, через минуту отпустило. сегодня чуть ноет",
    "kram di dua betis tiap malem, dada gak sakit, napas normal, ada saran?",
    "tahun lalu pernah sesak, udah cek semua normal, udah sembuh. skrg cuma kram",
    "nenek dulu 30 thn lalu kena trombosis, nurun gak? aku cuma kram biasa",
    "kalo nanti tiba2 sesak napas hrs telp siapa? skrg cuma kram aja",
    "kram betis tadi malem bikin jantungan wkwk, skrg udh biasa aja",
    "semalem betis keras kayak batu, sampe teriak, jari kaki nekuk semua, 1 menit ilang. hari ini cuma pegel dikit",
    "दोनों पिंडलियों में रात को ऐंठन होती है, सीने में कोई दर्द नहीं, सांस ठीक है, क्या करूं?",
    "पिछले साल सांस फूलती थी, सब टेस्ट करवाए, सब नॉर्मल निकला, अब ठीक है। अब बस क्रैम्प होते हैं",
    "दादी को 30 साल पहले पैर में खून का थक्का हुआ था, क्या ये खानदानी है? मुझे बस आम ऐंठन है",
    "agar kabhi saans phoolne lage toh kisko call karu? abhi sirf cramps hai",
    "raat ko cramp aaya toh itna dard hua ki jaan hi nikal gayi lol, ab thik hu",
    "kal raat calf ekdum patthar ban gaya, chilla diya, ungliyan mud gayi, 1 min me chala gaya. aaj bas halka sa dard hai",
]

STILL_ALARMED: list[str] = []
