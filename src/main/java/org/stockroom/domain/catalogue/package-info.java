/** What a product list asks for (search text, filters, sort) and how search text is read. */
package org.stockroom.domain.catalogue;
