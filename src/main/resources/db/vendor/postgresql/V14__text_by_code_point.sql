-- Issue 27: text sorts and compares by code point on PostgreSQL as it does on H2 and in the window, which merges
-- pages in Java's String order, whatever collation the database was created with (a server's default is often a
-- language's, such as en_US.UTF-8, which puts "apple" before "Banana" and pages would skip or repeat rows).
-- "C" also lets the plain btree indexes serve the catalogue's LIKE 'prefix%' searches. Indexes are rebuilt.
ALTER TABLE product ALTER COLUMN sku TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE product ALTER COLUMN sku_key TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE product ALTER COLUMN name TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE product ALTER COLUMN category TYPE VARCHAR(100) COLLATE "C";
ALTER TABLE product ALTER COLUMN unit TYPE VARCHAR(20) COLLATE "C";
ALTER TABLE product ALTER COLUMN barcode TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE product ALTER COLUMN archived_key TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE product_word ALTER COLUMN word TYPE VARCHAR(100) COLLATE "C";
ALTER TABLE product_word ALTER COLUMN sku_key TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE location ALTER COLUMN code TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE location ALTER COLUMN name TYPE VARCHAR(200) COLLATE "C";
