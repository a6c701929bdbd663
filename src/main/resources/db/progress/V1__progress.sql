-- Learner progress. One schema for SQLite and PostgreSQL: only TEXT, VARCHAR, INTEGER and BIGINT; times are epoch
-- milliseconds (UTC); ids are made by the application, never by a sequence.

CREATE TABLE learner (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    name          VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(400),
    created_ms    BIGINT       NOT NULL
);

-- One status per learner and item; kind is concept, resource, paper, segment or path-item, part the segment number
-- or path item key ('' for a whole entity).
CREATE TABLE mark (
    learner_id VARCHAR(64)  NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    kind       VARCHAR(20)  NOT NULL,
    slug       VARCHAR(200) NOT NULL,
    part       VARCHAR(200) NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    changed_ms BIGINT       NOT NULL,
    PRIMARY KEY (learner_id, kind, slug, part)
);

CREATE TABLE note (
    learner_id VARCHAR(64)  NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    concept    VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL,
    changed_ms BIGINT       NOT NULL,
    PRIMARY KEY (learner_id, concept)
);

CREATE TABLE time_spent (
    id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    learner_id VARCHAR(64)  NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    kind       VARCHAR(20)  NOT NULL,
    slug       VARCHAR(200) NOT NULL,
    part       VARCHAR(200) NOT NULL,
    minutes    INTEGER      NOT NULL,
    logged_ms  BIGINT       NOT NULL
);
CREATE INDEX time_spent_by_learner ON time_spent (learner_id, logged_ms);

-- Team server sessions: the id is the SHA-256 of the cookie's secret, so a copy of the table opens no session.
CREATE TABLE session (
    id_hash    VARCHAR(100) NOT NULL PRIMARY KEY,
    learner_id VARCHAR(64)  NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    csrf       VARCHAR(100) NOT NULL,
    created_ms BIGINT       NOT NULL,
    expires_ms BIGINT       NOT NULL
);
CREATE INDEX session_by_learner ON session (learner_id);

-- Failed logins, kept in the database so every instance of a team server counts the same attempts.
CREATE TABLE login_failure (
    id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    name      VARCHAR(100) NOT NULL,
    failed_ms BIGINT       NOT NULL
);
CREATE INDEX login_failure_by_name ON login_failure (name, failed_ms);
