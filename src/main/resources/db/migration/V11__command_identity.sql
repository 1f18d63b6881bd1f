-- What each key's command was (issue 24): a key used again for another command is refused, not replayed.
-- Rows recorded before this have no identity and replay as they did.
ALTER TABLE stock_command ADD COLUMN command_hash VARCHAR(64);
ALTER TABLE stock_command ADD COLUMN command_text VARCHAR(500);
