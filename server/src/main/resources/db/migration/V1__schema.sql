-- pseudolab server schema: competitions, their public files, participants and scored submissions.
-- Times are epoch milliseconds (UTC); booleans are 0/1.
CREATE TABLE competitions (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    slug             TEXT    NOT NULL UNIQUE,
    title            TEXT    NOT NULL,
    description      TEXT    NOT NULL,
    metric           TEXT    NOT NULL,
    metric_params    TEXT    NOT NULL,
    higher_is_better INTEGER NOT NULL,
    deadline         INTEGER,
    daily_limit      INTEGER NOT NULL,
    final_selections INTEGER NOT NULL,
    closed_at        INTEGER,
    created_at       INTEGER NOT NULL
);

CREATE TABLE competition_files (
    competition_id INTEGER NOT NULL REFERENCES competitions (id),
    name           TEXT    NOT NULL,
    bytes          INTEGER NOT NULL,
    PRIMARY KEY (competition_id, name)
);

CREATE TABLE participants (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL UNIQUE,
    token_hash TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE submissions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    competition_id INTEGER NOT NULL REFERENCES competitions (id),
    participant_id INTEGER NOT NULL REFERENCES participants (id),
    description    TEXT    NOT NULL,
    file           TEXT    NOT NULL,
    submitted_at   INTEGER NOT NULL,
    public_score   REAL,
    private_score  REAL,
    baseline       INTEGER NOT NULL,
    selected       INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX submissions_by_participant ON submissions (competition_id, participant_id, submitted_at);
