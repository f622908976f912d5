-- Where each person is in each course (resume across launches), and assessment attempts with the questions drawn.

CREATE TABLE lesson_progress (
    tenant_id      BIGINT       NOT NULL REFERENCES tenant (id),
    user_id        BIGINT       NOT NULL REFERENCES lti_user (id),
    course_id      VARCHAR(100) NOT NULL,
    course_version VARCHAR(20)  NOT NULL,
    current_lesson INT          NOT NULL,
    lessons_read   VARCHAR(500) NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, user_id, course_id)
);

CREATE TABLE attempt (
    id                VARCHAR(36)  PRIMARY KEY,
    tenant_id         BIGINT       NOT NULL REFERENCES tenant (id),
    user_id           BIGINT       NOT NULL REFERENCES lti_user (id),
    course_id         VARCHAR(100) NOT NULL,
    course_version    VARCHAR(20)  NOT NULL,
    launch_id         VARCHAR(36)  NOT NULL,
    context_ref       BIGINT,
    resource_link_ref BIGINT,
    status            VARCHAR(20)  NOT NULL,
    -- 1 while in progress, NULL once submitted: the unique key allows one open attempt per person and course
    open_slot         INT,
    seed              BIGINT       NOT NULL,
    pass_mark_percent INT          NOT NULL,
    max_score         INT          NOT NULL,
    score             INT,
    passed            BOOLEAN,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_attempt_open UNIQUE (tenant_id, user_id, course_id, open_slot),
    CONSTRAINT ck_attempt_status CHECK (status IN ('IN_PROGRESS', 'SUBMITTED'))
);
CREATE INDEX ix_attempt_person ON attempt (tenant_id, user_id, course_id, started_at);
CREATE INDEX ix_attempt_context ON attempt (tenant_id, context_ref);

CREATE TABLE attempt_question (
    attempt_id   VARCHAR(36)  NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    position     INT          NOT NULL,
    question_id  VARCHAR(100) NOT NULL,
    option_order VARCHAR(500) NOT NULL,
    selected     VARCHAR(500),
    correct      BOOLEAN,
    PRIMARY KEY (attempt_id, position)
);
