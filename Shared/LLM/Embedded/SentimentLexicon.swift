// Valences in [-3, 3], one entry per line (`word value` or `several words value`). Entries are folded and
// stemmed when loaded, so one line covers accents and inflections (`déçu`, `déçue`, `déçus`).
// Mild problem words (error, late, missing) weigh about -0.6: alone they leave a factual report neutral;
// damage words and feelings weigh more.
// The last block of each language (2026-11-29, generalisation step) adds whole families rather than words seen in
// errors: indignation and exasperation, deception and fraud, damage and decay, threats of action (plainte, avocat,
// opposition; chargeback, lawyer, bad review), urgency, repetition, swearing and SMS forms, common misspellings,
// praise and quality, and formal closings that carry no feeling (bien à vous, kind regards, best regards).
enum SentimentLexicon {
    static let french = """
    bon 1.3
    bonne 1.3
    bien 0.8
    super 1.8
    génial 2.5
    géniale 2.5
    excellent 2.5
    excellente 2.5
    parfait 2.5
    parfaite 2.5
    impeccable 2.5
    adore 2.5
    adorable 2
    aimé 1.8
    ravi 2.5
    ravie 2.5
    content 2
    contente 2
    satisfait 2
    satisfaite 2
    heureux 2
    heureuse 2
    merci 1.2
    remercie 1.2
    top 2
    formidable 2.5
    magnifique 2.5
    superbe 2.5
    sublime 2.5
    efficace 1.5
    efficaces 1.5
    rapide 1
    rapidement 0.8
    recommande 1.5
    bravo 2
    félicitations 2
    agréable 1.5
    agréablement 1.5
    beau 1.3
    belle 1.3
    confortable 1.5
    apprécié 1.5
    appréciée 1.5
    sympa 1.5
    gentil 1.5
    aimable 1.5
    conforme 1
    fiable 1.2
    soigné 1.3
    pratique 1
    plaisir 1.8
    merveilleux 2.5
    mauvais -2
    mauvaise -2
    mal -1.5
    nul -2.5
    nulle -2.5
    horrible -2.5
    affreux -2.5
    honteux -3
    honte -2.5
    inadmissible -3
    inacceptable -2.5
    scandaleux -3
    scandale -3
    lamentable -2.5
    déçu -2
    déçue -2
    décevant -2
    décevante -2
    déception -2
    énerver -2
    énervé -2
    énervée -2
    agacé -1.8
    furieux -3
    furieuse -3
    colère -2.5
    camelote -2.5
    arnaque -3
    escroquerie -3
    vol -1.5
    volé -1.5
    pire -2.5
    cassé -1.5
    cassée -1.5
    casse -1.2
    abîmé -1.5
    abîmée -1.5
    endommagé -1.5
    endommagée -1.5
    défectueux -1.5
    défectueuse -1.5
    défaut -1.2
    fissuré -1.2
    brisé -1.5
    miettes -1.5
    ébréché -1.2
    arraché -1.2
    déchiré -1.2
    manque -0.6
    manquant -0.6
    erreur -0.6
    retard -0.7
    perdu -1
    bug -0.6
    bugue -0.8
    plante -0.9
    rame -1
    lent -0.8
    lente -0.8
    fuit -1.2
    fuite -1.2
    rance -1.5
    gratte -1
    rétréci -1.2
    terne -1
    problème -0.6
    souci -0.6
    impossible -1
    injoignable -1.5
    fragile -1
    cher -1
    trempé -1.5
    sale -1.5
    tache -1
    figé -1
    bloqué -0.6
    rejeté -0.8
    refusé -0.6
    piraté -1.5
    invalide -0.6
    jamais -0.8
    toujours -0.3
    attente -0.3
    inutile -1.8
    ridicule -2
    incompétent -2.5
    triste -1.5
    inquiet -1
    inquiète -1
    pénible -1.8
    catastrophe -2.5
    catastrophique -2.8
    ne marche pas -1
    ne fonctionne pas -1
    ne fonctionne plus -1.2
    ne marche plus -1.2
    au lieu de -0.6
    sans raison -1
    sans explication -1
    deux fois -0.6
    à chaque fois -0.6
    en boucle -0.8
    se sont cassés -1.2
    incorrect -0.8
    incorrecte -0.8
    mauvais article -1
    personne ne -1
    aucune nouvelle -1.2
    aucune réponse -1.2
    vide -0.6
    disparu -1
    disparue -1
    toute seule -0.6
    tout seul -0.6
    refuse -0.8
    dégoûté -2.5
    dégoûtée -2.5
    écœuré -2.5
    exaspéré -2.5
    révoltant -2.8
    plus jamais -2.5
    dernière fois -1.5
    n'importe quoi -2
    pas terrible -1.5
    pas top -1.5
    toujours pas -1
    toujours rien -1.2
    pas un centime -1.5
    j'en ai marre -2.5
    j'en ai assez -2.5
    ras le bol -2.5
    nickel 2
    chouette 1.8
    réactif 1.5
    réactive 1.5
    réactivité 1.5
    bluffé 2
    bluffée 2
    enchanté 2
    enchantée 2
    reconnaissant 1.8
    reconnaissante 1.8
    soulagé 1.5
    soulagée 1.5
    cool 1.3
    génialissime 2.8
    au top 2.5
    geste commercial 1.2
    je recommande 2
    je vous recommande 2
    bonne journée 0.3
    bonne soirée 0.3
    bonne continuation 0.8
    merci infiniment 2.2
    merci mille fois 2.2
    un grand merci 2.2
    pas mal 1.5
    bon d'achat 0
    bon de réduction 0
    bon de commande 0
    bon plan 0
    bons plans 0
    bon état 1
    parfait état 2
    fait le job 1
    mécontent -2
    mécontente -2
    insatisfait -2
    insatisfaite -2
    insupportable -2.5
    déplorable -2.5
    médiocre -2
    minable -2.5
    c'est pourri -2.5
    naze -2
    bidon -2
    moche -1.5
    piètre -1.5
    galère -1.8
    agaçant -1.8
    énervant -2
    exaspérant -2.5
    abusé -2
    abusif -2
    abusive -2
    fâché -2
    fâchée -2
    choqué -2
    choquée -2
    voleurs -2.5
    inexistant -1.5
    blague -1.2
    c'est une blague -2
    c'est quoi ce -1.5
    vous vous moquez -2.5
    se moquer -2
    honteuse -3
    désastreux -2.5
    désastre -2.5
    lamentablement -2.5
    ça suffit -2
    en colère -2.5
    marre -2
    perte de temps -2
    aucun retour -1.2
    sans réponse -1.2
    aucune explication -1.2
    ne vaut rien -2
    ne vaut pas -1.5
    merci pour rien -2.5
    rendez-moi mon argent -1.5
    personne ne répond -1.5
    pas satisfait -2
    pas satisfaite -2
    pas content -2
    pas contente -2
    du vol -2.5
    c'est du vol -2.8
    dommage -1.2
    regrette -1.5
        merci d'avance 0
    merci de 0.2
    merci pour 1.5
    merci de votre 1.5
    merci beaucoup 2
    merci par avance 0
    merci de me 0
    merci de bien vouloir 0
    rien à redire 2
    pas de souci 0.5
    pas de problème 0.5
    bien reçu 0
    bien noté 0
    bien compris 0
    conformément à 0
    conformément au 0
    haha 1.5
    hahaha 1.5
    mdr 1.2
    ne m'aide pas -1.5
    ne sert à rien -1.8
    ne répond pas à ma question -1.5
    je veux une explication -1.2
    j'exige -1.5
    exige -1.2
    c'est quoi ce -1.5
    qu'est-ce qui se passe -1.2
    inutilisable -2
    n'importe comment -1.5
    inquiétant -1.5
    stressé -1.5
    stressée -1.5
    angoissé -1.8
    angoissée -1.8
    désespéré -2
    désespérée -2
    choquant -2.5
    c'est pourri -2.5
    cata -2
    bof -1
    lenteur -1.2
    arnaqué -2.5
    arnaquée -2.5
    mensonge -2
    menti -2
    ignoré -1.5
    ignorée -1.5
    négligé -1.5
    rassuré 1.5
    rassurée 1.5
    rassurant 1.5
    ravissant 2
    chaleureux 2
    chaleureuse 2
    serviable 2
    compétent 1.5
    compétente 1.5
    arrangeant 1.5
    compréhensif 1.5
    compréhensive 1.5
    bluffant 2
    efficacité 1.5
    rien à dire 1.5
    déçoit -2
    bouleversé -2
    scandalisé -2.5
    scandalisée -2.5
    ulcéré -2.5
    pas normal -1.2
    pas sérieux -1.8
    amateurisme -2
    incompétence -2.5
    pas cool -1.5
    absurde -2
    aberrant -2.5
    aberrante -2.5
    hallucinant -2
    inadmissable -3
    innadmissible -3
    innacceptable -2.5
    pitoyable -2.5
    navrant -2
    consterné -2
    consternée -2
    effaré -2
    effarée -2
    sidéré -2
    sidérée -2
    indigné -2.5
    indignée -2.5
    furax -2.5
    vénère -2
    vnr -2
    saoule -1.8
    soûle -1.8
    saoulant -2
    soûlant -2
    gavé -1.8
    gavée -1.8
    relou -1.8
    chiant -2
    chiante -2
    j'en peux plus -2.5
    je n'en peux plus -2.5
    à bout -1.5
    je laisse tomber -1.5
    je lâche l'affaire -1.5
    fuyez -2.5
    à fuir -2.5
    arnaqueur -3
    arnaqueurs -3
    escroc -3
    escrocs -3
    voleur -2.5
    mensonger -2
    mensongère -2
    publicité mensongère -2.5
    trompeur -2
    trompeuse -2
    menteur -2.5
    menteurs -2.5
    pigeon -1.5
    foutage de gueule -3
    se fout -2.5
    foutez -2.5
    bordel -2
    merde -2.5
    putain -2
    cauchemar -2.5
    calvaire -2.5
    horreur -2.5
    épouvantable -2.8
    atroce -2.5
    exécrable -2.8
    abominable -2.8
    désolant -2
    regrettable -1.5
    intolérable -2.5
    inqualifiable -2.8
    irrespectueux -2
    irrespectueuse -2
    méprisant -2
    mépris -2
    impoli -2
    impolie -2
    désagréable -2
    bâclé -2
    bâclée -2
    médiocrité -2
    ruiné -1.8
    ruinée -1.8
    gâché -1.8
    gâchée -1.8
    fichu -1.5
    foutu -1.8
    foutue -1.8
    hors service -1
    hors d'usage -1.5
    en morceaux -1.5
    écrasé -1.5
    écrasée -1.5
    explosé -1.2
    pété -1.5
    pétée -1.5
    troué -1.2
    trouée -1.2
    moisi -2
    moisie -2
    dangereux -2
    dangereuse -2
    brûlé -1.2
    brûlée -1.2
    immédiatement -0.6
    c'est urgent -1
    sans délai -0.6
    au plus vite -0.5
    j'attends toujours -1.2
    encore une fois -1.2
    une fois de plus -1.5
    relance -0.8
    relancé -0.8
    relances -0.8
    sans nouvelles -1.2
    silence radio -2
    aucun suivi -1
    plainte -1.5
    porter plainte -2.5
    avocat -1.5
    litige -1.5
    dgccrf -2
    que choisir -1.5
    mauvais avis -1.5
    avis négatif -1.5
    faire opposition -1.5
    rétrofacturation -1.5
    mise en demeure -2.5
    peur -1.2
    j'ai peur -1.5
    inquiétude -1.2
    angoisse -1.8
    stress -1.2
    dépité -2
    dépitée -2
    déprimé -1.5
    déprimée -1.5
    frustré -2
    frustrée -2
    frustrant -2
    frustrante -2
    frustration -2
    agacement -1.8
    agaçante -1.8
    irrité -2
    irritée -2
    contrarié -1.8
    contrariée -1.8
    embêté -1.2
    embêtée -1.2
    embêtant -1.2
    ennuyeux -1.2
    gênant -1.2
    fatigué -1.5
    fatiguée -1.5
    lassé -1.8
    lassée -1.8
    sérieusement -0.8
    anormal -1.2
    pas acceptable -2.5
    pas correct -1.5
    pas professionnel -2
    peu professionnel -2
    pas à la hauteur -2
    je m'attendais à mieux -1.8
    rien à voir -1.2
    dégueulasse -2.5
    degueu -2
    dégueu -2
    pourave -2
    trop bien 2
    trop cool 2
    parfaitement 2
    au poil 2
    le top 2
    top du top 2.5
    bonne qualité 1.5
    belle qualité 1.5
    très bonne qualité 2
    fan 1.5
    coup de coeur 2
    coup de cœur 2
    j'aime 1.8
    kiffe 2
    attentionné 2
    attentionnée 2
    professionnalisme 2
    émerveillé 2.5
    émerveillée 2.5
    épatant 2
    sensationnel 2.5
    joli 1.5
    jolie 1.5
    mignon 1.5
    mignonne 1.5
    élégant 1.5
    élégante 1.5
    soulagement 1.5
    bien arrivé 1
    bien arrivée 1
    merci encore 2
    encore merci 2
    mille mercis 2.2
    merci à vous 1.5
    merci bcp 2
    mrc 1.2
    mci 1.2
    chapeau 1.5
    satisfaisant 1.5
    satisfaisante 1.5
    ptdr 1.2
    lol 1
    bien à vous 0
    bien cordialement 0
    bien sûr 0
    bien que 0
    ou bien 0
    eh bien 0
    bonne réception 0
    bon courage 0.5
    merveilleuse 2.5
    affreuse -2.5
    scandaleuse -3
    désastreuse -2.5
    ennuyeuse -1.2
    regret -1.5
    regrets -1.5
    mécontentement -2
    insatisfaction -2
    exaspération -2.5
    indignation -2.5
    énervement -2
    lassitude -1.5
    désarroi -2
    incompréhension -1.2
    douteux -1.2
    douteuse -1.2
    agressif -2
    agressive -2
    malheureusement -0.6
    a bien 0
    ai bien 0
    as bien 0
    ont bien 0
    avez bien 0
    avons bien 0
    bien été 0
    bien le 0
    bien la 0
    bien les 0
    nulle part -0.6
    ne répond absolument pas -1.8
    répond pas à ma question -1.5
    ailleurs -1
    partout ailleurs 0
    depuis des lustres -1
    c'est bien ça 0
    remercie d'avance 0
    remercie par avance 0
    remercie de bien vouloir 0
    fait plaisir 2
    font craquer 2
    fait craquer 2
    """

    static let english = """
    good 1.5
    great 2
    excellent 2.5
    perfect 2.5
    love 2.5
    loved 2.5
    lovely 2
    happy 2
    satisfied 2
    pleased with 2
    very pleased 2.5
    thanks 1.2
    thank 1.2
    awesome 2.5
    amazing 2.5
    fantastic 2.5
    wonderful 2.5
    brilliant 2.5
    delighted 2.5
    thrilled 2.5
    fast 1
    quick 1
    quickly 0.8
    efficient 1.5
    recommend 1.5
    nice 1.5
    beautiful 2
    gorgeous 2.5
    comfortable 1.5
    appreciate 1.5
    appreciated 1.5
    helpful 1.5
    kudos 2
    congratulations 2
    congrats 2
    happy anniversary 2
    best 2
    impressed 2
    superb 2.5
    glad 1.5
    enjoy 1.5
    friendly 1.5
    pleasantly 1.5
    reliable 1.2
    smooth 1
    bad -2
    terrible -2.5
    awful -2.5
    horrible -2.5
    worst -3
    poor -1.5
    disappointed -2
    disappointing -2
    disappointment -2
    unacceptable -2.5
    angry -2.5
    annoyed -2
    annoying -2
    frustrated -2
    frustrating -2
    furious -3
    disgraceful -3
    disgusting -3
    shameful -2.5
    ridiculous -2
    useless -2
    junk -2.5
    rubbish -2
    garbage -2.5
    scam -3
    theft -2.5
    pathetic -2.5
    incompetent -2.5
    broken -1.5
    broke -1.2
    damaged -1.5
    defective -1.5
    faulty -1.5
    defect -1.2
    cracked -1.2
    shattered -1.5
    in pieces -1.5
    to pieces -1.5
    into pieces -1.5
    ripped -1.2
    torn -1.2
    chipped -1.2
    missing -0.6
    wrong -0.6
    late -0.7
    delay -0.7
    lost -1
    stolen -1.5
    error -0.6
    bug -0.6
    buggy -1
    crash -0.9
    crashes -0.9
    froze -1
    frozen -1
    stuck -0.6
    slow -0.8
    leak -1.2
    leaked -1.2
    leaks -1.2
    rancid -1.5
    itchy -1
    shrank -1.2
    dull -1
    problem -0.6
    issue -0.6
    impossible -1
    unreachable -1.5
    fragile -1
    overpriced -1.5
    expensive -1
    soaked -1.5
    dirty -1.5
    stain -1
    hacked -1.5
    invalid -0.6
    rejected -0.8
    declined -0.6
    never -0.8
    still -0.3
    sad -1.5
    worried -1
    upset -2
    mess -1.5
    nightmare -2.5
    joke -1
    doesn't work -1
    does not work -1
    don't work -1
    stopped working -1.2
    instead of -0.6
    for no reason -1
    no explanation -1
    twice -0.6
    every time -0.6
    every single time -0.8
    over and over -0.8
    incorrect -0.8
    nobody knows -1
    no answer -1.2
    no response -1.2
    empty -0.6
    disappeared -1
    refuses -0.8
    refused -0.6
    itself off -0.6
    gutted -2.5
    disaster -2.5
    outraged -2.8
    livid -2.8
    fed up -2.5
    for good 0
    never again -2.5
    last time -1.5
    still waiting -1
    still nothing -1.2
    not a single -1
    nothing to complain 2
    well done 2
    spot on 2
    top notch 2.5
    flawless 2.5
    stellar 2.5
    fabulous 2.5
    fab 2
    pleasant 1.5
    grateful 2
    responsive 1.5
    cool 1.3
    neat 1.3
    blown away 2.5
    relieved 1.5
    cheers 1.2
    well 0.8
    as well 0
    went well 1.5
    works well 1.5
    works perfectly 2.5
    worked perfectly 2.5
    not bad 1.5
    goodwill gesture 1.2
    have a nice day 0.3
    have a good day 0.3
    thank you so much 2
    thanks so much 2
    thanks a lot 2
    thank you very much 2
    many thanks 2
    gift voucher 0
    good condition 1
    perfect condition 2
    unhappy -2
    dissatisfied -2
    unsatisfied -2
    unbearable -2.5
    outrageous -3
    appalling -3
    dreadful -2.5
    horrendous -2.8
    lousy -2
    crap -2.5
    crappy -2.5
    sucks -2.5
    i hate -2.5
    hate it -2.5
    worthless -2.5
    mediocre -2
    disgusted -2.8
    ripoff -2.8
    rip off -2.8
    fuming -2.8
    shocking -2.5
    inexcusable -2.8
    rude -2
    unprofessional -2
    sick of -2.5
    tired of -1.8
    waste of time -2
    waste of money -2.5
    no reply -1.2
    not happy -2
    not satisfied -2
    thanks for nothing -2.5
    give me my money back -1.5
    nobody answers -1.5
    no one answers -1.5
    is a joke -2
    a joke -1.5
    what a joke -2.5
    shame -1.5
    shambles -2.5
    regret -1.5
    unreliable -1.5
        thanks in advance 0
    thank you in advance 0
    no problem 0.5
    no worries 0.5
    haha 1.5
    hahaha 1.5
    lol 1
    thx 1.2
    you're a star 2
    you are a star 2
    what is going on -1.2
    what's going on -1.2
    sort this out -1
    sort it out -1
    doesn't help -1.5
    does not help -1.5
    didn't help -1.5
    no help -1.2
    doesn't answer my question -1.5
    i want an explanation -1.2
    i demand -1.5
    unusable -2
    irritated -2
    infuriating -2.5
    appalled -2.5
    devastated -2.5
    anxious -1.5
    stressed -1.5
    upsetting -2
    desperate -2
    shocked -2
    scammed -2.5
    lied -2
    lying -2
    ignored -1.5
    neglected -1.5
    let down -2
    fobbed off -2
    reassured 1.5
    reassuring 1.5
    competent 1.5
    understanding 1.2
    chuffed 2
    legend 2
    star 1.5
    not ok -1.5
    not okay -1.5
    not acceptable -2.5
    hassle -1.2
    sloppy -1.8
    careless -1.8
    absurd -2
    ludicrous -2.5
    preposterous -2.5
    ruined -1.8
    wrecked -1.8
    destroyed -1.8
    smashed -1.5
    crushed -1.2
    dented -1
    scratched -1
    scuffed -1
    mouldy -2
    moldy -2
    rotten -2
    smelly -1.5
    stinks -2
    flimsy -1.5
    cheaply made -2
    poorly made -2
    low quality -1.5
    misleading -2
    deceptive -2
    false advertising -2.5
    liars -2.5
    fraud -2.5
    fraudulent -2.5
    crooks -2.5
    ripped off -2.8
    robbed -2.5
    daylight robbery -2.8
    chargeback -1.5
    lawyer -1.5
    legal action -2
    trading standards -2
    small claims -2
    report you -2
    bad review -1.5
    negative review -1.5
    one star -1.8
    kidding -1.5
    are you joking -1.5
    you're joking -1.5
    done with -2
    so done -2.5
    had enough -2.5
    enough is enough -2.5
    last straw -2.5
    give up -1.5
    giving up -1.5
    nothing like -1.2
    not as described -1.8
    not the same -1
    defeats the purpose -1.5
    pointless -1.8
    wasted -1.8
    hopeless -2
    clueless -2
    ridiculously -1.5
    terribly -1.5
    horribly -1.5
    worse -2
    horrid -2.5
    vile -2.5
    gross -2
    nasty -2
    dodgy -1.5
    shoddy -2
    subpar -1.8
    second rate -1.8
    wtf -2.5
    ffs -2.5
    smh -1.5
    ugh -1.5
    argh -1.5
    meh -0.8
    damn -1.5
    dammit -2
    what the hell -2
    bloody -1
    shit -2.5
    shitty -2.5
    pissed -2.5
    pissed off -2.8
    irate -2.5
    enraged -3
    dislike -1.5
    unimpressed -2
    not impressed -2
    underwhelmed -1.8
    underwhelming -1.8
    letdown -2
    dissapointed -2
    disapointed -2
    dissappointed -2
    disapointing -2
    dissapointing -2
    unacceptible -2.5
    unaceptable -2.5
    rediculous -2
    ridiculus -2
    terible -2.5
    horible -2.5
    aweful -2.5
    frustating -2
    scared -1.5
    nervous -1
    panicking -2
    embarrassing -1.5
    embarrassed -1.5
    humiliating -2
    insulting -2.5
    disrespectful -2.5
    condescending -2
    patronising -2
    patronizing -2
    asap -0.6
    immediately -0.6
    right now -0.8
    it's urgent -1
    this is urgent -1
    again -0.4
    once again -1.2
    yet again -1.5
    been chasing -1.5
    hated it -2.5
    exceptional 2.5
    incredible 2
    phenomenal 2.5
    terrific 2.5
    marvellous 2.5
    marvelous 2.5
    splendid 2.5
    stunning 2.5
    elegant 1.5
    sturdy 1.2
    durable 1.2
    cosy 1.5
    cozy 1.5
    comfy 1.5
    handy 1.2
    useful 1.2
    seamless 1.5
    hassle free 1.5
    painless 1.5
    speedy 1.2
    courteous 1.5
    polite 1.2
    so kind 2
    very kind 2
    kind of you 2
    kind regards 0
    best regards 0
    warm regards 0
    all the best 0.5
    best wishes 0.5
    sweet 1.2
    obsessed with 2
    big fan 2
    life saver 2.5
    lifesaver 2.5
    godsend 2.5
    five stars 2
    props 1.5
    shoutout 1.5
    tysm 2
    thnx 1.2
    tks 1.2
    ty 1.2
    ecstatic 2.8
    overjoyed 2.8
    happier 2
    satisfying 1.5
    satisfactory 1
    impressive 2
    worth it 1.5
    worth every penny 2.5
    value for money 1.5
    bargain 1.2
    frustration -2
    annoyance -1.8
    anger -2.5
    dissatisfaction -2
    irritation -2
    exasperation -2.5
    exasperated -2.5
    exasperating -2.5
    aggravating -2
    unhelpful -2
    disgrace -3
    horrified -2.5
    baffled -1.2
    inconvenience -1
    unfortunately -0.6
    would love 0.5
    d love 0.5
    does nothing -1.2
    did nothing -1.2
    do nothing -1
    nothing works -1.5
    returns nothing -1
    shows nothing -1
    loads nothing -1
    shuts down -1
    shut down -0.8
    shuts off -1
    switches off -0.8
    came off -1
    fell off -1.2
    falls off -1.2
    fell apart -2
    falls apart -2
    came apart -1.5
    came loose -1
    snapped -1.2
    fix this -1.2
    fix it now -1.5
    fix your -1.2
    sort it out -1.2
    sort this out -1.2
    forget it -1.5
    shop elsewhere -1.8
    shop somewhere else -1.8
    go elsewhere -1.5
    take my business -1.8
    had enough -2
    enough is enough -2.5
    last straw -2.5
    what a joke -2.5
    at this point -0.8
    never seen such -0.5
    not touching -1
    not ideal -1.2
    could be better -1.2
    could have been better -1.2
    not the best -1.2
    not great -1.5
    less than impressed -1.5
    left a lot to be desired -2
    leaves a lot to be desired -2
    not what i expected -1.2
    oh great -1.5
    just great -1.5
    oh wonderful -1.5
    oh perfect -1.5
    love that for me -2
    thanks for the fast reply 2
    thanks for the quick reply 2
    fast reply 1.2
    quick reply 1.2
    fast response 1.2
    quick response 1.2
    you rock 2.5
    guys rock 2.5
    made my day 2.5
    makes my day 2.5
    keep them coming 1.5
    keep it up 1.5
    obsessed 1.5
    doesn't answer -1.5
    didn't answer -1.5
    not what i asked -1.8
    still not working -1.5
    still doesn't work -1.5
    unbelievable -1.8
    are you even -1.2
    for ages -0.8
    excited 2
    my go-to 2
    """

    /// Emoji valences by Unicode scalar (the tokeniser drops emoji).
    static let emoji: [UInt32: Double] = [
        0x1F60A: 1.5, 0x1F642: 1.0, 0x1F600: 1.5, 0x1F603: 1.5, 0x1F604: 1.5, 0x1F601: 1.5, 0x1F60D: 2, 0x1F970: 2,
        0x1F618: 1.5, 0x1F44D: 1.5, 0x1F44C: 1.5, 0x1F64F: 1.2, 0x2764: 2, 0x1F496: 2, 0x1F495: 2, 0x1F4AF: 1.5,
        0x1F389: 1.5, 0x2728: 1, 0x2B50: 1, 0x1F929: 2, 0x263A: 1.5, 0x1F44F: 1.5, 0x1F4AA: 1, 0x1F609: 0.8,
        0x1F60E: 1, 0x1F917: 1.5, 0x1F973: 1.5, 0x1F602: 1, 0x1F923: 1, 0x1F606: 1.5, 0x1F605: 0.5,
        0x1F621: -2.5, 0x1F620: -2.5, 0x1F92C: -3, 0x1F624: -2, 0x1F61E: -1.8, 0x1F622: -1.8, 0x1F62D: -2,
        0x1F629: -2, 0x1F62B: -2, 0x1F44E: -2, 0x1F644: -1.5, 0x1F612: -1.5, 0x1F4A9: -2, 0x1F926: -1.5,
        0x1F616: -1.8, 0x1F623: -1.5, 0x1F614: -1.2, 0x1F615: -1, 0x2639: -1.5, 0x1F641: -1.2, 0x1F611: -0.8,
        0x1F92F: -1,
    ]

    /// Eye-roll and unamused face: sarcasm markers.
    static let sarcasmEmoji: Set<UInt32> = [0x1F644, 0x1F612]

    static let negators: [Language: Set<String>] = [
        .fr: ["ne", "n", "pas", "jamais", "aucun", "aucune", "rien", "sans", "ni", "personne", "guere"],
        .en: ["not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "hardly", "cannot"],
    ]

    static let intensifiers: [Language: [String: Double]] = [
        .fr: ["tres": 1.5, "vraiment": 1.5, "trop": 1.4, "tellement": 1.5, "extremement": 1.8, "super": 1.4,
              "completement": 1.6, "totalement": 1.6, "hyper": 1.5, "si": 1.3, "vachement": 1.5,
              "enormement": 1.6, "absolument": 1.6, "particulierement": 1.4, "franchement": 1.3, "archi": 1.5],
        .en: ["very": 1.5, "really": 1.5, "so": 1.4, "extremely": 1.8, "super": 1.4, "totally": 1.6,
              "absolutely": 1.6, "completely": 1.6, "incredibly": 1.7, "too": 1.3, "truly": 1.5, "highly": 1.5,
              "painfully": 1.6, "utterly": 1.7, "seriously": 1.4, "such": 1.3, "most": 1.3],
    ]

    static let downtoners: [Language: [String: Double]] = [
        .fr: ["peu": 0.6, "legerement": 0.6, "plutot": 0.8, "moyennement": 0.5],
        .en: ["bit": 0.6, "slightly": 0.6, "somewhat": 0.7, "fairly": 0.8, "kinda": 0.7],
    ]

    /// Prize-spam vocabulary (folded): the announcement…
    static let prizeWords: Set<String> = [
        "gagne", "gagnez", "gagnant", "gagnante", "remporte", "selectionne", "selectionnee", "won", "winner", "win",
        "prize", "selected", "lottery", "loterie",
    ]
    /// …and the call to act on it.
    static let callWords: Set<String> = ["cliquez", "cliquer", "clic", "reclamer", "reclamez", "click", "claim", "tap"]

    /// Number words that, before a duration unit, state how long a customer has waited (digits count too).
    static let countWords: Set<String> = [
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "douze", "quinze", "vingt", "trente",
        "quarante", "plusieurs", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
        "fifteen", "twenty", "thirty", "forty", "several", "few", "couple",
    ]
    /// Duration units (folded), French and English.
    static let durationUnits: Set<String> = [
        "minutes", "minute", "min", "mins", "heures", "heure", "h", "jours", "jour", "semaines", "semaine", "mois",
        "hours", "hour", "hrs", "days", "day", "weeks", "week", "months", "month",
    ]
    /// Ordinals that, before `fois` / `time`, state a repetition ("la troisième fois", "the third time").
    static let ordinalWords: Set<String> = [
        "deuxieme", "troisieme", "quatrieme", "cinquieme", "enieme", "nieme", "second", "third", "fourth", "fifth", "umpteenth", "nth",
    ]

    /// Thanks that can close a request ("…, merci.", "… Thanks"), and what may follow them.
    /// Praise that, standing alone as a short tag after a stated problem ("…charged twice. Great.", "…, well done…",
    /// "…, bravo."), is sarcasm: the first word of the tag (folded).
    static let sarcasticTags: Set<String> = [
        "great", "perfect", "wonderful", "brilliant", "fantastic", "lovely", "awesome", "amazing", "nice", "superb",
        "excellent", "marvellous", "marvelous", "well", "bravo", "genial", "parfait", "super", "magnifique", "merveilleux",
        "formidable", "chapeau", "top", "bien",
    ]
    /// Words that after an opening praise word make it sarcastic ("Super, encore…", "Great, another…").
    static let repeatWords: Set<String> = ["encore", "another", "again", "yet"]
    /// An exasperated one-word question opening a sentence ("Seriously?").
    static let exasperatedQuestions: Set<String> = ["seriously", "srsly", "serieusement", "serieux"]
    static let closingThanks: Set<String> = ["merci", "thanks", "thank", "thx", "ty", "mrc", "mci"]
    static let closingAddressees: Set<String> = ["you", "vous", "u"]

    static let contrasts: [Language: Set<String>] = [
        .fr: ["mais", "cependant", "pourtant", "neanmoins", "toutefois"],
        .en: ["but", "however", "although"],
    ]
}
