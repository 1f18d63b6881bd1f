/**
 * Count sessions: planned counts of many lines that never freeze the warehouse. Each counted line keeps the stock
 * level's position in the ledger when it was counted; posting adjusts by what was counted against the on hand at
 * that position, so every movement after the count stays.
 */
package org.stockroom.service.count;
