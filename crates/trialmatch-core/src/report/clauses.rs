//! Cuts a line into clauses (at semicolons and sentence ends, never inside brackets, so a
//! karyotype's `t(9;22)(q34;q11.2)` stays whole) and says which clauses are not a result of
//! this specimen: advice, earlier results, descriptions of the method, general statements.

use crate::answers::Biomarker;
use crate::pattern::patterns;

/// Why a clause is not read for markers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Aside {
    /// "Recommend FLT3 testing", "pending", "to rule out".
    Advice,
    /// "Previously detected", "at diagnosis (03/2023)", "history of".
    Earlier,
    /// "The panel covers …", "DNA was extracted", "reference range".
    Method,
    /// "Patients with FLT3-ITD …", "is associated with a poor prognosis".
    General,
}

/// A laboratory's "equivocal" in the reports' other languages, shared by the patterns that
/// leave a marker open (`DOUBT`) and that leave a found open too (`OPEN_CALL`).
macro_rules! equivocal_words {
    () => {
        r"\bgrenzwertig\w*|(?u-i:[éÉeE])quivoque|\bequ(?u-i:[íÍiI])voc[oa]\b|\bindeterminad[oa]\b|\bind(?u-i:[éÉeE])termin(?u-i:[éÉeE])|\bindeterminat[oa]\b|\blim(?u-i:[íÍiI])trofe\b|\bnon conclu\w*|\bno concluyente\b|\bn(?u-i:[ãÃaA])o conclusiv[oa]\b|\btwijfelachtig\b|\bnicht eindeutig\b|\bequivocaal\b|\bekvivokal\w*|\bgr(?u-i:[æÆ])nsev(?u-i:[æÆ])rdi\w*|\bgr(?u-i:[äÄ])nsv(?u-i:[äÄ])rd\w*"
    };
}

patterns! {
    sources = clause_patterns;
    warm = warm_clause_patterns;
    /// Advice and tests not yet done.
    ADVICE = r"(?i)\brecommend\w*|\brecomienda\w*|\braccomand\w*|\brecomend\w*|\bempfohlen\b|\bempfehl\w*|\brecommand\w*|\baanbevol\w*|\brekommender\w*|\banbefal\w*|\bsuositel\w*|\bsuggest(?:s|ed|ion)?\b|\badvis(?:e|ed|able)\b|\bconsider(?:ation)?\b|\b(?:should|could|may|might|would|will|is to) be (?:tested|considered|performed|evaluated|correlated|useful|helpful|warranted|informative|indicated|done|repeated|obtained|sent|determined|assessed|checked|ordered|confirmed)|\bto (?:rule out|exclude|evaluate|assess|look for|check for|screen for)\b|\brule[sd]? out\b|\br/o\b|\bif (?:clinically )?(?:indicated|warranted|desired)\b|\bclinical(?:ly)? correlat\w*|\bcorrelat(?:e|ion) with\b|\bpending\b|\bto follow\b|\bwill (?:be (?:reported|issued|sent|performed|done)|follow)\b|\bsent (?:out|to)\b|\breferred (?:out|to)\b|\bseparate(?:ly)? report|\breported separately\b|\bin progress\b|\b(?:was|were|has been|have been|is being) (?:ordered|requested|sent)\b|\bworking differential\b|\bpossibility of\b|\braised the (?:question|concern)\b|\b(?:is|was|are|were) not supported\b|\bdifferential (?:diagnos[ie]s|dx|includes?|considerations?|would include|to|of|with|against|versus|vs)\b|\b(?:in the|main|chief|leading|broad|a) differential\b|\bfavou?r(?:s|ed|ing)?\b|\bversus\b|\bvs\.?\s|\bis available\b|\bcan be (?:performed|requested|ordered)\b|\b(?:up)?on request\b|\b(?:if|when|whenever) (?:the )?[\w:-]+ (?:is|are|was|were|rises?|falls?) (?:above|below|over|under|greater|less|higher|lower|>|<)|\bplease\b|\bworkup for\b|\bwork-up for\b|\bwhether\b|\bnot (?:indicated|required|needed)\b|\blook(?:ing)? for\b|(?:^|[\s(,;\x22])\?\s?(?-i:[A-Z])|\b(?:if|once|when|until) (?:\w+ ){0,5}(?:is|are|be) (?:established|confirmed|made)\b|\bare available\b|\bnot yet\b|\bwill (?:issue|report|send|repeat|perform)\b|\bawait(?:ed|ing)?\b|\bdistinction from\b|\bdistinguish(?:es|ed|ing)? (?:\w+ )?from\b|\bpendientes?\b|\ben attente\b|\ben cours\b|\bin corso\b|\bin attesa\b|\bausstehend\b|\bpendente\b|\bem curso\b|\bin afwachting\b|\bv(?u-i:[äÄaA])ntar\b|\boczekuj\w*|\buitsluiten\b|\buitsluiting van\b|\bausschluss\b|\bauszuschlie(?u-i:[ßSS])en\b|\bausschlie(?u-i:[ßSS])en\b|\bdescartar\b|\bescludere\b|\besclusione di\b|\bexclure\b|\b(?u-i:[éÉeE])liminer\b|\bexcluir\b|\buteslut\w*|\bwykluczeni\w*|\brechercher\b|\b(?u-i:[àÀaA]) rechercher\b|\b(?u-i:[àÀaA]) compl(?u-i:[éÉeE])ter\b|\bzu erg(?u-i:[äÄaA])nzen\b|\bse aconseja\b|\bsi consiglia\b|\baconselha\w*|\bsugerimos\b|\bsugerimos\b|\bsugeri\w*|\bsugger\w*|\bsugg(?u-i:[éÉeE])r\w*|\bwir empfehlen\b|\bzaleca\w*|\bzu erw(?u-i:[äÄaA])gen\b|\bin erw(?u-i:[äÄaA])gung\b|\bconsiderar\b|\bconsiderare\b|\benvisager\b|\boverwegen\b|\b(?u-i:[öÖoO])verv(?u-i:[äÄaA])g\w*|\bsugiere\w*|\bonderscheid\b|\bunterscheidung\b|\bdiff(?u-i:[éÉ])rentiel\b|\bdiagn(?u-i:[óÓ])stico diferencial\b|\bdiagnosi differenziale\b|\bdifferentialdiagnos\w*|\bdifferentiaaldiagnose\b|\bgraag spoed\b|\bnicht zu verwechseln mit\b|\bn(?u-i:[ãÃ])o confundir com\b|\bno confundir con\b|\bnot to be confused with\b|\bne pas confondre avec\b|\bda non confondere con\b|\bniet te verwarren met\b|\bs(?u-i:[óÓ]) (?:(?u-i:[éÉ]) )?realizad\w* se\b|\bsolo se realiza si\b|\buniquement si\b|\bonly (?:performed|done|tested|assigned|reported) (?:if|after|once|when)\b|\bonly (?:after|once) the\b|\bem andamento\b|\bin bearbeitung\b|\blaudo complementar\b|\binforme complementario\b|\brapport compl(?u-i:[éÉ])mentaire\b|\breferto integrativo\b|\bnachtrag folgt\b|\bda confermare\b|\b(?u-i:[àÀ]) confirmer\b|\b(?:por|a) confirmar\b|\bzu best(?u-i:[äÄ])tigen\b|\bte bevestigen\b|\bse requiere\b|\bsi richiede\b|\bquery\b|\bqueried\b|\binvestiga(?:(?u-i:[çÇ])(?u-i:[ãÃ])o|ci(?u-i:[óÓ])n|zione) (?:de|di|del|da)\b|\babkl(?u-i:[äÄ])rung\b|\brequires\b|\bthe question of\b|\bexcluye\b|\bexclut\b|\besclude\b|\bexclui\b|\bverdenking\b|\bif (?:\w+ ){0,4}(?:occurs?|develops?|happens?|arises?|supervenes?)\b|\b(?:should|in case of|in the event of) (?:\w+ )?(?:progression|relapse|transformation)\b|\b(?:was|were) (?:also )?considered\b|\bmanage(?:ment|d)? as\b|\btreated as\b|\b(?:could|would|may|might) (?:help )?(?:clarify|determine|distinguish|establish|resolve)\b|\b(?:must|should|needs? to|has to|have to|remains? to) be (?:excluded|ruled out|distinguished|determined|established|assigned)\b|\b(?:most|more) likely diagnosis\b|\bstatistically\b";
    /// Earlier results and history.
    EARLIER = r"(?i)\bpreviously\b|\bprevious\b|\bprior\b|\bat (?:the time of )?(?:initial |original )?diagnosis\b|\bat (?:initial )?presentation\b|\binitial (?:diagnosis|diagnostic|specimen|study|work-?up|marrow|bone marrow)\b|\boriginal (?:diagnosis|specimen|report|result|line|call)s?\b|\b(?:now )?(?:withdrawn|retracted|superseded)\b|\bhistory of\b|\bh/o\b|\bhistorical(?:ly)?\b|\bformerly\b|\bearlier\b|\b(?:on|from|dated) \d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:on|from|in|dated|since) (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* )?(?:19|20)\d\d\b|\bcompared (?:to|with)\b|\bcomparison\b|\bbaseline\b|\bpre-?treatment\b|\bknown\b|\bpast\b|\bonce\b|\bthen\b|\b(?:diagnostic|initial|baseline|presentation|original|outside) (?:specimen|sample|marrow|study|bone marrow|results?)s?\b|(?:^|(?u-i:[^0-9/]))\d{1,2}/(?:19|20)\d\d\b|(?:^|(?u-i:[^0-9/]))(?:19|20)\d\d/\d{1,2}(?:(?u-i:[^0-9/])|$)|\boutside (?:lab|laboratory|institution|hospital|centre|center|report|reports|review|consult|pathology|results?|diagnosis|testing|studies|study|records?|NGS|FISH|flow|karyotype|molecular|cytogenetics|marrow|biopsy|specimen|slides|material|data|work-?up|opinion|facility|findings)\b|\b(?:referring|external) (?:lab|laboratory|institution|hospital|centre|center|facility|report|results?)\b|\bper (?:the )?(?:outside|external|referring)\b|\byour (?:lab|laboratory|institution|hospital|reports?|results|findings)\b|\bhave not (?:re-?tested|repeated|confirmed)\b|\breportedly\b|\bdiagnosed (?:in |on )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* )?(?:19|20)\d\d\b|^\s*-?\s*(?:19|20)\d\d-\d\d-\d\d\b|\b(?:esterno|esterna|externo|externa|externe|extern|inviante|remitente)\b|\b(?:diagnostic|initial|presentation|baseline) (?:phenotype|immunophenotype|profile|genotype|karyotype|LAIP)s?\b|\baccording to (?:the )?(?:outside|referring|external|previous|prior)\b|\b(?:eerder(?:e)?|vorige?|fr(?u-i:[üÜuU])her(?:e[nmrs]?)?|vorherige?[nmrs]?|vorbefund\w*|pr(?u-i:[éÉeE])c(?u-i:[éÉeE])dent(?:e|s|es)?|ant(?u-i:[éÉeE])rieur(?:e|s|es|ement)?|previ[oa]s?|anterior(?:es|mente)?|precedent(?:e|i|emente)|tidigare|poprzedni\w*|wcze(?u-i:[śŚsS])niej\w*)\b|\b(?:ander|anderen?) (?:ziekenhuis|krankenhaus|labor\w*)\b|\b(?:autre|otro|otra|altro|altra|outro|outra) (?:h(?u-i:[ôÔoO])pital|hospital|laboratoire|laboratorio|ospedale|centro|centre)\b|\bwhen (?:\w+ ){0,3}(?:was|were) (?:first )?diagnosed\b|\bdiagnostic (?:blasts|markers|findings|phenotype)\b|\boutside\s*[,;)]|^\s*-?\s*(?:19|20)\d\d\s+(?:marrow|bone marrow|specimen|sample|biopsy|report|FISH|karyotype|flow|NGS|results?)\b|\bausw(?u-i:[äÄaA])rtig\w*|\bfremdbefund\w*|\btidligere\b|\b(?:diagnostiqu(?u-i:[éÉ])e?s?|diagnosticad[oa]s?|diagnosticat[oa]|diagnostiziert|gediagnosticeerd|diagnosticerad|diagnosticeret|diagnostisert) (?:en |in |im |nel |em |i |el )?(?:\w+ )?(?:19|20)\d\d\b|\b(?:desde|depuis|seit|sinds|sedan|siden|dal|dalla) (?:\w+ )?(?:19|20)\d\d\b|\b(?:diagnosis|results?|karyotype) on file\b|\bknown diagnosis\b|\bforel(?u-i:[øØ])pig(?:e)? svar(?:et)?\b|\bforel(?u-i:[øØ])bige? svar\b|\bprelimin(?u-i:[äÄ])rt svar(?:et)?\b|\bvid diagnos(?:en|tillf(?u-i:[äÄ])llet)?\b|\bved diagnose(?:n|tidspunktet|tidspunkt)?\b|\boriginal clone\b|\bunderlying diagnosis\b|\bdiagn(?u-i:[óÓ])stico (?:de base|conocido|conhecido)\b|\bdiagnosi (?:di base|nota)\b|\bdiagnostic (?:de base|connu)\b|\bgrunddiagnose\b|\bbekannte diagnose\b|\bbekende diagnose\b|\bk(?u-i:[äÄ])nd diagnos\b|\bkendt diagnose\b|\bkjent diagnose\b|\bph(?u-i:[éÉ])notype initial\b|\b(?:bilan|diagnostic|caryotype|r(?u-i:[éÉ])sultats?) initia(?:l|ux|le)\b|\binitiale[rn]? befund\w*|\b(?:fenotipo|cariotipo|estudio) inicial\b|\b(?:fenotipo|cariotipo) iniziale\b|\bfen(?u-i:[óÓ])tipo inicial\b|\bbezug auf die erst\w*|\btoen\b|\bdamals\b|\b(?:immunophenotypes?|phenotypes?|LAIPs?|profiles?|markers?)\s*(?:\((?u-i:[^)]){0,80}\)\s*)?from (?:the )?(?:initial |original )?diagnosis\b|\bdonn(?u-i:[éÉ])es du diagnostic\b|\bat that time\b|\b(?u-i:[àÀ]) l'(?u-i:[éÉ])poque\b|\ben (?:aquel|ese) momento\b|\ball'epoca\b|\bna(?:quela)? (?:altura|(?u-i:[éÉ])poca)\b|\bdestijds\b|\bp(?u-i:[åÅ]) den tiden\b|\bursprunglig\w*|\boprindelig\w*|\bopprinnelig\w*|\boorspronkelijk\w*|\burspr(?u-i:[üÜ])nglich\w*|\bentonces\b|\ballora\b|\bent(?u-i:[ãÃ])o\b|\b(?:bij|bei|ved|vid) (?:erst)?diagnosen?\b|\b(?:au|lors du) diagnostic\b|\b(?:al|en el) diagn(?u-i:[óÓoO])stico\b|\balla diagnosi\b|\b(?:ao|no) diagn(?u-i:[óÓoO])stico\b";
    /// Descriptions of the method, the panel, the lab and its references.
    METHOD = concat!(r"(?i)^\(\s*(?:incl\.?|including|inkl\.?|einschlie(?u-i:[ßS])lich|incluyendo|incluindo|inclus|compreso|compresi)\s|\b(?:panel|assay|test|analysis|method|probe set|this test|the test|sequencing) (?:covers|includes|interrogates|targets|detects|evaluates|analy[sz]es|is designed|was designed|can detect|could detect|does not|cannot|can not|has|uses|is able|was developed|is intended|is not intended|consists)\b|\bgenes? (?:tested|analy[sz]ed|included|covered|evaluated|targeted|examined|sequenced)\b|\bgenes (?:in|on) (?:this |the )?panel\b|\bgenes listed\b|\blisted by\b|\b(?:coding|hotspot|hot spot) regions?\b|\blimit of detection\b(?u-i:[^.;]){0,40}\bis\b|\b(?:analytic(?:al)?|assay|reported|estimated) sensitivity\b|\bcouvert\w*|\bcubiert\w*|\bcopert[oaie]\b|\babgedeckt\w*|\bcobert[oa]s?\b|\bgedekt\b|\bomfattar\b|\bumfasst\b|\bnon exhaustive?\b|\bsensitivity (?:of|is)\b|\bdeveloped and its performance\b|\bperformance characteristics\b|\bcleared or approved\b|\bFDA\b|\bCLIA\b|\blaboratory[- ]developed\b|\bresearch use\b|\bGRCh3\d|\bhg\d\d\b|\b(?:DNA|RNA) (?:was|were) (?:extracted|isolated|sequenced)\b|\bsequencing was performed\b|\blibrar(?:y|ies) (?:was|were)\b|\bread depth\b|\bmean (?:depth|coverage)\b|\bdefined as\b|\bdefinition\b|\bcriteria (?:for|of)\b|\bis characteri[sz]ed by\b|^\s*(?:reference|normal|expected)(?: (?:range|interval|value|result))?s?\s*[:=]|^\s*(?:referenzbereich|normbereich|referenzwert\w*|referentiewaarde\w*|valeurs? de r(?u-i:[éÉ])f(?u-i:[éÉ])rence|valor(?:es)? de refer(?u-i:[êÊéÉ])ncia|valori di riferimento|intervalo de referencia|referensintervall|referenceinterval)\b|\bnormal (?:range|reference)\b|\binterpretive criteria\b|\bcut-?offs? (?:is|are|of|for)\b|\b(?:is|are|was|were|been|not) validated\b|\bvalidated (?:for|by|in|on|at|as|with|to|reporting|threshold|cut-?off|sensitivity|range|assay|method|test|panel)\b|\bdetects? (?:mutations|variants|rearrangements|fusions)\b|\bdesigned to\b|\bnot intended\b|\b(?:LAIPs?|leuka?emia[- ]associated (?:immuno)?phenotypes?)\s*(?:\([\w\s/]*\)\s*)?(?:used|tracked|followed|monitored|applied|targeted|selected)\b|\b(?:positive|negative|internal|external|no-template|run|assay) controls?\b|\bLAIPs?\b|\bcontrol (?:results?|samples?|slides?|DNA|RNA|material|cells)\b|\breference (?:standard|material)s?\b|\bcell line\b|\b(?:hotspots?|regions?|exons?|codons?|loci)\s+(?:are |were |is )?covered\b|\bcovers\b|\bcovering\b|\b(?:FISH|NGS|PCR|RT-PCR|sequencing|flow cytometry|karyotyping|cytogenetics|this method|the method) (?:does not|cannot|can not|will not|may not|is not able to) (?:detect|identify|assess|exclude)\b|^\s*(?:MRD )?(?:target|tracked (?:marker|mutation)|tracking (?:target|marker))\s*:|", sensitivity_words!());
    /// Relatives and donors: what is said of them is never this person's, even when dated.
    RELATIVE = r"(?i)\bfamily history\b|\bparental\b|\bconstitutional\b|\bdonor\b|\b(?:mother|father|brother|sister|sibling|daughter|cousin|aunt|uncle|grand(?:mother|father))\b|\b(?:his|her|their|the|a|patient'?s|younger|older|eldest|only) son\b|\bmaternal\b|\bpaternal\b|\b(?:sorell|fratell|hermano|hermana|hermanos|irm(?u-i:[ãÃaA])o|irm(?u-i:[ãÃaA])|fr(?u-i:[èÈeE])re|s(?u-i:[œŒ])ur|soeur|schwester|bruder|geschwister|zuster|zussen|broer|syster|bror|siostr|brat)\w*|\b(?:madre|padre|m(?u-i:[èÈeE])re|p(?u-i:[èÈeE])re|mutter|vater|moeder|vader|m(?u-i:[ãÃaA])e|pai|matka|ojciec|figli[oa]|hij[oa]|fille|fils|tochter|sohn|dochter|zoon|filh[oa])\b|\b(?:donat(?:ore|rice)|donante|donneu(?:r|se)|spender(?:in)?|dador(?:a)?|doador(?:a)?|dawc\w*|givare)\b|\brelatives\b|\bfirst-degree relatives?\b|\bdonors\b|\bdonoren?s?\b|\bzus\b|\bs(?u-i:[øØöÖ])ster\w*";
    /// General statements about a marker, not this person's result.
    GENERAL = r"(?i)\bpatients (?:with|who|whose)\b|\bcases (?:with|of)\b|\b(?:is|are|has been|have been) (?:associated|linked|reported|seen|found|observed|described) (?:with|in)\b|\bconfers?\b|\blitt?eratur\w*|\boccurs? in\b|\bfound in (?:about |approximately |~)?\d+\s*%|\bin (?:about |approximately |~)?\d+\s*% of (?:patients|cases|adults|children|AML|ALL|CML|CLL|MDS)\b|\btypically\b|\bgenerally\b|\bcommonly\b|\busually\b|\boccasionally\b|\bsometimes\b|\brarely\b|\be\.g\.|\bmay benefit\b|\bdoes not (?:exclude|rule out)\b|\b(?:is|are) (?:highly |frequently |often |commonly |typically )(?:expressed|mutated|seen|found|observed|present)\b|\b(?:most|more|less) (?:often|frequently|commonly|typically) (?:seen|found|observed|encountered|associated|expressed|mutated)\b|\beligib\w+\b|\bcandidates?\b|\bclinical trials?\b|\btherap(?:y|ies) (?:targeting|directed|with)\b|\binhibitors?\b|\bsensitivity to\b|\bresistance to\b|\bprognos\w*\b|\brisk (?:group|category|stratification)\b|\bELN\b(?:\s+20\d\d)?\s+(?:risk|recommend\w*|guidelines?|categor\w*|genetic|favou?rable|intermediate|adverse)|\bcommon (?:pattern|finding|combination)\b|\bfamili\w*|\bin (?:essentially |nearly |almost |virtually )?all cases\b|\bin general\b|\bhigher (?:frequency|incidence)\b|\bpublished series\b|\bh(?u-i:ä)ufig\b|\bfrecuente\w*|\bfr(?u-i:é)quent\w*|\bin some (?:patients|cases)\b|\bcan (?:precede|progress|transform|evolve)\b|\balgemeen\b|\ben g(?u-i:[éÉeE])n(?u-i:[éÉeE])ral\b|\bim allgemeinen\b|\ballgemein\b|\bin generale\b|\ben general\b|\bem geral\b|\bgenerellt\b|\boccurs? in (?:roughly |about |approximately |around |~)?(?:a |an |one |two |\d)|% of (?:\w+ )?(?:patients|cases|adults|children|AML|ALL|CML|CLL|MDS)\b|% (?:van de pati(?u-i:[ëËeE])nten|des patients|der patienten|de los pacientes|dei pazienti|dos pacientes|av patienterna)\b|\b(?:is|are) (?:highly |frequently |often |commonly |typically )(?:over-?expressed|upregulated|positive|negative)\b|\b(?:more|less) frequent(?:ly)? (?:in|among)\b|\bbackground information\b|\b(?:higher|lower|increased|decreased) (?:rates?|risks?|incidences?) of\b|\bcan mimic\b|\bmimics?\b|\bpitfall\b|\bgeneral statement\b|\bunder (?:the )?(?:WHO|ICC)\b|\b(?:WHO|ICC)(?: 20\d\d| 5th(?: ed\w*)?)? equivalent\b|\bdescrit[ao]s? (?:na|no|en|in|nella|nel)\b|\bd(?u-i:[éÉ])crite?s? dans\b|\bbeschrieben bei\b|\b(?:found|seen|present|occur\w*) in (?:roughly |about |approximately |nearly |up to )?(?:half|a third|a quarter|one[- ]third|two[- ]thirds|most|many|some) of\b|\b(?:chez|en|bei|nei|nos|bij|hos) (?:la (?:quasi-)?totalit(?u-i:[éÉ]) des |los |den |i |os )?(?:patients|pacientes|patienten|pazienti|pati(?u-i:[ëË])nten|patienter)\b|\bdes patients atteints\b|\b(?:protocol(?:o|os|e|es|s|en|l|le)?|protokoll\w*) (?:de|for|f(?u-i:[üÜ])r|pour|per|para|van|di|do|da|of)\b|-(?:protocol|protokoll)\b|\bletteratura\b|\blitt(?u-i:[éÉ])rature\b|\bliteratura\b|\b(?:almost|nearly) always\b|\bis (?:usually |almost always )?caused by\b|\btypischerweise\b|\b(?:is|zijn|ist|sind) typisch\b|\btypiquement\b|\bt(?u-i:[íÍ])picamente\b|\btipicamente\b|\btypiskt\b|\bses (?:ofte|ofta|hyppigt)\b|\bofte\b|\bofta\b|\boft\b|\bvaak\b|\bsouvent\b|\ba menudo\b|\bcon frecuencia\b|\bspesso\b|\bfrequentemente\b|\bfr(?u-i:[éÉ])quemment\b|\bgeralmente\b|\bhabitualmente\b|\bpuede(?:n)? (?:observarse|verse|asociarse|encontrarse)\b|\bpeu(?:ven)?t (?:(?u-i:[êÊ])tre )?(?:observ|retrouv|associ)\w*|\bpu(?u-i:[òÒ]) (?:essere )?(?:osservat|riscontrat|associat)\w*|\bpode(?:m)? ser (?:observad|encontrad|associad)\w*|\bkann (?:\w+ )?(?:beobachtet|gefunden|auftreten)\b|\bkan (?:ses|forekomme|f(?u-i:[öÖ])rekomma|voorkomen)\b|\bgenerel(?:le?|t)?\b|\bunrelated to\b|\bfrequency in\b|\bfrequencies\b|\bprevalence\b|\b(?:is|are|est|sont|es|son|ist|sind|is|zijn) (?:tr(?u-i:[èÈ])s |muy |molto |sehr |zeer )?rar[eoa]s?\b|\b(?:(?u-i:[èÈ])|e\x27) (?:molto )?rar[oa]\b|\bsuelen?\b|\bsuole\b|\bdi solito\b|\bsolitamente\b|\bhabituellement\b|\bcostuma[m]?\b|\bnormalerweise\b|\bmeestal\b|\bvanligtvis\b|\bvanligvis\b|\bnormalt\b|\bselten\b|\bnicht nur\b|\bsondern auch\b|\bbehaves? (?:similarly to|like)\b|\bsimilar to\b|\bin a (?:minority|majority|subset|proportion) of\b|\b(?:is|are) frequent\b|\boften present\b|\bvieler\b|\b(?:bei|in) vielen\b|\bmany (?:AML|ALL|cases|patients|leuka?emias)\b|\b(?:found|seen) in core[- ]binding[- ]factor\b|\bsub-?stud(?:y|ies)\b|\b(?:kr(?u-i:[æÆ])ver|krever|ses|forekommer|findes|finnes) typisk\b|\btypisk (?:ses|forekommer|findes|finnes)\b|\bandel(?:en)? (?:af|av) (?:\w+ )?patient\w*|\btextbook\b|\boften (?:presents?|carries|shows?|has|have|occurs?)\b|\bfrequently (?:carries|carry|shows?|has|have)\b|\bare targetable\b|\b(?:is|remains) (?:debated|controversial)\b|\bocorre (?:tamb(?u-i:[éÉ])m )?em\b|\bocurre (?:tambi(?u-i:[éÉ])n )?en\b|\bsi osserva (?:anche )?in\b|\bse voit (?:aussi )?dans\b|\bs'observe (?:aussi )?dans\b|\bkommt (?:auch )?(?:bei|in) \w+ vor\b|\bkomt (?:ook )?voor bij\b|\bn(?u-i:[ãÃ])o (?:(?u-i:[éÉ]) )?espec(?u-i:[íÍ])fic[oa]\b|\bno es espec(?u-i:[íÍ])fic[oa]\b|\bnon (?:(?u-i:[èÈ]) )?specific[oa]\b|\bn'est pas sp(?u-i:[éÉ])cifique\b|\bnot specific\b|\bgeneral information\b|\b(?:about|roughly|nearly|approximately|around|up to|some|over) (?:half|a third|a quarter|one[- ]third|two[- ]thirds|one in (?:\w+|\d+)) of (?:all )?(?:\w+ )?(?:patients|cases|adults|children|people)\b";
    /// The label at the start of a line: the text before its first single colon.
    EARLIER_LABEL = r"^\s*((?u:[^:]){1,120}):(?:(?u:[^:])|$)";
    /// Words that make another laboratory's result this specimen's ("Flow (referring lab,
    /// same aspirate)").
    SAME_SPECIMEN = r"(?i)\bsame (?:aspirate|specimen|sample|marrow|bone marrow|material)\b";
    /// Words that say results are shown only for reference: a label with them is earlier even
    /// with a "not" in it ("… for reference only, not re-tested today:").
    FOR_REFERENCE = r"(?i)\bfor (?:reference|comparison|orientation|context)(?: (?:only|purposes))?\b|\b(?:hier )?nur zitiert\b|\bpour m(?u-i:[éÉ])moire\b|\bcitad[oa]s? (?:solo )?(?:como|a modo de) referencia\b|\bsolo citat[oi]\b|\balleen ter informatie\b|\bzum vergleich\b|\bter vergelijking\b|\b(?:for|til) sammenligning\b|\bf(?u-i:[öÖ])r j(?u-i:[äÄ])mf(?u-i:[öÖ])relse\b|\bpour comparaison\b|\b(?u-i:[àÀ]) titre (?:de comparaison|indicatif|informatif|de r(?u-i:[éÉ])f(?u-i:[éÉ])rence)\b|\bper confronto\b|\ba titolo (?:informativo|di confronto|di riferimento)\b|\bpara (?:comparaci(?u-i:[óÓ])n|referencia)\b|\ba t(?u-i:[íÍ])tulo (?:informativo|de comparaci(?u-i:[óÓ])n|de refer(?u-i:[êÊ])ncia)\b|\bpara compara(?u-i:[çÇ])(?u-i:[ãÃ])o\b|\bzur (?:information|orientierung)\b|\bter informatie\b|\bnot (?:been )?(?:repeated here|re-?tested|tested again|re-?examined|re-?analy[sz]ed|re-?assessed|re-?evaluated)(?: (?:today|here))?\b|\bnot (?:a )?(?:results?|findings?) (?:on|of|for|from) (?:the|this) (?:current |present )?(?:specimen|sample)?|\bquoted (?:for|from)\b|\bnot (?:from |on |of )?the (?:current|present) (?:specimen|sample)\b|\bcarried forward\b|\bnot (?:a )?new (?:results?|findings?)\b|\breminder of\b|\bnon r(?u-i:[éÉ])(?u-i:[éÉ])valu(?u-i:[éÉ])e?s?\b|\bno reevaluad[oa]s?\b|\bnon rivalutat[oaie]\b|\bnicht erneut (?:untersucht|bestimmt|getestet)\b|\bniet opnieuw (?:bepaald|onderzocht|getest)\b|\bn(?u-i:[ãÃ])o reavaliad[oa]s?\b";
    /// The words from a diagnosis to a marker it is named with: "with", then a few words
    /// without a result or a break.
    NAMED_WITH = r"(?i)^\s*,?\s*(?:with|harbou?ring|carrying|com|con|avec|mit|met|med)\b(?:\s+(?:mutated|mutant|an?|the|and|mutations?|[\w:-]+))?(?:\s+(?:and|mutations?|mutated|type\s+\w|[\w:/()-]+)){0,5}\s*$|^\s*$";
    /// The words from a marker to the diagnosis it qualifies ("NPM1-mutated AML",
    /// "NPM1-muterad AML"): the marker is named as part of the diagnosis.
    NAMED_BEFORE = r"(?i)^\s*-?\s*(?:mutated|mutant|rearranged|positive|muterad|muteret|mutert|mutierte[nr]?|mutad[oa]|mutat[oa]|mut(?u-i:[éÉ])e?|gemuteerde?|positiv\w*|positief|\+)?\s*$";
    /// A leukemia-associated immunophenotype (LAIP): in a follow-up report it is the
    /// leukemia's phenotype at diagnosis, searched for, not markers of this specimen.
    LAIP = r"(?i)\bLAIPs?\b|\bleuka?emia[- ]associated (?:aberrant )?(?:immuno)?phenotypes?\b|\bleukemie-?geassocieerde? (?:immuno)?fenotype\b|\bleuk(?u-i:[äÄ])mie-?assoziierte[rn]? (?:immun)?ph(?u-i:[äÄ])notyp\w*|\bph(?u-i:[éÉ])notype (?:immunologique )?(?:aberrant )?associ(?u-i:[éÉ]) (?:(?u-i:[àÀ]) la |aux? )leuc(?u-i:[éÉ])mies?\b|\bfenotipo (?:aberrante )?asociado a (?:la )?leucemia\b|\bfenotipo (?:aberrante )?associato (?:alla )?leucemia\b|\bfenotipo leucemia-?associato\b|\bfen(?u-i:[óÓ])tipo (?:aberrante )?associado (?:(?u-i:[àÀ]) )?leucemia\b|\bleukemi-?associerad immunfenotyp\b|\bph(?u-i:[éÉ])notype (?:de )?(?:LLC|leuc(?u-i:[éÉ])mique)\b|\bCLL[- ](?:type )?phenotype\b|\bfenotipo (?:de )?(?:LLC|leuc(?u-i:[éÉ])mico)\b|\bCLL-Ph(?u-i:[äÄ])notyp\b|\btracked (?:immuno)?phenotype\b";
    /// What may come between a leukemia-associated immunophenotype's name and its label's
    /// colon: a bracket, a few words each followed by a space ("(LAIP) :", "from diagnosis :"),
    /// or a word saying it is searched for ("ricercato:").
    LAIP_LABEL = r"(?i)^\s*(?:\((?u-i:[^)]){0,40}\)\s*)?(?:(?:[\w-]+\s+){0,3}|(?:ricercat[oa]|buscad[oa]|recherch\w*|gesucht|searched(?: for)?|tracked|monitored|followed|gevolgd|pesquisad[oa])\s*):";
    /// Words that say a result was not found: a negated leukemia-associated immunophenotype
    /// is the diagnosis's, searched for and absent.
    NOT_FOUND = r"(?i)\b(?:not|no|none|niet|nicht|kein\w*|non|ne|ej|ikke|ikkje|inte|sin|sem|geen|pas|nessun\w*|ning\w*|nenhum\w*|ingen)\b";
    /// Immunohistochemistry on tissue (a skin or marrow biopsy's stains): its negative stains
    /// rule lineages out; they are not the flow cytometry a surface marker's absence is read from.
    IHC = r"(?i)\bIHC\b|\bimmuno-?histo\w*|\bimmunostain\w*|\bimmuno-?peroxidase\b|\bimmunhisto\w*|\bimuno-?histoqu(?u-i:[íÍ])mic\w*|\binmuno-?histoqu(?u-i:[íÍ])mic\w*|\bimmuno-?istochimic\w*|\bimmunohistochimi\w*|\bimmunohistochemi\w*|\bIHQ\b|\bIIQ\b";
    /// A karyotype the laboratory calls not informative (too few metaphases): it does not say
    /// whether the karyotype is complex.
    UNINFORMATIVE = r"(?i)\bnot informative\b|\bnon-?informative\b|\buninformative\b|\bsuboptimal\b|\btoo few (?:metaphases|cells)\b|\binsufficient (?:metaphases|growth|cells)\b|\bnicht aussagekr(?u-i:[äÄ])ftig\b|\bnon informati(?:f|ve|vo)\b|\bno informativo\b|\bn(?u-i:[ãÃ])o informativo\b|\bniet informatief\b|\bnot reliable\b|\bunreliable\b|\banalysis limited\b|\blimited analysis\b|\bfew metaphases\b";
    /// Flow cytometry, in the report's languages.
    FLOW = r"(?i)\bflow\b|\bFCM\b|\bcytometr\w*|\bcitometr\w*|\bzytometr\w*|\bcytom(?u-i:[éÉ])tri\w*|\bflowcytometr\w*|\bflödescytometr\w*|\bimmunophenotyp\w*|\bimmunph(?u-i:[äÄ])notyp\w*|\binmunofenotip\w*|\bimunofenotip\w*|\bimmunofenotip\w*|\bimmunoph(?u-i:[éÉ])notyp\w*";
    /// A bracket that gives the limit of detection ("(ddPCR, detektionsgräns 0,1 %)"): it
    /// describes the test, and the result after it is still the name's.
    LIMIT_BRACKET = concat!(r"(?i)\bLOD\b|\blimit of detection\b|\bdetection limit\b|\bsensitivity\b|", detection_limit_words!(), "|", sensitivity_words!());
    /// Words that start a sentence by pointing back at the result before it.
    REFERS_BACK = r"(?i)^\s*(?:this|it|these|they|such|the (?:variant|finding|change|result|signal|call|peak))\b";
    /// A row that starts with a date.
    DATED = r"^\s*-?\s*(?:19|20)\d\d-\d\d-\d\d\b";
    /// Words that make a label this specimen's, whatever date it carries.
    CURRENT_LABEL = r"(?i)\bcurrent\b|\bthis (?:specimen|sample|study)\b|\btoday'?s?\b|\bpresent (?:specimen|sample|study)\b";
    /// A result word, for telling whether a bracket comes after a result.
    RESULT_WORD = r"(?i)\b(?:detected|positive|negative|present|absent|expressed|mutated|rearranged|lost|loss|gained|not|no|rilevat[oaie]|nachgewiesen|detectad[oa]s?|d(?u-i:[éÉ])tect(?u-i:[éÉ])e?s?|p(?u-i:[åÅ])vis(?:t|ad)|aangetoond|positiv[oae]?|negativ[oae]?|positi(?:f|ve)s?|n(?u-i:[éÉ])gati(?:f|ve)s?|positief|negatief|mutad[oa]s?|mutat[oa]|mutiert|muterad|presente|assente|ausente|nicht|non|niet|ikke|ej)\b|[+-]\s*$";
    /// Words that compare a result with an earlier one rather than label it as earlier.
    COMPARING = r"(?i)\bcompared\b|\bsince\b|\bthan\b|\bfrom\b|\bvs\b|\bversus\b|\bunchanged\b|\bas before\b";
    /// Text in quotation marks is quoted from another text ("listed CD20 as \"positive\"",
    /// "Outside molecular: \"FLT3-ITD: POSITIVE\""), not this report's own result.
    QUOTED = r#""(?u-i:[^"]){1,160}""#;
    /// A result inside quotation marks: a result word, a sign or a label's colon.
    QUOTED_RESULT = r#"(?i)\b(?:detected|positive|pos|negative|neg|present|absent|mutated|unmutated|rearranged|not|no|yes|normal|abnormal|positiv[oae]?|negativ[oae]?|positif|detectad[oa]|nachgewiesen|non|nicht|niet|ikke|ej|inte|sin|kein\w*|mutat\w*|mutad\w*|mutiert|gemuteerd|rilevat\w*|aangetoond|p(?u-i:[åÅ])vis\w*|positie[fv]|negatie[fv]|positiv\w*|negativ\w*)\b|[+-](?:ve)?(?:[\s,;")]|$)|:"#;
    /// A drug's name just before a bracket: the bracket is what the drug is for.
    DRUG_BEFORE = r"(?i)\b[a-z]{3,}(?:nib|mab|clax|stat|platin|rubicin|abine|denib)\s*$";
    /// Words that leave a marker open in this specimen: a "not found" elsewhere does not
    /// settle it ("a cryptic KMT2A rearrangement cannot be excluded by karyotype alone").
    DOUBT = concat!(r"(?i)", hotspot_words!(), r"|\bcannot (?:be )?(?:excluded?|ruled? out)\b|\bnot (?:been )?(?:assessed|tested|evaluated|performed|done)\b|\bnot (?:be )?excluded\b|\bequivocal\b|\bindeterminate\b|\binconclusive\b|\bborderline\b|\bpossibl[ey]\b|\bposs(?u-i:[íÍ])vel\b|\bposible\b|\bpossibile\b|\bm(?u-i:[öÖ])glich\w*|\bmogelijk\w*|\bsuspicious\b|\bquestionable\b|\buncertain significance\b|\bunknown significance\b|\bVUS\b|", equivocal_words!());
    /// A label saying the line's results are not reportable.
    UNSURE_LABEL = concat!(r"(?i)^\s*(?:sub-?threshold(?: \w+)?|below (?:the )?(?:reporting |validated )?(?:threshold|cut-?off|limit of detection)|below LOD|not reportable|not reported|variants? of (?:uncertain|unknown) significance|VUS|tier (?:III|3)|", below_threshold_words!(), r")\b(?u-i:[^:]){0,200}:");
    /// A laboratory's call that a result is neither found nor absent.
    OPEN_CALL = concat!(r"(?i)\bequivocal\b|\bindeterminate\b|\binconclusive\b|", hotspot_words!(), "|", equivocal_words!());
    /// Words that rule a diagnosis out.
    RULES_OUT = r"(?i)\b(?:is|was|are|were|been) (?:excluded|ruled out)\b|\b(?:gjelder|g(?u-i:[æÆ])lder) ikke\b|\bg(?u-i:[äÄ])ller inte\b|\b(?:does not|no longer) apply\b|\bargu(?:e|es|ed|ing) against\b|\bnot (?:consistent|compatible) with\b|\bcriteria (?:are |were )?not (?:fulfilled|met|satisfied)\b|\b(?:is|wordt|werd) (?:\w+ )?uitgesloten\b|\bist (?:\w+ )?ausgeschlossen\b|\best (?:\w+ )?exclue?\b|\b(?:queda|es|fue) descartad[oa]\b|\bse descarta\b|(?:^|\s)(?:(?u-i:[èÈ])|viene) (?:\w+ )?esclus[oa]\b|(?:^|\s)(?:(?u-i:[éÉ])|foi) (?:exclu(?u-i:[íÍ])d|descartad)[oa]\b|(?:^|\s)(?:(?u-i:[äÄ])r|er) (?:utesluten|udelukket|utelukket)\b|\b(?:a|ont) (?u-i:[éÉ])t(?u-i:[éÉ]) (?u-i:[éÉ])cart(?u-i:[éÉ])e?s?\b|\b(?:est|sont) (?u-i:[éÉ])cart(?u-i:[éÉ])e?s?\b|\b(?:fueron|han sido) descartad[oa]s\b|\bse descartaron\b|\bsono stat[ie] esclus[ie]\b|\bwurden? (?:\w+ )?ausgeschlossen\b|\b(?:werden|zijn) (?:\w+ )?uitgesloten\b|\bforam (?:descartad|exclu(?u-i:[íÍ])d)[oa]s\b";
    /// A line saying a FLT3 result has no type: the types it names are what was looked for.
    FLT3_UNTYPED = r"(?i)\btype (?:not determined|undetermined|unknown|pending|not known)\b|\btype\b(?u-i:[^.;]){0,40}\b(?:could not|cannot|can not) be (?:assigned|determined|established)\b|\b(?:not|un)typed\b|\bnot type-?able\b";
    /// A FLT3 test that covered both types in one read-out.
    FLT3_COMBINED = r"(?i)\bcombined\s+(?:FLT3\s+)?(?:ITD\s*(?:/|and|\+|&)\s*TKD|TKD\s*(?:/|and|\+|&)\s*ITD)\b|\bnicht getrennt\b|\bnot (?:reported|given|shown|listed) separately\b|\b(?:does|do|did|can|could) not (?:distinguish|differentiate|discriminate|separate|split)\b|\bsingle combined (?:assay|test|screen)\b|\bcannot (?:distinguish|differentiate|discriminate)\b|\b(?:ITD\s*/\s*TKD|TKD\s*/\s*ITD)\s+combined\b|\bne distingu\w* pas\b|\bsans distinguer\b|\bno distingue\w*|\bsin distinguir\b|\bnon distingue\w*|\bsenza distinguere\b|\bunterscheidet nicht\b|\bohne unterscheidung\b|\bonderscheidt (?:niet|geen)\b|\bn(?u-i:[ãÃ])o distingue\b|\bsem distinguir\b|\bskiljer inte\b|\bskelner ikke\b|\bskiller ikke\b";
    /// A relapse or residual disease named just before a diagnosis.
    RESIDUAL_BEFORE = r"(?i)\b(?:relapse|relapsed|recurrence|recurrent|residual|persistent|persistence)\s+(?:of\s+)?(?:the\s+)?(?:known\s+)?$";
    /// Cells other than the leukemia's: a surface marker on them is not the leukemia's.
    OTHER_CELLS = r"(?i)\bpolytypic\b|\bpolyclonal\b|\bpoliclonal\w*|\bpolyclonaux\b|\bpolyklonal\w*|\bpolyclonaal\b|\bfenotipo normal\b|\bph(?u-i:[éÉ])notype normal\b|\bnormale[nr]? ph(?u-i:[äÄ])notyp\b|\bno forman parte del proceso\b|\bhematogones?\b|\bh(?u-i:[äÄéÉ])matogon\w*|\bregenerat\w* (?:\w+ )?(?:B|T|cells|zellen|vorl(?u-i:[äÄ])ufer\w*|precursors|progenitors)\b|\bnicht leuk(?u-i:[äÄ])misch\w*|\bnon[- ]leuk(?u-i:[éÉeE])mi\w*|\bnon leuc(?u-i:[éÉ])mique\w*|\bno leuc(?u-i:[éÉ])mic\w*|\bregul(?u-i:[äÄ])ren? reifungsmuster\b|\bregul(?u-i:[äÄ])r\w* (?:\w+ )?(?:T-|B-|NK-)?\s*(?:und\s+(?:T-|B-|NK-)?)?zellen\b|\bkein hinweis auf resterkrankung\b|\b(?:normal|expected) maturation(?: pattern)?\b|\b(?:normal|residual normal|background|reactive|benign|non-?neoplastic)\s+(?:\w+\s+)?(?:B|T|NK|myeloid|maturing|mature|lymphocytes|cells|population|granulocytes|monocytes|plasma)\b|\bmaturing (?:myeloid|granulocytes|monocytes)\b|\bbasophils?\b|\beosinophils?\b|\bmast cells?\b|\bplasmacytoid (?:DCs?|dendritic cells?)\b|\bpDCs?\b|\b(?:residual )?normal (?:\w+ )?(?:progenitors|precursors)\b|\b(?:T|NK)[- ]cells\b|\bgranulocytes\b|\bmonocytes\b|\((?:total |mature |helper |suppressor )?(?:B|T|NK)[- ]?(?:cells?|lymphocytes)\)|\blinf(?u-i:[óÓoO])citos (?:T|B|NK) (?:maduros )?normais\b|\blinfociti (?:T|B|NK) (?:maturi )?normali\b|\blinfocitos (?:T|B|NK) (?:maduros )?normales\b|\blymphocytes (?:T|B|NK) (?:matures )?normaux\b|\bnormale (?:reife )?(?:T|B|NK)-(?:zellen|lymphozyten)\b|\bnormale (?:rijpe )?(?:T|B|NK)-(?:cellen|lymfocyten)\b|\bnormala (?:mogna )?(?:T|B|NK)-(?:celler|lymfocyter)\b";
    /// The report finds no leukemia: the surface markers it lists are of normal cells.
    NO_DISEASE = r"(?i)\bno (?:\w+ )?(?:evidence of|immunophenotypic evidence of) (?:\w+ ){0,2}(?:leuka?emia|lymphoma|neoplasm|malignancy|abnormal (?:\w+ )?population|immunophenotypic abnormalit(?:y|ies))\b|\bnegative for (?:\w+ )?(?:leuka?emia|lymphoma|neoplasm|malignancy)\b|\bno (?:abnormal|aberrant|clonal|monoclonal) (?:\w+ )?(?:population|blasts|cells) (?:is |are |was |were )?(?:identified|detected|seen|present)\b";
    /// The leukemia's own cells, named: "abnormal T cells" in a T-cell leukemia.
    OWN_CELLS = r"(?i)\b(?:abnormal|neoplastic|clonal|monoclonal|malignant|atypical|leuka?emic|tumou?r|aberrant)\s+(?:\w+\s+)?(?:T|B|NK)[- ]?(?:cells|lymphocytes)\b|\b(?:T|B|NK)[- ]?(?:cells|lymphocytes)\s*\(?\s*(?:abnormal|neoplastic|clonal|malignant|atypical|leuka?emic)\b";
    /// A line saying a negative result does not settle the marker ("a negative result at
    /// this level does not establish the FLT3 status of the leukemia").
    NEGATIVE_CAVEAT = r"(?i)\bnegative (?:results?|findings?)\b(?u-i:[^.;]){0,60}\b(?:does|do|did) not (?:establish|exclude|rule out|determine|define)\b";
    /// A negative that holds only above the laboratory's threshold ("No reportable TP53
    /// variant"), and words on the same line saying a variant was seen under it.
    QUALIFIED_NEGATIVE = r"(?i)\bno (?:reportable|clinically significant|significant|pathogenic)\b";
    UNDER_THRESHOLD = r"(?i)\b(?:below|under) (?:the |our )?(?:[\w'%.]+ ){0,3}(?:threshold|cut-?off|reporting limit)\b|\bnot reported as\b";
    /// A line that opens with a result as its label ("Not detected: NPM1; FLT3-ITD
    /// (fragment analysis); FLT3-TKD"): the names after it, even past a semicolon, are that.
    NEGATIVE_LABEL = r"(?i)^\s*(?:not detected|negative|absent)\s*:";
    /// A line that corrects an earlier result of this report (an addendum): what it reads
    /// replaces what other lines say of the same markers.
    CORRECTION = r"(?i)\b(?:corrected|amended|revised) (?:result|report|interpretation|finding|call)s?\b|\b(?:has|have|had) (?:now )?(?:amended|corrected|revised) (?:the |its |our |this |that )?(?:[\w:-]+ )?(?:result|report|interpretation|finding|call)s?\b|\bcorrected to\b|\bre-?analy[sz](?:is|ed)\b|\bre-?review(?:ed)?\b|\bon review of\b|\breported in error\b|\berroneous(?:ly)?\b|\bsupersedes?\b|\brean(?u-i:[áÁ])lisis\b|\brianalizzat\w*|\brianalisi\b|\breanalisad\w*|\bheranalyse\b|\bneu ausgewertet\b|\br(?u-i:[éÉ])analys(?u-i:[éÉ])e?\b|\bcorrecci(?u-i:[óÓ])n (?:del? )?(?:resultado|informe)\b|\bcorrection (?:du|de la|des) (?:r(?u-i:[éÉ])sultats?|compte rendu)\b|\bkorrektur (?:des|der) (?:befund\w*|ergebnis\w*)\b|\bcorrezione del (?:risultato|referto)\b|\bcorre(?u-i:[çÇ])(?u-i:[ãÃ])o do (?:resultado|laudo)\b|\bcorrectie van (?:de|het) (?:uitslag|resultaat|verslag)\b|\bqueda corregid[oa]\b|\bwird korrigiert\b|\best corrig(?u-i:[éÉ])e?\b|\bviene corrett[oa]\b|\bfica corrigid[oa]\b|\bwordt gecorrigeerd\b|\b(?:r(?u-i:[äÄ])ttat|rettet|korrigiert|gecorrigeerd|corrig(?u-i:[éÉ])e?|corregid[oa]|corrett[oa]|corrigid[oa]) (?:till|til|zu|auf|naar|tot|en|a|in|para)\b|\bersetzt\b|\bvervangt\b|\bremplace\b|\breemplaza\b|\bsostituisce\b|\bsubstitui\b|\bers(?u-i:[äÄ])tter\b|\berstatter\b|\bonjuist\b|\bvervalt\b|\bfehlerhaft\w*|\bunzutreffend\b|\berron(?u-i:[éÉ])\w*|\berr(?u-i:[óÓ])ne[oa]\b|\berrat[oa]\b|\bannullat[oa]\b|\banulad[oa]\b|\bannul(?u-i:[éÉ])e?\b|\bfelaktig\w*|\bfejlagtig\w*|\bfeilaktig\w*";
    /// The words just before a marker whose earlier result is corrected ("has amended the
    /// NPM1 result").
    CORRECTED_BEFORE = r"(?i)\b(?:amended|corrected|revised|withdrawn|retracted|withdrew)\s+(?:the\s+|its\s+|our\s+|this\s+)?$";
    /// Words between an earlier diagnosis and the next that turn to the present ("known CLL -
    /// consistent with Richter transformation", "MDS, now AML").
    TURNS_TO_NOW = r"(?i)\bconsistent with\b|\bnow\b|\bcurrently\b|\bat present\b|\bthis (?:specimen|biopsy|sample) shows\b|\s-\s|^\s*:\s";
    /// A diagnosis that says the disease is back ("RELAPSED ACUTE MYELOID LEUKEMIA",
    /// "overt haematological relapse"): the specimen shows the disease, so what it does not
    /// find is absent, whatever the title says of a follow-up.
    OVERT_RELAPSE = r"(?i)\brelapsed (?:\w+ ){0,3}?(?:leuka?emia|lymphoma|AML|ALL|APL|CML|CLL|MDS|MPAL|T-ALL|B-ALL|disease)\b|\b(?:overt|frank|florid|hematologic(?:al)?|haematologic(?:al)?|morphologic(?:al)?|marrow|medullary|first|second|third|early|late) relapse\b|\brecidiva (?:ematologica|midollare|franca)\b|\breca(?u-i:[íÍiI])da (?:hematol(?u-i:[óÓoO])gica|medular|franca)\b|\brechute (?:h(?u-i:[éÉeE])matologique|m(?u-i:[éÉeE])dullaire|franche)\b|\bh(?u-i:[äÄaA])matologische[sn]? rezidiv\b";
    /// Words that make a relapse not overt or not this specimen's ("no evidence of relapse",
    /// "molecular relapse", "relapse risk").
    NOT_OVERT = r"(?i)\bno\b|\bnot\b|\bwithout\b|\bnegative\b|\bmolecular\b|\bMRD\b|\brisk\b|\bfree\b|\bimpending\b|\bimminent\b|\bmonitor\w*|\bexclude\w*|\brule out\b|\bsuspect\w*|\?";
    /// A transplant named by its donor ("allo-SCT from his HLA-identical sister", "matched
    /// sibling donor transplant"): the relative is named, not described.
    TRANSPLANT_DONOR = r"(?i)\b(?:(?:HLA-?identical|matched|mismatched|haplo-?identical|related|full) )*(?:sibling|sister|brother|related|family|parental|maternal|paternal)(?: donor)?[- ](?:allo\w*|HSCT|SCT|transplant\w*|PBSC|BMT|stem cell|graft)\b|\b(?:allo\w*|HSCT|SCT|transplant\w*|PBSC|BMT|graft)\b(?u-i:[^.;]){0,40}\bfrom (?:his |her |their |an? |the )?(?:(?:HLA-?identical|matched|mismatched|haplo-?identical|healthy) )*(?:sibling|sister|brother|son|daughter|mother|father)\b(?: donor)?";
    /// The two fusions that make a leukemia core-binding-factor, and the name of the group:
    /// a CBF negative needs both fusions tested, or the group named.
    CBF_T821 = r"(?i)\bt\s*\(\s*8\s*;\s*21\s*\)|\bRUNX1\s*(?:::|-|/)\s*RUNX1T1\b|\bAML1\s*(?:::|-|/)\s*ETO\b";
    CBF_INV16 = r"(?i)\binv\s*\(\s*16\s*\)|\bt\s*\(\s*16\s*;\s*16\s*\)|\bCBFB\b";
    CBF_GROUP = r"(?i)\bcore[- ]binding[- ]factor\b|\bCBF\b";
    /// A short line that heads a correction of the report ("CORRECTION, 30.10.2026",
    /// "AMENDMENT 1", "Sprostowanie / Correction"): the paragraph under it corrects earlier
    /// results as a correcting line does.
    CORRECTION_HEADING = r"(?i)^\s*(?:[*#=>-]+\s*)?(?:(?:corrected|amended|revised) (?:report|results?|interpretation)|corrections?|amendments?|erratum|sprostowanie|correcci(?u-i:[oóÓO])n|rectificaci(?u-i:[oóÓO])n|rectificatif|korrektur|berichtigung|rettifica|correzione|corre(?u-i:[cçÇC])(?u-i:[aãÃA])o|retifica(?u-i:[cçÇC])(?u-i:[aãÃA])o|correctie|r(?u-i:[aäÄA])ttelse|rettelse)\b|^\s*(?:[*#=>-]+\s*)?(?:nachtrag|addendum|adenda|additif|aanvulling|till(?u-i:[äÄ])gg|till(?u-i:[æÆ])g)\b(?u-i:[^.]){0,60}\b(?:ersetzt|replaces|supersedes|corrects|korrigiert|remplace|corrige|reemplaza|sostituisce|corregge|vervangt|corrigeert|ers(?u-i:[äÄ])tter|erstatter)\b";
    /// A line saying a FLT3 type was not tested ("ITD sizing by fragment analysis was not
    /// performed"; "this assay may not detect FLT3-ITD"): a FLT3 negative is the other type's.
    ITD_UNTESTED = r"(?i)\b(?:ITD|internal tandem duplications?)\b\s*:?(?u-i:[^.;:()]){0,60}\bnot (?:been )?(?:reliably |fully |adequately )?(?:performed|assessed|tested|evaluated|done|included|covered|analy[sz]ed)\b";
    /// A method's caveat that it may miss a FLT3-ITD: its FLT3 negative is the TKD's, but an
    /// ITD test elsewhere still counts.
    ITD_UNRELIABLE = r"(?i)\b(?:not|cannot|may not|might not|does not|do not|unable to|is not able to) (?:reliably |consistently |always )?(?:detect|assess|evaluate|identify)\b(?u-i:[^.;]){0,40}\b(?:ITD|internal tandem duplications?)\b";
    TKD_UNTESTED = r"(?i)\b(?:TKD|tyrosine kinase domain)\b\s*:?(?u-i:[^.;:()]){0,60}\bnot (?:been )?(?:performed|assessed|tested|evaluated|done|included|covered|analy[sz]ed)\b";
    /// A line that calls itself a report: a title.
    REPORT_TITLE = r"(?i)\breport\b|\bcompte rendu\b|\blaudo\b|\bbefund\w*|\binforme\b|\brapport\b|\bbericht\b|\bbefundbericht\b|\breferto\b|\brelat(?u-i:[oOóÓ])rio\b|\bverslag\b";
    /// A specimen tested for what is left after treatment, named in a report's title (not
    /// a post-therapy marrow, which may hold a new disease).
    AFTER_TREATMENT = r"(?i)\bMRD\b|\bmeasurable residual\b|\bminimal residual\b|\bresidual disease\b|\bremission\b|\bday \+?(?:[2-9]|\d\d+)\b|\bend of induction\b|\bpost-?induction\b|\bresponse assessment\b|\benfermedad m(?u-i:[iIíÍ])nima residual\b|\bEMR\b|\bmaladie r(?u-i:[eEéÉ])siduelle\b|\bminimale resterkrankung\b|\bmalattia minima residua\b|\bdoen(?u-i:[cCçÇ])a residual m(?u-i:[iIíÍ])nima\b|\bpost-?inducci(?u-i:[oOóÓ])n\b|\bremisi(?u-i:[oOóÓ])n\b|\br(?u-i:[eEéÉ])mission\b|\bremissione\b|\bremiss(?u-i:[aAãÃ])o\b|\bDRM\b|\bdoen(?u-i:[çÇcC])a residual mensur(?u-i:[áÁaA])vel\b|\benfermedad residual (?:medible|mensurable)\b|\bmalattia residua misurabile\b|\bverlaufsbefund\b|\bverlaufskontrolle\b";
    /// Monitoring of a known marker: a marker not found here is the disease in remission,
    /// not a leukemia without it.
    MONITORING = r"(?i)\bMRD\b|\bmeasurable residual\b|\bminimal residual\b|\bresidual disease\b|\bmolecular response\b|\bMR\s?[2-5](?:[.,]5)?\b|\bsuivi\b|\bseguimiento\b|\bseguimento\b|\bopvolging\b|\bquantification\b|\bquantifizierung\b|\bcuantificaci(?u-i:[óÓ])n\b|\bquantificazione\b|\bquantifica(?u-i:[çÇ])(?u-i:[ãÃ])o\b|\bpost-?allogreffe\b|\bpost-?greffe\b|\bchim(?u-i:[éÉ])risme\b|\bchimerism\b|\b(?:J|D|Tag|d(?u-i:[íÍ])a|giorno|dia|dag)\s?\+\s?\d+\b|\bMMR\b|\bmonitoring\b|\bfollow-?up\b|\bpost-?(?:treatment|therapy|induction|consolidation|transplant|HSCT|SCT)\b|\bremission\b|\bday \d+\b|\bend of induction\b|\binternational scale\b|\bundetectable\b|\bresponse assessment\b|\bpre-?transplant\b|(?-i:\bIS\b)|\bquantitative\b|\benfermedad m(?u-i:[iIíÍ])nima residual\b|\bEMR\b|\bmaladie r(?u-i:[eEéÉ])siduelle\b|\bminimale resterkrankung\b|\bmalattia minima residua\b|\bdoen(?u-i:[cCçÇ])a residual m(?u-i:[iIíÍ])nima\b|\bpost-?inducci(?u-i:[oOóÓ])n\b|\bremisi(?u-i:[oOóÓ])n\b|\br(?u-i:[eEéÉ])mission\b|\bremissione\b|\bremiss(?u-i:[aAãÃ])o\b|\bDRM\b|\bdoen(?u-i:[çÇcC])a residual mensur(?u-i:[áÁaA])vel\b|\benfermedad residual (?:medible|mensurable)\b|\bmalattia residua misurabile\b|\bverlaufsbefund\b|\bverlaufskontrolle\b";
    /// A field of a report's banner ("SPECIMEN: BONE MARROW; BLOOD (CHIMERISM)"): no title.
    FIELD_LABEL = r"(?i)^\s*(?:specimen|sample|material|source|client|patient|ordering|tests?(?: ordered)?|indication|site|location|physician|provider)\b(?u-i:[^:]){0,20}:";
    /// Words of a line in capitals that is not a title: a request, a history, a comment
    /// ("MOLECULAR RESPONSE ASSESSMENT REQUESTED BY CLINICIAN").
    NOT_TITLE = r"(?i)\b(?:requested|request|ordered|indications?|history|clinical|query|queried|pending|comments?|diagnos[ie]s)\b";
    /// A sentence that takes back the results just before it ("This variant is below the
    /// validated reporting threshold"; "These are outside results and were not re-reviewed
    /// here"): "these" and "those" take back the paragraph, "this", "that" and "it" the line
    /// before. A threshold is a laboratory's for calling a result, not a response level ("below
    /// the MMR threshold"); "prior" names an earlier result, not a time ("prior to transplant").
    /// In the other languages, the line before lies under a limit ("Detta ligger under
    /// laboratoriets rapporteringsgräns").
    TAKES_BACK = r"(?i)^\s*(?:[-*]\s*)?(this|that|it|these|those)(?: [\w-]+){0,2}? (?:is|are|was|were)(?: (?:therefore|still|also|thus))? (?:(?:below|under|beneath) (?:the |our |a )?(?:(?:validated|reporting|laboratory'?s?|lab'?s?|assay|detection|calling|analytical|reportable|established|variant)\s+){0,3}(?:threshold|cut-?off|limit|LOD|LOQ)\b|of (?:uncertain|unknown) significance|equivocal|indeterminate|inconclusive|not (?:reported|called|considered|confirmed|re-?reviewed|counted|reportable|validated)\b|(?:an? |the )?(?:outside|earlier|prior|previous|historical|referring)(?: \w+)? (?:results?|specimens?|samples?|stud(?:y|ies)|findings|reports?|laborator(?:y|ies)|lab|hospital|data)\b|from (?:the |an? )?(?:outside|referring|earlier|prior|previous|diagnostic|initial|original)\b)|^\s*(?:[-*]\s*)?(detta|dette|dies|dit|ceci|cela|esto|questo|isto)(?: [\w-]+){0,2}? (?:ligger|liegt|ligt|est|se encuentra|est(?u-i:[áÁ])|(?u-i:[èÈ])|si trova|fica|est(?u-i:[áÁ])) (?:\w+ )?(?:under|unter|onder|sous|por debajo|al di sotto|abaixo)\b";
}

/// Whether a line takes back the results before it, and how far: `Some(true)` the whole
/// paragraph ("These are outside results"), `Some(false)` the line before.
pub(super) fn takes_back(line: &str) -> Option<bool> {
    let captures = TAKES_BACK.captures(line)?;
    let word = captures.get(1).or_else(|| captures.get(2))?.as_str().to_ascii_lowercase();
    Some(matches!(word.as_str(), "these" | "those"))
}

/// Whether a surface marker in `clause` may be on cells other than the leukemia's.
pub(super) fn other_cells(clause: &str) -> bool {
    OTHER_CELLS.is_match(clause) && !OWN_CELLS.is_match(clause)
}

/// Whether `clause` says the specimen holds no leukemia.
pub(super) fn no_disease(clause: &str) -> bool {
    NO_DISEASE.is_match(clause)
}

/// Whether a line starts with a label that names an earlier sample ("Diagnostic sample
/// (03/2025): NPM1 type D; FLT3-ITD positive", "Previous BCR-ABL1 result: …"): every clause
/// of it is earlier, not only the first. A label is the text before the first single colon
/// (not the one of "BCR::ABL1"), short, without a result word and not one that says it is
/// this specimen ("Current specimen (bone marrow, 10/2025):").
pub(super) fn earlier_label(line: &str) -> bool {
    EARLIER_LABEL.captures(line).and_then(|c| c.get(1)).is_some_and(|label| {
        let label = label.as_str();
        let reference = FOR_REFERENCE.is_match(label);
        (reference || !RESULT_WORD.is_match(label) && !CURRENT_LABEL.is_match(label))
            && aside(label) == Some(Aside::Earlier)
    })
}

/// Whether a line's label names a relative's or a donor's sample ("Donor sample (archived,
/// 2025): FLT3, NPM1 not mutated"): nothing in the line is this person's.
pub(super) fn relative_label(line: &str) -> bool {
    EARLIER_LABEL
        .captures(line)
        .and_then(|c| c.get(1))
        .is_some_and(|label| RELATIVE.is_match(&TRANSPLANT_DONOR.replace_all(label.as_str(), "")))
}

/// Whether `line` says a negative result does not settle the marker, or that a variant was
/// seen under the threshold its negative holds above: an absent result in it is not read.
pub(super) fn negative_caveat(line: &str) -> bool {
    NEGATIVE_CAVEAT.is_match(line) || QUALIFIED_NEGATIVE.is_match(line) && UNDER_THRESHOLD.is_match(line)
}

/// What a line's opening label says of the names listed after it ("Not detected: NPM1;
/// FLT3-ITD (fragment analysis)").
pub(super) fn listed_label(line: &str) -> Option<bool> {
    NEGATIVE_LABEL.is_match(line).then_some(false)
}

/// Whether `clause` rules a diagnosis out in so many words ("… is excluded", "argues
/// against …"), not only names it with a negation nearby.
pub(super) fn rules_out(clause: &str) -> bool {
    RULES_OUT.is_match(clause)
}

/// Where the words ruling a diagnosis out start in `clause`, if it has them.
pub(super) fn rules_out_at(clause: &str) -> Option<usize> {
    RULES_OUT.find(clause).map(|m| m.start())
}

/// Whether a line opens with a label saying its results are not reportable ("Below reporting
/// threshold (listed for information): IDH2 p.R140Q, VAF 1.9%"): nothing in it is read.
pub(super) fn unsure_label(line: &str) -> bool {
    UNSURE_LABEL.is_match(line)
}

/// Whether `clause` leaves an uncertain marker open.
pub(super) fn doubt(clause: &str) -> bool {
    DOUBT.is_match(clause)
}

/// Whether `clause` calls a result neither found nor absent ("the IDH2 finding is
/// indeterminate"): a "found" elsewhere is not read either.
pub(super) fn open_call(clause: &str) -> bool {
    OPEN_CALL.is_match(clause)
}

/// Whether `line` says a FLT3 test covered both types in one read-out ("combined ITD/TKD
/// screen", "does not distinguish ITD from TKD"): its negative is FLT3 of unknown type too.
pub(super) fn flt3_combined(line: &str) -> bool {
    FLT3_COMBINED.is_match(line)
}

/// Whether `line` says a FLT3 result has no known type.
pub(super) fn flt3_untyped(line: &str) -> bool {
    FLT3_UNTYPED.is_match(line) || FLT3_COMBINED.is_match(line)
}

/// The most words a correction's heading may have: a longer line is a sentence.
const CORRECTION_HEADING_WORDS: usize = 8;

/// Whether `line` heads a paragraph that corrects earlier results of the report.
pub(super) fn correction_heading(line: &str) -> bool {
    line.split_whitespace().count() <= CORRECTION_HEADING_WORDS && CORRECTION_HEADING.is_match(line)
}

/// Whether a line of the report's diagnosis says the disease has come back, overtly.
pub(super) fn overt_relapse(line: &str) -> bool {
    OVERT_RELAPSE.is_match(line) && !NOT_OVERT.is_match(line)
}

/// Whether the lines that read CBF as absent tested both of its fusions, or name the group.
pub(super) fn cbf_tested(quotes: &[&str]) -> bool {
    let any = |pattern: &regex::Regex| quotes.iter().any(|q| pattern.is_match(q));
    any(&CBF_GROUP) || (any(&CBF_T821) && any(&CBF_INV16))
}

/// Whether `between` (the words from one diagnosis to the next) turns to the present.
pub(super) fn turns_to_now(between: &str) -> bool {
    TURNS_TO_NOW.is_match(between)
}

/// Whether the words before a marker say its earlier result was corrected.
pub(super) fn corrected_before(before: &str) -> bool {
    CORRECTED_BEFORE.is_match(before)
}

/// Whether `line` corrects an earlier result of the report.
pub(super) fn correction(line: &str) -> bool {
    CORRECTION.is_match(line)
}

/// The FLT3 types `line` says were not tested, each with whether it says so outright ("ITD
/// analysis was not performed") rather than as a method's caveat ("may not detect ITDs").
pub(super) fn untested_flt3(line: &str) -> Vec<(Biomarker, bool)> {
    let mut types = Vec::new();
    if ITD_UNTESTED.is_match(line) {
        types.push((Biomarker::Flt3Itd, true));
    } else if ITD_UNRELIABLE.is_match(line) {
        types.push((Biomarker::Flt3Itd, false));
    }
    if TKD_UNTESTED.is_match(line) {
        types.push((Biomarker::Flt3Tkd, true));
    }
    types
}

/// The lines of a report's title that may say it is a follow-up test.
const TITLE_LINES: usize = 3;
/// The first lines with text where a line that calls itself a report, without a label's
/// colon ("Report date: …"), is a title too (below a hospital's name and address).
const TITLE_SEARCH: usize = 6;

/// The longest line that may be a title: a whole report pasted as one line has none.
const TITLE_CHARS: usize = 200;

/// What a report's title (its first lines with text) says of the specimen.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct FollowUp {
    /// A follow-up test ("MRD REPORT (FOLLOW-UP SAMPLE)", a BCR::ABL1 quantitation): a
    /// marker not found anywhere in it is not read as absent.
    pub test: bool,
    /// A specimen tested for residual disease (MRD, remission, day 28): its normal karyotype is of the
    /// cells that came back, and a mutation named with the diagnosis is the leukemia's at
    /// diagnosis, not this specimen's result.
    pub after_treatment: bool,
}

/// What a report's title says of the specimen.
pub(super) fn follow_up_report<'a>(lines: impl Iterator<Item = &'a str>) -> FollowUp {
    let title: Vec<&str> = (lines.filter(|l| !l.trim().is_empty()).take(TITLE_SEARCH).enumerate())
        .filter(|(i, l)| *i < TITLE_LINES || (REPORT_TITLE.is_match(l) && !l.contains(':')) || heading(l))
        .map(|(_, l)| l)
        .collect();
    // A line of two sentences is a result, not a title ("BCR::ABL1 detected (38% IS). T315I
    // not detected.").
    // ("VERLAUFSBEFUND - MRD nach 2. Zyklus": a number's point ends no sentence.)
    let title_like = |l: &str| {
        let l = l.trim_end().trim_end_matches('.');
        let sentences = l.match_indices(". ").any(|(i, _)| !l[..i].ends_with(|c: char| c.is_ascii_digit()));
        l.len() <= TITLE_CHARS && !sentences
    };
    FollowUp {
        test: title.iter().any(|l| title_like(l) && MONITORING.is_match(l)),
        after_treatment: title.iter().any(|l| title_like(l) && AFTER_TREATMENT.is_match(l)),
    }
}

/// A line in capitals, as a report's title is set ("FOLLOW-UP BONE MARROW: MEASURABLE
/// RESIDUAL DISEASE (MRD)"); not a banner of fields in columns with numbers.
fn heading(line: &str) -> bool {
    let text = line.trim();
    text.chars().any(|c| c.is_ascii_uppercase())
        && !text.chars().any(|c| c.is_lowercase() || c.is_ascii_digit())
        && !text.contains("  ")
        && !FIELD_LABEL.is_match(text)
        && !NOT_TITLE.is_match(text)
}

/// Whether `clause` monitors a known marker (MRD, molecular response).
pub(super) fn monitoring(clause: &str) -> bool {
    MONITORING.is_match(clause)
}

/// Whether the words just before `at` name a relapse or residual disease ("rule out relapse
/// of B-ALL"): the diagnosis after them is the person's even in a clause that gives advice.
pub(super) fn residual_before(clause: &str, at: usize) -> bool {
    RESIDUAL_BEFORE.is_match(&clause[..at])
}

/// Where the first words saying "earlier" start in `clause`: a diagnosis named after them is
/// history ("AML, with a history of MDS").
pub(super) fn earlier_from(clause: &str) -> Option<usize> {
    [&EARLIER, &FOR_REFERENCE].iter().filter_map(|p| p.find(clause)).map(|m| m.start()).min()
}

/// The clauses of a line, as ranges of its text.
pub(super) fn split(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut clauses = Vec::new();
    let mut depth = 0i32;
    let mut start = 0usize;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = (depth - 1).max(0),
            b';' if depth == 0 => {
                clauses.push(&text[start..i]);
                start = i + 1;
            }
            b'.' if depth == 0 && sentence_ends(text, i) => {
                clauses.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    clauses.push(&text[start..]);
    clauses.into_iter().filter(|c| c.chars().any(|c| c.is_alphanumeric())).collect()
}

/// Words ending with a full stop that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "vs", "approx", "dr", "fig", "no", "al", "ca", "cf", "p", "c", "g", "r", "nuc", "ish",
    "etc", "mr", "ms", "st", "incl", "ref", "n",
];

/// Whether the full stop at `i` ends a sentence: a space and a capital letter, a digit, a
/// field's bar or the end follow, and the word before it is not an abbreviation.
fn sentence_ends(text: &str, i: usize) -> bool {
    let after = &text[i + 1..];
    let next = after.trim_start();
    if !(after.is_empty() || after.starts_with(' ')) {
        return false;
    }
    // A portal's fields are parted by bars ("… follow-up). | CYTOGENETICS: …").
    if !(next.is_empty()
        || next.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '|'))
    {
        return false;
    }
    // Dot leaders ("FLT3-ITD ...... Negative", "T315I . NOT DETECTED") and ellipses end
    // nothing.
    if text[..i].ends_with(['.', ' ']) {
        return false;
    }
    let word = text[..i].rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    !ABBREVIATIONS.iter().any(|a| word.eq_ignore_ascii_case(a))
}

/// The clause with every bracketed aside that gives advice, a method or a general statement
/// blanked out, and one about earlier results after a result too unless `keep_earlier` (same
/// length, so places stay): "CD19 negative (loss of CD19 compared with the prior study)" keeps
/// its result.
pub(super) fn blank_asides(clause: &str, keep_earlier: bool) -> String {
    let mut out = clause.to_string();
    // A result quoted from another text is not this one.
    // A term in quotation marks ("the B-cell type (\"B-ALL\")") is only named, and stays.
    for quoted in QUOTED.find_iter(clause).filter(|q| QUOTED_RESULT.is_match(q.as_str())) {
        let blank: String =
            quoted.as_str().chars().map(|c| if c.len_utf8() == 1 { ' ' } else { c }).collect();
        out.replace_range(quoted.range(), &blank);
    }
    let mut depth = 0i32;
    let mut open = 0usize;
    for (i, c) in clause.char_indices() {
        match c {
            '(' | '[' => {
                if depth == 0 {
                    open = i;
                }
                depth += 1;
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                let found = aside(&clause[open..=i]);
                // An earlier-result bracket after a result comments on it ("CD19 negative
                // (lost since the prior study)"); before one it labels it ("FLT3-ITD
                // (03/2024): detected") and stays.
                let labels = found == Some(Aside::Earlier)
                    && (!RESULT_WORD.is_match(&clause[..open]) || earlier_tag(&clause[open..=i]));
                // A bracket after a drug's name gives what the drug is for ("enasidenib (AML,
                // relapsed)"), not the person's diagnosis.
                let found = found.or(DRUG_BEFORE.is_match(&clause[..open]).then_some(Aside::General));
                let found = found.or(LIMIT_BRACKET.is_match(&clause[open..=i]).then_some(Aside::Method));
                // A bracket that doubts the result ("(possible germline variant; counselling
                // suggested)") keeps its doubt, even when it also gives advice.
                let doubts = DOUBT.is_match(&clause[open..=i]);
                if depth == 0
                    && found.is_some()
                    && !labels
                    && !doubts
                    && !(keep_earlier && found == Some(Aside::Earlier))
                {
                    let blank: String =
                        clause[open..=i].chars().map(|c| if c.len_utf8() == 1 { ' ' } else { c }).collect();
                    out.replace_range(open..=i, &blank);
                }
            }
            _ => {}
        }
    }
    out
}

/// The most words a bracket may have to be a tag saying the result before it is earlier
/// ("negative (historical)").
const TAG_WORDS: usize = 4;

/// Whether a bracket only says that the result before it is an earlier one: "(historical)",
/// "(at diagnosis)", not "(loss of CD19 compared with the prior study)".
fn earlier_tag(bracket: &str) -> bool {
    let words = bracket.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).count();
    words <= TAG_WORDS && !RESULT_WORD.is_match(bracket) && !COMPARING.is_match(bracket)
}

/// Whether `clause` is a dated row that says it is this specimen's ("2026-11-30 (this
/// specimen): not detected"): its date does not make it earlier.
fn dated_today(clause: &str) -> bool {
    DATED.is_match(clause) && CURRENT_LABEL.is_match(clause)
}

/// Whether the words between a diagnosis and a marker name the marker as part of the
/// diagnosis ("AML with mutated NPM1", "leukemia with NPM1 mutation and FLT3-ITD"), not as a
/// result of its own ("AML in remission; NPM1 detected at 0.3%").
pub(super) fn names_with(between: &str) -> bool {
    NAMED_WITH.is_match(between)
}

/// Whether the words between a marker and the diagnosis after it make the marker a part of
/// the diagnosis ("NPM1-mutated AML").
pub(super) fn named_before(between: &str) -> bool {
    NAMED_BEFORE.is_match(between)
}

/// Whether `clause` names a leukemia-associated immunophenotype.
pub(super) fn laip(clause: &str) -> bool {
    LAIP.is_match(clause)
}

/// Whether `clause` opens with a leukemia-associated immunophenotype as its label ("LAIP:
/// CD34+/CD117+/CD7+"): what follows is the phenotype searched for.
pub(super) fn laip_label(clause: &str) -> bool {
    LAIP.find(clause).is_some_and(|m| LAIP_LABEL.is_match(&clause[m.end()..]))
}

/// Whether `clause` calls its karyotype not informative.
pub(super) fn uninformative(clause: &str) -> bool {
    UNINFORMATIVE.is_match(clause)
}

/// Whether `line` gives immunohistochemical stains and no flow cytometry.
pub(super) fn ihc(line: &str) -> bool {
    IHC.is_match(line) && !FLOW.is_match(line)
}

/// Whether `cue` (a negative result word) says in so many words that something was not found.
pub(super) fn not_found(cue: &str) -> bool {
    NOT_FOUND.is_match(cue)
}

/// Whether `clause` starts by pointing back at the result before it ("This is below …", "The
/// variant is …").
pub(super) fn refers_back(clause: &str) -> bool {
    REFERS_BACK.is_match(clause)
}

/// Whether `text` says what follows is shown only for reference or comparison.
pub(super) fn for_reference(text: &str) -> bool {
    FOR_REFERENCE.is_match(text)
}

/// Whether `text` says another laboratory's result is on this very specimen.
pub(super) fn same_specimen(text: &str) -> bool {
    SAME_SPECIMEN.is_match(text)
}

/// Whether `text` says it is this specimen's ("Current specimen", "today"), other than in
/// words saying something was not tested again today.
pub(super) fn current(text: &str) -> bool {
    let reference: Vec<_> = FOR_REFERENCE.find_iter(text).map(|m| m.range()).collect();
    CURRENT_LABEL.find_iter(text).any(|m| !reference.iter().any(|r| r.start <= m.start() && m.end() <= r.end))
}

/// Why `clause` is not a result of this specimen, if it is not.
pub(super) fn aside(clause: &str) -> Option<Aside> {
    // A question asks about a marker ("Is BCR::ABL1 present?"); its answer is read elsewhere.
    if RELATIVE.is_match(&TRANSPLANT_DONOR.replace_all(clause, "")) {
        Some(Aside::General)
    } else if ADVICE.is_match(clause) || clause.trim_end().ends_with('?') {
        Some(Aside::Advice)
    } else if earlier_from(clause).is_some() && !SAME_SPECIMEN.is_match(clause) && !dated_today(clause) {
        Some(Aside::Earlier)
    } else if METHOD.is_match(clause) {
        Some(Aside::Method)
    } else if GENERAL.is_match(clause) {
        Some(Aside::General)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_end_at_semicolons_and_sentences_but_not_in_brackets() {
        assert_eq!(
            split("46,XY,t(9;22)(q34;q11.2)[20]. NPM1 c.860_863dup p.W288fs; FLT3 neg. See e.g. Fig. 2"),
            ["46,XY,t(9;22)(q34;q11.2)[20]", " NPM1 c.860_863dup p.W288fs", " FLT3 neg", " See e.g. Fig. 2"]
        );
    }

    #[test]
    fn asides() {
        assert_eq!(aside("Recommend FLT3 mutation testing"), Some(Aside::Advice));
        assert_eq!(aside("FLT3-ITD was previously detected (03/2023)"), Some(Aside::Earlier));
        assert_eq!(aside("The panel covers FLT3, NPM1 and IDH1"), Some(Aside::Method));
        assert_eq!(aside("FLT3-ITD is associated with a poor prognosis"), Some(Aside::General));
        assert_eq!(aside("FLT3-ITD: detected (allelic ratio 0.45)"), None);
        assert_eq!(aside("Performed reflexively when BCR::ABL1 is above 0.1% IS"), Some(Aside::Advice));
        assert!(negative_caveat(
            "Not detected. A negative result at this level does not establish the FLT3 status"
        ));
        assert_eq!(listed_label("Not detected: NPM1; FLT3-ITD (fragment analysis)"), Some(false));
    }

    #[test]
    fn a_label_can_make_a_whole_line_earlier() {
        assert!(earlier_label("Diagnostic sample (03/2025): NPM1 type D; FLT3-ITD positive"));
        assert!(earlier_label("[DATE] (diagnostic bone marrow): FLT3-ITD negative; FLT3-TKD positive"));
        assert!(!earlier_label("Current specimen (bone marrow, 10/2025):"));
        assert!(!earlier_label("FLT3-ITD: detected; NPM1: not detected"));
        assert!(!earlier_label("BCR::ABL1 at diagnosis was 61%"));
    }
}
