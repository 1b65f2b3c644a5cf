-- Documents sent with an online application (images re-encoded without
-- EXIF, or PDFs as sent), one per required document; files on disk under
-- LINLI_UPLOAD_DIR/documents, described here.
CREATE TABLE application_documents (
    application_id TEXT NOT NULL REFERENCES applications(id),
    doc_id         TEXT NOT NULL,
    file           TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('image','pdf')),
    name           TEXT NOT NULL,
    bytes          BIGINT NOT NULL,
    uploaded_at    BIGINT NOT NULL,
    PRIMARY KEY (application_id, doc_id)
);

-- Visits booked at the community service centre, by half-hour time.
CREATE TABLE visit_bookings (
    id           TEXT PRIMARY KEY,
    item_id      TEXT NOT NULL REFERENCES service_items(id),
    user_id      TEXT NOT NULL REFERENCES users(id),
    community_id TEXT NOT NULL,
    day          TEXT NOT NULL,
    time         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('booked','cancelled')),
    created_at   BIGINT NOT NULL,
    cancelled_at BIGINT
);
CREATE INDEX visit_bookings_time ON visit_bookings(community_id, day, time) WHERE status = 'booked';
CREATE UNIQUE INDEX visit_bookings_one_per_item ON visit_bookings(user_id, item_id) WHERE status = 'booked';
CREATE UNIQUE INDEX visit_bookings_one_per_time ON visit_bookings(user_id, day, time) WHERE status = 'booked';
