"""A blind review, in the sixteenth session, of carrying a denial past "or" in the eight
languages ("gak ada nyeri dada atau sesak", "seene me dard ya saans ki problem nahi hai"):
120 probes, 15 a language. The change quieted 20 of 24 alarmed look-alikes but silenced or
lowered 13 reports that the rules raised before: a doubt or an effort denied before "X or
breathlessness" ("Es normal no poder subir escaleras por cansancio o falta de aire?", "sans
effort particulier, vertiges ou essoufflement", "nahi pata ghabrahat hai ya saans phool
rahi hai"), a calf "hard or swollen" on one side. It was dropped: these probes hold the
rules as they are. Missed then, raised since each language's `not_denials` (a phrase whose
negation denies nothing after it): "cannot walk far without pain or breathlessness" in six
languages, and a calf "hard or swollen, only the left" after "it won't go down" in five.
Still alarmed: lists denied with a comma or "sem"/"sin" before three items, French "jamais
eu de malaise ou de douleur thoracique", Italian "mai avuto svenimenti o tosse con sangue".
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

READ_WHOLE = True

REPORTS = [
    ('No sé qué es, cansancio o falta de aire al caminar', 'emergency'),
    ('¿Es normal no poder subir escaleras por cansancio o falta de aire? me duele la pantorrilla desde el vuelo', 'emergency'),
    ('No es fuerte, es como presión o dolor en el pecho al respirar', 'emergency'),
    ('No para la tos: flema o sangre al toser, y la pierna hinchada', 'emergency'),
    ('Sin hacer nada de esfuerzo, mareo o falta de aire, y la pantorrilla me duele desde el viaje', 'emergency'),
    ('No se me quita, tos o falta de aire desde que bajé del avión', 'emergency'),
    ('No se me baja, está dura o hinchada, solo la pierna derecha', 'urgent'),
    ('No quiero exagerar pero me falta el aire o dolor en el pecho desde esta mañana', 'emergency'),
    ('No he dormido nada, calambres o dolor en el pecho toda la noche', 'emergency'),
    ('Tengo la pierna derecha hinchada y roja, pero no tengo fiebre, dolor en el pecho o falta de aire', 'urgent'),
    ('Nem sei explicar, cansaço ou falta de ar quando subo a escada', 'emergency'),
    ('Não sei o que é, aperto ou dor no peito desde ontem à noite', 'emergency'),
    ('Não passa a tosse, catarro ou tosse com sangue e a panturrilha inchada', 'emergency'),
    ('É normal não conseguir subir escada por cansaço ou falta de ar? minha panturrilha dói desde o voo', 'emergency'),
    ('Não é forte, é tipo pressão ou dor no peito quando respiro fundo', 'emergency'),
    ('Sem fazer esforço nenhum, tontura ou falta de ar, e a perna tá doendo desde a cirurgia', 'emergency'),
    ('Não melhora, tá dura ou inchada, só a panturrilha esquerda', 'urgent'),
    ('Não dormi nada, cãibra ou dor no peito a noite toda', 'emergency'),
    ('Não quero exagerar, mas falta de ar ou dor no peito desde que voltei de viagem', 'emergency'),
    ('Minha perna tá inchada e não sei se é ansiedade ou falta de ar mesmo', 'emergency'),
    ('A perna esquerda tá inchada e vermelha, mas não tenho febre, tosse ou falta de ar', 'urgent'),
    ("Je sais pas trop, fatigue ou essoufflement quand je monte l'escalier", 'emergency'),
    ("J'arrive pas à dormir, crampes ou douleur dans la poitrine toute la nuit", 'emergency'),
    ("Pas très fort, genre pression ou douleur dans la poitrine quand j'inspire", 'emergency'),
    ('Toux qui passe pas, glaires ou crachats de sang depuis hier', 'emergency'),
    ("Sans effort particulier, vertiges ou essoufflement, et mon mollet gonflé depuis l'avion", 'emergency'),
    ('Je veux pas paniquer mais essoufflement ou douleur thoracique depuis ce matin', 'emergency'),
    ("Mon mollet est gonflé et je sais pas si c'est le stress ou une douleur à la poitrine", 'emergency'),
    ("Je sais pas ce que c'est, oppression ou douleur dans la poitrine depuis une heure", 'emergency'),
    ("J'ai le mollet droit gonflé et rouge, mais je n'ai pas de fièvre, toux ou essoufflement", 'urgent'),
    ('Weiß nicht genau, Müdigkeit oder Atemnot beim Treppensteigen', 'emergency'),
    ('Ich weiß weder ein noch aus, Husten oder Atemnot seit heute früh', 'emergency'),
    ('Weder Ruhe noch Dehnen hilft, Atemnot oder Brustschmerzen seit dem Flug', 'emergency'),
    ('Ohne Anstrengung, Schwindel oder Atemnot, und die Wade tut seit dem Flug weh', 'emergency'),
    ('Normal, dass ich keine Treppe mehr schaffe vor Müdigkeit oder Atemnot?', 'emergency'),
    ('Ich will nicht übertreiben, aber Atemnot oder Brustschmerzen seit heute Morgen', 'emergency'),
    ('Meine Wade ist dick und ich weiß nicht, ob das Panik oder Atemnot ist', 'emergency'),
    ('Husten hört nicht auf, Schleim oder blutiger Auswurf seit gestern', 'emergency'),
    ('Die rechte Wade ist geschwollen und rot, aber kein Fieber, Husten oder Atemnot', 'urgent'),
    ('Non so bene, stanchezza o fiato corto quando salgo le scale', 'emergency'),
    ('Niente di forte, tipo pressione o dolore al petto quando respiro', 'emergency'),
    ('La tosse non passa, catarro o tosse con sangue da ieri', 'emergency'),
    ('Senza fare sforzi, capogiri o fiato corto, e il polpaccio mi fa male dal volo', 'emergency'),
    ('Normale non farcela per stanchezza o affanno? il polpaccio è gonfio dal viaggio', 'emergency'),
    ('Non passa, è duro o gonfio, solo il polpaccio sinistro', 'urgent'),
    ('Non voglio esagerare ma affanno o dolore al petto da stamattina', 'emergency'),
    ('Ho il polpaccio gonfio e non so se è ansia o dolore al petto', 'emergency'),
    ("Non so cosa sia, oppressione o dolore al petto da un'ora", 'emergency'),
    ('Il polpaccio destro è gonfio e rosso, ma non ho febbre, tosse o affanno', 'urgent'),
    ('Не знаю, усталость или одышка, когда поднимаюсь по лестнице', 'emergency'),
    ('Не сильно, скорее давит или боль в груди при вдохе', 'emergency'),
    ('Кашель не проходит, мокрота или кровь при кашле со вчера', 'emergency'),
    ('Без всякой нагрузки головокружение или одышка, а икра болит после перелёта', 'emergency'),
    ('Нормально, что не дохожу до магазина из-за усталости или одышки? икра опухла после операции', 'emergency'),
    ('Не хочу паниковать, но одышка или боль в груди с утра', 'emergency'),
    ('Икра отекла, и не пойму, паника это или одышка', 'emergency'),
    ('Не знаю, что это, давление или боль в груди уже час', 'emergency'),
    ('Правая икра опухла и покраснела, но нет температуры, кашля или одышки', 'urgent'),
    ('Gak tau, capek atau sesak napas pas naik tangga', 'emergency'),
    ('Gak terlalu sakit sih, kayak ditekan atau nyeri dada kalau tarik napas', 'emergency'),
    ('Batuk gak berhenti, dahak atau batuk darah sejak kemarin', 'emergency'),
    ('Tanpa capek-capek, pusing atau sesak napas, betis sakit habis naik pesawat', 'emergency'),
    ('Normal gak, jalan dikit langsung capek atau sesak? betis bengkak habis operasi', 'emergency'),
    ('Gak mau lebay tapi sesak atau nyeri dada dari tadi pagi', 'emergency'),
    ('Betis bengkak, gak tau apakah panik atau sesak beneran', 'emergency'),
    ('Belum sempat ke dokter, pusing atau pingsan tadi pagi', 'emergency'),
    ('Betis kanan bengkak dan merah, tapi gak demam, batuk atau sesak', 'urgent'),
    ('pata nahi kya hai, thakan ya saans phoolti hai seedhi pe', 'emergency'),
    ('seene me dard ya gas, samajh nahi aa raha', 'emergency'),
    ('zyada tez nahi hai, bas dabav ya seene me dard saans lete waqt', 'emergency'),
    ('पता नहीं क्या है, थकान या सांस फूलना सीढ़ी चढ़ते समय', 'emergency'),
    ('सीने में दर्द या एसिडिटी, समझ नहीं आ रहा', 'emergency'),
    ('darana nahi chahta lekin saans phoolna ya seene me dard subah se', 'emergency'),
    ('pindli suji hui hai, nahi pata ghabrahat hai ya saans phool rahi hai', 'emergency'),
    ('बिना कुछ किए चक्कर या सांस फूलना, और पिंडली में दर्द फ्लाइट के बाद से', 'emergency'),
    ('seene me dard ya jalan, pehle kabhi nahi hua aisa', 'emergency'),
    ('पिंडली में सूजन और लाली है, पर सीने में दर्द या सांस फूलना नहीं है', 'urgent'),
    # raised since the seventeenth session's not_denials (content/languages.yaml)
    ('No puedo caminar ni una cuadra sin dolor o falta de aire', 'emergency'),
    ("Je peux plus marcher 50 mètres sans fatigue ou essoufflement, c'est normal ?", 'emergency'),
    ('Ça dégonfle pas, le mollet est dur ou enflé, que le gauche', 'urgent'),
    ('Geht nicht weg, die Wade ist hart oder geschwollen, nur links', 'urgent'),
    ('Ich komme keine 50 Meter ohne Schmerzen oder Atemnot', 'emergency'),
    ('Non riesco a fare due passi senza dolore o fiato corto', 'emergency'),
    ('Не проходит, икра твёрдая или опухшая, только левая', 'urgent'),
    ('Не могу пройти и ста метров без боли или одышки', 'emergency'),
    ('Gak kempes-kempes, betisnya keras atau bengkak, cuma yang kiri', 'urgent'),
    ('Gak bisa jalan jauh tanpa nyeri atau sesak napas', 'emergency'),
    ('सूजन कम नहीं हो रही, पिंडली सख्त या सूजी हुई, सिर्फ बाईं', 'urgent'),
]  # fmt: skip

STILL_MISSED: list[str] = [
]  # fmt: skip

STILL_UNDER: list[str] = [
]  # fmt: skip

LOOK_ALIKES = [
    'No tengo la pierna hinchada o caliente, solo me dio un calambre al estirarme',
    "Je n'ai pas le mollet gonflé ou chaud, c'est juste une crampe",
    'Wadenkrampf heute Nacht, keine Brustschmerzen oder Atemnot',
    'Hatte nie Ohnmacht oder Bluthusten, nur nächtliche Krämpfe',
    'Die Wade ist nicht dick, gerötet oder warm, nur verkrampft',
    'Non ho il polpaccio gonfio o caldo, è solo un crampo',
    'Нет отёка, покраснения или жара в икре, просто судорога',
    'Betisnya gak ada bengkak, panas atau merah, cuma pegel',
]  # fmt: skip

STILL_ALARMED = [
    'Calambre en la pantorrilla anoche, sin dolor de pecho o falta de aire',
    'No he tenido desmayos o falta de aire, solo el calambre',
    'Sin hinchazón, enrojecimiento o dolor en el pecho, solo el calambre de siempre',
    'Tive cãibra na panturrilha ontem, sem dor no peito ou falta de ar',
    'Não tenho dor no peito ou falta de ar, só cãibra de noite',
    'Nada de desmaio ou sangue na tosse, só câimbra forte',
    'Sem inchaço, vermelhidão ou dor no peito, só aquela cãibra de sempre',
    "Crampe au mollet cette nuit, pas de douleur thoracique ou d'essoufflement",
    'Sans douleur à la poitrine ou essoufflement, juste une crampe au mollet',
    'Jamais eu de malaise ou de douleur thoracique, seulement des crampes la nuit',
    'Ohne Schmerzen in der Brust oder Atemnot, nur der Krampf in der Wade',
    'Crampo al polpaccio stanotte, niente dolore al petto o fiato corto',
    'Senza dolore al petto o affanno, solo il solito crampo',
    'Mai avuto svenimenti o tosse con sangue, solo crampi notturni',
    'Ночью свело икру, нет боли в груди или одышки',
    'Без боли в груди или одышки, просто судорога в икре',
    'Никогда не было обмороков или кашля с кровью, только судороги по ночам',
    'gak ada nyeri dada atau sesak, cuma kram betis tadi malam',
    'Tanpa nyeri dada ataupun sesak napas, cuma kram biasa',
    'Gak pernah pingsan atau batuk darah, cuma kram tiap malam',
    'seene me dard ya saans ki problem nahi hai, bas raat ko cramp',
    'cramp aaya tha, lekin seene me dard ya saans phoolna nahi hai',
    'सीने में दर्द या सांस की तकलीफ नहीं है, बस पिंडली में ऐंठन',
    'koi seene ka dard ya behoshi nahi hui, bas cramp tha',
]  # fmt: skip
