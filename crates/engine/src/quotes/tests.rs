//! Behaviour of [`extract`] on short passages, one construct per case.

use super::*;
use crate::document::{parse, Format};
use crate::entities::Mention;

fn doc(text: &str) -> Document {
    parse("t", Format::Text, text.as_bytes()).expect("test text parses")
}

/// (quote text, speaker name or None, kind)
type Want = &'static [(&'static str, Option<&'static str>, QuoteKind)];

fn run(text: &str) -> Vec<(String, Option<String>, QuoteKind)> {
    extract(&doc(text), &[])
        .into_iter()
        .map(|q| (q.text, q.speaker.map(|s| s.name), q.kind))
        .collect()
}

use QuoteKind::{Speech, Term};

#[test]
fn constructs_table() {
    let cases: &[(&str, &str, Want)] = &[
        (
            "curly quote, speaker after",
            "“The plan failed,” Jane Roe said.",
            &[("The plan failed,", Some("Jane Roe"), Speech)],
        ),
        (
            "straight quotes",
            "\"The plan failed,\" Jane Roe said.",
            &[("The plan failed,", Some("Jane Roe"), Speech)],
        ),
        (
            "single curly quotes with an apostrophe inside",
            "‘We can’t stay here any longer,’ the farmer said.",
            &[("We can’t stay here any longer,", Some("the farmer"), Speech)],
        ),
        (
            "guillemets",
            "« Nous restons ici, » said Marie Dubois.",
            &[("Nous restons ici,", Some("Marie Dubois"), Speech)],
        ),
        (
            "plural possessive is not a quote",
            "The Hughes' farm flooded, and the Joneses’ barn too. “It was awful,” said Tom Hughes.",
            &[("It was awful,", Some("Tom Hughes"), Speech)],
        ),
        (
            "split by its attribution",
            "“The talks are over,” he said. “We go home now.”\n\nNothing else.",
            &[
                ("The talks are over,", None, Speech),
                ("We go home now.", None, Speech),
            ],
        ),
        (
            "split quote after a named speaker",
            "“The talks are over,” said Ahmed Karim, a negotiator. “We go home now.”",
            &[
                ("The talks are over,", Some("Ahmed Karim"), Speech),
                ("We go home now.", Some("Ahmed Karim"), Speech),
            ],
        ),
        (
            "inverted said the minister, NAME: the name is more specific",
            "“Prices will rise,” said the minister, Anna Berg.",
            &[("Prices will rise,", Some("Anna Berg"), Speech)],
        ),
        (
            "colon introduction",
            "Daoud told the newspaper: “The government is weak.”",
            &[("The government is weak.", Some("Daoud"), Speech)],
        ),
        (
            "role before the name",
            "“It is only a truce,” Baghdad-based political analyst Hazem al-Nuaimi told reporters.",
            &[("It is only a truce,", Some("Hazem al-Nuaimi"), Speech)],
        ),
        (
            "description as speaker",
            "“We asked for help,” an Iraqi official told reporters.",
            &[("We asked for help,", Some("an Iraqi official"), Speech)],
        ),
        (
            "according to",
            "“The bridge will reopen in May,” according to the transport ministry.",
            &[("The bridge will reopen in May,", Some("the transport ministry"), Speech)],
        ),
        (
            "according to before the quote",
            "According to Maria Lopez, “the harvest was the worst in years.”",
            &[("the harvest was the worst in years.", Some("Maria Lopez"), Speech)],
        ),
        (
            "pronoun resolved to the person named before",
            "Sudarsan Raghavan spent a week in the city.\n\n“After a year of calm,” he writes, “fighting returned.”",
            &[
                ("After a year of calm,", Some("Sudarsan Raghavan"), Speech),
                ("fighting returned.", Some("Sudarsan Raghavan"), Speech),
            ],
        ),
        (
            "pronoun prefers the last speaker over a possessive",
            "Qassim Daoud told the paper: “We are weak.” Asked if Nouri al-Maliki’s party would fall, he responded, “Everything is possible.”",
            &[
                ("We are weak.", Some("Qassim Daoud"), Speech),
                ("Everything is possible.", Some("Qassim Daoud"), Speech),
            ],
        ),
        (
            "surname expands to the full name",
            "Ala’a Salah lives in Basra.\n\n“I am glad,” Salah said.",
            &[("I am glad,", Some("Ala’a Salah"), Speech)],
        ),
        (
            "definite description refers back",
            "“We asked for help,” an Iraqi official said.\n\n“It may collapse,” the official said.",
            &[
                ("We asked for help,", Some("an Iraqi official"), Speech),
                ("It may collapse,", Some("an Iraqi official"), Speech),
            ],
        ),
        (
            "the article refers to the medium",
            "A report by the McClatchy Newspapers described the talks.\n\nThe article noted: “The talks may fail.”",
            &[("The talks may fail.", Some("McClatchy Newspapers"), Speech)],
        ),
        (
            "multi-paragraph quote inherits its speaker",
            "Jane Roe, the mayor, spoke at length.\n\n“We will rebuild the bridge.\n\n“And we will rebuild the school,” she said.",
            &[
                ("We will rebuild the bridge.", Some("Jane Roe"), Speech),
                ("And we will rebuild the school,", Some("Jane Roe"), Speech),
            ],
        ),
        (
            "a quote paragraph after the speaker's paragraph",
            "Abu Ali, a fighter, told Al Jazeera he would not stop.\n\n“Some fighters feel used and betrayed by everyone,” he said.",
            &[("Some fighters feel used and betrayed by everyone,", Some("Abu Ali"), Speech)],
        ),
        (
            "participle cue takes the sentence subject",
            "The New York Times sounded a similar note, reporting, “Many politicians say he is weak.”",
            &[("Many politicians say he is weak.", Some("New York Times"), Speech)],
        ),
        (
            "colon introduction without a speech verb: the clause subject",
            "Then Marta spooned out some impressions: “I was captivated by his humor.”",
            &[("I was captivated by his humor.", Some("Marta"), Speech)],
        ),
        (
            "colon after a possessive: the owner of the words",
            "Judge Lena Moss' ruling was short. Judge Moss's decision: “The plaintiffs are qualified.”",
            &[("The plaintiffs are qualified.", Some("Lena Moss"), Speech)],
        ),
        (
            "inverted verb at the sentence start",
            "Said General Amos Reed: “A year ago I took the plow in my hands.”",
            &[("A year ago I took the plow in my hands.", Some("Amos Reed"), Speech)],
        ),
        (
            "pronoun takes the name that opens its own sentence",
            "The gala was planned by Peter Lang. Later Frankie was full of ideas, as he had hinted to Frankie's friends: “It will be tremendous.”",
            &[("It will be tremendous.", Some("Frankie"), Speech)],
        ),
        (
            "a whole-paragraph quote keeps the last speaker",
            "“I am a slob,” Stirling Moss announced.\n\nWhat else is there?\n\n“I appreciate beauty”.",
            &[
                ("I am a slob,", Some("Stirling Moss"), Speech),
                ("I appreciate beauty", Some("Stirling Moss"), Speech),
            ],
        ),
        (
            "definite description takes the organization named before",
            "The Fulton County Grand Jury met on Friday.\n\n“Only a handful of reports was received”, the jury said.",
            &[("Only a handful of reports was received", Some("Fulton County Grand Jury"), Speech)],
        ),
        (
            "coordinated verb takes the sentence subject",
            "Omar Haddad said a wall would be needed, and added, “so long as people rebel, walls stay.”",
            &[("so long as people rebel, walls stay.", Some("Omar Haddad"), Speech)],
        ),
        (
            "a capitalized verb opening the sentence is not a name",
            "Exclaimed Hank Stram: “We always like to keep the ball.”",
            &[("We always like to keep the ball.", Some("Hank Stram"), Speech)],
        ),
        (
            "inverted speaker stops before the weekday",
            "“Our line is strong,” said Stram Monday after the practice.",
            &[("Our line is strong,", Some("Stram"), Speech)],
        ),
        (
            "initials alone are not a person",
            "Officials met in Washington, D. C. on Monday.\n\n“We must persuade them,” he said.",
            &[("We must persuade them,", None, Speech)],
        ),
        (
            "second part of a split quote after an unknown verb",
            "“Our goal is awareness”, said Ruth Grant, smiling, “and to tell them what it means.”",
            &[
                ("Our goal is awareness", Some("Ruth Grant"), Speech),
                ("and to tell them what it means.", Some("Ruth Grant"), Speech),
            ],
        ),
        (
            "coordinated verb after an introductory phrase",
            "At a dinner in Jakarta, Premier Nikita Khrushchev emptied his pockets and said, beaming: “Look, he took everything!”",
            &[("Look, he took everything!", Some("Nikita Khrushchev"), Speech)],
        ),
        (
            "a speech verb inside a name or after a determiner is not a cue",
            "It recommends that the United States “seek a detente with the regime”.",
            &[("seek a detente with the regime", None, Speech)],
        ),
        (
            "phrasal speech verb: pointed out",
            "Director Anna Weber pointed out to the visitors that the hall “is the oldest in the state.”",
            &[("is the oldest in the state.", Some("Anna Weber"), Speech)],
        ),
        (
            "phrasal speech verb with its object between: summed it up",
            "The critic Paul Grant summed it up neatly: “A long film and a moral one.”",
            &[("A long film and a moral one.", Some("Paul Grant"), Speech)],
        ),
        (
            "less common speech verbs: reminisces, deplored",
            "“I was young then,” Jane Roe reminisces.\n\nTom Hill deplored the officer “whose boots were never clean.”",
            &[
                ("I was young then,", Some("Jane Roe"), Speech),
                ("whose boots were never clean.", Some("Tom Hill"), Speech),
            ],
        ),
        (
            "progressive speech verb before the quote",
            "Rep. Carl Moss of Dayton is asking the House to “support the new school budget in full”.",
            &[("support the new school budget in full", Some("Carl Moss"), Speech)],
        ),
        (
            "inverted verb with a pronoun at the sentence start",
            "Judge Amos Reed spoke last. Said he: “We will see who is treated fairly.”",
            &[("We will see who is treated fairly.", Some("Amos Reed"), Speech)],
        ),
        (
            "list items after an introducing colon",
            "On other matters, the council recommended that: (1)\n\nTwo clerks be hired and “a nurse be on duty at night”.\n\n(2)\n\nCity officials “work with the county on pensions”.",
            &[
                ("a nurse be on duty at night", Some("the council"), Speech),
                ("work with the county on pensions", Some("the council"), Speech),
            ],
        ),
        (
            "speaker introduced before a colon in the paragraph before",
            "The film runs three hours.\n\nThe Herald's critic Paul Grant summed it up:\n\n“This is a long picture but a moral one.”",
            &[("This is a long picture but a moral one.", Some("Paul Grant"), Speech)],
        ),
        (
            "attribution in the paragraph after a quote paragraph",
            "The tank was empty.\n\n“Where do you keep the spare tire?”\n\nAsked the station man.\n\n“What kind of car is it?”\n\nHe asked gloomily.",
            &[
                ("Where do you keep the spare tire?", Some("the station man"), Speech),
                ("What kind of car is it?", Some("the station man"), Speech),
            ],
        ),
        (
            "passive speech verb: the agent after 'by' speaks, and 'it' refers to it",
            "The Dade County Grand Jury met on Friday.\n\nA new title law was also recommended by the outgoing jury.\n\nIt urged that the next Legislature “provide enabling funds at once”.",
            &[("provide enabling funds at once", Some("Dade County Grand Jury"), Speech)],
        ),
        (
            "as X put it",
            "The county has a new sheriff, elected, as a deputy put it, in the “quietest race I ever saw”.",
            &[("quietest race I ever saw", Some("a deputy"), Speech)],
        ),
        (
            "a quoted phrase inside reported speech attributed at the end of a long sentence",
            "Large spraying programs run by “men with narrow training” are harming crops and birds, Carl Hoff, president of the Bird Society, said today.",
            &[("men with narrow training", Some("Carl Hoff"), Speech)],
        ),
        (
            "a role noun as the subject of a coordinated speech verb",
            "Jan Berg, an economist at a bank, spoke first.\n\nThe economist does not expect a change in the budget and believes it “even less likely that rates will rise”.",
            &[("even less likely that rates will rise", Some("The economist"), Speech)],
        ),
        (
            "a possessor's document speaks for its owner",
            "President Kennedy's letter to the cellist said, “Your playing would honor our guests”.",
            &[("Your playing would honor our guests", Some("Kennedy"), Speech)],
        ),
        (
            "pronoun prefers the subject over a name after a preposition",
            "Last week Judge Amos Reed threatened reprisal against Tom Powell.\n\n“We will see who is treated fairly,” he said.",
            &[("We will see who is treated fairly,", Some("Amos Reed"), Speech)],
        ),
        (
            "pronoun skips the one told",
            "Benched in May, Roger Hale told manager Dutch Lee he wanted to play.\n\n“I learn nothing on the bench,” he said.",
            &[("I learn nothing on the bench,", Some("Roger Hale"), Speech)],
        ),
        (
            "a whole-paragraph quote without a speech verb nearby: the person the paragraph before is about",
            "The vote was held at noon.\n\nWhen Missouri's Carl Kane got the word, he turned purple.\n\n“Unconscionable!”",
            &[("Unconscionable!", Some("Carl Kane"), Speech)],
        ),
        (
            "a capitalized title used alone is the person last named with it",
            "President Ada Kerr proposed a new health plan today.\n\nThe President said the plan has “the indispensable elements of a sound program”.",
            &[("the indispensable elements of a sound program", Some("Ada Kerr"), Speech)],
        ),
        (
            "a lowercase role is the person named with it before or in an appositive",
            "Sen. Tom Ruiz met the mayor. Omar Haddad, economist of a local bank, spoke later.\n\n“Rates will rise,” the economist said. “Costs too,” the senator said.",
            &[
                ("Rates will rise,", Some("Omar Haddad"), Speech),
                ("Costs too,", Some("Tom Ruiz"), Speech),
            ],
        ),
        (
            "a heading's first word is not part of a name; a party-district tag is not a name",
            "Sen. Walter Jones R-Bergen spoke first.\n\nSees Jones ahead\n\n“We will win,” Jones said.",
            &[("We will win,", Some("Walter Jones"), Speech)],
        ),
        (
            "'it says' refers to the document that was the subject before",
            "Rep. Carl Moss filed a resolution on aid to schools.\n\nMoss said he had support.\n\nThe resolution, which Moss filed Friday, will be read Monday.\n\nIt says that “in the event Congress provides the funds”, pay should rise.",
            &[("in the event Congress provides the funds", Some("The resolution"), Speech)],
        ),
        (
            "'she' skips a man marked by a title or a kinship word",
            "Mrs. Mary Ellis opened the meeting. Her husband, John Ellis, sat in the front row.\n\n“We have never had so many members,” she said.",
            &[("We have never had so many members,", Some("Mary Ellis"), Speech)],
        ),
        (
            "'he' skips a woman marked by a title",
            "Tom Ward, the treasurer, spoke first. Then Miss Ruth Lee read the minutes.\n\n“The books show a loss,” he said.",
            &[("The books show a loss,", Some("Tom Ward"), Speech)],
        ),
        (
            "a quote paragraph after a short 'NAME VERBed.' sentence",
            "“We lose money,” said Mary Ellis.\n\nThe vote was 40 to 12 for higher dues. Grant smiled.\n\n“I told you so.”",
            &[
                ("We lose money,", Some("Mary Ellis"), Speech),
                ("I told you so.", Some("Grant"), Speech),
            ],
        ),
        (
            "a name in parentheses yields to the last speaker a few paragraphs back",
            "“I feel good,” Ron Hale added.\n\nSeeks better fielding\n\nThe rangy Albany (Cal.) native set a goal.\n\n“I can do a better job,” he said.",
            &[
                ("I feel good,", Some("Ron Hale"), Speech),
                ("I can do a better job,", Some("Ron Hale"), Speech),
            ],
        ),
        (
            "an unlisted verb right after the quote, then a name: inverted attribution",
            "“We are back in Chicago,” beams Mrs. Ann Sims, president of the board.",
            &[("We are back in Chicago,", Some("Ann Sims"), Speech)],
        ),
        (
            "'the statement said' is whoever issued it, named just before",
            "The Interior Ministry issued a statement on Sunday.\n\n“The situation is under control,” the statement said.",
            &[("The situation is under control,", Some("Interior Ministry"), Speech)],
        ),
        (
            "a quote after a short 'NAME VERBed.' sentence in the same paragraph",
            "Asked whether he would run again, Ahmed Karim smiled. “Maybe.”",
            &[("Maybe.", Some("Ahmed Karim"), Speech)],
        ),
        (
            "officials placed somewhere, not the place, are the speaker",
            "Officials in Washington said the talks would “continue as planned next week.”",
            &[("continue as planned next week.", Some("Officials in Washington"), Speech)],
        ),
        (
            "'the former secretary of labor' is the person named with that title",
            "Secretary Jim Hale spoke first.\n\nThe former secretary of labor said he was “proud of that work”.",
            &[("proud of that work", Some("Jim Hale"), Speech)],
        ),
        (
            "a person of a place is the person",
            "Rep. Charles Moss of Sherman, sponsor of the bill, said it was “a gift to the banks”.",
            &[("a gift to the banks", Some("Charles Moss"), Speech)],
        ),
        (
            "a pronoun prefers the subject earlier in its own paragraph over the last speaker",
            "“We won,” said Tom Hardy.\n\nAnn Lowe, his sister, was thrilled. “I cried,” she admitted.",
            &[
                ("We won,", Some("Tom Hardy"), Speech),
                ("I cried,", Some("Ann Lowe"), Speech),
            ],
        ),
        (
            "characterizing verbs right before the quote; a dateline is not the subject",
            "WASHINGTON -- Senate Democrats blocked the bill, calling it “a political stunt.”\n\nSen. Laura Finch, the sponsor, accused Democrats of “playing games with safety.”",
            &[
                ("a political stunt.", Some("Senate Democrats"), Speech),
                ("playing games with safety.", Some("Laura Finch"), Speech),
            ],
        ),
        (
            "a description before a relative clause, then 'the official'",
            "A senior official, who spoke on condition of anonymity, said talks were “at a delicate stage.”\n\n“Nobody wants a shutdown,” the official said.",
            &[
                ("at a delicate stage.", Some("A senior official"), Speech),
                ("Nobody wants a shutdown,", Some("A senior official"), Speech),
            ],
        ),
        (
            "'the report' with no medium named nearby is the report",
            "The report called discrimination “one of the most serious causes of poverty”.",
            &[("one of the most serious causes of poverty", Some("The report"), Speech)],
        ),
        (
            "'they said' after a plural group opening the sentence before",
            "The budget passed on Friday. Critics were not impressed. They said the plan “robs Peter to pay Paul.”",
            &[("robs Peter to pay Paul.", Some("Critics"), Speech)],
        ),
        (
            "'The governor … saying' takes the person named with that title",
            "Gov. Sam Reyes signed the budget.\n\nThe governor issued a statement saying the budget “protects every classroom.”",
            &[("protects every classroom.", Some("Sam Reyes"), Speech)],
        ),
        (
            "a role in apposition before the name: 'the director' later",
            "The hospital's director, Ken Ames, spoke to the board.\n\n“That is simply not true,” the director said.",
            &[("That is simply not true,", Some("Ken Ames"), Speech)],
        ),
        (
            "a single word after a characterizing verb is a term",
            "Critics called the plan a “surge” of nothing.",
            &[("surge", None, Term)],
        ),
        (
            "term: scare quotes without a cue",
            "The so-called “surge” ended, and the “defining moment” passed.",
            &[("surge", None, Term), ("defining moment", None, Term)],
        ),
        (
            "nested quote is a term inside the speech",
            "“He told me ‘never again’ and left,” Maria Lopez said.",
            &[
                ("He told me ‘never again’ and left,", Some("Maria Lopez"), Speech),
                ("never again", None, Term),
            ],
        ),
        (
            "a dispatch introduced by 'as follows --' speaks for its paragraphs",
            "Our correspondent cabled from Rome as follows --\n\n“Costs are low here.\n\n“Strikes are rare.”",
            &[
                ("Costs are low here.", Some("Our correspondent"), Speech),
                ("Strikes are rare.", Some("Our correspondent"), Speech),
            ],
        ),
        (
            "a long description is its head up to the first preposition",
            "“We try harder,” explains the slender vice president of the young couples class.",
            &[("We try harder,", Some("the slender vice president"), Speech)],
        ),
        (
            "a relative clause between speaker and verb",
            "“We are exhausted,” a nurse, who asked not to be named, told the radio.",
            &[("We are exhausted,", Some("a nurse"), Speech)],
        ),
        (
            "a name in apposition to the subject takes the pronoun",
            "Ann Ruiz vowed to go on. “We stay,” she said.\n\nThe mayor's aide, Tom Kent, disagreed. “We leave,” he said.",
            &[
                ("We stay,", Some("Ann Ruiz"), Speech),
                ("We leave,", Some("Tom Kent"), Speech),
            ],
        ),
        (
            "an inverted speaker of an organization",
            "“Prices will rise,” said Joost Hiltermann of the International Crisis Group.",
            &[("Prices will rise,", Some("Joost Hiltermann"), Speech)],
        ),
        (
            "a plural possessor's statement is neither a newspaper nor the last name",
            "The student paper, The Daily Star, called for change.\n\n“From its beginning”, the trustees’ statement said Friday, “the college has served all.”",
            &[
                ("From its beginning", Some("the trustees’ statement"), Speech),
                ("the college has served all.", Some("the trustees’ statement"), Speech),
            ],
        ),
        (
            "a bare name right before the verb ends an appositive chain",
            "Back home in Dover, Del., his wife, Ruth, said: “He wanted work.”",
            &[("He wanted work.", Some("Ruth"), Speech)],
        ),
        (
            "a place at the end of a chain is not the speaker",
            "“Prices will rise”, Ann Ruiz, economist of Harris Bank, Chicago, predicted.",
            &[("Prices will rise", Some("Ann Ruiz"), Speech)],
        ),
        (
            "an inverted speaker keeps no relative clause",
            "“Farmers pay more”, says Jack Martin, who sells tractors in Sioux City, Iowa.",
            &[("Farmers pay more", Some("Jack Martin"), Speech)],
        ),
        (
            "a capitalized adverb opening a sentence is no speaker",
            "Shortly before noon the order came in these words:\n\n“Stay home and wait for the buses to come.”",
            &[("Stay home and wait for the buses to come.", None, Speech)],
        ),
        (
            "an adjective sets 'the elder man' apart from the man named before",
            "The man, Robert Berry, 40, was calm. “Sit down,” the man said.\n\n“We have guns,” the elder man told the pilot.",
            &[
                ("Sit down,", Some("Robert Berry"), Speech),
                ("We have guns,", Some("the elder man"), Speech),
            ],
        ),
        (
            "'the Washington announcement' names its issuer already",
            "Firm plans were made last week.\n\nThe Washington announcement said:\n\n“The two leaders will meet informally in June.”",
            &[(
                "The two leaders will meet informally in June.",
                Some("The Washington announcement"),
                Speech,
            )],
        ),
        (
            "a capitalized word and an occupation before the name",
            "Farm machinery dealer Bob Houtz tilts back in a chair and tells of a pickup in sales: “We have sold four pickers since Labor Day.”",
            &[(
                "We have sold four pickers since Labor Day.",
                Some("Bob Houtz"),
                Speech,
            )],
        ),
        (
            "a name inside a clause does not take the pronoun's place",
            "Director Ann Ruiz said the office relied on Tom Kent.\n\nBut she said the staff must learn what Kent does, and she said she “regrets the delay”.",
            &[("regrets the delay", Some("Ann Ruiz"), Speech)],
        ),
        (
            "unbalanced mark stops at the paragraph end",
            "He said “this never ends\n\nJane Roe said “a new quote” today.",
            &[
                ("this never ends", None, Term),
                ("a new quote", Some("Jane Roe"), Speech),
            ],
        ),
        (
            "a quoted title inside the sentence does not hide its subject",
            "Robert Gates, speaking on NBC’s “Meet the Press,” said Rex Tillerson was “a very capable person.”",
            &[
                ("Meet the Press,", None, Term),
                ("a very capable person.", Some("Robert Gates"), Speech),
            ],
        ),
        (
            "an epigraph credited on the next line",
            "\"We lied, we cheated, we stole.\"\n\n— Mike Pompeo, College Station, TX, April 15, 2019",
            &[("We lied, we cheated, we stole.", Some("Mike Pompeo"), Speech)],
        ),
        (
            "the second half of a split quote, then an aside",
            "“The models are right,” Mann writes. “This is a fallacy.” (Current models say otherwise.)",
            &[
                ("The models are right,", Some("Mann"), Speech),
                ("This is a fallacy.", Some("Mann"), Speech),
            ],
        ),
        (
            "he is not the woman named by her given name",
            "Samuel Alito questioned Elizabeth Prelogar.\n\n“That can be true,” Prelogar said.\n\nThe court then deliberated. “From now on,” he quipped, “write in verse.”",
            &[
                ("That can be true,", Some("Elizabeth Prelogar"), Speech),
                ("From now on,", Some("Samuel Alito"), Speech),
                ("write in verse.", Some("Samuel Alito"), Speech),
            ],
        ),
        (
            "an opening adverb before the subject of a participle cue",
            "Finally, Brian Nagel pushed to stop the filming, insisting before a judge that coverage would “create material for hate groups.”",
            &[("create material for hate groups.", Some("Brian Nagel"), Speech)],
        ),
        (
            "a possessive name's role as the subject",
            "Next, Adelson’s attorney accused the counsel of bias, claiming he had harassed Zohar Lahav with “insulting questions about race.”",
            &[("insulting questions about race.", Some("Adelson’s attorney"), Speech)],
        ),
        (
            "a role speaking for a name, dismissing",
            "A spokesman for Las Vegas Sands issued a denial, dismissing the report as “an idea for a movie script.”",
            &[("an idea for a movie script.", Some("Las Vegas Sands"), Speech)],
        ),
        (
            "continued after a short quote",
            "“But,” Samuel Alito continued, as he addressed the lawyer, “is that not true?”",
            &[
                ("But,", Some("Samuel Alito"), Speech),
                ("is that not true?", Some("Samuel Alito"), Speech),
            ],
        ),
        (
            "a nested quote with its own speaker inside the outer one",
            "“They took my phones. The guard told me, ‘Don’t worry, nobody will open it.’ I was suspicious,” Stefania Maurizi said.",
            &[
                ("They took my phones. The guard told me, ‘Don’t worry, nobody will open it.’ I was suspicious,", Some("Stefania Maurizi"), Speech),
                ("Don’t worry, nobody will open it.", Some("The guard"), Speech),
            ],
        ),
        (
            "a nested quote of the outer speaker's own words, and a nested term",
            "“I told them, ‘No way,’ and they called it a ‘surge’ anyway,” said Tom Hughes.",
            &[
                ("I told them, ‘No way,’ and they called it a ‘surge’ anyway,", Some("Tom Hughes"), Speech),
                ("No way,", Some("Tom Hughes"), Speech),
                ("surge", None, Term),
            ],
        ),
        (
            "an opening prepositional phrase before the subject; split fragments",
            "For the next several minutes, Mike Pompeo ranted against Assange, branding him as a “narcissist,” “a fraud,” “a coward.”",
            &[
                ("narcissist,", Some("Mike Pompeo"), Speech),
                ("a fraud,", Some("Mike Pompeo"), Speech),
                ("a coward.", Some("Mike Pompeo"), Speech),
            ],
        ),
        (
            "which X described as",
            "Felicity Ruby worked at ThoughtWorks, which David Morales described as “a team of hackers.”",
            &[("a team of hackers.", Some("David Morales"), Speech)],
        ),
        (
            "a plural role as the subject",
            "The staffers were shocked when they learned of it and protested that the plan “was starting to get dangerous.”",
            &[("was starting to get dangerous.", Some("The staffers"), Speech)],
        ),
        (
            "a verb coordinated with a reported clause",
            "At the end of one argument, Tom Reyes said David Morales tore open his shirt, puffed out his chest and exclaimed, “I am a mercenary!”",
            &[("I am a mercenary!", Some("David Morales"), Speech)],
        ),
        (
            "she is a woman named before, not the police quoted since",
            "Mrs. Mary Self retired Friday.\n\n“No,” police said of the arrest.\n\n“I have enjoyed it”, she said wistfully.",
            &[
                ("No,", Some("police"), Speech),
                ("I have enjoyed it", Some("Mary Self"), Speech),
            ],
        ),
        (
            "she, several paragraphs after the woman is named",
            "“Go home,” police said of the crowd.\n\nOver the weekend, Mrs. Mary Self was a guest of the club.\n\nAfter 18 years in the office, she has retired.\n\nAs a clerk, she handled thousands of entries.\n\n“I have enjoyed it”, she said wistfully.",
            &[
                ("Go home,", Some("police"), Speech),
                ("I have enjoyed it", Some("Mary Self"), Speech),
            ],
        ),
        (
            "a speaker after the sentence opener in one long paragraph; no apposition in a verb phrase",
            "Dr Abdullah told reporters that talks would continue. \"We are hopeful,\" he said. A spokeswoman for the hospital, Jane Smith, says the boy is stable. \"He is doing well,\" she said.",
            &[
                ("We are hopeful,", Some("Abdullah"), Speech),
                ("He is doing well,", Some("Jane Smith"), Speech),
            ],
        ),
        (
            "after a finished quote, 'X says' with a clause reports something new",
            "Simon Crean says the matter is serious. \"We need to clear it up completely.\" The Lord Mayor, Jim Soorley, says the explanation does not wash.",
            &[("We need to clear it up completely.", Some("Simon Crean"), Speech)],
        ),
        (
            "a nested quote after a contracted I",
            "“Teams are made of different people, and whilst I’m saying that ‘yes, I am different to Shane’, I’m also different to Glenn,” Stuart MacGill said.",
            &[
                ("Teams are made of different people, and whilst I’m saying that ‘yes, I am different to Shane’, I’m also different to Glenn,", Some("Stuart MacGill"), Speech),
                ("yes, I am different to Shane", Some("Stuart MacGill"), Speech),
            ],
        ),
        (
            "an answer to a question, in a paragraph of its own",
            "“That can be true,” Elizabeth Prelogar said.\n\n“But there is some risk,” Samuel Alito interjected. “Do you dispute that?”\n\n“There can be a very minimal risk.”",
            &[
                ("That can be true,", Some("Elizabeth Prelogar"), Speech),
                ("But there is some risk,", Some("Samuel Alito"), Speech),
                ("Do you dispute that?", Some("Samuel Alito"), Speech),
                ("There can be a very minimal risk.", Some("Elizabeth Prelogar"), Speech),
            ],
        ),
        (
            "a quote after another speaker's indirect speech, in one long paragraph",
            "\"The figures bounce around,\" Tony Abbott said. Labor leader Simon Crean says 32,000 people stopped searching for work. \"The rate has come down because people have given up.\"",
            &[
                ("The figures bounce around,", Some("Tony Abbott"), Speech),
                ("The rate has come down because people have given up.", Some("Simon Crean"), Speech),
            ],
        ),
        (
            "Sir and a given name",
            "Allan Kemakeza was elected. Sir Allan is putting his trust in God. \"The times ahead are not going to be easy,\" he said.",
            &[("The times ahead are not going to be easy,", Some("Allan Kemakeza"), Speech)],
        ),
        (
            "Sir and a given name, as the speaker",
            "Allan Kemakeza was elected. \"We will cope,\" Sir Allan said.",
            &[("We will cope,", Some("Allan Kemakeza"), Speech)],
        ),
        (
            "a speaker whose 'says' is coordinated with another verb",
            "Labor says the Government should cut advertising. Brendan Nelson spoke. Mr Nelson will not identify any areas which could be cut and says he is not afraid. \"It is there to serve taxpayers.\"",
            &[("It is there to serve taxpayers.", Some("Brendan Nelson"), Speech)],
        ),
        (
            "a role before the name of the sentence's subject",
            "\"We were outplayed,\" Steve Waugh said. South African captain Shaun Pollock expects a better performance. \"We still believe in our side,\" he said.",
            &[
                ("We were outplayed,", Some("Steve Waugh"), Speech),
                ("We still believe in our side,", Some("Shaun Pollock"), Speech),
            ],
        ),
        (
            "the person the sentence before a quote is about",
            "Mr Ford replied: \"We will understand.\" Henry Kissinger appeared to be concerned about the implications. \"It is important that whatever you do succeeds quickly.\"",
            &[
                ("We will understand.", Some("Ford"), Speech),
                ("It is important that whatever you do succeeds quickly.", Some("Henry Kissinger"), Speech),
            ],
        ),
        (
            "interjected",
            "Justice Elena Kagan interjected, “But that can’t be right.”",
            &[("But that can’t be right.", Some("Elena Kagan"), Speech)],
        ),
    ];
    for (name, text, want) in cases {
        let got = run(text);
        let want: Vec<(String, Option<String>, QuoteKind)> = want
            .iter()
            .map(|(t, s, k)| (t.to_string(), s.map(str::to_string), *k))
            .collect();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn pronoun_without_antecedent_stays_unattributed() {
    let got = run("“We will win,” he said.");
    assert_eq!(got, [("We will win,".to_string(), None, Speech)]);
}

#[test]
fn offsets_and_cues() {
    let d = doc("Intro.\n\n“Yes,” said Jane Roe.");
    let q = &extract(&d, &[])[0];
    assert_eq!(q.paragraph, 1);
    assert_eq!(&d.paragraphs[1][q.start..q.end], "Yes,");
    assert_eq!(q.cue.as_deref(), Some("said"));
}

#[test]
fn entities_link_speakers_and_resolve_pronouns() {
    let text = "Minister Leila Haddad visited the port.\n\n“The port is safe,” she said. “It is open,” Haddad added.";
    let d = doc(text);
    let p0 = &d.paragraphs[0];
    let start = p0.find("Leila").unwrap();
    let entities = vec![
        Entity {
            name: "Port Authority".into(),
            kind: EntityKind::Organization,
            aliases: vec![],
            mentions: vec![],
        },
        Entity {
            name: "Leila Haddad".into(),
            kind: EntityKind::Person,
            aliases: vec!["Haddad".into()],
            mentions: vec![Mention {
                paragraph: 0,
                start,
                end: start + "Leila Haddad".len(),
                role: Some("Minister".into()),
            }],
        },
    ];
    let quotes = extract(&d, &entities);
    assert_eq!(quotes.len(), 2);
    for q in &quotes {
        let s = q.speaker.as_ref().expect("attributed");
        assert_eq!(s.name, "Leila Haddad");
        assert_eq!(s.entity, Some(1));
    }
}

#[test]
fn organization_words_beat_an_entity_list_that_says_person() {
    let text =
        "Maria Lopez is an engineer at the Space Division in Ohio.\n\n“We are ready,” she said.";
    let d = doc(text);
    let start = d.paragraphs[0].find("Space").unwrap();
    let entities = vec![Entity {
        name: "Space Division".into(),
        kind: EntityKind::Person,
        aliases: vec![],
        mentions: vec![Mention {
            paragraph: 0,
            start,
            end: start + "Space Division".len(),
            role: None,
        }],
    }];
    let quotes = extract(&d, &entities);
    assert_eq!(quotes[0].speaker.as_ref().unwrap().name, "Maria Lopez");
}

#[test]
fn bad_input_never_panics() {
    let huge = format!("“{}", "word ".repeat(100_000));
    let cases = [
        String::new(),
        "“".to_string(),
        "”".to_string(),
        "\"".repeat(1001),
        "'’‘«»„“”".repeat(50),
        huge,
        "🙂 “🙂🙂,” قال أحمد. «Привет», — сказал Иван. 「你好」".to_string(),
        "said said said “, ” said".to_string(),
    ];
    for text in &cases {
        let d = Document {
            id: "x".into(),
            title: "x".into(),
            title_derived: true,
            date: None,
            source: None,
            url: None,
            paragraphs: vec![text.clone(), text.clone()],
        };
        for q in extract(&d, &[]) {
            let p = &d.paragraphs[q.paragraph];
            assert!(p.is_char_boundary(q.start) && p.is_char_boundary(q.end));
            assert_eq!(&p[q.start..q.end], q.text);
        }
    }
}

#[test]
fn bundled_article_quotes_are_all_attributed() {
    let text = include_str!("../../../../seeds/000_1c3fc3bf6f08bbcf.txt");
    let d = parse("seed-basra", Format::Text, text.as_bytes()).unwrap();
    let quotes = extract(&d, &[]);
    let speech: Vec<&Quote> = quotes.iter().filter(|q| q.kind == Speech).collect();
    assert!(speech.len() >= 16, "{} speech quotes", speech.len());
    assert!(speech.iter().all(|q| q.speaker.is_some()));
}
