-- Wrong sign-ins per workstation, kept in the database (issue 24): a new command-line process used to start the
-- count afresh. A row exists only while a workstation has failures since its last good sign-in.
CREATE TABLE workstation_throttle (
    workstation   VARCHAR(200) NOT NULL PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE
);
