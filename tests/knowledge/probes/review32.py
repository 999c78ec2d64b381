"""A blind review, in the seventeenth session, written to break Spanish reading the English
body words of Spanglish (calf, leg, thigh, shin as a leg, a calf, one side or both, "cough"
as a cough, but not a cough syrup or a cough drop): 51 probes. The first version, with the
leg and calf words only, raised 15 of 25 reports (7 before) and alarmed 2 of 26 look-alikes
(0 before); the side words of the English nouns ("calf derecha", "una leg") were missing,
and a red "cough syrup" was a bloody cough. Now 24 of 25 raised and 1 of 26 alarmed:
"coughing por la alergia y el jarabe es rojo", as "tosiendo ... el jarabe es rojo" already
was.
"""

from __future__ import annotations

READ_WHOLE = True

REPORTS = [
    ('mi calf derecha está hinchada y roja y me duele mucho', 'urgent'),
    ('tengo la calf izquierda hinchada y me duele, la otra está normal', 'urgent'),
    ('solo una leg está hinchada y duele desde ayer', 'urgent'),
    ('mi leg derecha está hinchada, caliente y me duele al caminar', 'urgent'),
    ('desde el vuelo de ayer me duele la calf derecha', 'urgent'),
    ('después del vuelo de 12 horas me duele mi calf, solo la izquierda', 'urgent'),
    ('me operaron de la rodilla la semana pasada y ahora me duele la calf de esa pierna', 'urgent'),
    ('llevo una semana en la cama y me duele la calf derecha', 'urgent'),
    ('tengo yeso en el tobillo y me duele la calf', 'urgent'),
    ('estoy embarazada y me duele una calf, está hinchada', 'urgent'),
    ('estaba coughing y escupí sangre, y me duele la calf', 'emergency'),
    ('I keep coughing up sangre, y tengo calambres en las piernas', 'emergency'),
    ('coughing con sangre desde anoche y la calf hinchada', 'emergency'),
    ('tengo la leg fría y pálida y no la siento', 'emergency'),
    ('mi leg derecha está blanca y helada desde hace una hora', 'emergency'),
    ('me falta el aire y tengo la calf hinchada', 'emergency'),
    ('tengo dolor en el pecho y la calf derecha hinchada', 'emergency'),
    ('mi papá se desmayó, tenía calambres en las legs', 'emergency'),
    ('tengo un calambre en la calf que no se me quita desde hace 20 minutos', 'urgent'),
    ('me corté con un clavo y ahora tengo la mandíbula rígida y calambres en la leg', 'emergency'),
    ('mi thigh derecho está hinchado y me duele mucho, el otro no', 'urgent'),
    ('la calf izquierda está el doble de grande que la derecha y duele', 'urgent'),
    ('desde que volé de Madrid me duele la calf, muy hinchada', 'urgent'),
    ('tomo la píldora anticonceptiva y me duele mucho la calf derecha, hinchada', 'urgent'),
]  # fmt: skip

STILL_MISSED = [
    'he was coughing y salió sangre',
]  # fmt: skip

STILL_UNDER: list[str] = [
]  # fmt: skip

LOOK_ALIKES = [
    'hice leg day y me duelen las piernas, normal',
    'my calf está un poco sore después del partido, las dos',
    'hice leg day ayer y hoy me duelen las legs, las dos',
    'tengo tos por un resfriado, coughing mucho, sin sangre, y calambres de noche',
    'estoy coughing por la gripe y tengo calambres en la calf por la noche',
    'no tengo la calf hinchada, solo un calambre anoche',
    'no está hinchada mi calf ni roja, solo me dio un calambre',
    'tengo la leg roja por el sol, me quemé en la playa, y calambres',
    'mi calf está roja del sol y me dio un calambre',
    'hoy es leg day jaja, espero no tener calambres',
    'el leg day me mata, calambres en las calves',
    'hago calf raises para evitar calambres, ¿sirve?',
    'me dan calambres en las calves cuando nado',
    'tengo shin splints de correr y calambres a veces',
    'calambre en la thigh jugando fútbol, ya se me pasó',
    'tengo las dos legs un poco hinchadas al final del día por el calor, y calambres',
    'mis calves están hinchadas de tanto entrenar, las dos, calambres',
    'tomo cough syrup rojo y tengo calambres en las piernas',
    'tuve un calambre en la calf después del vuelo pero ya se me pasó',
    'compré una camiseta roja y tengo un calambre en la leg',
    'me duelen las calves después del vuelo, las dos, por estar sentado',
    'me pica la garganta, coughing un poco, mocos verdes, y calambres en la leg',
    'me dio un calambre en la calf anoche, ¿qué estiramientos hago?',
    '¿es normal tener calambres en la leg después de correr?',
    'si alguna vez mi calf se hincha, ¿qué hago?',
]  # fmt: skip

STILL_ALARMED = [
    'coughing por la alergia y el jarabe es rojo, ¿calambres por el jarabe?',
]  # fmt: skip
