"""A blind review, in the nineteenth session, written to break a reading of a sign told as the
past and over in the eight other languages (a time gone by in the sign's clause, nothing of
now, then checked or all well: "el mes pasado me desmaye ..., ya me vio el medico y todo
bien desde entonces"). It silenced 50 of 88 reports: a well word denied, asked or about
something else ("no me vio el medico", "todo bien?", "todo bien con el bebe"), a past time
that dates a sign still going ("hace dos semanas que me falta el aire", "desde la semana
pasada") or another event (a rusty nail, an operation, a flight), "once again" read as a
past time ("una vez mas", "noch einmal", "ek baar aur"). It was dropped. With the rules as
they are, 88 of 88 reports raised and 2 of 40 look-alikes quiet.
In the twenty-second session a time gone by that opens the sign's clause, with nothing
of now after it (content/languages.yaml `not_now`), quiets 25 more: 27 of 40 look-alikes quiet.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

READ_WHOLE = True

REPORTS = [
    ('hace dos semanas que me falta el aire, todo bien con el bebe', 'emergency'),
    ('desde la semana pasada me falta el aire, nada mas camino tantito y me ahogo', 'emergency'),
    ('me desmaye una vez mas en el trabajo, no me vio el medico todavia', 'emergency'),
    ('hace tres semanas que tengo la pierna izquierda fria y blanca, nadie me reviso, no me vio el medico', 'emergency'),
    ('me duele mucho el pecho y no respiro bien desde la semana pasada, no todo bien la verdad', 'emergency'),
    ('tengo dolor en el pecho desde hace unas semanas y me cuesta respirar, sera que todo bien?', 'emergency'),
    ('hace dos semanas me corte con un alambre oxidado y tengo la mandibula trabada, no puedo abrir la boca. la herida se ve todo bien', 'emergency'),
    ('hace dos semanas me operaron de la rodilla y tengo la pierna fria y palida, no siento el pie. la operacion todo bien segun ellos', 'emergency'),
    ('el mes pasado me desmaye y el medico dijo que todo bien, me acabo de desmayar otra vez', 'emergency'),
    ('el mes pasado me desmaye y ya me vio el medico y me acabo de desmayar en la oficina y no se que hacer, todo normal en los analisis', 'emergency'),
    ('el medico reviso a mi madre, todo bien, pero yo me desmaye', 'emergency'),
    ('hace unas semanas que toso sangre, no me vio el medico', 'emergency'),
    ('llevo toda la semana tosiendo sangre desde el mes pasado, todo bien??', 'emergency'),
    ('acabei de desmaiar mais uma vez no trabalho, o medico disse que era normal da ultima vez mas to com medo', 'emergency'),
    ('desde a semana passada to com falta de ar e dor no peito, acho que nao ta tudo bem', 'emergency'),
    ('ha duas semanas operei o joelho e a perna ta fria e branca, nao sinto o pe. o medico disse que era normal inchar', 'emergency'),
    ('to tossindo sangue ha semanas, tudo bem isso?', 'emergency'),
    ('minha mae desmaiou mais uma vez e nao acorda, socorro', 'emergency'),
    ('je me suis evanoui encore une fois au travail, le medecin a dit que cetait rien la derniere fois', 'emergency'),
    ('depuis la semaine derniere jai du mal a respirer et mal a la poitrine, je sais pas si tout va bien', 'emergency'),
    ('il y a deux semaines on ma opere du genou et ma jambe est froide et blanche, le medecin a dit de surveiller', 'emergency'),
    ('auf einmal krieg ich keine luft mehr und hab so einen druck auf der brust, der arzt hat am wochenende zu', 'emergency'),
    ('ich bin noch einmal umgekippt, der arzt meinte letztes mal es ist harmlos', 'emergency'),
    ('vor zwei wochen am knie operiert, das bein ist kalt und blass, der arzt hat gesagt ich soll mich melden wenn was ist', 'emergency'),
    ('seit letzte woche hab ich atemnot und brustschmerzen, ist das alles gut?', 'emergency'),
    ('sono svenuto ancora una volta, non sto bene', 'emergency'),
    ('dalla settimana scorsa mi manca il respiro e ho dolore al petto, non sto bene per niente', 'emergency'),
    ('tre anni fa ho avuto un infarto e sento di nuovo un peso sul petto che non passa, non sto bene', 'emergency'),
    ('due settimane fa mi hanno operato al ginocchio e la gamba e fredda e pallida, il medico ha detto di aspettare ma non mi piace', 'emergency'),
    ('dada sakit banget sama sesak napas, belum pernah kayak gini, ini gapapa ga sih?', 'emergency'),
    ('udah pingsan dua kali hari ini', 'emergency'),
    ('sesak napas dari minggu lalu makin parah, gapapa kah?', 'emergency'),
    ('dada nyeri banget kayak ditindih, aku duduk dulu ya, gapapa kok kayaknya', 'emergency'),
    ('batuk darah dari bulan lalu, temen bilang katanya wajar tapi makin banyak', 'emergency'),
    ('неделю назад начала задыхаться и до сих пор не могу нормально дышать, врач сказал ехать в больницу', 'emergency'),
    ('в прошлом году был инфаркт, опять давит в груди, врач сказал вызывать скорую если повторится', 'emergency'),
    ('две недели назад прооперировали колено, нога холодная и бледная, не все в порядке', 'emergency'),
    ('pichle hafte se saans lene me dikkat hai aur seene me dard, doctor ne check karne ko bola tha', 'emergency'),
    ('ek baar aur behosh ho gaye papa, theek hai kya?', 'emergency'),
    ('पिछले हफ्ते से सीने में दर्द है और सांस नहीं आ रही, सब ठीक नहीं लग रहा', 'emergency'),
    ('do saal pehle heart attack hua tha, seene me wahi dard ho raha hai, kya ye theek hai?', 'emergency'),
    ('tuve covid el ano pasado y ya estoy bien pero ahorita me duele el pecho muy fuerte', 'emergency'),
    ('me diagnosticaron asma el ano pasado y me vio el medico, no puedo respirar y tengo los labios morados', 'emergency'),
    ('mi abuela tuvo un derrame hace dos anos y se recupero todo bien, tiene la boca chueca y habla raro', 'emergency'),
    ('me pique con un clavo oxidado hace dos semanas y la mandibula se me puso dura, no puedo abrir bien la boca, nada mas puedo tomar liquidos', 'emergency'),
    ('desde hace unos meses toso mucho y hoy escupi sangre', 'emergency'),
    ('vole de madrid a lima la semana pasada y tengo la pantorrilla hinchada y me falta el aire, todo bien en el vuelo', 'emergency'),
    ('hace dos semanas me falta el aire y no estoy nada bien', 'emergency'),
    ('ha duas semanas pisei num prego enferrujado e to com o maxilar travado, nao consigo abrir a boca, tudo bem com o pe ja', 'emergency'),
    ('meu avo teve avc ano passado e ficou tudo bem, ta com a boca torta e a fala enrolada', 'emergency'),
    ('desde o mes passado sinto falta de ar, nunca mais consegui subir escada', 'emergency'),
    ('mano to com dor no peito e falta de ar desde semana passada, ta tudo bem?', 'emergency'),
    ('tossi sangue uma vez ontem e hoje de novo', 'emergency'),
    ('ma mere a fait un avc il y a deux ans, elle a la bouche de travers et elle parle bizarre, je sais pas si tout va bien', 'emergency'),
    ('je tousse du sang depuis la semaine derniere, le medecin a dit que cetait une bronchite mais ca saigne de plus en plus', 'emergency'),
    ('il y a deux semaines je me suis coupe avec un fil de fer rouille et jai la machoire bloquee, je peux plus ouvrir la bouche, la plaie tout est ok', 'emergency'),
    ('jai du mal a respirer depuis lannee derniere et la ca empire, jarrive plus a respirer', 'emergency'),
    ('vor drei wochen in einen rostigen nagel getreten, jetzt ist mein kiefer steif', 'emergency'),
    ('vor drei wochen in einen rostigen nagel getreten und mein kiefer ist steif, ich krieg den mund nicht auf, der arzt hat die wunde damals angeschaut', 'emergency'),
    ('mein vater hatte vor zwei jahren einen schlaganfall, alles gut gegangen, sein mundwinkel hängt und er redet verwaschen', 'emergency'),
    ('vor zwei wochen hat das angefangen, ich huste blut und krieg schlecht luft, der arzt hat mir antibiotika gegeben', 'emergency'),
    ('mi sono tagliato con un chiodo arrugginito la settimana scorsa e ho la mascella bloccata, non riesco ad aprire la bocca, la ferita era tutto a posto', 'emergency'),
    ('mio nonno ha avuto un ictus due anni fa, era tutto a posto, ha la bocca storta e parla strano', 'emergency'),
    ('tossisco sangue dalla settimana scorsa, il medico mi ha detto di fare una lastra ma peggiora', 'emergency'),
    ('kaki kiri dingin dan pucat dari minggu lalu, dokter bilang normal tapi makin biru', 'emergency'),
    ('ayah pernah stroke tahun lalu udah sembuh, mulutnya mencong dan bicaranya pelo', 'emergency'),
    ('batuk darah terus, pernah ga sih kalian kayak gini? gapapa ga ya', 'emergency'),
    ('aku mau nanya dulu, dada sakit banget dan sesak napas, gapapa ga?', 'emergency'),
    ('udah 2 kali pingsan dari minggu lalu, gapapa kah', 'emergency'),
    ('ga pernah kayak gini sebelumnya, sesak banget ga bisa napas', 'emergency'),
    ('однажды уже было, все прошло, а сейчас снова не могу дышать', 'emergency'),
    ('в детстве была астма, все нормально было, снова не могу дышать и губы синие', 'emergency'),
    ('неделю назад порезался ржавой проволокой, челюсть свело, не могу открыть рот, рана все нормально', 'emergency'),
    ('у папы два года назад был инсульт, все хорошо было, у него перекосило лицо и речь невнятная', 'emergency'),
    ('неделю назад начал кашлять кровью и кашляю до сих пор, врач сказал бронхит', 'emergency'),
    ('do saal pehle stroke aaya tha papa ko, sab theek ho gaya tha, unka muh tedha ho gaya hai aur bol nahi pa rahe', 'emergency'),
    ('2 hafte pehle jang lage keel se pair kata tha, jabda akad gaya hai muh nahi khul raha, ghav sab theek hai', 'emergency'),
    ('pichle mahine se khansi me khoon aa raha hai, doctor ne check kiya tha, kya ye theek hai?', 'emergency'),
    ('दो साल पहले हार्ट अटैक आया था, सीने में फिर से तेज दर्द है, सब ठीक है ना?', 'emergency'),
    ('पिछले महीने बेहोश हुआ था, अब फिर से बेहोश हो गया', 'emergency'),
    ('bro hace dos semanas que me falta el aire y me duele el pecho, todo bien tho?', 'emergency'),
    ('since semana passada i have falta de ar e dor no peito, tudo bem?', 'emergency'),
    ('yaar pichle hafte se chest pain ho raha hai aur saans nahi aa rahi, sab theek hai na?', 'emergency'),
    ('guys sesak napas dari bulan lalu, pernah ngalamin? gapapa ga sih', 'emergency'),
    ('desde la semana pasada tengo la pantorrilla izquierda hinchada y me duele mucho, todo bien con el vuelo', 'urgent'),
    ('vor zwei wochen ist meine linke wade angeschwollen und tut seitdem weh, ist das alles gut?', 'urgent'),
    ('dari minggu lalu betis kiri bengkak dan sakit, gapapa ga ya?', 'urgent'),
    ('dalla settimana scorsa ho il polpaccio sinistro gonfio e dolorante, sto bene per il resto?', 'urgent'),
]  # fmt: skip

STILL_MISSED: list[str] = [
]  # fmt: skip

STILL_UNDER: list[str] = [
]  # fmt: skip

LOOK_ALIKES = [
    'la semana pasada me falto el aire subiendo al cerro, me vio el medico y todo bien',
    'hace unos anos tuve una embolia en la pierna, todo bien desde entonces, ahora tengo calambres de noche',
    'el ano pasado me desmaye en el gimnasio, me vio el medico y todo bien desde entonces. solo queria preguntar por los calambres de noche',
    'hace dos anos tuve dolor en el pecho corriendo, me revisaron los medicos y todo normal, no me ha vuelto a pasar',
    'el mes pasado me desmaye por el calor en la carrera, ya me vio el medico y todo bien desde entonces, tengo calambres en los gemelos',
    'ano passado desmaiei na academia, o medico viu e tudo bem desde entao',
    'quando eu era crianca desmaiei na escola, tudo normal depois',
    'mes passado senti dor no peito no treino, o medico examinou e disse que era normal, tudo certo',
    'il y a deux ans je me suis evanoui au sport, le medecin a tout verifie, tout va bien',
    'quand jetais petit je me suis evanoui a lecole, plus jamais depuis',
    'le mois dernier jai eu du mal a respirer pendant un trail, le medecin ma examinee, tout etait normal',
    'letztes jahr bin ich beim sport umgekippt, der arzt hat alles gecheckt, alles gut',
    'als kind hatte ich einmal atemnot beim laufen, seitdem nichts',
    'vor zwei jahren hatte ich brustschmerzen beim joggen, der arzt meinte es war ein muskel, mir gehts gut',
    'lanno scorso sono svenuto in palestra, il cardiologo mi ha visto ed era tutto a posto',
    'da bambino una volta sono svenuto, mai piu successo',
    'il mese scorso ho avuto dolore al petto in bici, il medico mi ha fatto lecg, tutto ok',
    'bulan lalu aku pingsan pas lari, udah dicek dokter katanya wajar',
    'dulu waktu kecil pernah sesak napas, udah sembuh',
    'tahun lalu dada nyeri pas olahraga, dokter bilang gapapa',
    'в прошлом году упал в обморок на тренировке, врач проверил, все нормально',
    'в детстве кашлял кровью при пневмонии, все прошло',
    'pichle saal gym me behosh ho gaya tha, doctor ne check kiya, ab bilkul theek hu',
    'पिछले साल बेहोश हुआ था, अब ठीक हूँ',
    'el ano pasado me desmaye en una carrera, todo bien since then, just asking about cramps',
    'letztes jahr einmal beim marathon umgekippt, alles gut seitdem, hab nur oft wadenkrämpfe',
    'il y a trois ans jai crache du sang apres une bronchite, tout va bien depuis, jai des crampes aux mollets',
]  # fmt: skip

STILL_ALARMED = [
    'una vez me desmaye de nina al ver sangre, nada mas desde entonces',
    'mi tio tosio sangre hace anos por una tuberculosis, ya esta bien',
    'uma vez tive falta de ar correndo, mas nunca mais aconteceu',
    'ha dois anos tossi sangue por causa de uma pneumonia, ja to bem',
    'une fois jai eu mal a la poitrine en courant, rien depuis',
    'letzte woche bin ich beim radfahren ohnmächtig geworden, der arzt hat mich untersucht, alles in ordnung',
    'due anni fa ho tossito sangue per una polmonite, sto bene',
    'minggu lalu sempet pingsan pas donor darah, udah diperiksa, gapapa',
    'однажды была одышка при беге, больше не повторялось',
    'на прошлой неделе упала в обморок в душе, уже все прошло, врач проверил',
    'ek baar seene me dard hua tha, phir kabhi nahi hua',
    'pichle mahine saans phool gayi thi daudte hue, doctor ne check kiya, sab normal',
    'pernah pingsan tahun lalu pas marathon, udh sembuh kok, skrg cuma mau nanya soal kram',
]  # fmt: skip
