/**
 * Benchmarks the command line runs: the service layer against hand-written JDBC, the catalogue at scale, the
 * rollback soak.
 */
package org.stockroom.bench;
