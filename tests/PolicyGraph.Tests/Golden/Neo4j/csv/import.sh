#!/bin/sh
# Loads these CSV files into a new, empty Neo4j 5 database with neo4j-admin (no plugins needed).
# Usage: NEO4J_HOME=/path/to/neo4j ./import.sh [DATABASE]    (DATABASE defaults to neo4j)
# A full import needs the database to be stopped and empty or not yet created. The import
# creates no constraints: start the database and run cypher-shell -d DATABASE -f constraints.cypher
set -eu
cd "$(dirname "$0")"
database="${1:-neo4j}"
admin="${NEO4J_HOME:+$NEO4J_HOME/bin/}neo4j-admin"
exec "$admin" database import full "$database" \
  --multiline-fields=true \
  --nodes=nodes_Document.csv \
  --nodes=nodes_Person.csv \
  --nodes=nodes_Organization.csv \
  --nodes=nodes_Initiative.csv \
  --nodes=nodes_Event.csv \
  --nodes=nodes_Place.csv \
  --nodes=nodes_Statement.csv \
  --relationships=relationships_MENTIONS_Document_Person.csv \
  --relationships=relationships_MENTIONS_Document_Organization.csv \
  --relationships=relationships_MENTIONS_Document_Event.csv \
  --relationships=relationships_PUBLISHED_BY_Document_Organization.csv \
  --relationships=relationships_HOLDS_POSITION_Person_Organization.csv \
  --relationships=relationships_SAID_Person_Statement.csv \
  --relationships=relationships_REPORTED_IN_Statement_Document.csv \
  --relationships=relationships_ABOUT_Statement_Initiative.csv \
  --relationships=relationships_PART_OF_Organization_Organization.csv \
  --relationships=relationships_LOCATED_IN_Organization_Place.csv
