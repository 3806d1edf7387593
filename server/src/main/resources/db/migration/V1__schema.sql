-- pseudolab server schema: competitions, their public files, participants and scored submissions.
-- Times are epoch milliseconds (UTC); booleans are 0/1.
CREATE TABLE competitions (
    id               ${id_key},
    slug             TEXT    NOT NULL UNIQUE,
    title            TEXT    NOT NULL,
    description      TEXT    NOT NULL,
    metric           TEXT    NOT NULL,
    metric_params    TEXT    NOT NULL,
    higher_is_better ${boolean} NOT NULL,
    deadline         ${integer},
    daily_limit      ${integer} NOT NULL,
    final_selections ${integer} NOT NULL,
    closed_at        ${integer},
    created_at       ${integer} NOT NULL
);

CREATE TABLE competition_files (
    competition_id ${integer} NOT NULL REFERENCES competitions (id),
    name           TEXT    NOT NULL,
    bytes          ${integer} NOT NULL,
    PRIMARY KEY (competition_id, name)
);

CREATE TABLE participants (
    id         ${id_key},
    name       TEXT    NOT NULL UNIQUE,
    token_hash TEXT    NOT NULL UNIQUE,
    created_at ${integer} NOT NULL
);

CREATE TABLE submissions (
    id             ${id_key},
    competition_id ${integer} NOT NULL REFERENCES competitions (id),
    participant_id ${integer} NOT NULL REFERENCES participants (id),
    description    TEXT    NOT NULL,
    file           TEXT    NOT NULL,
    submitted_at   ${integer} NOT NULL,
    public_score   ${double},
    private_score  ${double},
    baseline       ${boolean} NOT NULL,
    selected       ${boolean} NOT NULL DEFAULT ${false}
);

CREATE INDEX submissions_by_participant ON submissions (competition_id, participant_id, submitted_at);
