-- The fixed tables of the aftersales JDBC store on H2. Aggregate tables are added by the store
-- itself, one per aggregate type, when a type is first used (recorded in aftersales_type).
CREATE TABLE aftersales_type (
    type_name      VARCHAR(64)  NOT NULL PRIMARY KEY,
    table_name     VARCHAR(64)  NOT NULL UNIQUE,
    id_class       VARCHAR(400) NOT NULL,
    snapshot_class VARCHAR(400) NOT NULL,
    index_columns  VARCHAR(4000) NOT NULL
);

-- One row per sequence and period; a unit of work updates its row and so holds it until it ends.
CREATE TABLE aftersales_counter (
    sequence_name VARCHAR(64) NOT NULL,
    period_no     INT         NOT NULL,
    counter_value BIGINT      NOT NULL,
    PRIMARY KEY (sequence_name, period_no)
);

-- The last log position handed out; committing units with events take it in turn.
CREATE TABLE aftersales_log_head (
    head_id       INT    NOT NULL PRIMARY KEY,
    last_position BIGINT NOT NULL
);
INSERT INTO aftersales_log_head (head_id, last_position) VALUES (1, 0);

-- The event log, written in the same transaction as the change: a transactional outbox.
CREATE TABLE aftersales_outbox (
    log_position   BIGINT                   NOT NULL PRIMARY KEY,
    event_id       VARCHAR(64)              NOT NULL,
    event_type     VARCHAR(200)             NOT NULL,
    event_stream   VARCHAR(200)             NOT NULL,
    correlation_id VARCHAR(64)              NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    payload        CHARACTER LARGE OBJECT   NOT NULL
);
