-- Several server instances may share one (PostgreSQL) database.
-- board_version grows in the transaction of every change to a competition's boards (a stored or selected
-- submission, the close); an instance compares it with the version its cached board was computed at.
ALTER TABLE competitions ADD COLUMN board_version ${integer} NOT NULL DEFAULT 0;

-- Rows that writers lock (UPDATE ... SET name = name) to take turns across instances, e.g. registrations,
-- whose look-alike check reads before it inserts.
CREATE TABLE locks (
    name TEXT NOT NULL PRIMARY KEY
);
INSERT INTO locks (name) VALUES ('registrations');
