-- Issue 4: a catalogue of a million SKUs searched, filtered and sorted in the database.

-- Each distinct folded word of a product's name (see domain/SearchText): "a word anywhere in the name",
-- ignoring case and accents, answered from an index instead of a LIKE '%...%' scan over every name.
CREATE TABLE product_word (
    word        VARCHAR(100) NOT NULL,
    product_id  BIGINT       NOT NULL,
    CONSTRAINT pk_product_word PRIMARY KEY (word, product_id),
    CONSTRAINT fk_product_word_product FOREIGN KEY (product_id) REFERENCES product (id)
);
CREATE INDEX ix_product_word_product ON product_word (product_id);

-- Sorting the list by these columns, each followed by the unique SKU key that orders ties, so that the first
-- page is read from an index in order and the scan stops after it (also when filtering by category).
CREATE INDEX ix_product_name_sku ON product (name, sku_key);
CREATE INDEX ix_product_category_sku ON product (category, sku_key);
CREATE INDEX ix_product_unit_sku ON product (unit, sku_key);
CREATE INDEX ix_product_reorder_point_sku ON product (reorder_point, sku_key);
