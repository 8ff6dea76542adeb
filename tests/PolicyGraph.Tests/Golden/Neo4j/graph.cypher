// PolicyGraph graph for Neo4j 5: cypher-shell -a bolt://localhost:7687 -u neo4j -d neo4j -f graph.cypher
// 11 nodes, 13 relationships. Idempotent: every write is a MERGE on
// a unique id (nodes) or on endpoints, type and provenance (relationships), so a second run changes nothing.
// Schema commands run in their own transactions, before and apart from the data.

CREATE CONSTRAINT policygraph_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policygraph_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policygraph_organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policygraph_initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policygraph_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policygraph_place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policygraph_statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE INDEX policygraph_document_name IF NOT EXISTS FOR (n:Document) ON (n.name);
CREATE INDEX policygraph_person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX policygraph_organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX policygraph_initiative_name IF NOT EXISTS FOR (n:Initiative) ON (n.name);
CREATE INDEX policygraph_event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX policygraph_place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX policygraph_statement_name IF NOT EXISTS FOR (n:Statement) ON (n.name);

// batch 1 of 18: Document nodes 1-2
:param {rows: [{id: 'doc_1', props: {name: 'tianjin-ai-expo-2024.txt', path: 'seeds/tianjin-ai-expo-2024.txt', place: '天津市', published: date('2024-06-20'), sha256: 'd1b8', source: '天津日报'}}, {id: 'doc_2', props: {name: 'undated.html', path: 'seeds/undated.html', place: '', sha256: '00ff', source: ''}}]}
:begin
UNWIND $rows AS row
MERGE (n:Document {id: row.id})
SET n += row.props;
:commit

// batch 2 of 18: Person nodes 1-2
:param {rows: [{id: 'per_1', props: {name: '杨柳', aliases: ['杨柳', '杨局长'], central: true, pagerank: 0.25}}, {id: 'per_2', props: {name: 'Seán O\'Brien "Jr"', aliases: []}}]}
:begin
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
SET n += row.props;
:commit

// batch 3 of 18: Organization nodes 1-2
:param {rows: [{id: 'org_1', props: {name: '天津市科学技术协会', aliases: ['市科协', '天津市科协'], kind: 'association'}}, {id: 'org_2', props: {name: '天津市人民政府', aliases: ['市政府'], kind: 'government'}}]}
:begin
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
SET n += row.props;
:commit

// batch 4 of 18: Initiative nodes 1-1
:param {rows: [{id: 'ini_1', props: {name: '新质生产力', aliases: ['新质生产力']}}]}
:begin
UNWIND $rows AS row
MERGE (n:Initiative {id: row.id})
SET n += row.props;
:commit

// batch 5 of 18: Event nodes 1-2
:param {rows: [{id: 'evt_1', props: {name: '2024世界智能产业博览会', aliases: ['智博会'], date: date('2024-06-20')}}, {id: 'evt_2', props: {name: '开幕式', aliases: []}}]}
:begin
UNWIND $rows AS row
MERGE (n:Event {id: row.id})
SET n += row.props;
:commit

// batch 6 of 18: Place nodes 1-1
:param {rows: [{id: 'plc_1', props: {name: '天津市'}}]}
:begin
UNWIND $rows AS row
MERGE (n:Place {id: row.id})
SET n += row.props;
:commit

// batch 7 of 18: Statement nodes 1-1
:param {rows: [{id: 'stm_1', props: {name: '杨柳表示', cue: '表示', document: 'doc_1', end: 168, mode: 'direct', start: 120, text: '要加快发展“新质生产力”，他说：\'a\\b\' "引号"\n第二行\t制表 🚀'}}]}
:begin
UNWIND $rows AS row
MERGE (n:Statement {id: row.id})
SET n += row.props;
:commit

// batch 8 of 18: MENTIONS Document->Person relationships 1-1
:param {rows: [{from: 'doc_1', to: 'per_1', props: {count: 3, end: 12, start: 10}}]}
:begin
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[r:MENTIONS]->(b)
SET r += row.props;
:commit

// batch 9 of 18: MENTIONS Document->Organization relationships 1-1
:param {rows: [{from: 'doc_1', to: 'org_1', props: {count: 1, end: 33, start: 30}}]}
:begin
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
MATCH (b:Organization {id: row.to})
MERGE (a)-[r:MENTIONS]->(b)
SET r += row.props;
:commit

// batch 10 of 18: MENTIONS Document->Event relationships 1-1
:param {rows: [{from: 'doc_1', to: 'evt_1', props: {count: 2, end: 13, start: 0}}]}
:begin
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
MATCH (b:Event {id: row.to})
MERGE (a)-[r:MENTIONS]->(b)
SET r += row.props;
:commit

// batch 11 of 18: PUBLISHED_BY Document->Organization relationships 1-1
:param {rows: [{from: 'doc_1', to: 'org_2', props: {}}]}
:begin
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
MATCH (b:Organization {id: row.to})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += row.props;
:commit

// batch 12 of 18: HOLDS_POSITION Person->Organization relationships (merged on document, title) 1-1
:param {rows: [{from: 'per_2', to: 'org_2', document: 'doc_2', title: '顾问', props: {status: ''}}]}
:begin
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Organization {id: row.to})
MERGE (a)-[r:HOLDS_POSITION {document: row.document, title: row.title}]->(b)
SET r += row.props;
:commit

// batch 13 of 18: HOLDS_POSITION Person->Organization relationships (merged on document, start, end, title) 1-2
:param {rows: [{from: 'per_1', to: 'org_1', document: 'doc_1', start: 20, end: 30, title: '主席', props: {date: date('2024-06-20'), status: 'current'}}, {from: 'per_1', to: 'org_1', document: 'doc_1', start: 20, end: 30, title: '党组书记', props: {date: date('2024-06-20'), status: 'current'}}]}
:begin
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Organization {id: row.to})
MERGE (a)-[r:HOLDS_POSITION {document: row.document, start: row.start, end: row.end, title: row.title}]->(b)
SET r += row.props;
:commit

// batch 14 of 18: SAID Person->Statement relationships 1-1
:param {rows: [{from: 'per_1', to: 'stm_1', props: {}}]}
:begin
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;
:commit

// batch 15 of 18: REPORTED_IN Statement->Document relationships 1-1
:param {rows: [{from: 'stm_1', to: 'doc_1', props: {}}]}
:begin
UNWIND $rows AS row
MATCH (a:Statement {id: row.from})
MATCH (b:Document {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;
:commit

// batch 16 of 18: ABOUT Statement->Initiative relationships (merged on start, end) 1-1
:param {rows: [{from: 'stm_1', to: 'ini_1', start: 130, end: 135, props: {}}]}
:begin
UNWIND $rows AS row
MATCH (a:Statement {id: row.from})
MATCH (b:Initiative {id: row.to})
MERGE (a)-[r:ABOUT {start: row.start, end: row.end}]->(b)
SET r += row.props;
:commit

// batch 17 of 18: PART_OF Organization->Organization relationships (merged on document, start, end) 1-1
:param {rows: [{from: 'org_1', to: 'org_2', document: 'doc_1', start: 30, end: 33, props: {}}]}
:begin
UNWIND $rows AS row
MATCH (a:Organization {id: row.from})
MATCH (b:Organization {id: row.to})
MERGE (a)-[r:PART_OF {document: row.document, start: row.start, end: row.end}]->(b)
SET r += row.props;
:commit

// batch 18 of 18: LOCATED_IN Organization->Place relationships 1-2
:param {rows: [{from: 'org_1', to: 'plc_1', props: {}}, {from: 'org_2', to: 'plc_1', props: {}}]}
:begin
UNWIND $rows AS row
MATCH (a:Organization {id: row.from})
MATCH (b:Place {id: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += row.props;
:commit
