// Test files a reader would "add" to Sift, for the end-to-end tests of the import feature.
//
// writeFixtures(dir) writes 22 files: 20 short invented news stories that import fine
// (.txt in UTF-8 and in Windows-1252, .md, saved .html pages, .docx, .pdf with a text
// layer) and 2 that must be refused (a JPEG photo and an image-only "scanned" PDF). Each
// comes with `expect`, what was written into it: its title, the people, place and
// organization it names, and one quotation (speaker and the first words of the quote), so
// a test can look them up in the app. Every file's people are its own.
//
// Dependency-free: Node built-ins only. The .docx and .pdf files are made here (`docx`,
// `pdf`, `imageOnlyPdf`, `zip` below), byte for byte the same on every run.
//
//   import { writeFixtures } from './fixtures.mjs';
//   for (const { name, path, kind, expect } of writeFixtures('/tmp/fx')) ...
//
// kind: 'txt' | 'md' | 'txt-1252' | 'html' | 'docx' | 'pdf' | 'jpg'.
// expect, good files: { title, people, place, organization, quote: { speaker, textStart } }
//   and where it applies: date (YYYY-MM-DD), encoding ('windows-1252'), absent (page
//   furniture text that must not be imported), wholePage (an HTML page with no <article>),
//   pages (a PDF's page count), pdfOnlyWord (a word in that PDF and in no other file).
// expect, bad files: { bad: true }.

import { deflateRawSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';

// ---------------------------------------------------------------------------------------
// The texts
// ---------------------------------------------------------------------------------------

/** Plain-text stories: UTF-8 (`crlf`: Windows line ends) or Windows-1252 (`cp1252`). */
const TEXTS = [
  {
    name: 'footbridge.txt',
    text: `Halden footbridge to reopen after two-year repair

The Millrace footbridge in Halden will reopen to pedestrians on April 14, ending two years of detours for commuters who cross the river on foot, Halden Town Council announced on Tuesday.

The iron bridge, built in the 1890s, was closed in the spring of 2022 after inspectors found corrosion in two of its main girders. The repairs cost 3.1 million pounds, almost a third more than first estimated.

"We kept our promise to this town," said Mayor Helen Okafor, who refused in 2022 to have the crossing demolished. "People told us it was cheaper to knock it down and start again. They were right about the cost and wrong about the town."

Okafor said the council would add lighting and a ramp for wheelchair users before the reopening. Declan Mercer, whose newsagent's shop sits at the north end of the bridge, said his trade had fallen by a quarter since the closure.

"Half my morning customers just disappeared," Mercer said. "I'll be at the ribbon cutting with a box of biscuits."
`,
    expect: {
      title: 'Halden footbridge to reopen after two-year repair',
      people: ['Helen Okafor', 'Declan Mercer'],
      place: 'Halden',
      organization: 'Halden Town Council',
      quote: { speaker: 'Helen Okafor', textStart: 'We kept our promise to this town' },
    },
  },
  {
    // curly quotes and em dashes
    name: 'harbour-strike.txt',
    text: `Port Carrow dockworkers walk out over night shifts

Dockworkers at Port Carrow began a 48-hour strike on Monday over new night-shift rotas, halting the loading of container ships at the country’s third-busiest harbour.

The walkout—the first at the port in eleven years—was called by the Dockworkers’ Guild after talks with the Carrow Harbour Authority broke down on Friday evening.

“We are not asking for the moon,” said Priya Raman, the guild’s chief negotiator. “We are asking to see our children on a weekday.”

The authority says the new rotas are needed to handle the larger ships that now arrive at night. Its director, Tobias Lindqvist, said the changes had been offered together with a 4 per cent pay rise and extra days off.

“The offer is fair and it is still on the table,” Lindqvist said. “Every hour the cranes stand still costs the port—and the people who depend on it.”

By Monday afternoon around forty ships were waiting offshore.
`,
    expect: {
      title: 'Port Carrow dockworkers walk out over night shifts',
      people: ['Priya Raman', 'Tobias Lindqvist'],
      place: 'Port Carrow',
      organization: 'Carrow Harbour Authority',
      quote: { speaker: 'Priya Raman', textStart: 'We are not asking for the moon' },
    },
  },
  {
    // YAML front matter
    name: 'school-budget.txt',
    text: `---
title: Eastfield schools face two million pound shortfall
date: 2024-03-05
---
The Eastfield School Board has warned that it faces a shortfall of two million pounds next year, and that music lessons, school buses and two teaching posts could be cut to balance the budget.

Superintendent Marguerite Ashby told a packed board meeting in Eastfield on Monday night that rising energy bills and a smaller grant from the state had left the district with no easy choices.

Ashby said: "We have cut everything that can be cut without children noticing. What is left, they will notice."

Parents crowded the hall and the corridor outside. Kwame Boateng, whose two sons attend Eastfield Primary School, said families had not been told how much the buses cost or how many pupils used them.

"Show us the numbers and we will help you find the money," Boateng told the board. "Don't ask us to choose between the bus and the violin."

The board will vote on the budget on March 26.
`,
    expect: {
      title: 'Eastfield schools face two million pound shortfall',
      date: '2024-03-05',
      people: ['Marguerite Ashby', 'Kwame Boateng'],
      place: 'Eastfield',
      organization: 'Eastfield School Board',
      quote: { speaker: 'Marguerite Ashby', textStart: 'We have cut everything that' },
    },
  },
  {
    name: 'river-flood.txt',
    text: `Wexbridge residents told to prepare for flooding

The Northern Rivers Agency issued a severe flood warning on Thursday for the low-lying streets near the river in Wexbridge, telling people to move their belongings upstairs before the water peaks on Friday night.

Three days of heavy rain have filled the reservoirs upstream, and the agency expects the river to rise higher than it did in the floods of 2015, when more than 300 homes were damaged.

"Move your car, your medicines and your important papers upstairs tonight," said Anders Holm, the agency's emergency coordinator. "Do not wait until you can see water in the street."

Volunteers spent the afternoon filling sandbags in the market car park. Rosa Delgado, who has lived on Quay Street for thirty years, said she had already carried her photo albums to the attic.

"Last time the water came up to the second stair," Delgado said. "This time I'm not taking any chances."

A rest centre will open at the town hall from six o'clock on Friday evening.
`,
    expect: {
      title: 'Wexbridge residents told to prepare for flooding',
      people: ['Anders Holm', 'Rosa Delgado'],
      place: 'Wexbridge',
      organization: 'Northern Rivers Agency',
      quote: { speaker: 'Anders Holm', textStart: 'Move your car, your medicines' },
    },
  },
  {
    // one paragraph a line, no blank lines
    name: 'library-reopens.txt',
    text: `Kingsmere library reopens after flood repairs
The central library in Kingsmere reopened on Saturday, eighteen months after a burst water main flooded its basement and destroyed more than 20,000 books.
The Kingsmere Library Trust, which runs the building, spent 1.4 million pounds on repairs, new shelving and a children's reading room on the ground floor.
"We lost books, but we never lost readers," said Imogen Farrow, the head librarian, as the first visitors queued outside in the rain.
Councillor Samuel Adeyemi, who chairs the council's culture committee, said donations from residents had replaced nearly half of the lost stock.
Adeyemi said: "People turned up with boxes of books from their attics. Some of them had been borrowed from this library in the 1970s and never returned."
The library will open seven days a week from April.
`,
    expect: {
      title: 'Kingsmere library reopens after flood repairs',
      people: ['Imogen Farrow', 'Samuel Adeyemi'],
      place: 'Kingsmere',
      organization: 'Kingsmere Library Trust',
      quote: { speaker: 'Imogen Farrow', textStart: 'We lost books, but we never lost readers' },
    },
  },
  {
    name: 'wind-farm.txt',
    crlf: true,
    text: `Tarran islanders back community wind farm

Residents of Tarran Island have voted to build three wind turbines on the island's northern moor, in a project that will be owned by the islanders themselves.

The Tarran Community Energy Trust, which counts 640 of the island's 900 residents as members, said the turbines would make twice as much electricity as the island uses, with the surplus sold to the mainland through an undersea cable.

"This is the first time in living memory that the island has decided its own future," said Fiona MacLeod, the trust's chair. "The wind has always been our enemy. Now it will pay for the school bus."

The project's engineer, Rajesh Iyer, said construction could begin next spring if planning permission is granted. Iyer said the hardest part would be landing the turbine blades at the island's small pier.

Profits will go into a fund for housing and transport on the island.
`,
    expect: {
      title: 'Tarran islanders back community wind farm',
      people: ['Fiona MacLeod', 'Rajesh Iyer'],
      place: 'Tarran Island',
      organization: 'Tarran Community Energy Trust',
      quote: { speaker: 'Fiona MacLeod', textStart: 'This is the first time in living memory' },
    },
  },
  {
    name: 'cafe-latin1.txt',
    cp1252: true,
    text: `Zürich café owner wins fight over terrace

José Núñez, who has run a small Spanish café in Zürich's old town for fifteen years, has won his appeal against a city order to remove the outdoor terrace where most of his customers sit.

The city's planning office had argued that the terrace, with eight tables and a row of lemon trees, blocked an emergency route. An appeal panel ruled on Friday that a narrower layout would leave enough room for fire engines.

“I cried when I read the letter,” said José Núñez. “Without the terrace there is no café, only a kitchen and a lot of chairs.”

Renée Fischer, who speaks for the Zürich Chamber of Commerce, said the case had worried many small businesses in the old town. Fischer called the ruling “a sensible compromise” and said other owners would now ask for the same treatment.

Núñez says he will celebrate with a paella for his regulars – and a café crème for the inspector.
`,
    expect: {
      title: 'Zürich café owner wins fight over terrace',
      encoding: 'windows-1252',
      people: ['José Núñez', 'Renée Fischer'],
      place: 'Zürich',
      organization: 'Zürich Chamber of Commerce',
      quote: { speaker: 'José Núñez', textStart: 'I cried when I read the letter' },
    },
  },
  {
    name: 'choir-festival-1252.txt',
    cp1252: true,
    text: `Lübeck choir festival returns after four-year break

The choir festival in Lübeck will return in June after a four-year break, with 40 choirs from twelve countries booked to sing in the city’s churches, courtyards and squares.

Its new artistic director, the Spanish conductor Begoña Ibáñez, has moved much of the programme outdoors and added a première of a piece written for the festival’s return.

“We want the whole city to sing, not only the choirs,” said Begoña Ibáñez. “There will be open rehearsals in the market square that anyone can join, whether or not they can read music.”

Jürgen Wöhler, who chairs the Hanseatic Music Foundation, which pays for most of the festival, said ticket sales had already passed those of the last festival. “People missed this more than we expected,” Wöhler said.

The festival runs from June 7 to June 16.
`,
    expect: {
      title: 'Lübeck choir festival returns after four-year break',
      encoding: 'windows-1252',
      people: ['Begoña Ibáñez', 'Jürgen Wöhler'],
      place: 'Lübeck',
      organization: 'Hanseatic Music Foundation',
      quote: { speaker: 'Begoña Ibáñez', textStart: 'We want the whole city to sing' },
    },
  },
];

/** Markdown stories. */
const MARKDOWN = [
  {
    name: 'night-buses.md',
    text: `# Redmoor unveils plan for all-night buses

The Redmoor Transit Authority has proposed running buses through the night on the busiest routes in Redmoor, in a plan published on Wednesday that it says would cost *less than a single new road junction*.

Under the plan, night buses would run every 30 minutes between midnight and 5am on:

- the 11, to the hospital and the airport road
- the 23, through the old town
- the 40 and 41 orbital routes

"Thousands of people work at night in this city, and at the moment we leave them to taxis or to walking," said Gabriela Moreno, the city's transport commissioner.

## Campaigners want more

Oliver Brandt, of the cycling and walking group **Streets for Redmoor**, welcomed the plan but said it did not go far enough. Brandt said: "Night buses are a start. Safe, lit cycle routes would help the same people for a fraction of the price."

The authority will hold public meetings on the proposal in April.
`,
    expect: {
      title: 'Redmoor unveils plan for all-night buses',
      people: ['Gabriela Moreno', 'Oliver Brandt'],
      place: 'Redmoor',
      organization: 'Redmoor Transit Authority',
      quote: { speaker: 'Gabriela Moreno', textStart: 'Thousands of people work at night' },
    },
  },
  {
    // front matter
    name: 'childrens-wing.md',
    text: `---
title: Linton General opens new children's wing
date: 2024-02-19
source: Linton Gazette
---
The new children's wing at **Linton General Hospital** in Linton Falls opened to its first patients on Monday, two years after the old ward was declared unfit for use.

## What the wing offers

- 32 beds, each with a fold-out bed for a parent
- a playroom and a small classroom
- a garden on the roof

"For the first time, parents will not have to sleep in a chair next to their child," said Dr. Amara Nwosu, the hospital's head of paediatrics. "That sounds like a small thing. It is not."

Graham Pettigrew, whose daughter spent ten weeks on the old ward last year, raised more than 60,000 pounds for the playroom by *walking the length of the country*. "I promised the nurses I would do something," Pettigrew said. "I just didn't expect it to take 900 miles."
`,
    expect: {
      title: "Linton General opens new children's wing",
      date: '2024-02-19',
      people: ['Amara Nwosu', 'Graham Pettigrew'],
      place: 'Linton Falls',
      organization: 'Linton General Hospital',
      quote: { speaker: 'Amara Nwosu', textStart: 'For the first time, parents will not' },
    },
  },
  {
    name: 'market-fire.md',
    text: `# Fire destroys stalls at Dunmore covered market

Fire swept through the Victorian covered market in Dunmore early on Tuesday, destroying at least 14 of its 60 stalls and badly damaging the glass roof.

Dunmore Fire Service sent six engines after the alarm was raised at 2.50am. Nobody was hurt. Brenda Kowalczyk, the chief fire officer, said the cause was _not yet known_ and that investigators would begin work once the building was safe.

"Our crews did an extraordinary job to stop this spreading to the houses on Cross Street," Kowalczyk said.

Hassan Qureshi, who has sold spices at the market for twenty-two years, lost his whole stock. Qureshi said: "Everything I own was on those shelves. But the other traders have already offered me a corner of their stalls."

What the traders are asking for:

1. a temporary site in the town square
2. a pause in rents while the market is closed
3. a date for the reopening
`,
    expect: {
      title: 'Fire destroys stalls at Dunmore covered market',
      people: ['Brenda Kowalczyk', 'Hassan Qureshi'],
      place: 'Dunmore',
      organization: 'Dunmore Fire Service',
      quote: { speaker: 'Brenda Kowalczyk', textStart: 'Our crews did an extraordinary job' },
    },
  },
];

/** Furniture text on every saved page: none of it may be imported. */
const FURNITURE = ['We use cookies', 'Accept all', 'All rights reserved', 'Subscribe', 'trackPageView'];

/** Saved news pages: the story's HTML, wrapped by `page()` in the site's furniture. */
const PAGES = [
  {
    name: 'tram-extension.html',
    site: 'The Saltmarsh Post',
    date: '2024-03-11',
    title: 'Saltmarsh tram extension to open in June',
    story: `
<h1>Saltmarsh tram extension to open in June</h1>
<p>The long-delayed extension of the tram line in Saltmarsh to the university campus will open to passengers on June 3, the Saltmarsh Transport Authority said on Monday.</p>
<p>The 4.2-kilometre branch, with five new stops, was due to open last year but was held up by a dispute over the design of a bridge across the ring road.</p>
<p>&ldquo;We owe passengers an apology for the wait, and a very good service from the first day,&rdquo; said Clara Whitcombe, the network&rsquo;s chief engineer.</p>
<p>The new stops are:</p>
<ul>
  <li>University Gate</li>
  <li>Millbrook Road</li>
  <li>Foundry Square</li>
  <li>Harbour Road</li>
  <li>Campus Terminus</li>
</ul>
<p>Councillor Yusuf Demir, who has campaigned for the extension since 2016, said it would take hundreds of cars off the ring road every morning. Demir said: &ldquo;Students and nurses have been waiting for this for eight years.&rdquo;</p>
<p>Trams will run every seven minutes at peak times.</p>`,
    expect: {
      people: ['Clara Whitcombe', 'Yusuf Demir'],
      place: 'Saltmarsh',
      organization: 'Saltmarsh Transport Authority',
      quote: { speaker: 'Clara Whitcombe', textStart: 'We owe passengers an apology' },
    },
  },
  {
    name: 'mine-rescue.html',
    site: 'Ridge Valley Herald',
    date: '2024-01-24',
    title: 'Six miners rescued after night underground at Kestrel Ridge',
    story: `
<h1>Six miners rescued after night underground at Kestrel Ridge</h1>
<p>Six miners trapped by a rockfall at the Kestrel Ridge colliery were brought to the surface early on Wednesday, fourteen hours after the roof of a tunnel collapsed behind them.</p>
<p>Rescue teams from the Kestrel Mining Corporation cut through nearly thirty metres of rubble overnight. All six men were taken to hospital for checks; none was seriously hurt.</p>
<figure><img src="shaft.jpg" alt=""><figcaption>The pithead at Kestrel Ridge on Wednesday morning. Photograph: Herald staff</figcaption></figure>
<p>“When we heard them knocking on the pipe, the whole team just stopped and listened,” said Thandiwe Mokoena, who led the rescue. “Then we worked twice as fast.”</p>
<ul>
  <li>The rockfall happened at 3.40pm on Tuesday.</li>
  <li>Rescuers reached the men at 5.15am.</li>
  <li>The tunnel will stay closed while inspectors investigate.</li>
</ul>
<p>Piotr Zielinski, 34, the youngest of the six, said the men had shared two bottles of water and taken turns to sleep.</p>
<p>“I thought about my daughter the whole time,” Zielinski said. “I kept telling myself I had promised to take her swimming on Saturday.”</p>
<aside class="related"><h2>Related</h2><ul><li><a href="/news/colliery-safety-review">Colliery safety review ordered</a></li></ul></aside>`,
    expect: {
      people: ['Thandiwe Mokoena', 'Piotr Zielinski'],
      place: 'Kestrel Ridge',
      organization: 'Kestrel Mining Corporation',
      quote: { speaker: 'Thandiwe Mokoena', textStart: 'When we heard them knocking' },
      absent: ['Colliery safety review ordered', 'Photograph: Herald staff'],
    },
  },
  {
    name: 'vaccine-clinic.html',
    site: 'Marlow Bay Times',
    date: '2024-02-03',
    title: 'Walk-in vaccine clinic opens in Marlow Bay',
    story: `
<h1>Walk-in vaccine clinic opens in Marlow Bay</h1>
<p>A walk-in vaccination clinic opened on Saturday in the former post office on Marlow Bay&rsquo;s high street, offering flu and measles jabs without an appointment.</p>
<p>The Marlow Bay Health Department said more than 300 people came through the doors on the first day, many of them parents with young children.</p>
<p>&ldquo;We wanted to take away every excuse, including the phone queue,&rdquo; said Dr. Hyun-woo Park, the department&rsquo;s director of public health.</p>
<ul>
  <li>Open Tuesday to Saturday, 9am to 5pm</li>
  <li>No appointment or registration needed</li>
  <li>Free for all residents</li>
</ul>
<p>Eleanor Voss, a retired teacher who was first in the queue, said she had tried for weeks to book a flu jab at her surgery. &ldquo;I came at half past eight with a flask of tea,&rdquo; Voss said. &ldquo;I was out by nine.&rdquo;</p>
<p>The clinic will run until the end of April.</p>`,
    expect: {
      people: ['Hyun-woo Park', 'Eleanor Voss'],
      place: 'Marlow Bay',
      organization: 'Marlow Bay Health Department',
      quote: { speaker: 'Hyun-woo Park', textStart: 'We wanted to take away every excuse' },
    },
  },
  {
    // no <article> or <main>: the story is in plain <div>s
    name: 'stadium-vote.html',
    site: 'Thornbury Echo',
    date: '2024-03-04',
    title: 'Thornbury residents vote against stadium plan',
    divs: true,
    story: `
<div class="headline"><h1>Thornbury residents vote against stadium plan</h1></div>
<div class="text">
<p>Residents of Thornbury have voted against plans for a 12,000-seat football stadium on farmland north of the town, in a non-binding ballot organised by the parish council.</p>
<p>Of the 4,810 people who voted, 62 per cent opposed the scheme put forward by Thornbury Athletic Football Club, which has played at its cramped Mill Street ground since 1921.</p>
<p>"The result is clear, and the club should listen to it," said Ingrid Solberg, who leads a residents' group opposed to the plan. "Nobody here is against football. We are against a car park the size of a village."</p>
<p>The main objections raised in the ballot were:</p>
<ul>
  <li>traffic on the narrow lanes north of the town</li>
  <li>the loss of farmland</li>
  <li>floodlights and noise on match nights</li>
</ul>
<p>The club's chairman, Marcus Delaney, said he was disappointed but would not give up on the plan. "We will sit down with residents and look again at traffic and parking," Delaney said.</p>
<p>The district council is expected to decide on the planning application in May.</p>
</div>`,
    expect: {
      people: ['Ingrid Solberg', 'Marcus Delaney'],
      place: 'Thornbury',
      organization: 'Thornbury Athletic Football Club',
      quote: { speaker: 'Ingrid Solberg', textStart: 'The result is clear, and the club' },
      wholePage: true,
      absent: ['Most read', 'Letters to the editor'],
    },
  },
];

/**
 * Word documents. A paragraph is a string or an array of runs (a run: a string, or
 * { text, b, i } for bold or italic); "\t" in a run is a tab. `headings`: the indices of
 * the Heading 1 paragraphs.
 */
const WORD = [
  {
    name: 'port-expansion.docx',
    title: 'Glenmouth port expansion approved despite fishermen’s fears',
    date: '2024-02-29T10:15:00Z',
    headings: [0],
    paragraphs: [
      'Glenmouth port expansion approved despite fishermen’s fears',
      'Plans to double the size of the container terminal at Glenmouth were approved on Thursday by the regional planning board, clearing the way for building work to begin in the autumn.',
      ['The ', 'expan', 'sion, proposed by the ', { text: 'Glenmouth Port Company', b: true }, ', will add two deep-water berths and a rail link to the town’s industrial estate.'],
      '“This is the biggest investment the harbour has seen in a century,” said Harriet Lowe, the company’s chief executive. “It means four hundred jobs while we build and two hundred after.”',
      'Local fishermen say the new berths will take the sheltered water where they moor their boats in winter. Emeka Obi, who has fished out of Glenmouth for thirty years, said the company had not listened.',
      'Obi said: “They showed us drawings and asked for our views, and then they built exactly what was in the drawings.”',
      'Estimated cost:\t212 million pounds',
      'The company said it would set aside moorings for the fishing fleet inside the old harbour wall.',
    ],
    expect: {
      people: ['Harriet Lowe', 'Emeka Obi'],
      place: 'Glenmouth',
      organization: 'Glenmouth Port Company',
      quote: { speaker: 'Harriet Lowe', textStart: 'This is the biggest investment' },
    },
  },
  {
    name: 'drought-farmers.docx',
    title: 'Farmers in the Ardell Valley face a third dry summer',
    date: '2024-03-01T08:00:00Z',
    headings: [0, 3],
    paragraphs: [
      'Farmers in the Ardell Valley face a third dry summer',
      'Reservoirs serving the Ardell Valley are at 41 per cent of capacity, the lowest March level on record, and farmers are preparing for water restrictions for the third summer in a row.',
      'Willem de Vries, who grows potatoes and barley on 300 acres near the river, said he had already cut his planting by a third. “I have never seen the ground this hard in spring,” de Vries said. “We are gambling every time we put seed in.”',
      'Calls for compensation',
      'The Ardell Farmers Union has asked the government for a compensation scheme like the one offered to livestock farmers after the last drought.',
      ['Sunita Raghavan', ', the union’s president, said ', { text: 'members could not wait another year', i: true }, ' for a decision. “Every week of delay is another field left bare,” she said.'],
      'Reservoir level:\t41 per cent of capacity',
      'A spokesperson for the agriculture ministry said the request was being considered.',
    ],
    expect: {
      people: ['Willem de Vries', 'Sunita Raghavan'],
      place: 'Ardell Valley',
      organization: 'Ardell Farmers Union',
      quote: { speaker: 'Willem de Vries', textStart: 'I have never seen the ground' },
    },
  },
  {
    name: 'museum-theft.docx',
    title: 'Two paintings stolen from Norcaster museum',
    date: '2024-01-15T16:30:00Z',
    headings: [0],
    paragraphs: [
      'Two paintings stolen from Norcaster museum',
      'Police in Norcaster are searching for two small landscape paintings taken from the Norcaster Museum of Art in the early hours of Sunday, in what detectives believe was a planned theft.',
      'The works, both by a nineteenth-century local painter, were removed from a ground-floor gallery after a window was forced. Neither painting was insured for more than a few thousand pounds.',
      '“Whoever did this knew exactly which room they wanted,” said Detective Inspector Colm Brennan. “They were in and out in under four minutes.”',
      ['Beatrix Hallworth, the museum’s ', 'cur', 'ator, said the paintings mattered more to the town than to any collector. ', { text: '“They show the harbour as it was before the mills,”', i: true }, ' she said.'],
      'Reward offered:\t5,000 pounds for information',
      'The museum will stay closed until Wednesday. Anyone with information is asked to call Norcaster police.',
    ],
    expect: {
      people: ['Colm Brennan', 'Beatrix Hallworth'],
      place: 'Norcaster',
      organization: 'Norcaster Museum of Art',
      quote: { speaker: 'Colm Brennan', textStart: 'Whoever did this knew exactly' },
    },
  },
];

/**
 * PDFs: pages of lines, wrapped at about 70 characters as a PDF has them; '' is the gap
 * between two paragraphs. The title is drawn as a larger heading at the top of page 1.
 */
const PDFS = [
  {
    name: 'viaduct-stone.pdf',
    title: 'Rare stone found in Caldbeck viaduct piers',
    pages: [
      [
        'Engineers repairing the railway viaduct at Caldbeck have found that',
        'its central piers were built from zeptolith, a banded grey stone that',
        'geologists had believed was quarried only in small amounts and never',
        'used in large structures.',
        '',
        'The discovery was made in January, when workers from the Northern Rail',
        'Heritage Trust removed a layer of Victorian render from the third',
        'pier. Samples were sent to a university laboratory, where Adaeze Umeh,',
        'a professor of geology, confirmed the identification last week.',
        '',
        '“Nobody expected to find this much of it in one place,” said Umeh. “It',
        'tells us the builders had access to a quarry that has since been lost,',
        'and we would very much like to find it again.”',
        '',
        'The viaduct has been closed to trains since storms in 2021, and the',
        'find will slow the repairs and could delay the planned recon-',
        'struction of its eastern embankment. The trust had planned to replace',
      ],
      [
        'damaged blocks with sandstone from the next valley, but it must now',
        'ask heritage officials whether a different stone can be used (the',
        'piers are listed structures).',
        '',
        'Fergus Lannigan, the trust’s project manager, said the delay could be',
        'as short as six weeks. “We would rather lose a season than get this',
        'wrong,” Lannigan said. “The viaduct has stood for 160 years. It can',
        'wait for us to do the job properly.”',
        '',
        'The trust hopes to reopen the line to heritage steam trains in the',
        'summer of 2025.',
      ],
    ],
    expect: {
      people: ['Adaeze Umeh', 'Fergus Lannigan'],
      place: 'Caldbeck',
      organization: 'Northern Rail Heritage Trust',
      quote: { speaker: 'Adaeze Umeh', textStart: 'Nobody expected to find this much' },
      pages: 2,
      pdfOnlyWord: 'zeptolith',
    },
  },
  {
    name: 'orchard-grant.pdf',
    title: 'Growers win grant to replant Hollins Valley orchards',
    pages: [
      [
        'Fruit growers in Hollins Valley have been awarded 480,000 pounds to',
        'replant orchards lost to a fungal disease that has killed more than',
        "9,000 apple trees (about a fifth of the valley's total) since 2019.",
        '',
        'The money, from a national rural development fund, will be managed by',
        'the Hollins Valley Growers Association, which says it will favour',
        'older local varieties that have shown more resistance to the disease.',
        '',
        '"Some of these trees were planted by our grandparents," said Nadia',
        'Haddad, who chairs the association. "Replanting is not only about the',
        'harvest. It is about keeping the valley what it is."',
        '',
        'Bernard Quist, whose family has grown cider apples on the eastern',
        'slopes for four generations, said he would plant 300 trees in the',
        'autumn. Quist said: "It will be eight years before they crop properly,',
        'so this is a gift to whoever farms here next."',
        '',
        'The first of the new trees will go into the ground in November, and',
        'the association will publish a list of the varieties it has chosen in',
        'the spring.',
      ],
    ],
    expect: {
      people: ['Nadia Haddad', 'Bernard Quist'],
      place: 'Hollins Valley',
      organization: 'Hollins Valley Growers Association',
      quote: { speaker: 'Nadia Haddad', textStart: 'Some of these trees were planted' },
      pages: 1,
    },
  },
];

// ---------------------------------------------------------------------------------------
// Writing the set
// ---------------------------------------------------------------------------------------

/** Write the fixture files into `dir` (created if missing); returns [{name, path, kind, expect}] */
export function writeFixtures(dir) {
  mkdirSync(dir, { recursive: true });
  const files = [];
  const add = (name, kind, bytes, expect) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    files.push({ name, path, kind, expect });
  };
  for (const t of TEXTS) {
    const text = t.crlf ? t.text.replace(/\n/g, '\r\n') : t.text;
    add(t.name, t.cp1252 ? 'txt-1252' : 'txt', t.cp1252 ? cp1252(text) : Buffer.from(text, 'utf8'), t.expect);
  }
  for (const m of MARKDOWN) add(m.name, 'md', Buffer.from(m.text, 'utf8'), m.expect);
  for (const p of PAGES) {
    add(p.name, 'html', Buffer.from(page(p), 'utf8'), {
      title: p.title,
      date: p.date,
      ...p.expect,
      absent: [...FURNITURE, ...(p.expect.absent ?? [])],
    });
  }
  for (const w of WORD) {
    add(w.name, 'docx', docx(w.paragraphs, w), { title: w.title, date: w.date.slice(0, 10), ...w.expect });
  }
  for (const p of PDFS) add(p.name, 'pdf', pdf(p.pages, { title: p.title }), { title: p.title, ...p.expect });
  add('photo.jpg', 'jpg', jpeg(), { bad: true });
  add('scan.pdf', 'pdf', imageOnlyPdf(), { bad: true });
  return files;
}

// ---------------------------------------------------------------------------------------
// The makers
// ---------------------------------------------------------------------------------------

/** A saved news page: the story among the site's menus, cookie banner, scripts and footer. */
function page({ site, date, title, story, divs }) {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const body = divs
    ? `<div id="content" class="wrapper">
<div class="story">${story}
</div>
<div class="sidebar">
  <h3>Most read</h3>
  <ol><li><a href="/news/bypass">Bypass consultation extended</a></li><li><a href="/news/letters">Letters to the editor</a></li></ol>
</div>
</div>`
    : `<main id="main">
<article class="story">${story}
</article>
</main>`;
  return `<!DOCTYPE html>
<!-- saved from url=(0060)https://www.example.com/news/2024/${slug} -->
<html lang="en"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | ${site}</title>
<meta property="og:site_name" content="${site}">
<meta property="og:title" content="${title}">
<meta property="article:published_time" content="${date}T07:30:00Z">
<style>
  body { font-family: Georgia, serif; margin: 0; }
  .cookie { position: fixed; bottom: 0; background: #222; color: #fff; }
  nav ul { display: flex; list-style: none; }
</style>
<script>
  window.analytics = window.analytics || [];
  window.analytics.push(['trackPageView', '${slug}']);
</script>
</head>
<body>
<div class="cookie" id="cookie-notice">
  <p>We use cookies to give you the best experience on our site. Read our <a href="/privacy">privacy policy</a>.</p>
  <button type="button">Accept all</button>
</div>
<header class="masthead">
  <a href="/" class="logo">${site}</a>
  <nav>
    <ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li><li><a href="/subscribe">Subscribe</a></li></ul>
  </nav>
</header>
${body}
<footer class="site-footer">
  <p>&copy; 2024 ${site}. All rights reserved.</p>
  <p><a href="/contact">Contact us</a> &middot; <a href="/terms">Terms</a></p>
</footer>
<script>document.querySelector('.cookie button').onclick = () => document.querySelector('.cookie').remove();</script>
</body>
</html>
`;
}

/** `text` in Windows-1252 (Latin-1 plus curly quotes, dashes and the like in 0x80–0x9F). */
function cp1252(text) {
  const extra = { '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from(
    [...text].map((c) => {
      const code = c.codePointAt(0);
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      if (c in extra) return extra[c];
      throw new Error(`not in Windows-1252: ${c}`);
    }),
  );
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A minimal .docx: `paragraphs` as in WORD above; `title` goes into docProps/core.xml's
 * dc:title, `headings` are the indices of the Heading 1 paragraphs, `date` (ISO) is the
 * created date.
 */
export function docx(paragraphs, { title, headings = [], date = '2024-03-05T09:00:00Z', author = 'Newsroom' } = {}) {
  const run = (r) => {
    const { text, b, i } = typeof r === 'string' ? { text: r } : r;
    const props = b || i ? `<w:rPr>${b ? '<w:b/>' : ''}${i ? '<w:i/>' : ''}</w:rPr>` : '';
    const parts = text.split('\t').map((t) => (t ? `<w:t xml:space="preserve">${xmlEscape(t)}</w:t>` : ''));
    return `<w:r>${props}${parts.join('<w:tab/>')}</w:r>`;
  };
  const body = paragraphs
    .map((p, n) => {
      const style = headings.includes(n) ? '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' : '';
      const runs = (typeof p === 'string' ? [p] : p).map(run).join('');
      return `<w:p>${style}${runs}</w:p>`;
    })
    .join('\n');
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return zip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(`${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(`${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`),
    },
    {
      name: 'word/document.xml',
      data: Buffer.from(`${decl}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body>
${body}
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body>
</w:document>`),
    },
    {
      name: 'docProps/core.xml',
      data: Buffer.from(`${decl}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>${xmlEscape(title ?? '')}</dc:title>
<dc:creator>${xmlEscape(author)}</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>
</cp:coreProperties>`),
    },
  ]);
}

/** A PDF string literal of `text`: WinAnsi bytes, with ( ) \ escaped and non-ASCII as \ddd. */
function pdfString(text) {
  let out = '(';
  for (const byte of cp1252(text)) {
    const c = String.fromCharCode(byte);
    if (c === '(' || c === ')' || c === '\\') out += `\\${c}`;
    else if (byte < 0x20 || byte > 0x7e) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += c;
  }
  return `${out})`;
}

/** A PDF 1.4 file of `objects` (bodies of objects 1..n; object 1 the catalog), with an xref table. */
function pdfFile(objects, info) {
  const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0].length;
  const offsets = [];
  const all = info ? [...objects, info] : objects;
  all.forEach((body, i) => {
    offsets.push(length);
    const head = Buffer.from(`${i + 1} 0 obj\n`, 'latin1');
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1');
    const tail = Buffer.from('\nendobj\n', 'latin1');
    chunks.push(head, bytes, tail);
    length += head.length + bytes.length + tail.length;
  });
  const size = all.length + 1;
  const xref =
    `xref\n0 ${size}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${size} /Root 1 0 R${info ? ` /Info ${size - 1} 0 R` : ''} >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}

/** A stream object: its dictionary entries and data. */
function pdfStream(dict, data) {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1');
  return Buffer.concat([
    Buffer.from(`<< ${dict ? `${dict} ` : ''}/Length ${bytes.length} >>\nstream\n`, 'latin1'),
    bytes,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

/**
 * A text PDF: `pages` are arrays of lines ('' = a paragraph gap), set in Helvetica 11 on
 * 14 points from the top of US Letter pages; `title` is drawn in 16 points above page 1's
 * text and is the document's Info /Title. Each page has a "Page n of m" foot.
 */
export function pdf(pages, { title } = {}) {
  // 1 catalog, 2 pages, 3 font, then a page and its content per page
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  pages.forEach((lines, i) => {
    const ops = [];
    if (title && i === 0) ops.push(`BT /F1 16 Tf 72 750 Td ${pdfString(title)} Tj ET`);
    ops.push('BT /F1 11 Tf 72 720 Td 14 TL');
    let first = true;
    for (const line of lines) {
      if (line === '') {
        ops.push('0 -24 Td'); // a paragraph gap: the next line 24 points down, not 14
        first = true;
      } else {
        ops.push(`${pdfString(line)} ${first ? 'Tj' : "'"}`);
        first = false;
      }
    }
    ops.push('ET');
    ops.push(`BT /F1 9 Tf 280 40 Td ${pdfString(`Page ${i + 1} of ${pages.length}`)} Tj ET`);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
    );
    objects.push(pdfStream('', `${ops.join('\n')}\n`));
  });
  const info = title ? `<< /Title ${pdfString(title)} /Producer (Sift fixtures) >>` : null;
  return pdfFile(objects, info);
}

/** A one-page PDF that only draws a 2×2 grey image, as a scan without a text layer. */
export function imageOnlyPdf() {
  return pdfFile(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
      pdfStream('', 'q 200 0 0 200 72 500 cm /Im1 Do Q\n'),
      pdfStream(
        '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8',
        Buffer.from([0x20, 0xe0, 0xe0, 0x20]),
      ),
    ],
    '<< /Producer (Scanner 3000) /Creator (Scan to PDF) >>',
  );
}

/** A small baseline JPEG: an 8×8 grey picture with JFIF and Exif headers (NUL bytes and all). */
function jpeg() {
  const segment = (marker, body) => {
    const b = Buffer.from(body);
    return Buffer.concat([Buffer.from([0xff, marker, (b.length + 2) >> 8, (b.length + 2) & 0xff]), b]);
  };
  const ascii = (s) => [...Buffer.from(s, 'latin1')];
  // Exif: a little-endian TIFF header with one IFD entry (Make = "Canon")
  const exif = [
    ...ascii('Exif\0\0'),
    ...[0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00], // II*, IFD at 8
    ...[0x01, 0x00], // one entry
    ...[0x0f, 0x01, 0x02, 0x00, 0x06, 0x00, 0x00, 0x00, 0x1a, 0x00, 0x00, 0x00], // Make, ASCII, 6, at 26
    ...[0x00, 0x00, 0x00, 0x00], // no next IFD
    ...ascii('Canon\0'),
    ...new Array(64).fill(0),
  ];
  // the standard luminance quantization table, in zigzag order
  const quant = [
    16, 11, 12, 14, 12, 10, 16, 14, 13, 14, 18, 17, 16, 19, 24, 40, 26, 24, 22, 22, 24, 49, 35, 37, 29, 40, 58, 51, 61,
    60, 57, 51, 56, 55, 64, 72, 92, 78, 64, 68, 87, 69, 55, 56, 80, 109, 81, 87, 95, 98, 103, 104, 103, 62, 77, 113,
    121, 112, 100, 120, 92, 101, 103, 99,
  ];
  const oneCode = (cls) => [cls, 1, ...new Array(15).fill(0), 0x00]; // one 1-bit code for symbol 0
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, [...ascii('JFIF\0'), 1, 1, 1, 0, 72, 0, 72, 0, 0]),
    segment(0xe1, exif),
    segment(0xfe, ascii('Harbour at dawn, 5 March 2024')),
    segment(0xdb, [0x00, ...quant]),
    segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]), // 8-bit, 8×8, one component
    segment(0xc4, oneCode(0x00)), // DC table 0
    segment(0xc4, oneCode(0x10)), // AC table 0
    segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    Buffer.from([0x3f]), // DC difference 0, end of block, padded with 1 bits
    Buffer.from([0xff, 0xd9]),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (as zip and gzip use it) of `bytes`. */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// node:zlib has its own crc32 from Node 20.15 / 22.2; the one above otherwise.
const zipCrc = typeof zlib.crc32 === 'function' ? (b) => zlib.crc32(b) >>> 0 : crc32;

/** A zip archive of `entries` ([{name, data: Buffer}]), each deflated, dated 2024-03-05 09:00. */
export function zip(entries) {
  const time = (9 << 11) | (0 << 5); // 09:00:00
  const date = ((2024 - 1980) << 9) | (3 << 5) | 5; // 2024-03-05
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data);
    const crc = zipCrc(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // extra, comment, disk number, internal and external attributes: 0
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
