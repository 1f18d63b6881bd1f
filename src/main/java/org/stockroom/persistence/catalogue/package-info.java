/** The product list's SQL, tuned to H2's planner, and the product-word index behind name search. */
package org.stockroom.persistence.catalogue;
