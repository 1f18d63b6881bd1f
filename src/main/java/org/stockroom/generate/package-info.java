/** Generates a synthetic catalogue (up to millions of SKUs) for benchmarks and trials. */
package org.stockroom.generate;
