-- Issue 26: a reason says which way stock went. A count that found more than expected is never "Damaged":
-- each code fits a gain, a loss, or either (ANY, the default for codes a site adds). Only adds a column.
ALTER TABLE reason_code ADD COLUMN fits VARCHAR(10) DEFAULT 'ANY' NOT NULL;
ALTER TABLE reason_code ADD CONSTRAINT ck_reason_code_fits CHECK (fits IN ('GAIN', 'LOSS', 'ANY'));
UPDATE reason_code SET fits = 'GAIN' WHERE code IN ('FOUND', 'RETURNED') AND applies_to IN ('ADJUST', 'COUNT');
UPDATE reason_code SET fits = 'LOSS'
 WHERE code IN ('DAMAGED', 'EXPIRED', 'MISSING', 'STOLEN', 'SCRAPPED', 'CONSUMED') AND applies_to IN ('ADJUST', 'COUNT');
