"""Texts of the demo white papers (French first, English translation of the first)."""

INDEX = {
    "fr": {
        "title": "Livres blancs",
        "slug": "livres-blancs",
        "introduction": "Nos guides approfondis pour vendre par la confiance, à télécharger.",
    },
    "en": {
        "title": "White papers",
        "slug": "white-papers",
        "introduction": "Our in-depth guides to selling through trust, free to download.",
    },
}

CONTENT_LED = {
    "key": "content-led-prospecting",
    "themes": ["prospecting", "content-marketing"],
    "personas": ["sales-director", "sme-ceo"],
    "chart": {
        "fr": ("Sources des rendez-vous qualifiés", ["Appels à froid", "Contenus", "Webinaires"]),
        "en": ("Where qualified meetings come from", ["Cold calls", "Content", "Webinars"]),
        "values": [18, 47, 35],
    },
    "fr": {
        "title": "Prospecter sans appeler à froid",
        "slug": "prospecter-sans-appeler-a-froid",
        "subtitle": "Le guide de la prospection par le contenu pour les équipes commerciales B2B",
        "promise": (
            "Vous saurez pourquoi l’appel à froid rapporte de moins en moins, comment un "
            "contenu utile fait venir des acheteurs déjà intéressés, et comment organiser "
            "votre équipe pour transformer cette attention en rendez-vous."
        ),
        "summary": (
            "Quatre chapitres, des chiffres de terrain et un plan sur 90 jours pour passer "
            "d’une prospection subie à une prospection choisie."
        ),
        "figure_caption": "Figure 1 : sources des rendez-vous qualifiés chez nos clients (2025).",
        "chapters": [
            (
                "Pourquoi l’appel à froid s’essouffle",
                [
                    "Les acheteurs B2B ont changé de méthode : ils se renseignent seuls, "
                    "comparent en ligne et ne contactent un commercial qu’une fois leur "
                    "liste courte établie. Un appel non sollicité arrive presque toujours "
                    "trop tôt ou trop tard.",
                    "Le taux de réponse aux appels à froid a été divisé par deux en cinq ans "
                    "dans les secteurs que nous suivons. Les équipes compensent par le "
                    "volume, ce qui use les commerciaux et abîme la marque.",
                    "La bonne nouvelle : l’attention des acheteurs n’a pas disparu, elle "
                    "s’est déplacée vers les contenus qui les aident à décider.",
                ],
                [("key_figure", "2 %", "de réponses à un message commercial envoyé à froid")],
            ),
            (
                "Ce que les acheteurs attendent d’un contenu",
                [
                    "Un acheteur lit en moyenne trois contenus d’un fournisseur avant "
                    "d’accepter un échange. Il cherche des réponses concrètes à ses "
                    "problèmes, pas une plaquette.",
                    "Les formats qui fonctionnent le mieux sont ceux qui font gagner du "
                    "temps : des listes de contrôle, des retours d’expérience chiffrés, "
                    "des comparatifs honnêtes.",
                ],
                [
                    (
                        "quote",
                        "Nous avons arrêté de parler de nous : nous parlons des problèmes "
                        "de nos clients, et ce sont eux qui nous appellent.",
                        "Directrice commerciale, éditeur de logiciels",
                    ),
                    ("figure",),
                ],
            ),
            (
                "Organiser l’équipe autour du contenu",
                [
                    "La prospection par le contenu n’est pas l’affaire du seul marketing. "
                    "Les commerciaux apportent les questions entendues en rendez-vous ; "
                    "le marketing les transforme en articles, webinaires et livres blancs.",
                    "Chaque contenu se termine par une étape suivante claire : un webinaire, "
                    "un livre blanc, un diagnostic. Les contacts qui la franchissent sont "
                    "suivis, notés et transmis au bon moment.",
                ],
                [
                    (
                        "table",
                        [
                            ["Rôle", "Apporte", "Chaque semaine"],
                            ["Commercial", "Questions des clients", "2 idées de sujets"],
                            ["Marketing", "Rédaction et diffusion", "1 article, 1 relance"],
                            ["Direction", "Arbitrages", "15 minutes de revue"],
                        ],
                    )
                ],
            ),
            (
                "Votre plan sur 90 jours",
                [
                    "Mois 1 : choisissez trois thèmes, publiez six articles et préparez un "
                    "premier webinaire. Mois 2 : lancez le livre blanc et mesurez qui le "
                    "télécharge. Mois 3 : affinez la notation et confiez aux commerciaux "
                    "les contacts qualifiés.",
                    "Au bout de 90 jours, comparez le coût d’un rendez-vous issu du contenu "
                    "à celui d’un rendez-vous obtenu par téléphone : la différence finance "
                    "la suite.",
                ],
                [("key_figure", "47 %", "des rendez-vous qualifiés viennent des contenus")],
            ),
        ],
    },
    "en": {
        "title": "Prospecting without cold calls",
        "slug": "prospecting-without-cold-calls",
        "subtitle": "The content-led prospecting guide for B2B sales teams",
        "promise": (
            "You will learn why cold calling pays less and less, how useful content "
            "brings buyers who are already interested, and how to organise your team to "
            "turn that attention into meetings."
        ),
        "summary": (
            "Four chapters, field figures and a 90-day plan to move from prospecting you "
            "endure to prospecting you choose."
        ),
        "figure_caption": "Figure 1: where our clients' qualified meetings came from (2025).",
        "chapters": [
            (
                "Why cold calling is running out of steam",
                [
                    "B2B buyers have changed how they buy: they research alone, compare "
                    "online and only contact a salesperson once their shortlist is set. "
                    "An unsolicited call nearly always comes too early or too late.",
                    "Reply rates to cold calls have halved in five years in the sectors we "
                    "follow. Teams make up for it with volume, which wears salespeople out "
                    "and harms the brand.",
                    "The good news: buyers' attention has not vanished, it has moved to the "
                    "content that helps them decide.",
                ],
                [("key_figure", "2%", "reply rate to a sales message sent cold")],
            ),
            (
                "What buyers expect from content",
                [
                    "A buyer reads three pieces of a supplier's content on average before "
                    "agreeing to talk. They want concrete answers to their problems, not a "
                    "brochure.",
                    "The formats that work best save time: checklists, customer stories "
                    "with figures, honest comparisons.",
                ],
                [
                    (
                        "quote",
                        "We stopped talking about ourselves: we talk about our customers' "
                        "problems, and they are the ones who call us.",
                        "Sales director, software publisher",
                    ),
                    ("figure",),
                ],
            ),
            (
                "Organising the team around content",
                [
                    "Content-led prospecting is not marketing's job alone. Salespeople "
                    "bring the questions they hear in meetings; marketing turns them into "
                    "articles, webinars and white papers.",
                    "Every piece ends with a clear next step: a webinar, a white paper, an "
                    "assessment. Contacts who take it are followed, scored and handed over "
                    "at the right time.",
                ],
                [
                    (
                        "table",
                        [
                            ["Role", "Brings", "Every week"],
                            ["Salesperson", "Customer questions", "2 topic ideas"],
                            ["Marketing", "Writing and distribution", "1 article, 1 follow-up"],
                            ["Management", "Decisions", "15-minute review"],
                        ],
                    )
                ],
            ),
            (
                "Your 90-day plan",
                [
                    "Month 1: pick three themes, publish six articles and prepare a first "
                    "webinar. Month 2: launch the white paper and measure who downloads it. "
                    "Month 3: refine the scoring and hand qualified contacts to sales.",
                    "After 90 days, compare the cost of a meeting that came from content "
                    "with one won by phone: the difference pays for what comes next.",
                ],
                [("key_figure", "47%", "of qualified meetings come from content")],
            ),
        ],
    },
}

LEAD_SCORING = {
    "key": "lead-scoring",
    "themes": ["prospecting"],
    "personas": ["marketing-manager", "sales-director"],
    "personalised": True,
    "chart": {
        "fr": ("Points par action (exemple)", ["Lecture", "Webinaire", "Livre blanc"]),
        "values": [5, 20, 30],
    },
    "fr": {
        "title": "Noter ses leads sans se tromper",
        "slug": "noter-ses-leads",
        "subtitle": "Adéquation, engagement et décroissance : la méthode en trois temps",
        "promise": (
            "Vous saurez construire une notation qui distingue les curieux des acheteurs, "
            "l’expliquer à vos commerciaux et la faire évoluer sans tout casser."
        ),
        "summary": (
            "Trois chapitres pour bâtir une notation simple, lisible et utile aux "
            "commerciaux, avec un exemple de grille."
        ),
        "figure_caption": "Figure 1 : exemple de points attribués par type d’action.",
        "chapters": [
            (
                "Séparer qui ils sont de ce qu’ils font",
                [
                    "Une bonne notation a deux parties : l’adéquation (fonction, taille "
                    "d’entreprise, pays) et l’engagement (lectures, inscriptions, "
                    "téléchargements). Les mélanger masque les vrais signaux.",
                    "Un directeur commercial d’une PME cible qui n’a encore rien lu vaut "
                    "une prise de contact légère ; un stagiaire très actif, non.",
                ],
                [("figure",)],
            ),
            (
                "Faire décroître l’engagement",
                [
                    "Un téléchargement d’il y a six mois ne dit plus grand-chose. Appliquez "
                    "une demi-vie : les points perdent la moitié de leur valeur tous les "
                    "trente jours, et les contacts refroidis sortent de la file des "
                    "commerciaux.",
                ],
                [
                    (
                        "table",
                        [
                            ["Action", "Points", "Après 30 jours", "Après 60 jours"],
                            ["Livre blanc", "30", "15", "7,5"],
                            ["Webinaire suivi", "25", "12,5", "6,25"],
                            ["Article lu", "5", "2,5", "1,25"],
                        ],
                    )
                ],
            ),
            (
                "Expliquer chaque score",
                [
                    "Un commercial n’appelle pas un contact parce qu’il a 72 points, mais "
                    "parce qu’il a lu trois articles sur la qualification et téléchargé ce "
                    "livre blanc. Montrez le détail, événement par événement.",
                ],
                [("key_figure", "3", "contenus lus en moyenne avant un premier échange")],
            ),
        ],
    },
}

CHECKLIST_PDF = {
    "key": "qualification-checklist",
    "themes": ["prospecting"],
    "personas": ["sales-director"],
    "fr": {
        "title": "Liste de contrôle : qualifier un lead en 10 questions",
        "slug": "liste-de-controle-qualification",
        "subtitle": "Le PDF à garder sous la main avant chaque premier rendez-vous",
        "promise": (
            "Dix questions pour savoir, en un appel, si un contact a un projet, un budget "
            "et une échéance, sans lui faire subir un interrogatoire."
        ),
        "summary": "Une page à imprimer, utilisée par nos consultants depuis trois ans.",
        "questions": [
            "Qu’est-ce qui vous a fait chercher une solution maintenant ?",
            "Que se passe-t-il si vous ne faites rien cette année ?",
            "Qui d’autre est concerné par ce projet ?",
            "Comment avez-vous choisi vos derniers fournisseurs ?",
            "Quel budget avez-vous prévu, même approximatif ?",
            "Quelle est l’échéance qui compte pour vous ?",
            "Qu’avez-vous déjà essayé ?",
            "À quoi reconnaîtrez-vous que le projet est réussi ?",
            "Qu’est-ce qui pourrait le bloquer ?",
            "Quelle est la prochaine étape qui vous semble utile ?",
        ],
    },
}
