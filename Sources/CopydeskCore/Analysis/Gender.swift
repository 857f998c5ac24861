/// A person's gender as one mention's own words show it: an honorific or title of a man or a woman before the name
/// ("Mrs Clinton", "Sir Alex Ferguson", "spokeswoman Hope Hicks": `AttributionWords.maleMarks`/`femaleMarks`),
/// else the given name of a name of two or more words ("Hillary Clinton", "Bill Clinton":
/// `EntityWords.maleGivenNames`/`femaleGivenNames`). The name stage reads it to join a surname alone to a person of
/// its gender (`DocumentNames.grouping`: "Mrs. Clinton" is Hillary, not Bill), and pronoun resolution to pass over
/// people of the other gender (`resolvePronoun`). Only the mention's own words count: a segment of a large document
/// sees them as the whole document does.
///
/// The word lists are data; this file's mechanism is `MentionStage.markedGender` and `Gender(givenName:)`, read
/// through `NameKey.personGender`. A given name of either gender (`EntityWords.eitherGenderGivenNames`) shows a
/// person and no gender: `EntityWords.isGivenName`, which the mention stage reads for a name's kind.
enum Gender: UInt8, Sendable {
    case unknown
    case male
    case female

    /// The gender a given name shows (`firstKey`: its word hash), if it is (almost) always one's.
    init(givenName firstKey: UInt64) {
        if EntityWords.maleGivenNames.contains(firstKey) {
            self = .male
        } else if EntityWords.femaleGivenNames.contains(firstKey) {
            self = .female
        } else {
            self = .unknown
        }
    }
}

extension MentionStage {
    /// The gender that a word of tokens `first..<nameStart` (the honorifics and titles before a name) or a title in
    /// lower case right before them ("spokeswoman Hope Hicks") marks, unknown for an organisation or a place
    /// (`kind`) or when none does. (The given name is read where it is needed, from the name's key:
    /// `NameKey.personGender`.)
    @inline(__always) func markedGender(_ first: Int, nameStart: Int, kind: ProseEntity.Kind) -> Gender {
        guard kind != .organization, kind != .place else { return .unknown }
        for k in first..<nameStart {
            if held.maleMarks.contains(toks[k].hash) { return .male }
            if held.femaleMarks.contains(toks[k].hash) { return .female }
        }
        // "spokeswoman Hope Hicks": a title in lower case right before the name, outside the mention.
        if first > 0, toks[first - 1].kind == .word, !toks[first - 1].isCap {
            if held.maleMarks.contains(toks[first - 1].hash) { return .male }
            if held.femaleMarks.contains(toks[first - 1].hash) { return .female }
        }
        return .unknown
    }
}

extension EntityWords {
    /// Given names that in English-language news are (almost) always a man's: common US and UK names, and
    /// politicians' and leaders' ("Donald", "Bernie", "Jeb", "Barack", "Boris"). None that is as often a woman's
    /// ("Jordan", "Taylor", "Leslie", "Jean", "Chris", "Alex", "Sam", "Pat", "Jamie", "Lee", "Terry", "Casey",
    /// "Carroll", "Marion", "Ali", "Andrea", "Tyler", "Sidney", "Dale"), that is a man's and a woman's in different
    /// spellings only ("Hilary Benn"), that is a place as often ("Austin", "Jackson", "Madison", "Lincoln", "Houston")
    /// or a common word ("Grant", "Will", "Chase", "Guy").
    static let maleGivenNames = HashSet64(words: [
        "aaron", "abraham", "adam", "adrian", "ahmed", "alan", "albert", "alexander", "alfred", "alistair",
        "allen", "alvin", "andrew", "andy", "angelo", "angus", "anthony", "antonio", "arnold", "arthur", "barack",
        "barney", "barry", "bashar", "ben", "benjamin", "bernard", "bernie", "bill", "billy", "bob", "bobby", "boris",
        "brad", "bradley", "brandon", "brendan", "brett", "brian", "bruce", "bryan", "carl", "carlos", "chad",
        "charles", "chuck", "clarence", "clint", "clive", "colin", "conor", "corey", "craig", "cory", "dan",
        "daniel", "danny", "darren", "dave", "david", "dean", "dennis", "derek", "dick", "diego", "dmitry",
        "dominic", "don", "donald", "doug", "douglas", "duncan", "dwight", "dylan", "eddie", "edmund", "edward",
        "elijah", "elliot", "elliott", "elton", "emmanuel", "enrico", "eric", "ernest", "ethan", "eugene", "evan",
        "fernando", "francis", "francisco", "francois", "frank", "franklin", "fred", "frederick", "gabriel",
        "gareth", "garry", "gary", "gavin", "geoff", "geoffrey", "george", "gerald", "gerhard", "gerry",
        "giuseppe", "gordon", "graham", "greg", "gregory", "hamid", "hank", "hans", "harold", "harry", "harvey",
        "hassan", "helmut", "henry", "herbert", "herman", "howard", "hugh", "hugo", "ian", "irving", "isaac",
        "ivan", "jack", "jacob", "jacques", "jake", "james", "jared", "jason", "javier", "jeb", "jeff",
        "jeffrey", "jeremy", "jerome", "jerry", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon",
        "jonathan", "jorge", "jose", "joseph", "josh", "joshua", "juan", "julian", "justin", "karl", "keith",
        "ken", "kenneth", "kevin", "klaus", "kurt", "kyle", "lamar", "larry", "lawrence", "leo", "leon", "lewis",
        "liam", "louis", "luis", "luke", "lyndon", "malcolm", "marco", "marcus", "mario", "mark", "martin",
        "matt", "matteo", "matthew", "max", "michael", "miguel", "mike", "mikhail", "mitch", "mitchell", "mitt",
        "mohammed", "moses", "muhammad", "murray", "nathan", "ned", "neil", "nelson", "neville", "newt",
        "nicholas", "nick", "nicolas", "nigel", "noah", "norman", "omar", "oliver", "orrin", "oscar", "otto",
        "owen", "patrick", "paul", "pedro", "percy", "pete", "peter", "phil", "philip", "phillip", "pierre",
        "quentin", "rafael", "ralph", "rand", "randy", "ray", "raymond", "recep", "reince", "reuben", "rex",
        "richard", "rick", "rob", "robert", "roberto", "rod", "rodney", "roger", "roland", "ronald", "ronnie",
        "ross", "roy", "rudy", "rupert", "russell", "ryan", "samuel", "scott", "sean", "sebastian", "sergei",
        "sergey", "seth", "shane", "shaun", "sheldon", "silvio", "simon", "spencer", "stanley", "stephen",
        "steve", "steven", "stewart", "stuart", "ted", "terence", "theodore", "thomas", "tim", "timothy", "todd",
        "tom", "tommy", "tony", "travis", "trevor", "troy", "ulysses", "vernon", "victor", "vince", "vincent",
        "vladimir", "wade", "walter", "warren", "wayne", "wesley", "wilbur", "william", "willie", "winston",
        "wolfgang", "xavier", "zachary",
        // Given names of European, Latin American, Russian and Middle Eastern public figures in world news.
        "thierry", "arnaud", "mathieu", "philippe", "benoit", "gerard", "jean-pierre", "jean-francois",
        "jean-claude", "jean-luc", "didier", "laurent", "olivier", "sebastien", "stephane", "yves", "alain", "pablo",
        "jaime", "sergio", "alejandro", "manuel", "ricardo", "luca", "giovanni", "paolo", "stefano", "gianni",
        "fabio", "werner", "gerd", "jurgen", "dieter", "uwe", "horst", "joachim", "heinz", "lothar", "rainer",
        "thorsten", "jens", "henrik", "nils", "sven", "anders", "bjorn", "dmitri", "igor", "alexei", "yuri",
        "nikolai", "viktor", "oleg", "ivo", "ruud", "freddie", "olly", "mathew", "jonny", "lleyton", "ahmad",
        "mohammad", "hussein", "khalid", "mahmoud", "abdullah", "yasser", "shimon", "yitzhak", "ehud", "ariel",
        "thabo", "kofi", "zack", "marc", "merrick", "trayvon", "bernardo",
    ])
    /// Given names as often a man's as a woman's, or a man's in one spelling and a woman's in another ("Chris
    /// Dodd", "Hilary Swank", "Sam Stein"): they show a person, not a gender. None that is as often a place's, a
    /// firm's or a common word ("Jordan", "Morgan", "Lee", "Taylor", "Will", "Al": "Al Jazeera").
    static let eitherGenderGivenNames = HashSet64(words: [
        "chris", "alex", "sam", "jamie", "robin", "kelly", "dana", "leslie", "lindsey", "hilary", "tracy", "ashley",
        "jesse", "jody", "charlie", "frankie", "terry", "casey", "pat", "kim", "sidney", "dale", "andrea",
    ])

    /// `key` (a word's hash) is a given name: of one gender (`Gender(givenName:)`) or of either.
    static func isGivenName(_ key: UInt64) -> Bool {
        Gender(givenName: key) != .unknown || eitherGenderGivenNames.contains(key)
    }

    /// Given names that in English-language news are (almost) always a woman's: common US and UK names, and
    /// politicians' and leaders' ("Hillary", "Nancy", "Theresa", "Angela", "Kamala", "Nicola"). None that is as
    /// often a man's ("Kim", "Robin", "Kelly", "Tracy", "Dana", "Lindsey": Lindsey Graham; "Hilary": Hilary Benn),
    /// a place's ("Virginia", "Georgia", "Sydney"), a month ("April", "June") or a common word ("Hope", "Faith").
    static let femaleGivenNames = HashSet64(words: [
        "abigail", "ada", "adele", "agnes", "alice", "alicia", "alison", "allison", "amanda", "amber", "amelia",
        "amy", "ana", "angela", "angelina", "anita", "ann", "anna", "anne", "annette", "antoinette", "arlene",
        "audrey", "barbara", "beatrice", "becky", "belinda", "bernadette", "beth", "betsy", "betty", "beverly",
        "bonnie", "brenda", "bridget", "brigid", "brittany", "caitlin", "camilla", "candace", "carla", "carly",
        "carmen",
        "carol", "caroline", "carolyn", "catherine", "cathy", "cecilia", "charlene", "charlotte", "chelsea",
        "cheryl", "christina", "christine", "cindy", "claire", "clara", "claudia", "colleen", "condoleezza",
        "connie", "cynthia", "daisy", "debbie", "deborah", "debra", "denise", "diana", "diane", "dianne", "donna",
        "dora", "doris", "dorothy", "edith", "eileen", "elaine", "eleanor", "elena", "elisabeth", "eliza",
        "elizabeth", "ella", "ellen", "emily", "emma", "erica", "erin", "esther", "ethel", "eva", "eve",
        "evelyn", "fiona", "florence", "frances", "gabrielle", "gail", "geraldine", "gillian", "gina", "gladys",
        "gloria", "grace", "gwen", "hannah", "harriet", "hazel", "heather", "heidi", "helen", "helena", "hermione",
        "hillary", "holly", "huma", "ida", "ingrid", "irene", "iris", "isabel", "isabella", "ivana", "ivanka",
        "jacinda",
        "jacqueline", "jane", "janet", "janice", "jennifer", "jenny", "jessica", "jill", "joan", "joanna",
        "joanne", "jocelyn", "josephine", "joyce", "judith", "judy", "julia", "julie", "juliet", "justine",
        "kamala", "karen", "kate", "katherine", "kathleen", "kathryn", "kathy", "katie", "katrina", "kellyanne",
        "kirsten", "kristen", "laura", "lauren", "leah", "lillian", "linda", "lisa", "liz", "lois", "loretta",
        "lorraine", "louise", "lucy", "lydia", "madeleine", "madeline", "maggie", "mandy", "marcia", "margaret",
        "margot", "maria", "marie", "marilyn", "marjorie", "marsha", "martha", "mary", "maureen", "maxine",
        "megan", "melania", "melanie", "melissa", "michelle", "mildred", "miranda", "molly", "monica", "nadia",
        "nancy", "naomi", "natalie", "natasha", "nicola", "nicole", "nigella", "nikki", "nina", "nora", "olivia",
        "pamela", "patricia", "paula", "pauline", "peggy", "penelope", "penny", "phyllis", "priscilla", "priti",
        "rachel", "rebecca", "regina", "rita", "roberta", "rosa", "rosalind", "rose", "rosemary", "ruth",
        "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sheila", "shirley", "sonia", "sophia",
        "sophie", "stephanie", "sue", "suella", "susan", "susanna", "suzanne", "sylvia", "tamara", "tammy",
        "tanya", "teresa", "theresa", "tiffany", "tina", "tulsi", "ursula", "valerie", "vanessa", "vera",
        "veronica", "vicki", "victoria", "viola", "violet", "wendy", "yvette", "yvonne", "zoe",
        // Given names of public figures in world news.
        "yelena", "svetlana", "natalia", "olga", "tatiana", "irina", "anastasia", "ekaterina", "yulia", "emmanuelle",
        "yolande", "karin", "brigitte", "sylvie", "isabelle", "nathalie", "sandrine", "veronique", "aurelie",
        "celine", "juliette", "amelie", "letitia", "oprah", "keira", "meryl", "segolene", "martine", "christiane",
        "heike", "petra", "sabine", "gisela", "renate", "lucia", "pilar", "dolores", "francesca", "giulia", "chiara",
        "alessandra", "paola", "silvia", "valentina", "fatima", "benazir", "indira", "serena", "venus", "kylie",
        "britney", "madonna", "megyn", "marla", "cherie",
        // More that are (almost) only a woman's, in UK, Irish and US news ("Dame Judi", "Lori Lightfoot"); not
        // "Lynn" nor "Marion" (Lynn Westmoreland, Marion Barry), "Zara" nor "Jade" (a retailer, a stone).
        "lori", "judi", "kirsty", "gemma", "lynne", "sian", "siobhan", "niamh", "aoife", "bethany", "chloe",
        "jasmine", "katy", "lesley", "moira", "nadine", "rosie", "shona", "tracey", "vicky", "stella", "tessa",
        "tania", "yasmin", "ellie", "carrie", "lucinda", "stacey", "kristi", "kristin", "kyrsten", "elise", "jeanne",
        "jeanine", "jenna", "kayleigh", "ilhan", "mazie",
    ])
}
