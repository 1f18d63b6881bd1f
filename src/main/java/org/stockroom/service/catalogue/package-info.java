/** The product list at any size: counts, pages, sorts and filters in the database, and the stock of one product. */
package org.stockroom.service.catalogue;
