-- Scores on their way to LMS gradebooks: a durable outbox, delivered by db-scheduler tasks (cluster-safe).

CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(50),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- The line item each (placement, course) reports to, found or created once. An empty url marks a creation in
-- progress: the row's key makes sure only one delivery, on one instance, creates it.
CREATE TABLE line_item (
    tenant_id         BIGINT        NOT NULL REFERENCES tenant (id),
    resource_link_ref BIGINT        NOT NULL REFERENCES resource_link (id),
    course_id         VARCHAR(100)  NOT NULL,
    url               VARCHAR(2000) NOT NULL,
    claimed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, resource_link_ref, course_id)
);

CREATE TABLE score_delivery (
    id                VARCHAR(36)   PRIMARY KEY,
    attempt_id        VARCHAR(36)   NOT NULL,
    tenant_id         BIGINT        NOT NULL REFERENCES tenant (id),
    launch_id         VARCHAR(36)   NOT NULL,
    course_id         VARCHAR(100)  NOT NULL,
    user_subject      VARCHAR(255)  NOT NULL,
    activity_progress VARCHAR(20)   NOT NULL,
    grading_progress  VARCHAR(20)   NOT NULL,
    score_given       INT,
    score_maximum     INT,
    comment_text      VARCHAR(500),
    score_timestamp   TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    tries             INT           NOT NULL,
    next_try_at       TIMESTAMP WITH TIME ZONE,
    last_error        VARCHAR(1000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_score_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'SKIPPED'))
);
CREATE INDEX ix_score_delivery_status ON score_delivery (tenant_id, status, created_at);
CREATE INDEX ix_score_delivery_person ON score_delivery (launch_id, course_id, user_subject);
