"""Bilingual demo editorial content (themes, personas, articles…) loaded by `seed_demo`."""

THEMES = [
    {
        "key": "social-selling",
        "colour": "#1f3a8a",
        "fr": {
            "name": "Social selling",
            "description": (
                "Utiliser LinkedIn et les réseaux professionnels pour se rendre visible, ouvrir "
                "des conversations utiles et obtenir des rendez-vous sans démarchage agressif."
            ),
        },
        "en": {
            "name": "Social selling",
            "description": (
                "Using LinkedIn and professional networks to become visible, start useful "
                "conversations and win meetings without pushy outreach."
            ),
        },
    },
    {
        "key": "prospecting",
        "colour": "#9a3412",
        "fr": {
            "name": "Prospection et qualification",
            "description": (
                "Trouver de nouveaux clients sans appel à froid, puis distinguer les vrais projets "
                "des simples curiosités avant d’y consacrer du temps commercial."
            ),
        },
        "en": {
            "name": "Prospecting and qualification",
            "description": (
                "Finding new customers without cold calling, then telling real projects from idle "
                "curiosity before spending sales time on them."
            ),
        },
    },
    {
        "key": "content-marketing",
        "colour": "#0f5f59",
        "fr": {
            "name": "Contenus et webinars",
            "description": (
                "Articles, guides, webinars : produire des contenus que les acheteurs lisent "
                "vraiment et que les commerciaux ont envie de partager."
            ),
        },
        "en": {
            "name": "Content and webinars",
            "description": (
                "Articles, guides and webinars: producing content buyers actually read and "
                "salespeople are keen to share."
            ),
        },
    },
    {
        "key": "customer-communities",
        "colour": "#6b21a8",
        "fr": {
            "name": "Communautés clients",
            "description": (
                "Clubs utilisateurs, forums, rencontres : faire de vos clients un réseau qui "
                "s’entraide, reste fidèle et vous recommande."
            ),
        },
        "en": {
            "name": "Customer communities",
            "description": (
                "User groups, forums and meet-ups: turning your customers into a network that "
                "helps each other, stays loyal and refers you."
            ),
        },
    },
    {
        "key": "customer-experience",
        "colour": "#166534",
        "fr": {
            "name": "Expérience client",
            "description": (
                "Du premier rendez-vous au renouvellement, tenir les promesses faites en "
                "avant-vente et mesurer ce que vivent réellement vos clients."
            ),
        },
        "en": {
            "name": "Customer experience",
            "description": (
                "From the first meeting to renewal, keeping the promises made during the sale and "
                "measuring what your customers really go through."
            ),
        },
    },
]

PERSONAS = [
    {
        "key": "sales-director",
        "fr": {
            "name": "Directrice ou directeur commercial",
            "profile": (
                "Dirige une équipe de 5 à 30 commerciaux dans une entreprise B2B de 50 à "
                "1 000 salariés, souvent industrielle ou de services. Ancien commercial de "
                "terrain, il ou elle connaît le métier et se méfie des méthodes à la mode."
            ),
            "responsibilities": (
                "Fixe les objectifs, suit le pipeline et les prévisions, recrute et forme les "
                "commerciaux. Rend compte chaque mois du chiffre d’affaires à la direction "
                "générale."
            ),
            "objectives": (
                "Atteindre les objectifs de croissance avec une équipe stable, obtenir plus de "
                "rendez-vous qualifiés et fiabiliser les prévisions de vente."
            ),
            "challenges": (
                "Des acheteurs qui ne répondent plus au téléphone, des cycles de vente qui "
                "s’allongent et des leads marketing jugés peu qualifiés par l’équipe."
            ),
            "constraints": (
                "Peu de temps pour la formation, des commerciaux attachés à leurs habitudes, et "
                "une pression trimestrielle sur les résultats."
            ),
            "decision_process": (
                "Teste une méthode avec deux ou trois commerciaux volontaires avant de la "
                "généraliser. Décide seul sous 15 000 €, avec la direction générale au-delà."
            ),
        },
        "en": {
            "name": "Sales director",
            "profile": (
                "Leads a team of 5 to 30 salespeople in a B2B company of 50 to 1,000 employees, "
                "often in manufacturing or services. A former field salesperson who knows the job "
                "and distrusts fashionable methods."
            ),
            "responsibilities": (
                "Sets targets, monitors the pipeline and forecasts, hires and trains salespeople. "
                "Reports revenue to the managing director every month."
            ),
            "objectives": (
                "Hit growth targets with a stable team, win more qualified meetings and make sales "
                "forecasts reliable."
            ),
            "challenges": (
                "Buyers who no longer answer the phone, longer sales cycles and marketing leads "
                "the team considers poorly qualified."
            ),
            "constraints": (
                "Little time for training, salespeople attached to their habits, and quarterly "
                "pressure on results."
            ),
            "decision_process": (
                "Pilots a method with two or three volunteer salespeople before rolling it out. "
                "Decides alone below €15,000, with the managing director above that."
            ),
        },
    },
    {
        "key": "marketing-manager",
        "fr": {
            "name": "Responsable marketing B2B",
            "profile": (
                "Pilote le marketing d’une PME ou d’une ETI B2B, souvent avec une équipe de une à "
                "quatre personnes et des prestataires. Profil polyvalent, à l’aise avec les outils "
                "numériques."
            ),
            "responsibilities": (
                "Gère le site, les contenus, les webinars, les salons et l’outil d’automatisation "
                "marketing. Fournit des leads à l’équipe commerciale."
            ),
            "objectives": (
                "Prouver la contribution du marketing au chiffre d’affaires, produire des contenus "
                "utiles aux commerciaux et améliorer la qualité des leads transmis."
            ),
            "challenges": (
                "Des commerciaux qui rappellent rarement les leads, un budget limité et des "
                "indicateurs d’audience difficiles à relier aux ventes."
            ),
            "constraints": (
                "Budget annuel serré, dépendance aux experts internes pour les contenus "
                "techniques, validation des messages par la direction."
            ),
            "decision_process": (
                "Compare deux ou trois options, s’appuie sur des cas clients et des chiffres, puis "
                "présente un plan à la direction générale avec un objectif mesurable."
            ),
        },
        "en": {
            "name": "B2B marketing manager",
            "profile": (
                "Runs marketing for a B2B SME or mid-sized company, often with a team of one to "
                "four people plus agencies. A generalist, comfortable with digital tools."
            ),
            "responsibilities": (
                "Manages the website, content, webinars, trade shows and the marketing automation "
                "platform. Supplies leads to the sales team."
            ),
            "objectives": (
                "Prove marketing’s contribution to revenue, produce content that helps salespeople "
                "and improve the quality of leads passed on."
            ),
            "challenges": (
                "Salespeople who rarely follow up leads, a limited budget and audience metrics "
                "that are hard to link to sales."
            ),
            "constraints": (
                "A tight annual budget, reliance on in-house experts for technical content, and "
                "messages that need sign-off from senior management."
            ),
            "decision_process": (
                "Compares two or three options, relies on case studies and figures, then presents "
                "a plan with a measurable goal to the managing director."
            ),
        },
    },
    {
        "key": "sme-ceo",
        "fr": {
            "name": "Dirigeant de PME",
            "profile": (
                "Fondateur ou dirigeant d’une entreprise B2B de 10 à 250 salariés. Il a souvent "
                "porté lui-même les ventes au démarrage et reste impliqué dans les grands comptes."
            ),
            "responsibilities": (
                "Définit la stratégie commerciale, arbitre les budgets entre ventes et marketing, "
                "et représente l’entreprise auprès des clients clés."
            ),
            "objectives": (
                "Rendre la croissance moins dépendante de son propre réseau, fidéliser les clients "
                "existants et structurer une machine commerciale reproductible."
            ),
            "challenges": (
                "Un chiffre d’affaires concentré sur quelques clients, des recrutements "
                "commerciaux difficiles et peu de visibilité sur le retour des actions marketing."
            ),
            "constraints": (
                "Agenda saturé, trésorerie à surveiller, et une équipe trop petite pour tout faire "
                "à la fois."
            ),
            "decision_process": (
                "Décide vite s’il est convaincu par un pair ou un exemple concret. Consulte son "
                "directeur financier ou son associé pour les engagements pluriannuels."
            ),
        },
        "en": {
            "name": "SME managing director",
            "profile": (
                "Founder or managing director of a B2B company with 10 to 250 employees. Often "
                "handled sales personally in the early days and is still involved with key "
                "accounts."
            ),
            "responsibilities": (
                "Sets the sales strategy, allocates budget between sales and marketing, and "
                "represents the company with key customers."
            ),
            "objectives": (
                "Make growth less dependent on their own network, retain existing customers and "
                "build a repeatable sales engine."
            ),
            "challenges": (
                "Revenue concentrated on a handful of customers, hard-to-fill sales roles and "
                "little visibility on the return from marketing."
            ),
            "constraints": (
                "A packed diary, cash flow to watch, and a team too small to do everything at once."
            ),
            "decision_process": (
                "Decides quickly when convinced by a peer or a concrete example. Consults the "
                "finance director or a business partner before multi-year commitments."
            ),
        },
    },
]

AUTHORS = [
    {
        "key": "claire-martin",
        "name": "Claire Martin",
        "role_fr": "Associée, social selling et prospection",
        "role_en": "Partner, social selling and prospecting",
        "bio_fr": (
            "Claire a dirigé pendant douze ans des équipes commerciales dans l’industrie avant de "
            "rejoindre le cabinet. Elle accompagne aujourd’hui des PME et des ETI qui veulent "
            "prospecter sans appel à froid, de la refonte des profils LinkedIn à la formation des "
            "équipes terrain."
        ),
        "bio_en": (
            "Claire spent twelve years leading sales teams in manufacturing before joining the "
            "firm. She now helps SMEs and mid-sized companies prospect without cold calling, from "
            "reworking LinkedIn profiles to training field sales teams."
        ),
        "linkedin_url": "https://www.linkedin.com/in/claire-martin-aimant-demo",
    },
    {
        "key": "julien-moreau",
        "name": "Julien Moreau",
        "role_fr": "Consultant senior, marketing de contenu et webinars",
        "role_en": "Senior consultant, content marketing and webinars",
        "bio_fr": (
            "Ancien journaliste économique, Julien aide les équipes marketing B2B à produire des "
            "contenus qui servent les ventes : guides, webinars, cas clients. Il a organisé ou "
            "coaché plus de 200 webinars pour des éditeurs de logiciels et des industriels."
        ),
        "bio_en": (
            "A former business journalist, Julien helps B2B marketing teams produce content that "
            "supports sales: guides, webinars and case studies. He has run or coached more than "
            "200 webinars for software vendors and manufacturers."
        ),
        "linkedin_url": "https://www.linkedin.com/in/julien-moreau-aimant-demo",
    },
    {
        "key": "nadia-benali",
        "name": "Nadia Benali",
        "role_fr": "Consultante, expérience et communautés clients",
        "role_en": "Consultant, customer experience and communities",
        "bio_fr": (
            "Nadia a créé le service de customer success d’un éditeur SaaS lyonnais avant de "
            "rejoindre le cabinet. Elle conseille les entreprises B2B sur le démarrage des "
            "nouveaux clients, la mesure de la satisfaction et l’animation de clubs utilisateurs."
        ),
        "bio_en": (
            "Nadia set up the customer success team of a Lyon-based SaaS company before joining "
            "the firm. She advises B2B companies on customer onboarding, measuring satisfaction "
            "and running user groups."
        ),
        "linkedin_url": "https://www.linkedin.com/in/nadia-benali-aimant-demo",
    },
]

SERIES = [
    {
        "key": "social-selling-series",
        "fr": {
            "title": "Le social selling en trois étapes",
            "description": (
                "Une série en trois épisodes pour passer d’un profil LinkedIn oublié à des "
                "rendez-vous réguliers : soigner sa vitrine, installer une routine, puis convertir "
                "les conversations."
            ),
        },
        "en": {
            "title": "Social selling in three steps",
            "description": (
                "A three-part series to go from a forgotten LinkedIn profile to a steady flow of "
                "meetings: polish your shop window, build a routine, then turn conversations into "
                "meetings."
            ),
        },
    },
]

ARTICLES = [
    {
        "key": "linkedin-profile-settings",
        "format": "tips",
        "themes": ["social-selling"],
        "personas": ["sales-director", "sme-ceo"],
        "author": "claire-martin",
        "series": {"key": "social-selling-series", "episode": 1},
        "days_ago": 120,
        "fr": {
            "title": "Profil LinkedIn : 7 réglages pour passer du CV à la vitrine commerciale",
            "slug": "profil-linkedin-7-reglages-social-selling",
            "standfirst": (
                "Premier épisode de notre série sur le social selling. Avant de publier ou de "
                "contacter qui que ce soit, votre profil doit répondre en dix secondes à une "
                "question : pourquoi un acheteur aurait-il intérêt à vous parler ?"
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Quand un prospect reçoit votre invitation ou lit votre commentaire, il "
                        "clique sur votre nom. Ce qu’il découvre alors décide de la suite : un CV "
                        "tourné vers votre carrière le laisse indifférent, une page qui parle de "
                        "<i>ses</i> problèmes lui donne envie de répondre. Dans nos "
                        "accompagnements, les commerciaux qui retravaillent leur profil avant de "
                        "prospecter obtiennent <b>un taux d’acceptation de leurs invitations de 45 "
                        "à 55 %</b>, contre 25 à 30 % avec un profil « carrière ».</p>"
                    ),
                ),
                ("heading", "Les sept réglages à faire cette semaine"),
                (
                    "tips",
                    [
                        {
                            "title": "Remplacez l’intitulé de poste par une promesse",
                            "text": (
                                "« Ingénieur commercial chez X » ne dit rien à un acheteur. "
                                "Préférez une phrase qui nomme votre client et le résultat "
                                "obtenu : « J’aide les directeurs industriels à réduire leurs "
                                "arrêts de ligne ». Vous disposez de 220 caractères, mais seuls "
                                "les 60 premiers s’affichent dans les résultats de recherche."
                            ),
                        },
                        {
                            "title": "Choisissez une photo récente, de face et bien éclairée",
                            "text": (
                                "Un visage net qui occupe environ 60 % du cadre, un fond neutre, "
                                "une tenue que vous porteriez en rendez-vous. Évitez les photos de "
                                "vacances recadrées : elles se repèrent immédiatement."
                            ),
                        },
                        {
                            "title": "Utilisez la bannière comme un panneau d’affichage",
                            "text": (
                                "L’image de 1 584 × 396 pixels derrière votre photo peut dire ce "
                                "que vous faites, pour qui, avec une preuve : un chiffre client, "
                                "une date de webinar, le titre de votre dernier guide."
                            ),
                        },
                        {
                            "title": "Réécrivez la section « Infos » pour le lecteur",
                            "text": (
                                "Trois paragraphes courts : les problèmes que rencontrent vos "
                                "clients, la manière dont vous les aidez, un exemple chiffré. "
                                "Terminez par une invitation claire, par exemple : « Écrivez-moi "
                                "si vous préparez votre budget de maintenance de l’an prochain. »"
                            ),
                        },
                        {
                            "title": "Mettez en avant trois contenus",
                            "text": (
                                "La section « Sélection » accepte publications, articles et liens. "
                                "Épinglez un cas client, un guide pratique et le replay d’un "
                                "webinar : c’est votre portfolio."
                            ),
                        },
                        {
                            "title": "Demandez des recommandations à vos clients",
                            "text": (
                                "Deux ou trois recommandations de clients qui décrivent un "
                                "résultat valent plus que vingt compétences validées par des "
                                "collègues. Proposez un brouillon de deux phrases pour leur "
                                "faciliter la tâche."
                            ),
                        },
                        {
                            "title": "Rendez-vous facile à joindre",
                            "text": (
                                "Personnalisez l’adresse de votre profil (prénom-nom) et ajoutez "
                                "un lien vers votre agenda en ligne dans vos coordonnées. Chaque "
                                "clic épargné augmente les chances qu’un prospect fasse le premier "
                                "pas."
                            ),
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "title": "Le test des dix secondes",
                        "text": (
                            "Montrez votre profil à un client de confiance pendant dix secondes, "
                            "puis demandez-lui : « Que fait cette personne, et pour qui ? » S’il "
                            "hésite, reprenez l’intitulé et la bannière avant tout le reste."
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Dans le prochain épisode, nous verrons comment installer une routine "
                        "de vingt minutes par jour pour rester visible auprès de vos comptes "
                        "cibles, sans y consacrer vos soirées.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Your LinkedIn profile: 7 settings to turn a CV into a shop window",
            "slug": "linkedin-profile-7-settings-social-selling",
            "standfirst": (
                "The first episode of our social selling series. Before you post or contact "
                "anyone, your profile must answer one question within ten seconds: why would a "
                "buyer want to talk to you?"
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>When prospects receive your invitation or read your comment, they "
                        "click on your name. What they find decides what happens next: a CV "
                        "focused on your career leaves them cold, while a page about <i>their</i> "
                        "problems makes them want to reply. In our coaching work, salespeople who "
                        "rework their profile before prospecting see <b>45 to 55% of their "
                        "invitations accepted</b>, against 25 to 30% with a “career” profile.</p>"
                    ),
                ),
                ("heading", "Seven settings to change this week"),
                (
                    "tips",
                    [
                        {
                            "title": "Replace your job title with a promise",
                            "text": (
                                "“Account manager at X” tells a buyer nothing. Use a line that "
                                "names your customer and the result you deliver: “I help plant "
                                "managers cut unplanned line stoppages”. You have 220 characters, "
                                "but only the first 60 or so appear in search results."
                            ),
                        },
                        {
                            "title": "Choose a recent, well-lit, face-on photo",
                            "text": (
                                "A sharp face filling about 60% of the frame, a plain background, "
                                "and what you would wear to a client meeting. Avoid cropped "
                                "holiday photos: everyone spots them."
                            ),
                        },
                        {
                            "title": "Use the banner as a billboard",
                            "text": (
                                "The 1584 × 396 pixel image behind your photo can say what you do, "
                                "for whom, with proof: a customer result, a webinar date, the "
                                "title of your latest guide."
                            ),
                        },
                        {
                            "title": "Rewrite your About section for the reader",
                            "text": (
                                "Three short paragraphs: the problems your customers face, how you "
                                "help, and one example with figures. End with a clear invitation, "
                                "such as: “Message me if you are planning next year’s maintenance "
                                "budget.”"
                            ),
                        },
                        {
                            "title": "Feature three pieces of content",
                            "text": (
                                "The Featured section takes posts, articles and links. Pin a case "
                                "study, a practical guide and a webinar recording: that is your "
                                "portfolio."
                            ),
                        },
                        {
                            "title": "Ask customers for recommendations",
                            "text": (
                                "Two or three recommendations from customers describing a result "
                                "are worth more than twenty skills endorsed by colleagues. Offer a "
                                "two-sentence draft to make it easy for them."
                            ),
                        },
                        {
                            "title": "Make yourself easy to reach",
                            "text": (
                                "Customise your profile URL (firstname-lastname) and add a link to "
                                "your online calendar in your contact details. Every click you "
                                "save makes it more likely a prospect will make the first move."
                            ),
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "title": "The ten-second test",
                        "text": (
                            "Show your profile to a customer you trust for ten seconds, then ask: "
                            "“What does this person do, and for whom?” If they hesitate, fix the "
                            "headline and banner before anything else."
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>In the next episode, we will look at how to build a twenty-minute "
                        "daily routine that keeps you visible to your target accounts without "
                        "eating into your evenings.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "social-selling-daily-routine",
        "format": "article",
        "themes": ["social-selling"],
        "personas": ["sales-director"],
        "author": "claire-martin",
        "series": {"key": "social-selling-series", "episode": 2},
        "days_ago": 106,
        "fr": {
            "title": (
                "Social selling : la routine de 20 minutes par jour qui tient dans un agenda de "
                "commercial"
            ),
            "slug": "routine-social-selling-20-minutes-par-jour",
            "standfirst": (
                "Deuxième épisode de notre série. Le social selling échoue rarement faute de "
                "talent : il échoue faute de régularité. Voici une routine quotidienne réaliste, "
                "testée avec des équipes de terrain."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>La plupart des commerciaux que nous accompagnons démarrent le social "
                        "selling avec enthousiasme, publient trois fois la première semaine… puis "
                        "disparaissent pendant un mois. Or vos prospects, comme l’algorithme, "
                        "récompensent la constance : <b>mieux vaut 20 minutes tous les jours "
                        "qu’une demi-journée par mois</b>. Bloquez ce créneau dans votre agenda, "
                        "idéalement en début de matinée, comme un rendez-vous client.</p>"
                    ),
                ),
                ("heading", "Minutes 1 à 5 : écouter"),
                (
                    "paragraph",
                    (
                        "<p>Ouvrez votre liste de comptes cibles (30 à 50 entreprises, pas "
                        "davantage) et parcourez les publications récentes de leurs décideurs. "
                        "Vous cherchez des <b>signaux</b> : une nomination, une levée de fonds, "
                        "une vague de recrutements, une nouvelle usine, une plainte au sujet d’un "
                        "fournisseur. Notez-les dans votre CRM : ce sont vos futures raisons "
                        "légitimes de prendre contact.</p>"
                    ),
                ),
                ("heading", "Minutes 6 à 15 : commenter utilement"),
                (
                    "paragraph",
                    (
                        "<p>Laissez trois commentaires substantiels par jour. Un commentaire utile "
                        "apporte quelque chose : un chiffre, une expérience, une question ouverte. "
                        "« Bravo pour ce post ! » ne vous fera pas remarquer. « Nous observons la "
                        "même chose chez deux clients de l’agroalimentaire : le délai de "
                        "validation a doublé en un an. Vous constatez aussi plus d’intervenants "
                        "côté achats ? » ouvre une conversation.</p>"
                    ),
                ),
                ("heading", "Minutes 16 à 20 : publier ou relayer"),
                (
                    "paragraph",
                    (
                        "<p>Deux publications personnelles par semaine suffisent. Les autres "
                        "jours, relayez un contenu de votre entreprise <b>en ajoutant votre point "
                        "de vue</b> en deux ou trois phrases. Les formats qui fonctionnent le "
                        "mieux auprès des acheteurs B2B restent simples :</p><ul><li>une leçon "
                        "tirée d’un projet client, anonymisé si nécessaire ;</li><li>une erreur "
                        "fréquente et la manière de l’éviter ;</li><li>une question entendue en "
                        "rendez-vous, avec votre réponse.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Au bout de six semaines, mes prospects me parlaient de mes "
                            "publications en rendez-vous. Je n’avais plus besoin de me présenter."
                        ),
                        "attribution": "Thomas, ingénieur commercial dans l’équipement industriel",
                    },
                ),
                (
                    "callout",
                    {
                        "title": "Mesurer sans se décourager",
                        "text": (
                            "Oubliez les « j’aime ». Suivez chaque mois trois indicateurs : le "
                            "nombre de conversations privées ouvertes, le nombre de rendez-vous "
                            "qui en découlent, et la part de vos comptes cibles qui ont consulté "
                            "votre profil. Comptez six à huit semaines avant les premiers "
                            "résultats."
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Dans le troisième et dernier épisode, nous verrons comment transformer "
                        "ces conversations en rendez-vous, sans tomber dans le message commercial "
                        "plaqué.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Social selling: the 20-minute daily routine that fits a salesperson’s diary",
            "slug": "social-selling-20-minute-daily-routine",
            "standfirst": (
                "The second episode of our series. Social selling rarely fails for lack of talent: "
                "it fails for lack of consistency. Here is a realistic daily routine, tested with "
                "field sales teams."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Most of the salespeople we coach start social selling with enthusiasm, "
                        "post three times in the first week… then disappear for a month. Yet your "
                        "prospects, like the algorithm, reward consistency: <b>20 minutes every "
                        "day beats half a day a month</b>. Block the slot in your diary, ideally "
                        "early in the morning, as you would a customer meeting.</p>"
                    ),
                ),
                ("heading", "Minutes 1 to 5: listen"),
                (
                    "paragraph",
                    (
                        "<p>Open your list of target accounts (30 to 50 companies, no more) and "
                        "scroll through recent posts by their decision-makers. You are looking for "
                        "<b>signals</b>: an appointment, a funding round, a hiring spree, a new "
                        "plant, a complaint about a supplier. Log them in your CRM: they are your "
                        "future legitimate reasons to get in touch.</p>"
                    ),
                ),
                ("heading", "Minutes 6 to 15: comment usefully"),
                (
                    "paragraph",
                    (
                        "<p>Leave three substantial comments a day. A useful comment adds "
                        "something: a figure, an experience, an open question. “Great post!” will "
                        "not get you noticed. “We are seeing the same thing at two food-industry "
                        "customers: sign-off times have doubled in a year. Are you also seeing "
                        "more people involved on the purchasing side?” starts a conversation.</p>"
                    ),
                ),
                ("heading", "Minutes 16 to 20: post or share"),
                (
                    "paragraph",
                    (
                        "<p>Two personal posts a week are enough. On other days, share a piece of "
                        "your company’s content <b>with your own view</b> in two or three "
                        "sentences. The formats that work best with B2B buyers remain "
                        "simple:</p><ul><li>a lesson learnt from a customer project, anonymised if "
                        "need be;</li><li>a common mistake and how to avoid it;</li><li>a question "
                        "you heard in a meeting, with your answer.</li></ul>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "After six weeks, prospects were bringing up my posts in meetings. I "
                            "no longer needed to introduce myself."
                        ),
                        "attribution": "Thomas, account manager in industrial equipment",
                    },
                ),
                (
                    "callout",
                    {
                        "title": "Measure without losing heart",
                        "text": (
                            "Forget likes. Each month, track three indicators: the number of "
                            "private conversations opened, the number of meetings they lead to, "
                            "and the share of your target accounts that have viewed your profile. "
                            "Allow six to eight weeks before the first results."
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>In the third and final episode, we will see how to turn these "
                        "conversations into meetings without resorting to a tacked-on sales "
                        "pitch.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "from-conversation-to-meeting",
        "format": "article",
        "themes": ["social-selling", "prospecting"],
        "personas": ["sales-director", "sme-ceo"],
        "author": "claire-martin",
        "series": {"key": "social-selling-series", "episode": 3},
        "days_ago": 92,
        "fr": {
            "title": (
                "Du commentaire au rendez-vous : convertir ses conversations LinkedIn sans forcer"
            ),
            "slug": "conversations-linkedin-rendez-vous",
            "standfirst": (
                "Dernier épisode de notre série sur le social selling. Votre profil attire, votre "
                "routine crée des échanges : reste à proposer un rendez-vous au bon moment, avec "
                "les bons mots."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>C’est l’étape où beaucoup de commerciaux perdent ce qu’ils ont "
                        "construit. Soit ils n’osent jamais proposer d’échange, soit ils envoient "
                        "un argumentaire de 300 mots dès l’acceptation de l’invitation. Le message "
                        "« Merci d’avoir accepté, je me permets de vous présenter notre "
                        "solution… » obtient rarement plus de 2 à 3 % de réponses. Chez nos "
                        "clients, une approche progressive en trois temps dépasse régulièrement "
                        "20 %.</p>"
                    ),
                ),
                ("heading", "Premier temps : prolonger en privé la conversation publique"),
                (
                    "paragraph",
                    (
                        "<p>Quand un prospect a répondu à votre commentaire ou réagi à votre "
                        "publication, vous disposez d’un prétexte légitime. Écrivez court, en "
                        "reprenant <i>son</i> sujet : « Votre remarque sur les délais de "
                        "validation m’a rappelé un échange avec un autre directeur industriel. "
                        "Comment gérez-vous cela chez vous ? » Pas de lien, pas de plaquette, pas "
                        "de demande.</p>"
                    ),
                ),
                ("heading", "Deuxième temps : apporter de la valeur avant de demander"),
                (
                    "paragraph",
                    (
                        "<p>Si la personne répond, partagez une ressource précise qui prolonge ce "
                        "qu’elle vient de dire : un cas client, une grille d’évaluation, le replay "
                        "d’un webinar de 30 minutes. La règle que nous appliquons : <b>au moins "
                        "deux échanges utiles avant toute proposition de rendez-vous</b>.</p>"
                    ),
                ),
                ("heading", "Troisième temps : proposer un échange cadré"),
                (
                    "paragraph",
                    (
                        "<p>La demande doit être facile à accepter : une durée courte, un bénéfice "
                        "clair pour votre interlocuteur, une porte de sortie. Par exemple : « Je "
                        "vous propose 20 minutes la semaine prochaine pour comparer votre "
                        "processus à ce que nous observons chez d’autres industriels. Si cela ne "
                        "vous apporte rien, nous en resterons là. Mardi ou jeudi matin ? »</p>"
                    ),
                ),
                ("heading", "Trois erreurs qui ferment la porte"),
                (
                    "tips",
                    [
                        {
                            "title": "Envoyer un message vocal non sollicité",
                            "text": (
                                "Beaucoup d’acheteurs le vivent comme une intrusion, surtout en "
                                "open space."
                            ),
                        },
                        {
                            "title": "Relancer plus de deux fois",
                            "text": (
                                "Sans réponse après deux relances espacées d’une semaine, revenez "
                                "aux commentaires publics et attendez un nouveau signal."
                            ),
                        },
                        {
                            "title": "Copier-coller un modèle",
                            "text": (
                                "Les acheteurs reçoivent les mêmes messages de dix fournisseurs. "
                                "Une phrase vraiment personnalisée vaut mieux que trois "
                                "paragraphes génériques."
                            ),
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "title": "Ce qu’il faut retenir de la série",
                        "text": (
                            "Un profil qui parle au client, vingt minutes de régularité par jour, "
                            "et des conversations qui apportent de la valeur avant de demander du "
                            "temps. Le social selling ne remplace pas le métier de commercial : il "
                            "lui donne des raisons d’être écouté."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": (
                "From comment to meeting: turning LinkedIn conversations into meetings without "
                "pushing"
            ),
            "slug": "linkedin-conversations-to-meetings",
            "standfirst": (
                "The final episode of our social selling series. Your profile attracts attention "
                "and your routine sparks exchanges: now you need to suggest a meeting at the right "
                "moment, with the right words."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>This is the stage where many salespeople lose what they have built. "
                        "Either they never dare suggest a call, or they send a 300-word pitch the "
                        "moment an invitation is accepted. The message “Thanks for connecting, "
                        "allow me to introduce our solution…” rarely gets more than a 2 to 3% "
                        "reply rate. With our clients, a gradual three-step approach regularly "
                        "exceeds 20%.</p>"
                    ),
                ),
                ("heading", "Step one: take the public conversation private"),
                (
                    "paragraph",
                    (
                        "<p>When a prospect has replied to your comment or reacted to your post, "
                        "you have a legitimate reason to write. Keep it short and stick to "
                        "<i>their</i> topic: “Your point about sign-off times reminded me of a "
                        "conversation with another plant manager. How do you handle that on your "
                        "side?” No link, no brochure, no request.</p>"
                    ),
                ),
                ("heading", "Step two: give value before you ask"),
                (
                    "paragraph",
                    (
                        "<p>If they reply, share a specific resource that builds on what they have "
                        "just said: a case study, an assessment grid, a 30-minute webinar "
                        "recording. The rule we apply: <b>at least two useful exchanges before "
                        "suggesting a meeting</b>.</p>"
                    ),
                ),
                ("heading", "Step three: suggest a well-defined call"),
                (
                    "paragraph",
                    (
                        "<p>The request must be easy to accept: a short slot, a clear benefit for "
                        "the other person, and a way out. For example: “How about 20 minutes next "
                        "week to compare your process with what we see at other manufacturers? If "
                        "it is of no use to you, we will leave it there. Tuesday or Thursday "
                        "morning?”</p>"
                    ),
                ),
                ("heading", "Three mistakes that close the door"),
                (
                    "tips",
                    [
                        {
                            "title": "Sending an unsolicited voice message",
                            "text": (
                                "Many buyers find it intrusive, especially in an open-plan office."
                            ),
                        },
                        {
                            "title": "Following up more than twice",
                            "text": (
                                "With no reply after two follow-ups a week apart, go back to "
                                "public comments and wait for a new signal."
                            ),
                        },
                        {
                            "title": "Copying and pasting a template",
                            "text": (
                                "Buyers get the same messages from ten suppliers. One genuinely "
                                "personal sentence beats three generic paragraphs."
                            ),
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "title": "Key takeaways from the series",
                        "text": (
                            "A profile that speaks to the customer, twenty minutes of daily "
                            "consistency, and conversations that give value before asking for "
                            "time. Social selling does not replace the salesperson’s craft: it "
                            "gives people a reason to listen."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "key": "hydrovia-prospecting-without-cold-calls",
        "format": "testimonial",
        "themes": ["prospecting", "social-selling"],
        "personas": ["sales-director", "sme-ceo"],
        "author": "claire-martin",
        "series": None,
        "days_ago": 75,
        "fr": {
            "title": "Hydrovia : 38 % de rendez-vous qualifiés en plus sans un seul appel à froid",
            "slug": "temoignage-hydrovia-prospection-sans-appel-a-froid",
            "standfirst": (
                "Ce fabricant de pompes industrielles de 140 salariés a renoncé aux campagnes "
                "d’appels à froid. Dix-huit mois plus tard, ses commerciaux obtiennent plus de "
                "rendez-vous, et de meilleurs."
            ),
            "body": [
                ("heading", "Le point de départ"),
                (
                    "paragraph",
                    (
                        "<p>Installée près de Lyon, Hydrovia conçoit des pompes pour "
                        "l’agroalimentaire et la chimie. Il y a deux ans, sa prospection reposait "
                        "sur trois téléprospecteurs qui passaient environ 1 500 appels par mois à "
                        "partir de fichiers achetés. Résultat : <b>un taux de rendez-vous de "
                        "1,2 %</b>, un fort renouvellement de l’équipe et des commerciaux de "
                        "terrain qui se plaignaient de rendez-vous « vides », sans projet "
                        "derrière. Lorsque deux téléprospecteurs ont quitté l’entreprise la même "
                        "année, la direction a décidé de repenser la démarche plutôt que de "
                        "recruter.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "On épuisait nos équipes à appeler des gens qui ne nous attendaient "
                            "pas. Et quand on décrochait un rendez-vous, c’était souvent avec la "
                            "mauvaise personne."
                        ),
                        "attribution": "Sandrine Lefèvre, directrice commerciale d’Hydrovia",
                    },
                ),
                ("heading", "Ce qui a changé"),
                (
                    "paragraph",
                    (
                        "<p>Avec notre équipe, Hydrovia a reconstruit sa prospection autour de "
                        "trois leviers :</p><ul><li><b>des signaux d’achat</b> : extension "
                        "d’usine, nouvelle norme, changement de responsable maintenance, repérés "
                        "chaque semaine dans la presse régionale et sur LinkedIn ;</li><li><b>des "
                        "contenus utiles</b> : un guide sur le coût total de possession d’une "
                        "pompe et un webinar mensuel animé par un ingénieur "
                        "d’application ;</li><li><b>du social selling</b> : les six commerciaux "
                        "ont retravaillé leur profil et suivent une routine quotidienne de vingt "
                        "minutes.</li></ul><p>Les téléprospecteurs sont devenus chargés de "
                        "développement. Ils téléphonent toujours, mais uniquement aux participants "
                        "des webinars, aux lecteurs du guide et aux entreprises qui viennent de "
                        "vivre un événement déclencheur.</p>"
                    ),
                ),
                ("heading", "Une nouvelle organisation"),
                (
                    "paragraph",
                    (
                        "<p>Chaque lundi, une réunion de 30 minutes répartit les signaux de la "
                        "semaine entre les commerciaux. Chaque chargé de développement suit "
                        "environ 120 comptes. Les commerciaux ont été formés pendant deux "
                        "journées, puis coachés une heure par mois pendant six mois. Les débuts "
                        "ont été difficiles : le nombre de rendez-vous a d’abord baissé au "
                        "deuxième trimestre, avant de remonter nettement à partir du quatrième "
                        "mois.</p>"
                    ),
                ),
                ("heading", "Les résultats après dix-huit mois"),
                (
                    "paragraph",
                    (
                        "<p>Hydrovia a comparé les dix-huit mois qui ont suivi le changement aux "
                        "dix-huit mois qui l’ont précédé :</p><ul><li>Rendez-vous qualifiés : de "
                        "21 à 29 par mois, soit <b>+38 %</b>.</li><li>Taux de passage du "
                        "rendez-vous à la proposition : de 22 % à 41 %.</li><li>Cycle de vente "
                        "moyen : de 7,5 à 5,8 mois.</li><li>Volume d’appels sortants : divisé par "
                        "quatre.</li></ul><p>Le chiffre d’affaires issu de nouveaux clients a "
                        "progressé de 24 % sur la même période, avec une équipe de taille "
                        "identique.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Le conseil de Sandrine Lefèvre",
                        "text": (
                            "Ne supprimez pas le téléphone, supprimez l’appel sans raison. Chaque "
                            "appel doit pouvoir commencer par « Je vous appelle parce que… » suivi "
                            "d’un fait qui concerne votre interlocuteur."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Hydrovia: 38% more qualified meetings without a single cold call",
            "slug": "hydrovia-case-study-prospecting-without-cold-calls",
            "standfirst": (
                "This 140-employee industrial pump manufacturer gave up cold-calling campaigns. "
                "Eighteen months on, its salespeople are winning more meetings, and better ones."
            ),
            "body": [
                ("heading", "The starting point"),
                (
                    "paragraph",
                    (
                        "<p>Based near Lyon, Hydrovia designs pumps for the food and chemical "
                        "industries. Two years ago, its prospecting relied on three telemarketers "
                        "making around 1,500 calls a month from purchased lists. The result: <b>a "
                        "1.2% meeting rate</b>, high staff turnover and field salespeople "
                        "complaining about “empty” meetings with no project behind them. When two "
                        "telemarketers left in the same year, management decided to rethink the "
                        "approach rather than hire replacements.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We were wearing our people out calling prospects who weren’t "
                            "expecting us. And when we did land a meeting, it was often with the "
                            "wrong person."
                        ),
                        "attribution": "Sandrine Lefèvre, Sales Director, Hydrovia",
                    },
                ),
                ("heading", "What changed"),
                (
                    "paragraph",
                    (
                        "<p>With our team, Hydrovia rebuilt its prospecting around three "
                        "levers:</p><ul><li><b>buying signals</b>: plant extensions, new "
                        "standards, a new maintenance manager, spotted every week in the regional "
                        "press and on LinkedIn;</li><li><b>useful content</b>: a guide to the "
                        "total cost of ownership of a pump and a monthly webinar hosted by an "
                        "application engineer;</li><li><b>social selling</b>: the six salespeople "
                        "reworked their profiles and follow a twenty-minute daily "
                        "routine.</li></ul><p>The telemarketers became business development "
                        "representatives. They still pick up the phone, but only to call webinar "
                        "attendees, readers of the guide and companies that have just been through "
                        "a trigger event.</p>"
                    ),
                ),
                ("heading", "A new way of working"),
                (
                    "paragraph",
                    (
                        "<p>Every Monday, a 30-minute meeting shares out the week’s signals among "
                        "the salespeople. Each business development representative follows around "
                        "120 accounts. The salespeople were trained over two days, then coached "
                        "for an hour a month for six months. The start was bumpy: the number of "
                        "meetings actually fell in the second quarter, before rising clearly from "
                        "the fourth month onwards.</p>"
                    ),
                ),
                ("heading", "The results after eighteen months"),
                (
                    "paragraph",
                    (
                        "<p>Hydrovia compared the eighteen months after the change with the "
                        "eighteen months before it:</p><ul><li>Qualified meetings: from 21 to 29 a "
                        "month, i.e. <b>+38%</b>.</li><li>Meeting-to-proposal rate: from 22% to "
                        "41%.</li><li>Average sales cycle: from 7.5 to 5.8 "
                        "months.</li><li>Outbound call volume: down by three "
                        "quarters.</li></ul><p>Revenue from new customers rose by 24% over the "
                        "same period, with a team of the same size.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Sandrine Lefèvre’s advice",
                        "text": (
                            "Don’t get rid of the phone, get rid of calls without a reason. Every "
                            "call should be able to start with “I’m calling because…” followed by "
                            "a fact that concerns the person you are calling."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "key": "prospecting-without-cold-calling",
        "format": "tips",
        "themes": ["prospecting"],
        "personas": ["sales-director", "sme-ceo"],
        "author": "claire-martin",
        "series": None,
        "days_ago": 140,
        "fr": {
            "title": "Prospecter sans appel à froid : 8 méthodes qui ouvrent des portes",
            "slug": "prospecter-sans-appel-a-froid-8-methodes",
            "standfirst": (
                "L’appel à froid coûte de plus en plus cher pour de moins en moins de "
                "conversations. Voici huit manières plus efficaces, et plus agréables, de créer le "
                "premier contact avec un acheteur B2B."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>L’appel à froid n’a pas disparu, mais son rendement s’effondre : les "
                        "décideurs filtrent les numéros inconnus et il faut souvent 40 à 60 appels "
                        "pour obtenir une seule conversation utile. Bonne nouvelle : il existe des "
                        "manières plus efficaces de créer le premier contact, qui ont toutes un "
                        "point commun. <b>Elles donnent à l’acheteur une raison de vous "
                        "écouter.</b> Voici celles qui donnent les meilleurs résultats chez nos "
                        "clients.</p>"
                    ),
                ),
                ("heading", "Huit méthodes à combiner"),
                (
                    "tips",
                    [
                        {
                            "title": "Partir des signaux d’achat",
                            "text": (
                                "Nomination, levée de fonds, recrutements, déménagement, nouvelle "
                                "réglementation : un événement donne une raison légitime de "
                                "prendre contact. Réservez une heure par semaine pour les repérer "
                                "sur vos 50 comptes prioritaires."
                            ),
                        },
                        {
                            "title": "Demander systématiquement des recommandations",
                            "text": (
                                "Après chaque projet réussi, demandez à votre client deux noms de "
                                "pairs qui vivent le même problème, et s’il accepte de vous "
                                "présenter par e-mail. Une introduction de ce type obtient "
                                "couramment plus de 50 % de réponses."
                            ),
                        },
                        {
                            "title": "Organiser un webinar avec un client",
                            "text": (
                                "Le retour d’expérience d’un client attire des prospects qui lui "
                                "ressemblent. Chaque inscrit est un contact qui a levé la main."
                            ),
                        },
                        {
                            "title": "Publier un contenu de référence",
                            "text": (
                                "Un guide, un comparatif ou un calculateur qui répond à une "
                                "question que vos prospects se posent avant d’acheter. Proposez-le "
                                "en téléchargement contre une adresse professionnelle."
                            ),
                        },
                        {
                            "title": "Écrire des e-mails courts et personnalisés",
                            "text": (
                                "Quatre à six lignes, une seule demande, et un détail qui prouve "
                                "que vous avez fait vos devoirs. Le message doit concerner la "
                                "fonction de la personne et lui permettre de s’opposer facilement "
                                "aux envois suivants."
                            ),
                        },
                        {
                            "title": "Animer une table ronde locale",
                            "text": (
                                "Un petit-déjeuner réunissant dix dirigeants autour d’un thème "
                                "précis crée plus de relations durables qu’un salon de 5 000 "
                                "visiteurs."
                            ),
                        },
                        {
                            "title": "Activer vos partenaires",
                            "text": (
                                "Expert-comptable, intégrateur, éditeur complémentaire : vos "
                                "partenaires parlent à vos clients avant vous. Proposez-leur un "
                                "échange de recommandations structuré, avec un point trimestriel."
                            ),
                        },
                        {
                            "title": "Reprendre contact avec les affaires perdues",
                            "text": (
                                "Un prospect qui a choisi un concurrent il y a 12 à 18 mois est "
                                "souvent en train d’en faire le bilan. Un simple message pour "
                                "prendre des nouvelles rouvre régulièrement des projets."
                            ),
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "title": "Par où commencer ?",
                        "text": (
                            "Ne lancez pas les huit méthodes à la fois. Choisissez-en deux "
                            "adaptées à votre cycle de vente, testez-les pendant un trimestre et "
                            "comptez les rendez-vous qualifiés obtenus par chacune. Gardez celle "
                            "qui fonctionne, puis ajoutez-en une troisième."
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Pour les règles qui encadrent la prospection par e-mail entre "
                        'professionnels, consultez la <a href="https://www.cnil.fr/fr/la-'
                        'prospection-commerciale-par-courrier-electronique">fiche de la CNIL sur '
                        "la prospection commerciale par courrier électronique</a>.</p>"
                    ),
                ),
            ],
        },
        "en": None,
    },
    {
        "key": "lead-qualification-beyond-bant",
        "format": "article",
        "themes": ["prospecting", "content-marketing"],
        "personas": ["sales-director", "marketing-manager"],
        "author": "julien-moreau",
        "series": None,
        "days_ago": 60,
        "fr": {
            "title": "Qualifier un lead B2B : pourquoi la méthode BANT ne suffit plus",
            "slug": "qualifier-lead-b2b-au-dela-de-bant",
            "standfirst": (
                "Budget, autorité, besoin, délai : la grille BANT reste utile, mais elle ne décrit "
                "plus la façon dont les entreprises achètent. Voici une grille en cinq questions, "
                "plus fiable pour trier votre pipeline."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Budget, autorité, besoin, délai : la grille BANT, popularisée par IBM, "
                        "a structuré des générations de commerciaux. Elle suppose pourtant un "
                        "acheteur unique qui sait déjà ce qu’il veut. Or un achat B2B mobilise "
                        "aujourd’hui souvent six à dix personnes, et une bonne partie de la "
                        "réflexion a lieu avant le premier contact avec un fournisseur.</p>"
                    ),
                ),
                ("heading", "Les trois angles morts de BANT"),
                (
                    "paragraph",
                    (
                        "<p>Sur le terrain, la grille révèle trois faiblesses :</p><ul><li><b>Le "
                        "budget arrive trop tôt.</b> Exiger un budget au premier échange écarte "
                        "des projets qui n’en ont pas encore, mais qui en auront un si vous aidez "
                        "à chiffrer le problème.</li><li><b>L’autorité est collective.</b> Le "
                        "« décideur » signe, mais l’utilisateur, l’acheteur et la DSI peuvent tous "
                        "bloquer.</li><li><b>Le délai est déclaratif.</b> « D’ici la fin de "
                        "l’année » ne veut rien dire sans un événement qui force la "
                        "décision.</li></ul>"
                    ),
                ),
                ("heading", "Une grille plus utile en cinq questions"),
                (
                    "paragraph",
                    (
                        "<p>Chez nos clients, nous remplaçons BANT par cinq questions auxquelles "
                        "le commercial doit savoir répondre avant de passer une opportunité au "
                        "statut « qualifiée » :</p><ol><li>Quel problème coûte cher aujourd’hui, "
                        "et combien ?</li><li>Qu’est-ce qui oblige à agir maintenant : échéance, "
                        "réglementation, départ, incident ?</li><li>Qui sera touché par la "
                        "décision, et qui peut la bloquer ?</li><li>Comment l’entreprise a-t-elle "
                        "acheté une solution comparable la dernière fois ?</li><li>Que se "
                        "passe-t-il si rien ne change ?</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Marketing et ventes : une seule définition",
                        "text": (
                            "Un lead n’est « qualifié marketing » que si les deux équipes l’ont "
                            "défini ensemble, par écrit. Exemple : une fonction ciblée, une "
                            "entreprise de plus de 50 salariés dans un secteur servi, et au moins "
                            "deux interactions en 30 jours (webinar, téléchargement, visite de la "
                            "page tarifs)."
                        ),
                    },
                ),
                ("heading", "Ce que cela change en pratique"),
                (
                    "paragraph",
                    (
                        "<p>Une entreprise de services informatiques de 80 salariés que nous "
                        "accompagnons a appliqué cette grille à son pipeline : 35 % des "
                        "opportunités « qualifiées » ont été reclassées en veille. Le pipeline "
                        "affiché a baissé, mais le taux de signature des opportunités restantes "
                        "est passé de 18 % à 31 % en deux trimestres, et les prévisions sont enfin "
                        "devenues fiables.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nous avions un pipeline flatteur et des trimestres ratés. "
                            "Aujourd’hui, il est plus petit, mais je peux m’engager sur les "
                            "chiffres."
                        ),
                        "attribution": "Le directeur commercial de l’entreprise",
                    },
                ),
            ],
        },
        "en": {
            "title": "Qualifying a B2B lead: why BANT is no longer enough",
            "slug": "qualifying-b2b-leads-beyond-bant",
            "standfirst": (
                "Budget, authority, need, timing: the BANT framework is still useful, but it no "
                "longer reflects how companies buy. Here is a five-question framework that sorts "
                "your pipeline more reliably."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Budget, authority, need, timing: the BANT framework, popularised by "
                        "IBM, has shaped generations of salespeople. Yet it assumes a single buyer "
                        "who already knows what they want. Today, a B2B purchase often involves "
                        "six to ten people, and much of the thinking happens before the first "
                        "contact with a supplier.</p>"
                    ),
                ),
                ("heading", "BANT’s three blind spots"),
                (
                    "paragraph",
                    (
                        "<p>In the field, the framework shows three "
                        "weaknesses:</p><ul><li><b>Budget comes too early.</b> Insisting on a "
                        "budget in the first conversation rules out projects that do not have one "
                        "yet, but will if you help put a figure on the "
                        "problem.</li><li><b>Authority is collective.</b> The “decision-maker” "
                        "signs, but the user, the buyer and IT can all block the "
                        "deal.</li><li><b>Timing is just a statement.</b> “By the end of the year” "
                        "means nothing without an event that forces the decision.</li></ul>"
                    ),
                ),
                ("heading", "A more useful five-question framework"),
                (
                    "paragraph",
                    (
                        "<p>With our clients, we replace BANT with five questions the salesperson "
                        "must be able to answer before marking an opportunity as "
                        "“qualified”:</p><ol><li>Which problem is costly today, and how "
                        "costly?</li><li>What forces action now: a deadline, a regulation, a "
                        "departure, an incident?</li><li>Who will be affected by the decision, and "
                        "who can block it?</li><li>How did the company buy a comparable solution "
                        "last time?</li><li>What happens if nothing changes?</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Marketing and sales: one definition",
                        "text": (
                            "A lead is only “marketing qualified” if both teams have defined what "
                            "that means together, in writing. For example: a target job role, a "
                            "company with more than 50 employees in a sector you serve, and at "
                            "least two interactions within 30 days (webinar, download, visit to "
                            "the pricing page)."
                        ),
                    },
                ),
                ("heading", "What it changes in practice"),
                (
                    "paragraph",
                    (
                        "<p>An 80-employee IT services company we work with applied this framework "
                        "to its pipeline: 35% of “qualified” opportunities were moved back to "
                        "nurturing. The pipeline on paper shrank, but the win rate on the "
                        "remaining opportunities rose from 18% to 31% in two quarters, and "
                        "forecasts finally became reliable.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We had a flattering pipeline and missed quarters. Today it is "
                            "smaller, but I can commit to the numbers."
                        ),
                        "attribution": "The company’s sales director",
                    },
                ),
            ],
        },
    },
    {
        "key": "customer-community-interview",
        "format": "interview",
        "themes": ["customer-communities", "customer-experience"],
        "personas": ["marketing-manager", "sme-ceo"],
        "author": "nadia-benali",
        "series": None,
        "days_ago": 45,
        "fr": {
            "title": "« Une communauté client se pilote comme un produit »",
            "slug": "entretien-communaute-client-pilotage",
            "standfirst": (
                "Émilie Roussel anime depuis quatre ans la communauté des 1 800 utilisateurs de "
                "Logiflux, éditeur de logiciels de planification. Elle explique pourquoi une "
                "communauté B2B a besoin d’objectifs, d’une feuille de route et d’indicateurs."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Forum, ateliers mensuels, rencontres régionales : Logiflux, "
                        "230 salariés, a fait de sa communauté un pilier de sa relation client. "
                        "Nous avons interrogé sa responsable communauté sur ce qui marche, ce qui "
                        "n’a pas marché et les chiffres qu’elle suit.</p>"
                    ),
                ),
                ("heading", "Pourquoi avoir lancé une communauté ?"),
                (
                    "paragraph",
                    (
                        "<p><b>Émilie Roussel :</b> Au départ, pour soulager le support. Nous "
                        "recevions les mêmes questions des dizaines de fois par mois. Aujourd’hui, "
                        "40 % des questions posées sur notre forum reçoivent une réponse d’un "
                        "autre client en moins de quatre heures. Mais l’effet le plus fort est "
                        "ailleurs : nos clients se sentent moins seuls face à l’outil, et ils "
                        "restent.</p>"
                    ),
                ),
                ("heading", "Que voulez-vous dire par « la piloter comme un produit » ?"),
                (
                    "paragraph",
                    (
                        "<p><b>É. R. :</b> Une communauté a des utilisateurs, des usages et une "
                        "feuille de route. Nous avons défini trois profils de membres, le "
                        "débutant, l’expert et l’ambassadeur, avec pour chacun des objectifs "
                        "précis. Chaque trimestre, nous décidons quelles actions lancer ou "
                        "arrêter, exactement comme le fait l’équipe produit.</p>"
                    ),
                ),
                ("heading", "Quelle a été votre plus grosse erreur ?"),
                (
                    "paragraph",
                    (
                        "<p><b>É. R. :</b> Ouvrir une plateforme avant d’avoir donné une raison "
                        "d’y venir. La première version de notre forum est restée vide pendant six "
                        "mois. Ce qui a tout changé, c’est un rendez-vous mensuel : un atelier "
                        "d’une heure où un client montre comment il utilise l’outil. La plateforme "
                        "sert à prolonger ces échanges.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Une communauté ne se décrète pas. On la construit autour d’un "
                            "rendez-vous régulier et de quelques clients qui ont envie de partager."
                        ),
                        "attribution": "Émilie Roussel, responsable communauté chez Logiflux",
                    },
                ),
                ("heading", "Quels indicateurs suivez-vous ?"),
                (
                    "paragraph",
                    (
                        "<p><b>É. R. :</b> Trois, pas plus :</p><ul><li>la part de membres actifs "
                        "chaque mois, aujourd’hui 27 % ;</li><li>le délai de première réponse sur "
                        "le forum ;</li><li>le taux de renouvellement des clients membres comparé "
                        "aux autres : 94 % contre 86 %.</li></ul><p>Ce dernier chiffre a convaincu "
                        "notre direction de financer un deuxième poste.</p>"
                    ),
                ),
                ("heading", "Un conseil pour une PME qui veut se lancer ?"),
                (
                    "paragraph",
                    (
                        "<p><b>É. R. :</b> Commencez petit : dix clients engagés, un rendez-vous "
                        "par mois, une personne responsable. Et demandez à vos clients ce qu’ils "
                        "aimeraient apprendre les uns des autres avant d’acheter le moindre "
                        "outil.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "“A customer community should be managed like a product”",
            "slug": "interview-managing-a-customer-community",
            "standfirst": (
                "For four years, Émilie Roussel has run the community of Logiflux’s 1,800 users; "
                "the company publishes planning software. She explains why a B2B community needs "
                "goals, a roadmap and metrics."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>A forum, monthly workshops, regional meet-ups: Logiflux, which employs "
                        "230 people, has made its community a cornerstone of its customer "
                        "relationships. We asked its community manager what works, what did not, "
                        "and which figures she tracks.</p>"
                    ),
                ),
                ("heading", "Why did you start a community?"),
                (
                    "paragraph",
                    (
                        "<p><b>Émilie Roussel:</b> Initially, to take pressure off support. We "
                        "were getting the same questions dozens of times a month. Today, 40% of "
                        "questions on our forum are answered by another customer within four "
                        "hours. But the biggest effect lies elsewhere: our customers feel less "
                        "alone with the software, and they stay.</p>"
                    ),
                ),
                ("heading", "What do you mean by “managing it like a product”?"),
                (
                    "paragraph",
                    (
                        "<p><b>É. R.:</b> A community has users, use cases and a roadmap. We "
                        "defined three member profiles, the beginner, the expert and the "
                        "ambassador, each with specific goals. Every quarter, we decide which "
                        "initiatives to launch or stop, exactly as the product team does.</p>"
                    ),
                ),
                ("heading", "What was your biggest mistake?"),
                (
                    "paragraph",
                    (
                        "<p><b>É. R.:</b> Opening a platform before giving people a reason to "
                        "come. The first version of our forum stayed empty for six months. What "
                        "changed everything was a monthly event: a one-hour workshop where a "
                        "customer shows how they use the software. The platform is there to carry "
                        "those conversations on.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "You can’t decree a community. You build it around a regular event and "
                            "a few customers who want to share."
                        ),
                        "attribution": "Émilie Roussel, Community Manager, Logiflux",
                    },
                ),
                ("heading", "Which metrics do you track?"),
                (
                    "paragraph",
                    (
                        "<p><b>É. R.:</b> Three, no more:</p><ul><li>the share of members active "
                        "each month, currently 27%;</li><li>time to first reply on the "
                        "forum;</li><li>the renewal rate of member customers compared with the "
                        "others: 94% against 86%.</li></ul><p>That last figure convinced our "
                        "management to fund a second post.</p>"
                    ),
                ),
                ("heading", "Any advice for an SME that wants to get started?"),
                (
                    "paragraph",
                    (
                        "<p><b>É. R.:</b> Start small: ten committed customers, one event a month, "
                        "one person in charge. And ask your customers what they would like to "
                        "learn from each other before you buy any tool at all.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "orfea-user-club",
        "format": "testimonial",
        "themes": ["customer-communities", "customer-experience"],
        "personas": ["sme-ceo", "marketing-manager"],
        "author": "nadia-benali",
        "series": None,
        "days_ago": 30,
        "fr": {
            "title": "Orféa : un club utilisateurs qui a divisé l’attrition par deux",
            "slug": "temoignage-orfea-club-utilisateurs",
            "standfirst": (
                "Éditeur d’un logiciel pour cabinets d’expertise comptable, Orféa perdait un "
                "client sur huit chaque année. Un club utilisateurs animé avec peu de moyens a "
                "inversé la tendance."
            ),
            "body": [
                ("heading", "Un problème de solitude, pas de produit"),
                (
                    "paragraph",
                    (
                        "<p>Orféa compte 65 salariés et environ 900 cabinets clients. Il y a trois "
                        "ans, son taux d’attrition annuel atteignait 12 %. Les entretiens menés "
                        "avec les clients partants révélaient un point commun : ils n’utilisaient "
                        "qu’un tiers des fonctionnalités et ne savaient pas à qui poser leurs "
                        "questions en dehors du support.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nos clients ne nous quittaient pas parce que le logiciel était "
                            "mauvais, mais parce qu’ils s’y sentaient seuls."
                        ),
                        "attribution": "Marc Delorme, fondateur et président d’Orféa",
                    },
                ),
                ("heading", "Le dispositif"),
                (
                    "paragraph",
                    (
                        "<p>Plutôt qu’une plateforme coûteuse, Orféa a misé sur des rendez-vous "
                        "réguliers :</p><ul><li><b>un club régional</b> qui réunit deux fois par "
                        "an, dans six villes, une vingtaine de cabinets autour d’un déjeuner de "
                        "travail ;</li><li><b>les « mardis de l’expert »</b> : 45 minutes en "
                        "visioconférence chaque mois, pendant lesquelles un client présente une "
                        "astuce ;</li><li><b>un groupe privé en ligne</b> pour prolonger les "
                        "échanges, animé par une chargée de communauté à "
                        "mi-temps.</li></ul><p>Budget annuel : environ 60 000 €, salaire "
                        "compris.</p>"
                    ),
                ),
                ("heading", "Des rencontres entre pairs, pas des présentations commerciales"),
                (
                    "paragraph",
                    (
                        "<p>Le premier club a réuni 14 cabinets à Nantes, invités personnellement "
                        "par le fondateur. Depuis, les membres choisissent eux-mêmes les sujets "
                        "par un court sondage avant chaque rencontre : clôture des comptes, "
                        "télétransmission, organisation des collaborateurs en période fiscale. "
                        "Orféa n’y présente aucune offre commerciale ; l’équipe produit intervient "
                        "seulement en fin de séance pour partager la feuille de route et "
                        "recueillir les demandes d’évolution.</p>"
                    ),
                ),
                ("heading", "Les résultats"),
                (
                    "paragraph",
                    (
                        "<p>Deux ans après le lancement, les chiffres parlent "
                        "d’eux-mêmes :</p><ul><li>Attrition annuelle : de 12 % à 5,8 % en deux "
                        "ans.</li><li>Cabinets membres du club : 41 % des clients.</li><li>Ventes "
                        "additionnelles : 30 % des modules complémentaires vendus l’an dernier "
                        "l’ont été à des membres du club, souvent après une démonstration faite… "
                        "par un autre client.</li><li>Tickets de support par client : "
                        "–22 %.</li></ul><p>Pour Marc Delorme, le calcul est vite fait : avec un "
                        "revenu annuel moyen de 4 200 € par cabinet, chaque point d’attrition "
                        "évité préserve près de 38 000 € de chiffre d’affaires récurrent. Les six "
                        "points gagnés représentent plus de 230 000 € par an, pour un budget de "
                        "60 000 €.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Ce qu’Orféa referait autrement",
                        "text": (
                            "Impliquer les commerciaux dès le départ. La première année, le club "
                            "était perçu comme une affaire de marketing. Depuis que chaque "
                            "commercial coanime une rencontre régionale, les clients lui parlent "
                            "de leurs projets bien plus tôt."
                        ),
                    },
                ),
            ],
        },
        "en": None,
    },
    {
        "key": "webinar-attendance-tips",
        "format": "tips",
        "themes": ["content-marketing"],
        "personas": ["marketing-manager"],
        "author": "julien-moreau",
        "series": None,
        "days_ago": 20,
        "fr": {
            "title": "Webinar B2B : 9 conseils pour que vos inscrits deviennent des participants",
            "slug": "webinar-b2b-9-conseils-taux-de-presence",
            "standfirst": (
                "Dans la plupart des webinars B2B, moins d’un inscrit sur deux se connecte le jour "
                "J. Ce n’est pas une fatalité : tout se joue entre l’inscription et le direct."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Sur les webinars B2B que nous accompagnons, 35 à 45 % seulement des "
                        "inscrits se connectent en direct. Les organisateurs qui soignent la "
                        "période entre l’inscription et le jour J dépassent pourtant régulièrement "
                        "55 %. Chaque point gagné compte : un participant en direct pose des "
                        "questions, répond aux sondages et accepte bien plus souvent un "
                        "rendez-vous qu’un spectateur du replay.</p>"
                    ),
                ),
                ("heading", "Avant, pendant et après le direct"),
                (
                    "tips",
                    [
                        {
                            "title": "Choisissez un sujet qui promet un résultat",
                            "text": (
                                "« Réduire de 20 % les retards de paiement de vos clients » attire "
                                "plus que « Les enjeux du poste client ». Le titre est votre "
                                "première relance."
                            ),
                        },
                        {
                            "title": "Programmez le mardi ou le jeudi, entre 11 h et 14 h",
                            "text": (
                                "Ce sont les créneaux où nous observons les meilleurs taux de "
                                "présence. Évitez le lundi matin, le vendredi après-midi et les "
                                "veilles de vacances scolaires."
                            ),
                        },
                        {
                            "title": "Limitez le formulaire à quatre champs",
                            "text": (
                                "Prénom, nom, e-mail professionnel, entreprise. Chaque champ "
                                "supplémentaire coûte des inscriptions ; vous compléterez le reste "
                                "plus tard."
                            ),
                        },
                        {
                            "title": "Envoyez immédiatement une invitation de calendrier",
                            "text": (
                                "Joignez un fichier .ics à la confirmation : un créneau bloqué "
                                "dans l’agenda est le meilleur indicateur de présence."
                            ),
                        },
                        {
                            "title": "Relancez trois fois, pas davantage",
                            "text": (
                                "La veille, une heure avant, puis au démarrage avec le lien "
                                "direct. La relance de dernière minute apporte à elle seule 10 à "
                                "15 % des participants."
                            ),
                        },
                        {
                            "title": "Donnez une raison de venir en direct",
                            "text": (
                                "Questions-réponses avec l’intervenant, diagnostic offert aux "
                                "participants, support réservé au direct : le replay ne doit pas "
                                "offrir exactement la même chose."
                            ),
                        },
                        {
                            "title": "Faites intervenir un client",
                            "text": (
                                "Le retour d’expérience d’un client rassure davantage que dix "
                                "diapositives sur le produit. Préparez-le avec trois questions et "
                                "une répétition de 20 minutes."
                            ),
                        },
                        {
                            "title": "Rendez l’audience active dès la cinquième minute",
                            "text": (
                                "Un sondage simple, comme « Où en êtes-vous sur ce sujet ? », "
                                "réveille l’audience et vous renseigne sur la maturité de chaque "
                                "participant."
                            ),
                        },
                        {
                            "title": "Envoyez le replay dans les 24 heures",
                            "text": (
                                "Avec un résumé en trois points et une suite adaptée à "
                                "l’engagement de chacun : une ressource complémentaire pour les "
                                "curieux, un échange de 20 minutes pour ceux qui ont posé une "
                                "question."
                            ),
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "title": "L’indicateur à suivre",
                        "text": (
                            "Au-delà du taux de présence, mesurez le nombre de rendez-vous obtenus "
                            "dans les 30 jours pour 100 inscrits. Chez nos clients, il varie de 2 "
                            "à 9 : c’est ce chiffre qui justifie, ou non, le temps investi."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "B2B webinars: 9 tips to turn registrants into attendees",
            "slug": "b2b-webinar-9-tips-attendance-rate",
            "standfirst": (
                "At most B2B webinars, fewer than half of registrants turn up on the day. It "
                "doesn’t have to be that way: it all happens between sign-up and the live session."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>On the B2B webinars we support, only 35 to 45% of registrants join "
                        "live. Yet organisers who look after the period between sign-up and the "
                        "big day regularly exceed 55%. Every point counts: a live attendee asks "
                        "questions, answers polls and is far more likely to accept a meeting than "
                        "someone watching the recording.</p>"
                    ),
                ),
                ("heading", "Before, during and after the live session"),
                (
                    "tips",
                    [
                        {
                            "title": "Choose a topic that promises a result",
                            "text": (
                                "“Cut your customers’ late payments by 20%” draws more people than "
                                "“The challenges of accounts receivable”. The title is your first "
                                "reminder."
                            ),
                        },
                        {
                            "title": "Schedule it on a Tuesday or Thursday, between 11 am and 2 pm",
                            "text": (
                                "These are the slots where we see the best attendance. Avoid "
                                "Monday mornings, Friday afternoons and the days before school "
                                "holidays."
                            ),
                        },
                        {
                            "title": "Keep the form to four fields",
                            "text": (
                                "First name, last name, work email, company. Every extra field "
                                "costs you sign-ups; you can fill in the rest later."
                            ),
                        },
                        {
                            "title": "Send a calendar invitation straight away",
                            "text": (
                                "Attach an .ics file to the confirmation: a slot blocked in the "
                                "diary is the best predictor of attendance."
                            ),
                        },
                        {
                            "title": "Send three reminders, no more",
                            "text": (
                                "The day before, one hour before, then at the start with the "
                                "direct link. The last-minute reminder alone brings in 10 to 15% "
                                "of attendees."
                            ),
                        },
                        {
                            "title": "Give people a reason to join live",
                            "text": (
                                "A Q&A with the speaker, a free assessment for attendees, slides "
                                "available only to those who attend: the recording should not "
                                "offer exactly the same thing."
                            ),
                        },
                        {
                            "title": "Bring in a customer",
                            "text": (
                                "A customer’s first-hand account reassures more than ten product "
                                "slides. Prepare them with three questions and a 20-minute "
                                "rehearsal."
                            ),
                        },
                        {
                            "title": "Get the audience involved by minute five",
                            "text": (
                                "A simple poll such as “Where are you with this topic?” wakes the "
                                "audience up and tells you how mature each attendee’s project is."
                            ),
                        },
                        {
                            "title": "Send the recording within 24 hours",
                            "text": (
                                "Include a three-point summary and a next step matched to each "
                                "person’s engagement: an extra resource for the curious, a "
                                "20-minute call for those who asked a question."
                            ),
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "title": "The metric to track",
                        "text": (
                            "Beyond attendance, measure the number of meetings booked within 30 "
                            "days per 100 registrants. Across our clients it ranges from 2 to 9: "
                            "that is the figure that justifies the time invested, or not."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "key": "content-for-the-buying-committee",
        "format": "article",
        "themes": ["content-marketing"],
        "personas": ["marketing-manager", "sme-ceo"],
        "author": "julien-moreau",
        "series": None,
        "days_ago": 10,
        "fr": {
            "title": "Marketing de contenu B2B : écrire pour le comité d’achat, pas pour Google",
            "slug": "marketing-contenu-b2b-comite-achat",
            "standfirst": (
                "Vos contenus ne sont pas lus par « un internaute », mais par un comité d’achat où "
                "chacun cherche des réponses différentes. Voici comment en tenir compte, de la "
                "planification à la mesure."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Beaucoup d’entreprises B2B produisent des articles calibrés pour le "
                        "référencement : un mot-clé, 1 500 mots, des intertitres optimisés. Le "
                        "trafic progresse parfois, les ventes beaucoup moins. La raison est "
                        "simple : un achat B2B se décide à plusieurs, et chaque membre du comité "
                        "cherche des réponses différentes.</p>"
                    ),
                ),
                ("heading", "Un comité, cinq lecteurs"),
                (
                    "paragraph",
                    (
                        "<p>Dans une PME industrielle qui choisit un logiciel de maintenance, on "
                        "retrouve typiquement :</p><ul><li>le <b>directeur de site</b>, qui veut "
                        "savoir combien coûtent les arrêts de production et ce qu’il peut "
                        "gagner ;</li><li>le <b>responsable maintenance</b>, futur utilisateur, "
                        "qui redoute une usine à gaz ;</li><li>le <b>directeur financier</b>, qui "
                        "compare le coût total sur cinq ans ;</li><li>la <b>DSI</b>, qui "
                        "s’inquiète de l’intégration et de la "
                        "sécurité ;</li><li>l’<b>acheteur</b>, qui doit comparer les offres et "
                        "justifier le choix.</li></ul><p>Un article générique ne convaincra aucun "
                        "d’entre eux.</p>"
                    ),
                ),
                ("heading", "Cartographier les questions avant d’écrire"),
                (
                    "paragraph",
                    (
                        "<p>Avant de remplir votre calendrier éditorial, interrogez vos "
                        "commerciaux et relisez vos dix dernières propositions : quelles "
                        "objections reviennent, quelles questions retardent les décisions, quels "
                        "documents les clients réclament-ils ? Vous obtiendrez en général une "
                        "trentaine de questions réelles. Chacune peut devenir un contenu : un "
                        "article, une page de comparaison, un calculateur, une foire aux questions "
                        "technique.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Le meilleur contenu B2B, c’est celui qu’un commercial a envie "
                            "d’envoyer à son client après un rendez-vous."
                        ),
                        "attribution": (
                            "Céline Arnaud, responsable marketing d’un éditeur de logiciels "
                            "industriels"
                        ),
                    },
                ),
                ("heading", "Mesurer ce qui compte"),
                (
                    "paragraph",
                    (
                        "<p>Les pages vues et le temps de lecture restent utiles, mais ajoutez "
                        "deux indicateurs :</p><ul><li>le nombre de contenus envoyés chaque mois "
                        "par les commerciaux à leurs prospects ;</li><li>la part des affaires "
                        "signées dont au moins un contact a consulté un contenu.</li></ul><p>Chez "
                        "l’un de nos clients, cette part est passée de 23 % à 58 % en un an, après "
                        "la refonte de son blog autour des questions du comité d’achat.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Un format à tester",
                        "text": (
                            "La page « Pour votre directeur financier » : une page par profil du "
                            "comité d’achat, qui répond à ses trois questions principales avec un "
                            "chiffre clé. Vos interlocuteurs la transféreront eux-mêmes en interne."
                        ),
                    },
                ),
            ],
        },
        "en": None,
    },
    {
        "key": "customer-experience-first-quarter",
        "format": "interview",
        "themes": ["customer-experience"],
        "personas": ["sales-director", "sme-ceo"],
        "author": "nadia-benali",
        "series": None,
        "days_ago": 5,
        "fr": {
            "title": "Expérience client B2B : « Le premier trimestre décide du renouvellement »",
            "slug": "entretien-experience-client-premier-trimestre",
            "standfirst": (
                "Karim Haddad dirige la satisfaction client de Tessalia, prestataire de paie "
                "externalisée pour 2 400 entreprises. Pour lui, la fidélité se joue bien avant la "
                "date de renouvellement."
            ),
            "body": [
                ("heading", "Vous dites que tout se joue dans les 90 premiers jours. Pourquoi ?"),
                (
                    "paragraph",
                    (
                        "<p><b>Karim Haddad :</b> Parce que c’est la période où le client compare "
                        "la promesse commerciale à la réalité. Nous avons analysé trois ans de "
                        "résiliations : 70 % des clients partis avaient connu au moins un incident "
                        "non résolu pendant leur premier trimestre. À l’inverse, un démarrage "
                        "réussi crée une réserve de confiance qui résiste aux difficultés "
                        "ultérieures.</p>"
                    ),
                ),
                ("heading", "Qu’avez-vous changé concrètement ?"),
                (
                    "paragraph",
                    (
                        "<p><b>K. H. :</b> Trois choses. D’abord, une réunion de passation "
                        "obligatoire entre le commercial, le chargé de démarrage et le client, "
                        "pour que rien de ce qui a été promis ne se perde. Ensuite, un point "
                        "hebdomadaire de quinze minutes pendant les deux premiers mois. Enfin, un "
                        "objectif partagé : la première paie sans erreur, célébrée comme une "
                        "étape.</p>"
                    ),
                ),
                ("heading", "Comment mesurez-vous l’expérience client ?"),
                (
                    "paragraph",
                    (
                        "<p><b>K. H. :</b> Nous avons abandonné l’enquête annuelle, qui arrivait "
                        "trop tard. Nous posons une seule question après chaque moment clé : « Sur "
                        "une échelle de 1 à 5, ce que vous venez de vivre correspond-il à ce qu’on "
                        "vous avait annoncé ? » Toute note inférieure à 4 déclenche l’appel d’un "
                        "responsable sous 48 heures.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Un client mécontent que l’on rappelle dans les 48 heures devient "
                            "souvent plus fidèle qu’un client qui n’a jamais eu de problème."
                        ),
                        "attribution": (
                            "Karim Haddad, directeur de la satisfaction client chez Tessalia"
                        ),
                    },
                ),
                ("heading", "Quels résultats avez-vous obtenus ?"),
                (
                    "paragraph",
                    (
                        "<p><b>K. H. :</b> En deux ans, le taux de résiliation pendant la première "
                        "année est passé de 14 % à 6 %. Et les commerciaux y gagnent : 35 % de nos "
                        "nouveaux clients viennent désormais d’une recommandation, contre 20 % "
                        "auparavant.</p>"
                    ),
                ),
                ("heading", "Quel rôle jouent les commerciaux ?"),
                (
                    "paragraph",
                    (
                        "<p><b>K. H. :</b> Un rôle central. Une promesse trop large en avant-vente "
                        "se paie toujours pendant le démarrage. Nous avons intégré la note de "
                        "satisfaction au démarrage dans la part variable des commerciaux : cela a "
                        "changé la manière dont ils présentent les délais de mise en place.</p>"
                    ),
                ),
                ("heading", "Par quoi commencer quand on n’a pas d’équipe dédiée ?"),
                (
                    "paragraph",
                    (
                        "<p><b>K. H. :</b> Par la passation. Une réunion d’une demi-heure entre "
                        "vente, production et client ne coûte rien, et elle évite la plupart des "
                        "malentendus que nous retrouvions dans les résiliations.</p>"
                    ),
                ),
            ],
        },
        "en": None,
    },
    {
        "key": "norvalis-webinars-pipeline",
        "format": "testimonial",
        "themes": ["content-marketing", "prospecting"],
        "personas": ["marketing-manager", "sales-director"],
        "author": "julien-moreau",
        "series": None,
        "days_ago": 2,
        "fr": {
            "title": "Norvalis Logistique : des webinars mensuels qui alimentent 30 % du pipeline",
            "slug": "temoignage-norvalis-webinars-pipeline",
            "standfirst": (
                "Ce prestataire logistique de 480 salariés a fait de ses webinars sa première "
                "source d’opportunités. Sa responsable marketing raconte comment elle a relié "
                "contenus et qualification des leads."
            ),
            "body": [
                ("heading", "Le contexte"),
                (
                    "paragraph",
                    (
                        "<p>Norvalis Logistique gère des entrepôts pour des marques de la grande "
                        "distribution dans les Hauts-de-France et en Île-de-France. Son équipe "
                        "marketing, deux personnes, organisait quelques webinars par an, mais les "
                        "inscrits étaient transmis en vrac aux commerciaux, qui les rappelaient "
                        "sans contexte. Sur 600 inscrits par an, moins de dix devenaient des "
                        "opportunités.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "On mesurait le nombre d’inscrits et on se félicitait. Les "
                            "commerciaux, eux, trouvaient que nos leads ne valaient rien. Les deux "
                            "avaient raison."
                        ),
                        "attribution": (
                            "Laure Fontaine, responsable marketing de Norvalis Logistique"
                        ),
                    },
                ),
                ("heading", "Ce qui a changé"),
                (
                    "paragraph",
                    (
                        "<p>Norvalis a adopté un rythme mensuel et une méthode de qualification "
                        "partagée avec les ventes :</p><ul><li>un <b>format fixe</b> de "
                        "40 minutes, le deuxième jeudi du mois, toujours avec un client ou un "
                        "expert externe ;</li><li>un <b>sondage de qualification</b> pendant le "
                        "direct : « Prévoyez-vous de revoir votre organisation logistique dans les "
                        "12 prochains mois ? » ;</li><li>un <b>score simple</b> combinant "
                        "fonction, taille d’entreprise, présence en direct et réponse au "
                        "sondage ;</li><li>une <b>règle de transmission</b> : seuls les "
                        "participants au-dessus du seuil sont confiés aux commerciaux, sous "
                        "48 heures, avec les questions qu’ils ont posées.</li></ul><p>Les autres "
                        "reçoivent une séquence de trois e-mails proposant des contenus "
                        "complémentaires.</p>"
                    ),
                ),
                ("heading", "Les commerciaux dans la boucle"),
                (
                    "paragraph",
                    (
                        "<p>Chaque webinar est préparé avec un commercial, qui propose le thème à "
                        "partir des questions entendues en rendez-vous. Le lendemain du direct, "
                        "une réunion de 20 minutes passe en revue les leads transmis. Les "
                        "commerciaux indiquent ensuite sous quinze jours la suite donnée à chacun, "
                        "ce qui permet d’ajuster le score : en un an, le seuil de transmission a "
                        "été relevé deux fois.</p>"
                    ),
                ),
                ("heading", "Les résultats au bout d’un an"),
                (
                    "paragraph",
                    (
                        "<p>Sur les douze premiers mois du nouveau dispositif :</p><ul><li>1 450 "
                        "inscrits, dont 54 % présents en direct.</li><li>96 leads transmis aux "
                        "commerciaux, et 61 rendez-vous tenus.</li><li>23 opportunités créées, "
                        "soit 30 % du pipeline de nouveaux clients.</li><li>Coût par opportunité : "
                        "environ 900 €, contre 3 500 € pour les salons professionnels.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "La règle qui a tout changé",
                        "text": (
                            "Aucun lead n’est transmis sans les questions qu’il a posées pendant "
                            "le webinar. Le commercial appelle avec un sujet de conversation, pas "
                            "avec un script."
                        ),
                    },
                ),
            ],
        },
        "en": None,
    },
]

INFOGRAPHICS = [
    {
        "key": "social-selling-in-figures",
        "themes": ["social-selling"],
        "days_ago": 85,
        "fr": {
            "title": "Le social selling en chiffres",
            "slug": "infographie-social-selling-en-chiffres",
            "summary": (
                "Les repères clés tirés de nos accompagnements d’équipes commerciales B2B : "
                "profil, régularité, conversations et premiers rendez-vous."
            ),
            "text_alternative": (
                "<p>Cette infographie résume six repères observés auprès de 140 commerciaux B2B "
                "accompagnés par nos consultants sur douze mois, dans l’industrie, les services et "
                "le logiciel.</p><ul><li><b>48 %</b> : taux moyen d’acceptation des invitations "
                "LinkedIn après la refonte du profil (intitulé orienté client, bannière, section "
                "« Infos »), contre 27 % avant.</li><li><b>20 minutes</b> par jour suffisent pour "
                "rester visible auprès de 30 à 50 comptes cibles : écouter, commenter, "
                "publier.</li><li><b>3</b> commentaires utiles par jour, qui apportent un chiffre, "
                "une expérience ou une question, constituent le cœur de la "
                "routine.</li><li><b>21 %</b> de réponses aux messages privés avec une approche "
                "progressive (conversation, ressource utile, puis proposition de "
                "rendez-vous).</li><li><b>2 %</b> seulement de réponses à un message commercial "
                "envoyé dès l’acceptation de l’invitation.</li><li><b>6 à 8 semaines</b> de "
                "régularité sont nécessaires avant les premiers rendez-vous issus du social "
                "selling.</li></ul><p>À retenir : la régularité et la qualité des échanges "
                "comptent davantage que le volume de publications.</p>"
            ),
        },
        "en": {
            "title": "Social selling in figures",
            "slug": "infographic-social-selling-in-figures",
            "summary": (
                "Key benchmarks from our work with B2B sales teams: profile, consistency, "
                "conversations and first meetings."
            ),
            "text_alternative": (
                "<p>This infographic sums up six benchmarks observed among 140 B2B salespeople "
                "coached by our consultants over twelve months, in manufacturing, services and "
                "software.</p><ul><li><b>48%</b>: average acceptance rate of LinkedIn invitations "
                "after a profile overhaul (customer-focused headline, banner, About section), "
                "against 27% before.</li><li><b>20 minutes</b> a day is enough to stay visible to "
                "30 to 50 target accounts: listen, comment, post.</li><li><b>3</b> useful comments "
                "a day, each adding a figure, an experience or a question, form the core of the "
                "routine.</li><li><b>21%</b> reply rate to private messages with a gradual "
                "approach (conversation, useful resource, then a meeting "
                "request).</li><li><b>2%</b> reply rate, at best, to a sales pitch sent as soon as "
                "an invitation is accepted.</li><li><b>6 to 8 weeks</b> of consistency are needed "
                "before the first meetings come from social selling.</li></ul><p>Key takeaway: "
                "consistency and the quality of conversations matter more than the number of "
                "posts.</p>"
            ),
        },
        "figures": [
            {
                "value": "48 %",
                "label_fr": "d’invitations acceptées (profil refait)",
                "label_en": "of invitations accepted (reworked profile)",
            },
            {
                "value": "20 min",
                "label_fr": "par jour suffisent pour rester visible",
                "label_en": "a day is enough to stay visible",
            },
            {
                "value": "3",
                "label_fr": "commentaires utiles par jour",
                "label_en": "useful comments a day",
            },
            {
                "value": "21 %",
                "label_fr": "de réponses avec une approche progressive",
                "label_en": "reply rate with a gradual approach",
            },
            {
                "value": "2 %",
                "label_fr": "de réponses à un message commercial direct",
                "label_en": "reply rate to a straight sales pitch",
            },
            {
                "value": "6-8",
                "label_fr": "semaines avant les premiers rendez-vous",
                "label_en": "weeks before the first meetings",
            },
        ],
    },
    {
        "key": "b2b-webinar-benchmarks",
        "themes": ["content-marketing", "prospecting"],
        "days_ago": 35,
        "fr": {
            "title": "Webinars B2B : les repères clés",
            "slug": "infographie-webinars-b2b-reperes-cles",
            "summary": (
                "Présence, relances, durée, formulaire, rendez-vous : les chiffres à connaître "
                "avant d’organiser votre prochain webinar B2B."
            ),
            "text_alternative": (
                "<p>Cette infographie rassemble les repères issus de 210 webinars B2B organisés ou "
                "accompagnés par notre équipe auprès d’éditeurs de logiciels, d’industriels et de "
                "sociétés de services.</p><ul><li><b>40 %</b> des inscrits assistent en moyenne au "
                "direct.</li><li><b>55 %</b> de présence est atteinte par les organisateurs qui "
                "envoient une invitation de calendrier et des relances soignées.</li><li><b>3 "
                "relances</b> suffisent : la veille, une heure avant et au démarrage. La dernière "
                "apporte à elle seule 10 à 15 % des participants.</li><li><b>40 minutes</b>, "
                "questions comprises, est la durée qui retient le mieux l’audience.</li><li><b>4 "
                "champs</b> au maximum dans le formulaire d’inscription : prénom, nom, e-mail "
                "professionnel, entreprise.</li><li><b>2 à 9 rendez-vous</b> sont obtenus dans les "
                "30 jours pour 100 inscrits, selon la qualité du suivi.</li></ul><p>À retenir : le "
                "taux de présence est un indicateur intermédiaire. Mesurez surtout les rendez-vous "
                "obtenus après le webinar.</p>"
            ),
        },
        "en": {
            "title": "B2B webinars: key benchmarks",
            "slug": "infographic-b2b-webinar-benchmarks",
            "summary": (
                "Attendance, reminders, length, sign-up form, meetings: the figures to know before "
                "running your next B2B webinar."
            ),
            "text_alternative": (
                "<p>This infographic brings together benchmarks from 210 B2B webinars run or "
                "supported by our team for software vendors, manufacturers and service "
                "companies.</p><ul><li><b>40%</b> of registrants attend the live session on "
                "average.</li><li><b>55%</b> attendance is reached by organisers who send a "
                "calendar invitation and well-planned reminders.</li><li><b>3 reminders</b> are "
                "enough: the day before, one hour before and at the start. The last one alone "
                "brings in 10 to 15% of attendees.</li><li><b>40 minutes</b>, Q&amp;A included, is "
                "the length that best holds the audience.</li><li><b>4 fields</b> at most on the "
                "sign-up form: first name, last name, work email, company.</li><li><b>2 to 9 "
                "meetings</b> are booked within 30 days per 100 registrants, depending on the "
                "quality of follow-up.</li></ul><p>Key takeaway: attendance is an intermediate "
                "metric. Above all, measure the meetings booked after the webinar.</p>"
            ),
        },
        "figures": [
            {
                "value": "40 %",
                "label_fr": "des inscrits présents en moyenne",
                "label_en": "of registrants attend on average",
            },
            {
                "value": "55 %",
                "label_fr": "de présence avec des relances soignées",
                "label_en": "attendance with well-planned reminders",
            },
            {
                "value": "3",
                "label_fr": "relances : veille, une heure avant, début",
                "label_en": "reminders: day before, hour before, start",
            },
            {
                "value": "40 min",
                "label_fr": "la durée idéale, questions comprises",
                "label_en": "ideal length, Q&A included",
            },
            {
                "value": "4",
                "label_fr": "champs au plus dans le formulaire",
                "label_en": "fields at most on the sign-up form",
            },
            {
                "value": "2-9",
                "label_fr": "rendez-vous pour 100 inscrits",
                "label_en": "meetings per 100 registrants",
            },
        ],
    },
]
